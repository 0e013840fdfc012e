#include "MemoryInMarketCatalog.h"

#include <utility>

MemoryInMarketCatalog::MemoryInMarketCatalog(QObject *parent)
    : InMarketCatalog(parent)
{ }

QString MemoryInMarketCatalog::key(const QString &advertiserId, const QString &country)
{
    return advertiserId + QLatin1Char('\n') + country.toUpper();
}

void MemoryInMarketCatalog::setLists(const QString &advertiserId, const QString &country,
                                     const QList<InMarketBrand> &brands,
                                     const QList<InMarketInterest> &interests)
{
    m_lists.insert(key(advertiserId, country), Lists{brands, interests});
}

void MemoryInMarketCatalog::setFailure(const QString &advertiserId, const QString &country,
                                       const QString &error)
{
    if (error.isEmpty())
        m_failures.remove(key(advertiserId, country));
    else
        m_failures.insert(key(advertiserId, country), error);
}

int MemoryInMarketCatalog::answerPending()
{
    const QList<QPair<QString, QString>> pending = std::exchange(m_pending, {});
    for (const auto &[advertiserId, country] : pending)
        answer(advertiserId, country);
    return static_cast<int>(pending.size());
}

void MemoryInMarketCatalog::fetch(const QString &advertiserId, const QString &country)
{
    ++m_fetchCount;
    if (m_deferred)
        m_pending.append({advertiserId, country});
    else
        answer(advertiserId, country);
}

void MemoryInMarketCatalog::answer(const QString &advertiserId, const QString &country)
{
    const QString k = key(advertiserId, country);
    if (m_failures.contains(k)) {
        failFetch(advertiserId, country, m_failures.value(k));
        return;
    }
    const Lists lists = m_lists.value(k);
    finishFetch(advertiserId, country, lists.brands, lists.interests);
}
