#include "DemoDataGenerator.h"

#include "DemoInsights.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

#include <cmath>
#include <cstdio>

namespace {

struct AdvertiserSeed
{
    const char *id;
    const char *name;
    bool reachable;
};

// The first is the flagship that holds one segment of each type.
constexpr AdvertiserSeed kAdvertisers[] = {
        {"41825", "Maison Lumière", true},        {"52231", "Northwind Running", true},
        {"60717", "Verdant Home & Garden", true}, {"73550", "Atlas Travel Gear", true},
        {"88104", "Bright Optics", true},         {"99312", "Kestrel Outdoor", false},
};

struct BrandSeed
{
    const char *id;
    const char *name;
    qint32 size;
};

constexpr BrandSeed kBrands[] = {
        {"1001", "Adidas", 4200000},
        {"1002", "Nike", 5100000},
        {"1003", "Puma", 2300000},
        {"1004", "Asics", 1450000},
        {"1005", "New Balance", 1800000},
        {"1006", "Salomon", 760000},
        {"1007", "Samsung", 6300000},
        {"1008", "Apple", 7200000},
        {"1009", "Sony", 3900000},
        {"1010", "LG", 2700000},
        {"1011", "Philips", 2500000},
        {"1012", "Dyson", 1300000},
        {"1013", "Bosch", 2100000},
        {"1014", "De'Longhi", 950000},
        {"1015", "Nespresso", 1650000},
        {"1016", "IKEA", 4800000},
        {"1017", "Lego", 2900000},
        {"1018", "Hasbro", 1100000},
        {"1019", "L'Oréal", 3600000},
        {"1020", "Sephora", 2400000},
        {"1021", "Nivea", 2000000},
        {"1022", "Levi's", 1900000},
        {"1023", "Zara", 3300000},
        {"1024", "H&M", 3100000},
        {"1025", "Ray-Ban", 890000},
        {"1026", "Casio", 640000},
        {"1027", "Garmin", 720000},
        {"1028", "GoPro", 510000},
        {"1029", "Canon", 1250000},
        {"1030", "Nikon", 830000},
        {"1031", "Michelin", 1400000},
        {"1032", "Decathlon", 3800000},
        {"1033", "The North Face", 990000},
        {"1034", "Patagonia", 450000},
        {"1035", "Samsonite", 580000},
        {"1036", "Tefal", 1700000},
        {"1037", "KitchenAid", 690000},
        {"1038", "Lenovo", 2200000},
        {"1039", "HP", 2600000},
        {"1040", "Nintendo", 2800000},
};

struct InterestSeed
{
    const char *id;
    const char *parentId;
    const char *name;
};

// A slice of the Google product taxonomy: its ids, parent ids and English names (2021-09-21
// edition), every parent included; tst_demoserver checks them against resources/taxonomy.
constexpr InterestSeed kInterests[] = {
        {"1", "", "Animals & Pet Supplies"},
        {"2", "1", "Pet Supplies"},
        {"4", "2", "Cat Supplies"},
        {"5", "2", "Dog Supplies"},
        {"166", "", "Apparel & Accessories"},
        {"1604", "166", "Clothing"},
        {"5322", "1604", "Activewear"},
        {"203", "1604", "Outerwear"},
        {"187", "166", "Shoes"},
        {"167", "166", "Clothing Accessories"},
        {"188", "166", "Jewelry"},
        {"201", "188", "Watches"},
        {"537", "", "Baby & Toddler"},
        {"2764", "537", "Baby Transport"},
        {"141", "", "Cameras & Optics"},
        {"142", "141", "Cameras"},
        {"222", "", "Electronics"},
        {"223", "222", "Audio"},
        {"2165", "223", "Audio Components"},
        {"505771", "2165", "Headphones & Headsets"},
        {"278", "222", "Computers"},
        {"328", "278", "Laptops"},
        {"262", "222", "Communications"},
        {"270", "262", "Telephony"},
        {"267", "270", "Mobile Phones"},
        {"386", "222", "Video"},
        {"404", "386", "Televisions"},
        {"1294", "222", "Video Game Consoles"},
        {"412", "", "Food, Beverages & Tobacco"},
        {"413", "412", "Beverages"},
        {"436", "", "Furniture"},
        {"460", "436", "Sofas"},
        {"6433", "436", "Beds & Accessories"},
        {"469", "", "Health & Beauty"},
        {"2915", "469", "Personal Care"},
        {"473", "2915", "Cosmetics"},
        {"479", "473", "Perfume & Cologne"},
        {"567", "473", "Skin Care"},
        {"536", "", "Home & Garden"},
        {"638", "536", "Kitchen & Dining"},
        {"730", "638", "Kitchen Appliances"},
        {"736", "730", "Coffee Makers & Espresso Machines"},
        {"689", "536", "Lawn & Garden"},
        {"2918", "689", "Outdoor Living"},
        {"5181", "", "Luggage & Bags"},
        {"107", "5181", "Suitcases"},
        {"988", "", "Sporting Goods"},
        {"499713", "988", "Athletics"},
        {"990", "988", "Exercise & Fitness"},
        {"999", "990", "Yoga & Pilates"},
        {"1011", "988", "Outdoor Recreation"},
        {"1013", "1011", "Camping & Hiking"},
        {"1025", "1011", "Cycling"},
        {"1239", "", "Toys & Games"},
        {"3793", "1239", "Games"},
        {"1253", "1239", "Toys"},
        {"888", "", "Vehicles & Parts"},
        {"5613", "888", "Vehicle Parts & Accessories"},
        {"922", "", "Office Supplies"},
        {"6362", "436", "Office Furniture"},
};

struct CitySeed
{
    const char *name;
    const char *country;
    double latitude;
    double longitude;
};

constexpr CitySeed kCities[] = {
        {"Paris", "FR", 48.85661, 2.35222},        {"Lyon", "FR", 45.76404, 4.83566},
        {"Marseille", "FR", 43.29648, 5.36978},    {"Bordeaux", "FR", 44.83779, -0.57918},
        {"Lille", "FR", 50.62925, 3.05726},        {"Berlin", "DE", 52.52001, 13.40495},
        {"Munich", "DE", 48.13513, 11.58198},      {"Hamburg", "DE", 53.55108, 9.99368},
        {"London", "GB", 51.50735, -0.12776},      {"Manchester", "GB", 53.48076, -2.24263},
        {"Madrid", "ES", 40.41678, -3.70379},      {"Barcelona", "ES", 41.38506, 2.17340},
        {"Milan", "IT", 45.46427, 9.18951},        {"Rome", "IT", 41.90278, 12.49637},
        {"Amsterdam", "NL", 52.37022, 4.89517},    {"Brussels", "BE", 50.85034, 4.35171},
        {"New York", "US", 40.71278, -74.00597},   {"Los Angeles", "US", 34.05223, -118.24368},
        {"Chicago", "US", 41.87811, -87.62980},    {"Toronto", "CA", 43.65107, -79.34702},
        {"Tokyo", "JP", 35.67620, 139.65031},      {"Sydney", "AU", -33.86882, 151.20929},
        {"São Paulo", "BR", -23.55052, -46.63331},
};

constexpr const char *kStores[]
        = {"Central", "Station", "Airport", "Riverside", "Old Town", "Mall", "Outlet", "Flagship"};

constexpr const char *kCountries[]
        = {"FR", "DE", "GB", "ES", "IT", "NL", "BE", "US", "CA", "JP", "AU", "BR"};

constexpr const char *kProducts[] = {
        "Running shoes", "Espresso machine", "Smartphone",    "Laptop",           "Headphones",
        "Sofa",          "Mattress",         "Baby stroller", "Skincare",         "Perfume",
        "Smartwatch",    "Road bike",        "Camping gear",  "Gaming console",   "4K TV",
        "Winter jacket", "Handbag",          "Kitchen knife", "Garden furniture", "Car tyre",
        "Yoga mat",      "Dog food",         "Board game",    "Office chair",     "Sunglasses",
        "Suitcase",      "Hiking boots",     "Coffee beans",
};

constexpr const char *kInMarketTemplates[] = {"%1 intenders", "%1 shoppers – %2", "In-market: %1",
                                              "%1 buyers (high spend)", "%1 researchers – %2"};
constexpr const char *kLocationTemplates[]
        = {"%1 store visitors", "Near %1 stores", "%1 %2 store visitors", "%1 catchment area"};
constexpr const char *kProspectingTemplates[]
        = {"New visitors – %1", "Prospects – %1", "Non-buyers – %1", "Site prospects – %1"};
constexpr const char *kRetargetingTemplates[]
        = {"Cart abandoners – %1", "%1 viewers", "Past buyers – %1", "Product page visitors – %1"};
constexpr const char *kContactListNames[] = {
        "CRM newsletter subscribers",
        "Loyalty members – Gold tier",
        "Loyalty members – Silver tier",
        "Store card holders",
        "App users – iOS",
        "App users – Android",
        "VIP customers",
        "Lapsed customers (12 months)",
        "Customer emails – Q1 2025",
        "Customer emails – Q2 2025",
        "Event attendees",
        "Warranty registrations",
};

struct BehavioralSeed
{
    const char *category;
    const char *name;
};

constexpr BehavioralSeed kBehaviorals[] = {
        {"Lifestyles", "Outdoor enthusiasts"},
        {"Lifestyles", "Foodies"},
        {"Lifestyles", "Fitness fans"},
        {"Lifestyles", "Tech early adopters"},
        {"Lifestyles", "Eco-conscious shoppers"},
        {"LifeEvents", "Recently moved"},
        {"LifeEvents", "New parents"},
        {"LifeEvents", "Getting married"},
        {"LifeEvents", "Starting university"},
        {"Seasonal", "Back to school shoppers"},
        {"Seasonal", "Black Friday bargain hunters"},
        {"Seasonal", "Christmas gift shoppers"},
        {"Seasonal", "Summer holiday planners"},
        {"BuyingPatterns", "Deal seekers"},
        {"BuyingPatterns", "Premium buyers"},
        {"BuyingPatterns", "Frequent online shoppers"},
};

constexpr const char *kDescriptions[] = {
        "Synced from the CRM every night.",
        "Used by the always-on prospecting campaign.",
        "Spring sale audience; review after the campaign.",
        "Owned by the performance team.",
        "Do not use for brand campaigns.",
        "Built for the holiday season push.",
};

constexpr const char *kTypes[] = {"InMarket",  "Location",    "Prospecting", "Retargeting",
                                  "Lookalike", "ContactList", "Behavioral"};

template<typename T, std::size_t N> constexpr int size(const T (&)[N])
{
    return int(N);
}

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

// Fills %1 and %2 of a name template; a template may use only one of them.
QString fill(const char *pattern, const QString &first, const QString &second = {})
{
    QString text = QString::fromUtf8(pattern);
    text.replace(QLatin1String("%1"), first);
    text.replace(QLatin1String("%2"), second);
    return text;
}

double round5(double value)
{
    return std::round(value * 1e5) / 1e5;
}

// ISO 8601 in UTC with milliseconds, as the API writes it; formatted by hand because
// QDateTime::toString() dominated the generation of 100 000 segments.
QString timestamp(qint64 secondsSinceEpoch)
{
    const QDate date = QDate(1970, 1, 1).addDays(secondsSinceEpoch / 86400);
    const int seconds = int(secondsSinceEpoch % 86400);
    char text[32];
    std::snprintf(text, sizeof(text), "%04d-%02d-%02dT%02d:%02d:%02d.000Z", date.year(),
                  date.month(), date.day(), seconds / 3600, seconds / 60 % 60, seconds % 60);
    return QString::fromLatin1(text);
}

// Prototype slots of the objects with a fixed set of keys (see Builder::object).
enum Slot {
    InMarketSlot,
    PoiSlot,
    LocationSlot,
    ProspectingSlot,
    RetargetingSlot,
    LookalikeSlot,
    ContactListSlot,
    BehavioralSlot,
    TopLevelSlot, // + type index: the segment attributes of each type
    SlotCount = TopLevelSlot + size(kTypes)
};

// Everything the generation of one account needs, so the helpers stay short.
class Builder
{
public:
    // An object with these keys and values. Objects of one slot always have the same keys, so a
    // copy of the slot's prototype is filled in: replacing values in place is much cheaper than
    // inserting keys into an empty object, 100 000 times over.
    QJsonObject object(int slot, std::initializer_list<std::pair<const char *, QJsonValue>> fields)
    {
        QJsonObject &prototype = m_prototypes[slot];
        if (prototype.isEmpty()) {
            for (const auto &field : fields)
                prototype.insert(QLatin1String(field.first), QJsonValue());
        }
        QJsonObject o = prototype;
        for (const auto &field : fields)
            o[QLatin1String(field.first)] = field.second;
        return o;
    }

