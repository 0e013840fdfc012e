#include "AudienceSegment.h"

#include <QTest>

// The value types: enum wire names both ways, set and tolerance equality, nillable states.
class TestAudienceSegment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void segmentTypeRoundTrip_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<SegmentType>("type");
        QTest::newRow("InMarket") << QStringLiteral("InMarket") << SegmentType::InMarket;
        QTest::newRow("Prospecting") << QStringLiteral("Prospecting") << SegmentType::Prospecting;
        QTest::newRow("ContactList") << QStringLiteral("ContactList") << SegmentType::ContactList;
        QTest::newRow("Location") << QStringLiteral("Location") << SegmentType::Location;
        QTest::newRow("Behavioral") << QStringLiteral("Behavioral") << SegmentType::Behavioral;
        QTest::newRow("Retargeting") << QStringLiteral("Retargeting") << SegmentType::Retargeting;
        QTest::newRow("Lookalike") << QStringLiteral("Lookalike") << SegmentType::Lookalike;
    }
    void segmentTypeRoundTrip()
    {
        QFETCH(QString, wire);
        QFETCH(SegmentType, type);
        QCOMPARE(SegmentEnums::segmentTypeFromString(wire), type);
        QCOMPARE(SegmentEnums::toString(type), wire);
    }

    void unknownEnumTextMapsToUnknown_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::newRow("future type") << QStringLiteral("Contextual");
        QTest::newRow("wrong case") << QStringLiteral("inmarket");
        QTest::newRow("empty") << QString();
    }
    void unknownEnumTextMapsToUnknown()
    {
        QFETCH(QString, wire);
        QCOMPARE(SegmentEnums::segmentTypeFromString(wire), SegmentType::Unknown);
        QCOMPARE(SegmentEnums::genderFromString(wire), Gender::Unknown);
        QCOMPARE(SegmentEnums::buyingPowerFromString(wire), BuyingPower::Unknown);
        QCOMPARE(SegmentEnums::visitorsTypeFromString(wire), VisitorsType::Unknown);
    }

    void otherEnumsRoundTrip()
    {
        QCOMPARE(SegmentEnums::toString(BuyingPower::VeryHigh), QStringLiteral("VeryHigh"));
        QCOMPARE(SegmentEnums::buyingPowerFromString(QStringLiteral("VeryHigh")),
                 BuyingPower::VeryHigh);
        QCOMPARE(SegmentEnums::usersTypeFromString(QStringLiteral("ProspectsOrNonBuyers")),
                 UsersType::ProspectsOrNonBuyers);
        QCOMPARE(SegmentEnums::toString(RegistryType::PointOfInterest),
                 QStringLiteral("PointOfInterest"));
        QCOMPARE(SegmentEnums::behavioralCategoryFromString(QStringLiteral("LifeEvents")),
                 BehavioralCategory::LifeEvents);
        QVERIFY(!SegmentEnums::allSegmentTypes().contains(SegmentType::Unknown));
        QCOMPARE(SegmentEnums::allSegmentTypes().size(), 7);
    }

    void nillableHasThreeStates()
    {
        Nillable<QString> unset;
        Nillable<QString> cleared = Nillable<QString>::cleared();
        Nillable<QString> value(QStringLiteral("x"));
        QVERIFY(unset.isUnset());
        QVERIFY(cleared.isCleared());
        QVERIFY(value.hasValue());
        QVERIFY(unset != cleared);
        QVERIFY(cleared != value);
        QVERIFY(unset != value);
        QCOMPARE(Nillable<QString>(QStringLiteral("x")), value);
        Nillable<QString> emptyValue{QString()};
        QVERIFY(emptyValue.hasValue());
        QVERIFY(emptyValue != cleared);
        value.clear();
        QCOMPARE(value, cleared);
        value.reset();
        QCOMPARE(value, unset);
    }

    void setsCompareWithoutOrder()
    {
        InMarketSettings a;
        a.brandIds = {QStringLiteral("1"), QStringLiteral("2")};
        a.buyingPower = {BuyingPower::Low, BuyingPower::High};
        InMarketSettings b = a;
        b.brandIds = {QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("2")};
        b.buyingPower = {BuyingPower::High, BuyingPower::Low};
        QCOMPARE(a, b);
        b.brandIds.append(QStringLiteral("3"));
        QVERIFY(a != b);
    }

    void coordinatesCompareWithinTolerance_data()
    {
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("identical") << 48.85661 << 48.85661 << true;
        QTest::newRow("sixth decimal") << 48.856614 << 48.856610 << true;
        QTest::newRow("fifth decimal") << 48.85661 << 48.85662 << false;
        QTest::newRow("sign") << 2.35222 << -2.35222 << false;
    }
    void coordinatesCompareWithinTolerance()
    {
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(bool, equal);
        PointOfInterest p{QStringLiteral("Paris"), a, 2.0};
        PointOfInterest q{QStringLiteral("Paris"), b, 2.0};
        QCOMPARE(p == q, equal);
        PointOfInterest r{QStringLiteral("Paris"), std::nullopt, 2.0};
        QVERIFY(p != r);
    }

    void segmentEquality()
    {
        AudienceSegment a;
        a.id = QStringLiteral("42");
        a.type = SegmentType::Lookalike;
        a.lookalike = LookalikeSettings{QStringLiteral("7"), 1000};
        AudienceSegment b = a;
        QCOMPARE(a, b);
        b.lookalike->targetSize = 2000;
        QVERIFY(a != b);
        QVERIFY(a.hasEditableSettings());
        b.type = SegmentType::ContactList;
        QVERIFY(!b.hasEditableSettings());
    }
};

QTEST_GUILESS_MAIN(TestAudienceSegment)
#include "tst_audiencesegment.moc"
