#include "DemoApi.h"

#include "DemoLifecycleProcessor.h"

#include "DemoInsights.h"
#include "DemoPatchProcessor.h"
#include "DemoProblems.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonParseError>
#include <QRegularExpression>

namespace {

DemoResponse oauthError(int status, const QString &error, const QString &description)
{
    DemoResponse r
            = DemoResponse::json(status,
                                 QJsonObject{{QStringLiteral("error"), error},
                                             {QStringLiteral("error_description"), description}});
    r.setHeader("Cache-Control", "no-store");
    return r;
}

bool isJsonContentType(const RecordedRequest &request)
{
    const QByteArray type = request.header("Content-Type").split(';').first().trimmed();
    return type.compare("application/json", Qt::CaseInsensitive) == 0;
}

DemoResponse problemResponse(int status, const QString &type, const QString &code,
                             const QString &title, const QString &detail, const QString &traceId,
                             const QJsonObject &source = {})
{
    return DemoProblems::errorResponse(
            status, DemoProblems::make(type, code, title, detail, traceId, QString(), source));
}

DemoResponse badBody(const QString &detail, const QString &traceId, const QString &field = {})
{
    return problemResponse(400, QStringLiteral("validation"), QStringLiteral("invalid-body"),
                           QCoreApplication::translate("DemoApi", "Invalid request body"), detail,
                           traceId,
                           field.isEmpty() ? QJsonObject() : DemoProblems::fieldSource(field));
}

DemoResponse unsupportedMediaType(const RecordedRequest &request, const QString &traceId)
{
    return problemResponse(
            415, QStringLiteral("validation"), QStringLiteral("unsupported-media-type"),
            QCoreApplication::translate("DemoApi", "Unsupported media type"),
            QCoreApplication::translate("DemoApi", "Send the body as application/json, not “%1”.")
                    .arg(QString::fromLatin1(request.header("Content-Type"))),
            traceId);
}

// Parses a JSON object body; on failure `error` holds the 400 to send.
bool parseObject(const RecordedRequest &request, const QString &traceId, QJsonObject *out,
                 DemoResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = badBody(QCoreApplication::translate("DemoApi", "The body is not JSON: %1 at %2.")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset),
                         traceId);
        return false;
    }
    if (!doc.isObject()) {
        *error = badBody(QCoreApplication::translate("DemoApi", "The body must be a JSON object."),
                         traceId);
        return false;
    }
    *out = doc.object();
    return true;
}

QJsonObject listEnvelope(const QJsonArray &data, const QJsonArray &warnings = {})
{
    return QJsonObject{{QStringLiteral("data"), data},
                       {QStringLiteral("errors"), QJsonArray()},
                       {QStringLiteral("warnings"), warnings}};
}

QStringList segmentTypes()
{
    return {QStringLiteral("Unknown"),     QStringLiteral("InMarket"),
            QStringLiteral("Prospecting"), QStringLiteral("ContactList"),
            QStringLiteral("Location"),    QStringLiteral("Behavioral"),
            QStringLiteral("Retargeting"), QStringLiteral("Lookalike")};
}

} // namespace

DemoApi::DemoApi(DemoData data)
    : m_data(std::move(data))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_rateLimiter.setLimit(m_options.callsPerMinute);
}

void DemoApi::setOptions(const DemoServerOptions &options)
{
    m_options = options;
    m_rateLimiter.setLimit(options.callsPerMinute);
}

void DemoApi::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

QDateTime DemoApi::now() const
{
    return m_clock().toUTC();
}

bool DemoApi::isTokenPath(const QString &path)
{
    return path == QLatin1String("/oauth2/token");
}