    Builder(quint64 seed)
    {
        const quint32 words[2] = {quint32(seed), quint32(seed >> 32)};
        m_rng = QRandomGenerator(words, 2);
    }

    int pick(int n) { return int(m_rng.bounded(quint32(n))); }
    int between(int low, int high) { return low + pick(high - low + 1); } // inclusive
    bool chance(int percent) { return pick(100) < percent; }

    // `n` distinct picks out of `count` (n <= count), in the order drawn.
    QList<int> distinct(int count, int n)
    {
        QList<int> chosen;
        while (chosen.size() < n) {
            const int i = pick(count);
            if (!chosen.contains(i))
                chosen.append(i);
        }
        return chosen;
    }

    // The name, made unique for its advertiser with a " 2", " 3"… suffix.
    QString uniqueName(const QString &advertiserId, const QString &base)
    {
        QHash<QString, int> &used = m_names[advertiserId];
        int &n = used[base];
        ++n;
        QString name = n == 1 ? base : base + QLatin1Char(' ') + QString::number(n);
        while (n > 1 && used.contains(name)) {
            ++n;
            name = base + QLatin1Char(' ') + QString::number(n);
        }
        if (n > 1)
            used.insert(name, 1);
        return name;
    }

    QJsonObject inMarket(QString *baseName)
    {
        const QString product = utf8(kProducts[pick(size(kProducts))]);
        const QString country = utf8(kCountries[pick(size(kCountries))]);
        *baseName = fill(kInMarketTemplates[pick(size(kInMarketTemplates))], product, country);

        QJsonArray brandIds;
        for (int i : distinct(size(kBrands), between(1, 4)))
            brandIds.append(utf8(kBrands[i].id));
        QJsonArray interestIds;
        for (int i : distinct(size(kInterests), between(1, 3)))
            interestIds.append(utf8(kInterests[i].id));
        static const char *const buyingPowers[] = {"Low", "Medium", "High", "VeryHigh"};
        QJsonArray buyingPower;
        for (int i : distinct(4, between(1, 3)))
            buyingPower.append(utf8(buyingPowers[i]));
        static const char *const priceRanges[] = {"Low", "Medium", "High"};
        QJsonArray priceRange;
        for (int i : distinct(3, between(1, 2)))
            priceRange.append(utf8(priceRanges[i]));
        const int g = pick(3);
        const QJsonValue gender = g == 0
                ? QJsonValue(QJsonValue::Null)
                : QJsonValue(g == 1 ? QStringLiteral("Female") : QStringLiteral("Male"));
        return object(InMarketSlot,
                      {{"country", country},
                       {"brandIds", brandIds},
                       {"interestIds", interestIds},
                       {"buyingPower", buyingPower},
                       {"priceRange", priceRange},
                       {"gender", gender}});
    }

