#pragma once

#include "Lookups.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

// The in-market brands and interests of an advertiser's country, for the pickers of the in-market
// form. The lists are cached per (advertiser, country): moving between segments of one advertiser
// and country asks nothing again; request(…, refresh = true) asks again (the form's Refresh).
// Subclasses only fetch: ServiceInMarketCatalog asks the API, MemoryInMarketCatalog answers from
// lists it was given (tests, screenshots). Countries are compared in capitals.
class InMarketCatalog : public QObject
{
    Q_OBJECT

public:
    explicit InMarketCatalog(QObject *parent = nullptr);
    ~InMarketCatalog() override;

    // Makes the lists of (advertiser, country) available. When they are cached and `refresh` is
    // false, loaded() is emitted before this returns. Otherwise they are fetched (once, however
    // many requests for the same pair arrive meanwhile) and loaded() or failed() follows; the
    // cached lists stay readable until a refresh succeeds.
    void request(const QString &advertiserId, const QString &country, bool refresh = false);

    bool isCached(const QString &advertiserId, const QString &country) const;
    bool isLoading(const QString &advertiserId, const QString &country) const;
    // The cached lists; empty when nothing is cached for the pair.
    QList<InMarketBrand> brands(const QString &advertiserId, const QString &country) const;
    QList<InMarketInterest> interests(const QString &advertiserId, const QString &country) const;
    // Why the last fetch of the pair failed; empty after a success.
    QString lastError(const QString &advertiserId, const QString &country) const;

Q_SIGNALS:
    void loaded(const QString &advertiserId, const QString &country);
    void failed(const QString &advertiserId, const QString &country, const QString &error);

protected:
    // Starts fetching the lists of one pair (country in capitals). The subclass answers with
    // finishFetch() or failFetch(), later or before returning.
    virtual void fetch(const QString &advertiserId, const QString &country) = 0;
    void finishFetch(const QString &advertiserId, const QString &country,
                     const QList<InMarketBrand> &brands, const QList<InMarketInterest> &interests);
    void failFetch(const QString &advertiserId, const QString &country, const QString &error);

private:
    struct Entry
    {
        QList<InMarketBrand> brands;
        QList<InMarketInterest> interests;
    };
    static QString key(const QString &advertiserId, const QString &country);

    QHash<QString, Entry> m_cache;
    QHash<QString, QString> m_errors;
    QSet<QString> m_loading;
};
