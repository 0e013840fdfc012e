#pragma once

#include "Lookups.h"
#include "RetryPolicy.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class RetryingCall;

// The small read requests around the segments: the advertisers the credentials reach
// (`advertisers/me`), the application itself (`marketing-solutions/me`, the connection test), and
// the in-market brands and interests of an advertiser's country (pickers). Retried like any read.
class LookupJob : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Advertisers, Application, Brands, Interests };

    LookupJob(ApiClient *client, Kind kind, QObject *parent = nullptr);
    // Brands and interests need both.
    void setAdvertiserAndCountry(const QString &advertiserId, const QString &country);
    void setRetryOptions(const RetryPolicy::Options &options) { m_policy = RetryPolicy(options); }

    void start();
    void cancel();

    Kind kind() const { return m_kind; }
    bool hasError() const { return !m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }
    int httpStatus() const { return m_httpStatus; }

    QList<Advertiser> advertisers() const { return m_advertisers; }
    QString applicationName() const { return m_applicationName; }
    QList<InMarketBrand> brands() const { return m_brands; }
    QList<InMarketInterest> interests() const { return m_interests; }

Q_SIGNALS:
    void finished();

private:
    void read(const QJsonValue &json);

    ApiClient *m_client;
    Kind m_kind;
    QString m_advertiserId;
    QString m_country;
    RetryPolicy m_policy{RetryPolicy::Options{}};
    QPointer<RetryingCall> m_call;
    QString m_errorString;
    int m_httpStatus = 0;
    QList<Advertiser> m_advertisers;
    QString m_applicationName;
    QList<InMarketBrand> m_brands;
    QList<InMarketInterest> m_interests;
};
