#include "DemoPatchProcessor.h"

#include "DemoProblems.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

namespace {

QString titleFor(const QString &code)
{
    static const struct
    {
        const char *code;
        const char *title;
    } titles[] = {
            {"invalid-type", QT_TRANSLATE_NOOP("DemoPatchProcessor", "Wrong type of value")},
            {"unknown-property", QT_TRANSLATE_NOOP("DemoPatchProcessor", "Unknown property")},
            {"read-only-property",
             QT_TRANSLATE_NOOP("DemoPatchProcessor", "Property cannot be changed")},
            {"required-field", QT_TRANSLATE_NOOP("DemoPatchProcessor", "Required value missing")},
            {"out-of-range", QT_TRANSLATE_NOOP("DemoPatchProcessor", "Value out of range")},
            {"invalid-enum-value", QT_TRANSLATE_NOOP("DemoPatchProcessor", "Value not allowed")},
            {"duplicate-items", QT_TRANSLATE_NOOP("DemoPatchProcessor", "Value listed twice")},
            {"invalid-country", QT_TRANSLATE_NOOP("DemoPatchProcessor", "Invalid country code")},
            {"unknown-brand", QT_TRANSLATE_NOOP("DemoPatchProcessor", "Unknown brand")},
            {"unknown-interest", QT_TRANSLATE_NOOP("DemoPatchProcessor", "Unknown interest")},
            {"min-greater-than-max",
             QT_TRANSLATE_NOOP("DemoPatchProcessor", "Minimum greater than maximum")},
            {"name-must-not-be-empty", QT_TRANSLATE_NOOP("DemoPatchProcessor", "Name is empty")},
            {"name-must-be-unique", QT_TRANSLATE_NOOP("DemoPatchProcessor", "Name already used")},
            {"segment-type-mismatch",
             QT_TRANSLATE_NOOP("DemoPatchProcessor", "Settings do not match the segment type")},
            {"segment-is-read-only",
             QT_TRANSLATE_NOOP("DemoPatchProcessor", "Segment is read-only")},
            {"duplicate-segment-id",
             QT_TRANSLATE_NOOP("DemoPatchProcessor", "Segment sent twice in one request")},
            {"invalid-resource-type",
             QT_TRANSLATE_NOOP("DemoPatchProcessor", "Wrong resource type")},
            {"segment-not-found", QT_TRANSLATE_NOOP("DemoPatchProcessor", "Segment not found")},
            {"segment-not-accessible",
             QT_TRANSLATE_NOOP("DemoPatchProcessor", "Segment not accessible")},
    };
    for (const auto &t : titles) {
        if (code == QLatin1String(t.code))
            return QCoreApplication::translate("DemoPatchProcessor", t.title);
    }
    return code;
}

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("nothing");
    }
}

// The one update sub-object each type accepts (none for ContactList and Behavioral).
QString settingsKeyFor(const QString &type)
{
    if (type == QLatin1String("InMarket"))
        return QStringLiteral("inMarket");
    if (type == QLatin1String("Location"))
        return QStringLiteral("location");
    if (type == QLatin1String("Prospecting"))
        return QStringLiteral("prospecting");
    if (type == QLatin1String("Retargeting"))
        return QStringLiteral("retargeting");
    if (type == QLatin1String("Lookalike"))
        return QStringLiteral("lookalike");
    return {};
}

constexpr qint64 kInt32Max = std::numeric_limits<qint32>::max();
constexpr qint64 kInt64Max = std::numeric_limits<qint64>::max();

// The checks of one item of the request, collecting its problems.
class Item
{
public:
    Item(DemoPatchProcessor::Result *result, int index, const QString &traceId)
        : m_result(result)
        , m_index(index)
        , m_base(QStringLiteral("data/%1").arg(index))
        , m_traceId(traceId)
    {
        // Until the segment id is read, details name the item by its place in the request.
        id = QCoreApplication::translate("DemoPatchProcessor", "at index %1").arg(index);
    }

    bool failed() const { return m_failed; }
    QString id;

