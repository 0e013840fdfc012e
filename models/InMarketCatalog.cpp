#include "InMarketCatalog.h"

InMarketCatalog::InMarketCatalog(QObject *parent)
    : QObject(parent)
{ }

InMarketCatalog::~InMarketCatalog() = default;

QString InMarketCatalog::key(const QString &advertiserId, const QString &country)
{
    return advertiserId + QLatin1Char('\n') + country.toUpper();
}

void InMarketCatalog::request(const QString &advertiserId, const QString &country, bool refresh)
{
    const QString k = key(advertiserId, country);
    if (!refresh && m_cache.contains(k)) {
        Q_EMIT loaded(advertiserId, country.toUpper());
        return;
    }
    if (m_loading.contains(k))
        return;
    m_loading.insert(k);
    fetch(advertiserId, country.toUpper());
}

bool InMarketCatalog::isCached(const QString &advertiserId, const QString &country) const
{
    return m_cache.contains(key(advertiserId, country));
}

bool InMarketCatalog::isLoading(const QString &advertiserId, const QString &country) const
{
    return m_loading.contains(key(advertiserId, country));
}

QList<InMarketBrand> InMarketCatalog::brands(const QString &advertiserId,
                                             const QString &country) const
{
    return m_cache.value(key(advertiserId, country)).brands;
}

QList<InMarketInterest> InMarketCatalog::interests(const QString &advertiserId,
                                                   const QString &country) const
{
    return m_cache.value(key(advertiserId, country)).interests;
}

QString InMarketCatalog::lastError(const QString &advertiserId, const QString &country) const
{
    return m_errors.value(key(advertiserId, country));
}

void InMarketCatalog::finishFetch(const QString &advertiserId, const QString &country,
                                  const QList<InMarketBrand> &brands,
                                  const QList<InMarketInterest> &interests)
{
    const QString k = key(advertiserId, country);
    m_loading.remove(k);
    m_errors.remove(k);
    m_cache.insert(k, Entry{brands, interests});
    Q_EMIT loaded(advertiserId, country.toUpper());
}

void InMarketCatalog::failFetch(const QString &advertiserId, const QString &country,
                                const QString &error)
{
    const QString k = key(advertiserId, country);
    m_loading.remove(k);
    m_errors.insert(k, error);
    Q_EMIT failed(advertiserId, country.toUpper(), error);
}
