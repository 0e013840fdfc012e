#pragma once

#include "ApiConfig.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// Hands out bearer tokens. With client credentials it asks `POST /oauth2/token`, keeps the token in
// memory only, renews it a minute before it expires (or on a 401 via invalidate()), and makes all
// requests that wait meanwhile share one renewal. With a static token (segmentctl --token-env) it
// hands that out and cannot renew.
class TokenProvider : public QObject
{
    Q_OBJECT

public:
    // token empty and error set on failure. Always called later, never from inside withToken().
    using Callback = std::function<void(const QString &token, const QString &error)>;

    TokenProvider(QNetworkAccessManager *network, const ApiConfig &config,
                  QObject *parent = nullptr);

    void setClientCredentials(const QString &clientId, const QString &clientSecret);
    void setStaticToken(const QString &token);
    bool hasCredentials() const;
    QString clientId() const { return m_clientId; }

    void withToken(Callback callback);
    // The server refused `token`: forget it, so the next withToken() renews.
    void invalidate(const QString &token);
    bool canRenew() const { return !m_staticMode; }

    int tokenRequests() const { return m_tokenRequests; }
    QDateTime expiresAt() const { return m_expiresAt; }

    // What the answer to `POST /oauth2/token` gives: an empty token unless it is a 200 with one.
    // Pure, so it is tested and fuzzed without a network.
    struct Answer
    {
        QString token;
        qint64 lifetimeSeconds = 0;   // expires_in: 900 when absent or under 1, a day at most
        qint64 renewAfterSeconds = 0; // a minute before expiry; half-life for short tokens
    };
    static Answer readAnswer(int httpStatus, const QByteArray &body);
    // The plain-words reason a token request failed; `networkError` is empty without one.
    QString errorFor(int httpStatus, bool timedOut, const QString &networkError,
                     const QByteArray &body) const;

Q_SIGNALS:
    void tokenRenewed();

private:
    bool tokenIsFresh() const;
    void requestToken();
    void finishWaiting(const QString &token, const QString &error);

    QNetworkAccessManager *m_network;
    ApiConfig m_config;
    QString m_clientId;
    QString m_clientSecret;
    bool m_staticMode = false;
    QString m_token;
    QDateTime m_expiresAt;
    QList<Callback> m_waiting;
    QPointer<QNetworkReply> m_pending;
    int m_tokenRequests = 0;
};
