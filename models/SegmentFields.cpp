#include "SegmentFields.h"

#include <QCoreApplication>
#include <QLocale>
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

// ---- values as text

QString unsetText()
{
    return QString(QChar(0x2014)); // "—": the same in every language
}

QString noneText()
{
    return QCoreApplication::translate("SegmentFields", "(none)",
                                       "a cleared value or an empty list");
}

QString plainText(const QString &text)
{
    return text.isEmpty() ? QCoreApplication::translate("SegmentFields", "(empty)", "an empty text")
                          : text;
}

QString numberText(qint64 value)
{
    return QLocale().toString(value);
}

QString coordinateText(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

QString dateTimeText(const QDateTime &value)
{
    return QLocale().toString(value.toLocalTime(), QLocale::ShortFormat);
}

// Behavioral start and end dates are days, kept at midnight or the last second of a UTC day.
QString dayText(const QDateTime &value)
{
    return QLocale().toString(value.toUTC().date(), QLocale::ShortFormat);
}

QString unknownValueText()
{
    return QCoreApplication::translate("SegmentFields", "Unknown",
                                       "a value this version of the editor does not know");
}

} // namespace

QString enumText(Gender v)
{
    switch (v) {
    case Gender::Male:
        return QCoreApplication::translate("SegmentFields", "Male", "gender");
    case Gender::Female:
        return QCoreApplication::translate("SegmentFields", "Female", "gender");
    case Gender::Unknown:
        break;
    }
    return unknownValueText();
}

QString enumText(BuyingPower v)
{
    switch (v) {
    case BuyingPower::Low:
        return QCoreApplication::translate("SegmentFields", "Low", "buying power or price range");
    case BuyingPower::Medium:
        return QCoreApplication::translate("SegmentFields", "Medium",
                                           "buying power or price range");
    case BuyingPower::High:
        return QCoreApplication::translate("SegmentFields", "High", "buying power or price range");
    case BuyingPower::VeryHigh:
        return QCoreApplication::translate("SegmentFields", "Very high", "buying power");
    case BuyingPower::Unknown:
        break;
    }
    return unknownValueText();
}

QString enumText(PriceRange v)
{
    switch (v) {
    case PriceRange::Low:
        return QCoreApplication::translate("SegmentFields", "Low", "buying power or price range");
    case PriceRange::Medium:
        return QCoreApplication::translate("SegmentFields", "Medium",
                                           "buying power or price range");
    case PriceRange::High:
        return QCoreApplication::translate("SegmentFields", "High", "buying power or price range");
    case PriceRange::Unknown:
        break;
    }
    return unknownValueText();
}

QString enumText(UsersType v)
{
    switch (v) {
    case UsersType::Prospects:
        return QCoreApplication::translate("SegmentFields", "Prospects", "prospecting users");
    case UsersType::ProspectsOrNonBuyers:
        return QCoreApplication::translate("SegmentFields", "Prospects or non-buyers",
                                           "prospecting users");
    case UsersType::Unknown:
        break;
    }
    return unknownValueText();
}

QString enumText(VisitorsType v)
{
    switch (v) {
    case VisitorsType::All:
        return QCoreApplication::translate("SegmentFields", "All visitors", "retargeting visitors");
    case VisitorsType::Buyers:
        return QCoreApplication::translate("SegmentFields", "Buyers", "retargeting visitors");
    case VisitorsType::NonBuyers:
        return QCoreApplication::translate("SegmentFields", "Non-buyers", "retargeting visitors");
    case VisitorsType::Unknown:
        break;
    }
    return unknownValueText();
}

QString enumText(RegistryType v)
{
    switch (v) {
    case RegistryType::PointOfInterest:
        return QCoreApplication::translate("SegmentFields", "Points of interest",
                                           "location registry type");
    case RegistryType::Unknown:
        break;
    }
    return unknownValueText();
}

QString enumText(BehavioralCategory v)
{
    switch (v) {
    case BehavioralCategory::Lifestyles:
        return QCoreApplication::translate("SegmentFields", "Lifestyles", "behavioral category");
    case BehavioralCategory::LifeEvents:
        return QCoreApplication::translate("SegmentFields", "Life events", "behavioral category");
    case BehavioralCategory::Seasonal:
        return QCoreApplication::translate("SegmentFields", "Seasonal", "behavioral category");
    case BehavioralCategory::BuyingPatterns:
        return QCoreApplication::translate("SegmentFields", "Buying patterns",
                                           "behavioral category");
    case BehavioralCategory::Unknown:
        break;
    }
    return unknownValueText();
}

