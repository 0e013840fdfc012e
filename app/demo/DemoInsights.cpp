#include "DemoInsights.h"

#include "DemoProblems.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

// FNV-1a: the same number for the same id on every run and machine.
quint32 stableHash(const QString &text)
{
    quint32 h = 2166136261u;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

DemoResponse problem(int status, const QString &type, const QString &code, const QString &title,
                     const QString &detail, const QString &traceId, const QJsonObject &source = {})
{
    return DemoProblems::errorResponse(
            status, DemoProblems::make(type, code, title, detail, traceId, QString(), source));
}

DemoResponse badBody(const QString &detail, const QString &traceId, const QString &field = {})
{
    return problem(400, QStringLiteral("validation"), QStringLiteral("invalid-body"),
                   QCoreApplication::translate("DemoInsights", "Invalid request body"), detail,
                   traceId, field.isEmpty() ? QJsonObject() : DemoProblems::fieldSource(field));
}

// The body as a JSON object; nothing with `error` set to the 415 or 400 to send.
std::optional<QJsonObject> jsonBody(const RecordedRequest &request, const QString &traceId,
                                    DemoResponse *error)
{
    const QByteArray type = request.header("Content-Type").split(';').first().trimmed();
    if (type.compare("application/json", Qt::CaseInsensitive) != 0) {
        *error = problem(415, QStringLiteral("validation"),
                         QStringLiteral("unsupported-media-type"),
                         QCoreApplication::translate("DemoInsights", "Unsupported media type"),
                         QCoreApplication::translate("DemoInsights",
                                                     "Send the body as application/json, not “%1”.")
                                 .arg(QString::fromLatin1(request.header("Content-Type"))),
                         traceId);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = badBody(
                QCoreApplication::translate("DemoInsights", "The body must be a JSON object."),
                traceId);
        return std::nullopt;
    }
    return doc.object();
}

// The first key of `o` not in `allowed`, as a 400; nothing when all are known.
std::optional<DemoResponse> unknownKey(const QJsonObject &o, const QStringList &allowed,
                                       const QString &path, const QString &traceId)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (allowed.contains(it.key()))
            continue;
        const QString field = path.isEmpty() ? it.key() : path + QLatin1Char('/') + it.key();
        return problem(
                400, QStringLiteral("validation"), QStringLiteral("unknown-property"),
                QCoreApplication::translate("DemoInsights", "Unknown property"),
                QCoreApplication::translate("DemoInsights", "“%1” is not part of this request.")
                        .arg(field),
                traceId, DemoProblems::fieldSource(field));
    }
    return std::nullopt;
}

int countryFactor(const QString &country)
{
    if (country.size() != 2)
        return 100;
    return 40 + (country.at(0).unicode() * 31 + country.at(1).unicode()) % 80;
}

std::optional<qint64> inMarketSize(const DemoData &data, const QJsonObject &s, QString *why)
{
    qint64 base = 0;
    const QJsonArray brandIds = s.value(QLatin1String("brandIds")).toArray();
    const QList<DemoData::Brand> brands = data.brands();
    for (const QJsonValue &id : brandIds)
        for (const DemoData::Brand &b : brands)
            if (b.id == id.toString())
                base += b.size / 4;
    const qsizetype interests = s.value(QLatin1String("interestIds")).toArray().size();
    base += qint64(interests) * 180000;
    if (base == 0) {
        if (why)
            *why = QCoreApplication::translate(
                    "DemoInsights",
                    "An in-market segment without brands or interests cannot be sized.");
        return std::nullopt;
    }
    double size = double(base) * countryFactor(s.value(QLatin1String("country")).toString()) / 100;
    const qsizetype powers = s.value(QLatin1String("buyingPower")).toArray().size();
    if (powers > 0)
        size *= double(powers) / 4;
    const qsizetype prices = s.value(QLatin1String("priceRange")).toArray().size();
    if (prices > 0)
        size *= double(prices) / 3;
    if (s.value(QLatin1String("gender")).isString()
        || s.value(QLatin1String("gender")).toObject().value(QLatin1String("value")).isString())
        size *= 0.5;
    return qint64(size);
}

