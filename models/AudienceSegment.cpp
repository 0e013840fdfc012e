#include "AudienceSegment.h"

#include <QtMath>

#include <array>
#include <utility>

namespace {

bool sameCoordinate(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    // The server keeps 5 decimals: values closer than one unit of the fifth decimal are the same
    // place; a change of one unit is a real edit.
    return !a || qAbs(*a - *b) < 1e-5 - 1e-9;
}

template<typename Enum, std::size_t N>
QString enumToString(const std::array<std::pair<Enum, const char *>, N> &names, Enum v)
{
    for (const auto &[value, name] : names)
        if (value == v)
            return QString::fromLatin1(name);
    return QStringLiteral("Unknown");
}

template<typename Enum, std::size_t N>
Enum enumFromString(const std::array<std::pair<Enum, const char *>, N> &names, const QString &s)
{
    for (const auto &[value, name] : names)
        if (s == QLatin1String(name))
            return value;
    return Enum::Unknown;
}

const std::array<std::pair<SegmentType, const char *>, 8> segmentTypeNames{{
        {SegmentType::Unknown, "Unknown"},
        {SegmentType::InMarket, "InMarket"},
        {SegmentType::Prospecting, "Prospecting"},
        {SegmentType::ContactList, "ContactList"},
        {SegmentType::Location, "Location"},
        {SegmentType::Behavioral, "Behavioral"},
        {SegmentType::Retargeting, "Retargeting"},
        {SegmentType::Lookalike, "Lookalike"},
}};
const std::array<std::pair<Gender, const char *>, 3> genderNames{
        {{Gender::Unknown, "Unknown"}, {Gender::Male, "Male"}, {Gender::Female, "Female"}}};
const std::array<std::pair<BuyingPower, const char *>, 5> buyingPowerNames{{
        {BuyingPower::Unknown, "Unknown"},
        {BuyingPower::Low, "Low"},
        {BuyingPower::Medium, "Medium"},
        {BuyingPower::High, "High"},
        {BuyingPower::VeryHigh, "VeryHigh"},
}};
const std::array<std::pair<PriceRange, const char *>, 4> priceRangeNames{{
        {PriceRange::Unknown, "Unknown"},
        {PriceRange::Low, "Low"},
        {PriceRange::Medium, "Medium"},
        {PriceRange::High, "High"},
}};
const std::array<std::pair<UsersType, const char *>, 3> usersTypeNames{{
        {UsersType::Unknown, "Unknown"},
        {UsersType::Prospects, "Prospects"},
        {UsersType::ProspectsOrNonBuyers, "ProspectsOrNonBuyers"},
}};
const std::array<std::pair<VisitorsType, const char *>, 4> visitorsTypeNames{{
        {VisitorsType::Unknown, "Unknown"},
        {VisitorsType::All, "All"},
        {VisitorsType::Buyers, "Buyers"},
        {VisitorsType::NonBuyers, "NonBuyers"},
}};
const std::array<std::pair<RegistryType, const char *>, 2> registryTypeNames{
        {{RegistryType::Unknown, "Unknown"}, {RegistryType::PointOfInterest, "PointOfInterest"}}};
const std::array<std::pair<BehavioralCategory, const char *>, 5> behavioralCategoryNames{{
        {BehavioralCategory::Unknown, "Unknown"},
        {BehavioralCategory::Lifestyles, "Lifestyles"},
        {BehavioralCategory::LifeEvents, "LifeEvents"},
        {BehavioralCategory::Seasonal, "Seasonal"},
        {BehavioralCategory::BuyingPatterns, "BuyingPatterns"},
}};

} // namespace

bool operator==(const InMarketSettings &a, const InMarketSettings &b)
{
    return a.country == b.country && sameSet(a.brandIds, b.brandIds)
            && sameSet(a.interestIds, b.interestIds) && sameSet(a.buyingPower, b.buyingPower)
            && sameSet(a.priceRange, b.priceRange) && a.gender == b.gender;
}

bool operator==(const PointOfInterest &a, const PointOfInterest &b)
{
    return a.name == b.name && sameCoordinate(a.latitude, b.latitude)
            && sameCoordinate(a.longitude, b.longitude);
}

