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

// A small slice of the Google product taxonomy: 1 Apparel > 166 Clothing > 187 Shoes, 5322
// Activewear; 5408 Sporting goods at the top level; 499 Athletics below it.
inline QList<InMarketInterest> interestsFr()
{
    return {{QStringLiteral("187"), QStringLiteral("166")},
            {QStringLiteral("1"), QString()},
            {QStringLiteral("166"), QStringLiteral("1")},
            {QStringLiteral("5322"), QStringLiteral("166")},
            {QStringLiteral("5408"), QString()},
            {QStringLiteral("499"), QStringLiteral("5408")}};
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