    // A problem about the value at `field` (relative to the item: "attributes/name").
    void error(const QString &code, const QString &field, const QString &detail,
               const QString &type = QStringLiteral("validation"))
    {
        m_failed = true;
        m_result->errors.append(problem(code, field, detail, type));
    }
    void warning(const QString &code, const QString &field, const QString &detail)
    {
        m_result->warnings.append(problem(code, field, detail, QStringLiteral("validation")));
    }

    void checkKeys(const QJsonObject &object, const QString &field, const QStringList &allowed,
                   const QStringList &readOnly = {})
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (allowed.contains(it.key()))
                continue;
            const QString path = join(field, it.key());
            if (readOnly.contains(it.key()))
                error(QStringLiteral("read-only-property"), path,
                      QCoreApplication::translate(
                              "DemoPatchProcessor",
                              "Segment %1: “%2” cannot be changed by an update.")
                              .arg(id, it.key()));
            else
                error(QStringLiteral("unknown-property"), path,
                      QCoreApplication::translate(
                              "DemoPatchProcessor",
                              "Segment %1: “%2” is not a property of this object.")
                              .arg(id, it.key()));
        }
    }

    bool object(const QJsonValue &v, const QString &field, QJsonObject *out)
    {
        if (!v.isObject())
            return typeError(v, field, QStringLiteral("object"));
        *out = v.toObject();
        return true;
    }

    bool string(const QJsonValue &v, const QString &field, QString *out)
    {
        if (!v.isString())
            return typeError(v, field, QStringLiteral("string"));
        *out = v.toString();
        return true;
    }

    bool integer(const QJsonValue &v, const QString &field, qint64 min, qint64 max, qint64 *out)
    {
        if (!v.isDouble() || std::trunc(v.toDouble()) != v.toDouble())
            return typeError(v, field, QStringLiteral("integer"));
        const double d = v.toDouble();
        // double(INT64_MAX) rounds up to 2^63, which is already out of range.
        const bool tooBig = max == kInt64Max ? d >= double(max) : d > double(max);
        if (d < double(min) || tooBig) {
            error(QStringLiteral("out-of-range"), field,
                  QCoreApplication::translate("DemoPatchProcessor",
                                              "Segment %1: %2 is outside %3 to %4.")
                          .arg(id, QString::number(d, 'g', 17), QString::number(min),
                               QString::number(max)));
            return false;
        }
        *out = v.toInteger();
        return true;
    }

    bool enumValue(const QJsonValue &v, const QString &field, const QStringList &allowed,
                   QString *out)
    {
        if (!string(v, field, out))
            return false;
        if (!allowed.contains(*out)) {
            error(QStringLiteral("invalid-enum-value"), field,
                  QCoreApplication::translate("DemoPatchProcessor",
                                              "Segment %1: “%2” is not one of %3.")
                          .arg(id, *out, allowed.join(QStringLiteral(", "))));
            return false;
        }
        return true;
    }

    // A set-valued array of strings; `check` validates one element (and reports its problem).
    template<typename Check>
    bool stringSet(const QJsonValue &v, const QString &field, QJsonArray *out, Check check)
    {
        if (!v.isArray())
            return typeError(v, field, QStringLiteral("array"));
        const QJsonArray array = v.toArray();
        bool ok = true;
        QSet<QString> seen;
        for (int i = 0; i < array.size(); ++i) {
            const QString path = join(field, QString::number(i));
            QString item;
            if (!string(array.at(i), path, &item)) {
                ok = false;
                continue;
            }
            if (seen.contains(item)) {
                error(QStringLiteral("duplicate-items"), path,
                      QCoreApplication::translate(
                              "DemoPatchProcessor",
                              "Segment %1: “%2” is listed more than once; this list is a set.")
                              .arg(id, item));
                ok = false;
                continue;
            }
            seen.insert(item);
            if (!check(item, path))
                ok = false;
        }
        *out = array;
        return ok;
    }

    // A Nillable wrapper {"value": ...}; a missing value means null. Returns the inner value
    // through `out` (Null when cleared) and the path of the value for further checks.
    bool nillable(const QJsonValue &v, const QString &field, QJsonValue *out, QString *valuePath)
    {
        QJsonObject wrapper;
        if (!object(v, field, &wrapper))
            return false;
        checkKeys(wrapper, field, {QStringLiteral("value")});
        *valuePath = join(field, QStringLiteral("value"));
        *out = wrapper.value(QLatin1String("value"));
        if (out->isUndefined())
            *out = QJsonValue(QJsonValue::Null);
        return true;
    }

    static QString join(const QString &a, const QString &b)
    {
        if (a.isEmpty())
            return b;
        return b.isEmpty() ? a : a + QLatin1Char('/') + b;
    }

    QJsonObject problem(const QString &code, const QString &field, const QString &detail,
                        const QString &type) const
    {
        return DemoProblems::make(type, code, titleFor(code), detail, m_traceId,
                                  QStringLiteral("@data/%1").arg(m_index),
                                  DemoProblems::fieldSource(join(m_base, field)));
    }

    bool array(const QJsonValue &v, const QString &field, QJsonArray *out)
    {
        if (!v.isArray())
            return typeError(v, field, QStringLiteral("array"));
        *out = v.toArray();
        return true;
    }

    bool typeError(const QJsonValue &v, const QString &field, const QString &expected)
    {
        error(QStringLiteral("invalid-type"), field,
              QCoreApplication::translate("DemoPatchProcessor",
                                          "Segment %1: expected %2, found %3.")
                      .arg(id, expected, jsonTypeName(v)));
        return false;
    }