DemoResponse DemoApi::handle(const RecordedRequest &request, const QString &traceId)
{
    if (isTokenPath(request.path))
        return token(request);

    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString version = parts.value(0);
    if (version != m_options.apiVersion) {
        static const QRegularExpression versionLike(QStringLiteral("^(\\d{4}-\\d{2}|preview)$"));
        if (m_options.otherVersionsGone && versionLike.match(version).hasMatch()) {
            return problemResponse(
                    410, QStringLiteral("deprecation"), QStringLiteral("api-version-retired"),
                    QCoreApplication::translate("DemoApi", "API version retired"),
                    QCoreApplication::translate("DemoApi",
                                                "Version %1 of the API is not served; use %2.")
                            .arg(version, m_options.apiVersion),
                    traceId);
        }
        return problemResponse(404, QStringLiteral("validation"), QStringLiteral("not-found"),
                               QCoreApplication::translate("DemoApi", "Not found"),
                               QCoreApplication::translate("DemoApi", "There is no resource at %1.")
                                       .arg(request.path),
                               traceId);
    }

    // Bearer authentication.
    const QByteArray authorization = request.header("Authorization");
    if (authorization.isEmpty()) {
        DemoResponse r = problemResponse(
                401, QStringLiteral("authentication"),
                QStringLiteral("authorization-token-missing"),
                QCoreApplication::translate("DemoApi", "Authorization token missing"),
                QCoreApplication::translate(
                        "DemoApi", "Send an access token in the Authorization header (Bearer)."),
                traceId);
        r.setHeader("WWW-Authenticate", "Bearer");
        return r;
    }
    const QString token = authorization.startsWith("Bearer ")
            ? QString::fromLatin1(authorization.mid(7).trimmed())
            : QString();
    if (!m_tokens.isValid(token, now())) {
        DemoResponse r = problemResponse(
                401, QStringLiteral("authentication"),
                QStringLiteral("authorization-token-invalid"),
                QCoreApplication::translate("DemoApi", "Authorization token invalid"),
                QCoreApplication::translate(
                        "DemoApi",
                        "The access token is unknown or has expired; request a new one."),
                traceId);
        r.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return r;
    }

    const DemoRateLimiter::Verdict verdict = m_rateLimiter.take(now());
    DemoResponse response;
    if (!verdict.allowed) {
        response = problemResponse(
                429, QStringLiteral("quota"), QStringLiteral("rate-limit-exceeded"),
                QCoreApplication::translate("DemoApi", "Too many requests"),
                QCoreApplication::translate("DemoApi",
                                            "More than %1 calls in a minute; try again after %2.")
                        .arg(verdict.limit)
                        .arg(QDateTime::fromSecsSinceEpoch(verdict.resetAt, Qt::UTC)
                                     .toString(Qt::ISODate)),
                traceId);
        if (m_options.sendRetryAfter)
            response.setHeader("Retry-After", QByteArray::number(verdict.retryAfterSeconds));
    } else {
        response = route(request, parts.mid(1).join(QLatin1Char('/')), traceId);
    }
    if (verdict.limit > 0) {
        response.setHeader("x-ratelimit-limit", QByteArray::number(verdict.limit));
        response.setHeader("x-ratelimit-remaining", QByteArray::number(verdict.remaining));
        response.setHeader("x-ratelimit-reset", QByteArray::number(verdict.resetAt));
    }
    return response;
}

DemoResponse DemoApi::token(const RecordedRequest &request)
{
    if (request.method != "POST") {
        DemoResponse r = oauthError(
                405, QStringLiteral("invalid_request"),
                QCoreApplication::translate("DemoApi", "The token endpoint only accepts POST."));
        r.setHeader("Allow", "POST");
        return r;
    }
    const QByteArray type = request.header("Content-Type").split(';').first().trimmed();
    if (type.compare("application/x-www-form-urlencoded", Qt::CaseInsensitive) != 0) {
        return oauthError(
                400, QStringLiteral("invalid_request"),
                QCoreApplication::translate(
                        "DemoApi", "Send the parameters as application/x-www-form-urlencoded."));
    }
    // Form encoding writes a space as '+': a literal '+' must arrive as %2B.
    QByteArray body = request.body;
    body.replace('+', "%20");
    const QUrlQuery form(QString::fromLatin1(body));
    const auto field = [&form](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };

    const QString grantType = field("grant_type");
    if (grantType.isEmpty()) {
        return oauthError(
                400, QStringLiteral("invalid_request"),
                QCoreApplication::translate("DemoApi", "The grant_type parameter is missing."));
    }
    if (grantType != QLatin1String("client_credentials")) {
        return oauthError(400, QStringLiteral("unsupported_grant_type"),
                          QCoreApplication::translate(
                                  "DemoApi", "Only the client_credentials grant is supported."));
    }

    QString clientId = field("client_id");
    QString clientSecret = field("client_secret");
    const QByteArray authorization = request.header("Authorization");
    if (clientId.isEmpty() && authorization.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const int colon = int(pair.indexOf(':'));
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(pair.left(colon));
            clientSecret = QUrl::fromPercentEncoding(pair.mid(colon + 1));
        }
    }
    if (clientId.isEmpty() || clientSecret.isEmpty()) {
        return oauthError(
                400, QStringLiteral("invalid_request"),
                QCoreApplication::translate(
                        "DemoApi", "The client_id and client_secret parameters are required."));
    }
    if (clientId != m_options.clientId || clientSecret != m_options.clientSecret) {
        return oauthError(
                401, QStringLiteral("invalid_client"),
                QCoreApplication::translate("DemoApi", "The client id or secret is wrong."));
    }

    DemoResponse r = DemoResponse::json(
            200,
            QJsonObject{{QStringLiteral("access_token"),
                         m_tokens.issue(now(), m_options.tokenLifetimeSeconds)},
                        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                        {QStringLiteral("expires_in"), m_options.tokenLifetimeSeconds},
                        {QStringLiteral("refresh_token"), QJsonValue(QJsonValue::Null)}});
    r.setHeader("Cache-Control", "no-store");
    return r;
}

