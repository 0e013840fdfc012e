#pragma once

#include "SegmentForm.h"

class CountryComboBox;
class LookupChecklist;
class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;

// In-market segments: the country, the brands and interests the audience shops for (picked from
// the lists the API has for the segments' advertiser and country, through the InMarketCatalog),
// gender (clearing it is an explicit choice), buying power and price range. Interests are named
// from the Google product taxonomy (ProductTaxonomy), in the user's language where it has one.
// Brands and interests the lists do not know are kept and shown as unknown. With segments of
// several advertisers or countries only the ids the segments carry are listed, the brands named
// from the lists of their (advertiser, country) pairs, else shown as ids without a name. A line
// under each list sums up what is ticked.
class InMarketForm : public SegmentForm
{
    Q_OBJECT

public:
    InMarketForm(SegmentTableModel *model, SegmentEditor *editor, InMarketCatalog *catalog,
                 QWidget *parent = nullptr);

    std::optional<SegmentType> formType() const override { return SegmentType::InMarket; }

    // The (advertiser, country) the lists are for; empty when the shown segments do not share one.
    QString lookupAdvertiser() const { return m_lookupAdvertiser; }
    QString lookupCountry() const { return m_lookupCountry; }

protected:
    void segmentsShown() override;
    void refreshFields() override;
    bool focusSubField(const QString &path) override;

private:
    void updateLookupKey(const QList<AudienceSegment> &segments);
    void applyLookups();
    void refreshChecklists(const QList<AudienceSegment> &segments);
    void onCatalogLoaded(const QString &advertiserId, const QString &country);
    void onCatalogFailed(const QString &advertiserId, const QString &country, const QString &error);
    void refreshLookups();
    void collectBrandNames();
    QString tickedSummary(const LookupChecklist *list, bool brands) const;
    void setStatus(const QString &text, bool error = false);
    void toggleBrand(const QString &id, bool checked);
    void toggleInterest(const QString &id, bool checked);

    CountryComboBox *m_country;
    QLabel *m_lookupStatus;
    QToolButton *m_refreshLookups;
    LookupChecklist *m_brands;
    LookupChecklist *m_interests;
    QComboBox *m_gender;
    QList<QPair<BuyingPower, QCheckBox *>> m_buyingPower;
    QList<QPair<PriceRange, QCheckBox *>> m_priceRange;

    QString m_lookupKey;
    QString m_lookupAdvertiser;
    QString m_lookupCountry;
    bool m_lookupLoaded = false;
    // Mixed segments: the lists that name their brands, and the names found.
    QList<QPair<QString, QString>> m_namePairs;
    QHash<QString, QString> m_brandNames;
    bool m_requestingNames = false;
};
