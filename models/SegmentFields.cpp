#include "SegmentFields.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <utility>

namespace SegmentFields {

namespace {

const char *const context = "SegmentFields";

// The API's member names and their labels. Names are unique enough across the sub-objects that
// one flat table serves every path (a point's "name" reads "Name" like the segment's).
const std::array<std::pair<const char *, const char *>, 28> memberLabels{{
        {"name", QT_TRANSLATE_NOOP("SegmentFields", "Name")},
        {"description", QT_TRANSLATE_NOOP("SegmentFields", "Description")},
        {"id", QT_TRANSLATE_NOOP("SegmentFields", "Id")},
        {"type", QT_TRANSLATE_NOOP("SegmentFields", "Type")},
        {"advertiserId", QT_TRANSLATE_NOOP("SegmentFields", "Advertiser")},
        {"createdAt", QT_TRANSLATE_NOOP("SegmentFields", "Created")},
        {"updatedAt", QT_TRANSLATE_NOOP("SegmentFields", "Last updated")},
        {"country", QT_TRANSLATE_NOOP("SegmentFields", "Country")},
        {"brandIds", QT_TRANSLATE_NOOP("SegmentFields", "Brands")},
        {"interestIds", QT_TRANSLATE_NOOP("SegmentFields", "Interests")},
        {"buyingPower", QT_TRANSLATE_NOOP("SegmentFields", "Buying power")},
        {"priceRange", QT_TRANSLATE_NOOP("SegmentFields", "Price range")},
        {"gender", QT_TRANSLATE_NOOP("SegmentFields", "Gender")},
        {"pointsOfInterest", QT_TRANSLATE_NOOP("SegmentFields", "Points of interest")},
        {"latitude", QT_TRANSLATE_NOOP("SegmentFields", "Latitude")},
        {"longitude", QT_TRANSLATE_NOOP("SegmentFields", "Longitude")},
        {"radiusInKm", QT_TRANSLATE_NOOP("SegmentFields", "Radius (km)")},
        {"registryType", QT_TRANSLATE_NOOP("SegmentFields", "Registry type")},
        {"usersType", QT_TRANSLATE_NOOP("SegmentFields", "Users")},
        {"visitorsType", QT_TRANSLATE_NOOP("SegmentFields", "Visitors")},
        {"daysSinceLastVisitMin",
         QT_TRANSLATE_NOOP("SegmentFields", "Minimum days since last visit")},
        {"daysSinceLastVisitMax",
         QT_TRANSLATE_NOOP("SegmentFields", "Maximum days since last visit")},
        {"seedSegmentId", QT_TRANSLATE_NOOP("SegmentFields", "Seed segment")},
        {"targetSize", QT_TRANSLATE_NOOP("SegmentFields", "Target size")},
        {"isReadOnly", QT_TRANSLATE_NOOP("SegmentFields", "Read-only")},
        {"category", QT_TRANSLATE_NOOP("SegmentFields", "Category")},
        {"startDate", QT_TRANSLATE_NOOP("SegmentFields", "Start date")},
        {"endDate", QT_TRANSLATE_NOOP("SegmentFields", "End date")},
}};

// The type sub-objects: left out of a longer label, named when the path stops at one.
const std::array<std::pair<const char *, const char *>, 7> subObjectLabels{{
        {"inMarket", QT_TRANSLATE_NOOP("SegmentFields", "In-market settings")},
        {"location", QT_TRANSLATE_NOOP("SegmentFields", "Location settings")},
        {"prospecting", QT_TRANSLATE_NOOP("SegmentFields", "Prospecting settings")},
        {"retargeting", QT_TRANSLATE_NOOP("SegmentFields", "Retargeting settings")},
        {"lookalike", QT_TRANSLATE_NOOP("SegmentFields", "Lookalike settings")},
        {"contactList", QT_TRANSLATE_NOOP("SegmentFields", "Contact list settings")},
        {"behavioral", QT_TRANSLATE_NOOP("SegmentFields", "Behavioral settings")},
}};

template<std::size_t N>
const char *lookup(const std::array<std::pair<const char *, const char *>, N> &table,
                   const QString &key)
{
    for (const auto &[name, label] : table)
        if (key == QLatin1String(name))
            return label;
    return nullptr;
}

bool isSubObject(const QString &part)
{
    return lookup(subObjectLabels, part) != nullptr;
}

// "someNewField" -> "Some new field": a readable fallback for names a later API version adds.
QString spellOut(const QString &name)
{
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (i > 0 && c.isUpper() && !name.at(i - 1).isUpper()) {
            out += QLatin1Char(' ');
            out += c.toLower();
        } else if (c == QLatin1Char('_') || c == QLatin1Char('-')) {
            out += QLatin1Char(' ');
        } else {
            out += c;
        }
    }
    if (!out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out;
}

// The parts of a path below the resource: "#/data/3/attributes/x/y" -> ["x", "y"].
QStringList relativeParts(const QString &path)
{
    QString p = path.trimmed();
    while (p.startsWith(QLatin1Char('#')) || p.startsWith(QLatin1Char('@'))
           || p.startsWith(QLatin1Char('/')))
        p.remove(0, 1);
    QStringList parts = p.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() >= 2 && parts.at(0) == QLatin1String("data")) {
        bool numeric = false;
        parts.at(1).toInt(&numeric);
        if (numeric)
            parts.remove(0, 2);
    }
    if (!parts.isEmpty() && parts.at(0) == QLatin1String("attributes"))
        parts.removeFirst();
    return parts;
}

// Copies one member of a type sub-object, treating a missing sub-object as an empty one.
template<typename Settings, typename CopyMember>
bool copyInSettings(const std::optional<Settings> &from, std::optional<Settings> &to,
                    CopyMember copyMember)
{
    const Settings source = from.value_or(Settings());
    Settings target = to.value_or(Settings());
    if (!copyMember(source, target))
        return false;
    if (!from && target == Settings())
        to.reset();
    else
        to = target;
    return true;
}

bool copyInMarket(const InMarketSettings &from, InMarketSettings &to, const QStringList &rest)
{
    if (rest.size() != 1)
        return false;
    const QString &m = rest.at(0);
    if (m == QLatin1String("country"))
        to.country = from.country;
    else if (m == QLatin1String("brandIds"))
        to.brandIds = from.brandIds;
    else if (m == QLatin1String("interestIds"))
        to.interestIds = from.interestIds;
    else if (m == QLatin1String("buyingPower"))
        to.buyingPower = from.buyingPower;
    else if (m == QLatin1String("priceRange"))
        to.priceRange = from.priceRange;
    else if (m == QLatin1String("gender"))
        to.gender = from.gender;
    else
        return false;
    return true;
}

bool copyPoint(const PointOfInterest &from, PointOfInterest &to, const QString &member)
{
    if (member.isEmpty())
        to = from;
    else if (member == QLatin1String("name"))
        to.name = from.name;
    else if (member == QLatin1String("latitude"))
        to.latitude = from.latitude;
    else if (member == QLatin1String("longitude"))
        to.longitude = from.longitude;
    else
        return false;
    return true;
}

bool copyLocation(const LocationSettings &from, LocationSettings &to, const QStringList &rest)
{
    if (rest.isEmpty())
        return false;
    const QString &m = rest.at(0);
    if (m == QLatin1String("radiusInKm") && rest.size() == 1) {
        to.radiusInKm = from.radiusInKm;
        return true;
    }
    if (m == QLatin1String("registryType") && rest.size() == 1) {
        to.registryType = from.registryType;
        return true;
    }
    if (m != QLatin1String("pointsOfInterest") || rest.size() > 3)
        return false;
    if (rest.size() >= 2) {
        bool ok = false;
        const int index = rest.at(1).toInt(&ok);
        const QString member = rest.size() == 3 ? rest.at(2) : QString();
        if (!ok)
            return false;
        // One point, when both versions have it; otherwise the list as a whole.
        if (index >= 0 && index < from.pointsOfInterest.size()
            && index < to.pointsOfInterest.size()) {
            PointOfInterest point = to.pointsOfInterest.at(index);
            if (!copyPoint(from.pointsOfInterest.at(index), point, member))
                return false;
            to.pointsOfInterest[index] = point;
            return true;
        }
        PointOfInterest probe;
        if (!copyPoint({}, probe, member)) // a member name that is not a point's
            return false;
    }
    to.pointsOfInterest = from.pointsOfInterest;
    return true;
}

bool copyProspecting(const ProspectingSettings &from, ProspectingSettings &to,
                     const QStringList &rest)
{
    if (rest.size() != 1)
        return false;
    const QString &m = rest.at(0);
    if (m == QLatin1String("usersType"))
        to.usersType = from.usersType;
    else if (m == QLatin1String("daysSinceLastVisitMin"))
        to.daysSinceLastVisitMin = from.daysSinceLastVisitMin;
    else if (m == QLatin1String("daysSinceLastVisitMax"))
        to.daysSinceLastVisitMax = from.daysSinceLastVisitMax;
    else
        return false;
    return true;
}

bool copyRetargeting(const RetargetingSettings &from, RetargetingSettings &to,
                     const QStringList &rest)
{
    if (rest.size() != 1)
        return false;
    const QString &m = rest.at(0);
    if (m == QLatin1String("visitorsType"))
        to.visitorsType = from.visitorsType;
    else if (m == QLatin1String("daysSinceLastVisitMin"))
        to.daysSinceLastVisitMin = from.daysSinceLastVisitMin;
    else if (m == QLatin1String("daysSinceLastVisitMax"))
        to.daysSinceLastVisitMax = from.daysSinceLastVisitMax;
    else
        return false;
    return true;
}

bool copyLookalike(const LookalikeSettings &from, LookalikeSettings &to, const QStringList &rest)
{
    if (rest.size() != 1)
        return false;
    if (rest.at(0) == QLatin1String("targetSize"))
        to.targetSize = from.targetSize;
    else if (rest.at(0) == QLatin1String("seedSegmentId"))
        to.seedSegmentId = from.seedSegmentId;
    else
        return false;
    return true;
}

template<typename Settings>
bool copySubObject(const std::optional<Settings> &from, std::optional<Settings> &to,
                   const QStringList &rest,
                   bool (*copyMember)(const Settings &, Settings &, const QStringList &))
{
    if (rest.isEmpty()) {
        to = from;
        return true;
    }
    return copyInSettings(from, to, [&](const Settings &source, Settings &target) {
        return copyMember(source, target, rest);
    });
}

} // namespace