DemoResponse DemoApi::route(const RecordedRequest &request, const QString &route,
                            const QString &traceId)
{
    static const struct
    {
        const char *path;
        const char *method;
    } routes[] = {
            {"advertisers/me", "GET"},
            {"marketing-solutions/me", "GET"},
            {"marketing-solutions/audience-segments", "PATCH"},
            {"marketing-solutions/audience-segments/search", "POST"},
            {"marketing-solutions/audience-segments/create", "POST"},
            {"marketing-solutions/audience-segments/delete", "POST"},
            {"marketing-solutions/audience-segments/in-market-brands", "GET"},
            {"marketing-solutions/audience-segments/in-market-interests", "GET"},
            {"marketing-solutions/audience-segments/compute-sizes", "POST"},
            {"marketing-solutions/audience-segments/estimate-size", "POST"},
            {"marketing-solutions/audiences/search", "POST"},
    };
    for (const auto &r : routes) {
        if (route != QLatin1String(r.path))
            continue;
        if (request.method != r.method) {
            DemoResponse response = problemResponse(
                    405, QStringLiteral("validation"), QStringLiteral("method-not-allowed"),
                    QCoreApplication::translate("DemoApi", "Method not allowed"),
                    QCoreApplication::translate("DemoApi", "%1 accepts %2 only.")
                            .arg(request.path, QString::fromLatin1(r.method)),
                    traceId);
            response.setHeader("Allow", r.method);
            return response;
        }
        if (route == QLatin1String("advertisers/me"))
            return advertisersMe();
        if (route == QLatin1String("marketing-solutions/me"))
            return applicationMe();
        if (route == QLatin1String("marketing-solutions/audience-segments"))
            return patch(request, traceId);
        if (route == QLatin1String("marketing-solutions/audience-segments/search"))
            return search(request, traceId);
        if (route == QLatin1String("marketing-solutions/audience-segments/create"))
            return bulk(request, traceId, Bulk::Create);
        if (route == QLatin1String("marketing-solutions/audience-segments/delete"))
            return bulk(request, traceId, Bulk::Delete);
        if (route == QLatin1String("marketing-solutions/audience-segments/compute-sizes"))
            return DemoInsights::computeSizes(m_data, request, traceId);
        if (route == QLatin1String("marketing-solutions/audience-segments/estimate-size"))
            return DemoInsights::estimateSize(m_data, request, traceId);
        if (route == QLatin1String("marketing-solutions/audiences/search"))
            return DemoInsights::searchAudiences(m_data, request, traceId);
        return lookup(request, route.endsWith(QLatin1String("brands")), traceId);
    }
    return problemResponse(
            404, QStringLiteral("validation"), QStringLiteral("not-found"),
            QCoreApplication::translate("DemoApi", "Not found"),
            QCoreApplication::translate("DemoApi", "There is no resource at %1.").arg(request.path),
            traceId);
}

DemoResponse DemoApi::advertisersMe()
{
    QJsonArray data;
    for (const DemoData::Advertiser &a : m_data.advertisers()) {
        if (!a.reachable)
            continue;
        data.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("advertiser")},
                                {QStringLiteral("id"), a.id},
                                {QStringLiteral("attributes"),
                                 QJsonObject{{QStringLiteral("advertiserName"), a.name}}}});
    }
    return DemoResponse::json(200, listEnvelope(data));
}

