#include "ApiClient.h"

#include "ApiAnswer.h"
#include "ServiceLog.h"
#include "TlsErrorText.h"
#include "TokenProvider.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <cstring>
#include <memory>

namespace {

// A request body that can be read once and not rewound, so that Qt's network layer cannot send
// the request a second time by itself.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_read + QIODevice::bytesAvailable();
    }
    bool reset() override { return false; }
    bool atEnd() const override { return m_read >= m_data.size() && QIODevice::atEnd(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_data.size() - m_read);
        if (n <= 0)
            return m_read >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, TokenProvider *tokens, const ApiConfig &config,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_config(config)
{ }

ApiReply *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return start({QByteArrayLiteral("GET"), path, query, {}});
}

ApiReply *ApiClient::post(const QString &path, const QJsonValue &body, const QUrlQuery &query)
{
    return start({QByteArrayLiteral("POST"), path, query,
                  QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)});
}

ApiReply *ApiClient::patch(const QString &path, const QJsonValue &body)
{
    return start({QByteArrayLiteral("PATCH"),
                  path,
                  {},
                  QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact),
                  true});
}

ApiReply *ApiClient::postChange(const QString &path, const QJsonValue &body)
{
    return start({QByteArrayLiteral("POST"),
                  path,
                  {},
                  QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact),
                  true});
}

ApiReply *ApiClient::start(Call call)
{
    auto *reply = new ApiReply(this);
    QString why;
    if (!ApiConfig::isAllowedBaseUrl(m_config.baseUrl, &why)) {
        QMetaObject::invokeMethod(
                reply, [reply, why] { reply->finish(ApiReply::Error::Refused, why); },
                Qt::QueuedConnection);
        return reply;
    }
    attempt(reply, call, false);
    return reply;
}

qint64 ApiClient::rateLimitWaitMs() const
{
    if (m_callsPerMinute <= 0)
        return 0;
    const qint64 now = m_config.monotonicMs();
    const qint64 windowStart = now - 60000;
    qsizetype inWindow = 0;
    for (const qint64 sent : m_recentCalls)
        if (sent > windowStart)
            ++inWindow;
    if (inWindow < m_callsPerMinute)
        return 0;
    // Wait until the oldest call that still counts leaves the window.
    const qint64 oldest = m_recentCalls.at(m_recentCalls.size() - inWindow);
    return qMax<qint64>(1, oldest + 60000 - now);
}

// The server's own figure for the application's calls a minute, when it sends one: a quota
// above Criteo's documented 250 is used, one below it kept to. Nonsense is ignored.
void ApiClient::learnRateLimit(const QByteArray &header)
{
    if (m_pace != Pace::Learned || header.isEmpty())
        return;
    bool ok = false;
    const int limit = header.trimmed().toInt(&ok);
    if (!ok || limit <= 0 || limit > 1000000 || limit == m_callsPerMinute)
        return;
    qCInfo(lcApi) << "the server states a limit of" << limit << "calls a minute";
    m_callsPerMinute = limit;
}

void ApiClient::attempt(ApiReply *reply, const Call &call, bool isRetryAfter401)
{
    const qint64 wait = rateLimitWaitMs();
    if (wait > 0) {
        qCInfo(lcApi) << "rate limit reached; waiting" << wait << "ms";
        if (!m_waiting.contains(reply)) {
            m_waiting.insert(reply);
            connect(reply, &QObject::destroyed, this, [this, reply] { m_waiting.remove(reply); });
            connect(reply, &ApiReply::finished, this, [this, reply] { m_waiting.remove(reply); });
        }
        QPointer<ApiReply> guard(reply);
        // Check again at least every second: the window is measured on the injected monotonic
        // clock, which tests move differently from the timer.
        QTimer::singleShot(int(qMin<qint64>(wait, 1000)), Qt::PreciseTimer, this,
                           [this, guard, call, isRetryAfter401] {
                               if (guard && !guard->isFinished())
                                   attempt(guard, call, isRetryAfter401);
                           });
        return;
    }
    m_waiting.remove(reply);
    const qint64 now = m_config.monotonicMs();
    m_recentCalls.append(now);
    const qint64 windowStart = now - 60000;
    while (!m_recentCalls.isEmpty() && m_recentCalls.first() <= windowStart)
        m_recentCalls.removeFirst();
    sendNow(reply, call, isRetryAfter401);
}