private:
    DemoPatchProcessor::Result *m_result;
    int m_index;
    QString m_base;
    QString m_traceId;
    bool m_failed = false;
};

void checkInMarket(Item &item, const DemoData &data, const QJsonObject &in, QJsonObject *settings)
{
    const QString base = QStringLiteral("attributes/inMarket");
    item.checkKeys(in, base,
                   {QStringLiteral("country"), QStringLiteral("brandIds"),
                    QStringLiteral("interestIds"), QStringLiteral("buyingPower"),
                    QStringLiteral("priceRange"), QStringLiteral("gender")});
    static const QRegularExpression countryCode(QStringLiteral("^[A-Z]{2}$"));
    QString text;
    QJsonArray array;
    if (in.contains(QLatin1String("country"))) {
        const QString path = Item::join(base, QStringLiteral("country"));
        if (item.string(in.value(QLatin1String("country")), path, &text)) {
            if (countryCode.match(text).hasMatch())
                settings->insert(QStringLiteral("country"), text);
            else
                item.error(QStringLiteral("invalid-country"), path,
                           QCoreApplication::translate(
                                   "DemoPatchProcessor",
                                   "Segment %1: “%2” is not an ISO 3166-1 alpha-2 country code.")
                                   .arg(item.id, text));
        }
    }
    if (in.contains(QLatin1String("brandIds"))) {
        const bool ok = item.stringSet(
                in.value(QLatin1String("brandIds")), Item::join(base, QStringLiteral("brandIds")),
                &array, [&](const QString &brand, const QString &path) {
                    if (data.hasBrand(brand))
                        return true;
                    item.error(QStringLiteral("unknown-brand"), path,
                               QCoreApplication::translate("DemoPatchProcessor",
                                                           "Segment %1: there is no brand %2.")
                                       .arg(item.id, brand));
                    return false;
                });
        if (ok)
            settings->insert(QStringLiteral("brandIds"), array);
    }
    if (in.contains(QLatin1String("interestIds"))) {
        const bool ok = item.stringSet(
                in.value(QLatin1String("interestIds")),
                Item::join(base, QStringLiteral("interestIds")), &array,
                [&](const QString &interest, const QString &path) {
                    if (data.hasInterest(interest))
                        return true;
                    item.error(QStringLiteral("unknown-interest"), path,
                               QCoreApplication::translate("DemoPatchProcessor",
                                                           "Segment %1: there is no interest %2.")
                                       .arg(item.id, interest));
                    return false;
                });
        if (ok)
            settings->insert(QStringLiteral("interestIds"), array);
    }
    const auto enumSet = [&](const QString &key, const QStringList &allowed) {
        if (!in.contains(key))
            return;
        const bool ok = item.stringSet(in.value(key), Item::join(base, key), &array,
                                       [&](const QString &value, const QString &path) {
                                           QString unused;
                                           return item.enumValue(value, path, allowed, &unused);
                                       });
        if (ok)
            settings->insert(key, array);
    };
    enumSet(QStringLiteral("buyingPower"),
            {QStringLiteral("Low"), QStringLiteral("Medium"), QStringLiteral("High"),
             QStringLiteral("VeryHigh")});
    enumSet(QStringLiteral("priceRange"),
            {QStringLiteral("Low"), QStringLiteral("Medium"), QStringLiteral("High")});
    if (in.contains(QLatin1String("gender"))) {
        QJsonValue value;
        QString valuePath;
        if (item.nillable(in.value(QLatin1String("gender")),
                          Item::join(base, QStringLiteral("gender")), &value, &valuePath)) {
            if (value.isNull())
                settings->insert(QStringLiteral("gender"), QJsonValue(QJsonValue::Null));
            else if (item.enumValue(value, valuePath,
                                    {QStringLiteral("Male"), QStringLiteral("Female")}, &text))
                settings->insert(QStringLiteral("gender"), text);
        }
    }
}