    QJsonObject location(QString *baseName)
    {
        const CitySeed &city = kCities[pick(size(kCities))];
        const QString cityName = utf8(city.name);
        QJsonArray pois;
        const QList<int> stores = distinct(size(kStores), between(1, 4));
        for (int s : stores) {
            const double lat = round5(city.latitude + (pick(6001) - 3000) / 1e5);
            const double lon = round5(city.longitude + (pick(6001) - 3000) / 1e5);
            pois.append(object(PoiSlot,
                               {{"name", QString(cityName + QLatin1Char(' ') + utf8(kStores[s]))},
                                {"latitude", lat},
                                {"longitude", lon}}));
        }
        *baseName = fill(kLocationTemplates[pick(size(kLocationTemplates))], cityName,
                         utf8(kStores[stores.first()]));
        static const int radii[] = {1, 2, 3, 5, 10, 15, 25, 50};
        return object(LocationSlot,
                      {{"pointsOfInterest", pois},
                       {"radiusInKm", radii[pick(8)]},
                       {"registryType", QStringLiteral("PointOfInterest")}});
    }

    QJsonObject prospecting(QString *baseName)
    {
        *baseName = fill(kProspectingTemplates[pick(size(kProspectingTemplates))],
                         utf8(kProducts[pick(size(kProducts))]));
        const bool nonBuyers = chance(50);
        QJsonValue min(QJsonValue::Null);
        QJsonValue max(QJsonValue::Null);
        if (nonBuyers && chance(70)) {
            min = between(0, 14);
            max = between(30, 180);
        }
        return object(
                ProspectingSlot,
                {{"usersType",
                  nonBuyers ? QStringLiteral("ProspectsOrNonBuyers") : QStringLiteral("Prospects")},
                 {"daysSinceLastVisitMin", min},
                 {"daysSinceLastVisitMax", max}});
    }

