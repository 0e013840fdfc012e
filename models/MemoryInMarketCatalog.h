#pragma once

#include "InMarketCatalog.h"

// An InMarketCatalog that answers from lists it was given instead of the API: for tests, the
// screenshots and anything else that runs without a server. A pair it was given nothing for gets
// empty lists (as the API answers for a country without data), unless a failure was set for it.
// Answers come at once, or, with setDeferred(true), when answerPending() is called, so that a test
// can look at the form while it waits.
class MemoryInMarketCatalog : public InMarketCatalog
{
    Q_OBJECT

public:
    explicit MemoryInMarketCatalog(QObject *parent = nullptr);

    void setLists(const QString &advertiserId, const QString &country,
                  const QList<InMarketBrand> &brands, const QList<InMarketInterest> &interests);
    // The next fetches of the pair fail with `error` (an empty error removes the failure).
    void setFailure(const QString &advertiserId, const QString &country, const QString &error);
    void setDeferred(bool deferred) { m_deferred = deferred; }
    // Answers every fetch that waits (deferred mode); returns how many.
    int answerPending();

    // How many fetches were made: the cache makes a second request of a pair free.
    int fetchCount() const { return m_fetchCount; }

protected:
    void fetch(const QString &advertiserId, const QString &country) override;

private:
    struct Lists
    {
        QList<InMarketBrand> brands;
        QList<InMarketInterest> interests;
    };
    void answer(const QString &advertiserId, const QString &country);
    static QString key(const QString &advertiserId, const QString &country);

    QHash<QString, Lists> m_lists;
    QHash<QString, QString> m_failures;
    QList<QPair<QString, QString>> m_pending;
    bool m_deferred = false;
    int m_fetchCount = 0;
};
