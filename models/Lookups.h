#pragma once

#include <QString>

#include <optional>

// Values the API lists for pickers and the connection: advertisers the credentials reach, and the
// in-market brands and interests of an advertiser's country.
struct Advertiser
{
    QString id;
    QString name;
    friend bool operator==(const Advertiser &a, const Advertiser &b)
    {
        return a.id == b.id && a.name == b.name;
    }
};

struct InMarketBrand
{
    QString id;
    QString name;
    std::optional<qint64> size;
    friend bool operator==(const InMarketBrand &a, const InMarketBrand &b)
    {
        return a.id == b.id && a.name == b.name && a.size == b.size;
    }
};

// Interests come as a tree without names (the Google product taxonomy's ids).
struct InMarketInterest
{
    QString id;
    QString parentId; // empty at the root
    friend bool operator==(const InMarketInterest &a, const InMarketInterest &b)
    {
        return a.id == b.id && a.parentId == b.parentId;
    }
};
