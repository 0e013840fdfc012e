#include "SampleSegments.h"
#include "SegmentFields.h"

#include <QLocale>
#include <QTest>

Q_DECLARE_METATYPE(AudienceSegment)

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

    // What a conflict dialog shows for each of the three versions of a field. Numbers and dates
    // in the locale set below (grouped thousands, short US dates).
    void valueText_data()
    {
        QTest::addColumn<AudienceSegment>("segment");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("text");

        const AudienceSegment inMarket = SampleSegments::of(SegmentType::InMarket);
        const AudienceSegment location = SampleSegments::of(SegmentType::Location);
        const AudienceSegment prospecting = SampleSegments::of(SegmentType::Prospecting);
        const AudienceSegment retargeting = SampleSegments::of(SegmentType::Retargeting);
        const AudienceSegment lookalike = SampleSegments::of(SegmentType::Lookalike);
        const AudienceSegment contactList = SampleSegments::of(SegmentType::ContactList);
        const AudienceSegment behavioral = SampleSegments::of(SegmentType::Behavioral);

        QTest::newRow("name") << location << "attributes/name"
                              << "Store visitors";
        AudienceSegment unnamed = location;
        unnamed.name.reset();
        QTest::newRow("name unset") << unnamed << "attributes/name"
                                    << "—";
        AudienceSegment emptyName = location;
        emptyName.name = QString();
        QTest::newRow("name empty") << emptyName << "attributes/name"
                                    << "(empty)";
        QTest::newRow("description") << location << "attributes/description"
                                     << "Around our two flagship stores";
        AudienceSegment cleared = location;
        cleared.description = Nillable<QString>::cleared();
        QTest::newRow("description cleared") << cleared << "attributes/description"
                                             << "(none)";
        AudienceSegment noDescription = location;
        noDescription.description = Nillable<QString>::unset();
        QTest::newRow("description unset") << noDescription << "attributes/description"
                                           << "—";
        QTest::newRow("points of interest")
                << location << "attributes/location/pointsOfInterest"
                << "Paris Rivoli (48.85661, 2.35222), Lyon Part-Dieu (45.76042, 4.85974)";
        QTest::newRow("one point") << location << "attributes/location/pointsOfInterest/1"
                                   << "Lyon Part-Dieu (45.76042, 4.85974)";
        QTest::newRow("one coordinate")
                << location << "attributes/location/pointsOfInterest/0/longitude"
                << "2.35222";
        QTest::newRow("a point beyond the list")
                << location << "attributes/location/pointsOfInterest/5"
                << "—";
        AudienceSegment noPoints = location;
        noPoints.location->pointsOfInterest.clear();
        QTest::newRow("no points") << noPoints << "attributes/location/pointsOfInterest"
                                   << "(none)";
        AudienceSegment oddPoint = location;
        oddPoint.location->pointsOfInterest = {{QString(), 0.00001, std::nullopt}};
        QTest::newRow("unnamed point without longitude")
                << oddPoint << "attributes/location/pointsOfInterest"
                << "(unnamed) (0.00001, —)";
        QTest::newRow("radius") << location << "attributes/location/radiusInKm"
                                << "10";
        QTest::newRow("registry type") << location << "attributes/location/registryType"
                                       << "Points of interest";
        QTest::newRow("brands") << inMarket << "attributes/inMarket/brandIds"
                                << "4101, 4102";
        QTest::newRow("buying power") << inMarket << "attributes/inMarket/buyingPower"
                                      << "Medium, High";
        AudienceSegment veryHigh = inMarket;
        veryHigh.inMarket->buyingPower = {BuyingPower::VeryHigh, BuyingPower::Unknown};
        QTest::newRow("buying power, unknown value")
                << veryHigh << "attributes/inMarket/buyingPower"
                << "Very high, Unknown";
        QTest::newRow("gender") << inMarket << "attributes/inMarket/gender"
                                << "Female";
        AudienceSegment noGender = inMarket;
        noGender.inMarket->gender = Nillable<Gender>::cleared();
        QTest::newRow("gender cleared") << noGender << "attributes/inMarket/gender"
                                        << "(none)";
        QTest::newRow("a sub-object the segment lacks") << location << "attributes/inMarket/country"
                                                        << "—";
        QTest::newRow("in-market as a whole")
                << inMarket << "attributes/inMarket"
                << "Country: FR; Brands: 4101, 4102; Interests: 187, 5408; "
                   "Buying power: Medium, High; Price range: Medium; Gender: Female";
        QTest::newRow("users type") << prospecting << "attributes/prospecting/usersType"
                                    << "Prospects or non-buyers";
        AudienceSegment noLimit = prospecting;
        noLimit.prospecting->daysSinceLastVisitMax = Nillable<qint64>::cleared();
        QTest::newRow("prospecting days cleared")
                << noLimit << "attributes/prospecting/daysSinceLastVisitMax"
                << "(none)";
        QTest::newRow("visitors") << retargeting << "attributes/retargeting/visitorsType"
                                  << "Non-buyers";
        QTest::newRow("retargeting days")
                << retargeting << "attributes/retargeting/daysSinceLastVisitMin"
                << "0";
        QTest::newRow("target size, grouped") << lookalike << "attributes/lookalike/targetSize"
                                              << "500,000";
        QTest::newRow("read-only") << contactList << "attributes/contactList/isReadOnly"
                                   << "No";
        QTest::newRow("category") << behavioral << "attributes/behavioral/category"
                                  << "Seasonal";
        QTest::newRow("end date, a UTC day") << behavioral << "attributes/behavioral/endDate"
                                             << "12/31/25";
        QTest::newRow("type") << lookalike << "attributes/type"
                              << "Lookalike";
        QTest::newRow("request path") << location << "data/3/attributes/location/radiusInKm"
                                      << "10";
        QTest::newRow("unknown member") << location << "attributes/location/altitude"
                                        << "";
        QTest::newRow("unknown member of a missing sub-object")
                << location << "attributes/inMarket/altitude"
                << "";
        QTest::newRow("empty path") << location << ""
                                    << "";
    }
    void valueText()
    {
        QFETCH(AudienceSegment, segment);
        QFETCH(QString, path);
        QFETCH(QString, text);
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString result = SegmentFields::valueText(segment, path);
        QLocale::setDefault(saved);
        QCOMPARE(result, text);
    }
};

QTEST_MAIN(TestSegmentFields)
#include "tst_segmentfields.moc"