std::optional<qint64> locationSize(const QJsonObject &s, QString *why)
{
    const QJsonArray points = s.value(QLatin1String("pointsOfInterest")).toArray();
    const double radius = s.value(QLatin1String("radiusInKm")).toDouble();
    if (points.isEmpty() || radius <= 0) {
        if (why)
            *why = QCoreApplication::translate(
                    "DemoInsights",
                    "A location segment needs points of interest and a radius to be sized.");
        return std::nullopt;
    }
    // People per km² around each point: 400 to 3 000, fixed by its coordinates (a city centre and
    // a suburb differ; the same point always counts the same).
    double people = 0;
    for (const QJsonValue &point : points) {
        const QJsonObject p = point.toObject();
        const QString where = QString::number(p.value(QLatin1String("latitude")).toDouble(), 'f', 3)
                + QLatin1Char(',')
                + QString::number(p.value(QLatin1String("longitude")).toDouble(), 'f', 3);
        people += (400 + stableHash(where) % 2601) * M_PI * radius * radius;
    }
    return qint64(people);
}

// Days of a window: max - min, 180 without a maximum.
double windowShare(const QJsonObject &s)
{
    const auto number = [&s](const char *key) -> std::optional<double> {
        QJsonValue v = s.value(QLatin1String(key));
        if (v.isObject())
            v = v.toObject().value(QLatin1String("value"));
        return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    };
    const double min = number("daysSinceLastVisitMin").value_or(0);
    const double max = number("daysSinceLastVisitMax").value_or(180);
    return qBound(1.0, max - min, 365.0) / 180;
}

QJsonObject sizeResource(const QString &id, const QJsonValue &size)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("type"), QStringLiteral("AudienceSegmentSize")},
                       {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("size"), size}}}};
}

// limit (0..100, default 50) and offset (>= 0); a 400 in `error` when wrong.
bool paging(const RecordedRequest &request, const QString &traceId, int *limit, int *offset,
            DemoResponse *error)
{
    int values[2] = {50, 0};
    const char *names[2] = {"limit", "offset"};
    for (int i = 0; i < 2; ++i) {
        const QString name = QLatin1String(names[i]);
        if (!request.query.hasQueryItem(name))
            continue;
        bool ok = false;
        const int value = request.query.queryItemValue(name).toInt(&ok);
        if (!ok || value < 0 || (i == 0 && value > 100)) {
            *error = problem(
                    400, QStringLiteral("validation"), QStringLiteral("out-of-range"),
                    QCoreApplication::translate("DemoInsights", "Value out of range"),
                    i == 0 ? QCoreApplication::translate(
                            "DemoInsights", "limit must be an integer between 0 and 100.")
                           : QCoreApplication::translate(
                                   "DemoInsights", "offset must be an integer, not negative."),
                    traceId, DemoProblems::parameterSource(name));
            return false;
        }
        values[i] = value;
    }
    *limit = values[0];
    *offset = values[1];
    return true;
}

QJsonObject audienceResource(const DemoData::Audience &a)
{
    return QJsonObject{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("type"), QStringLiteral("Audience")},
            {QStringLiteral("attributes"),
             QJsonObject{
                     {QStringLiteral("advertiserId"), a.advertiserId},
                     {QStringLiteral("name"), a.name},
                     {QStringLiteral("description"), QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("adSetIds"), QJsonArray::fromStringList(a.adSetIds)},
                     {QStringLiteral("algebra"), a.algebra},
                     {QStringLiteral("createdAt"), QStringLiteral("2025-06-02T09:00:00.000Z")},
                     {QStringLiteral("updatedAt"), QStringLiteral("2025-09-15T14:30:00.000Z")}}}};
}

QJsonObject leaf(const QString &segmentId)
{
    return QJsonObject{{QStringLiteral("audienceSegmentId"), segmentId}};
}

} // namespace

void DemoData::setAudiences(const QList<Audience> &audiences)
{
    m_audiences = audiences;
    m_audiencesBySegment.clear();
    for (int i = 0; i < m_audiences.size(); ++i)
        for (const QString &id : std::as_const(m_audiences.at(i).segmentIds))
            m_audiencesBySegment[id].append(i);
}