    QJsonObject retargeting(QString *baseName)
    {
        static const int windows[] = {7, 14, 30, 60, 90, 180};
        const int max = windows[pick(6)];
        const QString window = QStringLiteral("last %1 days").arg(max);
        const int t = pick(size(kRetargetingTemplates));
        *baseName = fill(kRetargetingTemplates[t],
                         t == 1 ? utf8(kProducts[pick(size(kProducts))]) : window);
        static const char *const visitors[] = {"All", "Buyers", "NonBuyers"};
        return object(RetargetingSlot,
                      {{"visitorsType", utf8(visitors[pick(3)])},
                       {"daysSinceLastVisitMin", between(0, qMin(7, max))},
                       {"daysSinceLastVisitMax", max}});
    }

    QJsonObject behavioral(QString *baseName)
    {
        const BehavioralSeed &b = kBehaviorals[pick(size(kBehaviorals))];
        const QString country = utf8(kCountries[pick(size(kCountries))]);
        *baseName = utf8(b.name) + QStringLiteral(" – ") + country;
        QJsonValue start(QJsonValue::Null);
        QJsonValue end(QJsonValue::Null);
        if (qstrcmp(b.category, "Seasonal") == 0) {
            const qint64 first = 1735689600 + qint64(pick(300)) * 86400; // 2025-01-01 + days
            start = timestamp(first);
            end = timestamp(first + qint64(between(14, 60)) * 86400);
        }
        return object(BehavioralSlot,
                      {{"category", utf8(b.category)},
                       {"country", country},
                       {"startDate", start},
                       {"endDate", end}});
    }

