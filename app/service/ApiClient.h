#pragma once

#include "ApiConfig.h"
#include "ApiReply.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;
class TokenProvider;

// Sends API requests through an injected QNetworkAccessManager: versioned paths under the
// configured base URL, JSON bodies, the bearer token added in this one place, a timeout, redirects
// followed only within the same origin (so the Authorization header never reaches another host),
// plain http refused for anything but loopback, TLS errors never ignored (and worded by
// TlsErrorText). A 401 renews the token once and retries the request
// once. Requests are logged by method, path and status; never with a header or a body.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    ApiClient(QNetworkAccessManager *network, TokenProvider *tokens, const ApiConfig &config,
              QObject *parent = nullptr);

    const ApiConfig &config() const { return m_config; }
    TokenProvider *tokens() const { return m_tokens; }

    // `path` is relative to the version: "marketing-solutions/audience-segments/search".
    ApiReply *get(const QString &path, const QUrlQuery &query = {});
    ApiReply *post(const QString &path, const QJsonValue &body, const QUrlQuery &query = {});
    ApiReply *patch(const QString &path, const QJsonValue &body);
    // A POST that changes data (the bulk create and delete). Like a PATCH, it leaves at most
    // once per call: the network layer never sends it again by itself after the connection
    // dropped (Qt resends a request whose connection closed before any answer, which for a write
    // the server may already have applied).
    ApiReply *postChange(const QString &path, const QJsonValue &body);

    int requestsSent() const { return m_requestsSent; }

    // The application's rate limit (Criteo: 250 calls a minute). Requests past it wait their turn
    // instead of being refused with 429. 0 = no limit. Learned: an answer's x-ratelimit-limit
    // header replaces it (the server knows the application's quota); Fixed: the user's choice,
    // kept whatever the server says (a 429 is still honoured, by the retry policy).
    enum class Pace { Learned, Fixed };
    void setCallsPerMinute(int calls, Pace pace = Pace::Learned)
    {
        m_callsPerMinute = calls;
        m_pace = pace;
    }
    int callsPerMinute() const { return m_callsPerMinute; }
    // Requests waiting for the rate limit now.
    int waitingForRateLimit() const { return int(m_waiting.size()); }
    // How long the next request would wait for the rate limit now, in ms.
    qint64 rateLimitWaitMs() const;

private:
    struct Call
    {
        QByteArray verb;
        QString path;
        QUrlQuery query;
        QByteArray body;
        bool changesData = false; // PATCH, postChange(): never resent by the network layer
    };
    ApiReply *start(Call call);
    void attempt(ApiReply *reply, const Call &call, bool isRetryAfter401);
    void sendNow(ApiReply *reply, const Call &call, bool isRetryAfter401);
    void complete(ApiReply *reply, QNetworkReply *network, const Call &call, const QString &token,
                  bool isRetryAfter401, bool timedOut, const QList<QSslError> &tlsErrors);
    QString messageForStatus(int status, const ProblemList &problems) const;
    void learnRateLimit(const QByteArray &header);

    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    ApiConfig m_config;
    int m_requestsSent = 0;
    int m_callsPerMinute = 250;
    Pace m_pace = Pace::Learned;
    QList<qint64> m_recentCalls; // send times (monotonic ms) in the last minute, oldest first
    QSet<ApiReply *> m_waiting;  // held back by the rate limit
};