namespace DemoInsights {

std::optional<qint64> sizeOf(const DemoData &data, const QString &id, const QString &type,
                             const QJsonObject &attributes, QString *why)
{
    const quint32 h = stableHash(id);
    if (type == QLatin1String("InMarket"))
        return inMarketSize(data, attributes.value(QLatin1String("inMarket")).toObject(), why);
    if (type == QLatin1String("Location"))
        return locationSize(attributes.value(QLatin1String("location")).toObject(), why);
    if (type == QLatin1String("Prospecting"))
        return qint64((2000000 + h % 18000000)
                      * windowShare(attributes.value(QLatin1String("prospecting")).toObject()));
    if (type == QLatin1String("Retargeting"))
        return qint64((5000 + h % 495000)
                      * windowShare(attributes.value(QLatin1String("retargeting")).toObject()));
    if (type == QLatin1String("Lookalike")) {
        const qint64 target = attributes.value(QLatin1String("lookalike"))
                                      .toObject()
                                      .value(QLatin1String("targetSize"))
                                      .toInteger();
        return target > 0 ? target - target / 20 + qint64(h % 1000) * target / 10000 : 0;
    }
    if (type == QLatin1String("ContactList")) {
        // One list in three matched too few users to tell.
        const qint64 matched = h % 3 == 0 ? 120 + h % 880 : 1000 + h % 199000;
        if (matched < 1000) {
            if (why)
                *why = QCoreApplication::translate("DemoInsights",
                                                   "Too few matched users to compute a size.");
            return std::nullopt;
        }
        return matched;
    }
    if (why)
        *why = QCoreApplication::translate(
                "DemoInsights", "Size calculation is not supported for this type of segment.");
    return std::nullopt;
}

DemoResponse computeSizes(const DemoData &data, const RecordedRequest &request,
                          const QString &traceId)
{
    DemoResponse error;
    const auto root = jsonBody(request, traceId, &error);
    if (!root)
        return error;
    if (auto r = unknownKey(*root, {QStringLiteral("data")}, QString(), traceId))
        return *r;
    const QJsonValue items = root->value(QLatin1String("data"));
    if (!items.isArray())
        return badBody(
                QCoreApplication::translate("DemoInsights", "data must be an array of segments."),
                traceId, QStringLiteral("data"));

    QJsonArray out;
    QJsonArray errors;
    QJsonArray warnings;
    const QJsonArray list = items.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("@data/%1").arg(i);
        const QString path = QStringLiteral("data/%1").arg(i);
        const QJsonObject item = list.at(i).toObject();
        const QString id = item.value(QLatin1String("id")).toString();
        if (id.isEmpty()) {
            errors.append(DemoProblems::make(
                    QStringLiteral("validation"), QStringLiteral("required-field"),
                    QCoreApplication::translate("DemoInsights", "Required value missing"),
                    QCoreApplication::translate("DemoInsights",
                                                "Each item needs the id of a segment."),
                    traceId, at, DemoProblems::fieldSource(path + QLatin1String("/id"))));
            continue;
        }
        if (!data.hasSegment(id)) {
            warnings.append(DemoProblems::make(
                    QStringLiteral("validation"), QStringLiteral("segment-not-found"),
                    QCoreApplication::translate("DemoInsights", "Segment not found"),
                    QCoreApplication::translate("DemoInsights", "There is no segment %1.").arg(id),
                    traceId, at));
            continue;
        }
        if (!data.isReachable(data.advertiserOf(id))) {
            errors.append(DemoProblems::make(
                    QStringLiteral("authorization"), QStringLiteral("segment-not-accessible"),
                    QCoreApplication::translate("DemoInsights", "Segment not accessible"),
                    QCoreApplication::translate(
                            "DemoInsights",
                            "Segment %1 belongs to an advertiser these credentials do not reach.")
                            .arg(id),
                    traceId, at));
            continue;
        }
        QString why;
        const QString type = data.typeOf(id);
        const auto size = sizeOf(data, id, type, data.segment(id), &why);
        if (size) {
            out.append(sizeResource(id, *size));
        } else if (type == QLatin1String("ContactList")) {
            out.append(sizeResource(id, QJsonValue(QJsonValue::Null))); // null: cannot tell
        } else {
            errors.append(DemoProblems::make(
                    QStringLiteral("validation"), QStringLiteral("size-not-computable"),
                    QCoreApplication::translate("DemoInsights", "Size cannot be computed"), why,
                    traceId, at));
        }
    }
    return DemoResponse::json(200,
                              QJsonObject{{QStringLiteral("data"), out},
                                          {QStringLiteral("errors"), errors},
                                          {QStringLiteral("warnings"), warnings}});
}

