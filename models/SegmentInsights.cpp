#include "SegmentInsights.h"

#include "SegmentJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace {

QString settingsKeyOf(SegmentType type)
{
    switch (type) {
    case SegmentType::InMarket:
        return QStringLiteral("inMarket");
    case SegmentType::Location:
        return QStringLiteral("location");
    case SegmentType::Prospecting:
        return QStringLiteral("prospecting");
    case SegmentType::Retargeting:
        return QStringLiteral("retargeting");
    case SegmentType::Lookalike:
        return QStringLiteral("lookalike");
    case SegmentType::ContactList:
        return QStringLiteral("contactList");
    case SegmentType::Behavioral:
        return QStringLiteral("behavioral");
    case SegmentType::Unknown:
        break;
    }
    return {};
}

QString timeText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QStringList SegmentInsights::Usage::adSetIds() const
{
    QStringList ids;
    QSet<QString> seen;
    for (const AudienceUse &audience : audiences)
        for (const QString &id : audience.adSetIds)
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
    return ids;
}

SegmentInsights::SegmentInsights(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

void SegmentInsights::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

QDateTime SegmentInsights::now() const
{
    return m_clock().toUTC();
}

bool SegmentInsights::hasAnything(const QString &id) const
{
    return m_sizes.contains(id) || m_estimates.contains(id) || m_usage.contains(id);
}

QList<AudienceUse> SegmentInsights::audiencesUsing(const QString &id) const
{
    const Usage u = m_usage.value(id);
    return u.state == State::Known ? u.audiences : QList<AudienceUse>();
}

std::optional<bool> SegmentInsights::isUsed(const QString &id) const
{
    const Usage u = m_usage.value(id);
    if (u.state != State::Known)
        return std::nullopt;
    return !u.audiences.isEmpty();
}

void SegmentInsights::setSizesLoading(const QStringList &ids)
{
    for (const QString &id : ids) {
        Size &s = m_sizes[id];
        s.state = State::Loading;
    }
    if (!ids.isEmpty())
        Q_EMIT changed(ids);
}

void SegmentInsights::setSize(const QString &id, const Size &size)
{
    Size s = size;
    const auto keys = m_keys.constFind(id);
    s.stale = keys != m_keys.cend() && !s.definitionKey.isEmpty()
            && s.definitionKey != keys->original;
    m_sizes.insert(id, s);
    Q_EMIT changed({id});
}

void SegmentInsights::setEstimateLoading(const QString &id)
{
    m_estimates[id].state = State::Loading;
    Q_EMIT changed({id});
}

void SegmentInsights::setEstimate(const QString &id, const Size &estimate)
{
    Size s = estimate;
    const auto keys = m_keys.constFind(id);
    s.stale = keys != m_keys.cend() && !s.definitionKey.isEmpty()
            && s.definitionKey != keys->edited;
    m_estimates.insert(id, s);
    Q_EMIT changed({id});
}

void SegmentInsights::setUsageLoading(const QStringList &ids)
{
    for (const QString &id : ids)
        m_usage[id].state = State::Loading;
    if (!ids.isEmpty())
        Q_EMIT changed(ids);
}

void SegmentInsights::setUsage(const QString &id, const Usage &usage)
{
    m_usage.insert(id, usage);
    Q_EMIT changed({id});
}

void SegmentInsights::clear()
{
    QSet<QString> ids;
    for (auto it = m_sizes.cbegin(); it != m_sizes.cend(); ++it)
        ids.insert(it.key());
    for (auto it = m_estimates.cbegin(); it != m_estimates.cend(); ++it)
        ids.insert(it.key());
    for (auto it = m_usage.cbegin(); it != m_usage.cend(); ++it)
        ids.insert(it.key());
    m_sizes.clear();
    m_estimates.clear();
    m_usage.clear();
    if (!ids.isEmpty())
        Q_EMIT changed(QStringList(ids.cbegin(), ids.cend()));
}

void SegmentInsights::checkDefinitions(const QString &id, const AudienceSegment &original,
                                       const AudienceSegment &edited)
{
    const auto size = m_sizes.find(id);
    const auto estimate = m_estimates.find(id);
    if (size == m_sizes.end() && estimate == m_estimates.end())
        return;
    Keys keys{definitionKey(original), definitionKey(edited)};
    bool changedAny = false;
    if (size != m_sizes.end() && !size->definitionKey.isEmpty()) {
        const bool stale = size->definitionKey != keys.original;
        changedAny |= stale != size->stale;
        size->stale = stale;
    }
    if (estimate != m_estimates.end() && !estimate->definitionKey.isEmpty()) {
        const bool stale = estimate->definitionKey != keys.edited;
        changedAny |= stale != estimate->stale;
        estimate->stale = stale;
    }
    const auto old = m_keys.constFind(id);
    changedAny
            |= old == m_keys.cend() || old->edited != keys.edited || old->original != keys.original;
    m_keys.insert(id, keys);
    if (changedAny)
        Q_EMIT changed({id});
}

QStringList SegmentInsights::knownIds() const
{
    QSet<QString> ids;
    for (auto it = m_sizes.cbegin(); it != m_sizes.cend(); ++it)
        ids.insert(it.key());
    for (auto it = m_estimates.cbegin(); it != m_estimates.cend(); ++it)
        ids.insert(it.key());
    for (auto it = m_usage.cbegin(); it != m_usage.cend(); ++it)
        ids.insert(it.key());
    return QStringList(ids.cbegin(), ids.cend());
}

QString SegmentInsights::definitionKey(const AudienceSegment &segment)
{
    const QString key = settingsKeyOf(segment.type);
    if (key.isEmpty())
        return {};
    const QJsonObject attributes
            = SegmentJson::toResource(segment).value(QLatin1String("attributes")).toObject();
    return key + QLatin1Char(':')
            + QString::fromUtf8(
                    QJsonDocument(attributes.value(key).toObject()).toJson(QJsonDocument::Compact));
}

bool SegmentInsights::canEstimate(const AudienceSegment &segment)
{
    if (segment.advertiserId.isEmpty())
        return false;
    if (segment.type == SegmentType::InMarket)
        return segment.inMarket && segment.inMarket->country
                && !segment.inMarket->country->isEmpty();
    if (segment.type == SegmentType::Location)
        return segment.location && segment.location->radiusInKm
                && !segment.location->pointsOfInterest.isEmpty();
    return false;
}

QJsonObject SegmentInsights::estimateDefinition(const AudienceSegment &segment)
{
    if (!canEstimate(segment))
        return {};
    QJsonObject definition{{QLatin1String("advertiserId"), segment.advertiserId}};
    if (segment.type == SegmentType::InMarket) {
        const InMarketSettings &s = *segment.inMarket;
        QJsonObject inMarket{{QLatin1String("country"), *s.country}};
        if (!s.brandIds.isEmpty())
            inMarket.insert(QLatin1String("brandIds"), QJsonArray::fromStringList(s.brandIds));
        if (!s.interestIds.isEmpty())
            inMarket.insert(QLatin1String("interestIds"),
                            QJsonArray::fromStringList(s.interestIds));
        QJsonArray buyingPower;
        for (BuyingPower v : s.buyingPower)
            if (v != BuyingPower::Unknown)
                buyingPower.append(SegmentEnums::toString(v));
        if (!buyingPower.isEmpty())
            inMarket.insert(QLatin1String("buyingPower"), buyingPower);
        QJsonArray priceRange;
        for (PriceRange v : s.priceRange)
            if (v != PriceRange::Unknown)
                priceRange.append(SegmentEnums::toString(v));
        if (!priceRange.isEmpty())
            inMarket.insert(QLatin1String("priceRange"), priceRange);
        if (s.gender.hasValue() && s.gender.value() != Gender::Unknown)
            inMarket.insert(QLatin1String("gender"), SegmentEnums::toString(s.gender.value()));
        definition.insert(QLatin1String("inMarket"), inMarket);
    } else {
        const LocationSettings &s = *segment.location;
        QJsonArray points;
        for (const PointOfInterest &p : s.pointsOfInterest) {
            QJsonObject point;
            if (!p.name.isEmpty())
                point.insert(QLatin1String("name"), p.name);
            point.insert(QLatin1String("latitude"),
                         p.latitude ? QJsonValue(*p.latitude) : QJsonValue(QJsonValue::Null));
            point.insert(QLatin1String("longitude"),
                         p.longitude ? QJsonValue(*p.longitude) : QJsonValue(QJsonValue::Null));
            points.append(point);
        }
        definition.insert(QLatin1String("location"),
                          QJsonObject{{QLatin1String("pointsOfInterest"), points},
                                      {QLatin1String("radiusInKm"), *s.radiusInKm}});
    }
    return definition;
}

QString SegmentInsights::formatSize(qint64 size, const QLocale &locale)
{
    if (size < 0)
        return locale.toString(size);
    if (size < 1000)
        return locale.toString(size);
    // Thousands, millions, billions: one decimal below 10 of the unit, none above; a value that
    // rounds up to 1000 of a unit is shown in the next one.
    const char *const units[] = {QT_TRANSLATE_NOOP("SegmentInsights", "%1 k"),
                                 QT_TRANSLATE_NOOP("SegmentInsights", "%1 M"),
                                 QT_TRANSLATE_NOOP("SegmentInsights", "%1 B")};
    double value = double(size);
    int unit = -1;
    while (unit < 2 && value >= 999.95) {
        value /= 1000;
        ++unit;
    }
    double rounded = value < 9.95 ? std::round(value * 10) / 10 : std::round(value);
    if (rounded >= 1000 && unit < 2) {
        rounded /= 1000;
        ++unit;
    }
    const int decimals = rounded < 10 && rounded != std::floor(rounded) ? 1 : 0;
    return tr(units[unit]).arg(locale.toString(rounded, 'f', decimals));
}

QString SegmentInsights::stateWords(const Size &size, bool estimate) const
{
    switch (size.state) {
    case State::Unknown:
        return estimate ? QString() : QStringLiteral("–");
    case State::Loading:
        return size.value ? formatSize(*size.value) + QStringLiteral(" …") : QStringLiteral("…");
    case State::Known:
        return size.value ? formatSize(*size.value) + (size.stale ? QStringLiteral("*") : QString())
                          : QStringLiteral("–");
    case State::CannotCompute:
        return tr("n/a", "size cannot be computed");
    case State::Failed:
        return tr("failed", "size request failed");
    }
    return {};
}

QString SegmentInsights::sizeText(const QString &id, bool edited) const
{
    const Size current = m_sizes.value(id);
    if (!edited)
        return current.state == State::Unknown ? QString() : stateWords(current, false);
    const Size next = m_estimates.value(id);
    const QString now = stateWords(current, false);
    const QString then
            = next.state == State::Unknown ? QStringLiteral("?") : stateWords(next, true);
    return tr("%1 → %2", "current size → estimate of the edit").arg(now, then);
}

QString SegmentInsights::sizeToolTip(const QString &id, bool edited) const
{
    const auto describe = [this](const Size &s, bool estimate) -> QString {
        switch (s.state) {
        case State::Unknown:
            return estimate ? tr("The size of your edit has not been estimated yet (Estimate "
                                 "Size, or wait a moment after typing).")
                            : tr("The size has not been computed yet (Compute Sizes).");
        case State::Loading:
            return estimate ? tr("Estimating the size of your edit…") : tr("Computing the size…");
        case State::Known: {
            const QString number = QLocale().toString(s.value.value_or(0));
            QString text = estimate
                    ? tr("Estimated size of your edit: %1 (asked %2).")
                              .arg(number, timeText(s.fetchedAt))
                    : tr("Size: %1 (computed %2).").arg(number, timeText(s.fetchedAt));
            if (s.stale)
                text += QLatin1Char(' ')
                        + (estimate ? tr("The edit has changed since: estimate again.")
                                    : tr("The segment has changed since: compute it again."));
            return text;
        }
        case State::CannotCompute:
            return (estimate ? tr("The size of your edit cannot be estimated.")
                             : tr("The size of this segment cannot be computed."))
                    + (s.reason.isEmpty() ? QString() : QLatin1Char(' ') + s.reason);
        case State::Failed:
            return (estimate ? tr("The estimate could not be asked for.")
                             : tr("The size could not be asked for."))
                    + (s.reason.isEmpty() ? QString() : QLatin1Char(' ') + s.reason);
        }
        return {};
    };
    QString text = describe(m_sizes.value(id), false);
    if (edited)
        text += QLatin1Char('\n') + describe(m_estimates.value(id), true);
    return text;
}

QString SegmentInsights::usageText(const QString &id) const
{
    const Usage u = m_usage.value(id);
    switch (u.state) {
    case State::Unknown:
        return {};
    case State::Loading:
        return QStringLiteral("…");
    case State::Failed:
        return tr("failed", "where-used search failed");
    case State::CannotCompute:
    case State::Known:
        break;
    }
    if (u.audiences.isEmpty())
        return tr("Not used");
    return audienceCount(int(u.audiences.size())) + QStringLiteral(" · ")
            + adSetCount(int(u.adSetIds().size()));
}

QString SegmentInsights::audienceCount(int n)
{
    return n == 1 ? tr("1 audience") : tr("%1 audiences").arg(QLocale().toString(n));
}

QString SegmentInsights::adSetCount(int n)
{
    return n == 1 ? tr("1 ad set") : tr("%1 ad sets").arg(QLocale().toString(n));
}

QString SegmentInsights::usageToolTip(const QString &id) const
{
    const Usage u = m_usage.value(id);
    switch (u.state) {
    case State::Unknown:
        return tr("Not looked up yet (Find Where Used).");
    case State::Loading:
        return tr("Looking for the audiences that use this segment…");
    case State::Failed:
        return tr("The audiences could not be searched.")
                + (u.reason.isEmpty() ? QString() : QLatin1Char(' ') + u.reason);
    case State::CannotCompute:
    case State::Known:
        break;
    }
    if (u.audiences.isEmpty())
        return tr("No audience uses this segment (looked up %1).").arg(timeText(u.fetchedAt));
    QStringList lines;
    for (const AudienceUse &a : u.audiences)
        lines.append(tr("%1 (%2)", "audience name (id)").arg(a.name, a.id));
    return tr("Used by (looked up %1):", nullptr).arg(timeText(u.fetchedAt)) + QLatin1Char('\n')
            + lines.join(QLatin1Char('\n'));
}
