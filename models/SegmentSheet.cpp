#include "SegmentSheet.h"

#include "DelimitedText.h"
#include "PoiCoordinate.h"
#include "PoiParser.h"
#include "SegmentTableModel.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace SegmentSheet {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("SegmentSheet", text, disambiguation);
}

struct ColumnInfo
{
    Column column;
    const char *header;  // English, written by the export
    const char *member;  // the API's member name
    const char *aliases; // other header keys, "|"-separated (English, French, German)
};

// Header keys are DelimitedText::headerKey()s: lower case, no accents, words separated by one
// space. These are data for matching, not translations of the user interface.
const std::array<ColumnInfo, 24> columnTable{{
        {Column::Id, "id", "id",
         "segment id|segment|identifiant|id du segment|id segment|identifiant du segment|"
         "segment-id|kennung|segmentid"},
        {Column::AdvertiserId, "advertiser id", "advertiserId",
         "advertiser|id annonceur|annonceur|identifiant annonceur|id de l annonceur|"
         "identifiant de l annonceur|werbetreibender|werbetreibender id|werbetreibenden id|"
         "advertiser-id|kunden id"},
        {Column::Type, "type", "type", "segment type|type de segment|typ|segmenttyp|segment typ"},
        {Column::Name, "name", "name", "nom|nom du segment|bezeichnung|segmentname|titel"},
        {Column::Description, "description", "description", "beschreibung"},
        {Column::Country, "country", "country", "pays|land|country code|code pays|landercode"},
        {Column::BrandIds, "brand ids", "brandIds",
         "brands|brand|marques|id des marques|ids des marques|identifiants des marques|"
         "ids marques|marken|marken ids|marken id|markenids"},
        {Column::InterestIds, "interest ids", "interestIds",
         "interests|centres d interet|id des centres d interet|ids des centres d interet|"
         "interets|interessen|interessen ids|interessen id|interessenids"},
        {Column::BuyingPower, "buying power", "buyingPower", "pouvoir d achat|kaufkraft"},
        {Column::PriceRange, "price range", "priceRange",
         "gamme de prix|fourchette de prix|preisklasse|preisspanne|preisbereich"},
        {Column::Gender, "gender", "gender", "genre|sexe|geschlecht"},
        {Column::RadiusInKm, "radius km", "radiusInKm",
         "radius|radius in km|rayon|rayon km|rayon en km|umkreis|umkreis km|umkreis in km"},
        {Column::RegistryType, "registry type", "registryType",
         "type de registre|registertyp|registrierungstyp"},
        {Column::UsersType, "users type", "usersType",
         "users|type d utilisateurs|utilisateurs|nutzertyp|nutzer"},
        {Column::VisitorsType, "visitors type", "visitorsType",
         "visitors|type de visiteurs|visiteurs|besuchertyp|besucher"},
        {Column::DaysSinceLastVisitMin, "days since last visit min", "daysSinceLastVisitMin",
         "min days since last visit|minimum days since last visit|"
         "jours depuis la derniere visite min|jours min depuis la derniere visite|"
         "jours depuis la derniere visite minimum|tage seit letztem besuch min|"
         "min tage seit letztem besuch|tage seit dem letzten besuch min"},
        {Column::DaysSinceLastVisitMax, "days since last visit max", "daysSinceLastVisitMax",
         "max days since last visit|maximum days since last visit|"
         "jours depuis la derniere visite max|jours max depuis la derniere visite|"
         "jours depuis la derniere visite maximum|tage seit letztem besuch max|"
         "max tage seit letztem besuch|tage seit dem letzten besuch max"},
        {Column::SeedSegmentId, "seed segment id", "seedSegmentId",
         "seed segment|seed|segment source|id du segment source|ausgangssegment|"
         "ausgangssegment id|seed segment-id"},
        {Column::TargetSize, "target size", "targetSize", "taille cible|zielgrosse"},
        {Column::IsReadOnly, "read only", "isReadOnly",
         "readonly|lecture seule|schreibgeschutzt|nur lesen"},
        {Column::Category, "category", "category", "categorie|kategorie"},
        {Column::StartDate, "start date", "startDate",
         "date de debut|debut|startdatum|beginn|anfangsdatum"},
        {Column::EndDate, "end date", "endDate", "date de fin|fin|enddatum|ende"},
        {Column::PointsOfInterest, "points of interest", "pointsOfInterest",
         "points d interet|orte von interesse|standorte"},
}};