double round5(double value)
{
    return std::round(value * 1e5) / 1e5;
}

void checkLocation(Item &item, const QJsonObject &in, QJsonObject *settings)
{
    const QString base = QStringLiteral("attributes/location");
    item.checkKeys(in, base,
                   {QStringLiteral("pointsOfInterest"), QStringLiteral("radiusInKm"),
                    QStringLiteral("registryType")});
    if (in.contains(QLatin1String("pointsOfInterest"))) {
        const QString path = Item::join(base, QStringLiteral("pointsOfInterest"));
        QJsonArray pois;
        if (item.array(in.value(QLatin1String("pointsOfInterest")), path, &pois)) {
            QJsonArray stored;
            bool ok = true;
            for (int i = 0; i < pois.size(); ++i) {
                const QString poiPath = Item::join(path, QString::number(i));
                QJsonObject poi;
                if (!item.object(pois.at(i), poiPath, &poi)) {
                    ok = false;
                    continue;
                }
                item.checkKeys(poi, poiPath,
                               {QStringLiteral("name"), QStringLiteral("latitude"),
                                QStringLiteral("longitude")});
                QJsonObject out;
                const QJsonValue name = poi.value(QLatin1String("name"));
                if (name.isString() || name.isNull() || name.isUndefined()) {
                    out.insert(QStringLiteral("name"),
                               name.isUndefined() ? QJsonValue(QJsonValue::Null) : name);
                } else {
                    item.typeError(name, Item::join(poiPath, QStringLiteral("name")),
                                   QStringLiteral("string"));
                    ok = false;
                }
                const auto coordinate = [&](const QString &key, double limit) {
                    const QString coordinatePath = Item::join(poiPath, key);
                    const QJsonValue c = poi.value(key);
                    if (c.isUndefined() || c.isNull()) {
                        item.error(QStringLiteral("required-field"), coordinatePath,
                                   QCoreApplication::translate(
                                           "DemoPatchProcessor",
                                           "Segment %1: a point of interest needs its %2.")
                                           .arg(item.id, key));
                        ok = false;
                        return;
                    }
                    if (!c.isDouble()) {
                        item.typeError(c, coordinatePath, QStringLiteral("number"));
                        ok = false;
                        return;
                    }
                    const double d = c.toDouble();
                    if (!(d >= -limit && d <= limit)) {
                        item.error(QStringLiteral("out-of-range"), coordinatePath,
                                   QCoreApplication::translate(
                                           "DemoPatchProcessor",
                                           "Segment %1: %2 %3 is outside -%4 to %4.")
                                           .arg(item.id, key, QString::number(d, 'g', 12),
                                                QString::number(limit)));
                        ok = false;
                        return;
                    }
                    out.insert(key, round5(d));
                };
                coordinate(QStringLiteral("latitude"), 90);
                coordinate(QStringLiteral("longitude"), 180);
                stored.append(out);
            }
            if (ok)
                settings->insert(QStringLiteral("pointsOfInterest"), stored);
        }
    }
    if (in.contains(QLatin1String("radiusInKm"))) {
        qint64 radius = 0;
        if (item.integer(in.value(QLatin1String("radiusInKm")),
                         Item::join(base, QStringLiteral("radiusInKm")), 0, kInt32Max, &radius))
            settings->insert(QStringLiteral("radiusInKm"), radius);
    }
    if (in.contains(QLatin1String("registryType"))) {
        QString registry;
        if (item.enumValue(in.value(QLatin1String("registryType")),
                           Item::join(base, QStringLiteral("registryType")),
                           {QStringLiteral("PointOfInterest")}, &registry))
            settings->insert(QStringLiteral("registryType"), registry);
    }
}

