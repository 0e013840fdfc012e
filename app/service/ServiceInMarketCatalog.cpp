#include "ServiceInMarketCatalog.h"

#include "LookupJob.h"

ServiceInMarketCatalog::ServiceInMarketCatalog(ApiClient *client, QObject *parent)
    : InMarketCatalog(parent)
    , m_client(client)
{
    Q_ASSERT(client);
}

ServiceInMarketCatalog::~ServiceInMarketCatalog()
{
    // Nobody is told any more: the answers would reach a catalog being destroyed.
    for (const Fetch &fetch : std::as_const(m_fetches)) {
        for (LookupJob *job : {fetch.brands.data(), fetch.interests.data()}) {
            if (!job)
                continue;
            disconnect(job, nullptr, this, nullptr);
            job->cancel();
        }
    }
}

void ServiceInMarketCatalog::fetch(const QString &advertiserId, const QString &country)
{
    const QString key = advertiserId + QLatin1Char('\n') + country;
    Fetch fetch{advertiserId, country, nullptr, nullptr, 0};
    const auto makeJob = [&](LookupJob::Kind kind) {
        auto *job = new LookupJob(m_client, kind, this);
        job->setAdvertiserAndCountry(advertiserId, country);
        if (m_retryOptions)
            job->setRetryOptions(*m_retryOptions);
        connect(job, &LookupJob::finished, this, [this, key] { jobFinished(key); });
        return job;
    };
    fetch.brands = makeJob(LookupJob::Kind::Brands);
    fetch.interests = makeJob(LookupJob::Kind::Interests);
    m_fetches.insert(key, fetch);
    fetch.brands->start();
    fetch.interests->start();
}

void ServiceInMarketCatalog::jobFinished(const QString &key)
{
    auto it = m_fetches.find(key);
    if (it == m_fetches.end() || ++it->finished < 2)
        return;
    const Fetch fetch = *it;
    m_fetches.erase(it);
    // Jobs finish inside their own signal: delete them later.
    fetch.brands->deleteLater();
    fetch.interests->deleteLater();
    if (fetch.brands->hasError())
        failFetch(fetch.advertiserId, fetch.country,
                  tr("The in-market brands could not be loaded: %1")
                          .arg(fetch.brands->errorString()));
    else if (fetch.interests->hasError())
        failFetch(fetch.advertiserId, fetch.country,
                  tr("The in-market interests could not be loaded: %1")
                          .arg(fetch.interests->errorString()));
    else
        finishFetch(fetch.advertiserId, fetch.country, fetch.brands->brands(),
                    fetch.interests->interests());
}