const ColumnInfo &info(Column column)
{
    return columnTable[size_t(column)];
}

// ---- enums

template<typename Enum> QList<Enum> enumValues();
template<> QList<Gender> enumValues()
{
    return {Gender::Male, Gender::Female};
}
template<> QList<BuyingPower> enumValues()
{
    return {BuyingPower::Low, BuyingPower::Medium, BuyingPower::High, BuyingPower::VeryHigh};
}
template<> QList<PriceRange> enumValues()
{
    return {PriceRange::Low, PriceRange::Medium, PriceRange::High};
}
template<> QList<UsersType> enumValues()
{
    return {UsersType::Prospects, UsersType::ProspectsOrNonBuyers};
}
template<> QList<VisitorsType> enumValues()
{
    return {VisitorsType::All, VisitorsType::Buyers, VisitorsType::NonBuyers};
}
template<> QList<RegistryType> enumValues()
{
    return {RegistryType::PointOfInterest};
}
template<> QList<BehavioralCategory> enumValues()
{
    return {BehavioralCategory::Lifestyles, BehavioralCategory::LifeEvents,
            BehavioralCategory::Seasonal, BehavioralCategory::BuyingPatterns};
}
template<> QList<SegmentType> enumValues()
{
    return SegmentEnums::allSegmentTypes();
}

// "Very high", "very_high", "VERY-HIGH" -> "veryhigh".
QString enumKey(const QString &text)
{
    return DelimitedText::headerKey(text).remove(u' ');
}

template<typename Enum> std::optional<Enum> enumFrom(const QString &text)
{
    const QString key = enumKey(text);
    for (const Enum v : enumValues<Enum>())
        if (enumKey(SegmentEnums::toString(v)) == key)
            return v;
    return std::nullopt;
}

template<typename Enum> QString enumChoices()
{
    QStringList names;
    for (const Enum v : enumValues<Enum>())
        names.append(SegmentEnums::toString(v));
    return names.join(QLatin1String(", "));
}

template<typename Enum> QString enumText(const std::optional<Enum> &v)
{
    return v && *v != Enum::Unknown ? SegmentEnums::toString(*v) : QString();
}

QString notAValue(const QString &cell, const QString &choices)
{
    return tr("“%1” is not one of %2.").arg(cell, choices);
}

template<typename Enum> QString readEnum(const QString &cell, std::optional<Enum> &target)
{
    const std::optional<Enum> v = enumFrom<Enum>(cell);
    if (!v)
        return notAValue(cell, enumChoices<Enum>());
    target = v;
    return {};
}

// ---- lists