// Both visit-day fields of prospecting/retargeting: after the merge, min must not exceed max.
void checkDayRange(Item &item, const QString &base, const QJsonObject &in,
                   const QJsonObject &settings)
{
    const QJsonValue min = settings.value(QLatin1String("daysSinceLastVisitMin"));
    const QJsonValue max = settings.value(QLatin1String("daysSinceLastVisitMax"));
    if (!min.isDouble() || !max.isDouble() || min.toInteger() <= max.toInteger())
        return;
    const QString key = in.contains(QLatin1String("daysSinceLastVisitMin"))
            ? QStringLiteral("daysSinceLastVisitMin")
            : QStringLiteral("daysSinceLastVisitMax");
    item.error(QStringLiteral("min-greater-than-max"), Item::join(base, key),
               QCoreApplication::translate("DemoPatchProcessor",
                                           "Segment %1: at least %2 days but at most %3 days.")
                       .arg(item.id, QString::number(min.toInteger()),
                            QString::number(max.toInteger())));
}

void checkProspecting(Item &item, const QJsonObject &in, QJsonObject *settings)
{
    const QString base = QStringLiteral("attributes/prospecting");
    item.checkKeys(in, base,
                   {QStringLiteral("usersType"), QStringLiteral("daysSinceLastVisitMin"),
                    QStringLiteral("daysSinceLastVisitMax")});
    if (in.contains(QLatin1String("usersType"))) {
        QString usersType;
        if (item.enumValue(in.value(QLatin1String("usersType")),
                           Item::join(base, QStringLiteral("usersType")),
                           {QStringLiteral("Prospects"), QStringLiteral("ProspectsOrNonBuyers")},
                           &usersType))
            settings->insert(QStringLiteral("usersType"), usersType);
    }
    bool daysOk = true;
    for (const QString &key :
         {QStringLiteral("daysSinceLastVisitMin"), QStringLiteral("daysSinceLastVisitMax")}) {
        if (!in.contains(key))
            continue;
        QJsonValue value;
        QString valuePath;
        if (!item.nillable(in.value(key), Item::join(base, key), &value, &valuePath)) {
            daysOk = false;
            continue;
        }
        qint64 days = 0;
        if (value.isNull())
            settings->insert(key, QJsonValue(QJsonValue::Null));
        else if (item.integer(value, valuePath, 0, kInt32Max, &days))
            settings->insert(key, days);
        else
            daysOk = false;
    }
    if (daysOk)
        checkDayRange(item, base, in, *settings);
}

void checkRetargeting(Item &item, const QJsonObject &in, QJsonObject *settings)
{
    const QString base = QStringLiteral("attributes/retargeting");
    item.checkKeys(in, base,
                   {QStringLiteral("visitorsType"), QStringLiteral("daysSinceLastVisitMin"),
                    QStringLiteral("daysSinceLastVisitMax")});
    if (in.contains(QLatin1String("visitorsType"))) {
        QString visitors;
        if (item.enumValue(
                    in.value(QLatin1String("visitorsType")),
                    Item::join(base, QStringLiteral("visitorsType")),
                    {QStringLiteral("All"), QStringLiteral("Buyers"), QStringLiteral("NonBuyers")},
                    &visitors))
            settings->insert(QStringLiteral("visitorsType"), visitors);
    }
    bool daysOk = true;
    for (const QString &key :
         {QStringLiteral("daysSinceLastVisitMin"), QStringLiteral("daysSinceLastVisitMax")}) {
        if (!in.contains(key))
            continue;
        qint64 days = 0;
        if (item.integer(in.value(key), Item::join(base, key), 0, kInt32Max, &days))
            settings->insert(key, days);
        else
            daysOk = false;
    }
    if (daysOk)
        checkDayRange(item, base, in, *settings);
}

