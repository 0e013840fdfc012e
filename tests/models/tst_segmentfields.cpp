#include "SampleSegments.h"
#include "SegmentFields.h"

#include <QTest>

// Field paths read as words, and one field copied between versions without touching the others.
class TestSegmentFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labels_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("label");
        QTest::newRow("name") << "attributes/name"
                              << "Name";
        QTest::newRow("description") << "attributes/description"
                                     << "Description";
        QTest::newRow("poi latitude") << "attributes/location/pointsOfInterest/3/latitude"
                                      << "Points of interest › #4 › Latitude";
        QTest::newRow("poi item") << "attributes/location/pointsOfInterest/0"
                                  << "Points of interest › #1";
        QTest::newRow("radius") << "attributes/location/radiusInKm"
                                << "Radius (km)";
        QTest::newRow("brand in list") << "attributes/inMarket/brandIds/2"
                                       << "Brands › #3";
        QTest::newRow("prospecting days") << "attributes/prospecting/daysSinceLastVisitMin"
                                          << "Minimum days since last visit";
        QTest::newRow("retargeting days") << "attributes/retargeting/daysSinceLastVisitMax"
                                          << "Maximum days since last visit";
        QTest::newRow("lookalike") << "attributes/lookalike/targetSize"
                                   << "Target size";
        QTest::newRow("sub-object alone") << "attributes/inMarket"
                                          << "In-market settings";
        QTest::newRow("request path") << "data/2/attributes/name"
                                      << "Name";
        QTest::newRow("pointer form") << "#/data/0/attributes/inMarket/gender"
                                      << "Gender";
        QTest::newRow("without attributes") << "buyingPower"
                                            << "Buying power";
        QTest::newRow("a field from a later API") << "attributes/inMarket/someNewField"
                                                  << "Some new field";
        QTest::newRow("empty") << ""
                               << "";
    }
    void labels()
    {
        QFETCH(QString, path);
        QFETCH(QString, label);
        QCOMPARE(SegmentFields::fieldLabel(path), label);
    }

    void typeLabels()
    {
        QCOMPARE(SegmentFields::typeLabel(SegmentType::InMarket), QStringLiteral("In-market"));
        QCOMPARE(SegmentFields::typeLabel(SegmentType::ContactList),
                 QStringLiteral("Contact list"));
        QCOMPARE(SegmentFields::typeLabel(SegmentType::Unknown), QStringLiteral("Unknown"));
        for (const SegmentType type : SegmentEnums::allSegmentTypes())
            QVERIFY(!SegmentFields::typeLabel(type).isEmpty());
    }

    // Each case changes `edited` in several places; copying `path` from the original must undo
    // exactly the change named, leaving the rest.
    void copyField_data()
    {
        QTest::addColumn<AudienceSegment>("original");
        QTest::addColumn<AudienceSegment>("edited");
        QTest::addColumn<QString>("path");
        QTest::addColumn<AudienceSegment>("expected");
        QTest::addColumn<bool>("known");

        const AudienceSegment location = SampleSegments::of(SegmentType::Location);
        AudienceSegment locationEdited = location;
        locationEdited.name = QStringLiteral("Changed");
        locationEdited.location->radiusInKm = 99;
        locationEdited.location->pointsOfInterest[0].latitude = 1.5;
        locationEdited.location->pointsOfInterest[0].name = QStringLiteral("Renamed");

        AudienceSegment noRadius = locationEdited;
        noRadius.location->radiusInKm = location.location->radiusInKm;
        QTest::newRow("radius") << location << locationEdited << "attributes/location/radiusInKm"
                                << noRadius << true;

        AudienceSegment noLatitude = locationEdited;
        noLatitude.location->pointsOfInterest[0].latitude
                = location.location->pointsOfInterest[0].latitude;
        QTest::newRow("one coordinate")
                << location << locationEdited << "attributes/location/pointsOfInterest/0/latitude"
                << noLatitude << true;

        AudienceSegment noPoint = locationEdited;
        noPoint.location->pointsOfInterest[0] = location.location->pointsOfInterest[0];
        QTest::newRow("one point") << location << locationEdited
                                   << "attributes/location/pointsOfInterest/0" << noPoint << true;

        AudienceSegment morePoints = location;
        morePoints.location->pointsOfInterest.append(
                PointOfInterest{QStringLiteral("New"), 10.0, 10.0});
        QTest::newRow("a point the original lacks: whole list")
                << location << morePoints
                << QStringLiteral("attributes/location/pointsOfInterest/%1/latitude")
                           .arg(location.location->pointsOfInterest.size())
                << location << true;

        AudienceSegment noName = locationEdited;
        noName.name = location.name;
        QTest::newRow("name") << location << locationEdited << "attributes/name" << noName << true;

        const AudienceSegment inMarket = SampleSegments::of(SegmentType::InMarket);
        AudienceSegment inMarketEdited = inMarket;
        inMarketEdited.inMarket->brandIds = {QStringLiteral("1")};
        inMarketEdited.inMarket->gender = Nillable<Gender>::cleared();
        inMarketEdited.description = Nillable<QString>::cleared();
        AudienceSegment noGender = inMarketEdited;
        noGender.inMarket->gender = inMarket.inMarket->gender;
        QTest::newRow("nillable gender")
                << inMarket << inMarketEdited << "attributes/inMarket/gender" << noGender << true;
        AudienceSegment noDescription = inMarketEdited;
        noDescription.description = inMarket.description;
        QTest::newRow("cleared description")
                << inMarket << inMarketEdited << "attributes/description" << noDescription << true;

        // A sub-object the original lacks counts as empty; when that empties it, it goes.
        AudienceSegment bare = SampleSegments::of(SegmentType::Prospecting);
        bare.prospecting.reset();
        AudienceSegment bareEdited = bare;
        bareEdited.prospecting = ProspectingSettings{};
        bareEdited.prospecting->daysSinceLastVisitMin = 5;
        QTest::newRow("sub-object the original lacks")
                << bare << bareEdited << "attributes/prospecting/daysSinceLastVisitMin" << bare
                << true;

        QTest::newRow("unknown member")
                << location << locationEdited << "attributes/location/altitude" << locationEdited
                << false;
        QTest::newRow("read-only field")
                << location << locationEdited << "attributes/type" << locationEdited << false;
        QTest::newRow("bad point member")
                << location << morePoints << "attributes/location/pointsOfInterest/9/height"
                << morePoints << false;
    }
    void copyField()
    {
        QFETCH(AudienceSegment, original);
        QFETCH(AudienceSegment, edited);
        QFETCH(QString, path);
        QFETCH(AudienceSegment, expected);
        QFETCH(bool, known);
        QCOMPARE(SegmentFields::copyField(original, edited, path), known);
        QCOMPARE(edited, expected);
    }
};

QTEST_MAIN(TestSegmentFields)
#include "tst_segmentfields.moc"