QString fieldLabel(const QString &path)
{
    QStringList parts = relativeParts(path);
    if (parts.isEmpty())
        return {};
    if (parts.size() == 1) {
        if (const char *label = lookup(subObjectLabels, parts.at(0)))
            return QCoreApplication::translate(context, label);
    }
    if (parts.size() > 1 && isSubObject(parts.at(0)))
        parts.removeFirst();

    QStringList labels;
    for (const QString &part : std::as_const(parts)) {
        bool numeric = false;
        const int index = part.toInt(&numeric);
        if (numeric)
            labels.append(QCoreApplication::translate("SegmentFields", "#%1", "position in a list")
                                  .arg(index + 1));
        else if (const char *label = lookup(memberLabels, part))
            labels.append(QCoreApplication::translate(context, label));
        else
            labels.append(spellOut(part));
    }
    return labels.join(
            QCoreApplication::translate("SegmentFields", " › ", "between parts of a field"));
}

QString typeLabel(SegmentType type)
{
    switch (type) {
    case SegmentType::InMarket:
        return QCoreApplication::translate("SegmentFields", "In-market", "segment type");
    case SegmentType::Prospecting:
        return QCoreApplication::translate("SegmentFields", "Prospecting", "segment type");
    case SegmentType::ContactList:
        return QCoreApplication::translate("SegmentFields", "Contact list", "segment type");
    case SegmentType::Location:
        return QCoreApplication::translate("SegmentFields", "Location", "segment type");
    case SegmentType::Behavioral:
        return QCoreApplication::translate("SegmentFields", "Behavioral", "segment type");
    case SegmentType::Retargeting:
        return QCoreApplication::translate("SegmentFields", "Retargeting", "segment type");
    case SegmentType::Lookalike:
        return QCoreApplication::translate("SegmentFields", "Lookalike", "segment type");
    case SegmentType::Unknown:
        break;
    }
    return QCoreApplication::translate("SegmentFields", "Unknown", "segment type");
}