    QRandomGenerator m_rng;
    QJsonObject m_prototypes[SlotCount];
    QHash<QString, QHash<QString, int>> m_names; // advertiser -> base or final name -> count
};

} // namespace

QString DemoDataGenerator::unreachableAdvertiserId()
{
    for (const AdvertiserSeed &a : kAdvertisers) {
        if (!a.reachable)
            return utf8(a.id);
    }
    return {};
}

DemoData DemoDataGenerator::generate(quint64 seed, int segmentCount)
{
    segmentCount = qBound(0, segmentCount, MaxSegments);
    Builder b(seed);
    DemoData data;

    QStringList reachable;
    QString unreachable;
    for (const AdvertiserSeed &a : kAdvertisers) {
        data.addAdvertiser({utf8(a.id), utf8(a.name), a.reachable});
        if (a.reachable)
            reachable.append(utf8(a.id));
        else
            unreachable = utf8(a.id);
    }

    QList<DemoData::Brand> brands;
    for (const BrandSeed &s : kBrands)
        brands.append({utf8(s.id), utf8(s.name), s.size});
    data.setBrands(brands);
    QList<DemoData::Interest> interests;
    for (const InterestSeed &s : kInterests)
        interests.append({utf8(s.id), utf8(s.parentId), utf8(s.name)});
    data.setInterests(interests);

    data.reserve(segmentCount);

    // Lookalike seeds must be earlier, non-lookalike segments of the same advertiser.
    QHash<QString, QList<QPair<QString, QString>>> seeds; // advertiser -> (id, name)
    constexpr qint64 start2023 = 1672531200;
    constexpr qint64 end2025Q3 = 1759276800;

    for (int i = 0; i < segmentCount; ++i) {
        const QString id = QString::number(FirstSegmentId + i);
        QString advertiserId;
        if (i < size(kTypes))
            advertiserId = reachable.first();
        else if (i % 20 == 7)
            advertiserId = unreachable;
        else
            advertiserId = reachable.at(i % reachable.size());

        int type = i < size(kTypes) ? i : b.pick(size(kTypes));
        const QString typeName = utf8(kTypes[type]);
        QList<QPair<QString, QString>> &advertiserSeeds = seeds[advertiserId];
        if (typeName == QLatin1String("Lookalike") && advertiserSeeds.isEmpty())
            type = 0; // no seed yet: make it an InMarket segment instead

        QString baseName;
        const char *key = nullptr;
        QJsonObject settings;
        switch (type) {
        case 0:
            key = "inMarket";
            settings = b.inMarket(&baseName);
            break;
        case 1:
            key = "location";
            settings = b.location(&baseName);
            break;
        case 2:
            key = "prospecting";
            settings = b.prospecting(&baseName);
            break;
        case 3:
            key = "retargeting";
            settings = b.retargeting(&baseName);
            break;
        case 4: {
            key = "lookalike";
            const auto &seedSegment = advertiserSeeds.at(b.pick(int(advertiserSeeds.size())));
            baseName = QStringLiteral("Lookalike – ") + seedSegment.second;
            settings = b.object(LookalikeSlot,
                                {{"seedSegmentId", seedSegment.first},
                                 {"targetSize", qint64(b.between(1, 50)) * 100000}});
            break;
        }
        case 5:
            key = "contactList";
            baseName = utf8(kContactListNames[b.pick(size(kContactListNames))]);
            // One in six lists is shared from another account and cannot be changed.
            settings = b.object(ContactListSlot, {{"isReadOnly", b.pick(6) == 0}});
            break;
        default:
            key = "behavioral";
            settings = b.behavioral(&baseName);
            break;
        }

        const QString name = b.uniqueName(advertiserId, baseName);
        const qint64 created = start2023 + b.pick(80000000);
        const qint64 updated = qMin(end2025Q3, created + b.pick(30000000));
        const QJsonValue description = b.chance(60)
                ? QJsonValue(utf8(kDescriptions[b.pick(size(kDescriptions))]))
                : QJsonValue(QJsonValue::Null);

        const QJsonObject attributes = b.object(TopLevelSlot + type,
                                                {{"advertiserId", advertiserId},
                                                 {"name", name},
                                                 {"description", description},
                                                 {"type", utf8(kTypes[type])},
                                                 {"createdAt", timestamp(created)},
                                                 {"updatedAt", timestamp(updated)},
                                                 {key, settings}});
        data.insertSegment(id, attributes);
        if (type != 4)
            advertiserSeeds.append({id, name});
    }
    // After the segments, from a generator of their own: the segments stay byte for byte.
    data.setAudiences(DemoInsights::generateAudiences(data, seed));
    return data;
}