DemoResponse estimateSize(const DemoData &data, const RecordedRequest &request,
                          const QString &traceId)
{
    DemoResponse error;
    const auto root = jsonBody(request, traceId, &error);
    if (!root)
        return error;
    if (auto r = unknownKey(*root, {QStringLiteral("data")}, QString(), traceId))
        return *r;
    const QJsonObject resource = root->value(QLatin1String("data")).toObject();
    if (auto r = unknownKey(resource, {QStringLiteral("type"), QStringLiteral("attributes")},
                            QStringLiteral("data"), traceId))
        return *r;
    const QJsonObject attributes = resource.value(QLatin1String("attributes")).toObject();
    if (auto r = unknownKey(attributes,
                            {QStringLiteral("advertiserId"), QStringLiteral("inMarket"),
                             QStringLiteral("location")},
                            QStringLiteral("data/attributes"), traceId))
        return *r;
    const QString advertiserId = attributes.value(QLatin1String("advertiserId")).toString();
    if (advertiserId.isEmpty())
        return problem(400, QStringLiteral("validation"), QStringLiteral("required-field"),
                       QCoreApplication::translate("DemoInsights", "Required value missing"),
                       QCoreApplication::translate("DemoInsights", "advertiserId is required."),
                       traceId,
                       DemoProblems::fieldSource(QStringLiteral("data/attributes/advertiserId")));
    if (!data.isReachable(advertiserId))
        return problem(
                403, QStringLiteral("authorization"), QStringLiteral("advertiser-not-accessible"),
                QCoreApplication::translate("DemoInsights", "Advertiser not accessible"),
                QCoreApplication::translate(
                        "DemoInsights",
                        "Advertiser %1 is not among the advertisers these credentials reach.")
                        .arg(advertiserId),
                traceId, DemoProblems::fieldSource(QStringLiteral("data/attributes/advertiserId")));
    const bool inMarket = attributes.contains(QLatin1String("inMarket"));
    const bool location = attributes.contains(QLatin1String("location"));
    if (inMarket == location)
        return badBody(
                QCoreApplication::translate("DemoInsights",
                                            "Give exactly one definition: inMarket or location."),
                traceId, QStringLiteral("data/attributes"));
    if (inMarket) {
        const QJsonObject s = attributes.value(QLatin1String("inMarket")).toObject();
        if (!s.value(QLatin1String("country")).isString())
            return problem(
                    400, QStringLiteral("validation"), QStringLiteral("required-field"),
                    QCoreApplication::translate("DemoInsights", "Required value missing"),
                    QCoreApplication::translate("DemoInsights", "inMarket needs a country."),
                    traceId,
                    DemoProblems::fieldSource(QStringLiteral("data/attributes/inMarket/country")));
    } else {
        const QJsonObject s = attributes.value(QLatin1String("location")).toObject();
        if (!s.value(QLatin1String("pointsOfInterest")).isArray()
            || !s.value(QLatin1String("radiusInKm")).isDouble())
            return problem(
                    400, QStringLiteral("validation"), QStringLiteral("required-field"),
                    QCoreApplication::translate("DemoInsights", "Required value missing"),
                    QCoreApplication::translate("DemoInsights",
                                                "location needs pointsOfInterest and radiusInKm."),
                    traceId, DemoProblems::fieldSource(QStringLiteral("data/attributes/location")));
        const QJsonArray points = s.value(QLatin1String("pointsOfInterest")).toArray();
        for (int i = 0; i < points.size(); ++i) {
            const QJsonObject p = points.at(i).toObject();
            const double lat = p.value(QLatin1String("latitude")).toDouble(1000);
            const double lon = p.value(QLatin1String("longitude")).toDouble(1000);
            if (lat < -90 || lat > 90 || lon < -180 || lon > 180)
                return problem(
                        400, QStringLiteral("validation"), QStringLiteral("out-of-range"),
                        QCoreApplication::translate("DemoInsights", "Value out of range"),
                        QCoreApplication::translate(
                                "DemoInsights",
                                "Point %1 needs a latitude (-90 to 90) and a longitude (-180 "
                                "to 180).")
                                .arg(i + 1),
                        traceId,
                        DemoProblems::fieldSource(
                                QStringLiteral("data/attributes/location/pointsOfInterest/%1")
                                        .arg(i)));
        }
    }
    QString why;
    const auto size = sizeOf(data, QString(),
                             inMarket ? QStringLiteral("InMarket") : QStringLiteral("Location"),
                             attributes, &why);
    QJsonArray errors;
    if (!size)
        errors.append(DemoProblems::make(
                QStringLiteral("validation"), QStringLiteral("size-not-computable"),
                QCoreApplication::translate("DemoInsights", "Size cannot be computed"), why,
                traceId));
    return DemoResponse::json(
            200,
            QJsonObject{{QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("type"),
                                      QStringLiteral("AudienceSegmentSizeEstimation")},
                                     {QStringLiteral("attributes"),
                                      QJsonObject{{QStringLiteral("size"),
                                                   size ? QJsonValue(*size)
                                                        : QJsonValue(QJsonValue::Null)}}}}},
                        {QStringLiteral("errors"), errors},
                        {QStringLiteral("warnings"), QJsonArray()}});
}

