#include "PatchCases.h"

#include "SampleSegments.h"

#include <functional>

namespace {

using Edit = std::function<void(AudienceSegment &)>;

// Readable marker for rows that must produce no patch.
constexpr const char *noPatch = nullptr;

QString resource(const QString &id, const char *attributes)
{
    return QStringLiteral(R"({"id":"%1","type":"AudienceSegment","attributes":%2})")
            .arg(id, QString::fromUtf8(attributes));
}

AudienceSegment sample(SegmentType type)
{
    return SampleSegments::of(type);
}

AudienceSegment with(AudienceSegment segment, const Edit &edit)
{
    edit(segment);
    return segment;
}

const PointOfInterest paris{QStringLiteral("Paris Rivoli"), 48.85661, 2.35222};
const PointOfInterest lyon{QStringLiteral("Lyon Part-Dieu"), 45.76042, 4.85974};
const PointOfInterest marseille{QStringLiteral("Marseille Vieux-Port"), 43.29648, 5.36978};

// The JSON of those points as the patch sends them.
#define PARIS R"({"name":"Paris Rivoli","latitude":48.85661,"longitude":2.35222})"
#define LYON R"({"name":"Lyon Part-Dieu","latitude":45.76042,"longitude":4.85974})"
#define MARSEILLE R"({"name":"Marseille Vieux-Port","latitude":43.29648,"longitude":5.36978})"

class CaseTable
{
public:
    // `edit` is applied to a copy of `original` to make the edited segment.
    void add(const char *name, const AudienceSegment &original, const Edit &edit,
             const char *attributes)
    {
        addPair(name, original, with(original, edit), attributes);
    }

    void addPair(const char *name, const AudienceSegment &original, const AudienceSegment &edited,
                 const char *attributes)
    {
        append(QString::fromUtf8(name), original, edited, attributes);
    }

    void append(const QString &name, const AudienceSegment &original, const AudienceSegment &edited,
                const char *attributes)
    {
        m_cases.append({name, original, edited,
                        attributes ? resource(original.id, attributes) : QString()});
    }

