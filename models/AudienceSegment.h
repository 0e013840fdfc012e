#pragma once

#include "Nillable.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The domain value of one Criteo audience segment (AudienceSegmentEntityV1 of API 2025-10).
// Plain values with equality: models hold (original, edited) pairs of these, the patch builder
// diffs them, the codec reads and writes them. Every enum keeps an Unknown for values a later API
// version may add; such values are shown but never sent.

enum class SegmentType {
    Unknown,
    InMarket,
    Prospecting,
    ContactList,
    Location,
    Behavioral,
    Retargeting,
    Lookalike
};
enum class Gender { Unknown, Male, Female };
enum class BuyingPower { Unknown, Low, Medium, High, VeryHigh };
enum class PriceRange { Unknown, Low, Medium, High };
enum class UsersType { Unknown, Prospects, ProspectsOrNonBuyers };
enum class VisitorsType { Unknown, All, Buyers, NonBuyers };
enum class RegistryType { Unknown, PointOfInterest };
enum class BehavioralCategory { Unknown, Lifestyles, LifeEvents, Seasonal, BuyingPatterns };

// Integers are held as qint64 even where the API says int32, so that an out-of-range value typed
// into a working-set file reaches the validator (which names it) instead of being truncated.

struct InMarketSettings
{
    std::optional<QString> country; // ISO 3166-1 alpha-2
    QStringList brandIds;           // a set: order is kept for display, compared without it
    QStringList interestIds;        // a set
    QList<BuyingPower> buyingPower; // a set
    QList<PriceRange> priceRange;   // a set
    Nillable<Gender> gender;

    friend bool operator==(const InMarketSettings &a, const InMarketSettings &b);
    friend bool operator!=(const InMarketSettings &a, const InMarketSettings &b)
    {
        return !(a == b);
    }
};

struct PointOfInterest
{
    QString name;
    std::optional<double> latitude;
    std::optional<double> longitude;

    // Coordinates equal within 1e-5 (the server rounds to 5 decimals).
    friend bool operator==(const PointOfInterest &a, const PointOfInterest &b);
    friend bool operator!=(const PointOfInterest &a, const PointOfInterest &b) { return !(a == b); }
};

struct LocationSettings
{
    QList<PointOfInterest> pointsOfInterest;
    std::optional<qint64> radiusInKm; // int32 in the API
    std::optional<RegistryType> registryType;

    friend bool operator==(const LocationSettings &a, const LocationSettings &b);
    friend bool operator!=(const LocationSettings &a, const LocationSettings &b)
    {
        return !(a == b);
    }
};

struct ProspectingSettings
{
    std::optional<UsersType> usersType;
    Nillable<qint64> daysSinceLastVisitMin; // int32 in the API; cleared = no limit
    Nillable<qint64> daysSinceLastVisitMax;

    friend bool operator==(const ProspectingSettings &a, const ProspectingSettings &b);
    friend bool operator!=(const ProspectingSettings &a, const ProspectingSettings &b)
    {
        return !(a == b);
    }
};

struct RetargetingSettings
{
    std::optional<VisitorsType> visitorsType;
    std::optional<qint64> daysSinceLastVisitMin; // int32 in the API, not nillable in a PATCH
    std::optional<qint64> daysSinceLastVisitMax;

    friend bool operator==(const RetargetingSettings &a, const RetargetingSettings &b);
    friend bool operator!=(const RetargetingSettings &a, const RetargetingSettings &b)
    {
        return !(a == b);
    }
};

struct LookalikeSettings
{
    std::optional<QString> seedSegmentId; // fixed once created: never sent
    std::optional<qint64> targetSize;     // int64 in the API

    friend bool operator==(const LookalikeSettings &a, const LookalikeSettings &b);
    friend bool operator!=(const LookalikeSettings &a, const LookalikeSettings &b)
    {
        return !(a == b);
    }
};

// Read-only for the editor: only name and description of these segments can change.
struct ContactListSettings
{
    std::optional<bool> isReadOnly;

    friend bool operator==(const ContactListSettings &a, const ContactListSettings &b);
    friend bool operator!=(const ContactListSettings &a, const ContactListSettings &b)
    {
        return !(a == b);
    }
};

struct BehavioralSettings
{
    BehavioralCategory category = BehavioralCategory::Unknown;
    std::optional<QString> country;
    std::optional<QDateTime> startDate;
    std::optional<QDateTime> endDate;

    friend bool operator==(const BehavioralSettings &a, const BehavioralSettings &b);
    friend bool operator!=(const BehavioralSettings &a, const BehavioralSettings &b)
    {
        return !(a == b);
    }
};

struct AudienceSegment
{
    QString id;
    QString advertiserId;
    SegmentType type = SegmentType::Unknown;
    std::optional<QString> name;
    Nillable<QString> description;
    std::optional<QDateTime> createdAt; // UTC, read-only
    std::optional<QDateTime> updatedAt; // UTC, read-only

    // At most the one matching `type` is present in a well-formed segment; the codec keeps whatever
    // the server sent.
    std::optional<InMarketSettings> inMarket;
    std::optional<LocationSettings> location;
    std::optional<ProspectingSettings> prospecting;
    std::optional<RetargetingSettings> retargeting;
    std::optional<LookalikeSettings> lookalike;
    std::optional<ContactListSettings> contactList;
    std::optional<BehavioralSettings> behavioral;

    // Whether the editor may change the type-specific settings (name and description are always
    // editable unless the type is Unknown).
    bool hasEditableSettings() const;

    friend bool operator==(const AudienceSegment &a, const AudienceSegment &b);
    friend bool operator!=(const AudienceSegment &a, const AudienceSegment &b) { return !(a == b); }
};

// Wire names of the enums (exactly as the API spells them) and back; unknown text maps to Unknown.
namespace SegmentEnums {
QString toString(SegmentType v);
QString toString(Gender v);
QString toString(BuyingPower v);
QString toString(PriceRange v);
QString toString(UsersType v);
QString toString(VisitorsType v);
QString toString(RegistryType v);
QString toString(BehavioralCategory v);

SegmentType segmentTypeFromString(const QString &s);
Gender genderFromString(const QString &s);
BuyingPower buyingPowerFromString(const QString &s);
PriceRange priceRangeFromString(const QString &s);
UsersType usersTypeFromString(const QString &s);
VisitorsType visitorsTypeFromString(const QString &s);
RegistryType registryTypeFromString(const QString &s);
BehavioralCategory behavioralCategoryFromString(const QString &s);

// Every value but Unknown, in the API's order: what a picker offers.
QList<SegmentType> allSegmentTypes();
} // namespace SegmentEnums

// Set comparison of a list (order and duplicates ignored).
template<typename T> bool sameSet(const QList<T> &a, const QList<T> &b)
{
    for (const T &x : a)
        if (!b.contains(x))
            return false;
    for (const T &x : b)
        if (!a.contains(x))
            return false;
    return true;
}