namespace {

template<typename T, typename Format> QString optionalText(const std::optional<T> &v, Format format)
{
    return v ? format(*v) : unsetText();
}

template<typename T, typename Format> QString nillableText(const Nillable<T> &v, Format format)
{
    if (v.isCleared())
        return noneText();
    return v.hasValue() ? format(v.value()) : unsetText();
}

template<typename T, typename Format> QString listText(const QList<T> &items, Format format)
{
    if (items.isEmpty())
        return noneText();
    QStringList texts;
    for (const T &item : items)
        texts.append(format(item));
    return texts.join(QLatin1String(", "));
}

QString pointText(const PointOfInterest &p)
{
    const QString name = p.name.isEmpty()
            ? QCoreApplication::translate("SegmentFields", "(unnamed)", "a point of interest")
            : p.name;
    return QCoreApplication::translate("SegmentFields", "%1 (%2, %3)",
                                       "point of interest: name (latitude, longitude)")
            .arg(name, optionalText(p.latitude, &coordinateText),
                 optionalText(p.longitude, &coordinateText));
}

QString enumListText(const QList<BuyingPower> &items)
{
    return listText(items, [](BuyingPower v) { return enumText(v); });
}

QString enumListText(const QList<PriceRange> &items)
{
    return listText(items, [](PriceRange v) { return enumText(v); });
}

// A member's value; nothing for a member the settings do not have.
using MemberText = std::optional<QString>;

MemberText inMarketText(const InMarketSettings &m, const QString &member)
{
    if (member == QLatin1String("country"))
        return optionalText(m.country, &plainText);
    if (member == QLatin1String("brandIds"))
        return listText(m.brandIds, &plainText);
    if (member == QLatin1String("interestIds"))
        return listText(m.interestIds, &plainText);
    if (member == QLatin1String("buyingPower"))
        return enumListText(m.buyingPower);
    if (member == QLatin1String("priceRange"))
        return enumListText(m.priceRange);
    if (member == QLatin1String("gender"))
        return nillableText(m.gender, [](Gender v) { return enumText(v); });
    return std::nullopt;
}

MemberText locationText(const LocationSettings &l, const QStringList &rest)
{
    const QString &member = rest.at(0);
    if (rest.size() == 1 && member == QLatin1String("radiusInKm"))
        return optionalText(l.radiusInKm, &numberText);
    if (rest.size() == 1 && member == QLatin1String("registryType"))
        return optionalText(l.registryType, [](RegistryType v) { return enumText(v); });
    if (member != QLatin1String("pointsOfInterest") || rest.size() > 3)
        return std::nullopt;
    if (rest.size() == 1)
        return listText(l.pointsOfInterest, &pointText);
    bool ok = false;
    const int index = rest.at(1).toInt(&ok);
    if (!ok)
        return std::nullopt;
    const QString pointMember = rest.size() == 3 ? rest.at(2) : QString();
    if (!pointMember.isEmpty() && pointMember != QLatin1String("name")
        && pointMember != QLatin1String("latitude") && pointMember != QLatin1String("longitude"))
        return std::nullopt;
    if (index < 0 || index >= l.pointsOfInterest.size())
        return unsetText();
    const PointOfInterest &p = l.pointsOfInterest.at(index);
    if (pointMember.isEmpty())
        return pointText(p);
    if (pointMember == QLatin1String("name"))
        return plainText(p.name);
    return optionalText(pointMember == QLatin1String("latitude") ? p.latitude : p.longitude,
                        &coordinateText);
}

MemberText prospectingText(const ProspectingSettings &p, const QString &member)
{
    if (member == QLatin1String("usersType"))
        return optionalText(p.usersType, [](UsersType v) { return enumText(v); });
    if (member == QLatin1String("daysSinceLastVisitMin"))
        return nillableText(p.daysSinceLastVisitMin, &numberText);
    if (member == QLatin1String("daysSinceLastVisitMax"))
        return nillableText(p.daysSinceLastVisitMax, &numberText);
    return std::nullopt;
}

MemberText retargetingText(const RetargetingSettings &r, const QString &member)
{
    if (member == QLatin1String("visitorsType"))
        return optionalText(r.visitorsType, [](VisitorsType v) { return enumText(v); });
    if (member == QLatin1String("daysSinceLastVisitMin"))
        return optionalText(r.daysSinceLastVisitMin, &numberText);
    if (member == QLatin1String("daysSinceLastVisitMax"))
        return optionalText(r.daysSinceLastVisitMax, &numberText);
    return std::nullopt;
}

MemberText lookalikeText(const LookalikeSettings &l, const QString &member)
{
    if (member == QLatin1String("seedSegmentId"))
        return optionalText(l.seedSegmentId, &plainText);
    if (member == QLatin1String("targetSize"))
        return optionalText(l.targetSize, &numberText);
    return std::nullopt;
}

MemberText contactListText(const ContactListSettings &c, const QString &member)
{
    if (member == QLatin1String("isReadOnly"))
        return optionalText(c.isReadOnly, [](bool v) {
            return v ? QCoreApplication::translate("SegmentFields", "Yes", "read-only")
                     : QCoreApplication::translate("SegmentFields", "No", "read-only");
        });
    return std::nullopt;
}

MemberText behavioralText(const BehavioralSettings &b, const QString &member)
{
    if (member == QLatin1String("category"))
        return enumText(b.category);
    if (member == QLatin1String("country"))
        return optionalText(b.country, &plainText);
    if (member == QLatin1String("startDate"))
        return optionalText(b.startDate, &dayText);
    if (member == QLatin1String("endDate"))
        return optionalText(b.endDate, &dayText);
    return std::nullopt;
}

// A sub-object's member (or, with `rest` empty, the sub-object as "Label: value; …"); a missing
// sub-object reads "—" for every member it could have.
template<typename Settings, typename Text>
MemberText settingsText(const std::optional<Settings> &settings, const QStringList &rest,
                        const std::initializer_list<const char *> &members, Text text)
{
    if (rest.isEmpty()) {
        if (!settings)
            return unsetText();
        QStringList parts;
        for (const char *member : members) {
            const QString name = QLatin1String(member);
            parts.append(
                    QCoreApplication::translate("SegmentFields", "%1: %2", "field label: value")
                            .arg(QCoreApplication::translate(context, lookup(memberLabels, name)),
                                 text(*settings, QStringList{name}).value_or(QString())));
        }
        return parts.join(QLatin1String("; "));
    }
    const MemberText known = text(Settings(), rest);
    if (!known)
        return std::nullopt;
    return settings ? text(*settings, rest) : unsetText();
}

template<typename Settings> auto oneMember(MemberText (*text)(const Settings &, const QString &))
{
    return [text](const Settings &settings, const QStringList &rest) -> MemberText {
        return rest.size() == 1 ? text(settings, rest.at(0)) : std::nullopt;
    };
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

QString valueText(const AudienceSegment &segment, const QString &path)
{
    const QStringList parts = relativeParts(path);
    if (parts.isEmpty())
        return {};
    const QString &head = parts.at(0);
    const QStringList rest = parts.mid(1);
    MemberText text;
    if (rest.isEmpty() && head == QLatin1String("name"))
        text = optionalText(segment.name, &plainText);
    else if (rest.isEmpty() && head == QLatin1String("description"))
        text = nillableText(segment.description, &plainText);
    else if (rest.isEmpty() && head == QLatin1String("id"))
        text = plainText(segment.id);
    else if (rest.isEmpty() && head == QLatin1String("advertiserId"))
        text = plainText(segment.advertiserId);
    else if (rest.isEmpty() && head == QLatin1String("type"))
        text = typeLabel(segment.type);
    else if (rest.isEmpty() && head == QLatin1String("createdAt"))
        text = optionalText(segment.createdAt, &dateTimeText);
    else if (rest.isEmpty() && head == QLatin1String("updatedAt"))
        text = optionalText(segment.updatedAt, &dateTimeText);
    else if (head == QLatin1String("inMarket"))
        text = settingsText(
                segment.inMarket, rest,
                {"country", "brandIds", "interestIds", "buyingPower", "priceRange", "gender"},
                oneMember(&inMarketText));
    else if (head == QLatin1String("location"))
        text = settingsText(segment.location, rest,
                            {"pointsOfInterest", "radiusInKm", "registryType"}, &locationText);
    else if (head == QLatin1String("prospecting"))
        text = settingsText(segment.prospecting, rest,
                            {"usersType", "daysSinceLastVisitMin", "daysSinceLastVisitMax"},
                            oneMember(&prospectingText));
    else if (head == QLatin1String("retargeting"))
        text = settingsText(segment.retargeting, rest,
                            {"visitorsType", "daysSinceLastVisitMin", "daysSinceLastVisitMax"},
                            oneMember(&retargetingText));
    else if (head == QLatin1String("lookalike"))
        text = settingsText(segment.lookalike, rest, {"seedSegmentId", "targetSize"},
                            oneMember(&lookalikeText));
    else if (head == QLatin1String("contactList"))
        text = settingsText(segment.contactList, rest, {"isReadOnly"}, oneMember(&contactListText));
    else if (head == QLatin1String("behavioral"))
        text = settingsText(segment.behavioral, rest,
                            {"category", "country", "startDate", "endDate"},
                            oneMember(&behavioralText));
    return text.value_or(QString());
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
