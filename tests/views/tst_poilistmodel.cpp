#include "PoiListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

PointOfInterest poi(const char *name, std::optional<double> latitude,
                    std::optional<double> longitude)
{
    PointOfInterest p;
    p.name = QString::fromUtf8(name);
    p.latitude = latitude;
    p.longitude = longitude;
    return p;
}

QList<PointOfInterest> three()
{
    return {poi("Paris", 48.85661, 2.35222), poi("Lyon", 45.76042, 4.85974),
            poi("Lille", 50.62925, 3.05726)};
}

Problem problemAt(const char *field, Problem::Severity severity, const char *title)
{
    Problem p;
    p.severity = severity;
    p.origin = Problem::Origin::Validator;
    p.field = QString::fromUtf8(field);
    p.title = QString::fromUtf8(title);
    return p;
}

} // namespace

// The points-of-interest table model: the item-model contract, minimal signals when the form hands
// it a new list, cells that parse what people type, and the validator's marks on the right cells.
class TestPoiListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contract()
    {
        PoiListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPoints(three());
        model.setPoints(three().mid(0, 2));
        model.setPoints({three().at(2), three().at(0)});
        QVERIFY(model.setData(model.index(0, PoiListModel::LatitudeColumn), QStringLiteral("10")));
        model.setProblems({problemAt("attributes/location/pointsOfInterest/1/longitude",
                                     Problem::Severity::Error, "Bad")});
        model.setPoints({});
        QCOMPARE(model.rowCount(), 0);
    }

    void displayAndRoles()
    {
        PoiListModel model;
        model.setPoints({poi("Paris", 48.856614, 2.3522219), poi("", std::nullopt, -0.5)});
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Paris"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("48.85661"));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("2.35222"));
        // The editor starts from the full value, so that leaving it changes nothing.
        QCOMPARE(model.index(0, 1).data(Qt::EditRole).toString(), QStringLiteral("48.856614"));
        QCOMPARE(model.index(1, 1).data().toString(), QString());
        QVERIFY(!model.index(1, 1).data(PoiListModel::CoordinateRole).isValid());
        QCOMPARE(model.index(1, 2).data(PoiListModel::CoordinateRole).toDouble(), -0.5);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Latitude"));
        QCOMPARE(model.headerData(1, Qt::Vertical).toInt(), 2);
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
        model.setReadOnly(true);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("x")));
    }

    void setPointsSignals_data()
    {
        QTest::addColumn<QList<PointOfInterest>>("next");
        QTest::addColumn<QString>("expected"); // signals, in order

        const QList<PointOfInterest> base = three();
        QList<PointOfInterest> middleChanged = base;
        middleChanged[1].name = QStringLiteral("Lyon 2");
        QList<PointOfInterest> twoChanged = base;
        twoChanged[0].latitude = 1.0;
        twoChanged[2].longitude = 1.0;
        QTest::newRow("same list") << base << QString();
        QTest::newRow("one row changed") << middleChanged << QStringLiteral("changed 1-1");
        QTest::newRow("first and last changed") << twoChanged << QStringLiteral("changed 0-2");
        QTest::newRow("appended") << (base + QList<PointOfInterest>{poi("Nice", 43.7, 7.26)})
                                  << QStringLiteral("inserted 3-3");
        QTest::newRow("tail removed") << base.mid(0, 1) << QStringLiteral("removed 1-2");
        QTest::newRow("head removed") << base.mid(1) << QStringLiteral("reset");
        QTest::newRow("emptied") << QList<PointOfInterest>() << QStringLiteral("removed 0-2");
    }

    void setPointsSignals()
    {
        QFETCH(QList<PointOfInterest>, next);
        QFETCH(QString, expected);
        PoiListModel model;
        model.setPoints(three());
        QStringList seen;
        connect(&model, &QAbstractItemModel::dataChanged, this,
                [&seen](const QModelIndex &a, const QModelIndex &b) {
                    seen.append(QStringLiteral("changed %1-%2").arg(a.row()).arg(b.row()));
                });
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&seen](const QModelIndex &, int first, int last) {
                    seen.append(QStringLiteral("inserted %1-%2").arg(first).arg(last));
                });
        connect(&model, &QAbstractItemModel::rowsRemoved, this,
                [&seen](const QModelIndex &, int first, int last) {
                    seen.append(QStringLiteral("removed %1-%2").arg(first).arg(last));
                });
        connect(&model, &QAbstractItemModel::modelReset, this,
                [&seen] { seen.append(QStringLiteral("reset")); });
        model.setPoints(next);
        QCOMPARE(seen.join(QLatin1String("; ")), expected);
        QCOMPARE(model.points().size(), next.size());
        for (qsizetype i = 0; i < next.size(); ++i)
            QCOMPARE(model.points().at(i), next.at(i));
    }

    void setData_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("error");

        QTest::newRow("name") << 0 << QStringLiteral("  Paris Rivoli ") << true
                              << QStringLiteral("Paris Rivoli") << QString();
        QTest::newRow("decimal") << 1 << QStringLiteral("48.9") << true
                                 << QStringLiteral("48.90000") << QString();
        QTest::newRow("decimal comma")
                << 1 << QStringLiteral("48,9") << true << QStringLiteral("48.90000") << QString();
        QTest::newRow("south") << 1 << QStringLiteral("33.8688S") << true
                               << QStringLiteral("-33.86880") << QString();
        QTest::newRow("DMS") << 2 << QStringLiteral("2°21'08\"E") << true
                             << QStringLiteral("2.35222") << QString();
        QTest::newRow("empty clears") << 1 << QString() << true << QString() << QString();
        QTest::newRow("latitude out of range")
                << 1 << QStringLiteral("95") << false << QStringLiteral("48.85661")
                << QStringLiteral("Latitude 95 is out of range (-90 to 90).");
        QTest::newRow("longitude out of range")
                << 2 << QStringLiteral("190.5") << false << QStringLiteral("2.35222")
                << QStringLiteral("Longitude 190.5 is out of range (-180 to 180).");
        QTest::newRow("not a number")
                << 1 << QStringLiteral("abc") << false << QStringLiteral("48.85661")
                << QStringLiteral("Latitude “abc” is not a number or a degrees-minutes-seconds "
                                  "value.");
        QTest::newRow("wrong hemisphere letter")
                << 1 << QStringLiteral("48.8E") << false << QStringLiteral("48.85661")
                << QStringLiteral("Latitude “48.8E” has the hemisphere letter E, which is for "
                                  "longitudes.");
    }

    void setData()
    {
        QFETCH(int, column);
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        QFETCH(QString, shown);
        QFETCH(QString, error);
        PoiListModel model;
        model.setPoints(three());
        QSignalSpy edited(&model, &PoiListModel::pointEdited);
        const QModelIndex index = model.index(0, column);
        QCOMPARE(model.setData(index, typed), accepted);
        QCOMPARE(index.data().toString(), shown);
        QCOMPARE(model.lastError(), error);
        QCOMPARE(edited.size(), accepted ? 1 : 0);
        if (accepted)
            QCOMPARE(edited.at(0).at(2).toString(), PoiListModel::fieldPath(0, column));
    }

    void unchangedValueIsNoEdit()
    {
        PoiListModel model;
        model.setPoints(three());
        QSignalSpy edited(&model, &PoiListModel::pointEdited);
        QVERIFY(model.setData(model.index(1, 1), model.index(1, 1).data(Qt::EditRole)));
        QVERIFY(model.setData(model.index(1, 0), QStringLiteral("Lyon")));
        QCOMPARE(edited.size(), 0);
    }

    void cellForPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("row"); // -2: no cell
        QTest::addColumn<int>("column");

        QTest::newRow("latitude") << QStringLiteral(
                "attributes/location/pointsOfInterest/3/latitude")
                                  << 3 << 1;
        QTest::newRow("name") << QStringLiteral("attributes/location/pointsOfInterest/0/name") << 0
                              << 0;
        QTest::newRow("longitude")
                << QStringLiteral("attributes/location/pointsOfInterest/12/longitude") << 12 << 2;
        QTest::newRow("whole point")
                << QStringLiteral("attributes/location/pointsOfInterest/2") << 2 << -1;
        QTest::newRow("the list") << QStringLiteral("attributes/location/pointsOfInterest") << -2
                                  << 0;
        QTest::newRow("radius") << QStringLiteral("attributes/location/radiusInKm") << -2 << 0;
        QTest::newRow("unknown member")
                << QStringLiteral("attributes/location/pointsOfInterest/1/altitude") << -2 << 0;
        QTest::newRow("negative") << QStringLiteral("attributes/location/pointsOfInterest/-1") << -2
                                  << 0;
    }

    void cellForPath()
    {
        QFETCH(QString, path);
        QFETCH(int, row);
        QFETCH(int, column);
        const auto cell = PoiListModel::cellForPath(path);
        QCOMPARE(cell.has_value(), row != -2);
        if (cell) {
            QCOMPARE(cell->first, row);
            QCOMPARE(cell->second, column);
            if (column >= 0)
                QCOMPARE(PoiListModel::fieldPath(row, column), path);
        }
    }

    void problemsMarkCells()
    {
        PoiListModel model;
        model.setPoints(three());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setProblems(
                {problemAt("attributes/location/pointsOfInterest/1/latitude",
                           Problem::Severity::Error, "Latitude 95 is out of range."),
                 problemAt("attributes/location/pointsOfInterest/2", Problem::Severity::Warning,
                           "Same place as #1."),
                 problemAt("attributes/location/radiusInKm", Problem::Severity::Error, "Radius")});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1, 1).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Latitude 95 is out of range."));
        QVERIFY(!model.index(1, 2).data(Qt::ToolTipRole).isValid());
        QVERIFY(model.index(1, 1).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.problemsAt(1, 1).size(), 1);
        // A whole-point problem marks every cell of the row.
        for (int column = 0; column < 3; ++column)
            QCOMPARE(model.index(2, column).data(Qt::ToolTipRole).toString(),
                     QStringLiteral("Same place as #1."));
        QVERIFY(!model.index(0, 0).data(Qt::ToolTipRole).isValid());
        // The same problems again: no signal.
        model.setProblems(model.problemsAt(1, 1) + model.problemsAt(2, 0));
        QCOMPARE(changed.size(), 1);
        model.setProblems({});
        QVERIFY(!model.index(1, 1).data(Qt::ToolTipRole).isValid());
    }
};

QTEST_MAIN(TestPoiListModel)
#include "tst_poilistmodel.moc"