void ApiClient::sendNow(ApiReply *reply, const Call &call, bool isRetryAfter401)
{
    QPointer<ApiReply> guard(reply);
    m_tokens->withToken([this, guard, call, isRetryAfter401](const QString &token,
                                                             const QString &error) {
        if (!guard || guard->isFinished())
            return;
        if (token.isEmpty()) {
            guard->finish(ApiReply::Error::Authentication, error);
            return;
        }
        QUrl url = m_config.versionedUrl(call.path);
        url.setQuery(call.query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setRawHeader("Accept", "application/json");
        if (!call.body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::SameOriginRedirectPolicy);

        ++m_requestsSent;
        ++guard->m_attempts;
        QNetworkReply *network = nullptr;
        if (call.changesData) {
            // A body Qt cannot rewind: after a dropped connection it fails the request instead
            // of sending it again (the write may have been applied; the caller reconciles).
            request.setHeader(QNetworkRequest::ContentLengthHeader, call.body.size());
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            auto *body = new OneShotBody(call.body);
            network = m_network->sendCustomRequest(request, call.verb, body);
            body->setParent(network);
        } else if (call.body.isEmpty() && call.verb == "GET") {
            network = m_network->get(request);
        } else {
            network = m_network->sendCustomRequest(request, call.verb, call.body);
        }

        // Our own timer instead of setTransferTimeout: it tells a timeout from a cancel.
        auto timedOut = std::make_shared<bool>(false);
        auto *timer = new QTimer(network);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, network, [network, timedOut] {
            *timedOut = true;
            network->abort();
        });
        connect(network, &QNetworkReply::downloadProgress, timer, qOverload<>(&QTimer::start));
        connect(network, &QNetworkReply::uploadProgress, timer, qOverload<>(&QTimer::start));
        timer->start(m_config.timeoutMs);

        // Recorded to word them; never ignored, so the request fails and nothing is sent.
        auto tlsErrors = std::make_shared<QList<QSslError>>();
        connect(network, &QNetworkReply::sslErrors, network,
                [tlsErrors](const QList<QSslError> &errors) { *tlsErrors += errors; });

        connect(guard.data(), &ApiReply::aborted, network, &QNetworkReply::abort);
        auto elapsed = std::make_shared<QElapsedTimer>();
        elapsed->start();
        connect(network, &QNetworkReply::finished, this,
                [this, guard, network, call, token, isRetryAfter401, timedOut, elapsed, tlsErrors] {
                    network->deleteLater();
                    qCDebug(lcApi).noquote()
                            << call.verb << network->url().path()
                            << network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                            << elapsed->elapsed() << "ms";
                    if (guard)
                        complete(guard, network, call, token, isRetryAfter401, *timedOut,
                                 *tlsErrors);
                });
    });
}