DemoResponse DemoApi::applicationMe()
{
    const QJsonObject attributes{
            {QStringLiteral("applicationId"), 4242},
            {QStringLiteral("name"), QStringLiteral("Segment Editor demo")},
            {QStringLiteral("description"),
             QCoreApplication::translate(
                     "DemoApi",
                     "Demo application served by segmentctl serve-demo; no real account.")},
            {QStringLiteral("organizationId"), 1717},
            {QStringLiteral("criteoService"), QStringLiteral("MarketingSolutions")}};
    return DemoResponse::json(
            200,
            QJsonObject{{QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("ApplicationSummary")},
                                     {QStringLiteral("attributes"), attributes}}},
                        {QStringLiteral("errors"), QJsonArray()},
                        {QStringLiteral("warnings"), QJsonArray()}});
}

DemoResponse DemoApi::search(const RecordedRequest &request, const QString &traceId)
{
    // Paging parameters first: they are what a client most often gets wrong.
    int paging[2] = {50, 0};
    const char *names[2] = {"limit", "offset"};
    for (int i = 0; i < 2; ++i) {
        const QString name = QLatin1String(names[i]);
        if (!request.query.hasQueryItem(name))
            continue;
        bool ok = false;
        const QString text = request.query.queryItemValue(name);
        const int value = text.toInt(&ok);
        if (!ok) {
            return problemResponse(
                    400, QStringLiteral("validation"), QStringLiteral("invalid-type"),
                    QCoreApplication::translate("DemoApi", "Wrong type of value"),
                    QCoreApplication::translate("DemoApi", "%1 must be an integer, not “%2”.")
                            .arg(name, text),
                    traceId, DemoProblems::parameterSource(name));
        }
        if (value < 0 || (i == 0 && value > 100)) {
            return problemResponse(
                    400, QStringLiteral("validation"), QStringLiteral("out-of-range"),
                    QCoreApplication::translate("DemoApi", "Value out of range"),
                    i == 0 ? QCoreApplication::translate("DemoApi",
                                                         "limit must be between 0 and 100, not %1.")
                                     .arg(value)
                           : QCoreApplication::translate("DemoApi",
                                                         "offset must not be negative (%1).")
                                     .arg(value),
                    traceId, DemoProblems::parameterSource(name));
        }
        paging[i] = value;
    }

    if (!isJsonContentType(request))
        return unsupportedMediaType(request, traceId);
    QJsonObject root;
    DemoResponse error;
    if (!parseObject(request, traceId, &root, &error))
        return error;

    // Every key and value is checked: a client sending a misspelt filter would otherwise
    // silently load everything.
    const auto unknownKeys = [&](const QJsonObject &o, const QStringList &allowed,
                                 const QString &path) -> std::optional<DemoResponse> {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key())) {
                const QString field
                        = path.isEmpty() ? it.key() : path + QLatin1Char('/') + it.key();
                return problemResponse(
                        400, QStringLiteral("validation"), QStringLiteral("unknown-property"),
                        QCoreApplication::translate("DemoApi", "Unknown property"),
                        QCoreApplication::translate("DemoApi", "“%1” is not a search filter.")
                                .arg(field),
                        traceId, DemoProblems::fieldSource(field));
            }
        }
        return std::nullopt;
    };
    if (auto r = unknownKeys(root, {QStringLiteral("data")}, QString()))
        return *r;
    const QJsonValue dataValue = root.value(QLatin1String("data"));
    if (!dataValue.isUndefined() && !dataValue.isObject())
        return badBody(QCoreApplication::translate("DemoApi", "data must be an object."), traceId,
                       QStringLiteral("data"));
    const QJsonObject data = dataValue.toObject();
    if (auto r = unknownKeys(data, {QStringLiteral("type"), QStringLiteral("attributes")},
                             QStringLiteral("data")))
        return *r;
    const QJsonValue attributesValue = data.value(QLatin1String("attributes"));
    if (!attributesValue.isUndefined() && !attributesValue.isObject())
        return badBody(QCoreApplication::translate("DemoApi", "data/attributes must be an object."),
                       traceId, QStringLiteral("data/attributes"));
    const QJsonObject attributes = attributesValue.toObject();
    const QStringList filterKeys{QStringLiteral("advertiserIds"),
                                 QStringLiteral("audienceSegmentIds"),
                                 QStringLiteral("audienceSegmentTypes")};
    if (auto r = unknownKeys(attributes, filterKeys, QStringLiteral("data/attributes")))
        return *r;

    QStringList lists[3];
    for (int k = 0; k < 3; ++k) {
        const QString path = QStringLiteral("data/attributes/") + filterKeys.at(k);
        const QJsonValue v = attributes.value(filterKeys.at(k));
        if (v.isUndefined())
            continue;
        if (!v.isArray())
            return badBody(QCoreApplication::translate("DemoApi", "%1 must be an array of strings.")
                                   .arg(path),
                           traceId, path);
        const QJsonArray array = v.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString itemPath = path + QLatin1Char('/') + QString::number(i);
            if (!array.at(i).isString())
                return badBody(QCoreApplication::translate("DemoApi", "%1 must be a string.")
                                       .arg(itemPath),
                               traceId, itemPath);
            const QString s = array.at(i).toString();
            if (k == 2 && !segmentTypes().contains(s)) {
                return problemResponse(
                        400, QStringLiteral("validation"), QStringLiteral("invalid-enum-value"),
                        QCoreApplication::translate("DemoApi", "Value not allowed"),
                        QCoreApplication::translate("DemoApi", "“%1” is not one of %2.")
                                .arg(s, segmentTypes().join(QStringLiteral(", "))),
                        traceId, DemoProblems::fieldSource(itemPath));
            }
            lists[k].append(s);
        }
    }

    QJsonArray warnings;
    for (int i = 0; i < lists[0].size(); ++i) {
        if (m_data.isReachable(lists[0].at(i)))
            continue;
        warnings.append(DemoProblems::make(
                QStringLiteral("authorization"), QStringLiteral("advertiser-not-accessible"),
                QCoreApplication::translate("DemoApi", "Advertiser not accessible"),
                QCoreApplication::translate(
                        "DemoApi",
                        "Advertiser %1 is not among the advertisers these credentials reach; its "
                        "segments are left out.")
                        .arg(lists[0].at(i)),
                traceId, QString(),
                DemoProblems::fieldSource(
                        QStringLiteral("data/attributes/advertiserIds/%1").arg(i))));
    }

    const QStringList ids = cachedSearch({lists[0], lists[1], lists[2]});
    QJsonArray page;
    const int limit = paging[0];
    const int offset = paging[1];
    for (int i = offset; i < ids.size() && i < qint64(offset) + limit; ++i)
        page.append(m_data.segmentResource(ids.at(i)));

    QJsonObject answer = listEnvelope(page, warnings);
    answer.insert(QStringLiteral("meta"),
                  QJsonObject{{QStringLiteral("limit"), limit},
                              {QStringLiteral("offset"), offset},
                              {QStringLiteral("totalItems"), int(ids.size())}});
    return DemoResponse::json(200, answer);
}