bool copyField(const AudienceSegment &from, AudienceSegment &to, const QString &path)
{
    const QStringList parts = relativeParts(path);
    if (parts.isEmpty())
        return false;
    const QString &head = parts.at(0);
    const QStringList rest = parts.mid(1);
    AudienceSegment result = to;
    bool ok = false;
    if (head == QLatin1String("name") && rest.isEmpty()) {
        result.name = from.name;
        ok = true;
    } else if (head == QLatin1String("description") && rest.isEmpty()) {
        result.description = from.description;
        ok = true;
    } else if (head == QLatin1String("inMarket")) {
        ok = copySubObject(from.inMarket, result.inMarket, rest, &copyInMarket);
    } else if (head == QLatin1String("location")) {
        ok = copySubObject(from.location, result.location, rest, &copyLocation);
    } else if (head == QLatin1String("prospecting")) {
        ok = copySubObject(from.prospecting, result.prospecting, rest, &copyProspecting);
    } else if (head == QLatin1String("retargeting")) {
        ok = copySubObject(from.retargeting, result.retargeting, rest, &copyRetargeting);
    } else if (head == QLatin1String("lookalike")) {
        ok = copySubObject(from.lookalike, result.lookalike, rest, &copyLookalike);
    }
    if (ok)
        to = result;
    return ok;
}

} // namespace SegmentFields