bool operator==(const LocationSettings &a, const LocationSettings &b)
{
    return a.radiusInKm == b.radiusInKm && a.registryType == b.registryType
            && sameSet(a.pointsOfInterest, b.pointsOfInterest);
}

bool operator==(const ProspectingSettings &a, const ProspectingSettings &b)
{
    return a.usersType == b.usersType && a.daysSinceLastVisitMin == b.daysSinceLastVisitMin
            && a.daysSinceLastVisitMax == b.daysSinceLastVisitMax;
}

bool operator==(const RetargetingSettings &a, const RetargetingSettings &b)
{
    return a.visitorsType == b.visitorsType && a.daysSinceLastVisitMin == b.daysSinceLastVisitMin
            && a.daysSinceLastVisitMax == b.daysSinceLastVisitMax;
}

bool operator==(const LookalikeSettings &a, const LookalikeSettings &b)
{
    return a.seedSegmentId == b.seedSegmentId && a.targetSize == b.targetSize;
}

bool operator==(const ContactListSettings &a, const ContactListSettings &b)
{
    return a.isReadOnly == b.isReadOnly;
}

bool operator==(const BehavioralSettings &a, const BehavioralSettings &b)
{
    return a.category == b.category && a.country == b.country && a.startDate == b.startDate
            && a.endDate == b.endDate;
}

bool AudienceSegment::hasEditableSettings() const
{
    switch (type) {
    case SegmentType::InMarket:
    case SegmentType::Location:
    case SegmentType::Prospecting:
    case SegmentType::Retargeting:
    case SegmentType::Lookalike:
        return true;
    case SegmentType::ContactList:
    case SegmentType::Behavioral:
    case SegmentType::Unknown:
        break;
    }
    return false;
}

bool operator==(const AudienceSegment &a, const AudienceSegment &b)
{
    return a.id == b.id && a.advertiserId == b.advertiserId && a.type == b.type && a.name == b.name
            && a.description == b.description && a.createdAt == b.createdAt
            && a.updatedAt == b.updatedAt && a.inMarket == b.inMarket && a.location == b.location
            && a.prospecting == b.prospecting && a.retargeting == b.retargeting
            && a.lookalike == b.lookalike && a.contactList == b.contactList
            && a.behavioral == b.behavioral;
}

namespace SegmentEnums {

QString toString(SegmentType v)
{
    return enumToString(segmentTypeNames, v);
}
QString toString(Gender v)
{
    return enumToString(genderNames, v);
}
QString toString(BuyingPower v)
{
    return enumToString(buyingPowerNames, v);
}
QString toString(PriceRange v)
{
    return enumToString(priceRangeNames, v);
}
QString toString(UsersType v)
{
    return enumToString(usersTypeNames, v);
}
QString toString(VisitorsType v)
{
    return enumToString(visitorsTypeNames, v);
}
QString toString(RegistryType v)
{
    return enumToString(registryTypeNames, v);
}
QString toString(BehavioralCategory v)
{
    return enumToString(behavioralCategoryNames, v);
}

SegmentType segmentTypeFromString(const QString &s)
{
    return enumFromString(segmentTypeNames, s);
}
Gender genderFromString(const QString &s)
{
    return enumFromString(genderNames, s);
}
BuyingPower buyingPowerFromString(const QString &s)
{
    return enumFromString(buyingPowerNames, s);
}
PriceRange priceRangeFromString(const QString &s)
{
    return enumFromString(priceRangeNames, s);
}
UsersType usersTypeFromString(const QString &s)
{
    return enumFromString(usersTypeNames, s);
}
VisitorsType visitorsTypeFromString(const QString &s)
{
    return enumFromString(visitorsTypeNames, s);
}
RegistryType registryTypeFromString(const QString &s)
{
    return enumFromString(registryTypeNames, s);
}
BehavioralCategory behavioralCategoryFromString(const QString &s)
{
    return enumFromString(behavioralCategoryNames, s);
}

QList<SegmentType> allSegmentTypes()
{
    return {SegmentType::InMarket, SegmentType::Prospecting, SegmentType::ContactList,
            SegmentType::Location, SegmentType::Behavioral,  SegmentType::Retargeting,
            SegmentType::Lookalike};
}

} // namespace SegmentEnums
