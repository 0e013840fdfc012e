#include "PatchBuilder.h"
#include "SampleSegments.h"
#include "SegmentConflicts.h"

#include <QTest>

// Three-way comparison of the version the user started from, the user's and the server's.
class TestSegmentConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeWay_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<QStringList>("conflicts");
        QTest::addColumn<QString>("rebasedName");
        QTest::addColumn<qint64>("rebasedRadius");
        // base: name "Paris stores", radius R. mine renames. server does what the row says.
        QTest::newRow("server unchanged") << 0 << QStringList() << "Mine" << qint64(-1);
        QTest::newRow("server changed another field") << 1 << QStringList() << "Mine" << qint64(42);
        QTest::newRow("server changed the same field")
                << 2 << QStringList{QStringLiteral("attributes/name")} << "Mine" << qint64(-1);
        QTest::newRow("server made the same change") << 3 << QStringList() << "Mine" << qint64(-1);
    }
    void threeWay()
    {
        QFETCH(int, scenario);
        QFETCH(QStringList, conflicts);
        QFETCH(QString, rebasedName);
        QFETCH(qint64, rebasedRadius);
        const AudienceSegment base = SampleSegments::of(SegmentType::Location);
        AudienceSegment mine = base;
        mine.name = QStringLiteral("Mine");
        AudienceSegment server = base;
        if (scenario == 1)
            server.location->radiusInKm = 42;
        if (scenario == 2)
            server.name = QStringLiteral("Theirs");
        if (scenario == 3)
            server.name = QStringLiteral("Mine");

        QCOMPARE(SegmentConflicts::conflictingFields(base, mine, server), conflicts);
        QCOMPARE(SegmentConflicts::serverChanged(base, server), scenario != 0);
        const AudienceSegment rebased = SegmentConflicts::rebase(base, mine, server);
        QCOMPARE(rebased.name, std::optional<QString>(rebasedName));
        QCOMPARE(rebased.location->radiusInKm,
                 rebasedRadius < 0 ? base.location->radiusInKm
                                   : std::optional<qint64>(rebasedRadius));
        // What would be sent now never undoes the server's other changes.
        const QStringList sent = PatchBuilder::changedFields(server, rebased);
        QVERIFY(!sent.contains(QLatin1String("attributes/location/radiusInKm")));
    }

    void pointsOfInterestConflict()
    {
        const AudienceSegment base = SampleSegments::of(SegmentType::Location);
        AudienceSegment mine = base;
        mine.location->pointsOfInterest.append({QStringLiteral("Lyon"), 45.76, 4.83});
        AudienceSegment server = base;
        server.location->pointsOfInterest.removeFirst();
        QCOMPARE(SegmentConflicts::conflictingFields(base, mine, server),
                 QStringList{QStringLiteral("attributes/location/pointsOfInterest")});
    }
};

QTEST_GUILESS_MAIN(TestSegmentConflicts)
#include "tst_segmentconflicts.moc"