QStringList DemoApi::cachedSearch(const DemoData::SegmentFilter &filter)
{
    const QByteArray key = filter.advertiserIds.join(QLatin1Char(',')).toUtf8() + '|'
            + filter.segmentIds.join(QLatin1Char(',')).toUtf8() + '|'
            + filter.types.join(QLatin1Char(',')).toUtf8();
    if (key != m_searchKey || m_data.revision() != m_searchRevision || m_searchKey.isNull()) {
        m_searchIds = m_data.search(filter);
        m_searchKey = key;
        m_searchRevision = m_data.revision();
    }
    return m_searchIds;
}

DemoResponse DemoApi::lookup(const RecordedRequest &request, bool brands, const QString &traceId)
{
    const QString advertiserId
            = request.query.queryItemValue(QStringLiteral("advertiser-id"), QUrl::FullyDecoded);
    const QString country
            = request.query.queryItemValue(QStringLiteral("country"), QUrl::FullyDecoded).toUpper();
    QJsonArray errors;
    if (advertiserId.isEmpty()) {
        errors.append(DemoProblems::make(
                QStringLiteral("validation"), QStringLiteral("required-field"),
                QCoreApplication::translate("DemoApi", "Required value missing"),
                QCoreApplication::translate("DemoApi", "The advertiser-id parameter is required."),
                traceId, QString(),
                DemoProblems::parameterSource(QStringLiteral("advertiser-id"))));
    }
    static const QRegularExpression countryCode(QStringLiteral("^[A-Z]{2}$"));
    if (country.isEmpty()) {
        errors.append(DemoProblems::make(
                QStringLiteral("validation"), QStringLiteral("required-field"),
                QCoreApplication::translate("DemoApi", "Required value missing"),
                QCoreApplication::translate("DemoApi", "The country parameter is required."),
                traceId, QString(), DemoProblems::parameterSource(QStringLiteral("country"))));
    } else if (!countryCode.match(country).hasMatch()) {
        errors.append(DemoProblems::make(
                QStringLiteral("validation"), QStringLiteral("invalid-country"),
                QCoreApplication::translate("DemoApi", "Invalid country code"),
                QCoreApplication::translate("DemoApi",
                                            "“%1” is not an ISO 3166-1 alpha-2 country code.")
                        .arg(country),
                traceId, QString(), DemoProblems::parameterSource(QStringLiteral("country"))));
    }
    if (!errors.isEmpty()) {
        return DemoResponse::json(400,
                                  QJsonObject{{QStringLiteral("errors"), errors},
                                              {QStringLiteral("warnings"), QJsonArray()}});
    }
    if (!m_data.isReachable(advertiserId)) {
        return problemResponse(
                403, QStringLiteral("authorization"), QStringLiteral("advertiser-not-accessible"),
                QCoreApplication::translate("DemoApi", "Advertiser not accessible"),
                QCoreApplication::translate(
                        "DemoApi",
                        "Advertiser %1 is not among the advertisers these credentials reach.")
                        .arg(advertiserId),
                traceId, DemoProblems::parameterSource(QStringLiteral("advertiser-id")));
    }

    QJsonArray data;
    if (brands) {
        // Audience sizes differ by country; the factor is fixed per country code.
        const int factor = 40 + (country.at(0).unicode() * 31 + country.at(1).unicode()) % 80;
        for (const DemoData::Brand &b : m_data.brands()) {
            data.append(QJsonObject{
                    {QStringLiteral("id"), b.id},
                    {QStringLiteral("type"), QStringLiteral("InMarketAudienceSegmentBrand")},
                    {QStringLiteral("attributes"),
                     QJsonObject{{QStringLiteral("name"), b.name},
                                 {QStringLiteral("size"), qint64(b.size) * factor / 100}}}});
        }
    } else {
        for (const DemoData::Interest &i : m_data.interests()) {
            data.append(QJsonObject{
                    {QStringLiteral("id"), i.id},
                    {QStringLiteral("type"), QStringLiteral("InMarketAudienceSegmentInterest")},
                    {QStringLiteral("attributes"),
                     QJsonObject{{QStringLiteral("parentId"),
                                  i.parentId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(i.parentId)}}}});
        }
    }
    return DemoResponse::json(200, listEnvelope(data));
}

