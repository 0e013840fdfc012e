#pragma once

#include "Lookups.h"
#include "MemoryInMarketCatalog.h"

#include <QList>

// In-market lists for the sample in-market segment (1001: advertiser 501, FR, brands 4101 and
// 4102, interests 187 and 5408), shared by the in-market tests and the screenshots.
namespace FormSamples {

inline QList<InMarketBrand> brandsFr()
{
    return {{QStringLiteral("4101"), QStringLiteral("Nike"), 1250000},
            {QStringLiteral("4102"), QStringLiteral("Adidas"), 830000},
            {QStringLiteral("4103"), QStringLiteral("Puma"), 312000},
            {QStringLiteral("4104"), QStringLiteral("Asics"), 141500},
            {QStringLiteral("4105"), QStringLiteral("New Balance"), std::nullopt}};
}

// A slice of the Google product taxonomy as the API lists it (ids and parent ids, children before
// their parents): 166 Apparel & Accessories > 1604 Clothing > 5322 Activewear, 182 Baby & Toddler
// Clothing > 5408 Baby & Toddler Bottoms; 166 > 187 Shoes; 988 Sporting Goods > 499713 Athletics;
// and 990000001, an id the taxonomy does not have.
inline QList<InMarketInterest> interestsFr()
{
    return {{QStringLiteral("187"), QStringLiteral("166")},
            {QStringLiteral("166"), QString()},
            {QStringLiteral("1604"), QStringLiteral("166")},
            {QStringLiteral("5322"), QStringLiteral("1604")},
            {QStringLiteral("5408"), QStringLiteral("182")},
            {QStringLiteral("182"), QStringLiteral("1604")},
            {QStringLiteral("988"), QString()},
            {QStringLiteral("499713"), QStringLiteral("988")},
            {QStringLiteral("990000001"), QString()}};
}

inline QList<InMarketBrand> brandsDe()
{
    return {{QStringLiteral("4201"), QStringLiteral("Adidas DE"), 990000}};
}

inline void fill(MemoryInMarketCatalog &catalog)
{
    catalog.setLists(QStringLiteral("501"), QStringLiteral("FR"), brandsFr(), interestsFr());
    catalog.setLists(QStringLiteral("501"), QStringLiteral("DE"), brandsDe(),
                     {{QStringLiteral("1"), QString()}});
}

} // namespace FormSamples