QStringList splitList(const QString &cell)
{
    QStringList items;
    for (QString item : cell.split(QRegularExpression(QStringLiteral("[;,]")))) {
        item = item.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

template<typename Enum> QString enumListText(const QList<Enum> &values)
{
    QStringList names;
    for (const Enum v : values)
        if (v != Enum::Unknown)
            names.append(SegmentEnums::toString(v));
    return names.join(u';');
}

template<typename Enum> QString readEnumList(const QString &cell, QList<Enum> &target)
{
    QList<Enum> values;
    for (const QString &item : splitList(cell)) {
        const std::optional<Enum> v = enumFrom<Enum>(item);
        if (!v)
            return notAValue(item, enumChoices<Enum>());
        if (!values.contains(*v))
            values.append(*v);
    }
    target = values;
    return {};
}

QString readIdList(const QString &cell, const QStringList &current, QStringList &target)
{
    QStringList ids;
    for (const QString &item : splitList(cell)) {
        QString error;
        const std::optional<QString> id = readId(item, &error);
        if (!id)
            return error;
        const QString recovered = recoverLeadingZeros(*id, current);
        if (!ids.contains(recovered))
            ids.append(recovered);
    }
    target = ids;
    return {};
}

// ---- numbers and dates

QString digitsOnly(QString text)
{
    for (const QChar space : {QChar(u' '), QChar(u'\u00A0'), QChar(u'\u202F')})
        text.remove(space);
    return text;
}

QString readInteger(const QString &cell, std::optional<qint64> &target)
{
    QString error;
    const std::optional<QString> digits = readId(digitsOnly(cell), &error);
    if (!digits) {
        if (cell.startsWith(u'-'))
            return tr("“%1” is negative; a whole number of 0 or more is expected.").arg(cell);
        return error.isEmpty() ? tr("“%1” is not a whole number.").arg(cell) : error;
    }
    bool ok = false;
    const qint64 value = digits->toLongLong(&ok);
    if (!ok)
        return tr("“%1” is too large.").arg(cell);
    target = value;
    return {};
}

QString readNillableInteger(const QString &cell, Nillable<qint64> &target)
{
    std::optional<qint64> value;
    const QString error = readInteger(cell, value);
    if (error.isEmpty())
        target = *value;
    return error;
}

QString dayText(const std::optional<QDateTime> &d)
{
    return d ? d->toUTC().date().toString(Qt::ISODate) : QString();
}

// Behavioral dates are days: the start at midnight, the end at the last second of its UTC day.
QString readDay(const QString &cell, std::optional<QDateTime> &target, bool endOfDay)
{
    QDate date = QDate::fromString(cell.left(10), Qt::ISODate);
    for (const char *format : {"dd/MM/yyyy", "dd.MM.yyyy", "d/M/yyyy", "d.M.yyyy"}) {
        if (date.isValid())
            break;
        date = QDate::fromString(cell, QLatin1String(format));
    }
    if (!date.isValid())
        return tr("“%1” is not a date; write it as 2025-12-31.").arg(cell);
    target = QDateTime(date, endOfDay ? QTime(23, 59, 59) : QTime(0, 0), Qt::UTC);
    return {};
}

QString readBool(const QString &cell, std::optional<bool> &target)
{
    const QString key = enumKey(cell);
    for (const char *yes : {"true", "yes", "1", "vrai", "oui", "wahr", "ja"})
        if (key == QLatin1String(yes)) {
            target = true;
            return {};
        }
    for (const char *no : {"false", "no", "0", "faux", "non", "falsch", "nein"})
        if (key == QLatin1String(no)) {
            target = false;
            return {};
        }
    return notAValue(cell, QStringLiteral("true, false"));
}

// ---- text cells

QString pointsJson(const QList<PointOfInterest> &points)
{
    QJsonArray array;
    for (const PointOfInterest &p : points) {
        QJsonObject o{{QLatin1String("name"), p.name}};
        if (p.latitude)
            o.insert(QLatin1String("latitude"), PoiParsing::roundTo5(*p.latitude));
        if (p.longitude)
            o.insert(QLatin1String("longitude"), PoiParsing::roundTo5(*p.longitude));
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString readPoints(const QString &cell, QList<PointOfInterest> &target)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(cell.toUtf8(), &error);
    if (!doc.isArray())
        return tr("The points of interest are not a JSON array of {name, latitude, longitude}.");
    QList<PointOfInterest> points;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        if (!o.value(QLatin1String("latitude")).isDouble()
            || !o.value(QLatin1String("longitude")).isDouble())
            return tr("A point of interest has no latitude or longitude.");
        points.append({o.value(QLatin1String("name")).toString(),
                       o.value(QLatin1String("latitude")).toDouble(),
                       o.value(QLatin1String("longitude")).toDouble()});
    }
    target = points;
    return {};
}

bool isClear(const QString &cell)
{
    return cell.trimmed().compare(clearKeyword(), Qt::CaseInsensitive) == 0;
}

template<typename Settings> Settings &settingsOf(std::optional<Settings> &s)
{
    if (!s)
        s = Settings();
    return *s;
}

} // namespace

QString clearKeyword()
{
    return QStringLiteral("[clear]");
}

QString header(Column column)
{
    return QLatin1String(info(column).header);
}

std::optional<Column> columnForHeader(const QString &cell)
{
    static const QHash<QString, Column> byKey = [] {
        QHash<QString, Column> h;
        for (const ColumnInfo &c : columnTable) {
            h.insert(DelimitedText::headerKey(QLatin1String(c.header)), c.column);
            h.insert(DelimitedText::headerKey(QLatin1String(c.member)), c.column);
            for (const QString &alias : QString::fromLatin1(c.aliases).split(u'|'))
                h.insert(DelimitedText::headerKey(alias), c.column);
        }
        return h;
    }();
    // "ï»¿id": a byte order mark read as Latin-1 by a tool that did not expect it.
    QString text = cell;
    if (text.startsWith(QStringLiteral("\u00EF\u00BB\u00BF")))
        text.remove(0, 3);
    const QString key = DelimitedText::headerKey(text);
    if (const auto it = byKey.constFind(key); it != byKey.constEnd())
        return *it;
    // "brand-ids", "brand_ids", "BrandIds": spaces dropped.
    QString compact = key;
    compact.remove(u' ');
    for (auto it = byKey.constBegin(); it != byKey.constEnd(); ++it) {
        QString k = it.key();
        if (k.remove(u' ') == compact)
            return it.value();
    }
    return std::nullopt;
}

bool applies(Column column, SegmentType type)
{
    switch (column) {
    case Column::Id:
    case Column::AdvertiserId:
    case Column::Type:
    case Column::Name:
    case Column::Description:
        return true;
    case Column::Country:
        return type == SegmentType::InMarket || type == SegmentType::Behavioral;
    case Column::BrandIds:
    case Column::InterestIds:
    case Column::BuyingPower:
    case Column::PriceRange:
    case Column::Gender:
        return type == SegmentType::InMarket;
    case Column::RadiusInKm:
    case Column::RegistryType:
    case Column::PointsOfInterest:
        return type == SegmentType::Location;
    case Column::UsersType:
        return type == SegmentType::Prospecting;
    case Column::VisitorsType:
        return type == SegmentType::Retargeting;
    case Column::DaysSinceLastVisitMin:
    case Column::DaysSinceLastVisitMax:
        return type == SegmentType::Prospecting || type == SegmentType::Retargeting;
    case Column::SeedSegmentId:
    case Column::TargetSize:
        return type == SegmentType::Lookalike;
    case Column::IsReadOnly:
        return type == SegmentType::ContactList;
    case Column::Category:
    case Column::StartDate:
    case Column::EndDate:
        return type == SegmentType::Behavioral;
    }
    return false;
}

bool editable(Column column, SegmentType type)
{
    if (!applies(column, type) || type == SegmentType::Unknown)
        return false;
    switch (column) {
    case Column::Id:
    case Column::AdvertiserId:
    case Column::Type:
    case Column::RegistryType:
    case Column::SeedSegmentId:
        return false;
    case Column::Name:
    case Column::Description:
        return true;
    default:
        break;
    }
    return type != SegmentType::ContactList && type != SegmentType::Behavioral;
}

bool clearable(Column column, SegmentType type)
{
    if (!editable(column, type))
        return false;
    switch (column) {
    case Column::Description:
    case Column::Gender:
    case Column::BrandIds:
    case Column::InterestIds:
    case Column::BuyingPower:
    case Column::PriceRange:
    case Column::PointsOfInterest:
        return true;
    case Column::DaysSinceLastVisitMin:
    case Column::DaysSinceLastVisitMax:
        return type == SegmentType::Prospecting;
    default:
        break;
    }
    return false;
}

QString fieldPath(Column column, SegmentType type)
{
    if (!applies(column, type))
        return {};
    switch (column) {
    case Column::Id:
    case Column::AdvertiserId:
    case Column::Type:
        return QLatin1String(info(column).member);
    case Column::Name:
    case Column::Description:
        return QLatin1String("attributes/") + QLatin1String(info(column).member);
    default:
        break;
    }
    const char *sub = "";
    switch (type) {
    case SegmentType::InMarket:
        sub = "inMarket";
        break;
    case SegmentType::Location:
        sub = "location";
        break;
    case SegmentType::Prospecting:
        sub = "prospecting";
        break;
    case SegmentType::Retargeting:
        sub = "retargeting";
        break;
    case SegmentType::Lookalike:
        sub = "lookalike";
        break;
    case SegmentType::ContactList:
        sub = "contactList";
        break;
    case SegmentType::Behavioral:
        sub = "behavioral";
        break;
    case SegmentType::Unknown:
        return {};
    }
    return QLatin1String("attributes/") + QLatin1String(sub) + QLatin1Char('/')
            + QLatin1String(info(column).member);
}

std::optional<Column> columnForPath(const QString &path)
{
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (!parts.isEmpty() && parts.front() == QLatin1String("attributes"))
        parts.removeFirst();
    if (parts.isEmpty())
        return std::nullopt;
    const QString member = parts.back();
    const bool sub = parts.size() == 2;
    if (parts.size() > 2)
        return std::nullopt;
    for (const ColumnInfo &c : columnTable) {
        const bool common = c.column <= Column::Description;
        if (member == QLatin1String(c.member) && common != sub)
            return c.column;
    }
    return std::nullopt;
}

QList<Column> columnsFor(const QList<AudienceSegment> &segments)
{
    QList<Column> columns{Column::Id, Column::AdvertiserId, Column::Type, Column::Name,
                          Column::Description};
    QList<SegmentType> present;
    for (const AudienceSegment &s : segments)
        if (!present.contains(s.type))
            present.append(s.type);
    for (const SegmentType type : SegmentEnums::allSegmentTypes()) {
        if (!present.contains(type))
            continue;
        for (const ColumnInfo &c : columnTable) {
            if (c.column != Column::PointsOfInterest && applies(c.column, type)
                && !columns.contains(c.column))
                columns.append(c.column);
        }
    }
    return columns;
}

QString cellText(const AudienceSegment &s, Column column, bool clearedAsKeyword)
{
    if (!applies(column, s.type))
        return {};
    const QString cleared = clearedAsKeyword ? clearKeyword() : QString();
    const auto list = [&](const QString &joined) { return joined.isEmpty() ? cleared : joined; };
    const auto nillableNumber = [&](const Nillable<qint64> &n) {
        return n.isCleared() ? cleared : n.hasValue() ? QString::number(n.value()) : QString();
    };
    const auto number
            = [](const std::optional<qint64> &n) { return n ? QString::number(*n) : QString(); };
    const InMarketSettings inMarket = s.inMarket.value_or(InMarketSettings());
    const ProspectingSettings prospecting = s.prospecting.value_or(ProspectingSettings());
    const RetargetingSettings retargeting = s.retargeting.value_or(RetargetingSettings());
    switch (column) {
    case Column::Id:
        return s.id;
    case Column::AdvertiserId:
        return s.advertiserId;
    case Column::Type:
        return s.type == SegmentType::Unknown ? QString() : SegmentEnums::toString(s.type);
    case Column::Name:
        return s.name.value_or(QString());
    case Column::Description:
        return s.description.isCleared() ? cleared : s.description.valueOr(QString());
    case Column::Country:
        return (s.type == SegmentType::InMarket
                        ? inMarket.country
                        : s.behavioral.value_or(BehavioralSettings()).country)
                .value_or(QString());
    case Column::BrandIds:
        return list(inMarket.brandIds.join(u';'));
    case Column::InterestIds:
        return list(inMarket.interestIds.join(u';'));
    case Column::BuyingPower:
        return list(enumListText(inMarket.buyingPower));
    case Column::PriceRange:
        return list(enumListText(inMarket.priceRange));
    case Column::Gender:
        return inMarket.gender.isCleared()   ? cleared
                : inMarket.gender.hasValue() ? enumText(std::optional(inMarket.gender.value()))
                                             : QString();
    case Column::RadiusInKm:
        return number(s.location.value_or(LocationSettings()).radiusInKm);
    case Column::RegistryType:
        return enumText(s.location.value_or(LocationSettings()).registryType);
    case Column::PointsOfInterest:
        return s.location && !s.location->pointsOfInterest.isEmpty()
                ? pointsJson(s.location->pointsOfInterest)
                : cleared;
    case Column::UsersType:
        return enumText(prospecting.usersType);
    case Column::VisitorsType:
        return enumText(retargeting.visitorsType);
    case Column::DaysSinceLastVisitMin:
        return s.type == SegmentType::Prospecting
                ? nillableNumber(prospecting.daysSinceLastVisitMin)
                : number(retargeting.daysSinceLastVisitMin);
    case Column::DaysSinceLastVisitMax:
        return s.type == SegmentType::Prospecting
                ? nillableNumber(prospecting.daysSinceLastVisitMax)
                : number(retargeting.daysSinceLastVisitMax);
    case Column::SeedSegmentId:
        return s.lookalike.value_or(LookalikeSettings()).seedSegmentId.value_or(QString());
    case Column::TargetSize:
        return number(s.lookalike.value_or(LookalikeSettings()).targetSize);
    case Column::IsReadOnly: {
        const std::optional<bool> v = s.contactList.value_or(ContactListSettings()).isReadOnly;
        return v ? (*v ? QStringLiteral("true") : QStringLiteral("false")) : QString();
    }
    case Column::Category:
        return enumText(std::optional(s.behavioral.value_or(BehavioralSettings()).category));
    case Column::StartDate:
        return dayText(s.behavioral.value_or(BehavioralSettings()).startDate);
    case Column::EndDate:
        return dayText(s.behavioral.value_or(BehavioralSettings()).endDate);
    }
    return {};
}

QString readCell(const QString &rawCell, Column column, const AudienceSegment &current,
                 AudienceSegment &segment)
{
    const QString cell = rawCell.trimmed();
    if (const QString error = spreadsheetError(cell); !error.isEmpty())
        return error;
    AudienceSegment s = segment;
    QString error;
    if (isClear(cell)) {
        if (!clearable(column, s.type))
            return tr("This field cannot be cleared; leave the cell empty to keep its value.");
        switch (column) {
        case Column::Description:
            s.description.clear();
            break;
        case Column::Gender:
            settingsOf(s.inMarket).gender.clear();
            break;
        case Column::BrandIds:
            settingsOf(s.inMarket).brandIds.clear();
            break;
        case Column::InterestIds:
            settingsOf(s.inMarket).interestIds.clear();
            break;
        case Column::BuyingPower:
            settingsOf(s.inMarket).buyingPower.clear();
            break;
        case Column::PriceRange:
            settingsOf(s.inMarket).priceRange.clear();
            break;
        case Column::PointsOfInterest:
            settingsOf(s.location).pointsOfInterest.clear();
            break;
        case Column::DaysSinceLastVisitMin:
            settingsOf(s.prospecting).daysSinceLastVisitMin.clear();
            break;
        case Column::DaysSinceLastVisitMax:
            settingsOf(s.prospecting).daysSinceLastVisitMax.clear();
            break;
        default:
            break;
        }
        segment = s;
        return {};
    }
    const InMarketSettings currentInMarket = current.inMarket.value_or(InMarketSettings());
    switch (column) {
    case Column::Id:
    case Column::AdvertiserId: {
        const std::optional<QString> id = readId(cell, &error);
        if (id)
            (column == Column::Id ? s.id : s.advertiserId) = *id;
        break;
    }
    case Column::Type: {
        std::optional<SegmentType> type;
        error = readEnum(cell, type);
        if (type)
            s.type = *type;
        break;
    }
    case Column::Name:
        s.name = unprotectText(rawCell);
        break;
    case Column::Description:
        s.description = unprotectText(rawCell);
        break;
    case Column::Country:
        if (s.type == SegmentType::InMarket)
            settingsOf(s.inMarket).country = cell.toUpper();
        else
            settingsOf(s.behavioral).country = cell.toUpper();
        break;
    case Column::BrandIds:
        error = readIdList(cell, currentInMarket.brandIds, settingsOf(s.inMarket).brandIds);
        break;
    case Column::InterestIds:
        error = readIdList(cell, currentInMarket.interestIds, settingsOf(s.inMarket).interestIds);
        break;
    case Column::BuyingPower:
        error = readEnumList(cell, settingsOf(s.inMarket).buyingPower);
        break;
    case Column::PriceRange:
        error = readEnumList(cell, settingsOf(s.inMarket).priceRange);
        break;
    case Column::Gender: {
        std::optional<Gender> gender;
        error = readEnum(cell, gender);
        if (gender)
            settingsOf(s.inMarket).gender = *gender;
        break;
    }
    case Column::RadiusInKm:
        error = readInteger(cell, settingsOf(s.location).radiusInKm);
        break;
    case Column::RegistryType:
        error = readEnum(cell, settingsOf(s.location).registryType);
        break;
    case Column::PointsOfInterest:
        error = readPoints(cell, settingsOf(s.location).pointsOfInterest);
        break;
    case Column::UsersType:
        error = readEnum(cell, settingsOf(s.prospecting).usersType);
        break;
    case Column::VisitorsType:
        error = readEnum(cell, settingsOf(s.retargeting).visitorsType);
        break;
    case Column::DaysSinceLastVisitMin:
        error = s.type == SegmentType::Prospecting
                ? readNillableInteger(cell, settingsOf(s.prospecting).daysSinceLastVisitMin)
                : readInteger(cell, settingsOf(s.retargeting).daysSinceLastVisitMin);
        break;
    case Column::DaysSinceLastVisitMax:
        error = s.type == SegmentType::Prospecting
                ? readNillableInteger(cell, settingsOf(s.prospecting).daysSinceLastVisitMax)
                : readInteger(cell, settingsOf(s.retargeting).daysSinceLastVisitMax);
        break;
    case Column::SeedSegmentId: {
        const std::optional<QString> id = readId(cell, &error);
        if (id)
            settingsOf(s.lookalike).seedSegmentId
                    = recoverLeadingZeros(*id,
                                          {current.lookalike.value_or(LookalikeSettings())
                                                   .seedSegmentId.value_or(QString())});
        break;
    }
    case Column::TargetSize:
        error = readInteger(cell, settingsOf(s.lookalike).targetSize);
        break;
    case Column::IsReadOnly:
        error = readBool(cell, settingsOf(s.contactList).isReadOnly);
        break;
    case Column::Category: {
        std::optional<BehavioralCategory> category;
        error = readEnum(cell, category);
        if (category)
            settingsOf(s.behavioral).category = *category;
        break;
    }
    case Column::StartDate:
        error = readDay(cell, settingsOf(s.behavioral).startDate, false);
        break;
    case Column::EndDate:
        error = readDay(cell, settingsOf(s.behavioral).endDate, true);
        break;
    }
    if (error.isEmpty())
        segment = s;
    return error;
}

} // namespace SegmentSheet
