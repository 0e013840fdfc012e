#include "TokenProvider.h"

#include "ServiceLog.h"
#include "TlsErrorText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

#include <memory>

namespace {

QByteArray formField(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

TokenProvider::TokenProvider(QNetworkAccessManager *network, const ApiConfig &config,
                             QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(config)
{ }

void TokenProvider::setClientCredentials(const QString &clientId, const QString &clientSecret)
{
    m_staticMode = false;
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_token.clear();
    m_expiresAt = {};
}

void TokenProvider::setStaticToken(const QString &token)
{
    m_staticMode = true;
    m_clientId.clear();
    m_clientSecret.clear();
    m_token = token;
    m_expiresAt = {};
}

bool TokenProvider::hasCredentials() const
{
    return m_staticMode ? !m_token.isEmpty() : !m_clientId.isEmpty() && !m_clientSecret.isEmpty();
}

bool TokenProvider::tokenIsFresh() const
{
    if (m_token.isEmpty())
        return false;
    if (m_staticMode)
        return true;
    return m_config.clock() < m_expiresAt;
}

void TokenProvider::withToken(Callback callback)
{
    if (tokenIsFresh()) {
        QMetaObject::invokeMethod(
                this, [callback = std::move(callback), token = m_token] { callback(token, {}); },
                Qt::QueuedConnection);
        return;
    }
    m_waiting.append(std::move(callback));
    if (m_staticMode) {
        finishWaiting({},
                      m_token.isEmpty() ? tr("No access token was given.")
                                        : tr("The access token was refused by the server. Get a "
                                             "new token and try again."));
        return;
    }
    if (!m_pending)
        requestToken();
}

void TokenProvider::invalidate(const QString &token)
{
    if (token == m_token && !m_staticMode) {
        qCInfo(lcAuth) << "access token refused by the server; it will be renewed";
        m_token.clear();
        m_expiresAt = {};
    } else if (token == m_token) {
        // A static token cannot be renewed: make the next request fail with a clear message.
        m_token.clear();
    }
}

void TokenProvider::requestToken()
{
    if (!hasCredentials()) {
        finishWaiting({}, tr("Enter the client id and secret of your Criteo API application."));
        return;
    }
    // The secret goes in this request: never over plain http to another computer.
    QString refused;
    if (!ApiConfig::isAllowedBaseUrl(m_config.baseUrl, &refused)) {
        finishWaiting({}, refused);
        return;
    }
    QNetworkRequest request(m_config.urlFor(QStringLiteral("oauth2/token")));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_config.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    const QByteArray body = formField("grant_type", QStringLiteral("client_credentials")) + '&'
            + formField("client_id", m_clientId) + '&' + formField("client_secret", m_clientSecret);

    ++m_tokenRequests;
    qCDebug(lcAuth) << "requesting an access token for client" << m_clientId;
    m_pending = m_network->post(request, body);
    QNetworkReply *reply = m_pending;
    // Recorded to word them; never ignored, so the secret is not sent.
    auto tlsErrors = std::make_shared<QList<QSslError>>();
    connect(reply, &QNetworkReply::sslErrors, reply,
            [tlsErrors](const QList<QSslError> &errors) { *tlsErrors += errors; });
    connect(reply, &QNetworkReply::finished, this, [this, reply, tlsErrors] {
        reply->deleteLater();
        const QByteArray data = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const Answer answer = readAnswer(status, data);
        if (reply->error() == QNetworkReply::SslHandshakeFailedError || !tlsErrors->isEmpty()) {
            qCWarning(lcAuth) << "token request refused: the connection is not secure";
            finishWaiting({}, TlsErrorText::message(m_config.baseUrl.host(), *tlsErrors));
            return;
        }
        if (reply->error() != QNetworkReply::NoError || answer.token.isEmpty()) {
            const QString error = errorFor(
                    status, reply->error() == QNetworkReply::OperationCanceledError,
                    reply->error() != QNetworkReply::NoError ? reply->errorString() : QString(),
                    data);
            qCWarning(lcAuth) << "token request failed with HTTP status" << status;
            finishWaiting({}, error);
            return;
        }
        m_token = answer.token;
        m_expiresAt = m_config.clock().addSecs(answer.renewAfterSeconds);
        qCInfo(lcAuth) << "access token obtained, valid for" << answer.lifetimeSeconds << "s";
        Q_EMIT tokenRenewed();
        finishWaiting(m_token, {});
    });
}

TokenProvider::Answer TokenProvider::readAnswer(int httpStatus, const QByteArray &body)
{
    Answer answer;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString token = json.value(QLatin1String("access_token")).toString();
    if (httpStatus != 200 || token.isEmpty())
        return answer;
    const QJsonValue expiresIn = json.value(QLatin1String("expires_in"));
    const double lifetime
            = expiresIn.isString() ? expiresIn.toString().toDouble() : expiresIn.toDouble();
    // Criteo's tokens live 15 minutes. A lifetime past a day is not believed: it would overflow
    // the clock and make every request ask for a new token (found by fuzz_token_answer).
    constexpr qint64 longestLifetime = 24 * 3600;
    answer.token = token;
    answer.lifetimeSeconds = lifetime >= 1 ? qint64(qMin(lifetime, double(longestLifetime))) : 900;
    // Renew a minute before expiry; short-lived tokens (tests, demo) renew at half-life.
    answer.renewAfterSeconds
            = answer.lifetimeSeconds - qMin<qint64>(60, answer.lifetimeSeconds / 2);
    return answer;
}

QString TokenProvider::errorFor(int status, bool timedOut, const QString &networkError,
                                const QByteArray &body) const
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString code = json.value(QLatin1String("error")).toString();
    const QString description = json.value(QLatin1String("error_description")).toString();
    if (status == 400 || status == 401) {
        if (code == QLatin1String("invalid_client") || status == 401)
            return tr("The client id or secret was refused. Check them in your Criteo developer "
                      "dashboard.%1")
                    .arg(description.isEmpty() ? QString()
                                               : QStringLiteral(" (%1)").arg(description));
        return tr("The token request was refused: %1")
                .arg(description.isEmpty() ? code : description);
    }
    if (status == 429)
        return tr("Too many requests: the server asks to wait before signing in again.");
    if (status >= 500)
        return tr("The server could not sign in right now (HTTP %1). Try again in a moment.")
                .arg(status);
    if (timedOut)
        return tr("The server did not answer within %n second(s).", nullptr,
                  m_config.timeoutMs / 1000);
    if (!networkError.isEmpty() && status == 0)
        return tr("Cannot reach %1: %2").arg(m_config.baseUrl.host(), networkError);
    return tr("The server's answer to the token request could not be read (HTTP %1).").arg(status);
}

void TokenProvider::finishWaiting(const QString &token, const QString &error)
{
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &callback : waiting)
        QMetaObject::invokeMethod(
                this, [callback, token, error] { callback(token, error); }, Qt::QueuedConnection);
}