DemoResponse DemoApi::patch(const RecordedRequest &request, const QString &traceId)
{
    return bulk(request, traceId, Bulk::Update);
}

DemoResponse DemoApi::bulk(const RecordedRequest &request, const QString &traceId, Bulk kind)
{
    if (!isJsonContentType(request))
        return unsupportedMediaType(request, traceId);
    QJsonObject root;
    DemoResponse error;
    if (!parseObject(request, traceId, &root, &error))
        return error;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("data")) {
            return problemResponse(
                    400, QStringLiteral("validation"), QStringLiteral("unknown-property"),
                    QCoreApplication::translate("DemoApi", "Unknown property"),
                    QCoreApplication::translate("DemoApi", "“%1” is not part of a bulk request.")
                            .arg(it.key()),
                    traceId, DemoProblems::fieldSource(it.key()));
        }
    }
    const QJsonValue items = root.value(QLatin1String("data"));
    if (!items.isArray())
        return badBody(QCoreApplication::translate("DemoApi", "data must be an array of segments."),
                       traceId, QStringLiteral("data"));

    QJsonArray data, errors, warnings;
    if (kind == Bulk::Update) {
        DemoPatchProcessor processor(&m_data, now(), traceId);
        const DemoPatchProcessor::Result result = processor.process(items.toArray());
        data = result.data;
        errors = result.errors;
        warnings = result.warnings;
    } else {
        DemoLifecycleProcessor processor(&m_data, now(), traceId);
        const DemoLifecycleProcessor::Result result = kind == Bulk::Create
                ? processor.create(items.toArray())
                : processor.remove(items.toArray());
        data = result.data;
        errors = result.errors;
        warnings = result.warnings;
    }
    return DemoResponse::json(200,
                              QJsonObject{{QStringLiteral("data"), data},
                                          {QStringLiteral("errors"), errors},
                                          {QStringLiteral("warnings"), warnings}});
}