DemoResponse searchAudiences(const DemoData &data, const RecordedRequest &request,
                             const QString &traceId)
{
    int limit = 50;
    int offset = 0;
    DemoResponse error;
    if (!paging(request, traceId, &limit, &offset, &error))
        return error;
    const auto root = jsonBody(request, traceId, &error);
    if (!root)
        return error;
    if (auto r = unknownKey(*root, {QStringLiteral("data")}, QString(), traceId))
        return *r;
    const QJsonObject resource = root->value(QLatin1String("data")).toObject();
    if (auto r = unknownKey(resource, {QStringLiteral("type"), QStringLiteral("attributes")},
                            QStringLiteral("data"), traceId))
        return *r;
    const QJsonObject attributes = resource.value(QLatin1String("attributes")).toObject();
    const QStringList keys{QStringLiteral("adSetIds"), QStringLiteral("advertiserIds"),
                           QStringLiteral("audienceIds"), QStringLiteral("audienceSegmentIds")};
    if (auto r = unknownKey(attributes, keys, QStringLiteral("data/attributes"), traceId))
        return *r;
    QSet<QString> filters[4];
    bool filtered[4] = {};
    for (int k = 0; k < 4; ++k) {
        const QJsonValue v = attributes.value(keys.at(k));
        if (v.isUndefined() || v.isNull())
            continue;
        const QString path = QStringLiteral("data/attributes/") + keys.at(k);
        if (!v.isArray())
            return badBody(
                    QCoreApplication::translate("DemoInsights", "%1 must be an array of strings.")
                            .arg(path),
                    traceId, path);
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString())
                return badBody(QCoreApplication::translate("DemoInsights",
                                                           "%1 must be an array of strings.")
                                       .arg(path),
                               traceId, path);
            filters[k].insert(item.toString());
        }
        filtered[k] = !filters[k].isEmpty();
    }

    // Candidates: by segment id through the index, else all; then every filter.
    QList<int> candidates;
    if (filtered[3]) {
        QSet<int> seen;
        for (const QString &id : std::as_const(filters[3]))
            for (int i : data.audiencesUsing(id))
                seen.insert(i);
        candidates = QList<int>(seen.cbegin(), seen.cend());
        std::sort(candidates.begin(), candidates.end());
    } else {
        for (int i = 0; i < data.audiences().size(); ++i)
            candidates.append(i);
    }
    const QList<DemoData::Audience> audiences = data.audiences();
    QJsonArray matches;
    for (int i : std::as_const(candidates)) {
        const DemoData::Audience &a = audiences.at(i);
        if (!data.isReachable(a.advertiserId))
            continue;
        if (filtered[1] && !filters[1].contains(a.advertiserId))
            continue;
        if (filtered[2] && !filters[2].contains(a.id))
            continue;
        if (filtered[0]) {
            bool any = false;
            for (const QString &adSet : a.adSetIds)
                any |= filters[0].contains(adSet);
            if (!any)
                continue;
        }
        matches.append(audienceResource(a));
    }
    QJsonArray page;
    for (qsizetype i = offset; i < matches.size() && i < qsizetype(offset) + limit; ++i)
        page.append(matches.at(i));
    return DemoResponse::json(
            200,
            QJsonObject{{QStringLiteral("data"), page},
                        {QStringLiteral("errors"), QJsonArray()},
                        {QStringLiteral("warnings"), QJsonArray()},
                        {QStringLiteral("meta"),
                         QJsonObject{{QStringLiteral("limit"), limit},
                                     {QStringLiteral("offset"), offset},
                                     {QStringLiteral("totalItems"), int(matches.size())}}}});
}

