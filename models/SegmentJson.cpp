#include "SegmentJson.h"

#include <QCoreApplication>
#include <QVariant>

#include <cmath>

namespace SegmentJson {
namespace {

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QCoreApplication::translate("SegmentJson", "true or false");
    case QJsonValue::Double:
        return QCoreApplication::translate("SegmentJson", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("SegmentJson", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("SegmentJson", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("SegmentJson", "an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("SegmentJson", "nothing");
}

QString wrongType(const QString &expected, const QJsonValue &found)
{
    return QCoreApplication::translate("SegmentJson", "Expected %1, found %2.")
            .arg(expected, describe(found));
}

// A JSON value and where it sits in the document.
struct Node
{
    QJsonValue value;
    QString path;

    Node member(const char *key) const
    {
        const QLatin1String k(key);
        return {value.toObject().value(k),
                path.isEmpty() ? QString(k) : path + QLatin1Char('/') + k};
    }
    Node item(qsizetype i) const
    {
        const QString index = QString::number(i);
        return {value.toArray().at(i), path.isEmpty() ? index : path + QLatin1Char('/') + index};
    }
};

// Reads the values of one document. Missing members and null read as "nothing" without complaint
// (the API may send null anywhere); a value of another JSON type is recorded as an issue at its
// path and reads as nothing too, so no field is ever silently defaulted from a wrong value.
class Reader
{
public:
    explicit Reader(ParseIssues *issues)
        : m_issues(issues)
    { }

    void issue(const QString &path, const QString &message)
    {
        if (m_issues)
            m_issues->append({path, message});
    }

    bool isObject(const Node &n)
    {
        return expect(n, QJsonValue::Object,
                      QCoreApplication::translate("SegmentJson", "an object"));
    }

    std::optional<QString> string(const Node &n)
    {
        if (!expect(n, QJsonValue::String, QCoreApplication::translate("SegmentJson", "a string")))
            return std::nullopt;
        return n.value.toString();
    }

    std::optional<bool> boolean(const Node &n)
    {
        if (!expect(n, QJsonValue::Bool,
                    QCoreApplication::translate("SegmentJson", "true or false")))
            return std::nullopt;
        return n.value.toBool();
    }

    std::optional<double> number(const Node &n)
    {
        if (!expect(n, QJsonValue::Double, QCoreApplication::translate("SegmentJson", "a number")))
            return std::nullopt;
        return n.value.toDouble();
    }

    // A whole number within int64. Qt keeps integral JSON numbers as qint64 already; anything
    // else arrives as a double and is accepted only when it is integral and within range.
    std::optional<qint64> integer(const Node &n)
    {
        if (!expect(n, QJsonValue::Double,
                    QCoreApplication::translate("SegmentJson", "a whole number")))
            return std::nullopt;
        const QVariant variant = n.value.toVariant();
        if (variant.typeId() == QMetaType::LongLong)
            return variant.toLongLong();
        const double d = n.value.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d) {
            issue(n.path,
                  QCoreApplication::translate("SegmentJson", "Expected a whole number, found %1.")
                          .arg(d));
            return std::nullopt;
        }
        // 2^63 is exactly representable as a double; every double in [-2^63, 2^63) fits.
        if (d >= 9223372036854775808.0 || d < -9223372036854775808.0) {
            issue(n.path,
                  QCoreApplication::translate("SegmentJson",
                                              "%1 is outside the range of a 64-bit integer.")
                          .arg(d));
            return std::nullopt;
        }
        return static_cast<qint64>(d);
    }

    // ISO 8601; the API speaks UTC, so a time without an offset is taken as UTC, never as local.
    std::optional<QDateTime> dateTime(const Node &n)
    {
        const std::optional<QString> text = string(n);
        if (!text)
            return std::nullopt;
        const QDateTime parsed = QDateTime::fromString(*text, Qt::ISODateWithMs);
        if (!parsed.isValid()) {
            issue(n.path,
                  QCoreApplication::translate("SegmentJson",
                                              "“%1” is not an ISO 8601 date and time.")
                          .arg(*text));
            return std::nullopt;
        }
        if (parsed.timeSpec() == Qt::LocalTime)
            return QDateTime(parsed.date(), parsed.time(), Qt::UTC);
        return parsed.toUTC();
    }

    // Text that is not one of the enum's wire names reads as Unknown (a newer API value).
    template<typename Enum>
    std::optional<Enum> enumeration(const Node &n, Enum (*fromString)(const QString &))
    {
        const std::optional<QString> text = string(n);
        if (!text)
            return std::nullopt;
        return fromString(*text);
    }

    // Missing: unset; null: cleared; a value: read by `read`, unset when it has the wrong type.
    template<typename T, typename Read> Nillable<T> nillable(const Node &n, Read read)
    {
        if (n.value.isUndefined())
            return {};
        if (n.value.isNull())
            return Nillable<T>::cleared();
        const std::optional<T> value = read(n);
        return value ? Nillable<T>(*value) : Nillable<T>();
    }

    // Null items are skipped (null is accepted anywhere); wrong-typed items are issues.
    template<typename T, typename Read> QList<T> list(const Node &n, Read read)
    {
        QList<T> result;
        if (!expect(n, QJsonValue::Array, QCoreApplication::translate("SegmentJson", "an array")))
            return result;
        const qsizetype count = n.value.toArray().size();
        for (qsizetype i = 0; i < count; ++i) {
            if (const std::optional<T> item = read(n.item(i)))
                result.append(*item);
        }
        return result;
    }

    QStringList stringList(const Node &n)
    {
        return list<QString>(n, [this](const Node &item) { return string(item); });
    }

    template<typename Enum> QList<Enum> enumList(const Node &n, Enum (*fromString)(const QString &))
    {
        return list<Enum>(
                n, [this, fromString](const Node &item) { return enumeration(item, fromString); });
    }

private:
    // True when the value has type `type`; false for missing or null (quietly) and for any other
    // type (with an issue naming what was expected).
    bool expect(const Node &n, QJsonValue::Type type, const QString &expected)
    {
        if (n.value.type() == type)
            return true;
        if (!n.value.isNull() && !n.value.isUndefined())
            issue(n.path, wrongType(expected, n.value));
        return false;
    }

    ParseIssues *m_issues;
};

// The readers of each sub-object below are called with a node already known to be an object.

InMarketSettings readInMarket(Reader &r, const Node &n)
{
    InMarketSettings s;
    s.country = r.string(n.member("country"));
    s.brandIds = r.stringList(n.member("brandIds"));
    s.interestIds = r.stringList(n.member("interestIds"));
    s.buyingPower = r.enumList(n.member("buyingPower"), &SegmentEnums::buyingPowerFromString);
    s.priceRange = r.enumList(n.member("priceRange"), &SegmentEnums::priceRangeFromString);
    s.gender = r.nillable<Gender>(n.member("gender"), [&r](const Node &v) {
        return r.enumeration(v, &SegmentEnums::genderFromString);
    });
    return s;
}

std::optional<PointOfInterest> readPointOfInterest(Reader &r, const Node &n)
{
    if (!r.isObject(n))
        return std::nullopt;
    PointOfInterest poi;
    poi.name = r.string(n.member("name")).value_or(QString());
    poi.latitude = r.number(n.member("latitude"));
    poi.longitude = r.number(n.member("longitude"));
    return poi;
}

LocationSettings readLocation(Reader &r, const Node &n)
{
    LocationSettings s;
    s.pointsOfInterest = r.list<PointOfInterest>(n.member("pointsOfInterest"), [&r](const Node &v) {
        return readPointOfInterest(r, v);
    });
    s.radiusInKm = r.integer(n.member("radiusInKm"));
    s.registryType = r.enumeration(n.member("registryType"), &SegmentEnums::registryTypeFromString);
    return s;
}

Nillable<qint64> readNillableInteger(Reader &r, const Node &n)
{
    return r.nillable<qint64>(n, [&r](const Node &v) { return r.integer(v); });
}

ProspectingSettings readProspecting(Reader &r, const Node &n)
{
    ProspectingSettings s;
    s.usersType = r.enumeration(n.member("usersType"), &SegmentEnums::usersTypeFromString);
    s.daysSinceLastVisitMin = readNillableInteger(r, n.member("daysSinceLastVisitMin"));
    s.daysSinceLastVisitMax = readNillableInteger(r, n.member("daysSinceLastVisitMax"));
    return s;
}

RetargetingSettings readRetargeting(Reader &r, const Node &n)
{
    RetargetingSettings s;
    s.visitorsType = r.enumeration(n.member("visitorsType"), &SegmentEnums::visitorsTypeFromString);
    s.daysSinceLastVisitMin = r.integer(n.member("daysSinceLastVisitMin"));
    s.daysSinceLastVisitMax = r.integer(n.member("daysSinceLastVisitMax"));
    return s;
}

LookalikeSettings readLookalike(Reader &r, const Node &n)
{
    LookalikeSettings s;
    s.seedSegmentId = r.string(n.member("seedSegmentId"));
    s.targetSize = r.integer(n.member("targetSize"));
    return s;
}

ContactListSettings readContactList(Reader &r, const Node &n)
{
    ContactListSettings s;
    s.isReadOnly = r.boolean(n.member("isReadOnly"));
    return s;
}

BehavioralSettings readBehavioral(Reader &r, const Node &n)
{
    BehavioralSettings s;
    s.category = r.enumeration(n.member("category"), &SegmentEnums::behavioralCategoryFromString)
                         .value_or(BehavioralCategory::Unknown);
    s.country = r.string(n.member("country"));
    s.startDate = r.dateTime(n.member("startDate"));
    s.endDate = r.dateTime(n.member("endDate"));
    return s;
}

// Fills `target` from the sub-object `n`, or leaves it unset when `n` is missing, null or not an
// object.
template<typename Settings>
void readSettings(Reader &r, const Node &n, std::optional<Settings> &target,
                  Settings (*read)(Reader &, const Node &))
{
    if (r.isObject(n))
        target = read(r, n);
}

void readAttributes(Reader &r, const Node &n, AudienceSegment &s)
{
    s.advertiserId = r.string(n.member("advertiserId")).value_or(QString());
    s.type = r.enumeration(n.member("type"), &SegmentEnums::segmentTypeFromString)
                     .value_or(SegmentType::Unknown);
    s.name = r.string(n.member("name"));
    s.description = r.nillable<QString>(n.member("description"),
                                        [&r](const Node &v) { return r.string(v); });
    s.createdAt = r.dateTime(n.member("createdAt"));
    s.updatedAt = r.dateTime(n.member("updatedAt"));
    readSettings(r, n.member("inMarket"), s.inMarket, &readInMarket);
    readSettings(r, n.member("location"), s.location, &readLocation);
    readSettings(r, n.member("prospecting"), s.prospecting, &readProspecting);
    readSettings(r, n.member("retargeting"), s.retargeting, &readRetargeting);
    readSettings(r, n.member("lookalike"), s.lookalike, &readLookalike);
    readSettings(r, n.member("contactList"), s.contactList, &readContactList);
    readSettings(r, n.member("behavioral"), s.behavioral, &readBehavioral);
}

std::optional<AudienceSegment> readSegment(Reader &r, const Node &n)
{
    if (!r.isObject(n))
        return std::nullopt;
    AudienceSegment s;
    s.id = r.string(n.member("id")).value_or(QString());
    // The resource type is always "AudienceSegment": only its JSON type is checked.
    r.string(n.member("type"));
    const Node attributes = n.member("attributes");
    if (r.isObject(attributes))
        readAttributes(r, attributes, s);
    return s;
}

std::optional<Problem> readProblem(Reader &r, const Node &n, Problem::Severity severity)
{
    if (!r.isObject(n))
        return std::nullopt;
    Problem p;
    p.severity = severity;
    p.origin = Problem::Origin::Server;
    const auto text = [&](const char *key) { return r.string(n.member(key)).value_or(QString()); };
    p.type = text("type");
    p.code = text("code");
    p.title = text("title");
    p.detail = text("detail");
    p.instance = text("instance");
    p.stackTrace = text("stackTrace");
    p.traceId = text("traceId");
    const QString traceIdentifier = text("traceIdentifier");
    if (p.traceId.isEmpty())
        p.traceId = traceIdentifier;

    const Node source = n.member("source");
    if (r.isObject(source)) {
        const QStringList keys = source.value.toObject().keys();
        for (const QString &key : keys) {
            const Node where{source.value.toObject().value(key),
                             source.path + QLatin1Char('/') + key};
            if (const std::optional<QString> path = r.string(where))
                p.source.insert(key, *path);
        }
    }
    return p;
}

ProblemList readProblems(Reader &r, const Node &n, Problem::Severity severity)
{
    return r.list<Problem>(
            n, [&r, severity](const Node &item) { return readProblem(r, item, severity); });
}

PageMeta readMeta(Reader &r, const Node &n)
{
    PageMeta meta;
    if (!r.isObject(n))
        return meta;
    meta.limit = r.integer(n.member("limit"));
    meta.offset = r.integer(n.member("offset"));
    meta.totalItems = r.integer(n.member("totalItems"));
    return meta;
}

// Writing: unset optionals are omitted, cleared nillables are written as null.

template<typename T, typename ToJson>
void putOptional(QJsonObject &o, QLatin1String key, const std::optional<T> &value, ToJson toJson)
{
    if (value)
        o.insert(key, toJson(*value));
}

template<typename T, typename ToJson>
void putNillable(QJsonObject &o, QLatin1String key, const Nillable<T> &value, ToJson toJson)
{
    if (value.hasValue())
        o.insert(key, toJson(value.value()));
    else if (value.isCleared())
        o.insert(key, QJsonValue(QJsonValue::Null));
}

template<typename T, typename ToJson> QJsonArray arrayJson(const QList<T> &items, ToJson toJson)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toJson(item));
    return array;
}

QJsonValue stringJson(const QString &s)
{
    return s;
}

QJsonValue integerJson(qint64 v)
{
    return QJsonValue(v);
}

// JSON has no NaN or infinity: such a coordinate is written as null (the validator flags it).
QJsonValue numberJson(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateJson(const QDateTime &d)
{
    return d.toUTC().toString(Qt::ISODateWithMs);
}

template<typename Enum> QJsonValue enumJson(Enum v)
{
    return SegmentEnums::toString(v);
}

QJsonObject inMarketJson(const InMarketSettings &s)
{
    QJsonObject o;
    putOptional(o, QLatin1String("country"), s.country, &stringJson);
    o.insert(QLatin1String("brandIds"), arrayJson(s.brandIds, &stringJson));
    o.insert(QLatin1String("interestIds"), arrayJson(s.interestIds, &stringJson));
    o.insert(QLatin1String("buyingPower"), arrayJson(s.buyingPower, &enumJson<BuyingPower>));
    o.insert(QLatin1String("priceRange"), arrayJson(s.priceRange, &enumJson<PriceRange>));
    putNillable(o, QLatin1String("gender"), s.gender, &enumJson<Gender>);
    return o;
}

QJsonValue pointOfInterestJson(const PointOfInterest &poi)
{
    QJsonObject o;
    if (!poi.name.isEmpty())
        o.insert(QLatin1String("name"), poi.name);
    putOptional(o, QLatin1String("latitude"), poi.latitude, &numberJson);
    putOptional(o, QLatin1String("longitude"), poi.longitude, &numberJson);
    return o;
}

QJsonObject locationJson(const LocationSettings &s)
{
    QJsonObject o;
    o.insert(QLatin1String("pointsOfInterest"),
             arrayJson(s.pointsOfInterest, &pointOfInterestJson));
    putOptional(o, QLatin1String("radiusInKm"), s.radiusInKm, &integerJson);
    putOptional(o, QLatin1String("registryType"), s.registryType, &enumJson<RegistryType>);
    return o;
}

QJsonObject prospectingJson(const ProspectingSettings &s)
{
    QJsonObject o;
    putOptional(o, QLatin1String("usersType"), s.usersType, &enumJson<UsersType>);
    putNillable(o, QLatin1String("daysSinceLastVisitMin"), s.daysSinceLastVisitMin, &integerJson);
    putNillable(o, QLatin1String("daysSinceLastVisitMax"), s.daysSinceLastVisitMax, &integerJson);
    return o;
}

QJsonObject retargetingJson(const RetargetingSettings &s)
{
    QJsonObject o;
    putOptional(o, QLatin1String("visitorsType"), s.visitorsType, &enumJson<VisitorsType>);
    putOptional(o, QLatin1String("daysSinceLastVisitMin"), s.daysSinceLastVisitMin, &integerJson);
    putOptional(o, QLatin1String("daysSinceLastVisitMax"), s.daysSinceLastVisitMax, &integerJson);
    return o;
}

QJsonObject lookalikeJson(const LookalikeSettings &s)
{
    QJsonObject o;
    putOptional(o, QLatin1String("seedSegmentId"), s.seedSegmentId, &stringJson);
    putOptional(o, QLatin1String("targetSize"), s.targetSize, &integerJson);
    return o;
}

QJsonObject contactListJson(const ContactListSettings &s)
{
    QJsonObject o;
    putOptional(o, QLatin1String("isReadOnly"), s.isReadOnly, [](bool b) { return QJsonValue(b); });
    return o;
}

QJsonObject behavioralJson(const BehavioralSettings &s)
{
    QJsonObject o;
    o.insert(QLatin1String("category"), enumJson(s.category));
    putOptional(o, QLatin1String("country"), s.country, &stringJson);
    putOptional(o, QLatin1String("startDate"), s.startDate, &dateJson);
    putOptional(o, QLatin1String("endDate"), s.endDate, &dateJson);
    return o;
}

QJsonObject attributesJson(const AudienceSegment &s)
{
    QJsonObject o;
    if (!s.advertiserId.isEmpty())
        o.insert(QLatin1String("advertiserId"), s.advertiserId);
    o.insert(QLatin1String("type"), enumJson(s.type));
    putOptional(o, QLatin1String("name"), s.name, &stringJson);
    putNillable(o, QLatin1String("description"), s.description, &stringJson);
    putOptional(o, QLatin1String("createdAt"), s.createdAt, &dateJson);
    putOptional(o, QLatin1String("updatedAt"), s.updatedAt, &dateJson);
    putOptional(o, QLatin1String("inMarket"), s.inMarket, &inMarketJson);
    putOptional(o, QLatin1String("location"), s.location, &locationJson);
    putOptional(o, QLatin1String("prospecting"), s.prospecting, &prospectingJson);
    putOptional(o, QLatin1String("retargeting"), s.retargeting, &retargetingJson);
    putOptional(o, QLatin1String("lookalike"), s.lookalike, &lookalikeJson);
    putOptional(o, QLatin1String("contactList"), s.contactList, &contactListJson);
    putOptional(o, QLatin1String("behavioral"), s.behavioral, &behavioralJson);
    return o;
}

} // namespace

AudienceSegment parseSegmentResource(const QJsonValue &value, ParseIssues *issues,
                                     const QString &path)
{
    Reader r(issues);
    return readSegment(r, Node{value, path}).value_or(AudienceSegment());
}

SegmentListResponse parseSegmentListResponse(const QJsonValue &body)
{
    SegmentListResponse response;
    Reader r(&response.issues);
    if (!body.isObject()) {
        r.issue(QString(),
                wrongType(QCoreApplication::translate("SegmentJson", "an object"), body));
        return response;
    }
    const Node root{body, QString()};
    response.data = r.list<AudienceSegment>(
            root.member("data"), [&r](const Node &item) { return readSegment(r, item); });
    response.errors = readProblems(r, root.member("errors"), Problem::Severity::Error);
    response.warnings = readProblems(r, root.member("warnings"), Problem::Severity::Warning);
    response.meta = readMeta(r, root.member("meta"));
    return response;
}

Problem parseProblem(const QJsonValue &value, Problem::Severity severity, ParseIssues *issues,
                     const QString &path)
{
    Reader r(issues);
    if (std::optional<Problem> p = readProblem(r, Node{value, path}, severity))
        return *p;
    Problem p;
    p.severity = severity;
    p.origin = Problem::Origin::Server;
    return p;
}

QJsonObject toResource(const AudienceSegment &segment)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), segment.id);
    o.insert(QLatin1String("type"), QLatin1String("AudienceSegment"));
    o.insert(QLatin1String("attributes"), attributesJson(segment));
    return o;
}

QJsonObject toJson(const Problem &problem)
{
    QJsonObject o;
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("type", problem.type);
    put("code", problem.code);
    put("title", problem.title);
    put("detail", problem.detail);
    put("instance", problem.instance);
    put("stackTrace", problem.stackTrace);
    put("traceId", problem.traceId);
    if (!problem.source.isEmpty()) {
        QJsonObject source;
        for (auto it = problem.source.constBegin(); it != problem.source.constEnd(); ++it)
            source.insert(it.key(), it.value());
        o.insert(QLatin1String("source"), source);
    }
    return o;
}

QJsonValue valueAt(const QJsonObject &object, const QString &path)
{
    QJsonValue current = object;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (current.isObject()) {
            const QJsonObject o = current.toObject();
            if (!o.contains(part))
                return QJsonValue(QJsonValue::Undefined);
            current = o.value(part);
        } else if (current.isArray()) {
            bool ok = false;
            const int index = part.toInt(&ok);
            const QJsonArray a = current.toArray();
            if (!ok || index < 0 || index >= a.size())
                return QJsonValue(QJsonValue::Undefined);
            current = a.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

} // namespace SegmentJson
