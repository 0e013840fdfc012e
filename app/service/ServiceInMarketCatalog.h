#pragma once

#include "InMarketCatalog.h"
#include "RetryPolicy.h"

#include <QHash>
#include <QPointer>

#include <optional>

class ApiClient;
class LookupJob;

// The in-market lists from the API: `in-market-brands` and `in-market-interests` of an
// advertiser and country, asked together (two LookupJobs, retried like any read); the pair is
// loaded when both answered, and failed with the first error otherwise. Caching is the base
// class's.
class ServiceInMarketCatalog : public InMarketCatalog
{
    Q_OBJECT

public:
    explicit ServiceInMarketCatalog(ApiClient *client, QObject *parent = nullptr);
    ~ServiceInMarketCatalog() override;

    void setRetryOptions(const RetryPolicy::Options &options) { m_retryOptions = options; }

protected:
    void fetch(const QString &advertiserId, const QString &country) override;

private:
    struct Fetch
    {
        QString advertiserId;
        QString country;
        QPointer<LookupJob> brands;
        QPointer<LookupJob> interests;
        int finished = 0;
    };
    void jobFinished(const QString &key);

    ApiClient *m_client;
    std::optional<RetryPolicy::Options> m_retryOptions;
    QHash<QString, Fetch> m_fetches;
};