void checkLookalike(Item &item, const QJsonObject &in, QJsonObject *settings)
{
    const QString base = QStringLiteral("attributes/lookalike");
    item.checkKeys(in, base, {QStringLiteral("targetSize")}, {QStringLiteral("seedSegmentId")});
    if (in.contains(QLatin1String("targetSize"))) {
        qint64 size = 0;
        if (item.integer(in.value(QLatin1String("targetSize")),
                         Item::join(base, QStringLiteral("targetSize")), 0, kInt64Max, &size))
            settings->insert(QStringLiteral("targetSize"), size);
    }
}

} // namespace

DemoPatchProcessor::DemoPatchProcessor(DemoData *data, const QDateTime &now, const QString &traceId)
    : m_data(data)
    , m_now(now.toUTC().toString(Qt::ISODateWithMs))
    , m_traceId(traceId)
{ }

DemoPatchProcessor::Result DemoPatchProcessor::process(const QJsonArray &items)
{
    Result result;
    QSet<QString> seenIds;
    static const QStringList settingsKeys{
            QStringLiteral("inMarket"), QStringLiteral("location"), QStringLiteral("prospecting"),
            QStringLiteral("retargeting"), QStringLiteral("lookalike")};

    for (int i = 0; i < items.size(); ++i) {
        Item item(&result, i, m_traceId);
        QJsonObject resource;
        if (!item.object(items.at(i), QString(), &resource))
            continue;

        const QJsonValue idValue = resource.value(QLatin1String("id"));
        if (!idValue.isString() || idValue.toString().isEmpty()) {
            item.error(
                    QStringLiteral("required-field"), QStringLiteral("id"),
                    QCoreApplication::translate("DemoPatchProcessor", "Item %1 has no segment id.")
                            .arg(i));
            continue;
        }
        item.id = idValue.toString();
        item.checkKeys(
                resource, QString(),
                {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("attributes")});
        if (resource.contains(QLatin1String("type"))
            && resource.value(QLatin1String("type")).toString()
                    != QLatin1String("AudienceSegment")) {
            item.error(QStringLiteral("invalid-resource-type"), QStringLiteral("type"),
                       QCoreApplication::translate(
                               "DemoPatchProcessor",
                               "Segment %1: the resource type must be “AudienceSegment”.")
                               .arg(item.id));
        }
        if (seenIds.contains(item.id)) {
            item.error(QStringLiteral("duplicate-segment-id"), QStringLiteral("id"),
                       QCoreApplication::translate(
                               "DemoPatchProcessor",
                               "Segment %1 appears more than once in this request; only its first "
                               "occurrence is considered.")
                               .arg(item.id));
            continue;
        }
        seenIds.insert(item.id);

        if (!m_data->hasSegment(item.id)) {
            if (!item.failed())
                item.warning(
                        QStringLiteral("segment-not-found"), QStringLiteral("id"),
                        QCoreApplication::translate("DemoPatchProcessor",
                                                    "There is no segment %1; nothing was updated.")
                                .arg(item.id));
            continue;
        }
        const QString advertiserId = m_data->advertiserOf(item.id);
        if (!m_data->isReachable(advertiserId)) {
            item.error(
                    QStringLiteral("segment-not-accessible"), QStringLiteral("id"),
                    QCoreApplication::translate(
                            "DemoPatchProcessor",
                            "Segment %1 belongs to advertiser %2, which these credentials cannot "
                            "manage.")
                            .arg(item.id, advertiserId),
                    QStringLiteral("authorization"));
            continue;
        }

        QJsonObject attributes;
        const QJsonValue attributesValue = resource.value(QLatin1String("attributes"));
        if (attributesValue.isUndefined()) {
            item.error(QStringLiteral("required-field"), QStringLiteral("attributes"),
                       QCoreApplication::translate("DemoPatchProcessor",
                                                   "Segment %1: the item has no attributes.")
                               .arg(item.id));
            continue;
        }
        if (!item.object(attributesValue, QStringLiteral("attributes"), &attributes))
            continue;

        const QJsonObject current = m_data->segment(item.id);
        const QString type = current.value(QLatin1String("type")).toString();
        const QString settingsKey = settingsKeyFor(type);
        QJsonObject updated = current;

        if (type == QLatin1String("ContactList")
            && current.value(QLatin1String("contactList"))
                       .toObject()
                       .value(QLatin1String("isReadOnly"))
                       .toBool()) {
            item.error(
                    QStringLiteral("segment-is-read-only"), QStringLiteral("id"),
                    QCoreApplication::translate(
                            "DemoPatchProcessor",
                            "Segment %1 is a read-only contact list shared with this advertiser.")
                            .arg(item.id));
            continue;
        }

        item.checkKeys(attributes, QStringLiteral("attributes"),
                       QStringList{QStringLiteral("name"), QStringLiteral("description")}
                               + settingsKeys,
                       {QStringLiteral("advertiserId"), QStringLiteral("type"),
                        QStringLiteral("createdAt"), QStringLiteral("updatedAt"),
                        QStringLiteral("contactList"), QStringLiteral("behavioral")});

        if (attributes.contains(QLatin1String("name"))) {
            QString name;
            if (item.string(attributes.value(QLatin1String("name")),
                            QStringLiteral("attributes/name"), &name)) {
                const QString owner = m_data->segmentIdNamed(advertiserId, name);
                if (name.trimmed().isEmpty()) {
                    item.error(QStringLiteral("name-must-not-be-empty"),
                               QStringLiteral("attributes/name"),
                               QCoreApplication::translate("DemoPatchProcessor",
                                                           "Segment %1: a segment needs a name.")
                                       .arg(item.id));
                } else if (!owner.isEmpty() && owner != item.id) {
                    item.error(QStringLiteral("name-must-be-unique"),
                               QStringLiteral("attributes/name"),
                               QCoreApplication::translate(
                                       "DemoPatchProcessor",
                                       "Segment %1: segment %2 of advertiser %3 is already named "
                                       "“%4”.")
                                       .arg(item.id, owner, advertiserId, name));
                } else {
                    updated.insert(QStringLiteral("name"), name);
                }
            }
        }
        if (attributes.contains(QLatin1String("description"))) {
            QJsonValue value;
            QString valuePath;
            if (item.nillable(attributes.value(QLatin1String("description")),
                              QStringLiteral("attributes/description"), &value, &valuePath)) {
                QString text;
                if (value.isNull())
                    updated.insert(QStringLiteral("description"), QJsonValue(QJsonValue::Null));
                else if (item.string(value, valuePath, &text))
                    updated.insert(QStringLiteral("description"), text);
            }
        }

        for (const QString &key : settingsKeys) {
            if (!attributes.contains(key))
                continue;
            const QString path = QStringLiteral("attributes/") + key;
            if (key != settingsKey) {
                item.error(QStringLiteral("segment-type-mismatch"), path,
                           QCoreApplication::translate(
                                   "DemoPatchProcessor",
                                   "Segment %1 is of type %2; “%3” settings do not apply to it.")
                                   .arg(item.id, type, key));
                continue;
            }
            QJsonObject in;
            if (!item.object(attributes.value(key), path, &in))
                continue;
            QJsonObject settings = current.value(key).toObject();
            if (key == QLatin1String("inMarket"))
                checkInMarket(item, *m_data, in, &settings);
            else if (key == QLatin1String("location"))
                checkLocation(item, in, &settings);
            else if (key == QLatin1String("prospecting"))
                checkProspecting(item, in, &settings);
            else if (key == QLatin1String("retargeting"))
                checkRetargeting(item, in, &settings);
            else
                checkLookalike(item, in, &settings);
            updated.insert(key, settings);
        }

        if (item.failed())
            continue;
        updated.insert(QStringLiteral("updatedAt"), m_now);
        m_data->insertSegment(item.id, updated);
        result.data.append(m_data->segmentResource(item.id));
    }
    return result;
}