    QList<PatchCase> cases() const { return m_cases; }

private:
    QList<PatchCase> m_cases;
};

void addUnchanged(CaseTable &t)
{
    for (const AudienceSegment &s : SampleSegments::all())
        t.append(QStringLiteral("unchanged %1").arg(SegmentEnums::toString(s.type)), s, s, noPatch);
}

void addNameAndDescription(CaseTable &t)
{
    const AudienceSegment in = sample(SegmentType::InMarket);
    t.add(
            "name changed", in, [](AudienceSegment &s) { s.name = QStringLiteral("Sneakers DE"); },
            R"({"name":"Sneakers DE"})");
    t.addPair("name set where the original had none",
              with(in, [](AudienceSegment &s) { s.name.reset(); }), in,
              R"({"name":"Sneaker intenders FR"})");
    t.add(
            "name unset in edited", in, [](AudienceSegment &s) { s.name.reset(); }, noPatch);
    t.add(
            "description changed", in,
            [](AudienceSegment &s) { s.description = QStringLiteral("Runners"); },
            R"({"description":{"value":"Runners"}})");
    t.add(
            "description cleared", in, [](AudienceSegment &s) { s.description.clear(); },
            R"({"description":{"value":null}})");
    const AudienceSegment noDescription
            = with(in, [](AudienceSegment &s) { s.description.clear(); });
    t.add(
            "description set where it was cleared", noDescription,
            [](AudienceSegment &s) { s.description = QStringLiteral("Back again"); },
            R"({"description":{"value":"Back again"}})");
    t.add(
            "description cleared again", noDescription,
            [](AudienceSegment &s) { s.description.clear(); }, noPatch);
    t.add(
            "description set to empty text", in,
            [](AudienceSegment &s) { s.description = QString(); },
            R"({"description":{"value":""}})");
    t.add(
            "description unset in edited", in, [](AudienceSegment &s) { s.description.reset(); },
            noPatch);
    t.addPair("description cleared where the original omitted it",
              with(in, [](AudienceSegment &s) { s.description.reset(); }), noDescription,
              R"({"description":{"value":null}})");
    t.add(
            "name and description together", in,
            [](AudienceSegment &s) {
                s.name = QStringLiteral("Runners FR");
                s.description = QStringLiteral("Running shoes");
            },
            R"({"name":"Runners FR","description":{"value":"Running shoes"}})");
}

void addNeverSent(CaseTable &t)
{
    const AudienceSegment in = sample(SegmentType::InMarket);
    t.add(
            "type never sent", in, [](AudienceSegment &s) { s.type = SegmentType::Location; },
            noPatch);
    t.add(
            "advertiser never sent", in,
            [](AudienceSegment &s) { s.advertiserId = QStringLiteral("502"); }, noPatch);
    t.add(
            "timestamps never sent", in,
            [](AudienceSegment &s) {
                s.createdAt = SampleSegments::utc(2020, 1, 1);
                s.updatedAt.reset();
            },
            noPatch);
    t.add(
            "wrong-type sub-object ignored", in,
            [](AudienceSegment &s) { s.location = sample(SegmentType::Location).location; },
            noPatch);
    t.add(
            "wrong-type sub-object ignored beside a name change", in,
            [](AudienceSegment &s) {
                s.name = QStringLiteral("Renamed");
                s.prospecting = sample(SegmentType::Prospecting).prospecting;
            },
            R"({"name":"Renamed"})");
    t.add(
            "inMarket sub-object unset in edited", in,
            [](AudienceSegment &s) { s.inMarket.reset(); }, noPatch);
}

void addSettingsFreeTypes(CaseTable &t)
{
    const AudienceSegment contacts = sample(SegmentType::ContactList);
    t.add(
            "ContactList: name and description", contacts,
            [](AudienceSegment &s) {
                s.name = QStringLiteral("Subscribers 2026");
                s.description.clear();
            },
            R"({"name":"Subscribers 2026","description":{"value":null}})");
    t.add(
            "ContactList: isReadOnly never sent", contacts,
            [](AudienceSegment &s) { s.contactList->isReadOnly = true; }, noPatch);
    const AudienceSegment behavioral = sample(SegmentType::Behavioral);
    t.add(
            "Behavioral: name", behavioral,
            [](AudienceSegment &s) { s.name = QStringLiteral("Xmas DE"); },
            R"({"name":"Xmas DE"})");
    t.add(
            "Behavioral: settings never sent", behavioral,
            [](AudienceSegment &s) {
                s.behavioral->category = BehavioralCategory::LifeEvents;
                s.behavioral->country = QStringLiteral("AT");
                s.behavioral->endDate.reset();
            },
            noPatch);
    const AudienceSegment unknown = sample(SegmentType::Unknown);
    t.add(
            "Unknown type: description", unknown,
            [](AudienceSegment &s) { s.description = QStringLiteral("Still here"); },
            R"({"description":{"value":"Still here"}})");
    t.add(
            "Unknown type: sub-objects ignored", unknown,
            [](AudienceSegment &s) {
                s.inMarket = sample(SegmentType::InMarket).inMarket;
                s.lookalike = sample(SegmentType::Lookalike).lookalike;
            },
            noPatch);
}

void addInMarketScalars(CaseTable &t)
{
    const AudienceSegment in = sample(SegmentType::InMarket);
    t.add(
            "inMarket: country changed", in,
            [](AudienceSegment &s) { s.inMarket->country = QStringLiteral("DE"); },
            R"({"inMarket":{"country":"DE"}})");
    t.addPair("inMarket: country set where the original had none",
              with(in, [](AudienceSegment &s) { s.inMarket->country.reset(); }), in,
              R"({"inMarket":{"country":"FR"}})");
    t.add(
            "inMarket: country unset in edited", in,
            [](AudienceSegment &s) { s.inMarket->country.reset(); }, noPatch);
    t.add(
            "inMarket: gender changed", in,
            [](AudienceSegment &s) { s.inMarket->gender = Gender::Male; },
            R"({"inMarket":{"gender":{"value":"Male"}}})");
    t.add(
            "inMarket: gender cleared", in, [](AudienceSegment &s) { s.inMarket->gender.clear(); },
            R"({"inMarket":{"gender":{"value":null}}})");
    t.addPair("inMarket: gender set where it was cleared",
              with(in, [](AudienceSegment &s) { s.inMarket->gender.clear(); }), in,
              R"({"inMarket":{"gender":{"value":"Female"}}})");
    t.add(
            "inMarket: gender unset in edited", in,
            [](AudienceSegment &s) { s.inMarket->gender.reset(); }, noPatch);
    t.add(
            "inMarket: gender Unknown never sent", in,
            [](AudienceSegment &s) { s.inMarket->gender = Gender::Unknown; }, noPatch);
    const AudienceSegment unknownGender
            = with(in, [](AudienceSegment &s) { s.inMarket->gender = Gender::Unknown; });
    t.add(
            "inMarket: server's Unknown gender left alone", unknownGender,
            [](AudienceSegment &s) { s.inMarket->country = QStringLiteral("BE"); },
            R"({"inMarket":{"country":"BE"}})");
}

void addInMarketSets(CaseTable &t)
{
    const AudienceSegment in = sample(SegmentType::InMarket);
    t.add(
            "inMarket: brand added", in,
            [](AudienceSegment &s) { s.inMarket->brandIds.append(QStringLiteral("4103")); },
            R"({"inMarket":{"brandIds":["4101","4102","4103"]}})");
    t.add(
            "inMarket: brand removed", in,
            [](AudienceSegment &s) { s.inMarket->brandIds.removeLast(); },
            R"({"inMarket":{"brandIds":["4101"]}})");
    t.add(
            "inMarket: brands emptied", in,
            [](AudienceSegment &s) { s.inMarket->brandIds.clear(); },
            R"({"inMarket":{"brandIds":[]}})");
    t.add(
            "inMarket: brands reordered only", in,
            [](AudienceSegment &s) {
                s.inMarket->brandIds = {QStringLiteral("4102"), QStringLiteral("4101")};
            },
            noPatch);
    t.add(
            "inMarket: brand repeated only", in,
            [](AudienceSegment &s) { s.inMarket->brandIds.append(QStringLiteral("4101")); },
            noPatch);
    t.add(
            "inMarket: brands changed, repeats removed in first-seen order", in,
            [](AudienceSegment &s) {
                s.inMarket->brandIds
                        = {QStringLiteral("4103"), QStringLiteral("4101"), QStringLiteral("4103"),
                           QStringLiteral("4102"), QStringLiteral("4101")};
            },
            R"({"inMarket":{"brandIds":["4103","4101","4102"]}})");
    t.add(
            "inMarket: interest added", in,
            [](AudienceSegment &s) { s.inMarket->interestIds.prepend(QStringLiteral("632")); },
            R"({"inMarket":{"interestIds":["632","187","5408"]}})");
    t.add(
            "inMarket: interests reordered only", in,
            [](AudienceSegment &s) { s.inMarket->interestIds.swapItemsAt(0, 1); }, noPatch);
    t.add(
            "inMarket: buying power added", in,
            [](AudienceSegment &s) { s.inMarket->buyingPower.append(BuyingPower::VeryHigh); },
            R"({"inMarket":{"buyingPower":["Medium","High","VeryHigh"]}})");
    t.add(
            "inMarket: buying power reordered and repeated only", in,
            [](AudienceSegment &s) {
                s.inMarket->buyingPower
                        = {BuyingPower::High, BuyingPower::Medium, BuyingPower::High};
            },
            noPatch);
    t.add(
            "inMarket: price range changed", in,
            [](AudienceSegment &s) {
                s.inMarket->priceRange = {PriceRange::Low, PriceRange::Medium};
            },
            R"({"inMarket":{"priceRange":["Low","Medium"]}})");
    t.add(
            "inMarket: price range emptied", in,
            [](AudienceSegment &s) { s.inMarket->priceRange.clear(); },
            R"({"inMarket":{"priceRange":[]}})");
}

// Unknown values in set-valued fields: never sent, and a change that only concerns them is no
// change the API can carry.
void addInMarketUnknownItems(CaseTable &t)
{
    const AudienceSegment in = sample(SegmentType::InMarket);
    const AudienceSegment serverUnknown = with(in, [](AudienceSegment &s) {
        s.inMarket->buyingPower = {BuyingPower::Unknown, BuyingPower::High};
    });
    t.add(
            "inMarket: server's Unknown buying power dropped when the set is sent", serverUnknown,
            [](AudienceSegment &s) { s.inMarket->buyingPower.append(BuyingPower::Low); },
            R"({"inMarket":{"buyingPower":["High","Low"]}})");
    t.add(
            "inMarket: server's Unknown buying power removed by the user", serverUnknown,
            [](AudienceSegment &s) { s.inMarket->buyingPower = {BuyingPower::High}; },
            R"({"inMarket":{"buyingPower":["High"]}})");
    t.add(
            "inMarket: server's Unknown buying power left alone", serverUnknown,
            [](AudienceSegment &s) {
                s.inMarket->buyingPower = {BuyingPower::High, BuyingPower::Unknown};
            },
            noPatch);
    t.add(
            "inMarket: Unknown buying power added by the user never sent", in,
            [](AudienceSegment &s) { s.inMarket->buyingPower.append(BuyingPower::Unknown); },
            noPatch);
    t.add(
            "inMarket: Unknown price range never sent beside a real change", in,
            [](AudienceSegment &s) {
                s.inMarket->priceRange = {PriceRange::Unknown, PriceRange::High};
            },
            R"({"inMarket":{"priceRange":["High"]}})");
}

void addInMarketCombined(CaseTable &t)
{
    const AudienceSegment in = sample(SegmentType::InMarket);
    t.add(
            "inMarket: several fields with a name", in,
            [](AudienceSegment &s) {
                s.name = QStringLiteral("Sneakers DE");
                s.inMarket->country = QStringLiteral("DE");
                s.inMarket->priceRange = {PriceRange::High};
                s.inMarket->gender.clear();
            },
            R"({"name":"Sneakers DE",)"
            R"("inMarket":{"country":"DE","priceRange":["High"],"gender":{"value":null}}})");
    t.add(
            "inMarket: every field", in,
            [](AudienceSegment &s) {
                s.inMarket = InMarketSettings{QStringLiteral("IT"),  {QStringLiteral("9")},
                                              {QStringLiteral("8")}, {BuyingPower::Low},
                                              {PriceRange::Low},     Gender::Male};
            },
            R"({"inMarket":{"country":"IT","brandIds":["9"],"interestIds":["8"],)"
            R"("buyingPower":["Low"],"priceRange":["Low"],"gender":{"value":"Male"}}})");
    AudienceSegment bare = in;
    bare.inMarket.reset();
    AudienceSegment filled = in;
    filled.inMarket = InMarketSettings();
    filled.inMarket->country = QStringLiteral("ES");
    filled.inMarket->brandIds = {QStringLiteral("77")};
    t.addPair("inMarket: sub-object missing in the original", bare, filled,
              R"({"inMarket":{"country":"ES","brandIds":["77"]}})");
}

void addLocationPoints(CaseTable &t)
{
    const AudienceSegment loc = sample(SegmentType::Location);
    t.add(
            "location: point added", loc,
            [](AudienceSegment &s) { s.location->pointsOfInterest.append(marseille); },
            R"({"location":{"pointsOfInterest":[)" PARIS "," LYON "," MARSEILLE
            R"(],"registryType":"PointOfInterest"}})");
    t.add(
            "location: point removed", loc,
            [](AudienceSegment &s) { s.location->pointsOfInterest.removeLast(); },
            R"({"location":{"pointsOfInterest":[)" PARIS R"(],"registryType":"PointOfInterest"}})");
    t.add(
            "location: all points removed", loc,
            [](AudienceSegment &s) { s.location->pointsOfInterest.clear(); },
            R"({"location":{"pointsOfInterest":[],"registryType":"PointOfInterest"}})");
    t.add(
            "location: points reordered only", loc,
            [](AudienceSegment &s) {
                s.location->pointsOfInterest = {lyon, paris};
            },
            noPatch);
    t.add(
            "location: point repeated only", loc,
            [](AudienceSegment &s) { s.location->pointsOfInterest.append(paris); }, noPatch);
    t.add(
            "location: repeated new point sent once", loc,
            [](AudienceSegment &s) { s.location->pointsOfInterest << marseille << marseille; },
            R"({"location":{"pointsOfInterest":[)" PARIS "," LYON "," MARSEILLE
            R"(],"registryType":"PointOfInterest"}})");
    t.add(
            "location: point renamed", loc,
            [](AudienceSegment &s) {
                s.location->pointsOfInterest[1].name = QStringLiteral("Lyon");
            },
            R"({"location":{"pointsOfInterest":[)" PARIS
            R"(,{"name":"Lyon","latitude":45.76042,"longitude":4.85974}],)"
            R"("registryType":"PointOfInterest"}})");
    t.add(
            "location: unnamed point sent without a name", loc,
            [](AudienceSegment &s) {
                s.location->pointsOfInterest = {{QString(), 43.29648, 5.36978}};
            },
            R"({"location":{"pointsOfInterest":[{"latitude":43.29648,"longitude":5.36978}],)"
            R"("registryType":"PointOfInterest"}})");
}

void addLocationCoordinates(CaseTable &t)
{
    const AudienceSegment loc = sample(SegmentType::Location);
    t.add(
            "location: coordinate moved within the 1e-5 tolerance", loc,
            [](AudienceSegment &s) {
                s.location->pointsOfInterest[0].latitude = 48.856614;
                s.location->pointsOfInterest[1].longitude = 4.859736;
            },
            noPatch);
    t.add(
            "location: coordinate moved by 1e-5", loc,
            [](AudienceSegment &s) { s.location->pointsOfInterest[0].latitude = 48.85662; },
            R"({"location":{"pointsOfInterest":[)"
            R"({"name":"Paris Rivoli","latitude":48.85662,"longitude":2.35222},)" LYON
            R"(],"registryType":"PointOfInterest"}})");
    t.add(
            "location: moved coordinate sent rounded to 5 decimals", loc,
            [](AudienceSegment &s) { s.location->pointsOfInterest[1].longitude = 4.859757; },
            R"({"location":{"pointsOfInterest":[)" PARIS
            R"(,{"name":"Lyon Part-Dieu","latitude":45.76042,"longitude":4.85976}],)"
            R"("registryType":"PointOfInterest"}})");
    t.add(
            "location: every sent point rounded to 5 decimals", loc,
            [](AudienceSegment &s) {
                s.location->pointsOfInterest[0].latitude = 48.8566149;
                s.location->pointsOfInterest.append(
                        {QStringLiteral("Marseille Vieux-Port"), 43.2964823, 5.3697801});
            },
            R"({"location":{"pointsOfInterest":[)" PARIS "," LYON "," MARSEILLE
            R"(],"registryType":"PointOfInterest"}})");
    t.add(
            "location: negative coordinates rounded", loc,
            [](AudienceSegment &s) {
                s.location->pointsOfInterest = {{QStringLiteral("Rio"), -22.9068467, -43.1728965}};
            },
            R"({"location":{"pointsOfInterest":[{"name":"Rio","latitude":-22.90685,)"
            R"("longitude":-43.1729}],"registryType":"PointOfInterest"}})");
}

void addLocationScalars(CaseTable &t)
{
    const AudienceSegment loc = sample(SegmentType::Location);
    t.add(
            "location: radius changed", loc,
            [](AudienceSegment &s) { s.location->radiusInKm = 25; },
            R"({"location":{"radiusInKm":25,"registryType":"PointOfInterest"}})");
    t.add(
            "location: radius unset in edited", loc,
            [](AudienceSegment &s) { s.location->radiusInKm.reset(); }, noPatch);
    t.add(
            "location: radius and points changed", loc,
            [](AudienceSegment &s) {
                s.location->radiusInKm = 3;
                s.location->pointsOfInterest = {lyon};
            },
            R"({"location":{"pointsOfInterest":[)" LYON
            R"(],"radiusInKm":3,"registryType":"PointOfInterest"}})");
    t.addPair("location: registry type set where the original had none",
              with(loc, [](AudienceSegment &s) { s.location->registryType.reset(); }), loc,
              R"({"location":{"registryType":"PointOfInterest"}})");
    const AudienceSegment unknownRegistry = with(
            loc, [](AudienceSegment &s) { s.location->registryType = RegistryType::Unknown; });
    t.add(
            "location: server's Unknown registry type not echoed", unknownRegistry,
            [](AudienceSegment &s) { s.location->radiusInKm = 25; },
            R"({"location":{"radiusInKm":25}})");
    t.add(
            "location: registry type unset in edited not echoed", loc,
            [](AudienceSegment &s) {
                s.location->radiusInKm = 25;
                s.location->registryType.reset();
            },
            R"({"location":{"radiusInKm":25}})");
    t.add(
            "location: Unknown registry type never sent", loc,
            [](AudienceSegment &s) { s.location->registryType = RegistryType::Unknown; }, noPatch);
    AudienceSegment bare = loc;
    bare.location.reset();
    t.addPair("location: sub-object missing in the original", bare, loc,
              R"({"location":{"pointsOfInterest":[)" PARIS "," LYON
              R"(],"radiusInKm":10,"registryType":"PointOfInterest"}})");
    t.add(
            "location: wrong-type sub-object ignored", loc,
            [](AudienceSegment &s) { s.inMarket = sample(SegmentType::InMarket).inMarket; },
            noPatch);
}

void addProspecting(CaseTable &t)
{
    const AudienceSegment p = sample(SegmentType::Prospecting);
    t.add(
            "prospecting: users type changed", p,
            [](AudienceSegment &s) { s.prospecting->usersType = UsersType::Prospects; },
            R"({"prospecting":{"usersType":"Prospects"}})");
    t.add(
            "prospecting: users type unset in edited", p,
            [](AudienceSegment &s) { s.prospecting->usersType.reset(); }, noPatch);
    t.add(
            "prospecting: Unknown users type never sent", p,
            [](AudienceSegment &s) { s.prospecting->usersType = UsersType::Unknown; }, noPatch);
    t.add(
            "prospecting: min days changed", p,
            [](AudienceSegment &s) { s.prospecting->daysSinceLastVisitMin = 14; },
            R"({"prospecting":{"daysSinceLastVisitMin":{"value":14}}})");
    t.add(
            "prospecting: min days cleared", p,
            [](AudienceSegment &s) { s.prospecting->daysSinceLastVisitMin.clear(); },
            R"({"prospecting":{"daysSinceLastVisitMin":{"value":null}}})");
    t.add(
            "prospecting: max days cleared", p,
            [](AudienceSegment &s) { s.prospecting->daysSinceLastVisitMax.clear(); },
            R"({"prospecting":{"daysSinceLastVisitMax":{"value":null}}})");
    const AudienceSegment open = with(p, [](AudienceSegment &s) {
        s.prospecting->daysSinceLastVisitMin.clear();
        s.prospecting->daysSinceLastVisitMax.clear();
    });
    t.add(
            "prospecting: min days set where it was cleared", open,
            [](AudienceSegment &s) { s.prospecting->daysSinceLastVisitMin = 1; },
            R"({"prospecting":{"daysSinceLastVisitMin":{"value":1}}})");
    t.add(
            "prospecting: max days cleared again", open,
            [](AudienceSegment &s) { s.prospecting->daysSinceLastVisitMax.clear(); }, noPatch);
    t.add(
            "prospecting: max days set to zero", p,
            [](AudienceSegment &s) { s.prospecting->daysSinceLastVisitMax = 0; },
            R"({"prospecting":{"daysSinceLastVisitMax":{"value":0}}})");
    t.add(
            "prospecting: days unset in edited", p,
            [](AudienceSegment &s) {
                s.prospecting->daysSinceLastVisitMin.reset();
                s.prospecting->daysSinceLastVisitMax.reset();
            },
            noPatch);
    t.add(
            "prospecting: every field", p,
            [](AudienceSegment &s) {
                s.prospecting->usersType = UsersType::Prospects;
                s.prospecting->daysSinceLastVisitMin = 3;
                s.prospecting->daysSinceLastVisitMax = 90;
            },
            R"({"prospecting":{"usersType":"Prospects","daysSinceLastVisitMin":{"value":3},)"
            R"("daysSinceLastVisitMax":{"value":90}}})");
}

void addRetargeting(CaseTable &t)
{
    const AudienceSegment r = sample(SegmentType::Retargeting);
    t.add(
            "retargeting: visitors type changed", r,
            [](AudienceSegment &s) { s.retargeting->visitorsType = VisitorsType::Buyers; },
            R"({"retargeting":{"visitorsType":"Buyers"}})");
    t.add(
            "retargeting: Unknown visitors type never sent", r,
            [](AudienceSegment &s) { s.retargeting->visitorsType = VisitorsType::Unknown; },
            noPatch);
    t.add(
            "retargeting: min days changed, a plain integer", r,
            [](AudienceSegment &s) { s.retargeting->daysSinceLastVisitMin = 3; },
            R"({"retargeting":{"daysSinceLastVisitMin":3}})");
    t.add(
            "retargeting: max days changed", r,
            [](AudienceSegment &s) { s.retargeting->daysSinceLastVisitMax = 1000; },
            R"({"retargeting":{"daysSinceLastVisitMax":1000}})");
    t.add(
            "retargeting: fields unset in edited", r,
            [](AudienceSegment &s) { s.retargeting = RetargetingSettings(); }, noPatch);
    const AudienceSegment unknownVisitors = with(
            r, [](AudienceSegment &s) { s.retargeting->visitorsType = VisitorsType::Unknown; });
    t.add(
            "retargeting: server's Unknown visitors type left alone", unknownVisitors,
            [](AudienceSegment &s) { s.retargeting->daysSinceLastVisitMax = 60; },
            R"({"retargeting":{"daysSinceLastVisitMax":60}})");
    t.add(
            "retargeting: every field", r,
            [](AudienceSegment &s) {
                s.retargeting = RetargetingSettings{VisitorsType::All, 1, 7};
            },
            R"({"retargeting":{"visitorsType":"All","daysSinceLastVisitMin":1,)"
            R"("daysSinceLastVisitMax":7}})");
}

void addLookalike(CaseTable &t)
{
    const AudienceSegment l = sample(SegmentType::Lookalike);
    t.add(
            "lookalike: target size changed", l,
            [](AudienceSegment &s) { s.lookalike->targetSize = 750000; },
            R"({"lookalike":{"targetSize":750000}})");
    t.add(
            "lookalike: target size beyond 2^53 stays exact", l,
            [](AudienceSegment &s) { s.lookalike->targetSize = Q_INT64_C(9007199254740993); },
            R"({"lookalike":{"targetSize":9007199254740993}})");
    t.add(
            "lookalike: target size unset in edited", l,
            [](AudienceSegment &s) { s.lookalike->targetSize.reset(); }, noPatch);
    t.add(
            "lookalike: seed never sent", l,
            [](AudienceSegment &s) { s.lookalike->seedSegmentId = QStringLiteral("1003"); },
            noPatch);
    t.add(
            "lookalike: seed and target size, only the size sent", l,
            [](AudienceSegment &s) {
                s.lookalike->seedSegmentId = QStringLiteral("1003");
                s.lookalike->targetSize = 1000;
            },
            R"({"lookalike":{"targetSize":1000}})");
    t.addPair("lookalike: target size set where the original had none",
              with(l, [](AudienceSegment &s) { s.lookalike->targetSize.reset(); }), l,
              R"({"lookalike":{"targetSize":500000}})");
}

} // namespace

QList<PatchCase> patchCases()
{
    CaseTable t;
    addUnchanged(t);
    addNameAndDescription(t);
    addNeverSent(t);
    addSettingsFreeTypes(t);
    addInMarketScalars(t);
    addInMarketSets(t);
    addInMarketUnknownItems(t);
    addInMarketCombined(t);
    addLocationPoints(t);
    addLocationCoordinates(t);
    addLocationScalars(t);
    addProspecting(t);
    addRetargeting(t);
    addLookalike(t);
    return t.cases();
}