void ApiClient::complete(ApiReply *reply, QNetworkReply *network, const Call &call,
                         const QString &token, bool isRetryAfter401, bool timedOut,
                         const QList<QSslError> &tlsErrors)
{
    if (reply->isFinished())
        return;
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->m_httpStatus = status;
    reply->m_body = network->readAll();
    reply->m_headers.clear();
    for (const auto &pair : network->rawHeaderPairs())
        reply->m_headers.insert(pair.first.toLower(), pair.second);
    learnRateLimit(reply->m_headers.value("x-ratelimit-limit"));

    if (status == 401) {
        m_tokens->invalidate(token);
        if (!isRetryAfter401 && m_tokens->canRenew()) {
            attempt(reply, call, true);
            return;
        }
    }

    const ApiAnswer::Body body = ApiAnswer::readBody(reply->m_body);
    if (body.isJson)
        reply->m_json = body.json;

    if (status == 0) {
        const QNetworkReply::NetworkError error = network->error();
        reply->m_mayHaveReachedServer = error != QNetworkReply::ConnectionRefusedError
                && error != QNetworkReply::HostNotFoundError
                && error != QNetworkReply::InsecureRedirectError;
        if (error == QNetworkReply::SslHandshakeFailedError || !tlsErrors.isEmpty()) {
            // The request goes out only over an established secure connection.
            reply->m_mayHaveReachedServer = false;
            reply->finish(ApiReply::Error::Network,
                          TlsErrorText::message(m_config.baseUrl.host(), tlsErrors));
        } else if (timedOut) {
            reply->finish(ApiReply::Error::Timeout,
                          tr("The server did not answer within %n second(s).", nullptr,
                             m_config.timeoutMs / 1000));
        } else if (error == QNetworkReply::InsecureRedirectError
                   || error == QNetworkReply::TooManyRedirectsError) {
            reply->m_mayHaveReachedServer = true;
            reply->finish(ApiReply::Error::Network,
                          tr("The server redirected the request to another address; it was not "
                             "followed, so your credentials stay with %1.")
                                  .arg(m_config.baseUrl.host()));
        } else {
            reply->finish(
                    ApiReply::Error::Network,
                    tr("Cannot reach %1: %2").arg(m_config.baseUrl.host(), network->errorString()));
        }
        return;
    }

    reply->m_mayHaveReachedServer = true;
    if (status >= 300 && status < 400) {
        // Redirects are followed only within the same origin; this one pointed elsewhere.
        reply->finish(ApiReply::Error::Network,
                      tr("The server redirected the request to another address; it was not "
                         "followed, so your credentials stay with %1.")
                              .arg(m_config.baseUrl.host()));
        return;
    }
    if (status >= 200 && status < 300) {
        const QByteArray contentType
                = network->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (!ApiAnswer::isUsableSuccess(body, contentType)) {
            reply->finish(ApiReply::Error::InvalidBody,
                          tr("The server answered, but not with the JSON the API promises (%1). "
                             "The request may or may not have been applied.")
                                  .arg(body.isJson ? tr("unexpected content")
                                               : !body.parseError.isEmpty() ? body.parseError
                                                                            : tr("empty body")));
            return;
        }
        reply->finish(ApiReply::Error::None, {});
        return;
    }

    reply->m_problems = ApiAnswer::problemsIn(reply->m_json);
    const ApiReply::Error error
            = status == 401 ? ApiReply::Error::Authentication : ApiReply::Error::Http;
    reply->finish(error, messageForStatus(status, reply->m_problems));
}

QString ApiClient::messageForStatus(int status, const ProblemList &problems) const
{
    const QString headline = problems.isEmpty() ? QString() : problems.first().headline();
    const QString detail = headline.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(headline);
    switch (status) {
    case 400:
        return tr("The server refused the request as malformed%1.").arg(detail);
    case 401:
        return tr("The server refused the access token even after renewing it%1. Check the "
                  "application's credentials.")
                .arg(detail);
    case 403:
        return tr("Your application has no permission for this (or the advertiser's consent was "
                  "revoked)%1.")
                .arg(detail);
    case 404:
        return tr("The server does not know this address%1. Check the base URL and API version.")
                .arg(detail);
    case 410:
        return tr("API version %1 has been retired%2. Choose a newer version in the connection "
                  "settings.")
                .arg(m_config.apiVersion, detail);
    case 429:
        return tr("Too many requests: the server asks to slow down%1.").arg(detail);
    default:
        break;
    }
    if (status >= 500)
        return tr("The Criteo API had a problem (HTTP %1)%2. Try again in a moment.")
                .arg(status)
                .arg(detail);
    return tr("The server answered with HTTP %1%2.").arg(status).arg(detail);
}