QList<DemoData::Audience> generateAudiences(const DemoData &data, quint64 seed)
{
    const quint32 words[2] = {quint32(seed ^ 0xa0d1e5u), quint32(seed >> 32)};
    QRandomGenerator rng(words, 2);
    QList<DemoData::Audience> audiences;
    int nextAudience = 700001;
    qint64 nextAdSet = 910001;
    const auto add = [&](const QString &advertiserId, const QString &name,
                         const QJsonObject &algebra, const QStringList &segmentIds, int adSets) {
        DemoData::Audience a;
        a.id = QString::number(nextAudience++);
        a.advertiserId = advertiserId;
        a.name = name;
        a.algebra = algebra;
        a.segmentIds = segmentIds;
        for (int i = 0; i < adSets; ++i)
            a.adSetIds.append(QString::number(nextAdSet++));
        audiences.append(a);
    };

    const QStringList all = data.segmentIds();
    // The flagship's first segments: a known picture for the demo and the tests.
    if (all.size() >= 3) {
        const QString advertiser = data.advertiserOf(all.at(0));
        add(advertiser, QStringLiteral("Flagship – in-market shoppers"), leaf(all.at(0)),
            {all.at(0)}, 2);
        add(advertiser, QStringLiteral("Flagship – in-market near stores"),
            QJsonObject{{QStringLiteral("and"), QJsonArray{leaf(all.at(0)), leaf(all.at(1))}}},
            {all.at(0), all.at(1)}, 1);
    }
    const QSet<QString> reserved(all.cbegin(), all.cbegin() + qMin<qsizetype>(7, all.size()));
    for (const QString &advertiser : [&] {
             QStringList ids;
             for (const DemoData::Advertiser &a : data.advertisers())
                 ids.append(a.id);
             return ids;
         }()) {
        QStringList pool;
        for (const QString &id : data.segmentIdsOf(advertiser))
            if (!reserved.contains(id))
                pool.append(id);
        const int count = int(pool.size() / 4);
        static const char *const names[]
                = {"Prospects", "Loyal buyers", "Seasonal push", "Store area",
                   "Winback",   "Upsell",       "Awareness"};
        for (int n = 0; n < count; ++n) {
            const int parts = 1 + int(rng.bounded(3u));
            QStringList ids;
            while (ids.size() < parts && ids.size() < pool.size()) {
                const QString id = pool.at(int(rng.bounded(quint32(pool.size()))));
                if (!ids.contains(id))
                    ids.append(id);
            }
            QJsonObject algebra;
            if (ids.size() == 1) {
                algebra = leaf(ids.at(0));
            } else if (ids.size() == 2) {
                algebra = rng.bounded(2u) == 0
                        ? QJsonObject{{QStringLiteral("or"),
                                       QJsonArray{leaf(ids.at(0)), leaf(ids.at(1))}}}
                        : QJsonObject{{QStringLiteral("and"),
                                       QJsonArray{leaf(ids.at(0)),
                                                  QJsonObject{{QStringLiteral("not"),
                                                               leaf(ids.at(1))}}}}};
            } else {
                algebra = QJsonObject{
                        {QStringLiteral("and"),
                         QJsonArray{leaf(ids.at(0)),
                                    QJsonObject{{QStringLiteral("or"),
                                                 QJsonArray{leaf(ids.at(1)), leaf(ids.at(2))}}}}}};
            }
            const QString name
                    = QStringLiteral("%1 %2").arg(QLatin1String(names[rng.bounded(7u)])).arg(n + 1);
            add(advertiser, name, algebra, ids, 1 + int(rng.bounded(3u)));
        }
    }
    return audiences;
}

} // namespace DemoInsights
