#include "SampleSegments.h"

#include "SegmentJson.h"

#include <QJsonDocument>

namespace SampleSegments {
namespace {

AudienceSegment common(const char *id, SegmentType type, const char *name, const char *description)
{
    AudienceSegment s;
    s.id = QString::fromUtf8(id);
    s.advertiserId = QStringLiteral("501");
    s.type = type;
    s.name = QString::fromUtf8(name);
    s.description = QString::fromUtf8(description);
    s.createdAt = utc(2024, 3, 1, 9, 30);
    s.updatedAt = utc(2025, 1, 15, 17, 45, 12, 345);
    return s;
}

AudienceSegment inMarket()
{
    AudienceSegment s = common("1001", SegmentType::InMarket, "Sneaker intenders FR",
                               "People shopping for running shoes");
    InMarketSettings m;
    m.country = QStringLiteral("FR");
    m.brandIds = {QStringLiteral("4101"), QStringLiteral("4102")};
    m.interestIds = {QStringLiteral("187"), QStringLiteral("5408")};
    m.buyingPower = {BuyingPower::Medium, BuyingPower::High};
    m.priceRange = {PriceRange::Medium};
    m.gender = Gender::Female;
    s.inMarket = m;
    return s;
}

AudienceSegment location()
{
    AudienceSegment s = common("1002", SegmentType::Location, "Store visitors",
                               "Around our two flagship stores");
    LocationSettings l;
    l.pointsOfInterest = {{QStringLiteral("Paris Rivoli"), 48.85661, 2.35222},
                          {QStringLiteral("Lyon Part-Dieu"), 45.76042, 4.85974}};
    l.radiusInKm = 10;
    l.registryType = RegistryType::PointOfInterest;
    s.location = l;
    return s;
}

AudienceSegment prospecting()
{
    AudienceSegment s = common("1003", SegmentType::Prospecting, "Prospects and lapsed visitors",
                               "New users and visitors who did not buy");
    ProspectingSettings p;
    p.usersType = UsersType::ProspectsOrNonBuyers;
    p.daysSinceLastVisitMin = 7;
    p.daysSinceLastVisitMax = 30;
    s.prospecting = p;
    return s;
}

AudienceSegment retargeting()
{
    AudienceSegment s = common("1004", SegmentType::Retargeting, "Cart abandoners",
                               "Visited in the last month, did not buy");
    RetargetingSettings r;
    r.visitorsType = VisitorsType::NonBuyers;
    r.daysSinceLastVisitMin = 0;
    r.daysSinceLastVisitMax = 30;
    s.retargeting = r;
    return s;
}

AudienceSegment lookalike()
{
    AudienceSegment s = common("1005", SegmentType::Lookalike, "Look-alikes of cart abandoners",
                               "Half a million users like segment 1004");
    s.lookalike = LookalikeSettings{QStringLiteral("1004"), 500000};
    return s;
}

AudienceSegment contactList()
{
    AudienceSegment s
            = common("1006", SegmentType::ContactList, "Newsletter subscribers", "CRM export");
    s.contactList = ContactListSettings{false};
    return s;
}

AudienceSegment behavioral()
{
    AudienceSegment s = common("1007", SegmentType::Behavioral, "Christmas shoppers DE",
                               "Seasonal buyers provided by Criteo");
    BehavioralSettings b;
    b.category = BehavioralCategory::Seasonal;
    b.country = QStringLiteral("DE");
    b.startDate = utc(2025, 11, 1);
    b.endDate = utc(2025, 12, 31, 23, 59, 59);
    s.behavioral = b;
    return s;
}

AudienceSegment unknown()
{
    AudienceSegment s
            = common("1008", SegmentType::Unknown, "Future segment", "A type this editor predates");
    return s;
}

} // namespace

AudienceSegment of(SegmentType type)
{
    switch (type) {
    case SegmentType::InMarket:
        return inMarket();
    case SegmentType::Location:
        return location();
    case SegmentType::Prospecting:
        return prospecting();
    case SegmentType::Retargeting:
        return retargeting();
    case SegmentType::Lookalike:
        return lookalike();
    case SegmentType::ContactList:
        return contactList();
    case SegmentType::Behavioral:
        return behavioral();
    case SegmentType::Unknown:
        break;
    }
    return unknown();
}

QList<AudienceSegment> all()
{
    return {inMarket(),  location(),    prospecting(), retargeting(),
            lookalike(), contactList(), behavioral(),  unknown()};
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int msec)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC);
}

} // namespace SampleSegments

char *toString(const AudienceSegment &segment)
{
    const QByteArray json
            = QJsonDocument(SegmentJson::toResource(segment)).toJson(QJsonDocument::Compact);
    return qstrdup(json.constData());
}
