#include "FieldDecorator.h"
#include "FormTestSupport.h"
#include "SampleSegments.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

// Samples whose fields are not set or cleared, next to the full ones (1003, 1004, 1005).
QList<AudienceSegment> samples()
{
    QList<AudienceSegment> all = SampleSegments::all();
    AudienceSegment noMax = SampleSegments::of(SegmentType::Prospecting);
    noMax.id = QStringLiteral("2003");
    noMax.name = QStringLiteral("No maximum");
    noMax.prospecting->daysSinceLastVisitMax = Nillable<qint64>::cleared();
    AudienceSegment bare = SampleSegments::of(SegmentType::Retargeting);
    bare.id = QStringLiteral("2004");
    bare.name = QStringLiteral("Bare retargeting");
    bare.retargeting = RetargetingSettings{};
    AudienceSegment orphan = SampleSegments::of(SegmentType::Lookalike);
    orphan.id = QStringLiteral("2005");
    orphan.name = QStringLiteral("Seed elsewhere");
    orphan.lookalike->seedSegmentId = QStringLiteral("777");
    all << noMax << bare << orphan;
    return all;
}

} // namespace

// The prospecting, retargeting and lookalike forms: every field through its widgets down to the
// PATCH it makes, clearing the nillable days, values that are not set, the read-only seed.
class TestSettingsForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("attributes"); // "null": no patch
        QTest::addColumn<int>("undoSteps");

        // Prospecting 1003: ProspectsOrNonBuyers, 7 to 30 days.
        QTest::newRow("prospecting users")
                << s("1003") << list({"choose usersTypeCombo Prospects"})
                << s(R"({"prospecting":{"usersType":"Prospects"}})") << 1;
        QTest::newRow("prospecting minimum")
                << s("1003") << list({"type daysMinSpin 10"})
                << s(R"({"prospecting":{"daysSinceLastVisitMin":{"value":10}}})") << 1;
        QTest::newRow("prospecting maximum")
                << s("1003") << list({"type daysMaxSpin 60"})
                << s(R"({"prospecting":{"daysSinceLastVisitMax":{"value":60}}})") << 1;
        QTest::newRow("prospecting minimum: no limit is null")
                << s("1003") << list({"space daysMinNoLimitCheck"})
                << s(R"({"prospecting":{"daysSinceLastVisitMin":{"value":null}}})") << 1;
        QTest::newRow("prospecting maximum: no limit is null")
                << s("1003") << list({"space daysMaxNoLimitCheck"})
                << s(R"({"prospecting":{"daysSinceLastVisitMax":{"value":null}}})") << 1;
        QTest::newRow("prospecting both ends without limit")
                << s("1003") << list({"space daysMinNoLimitCheck", "space daysMaxNoLimitCheck"})
                << s(R"({"prospecting":{"daysSinceLastVisitMin":{"value":null},
                                         "daysSinceLastVisitMax":{"value":null}}})")
                << 2;
        QTest::newRow("no limit, then a limit again: the server's value")
                << s("1003") << list({"space daysMaxNoLimitCheck", "space daysMaxNoLimitCheck"})
                << s("null") << 2;
        QTest::newRow("no limit on the server, given one")
                << s("2003") << list({"space daysMaxNoLimitCheck", "type daysMaxSpin 45"})
                << s(R"({"prospecting":{"daysSinceLastVisitMax":{"value":45}}})") << 2;
        QTest::newRow("prospecting several fields")
                << s("1003")
                << list({"choose usersTypeCombo Prospects", "type daysMinSpin 1",
                         "space daysMaxNoLimitCheck"})
                << s(R"({"prospecting":{"usersType":"Prospects",
                                         "daysSinceLastVisitMin":{"value":1},
                                         "daysSinceLastVisitMax":{"value":null}}})")
                << 3;
        QTest::newRow("prospecting maximum reverted")
                << s("1003") << list({"type daysMaxSpin 60", "click daysMaxRevertButton"})
                << s("null") << 2;

        // Retargeting 1004: NonBuyers, 0 to 30 days; 2004 has nothing set.
        QTest::newRow("retargeting visitors all")
                << s("1004") << list({"choose visitorsTypeCombo All visitors"})
                << s(R"({"retargeting":{"visitorsType":"All"}})") << 1;
        QTest::newRow("retargeting visitors buyers")
                << s("1004") << list({"choose visitorsTypeCombo Buyers"})
                << s(R"({"retargeting":{"visitorsType":"Buyers"}})") << 1;
        QTest::newRow("retargeting minimum: a plain number")
                << s("1004") << list({"type daysMinSpin 3"})
                << s(R"({"retargeting":{"daysSinceLastVisitMin":3}})") << 1;
        QTest::newRow("retargeting maximum")
                << s("1004") << list({"type daysMaxSpin 90"})
                << s(R"({"retargeting":{"daysSinceLastVisitMax":90}})") << 1;
        QTest::newRow("retargeting not set, then set")
                << s("2004")
                << list({"choose visitorsTypeCombo Non-buyers", "type daysMinSpin 1",
                         "type daysMaxSpin 14"})
                << s(R"({"retargeting":{"visitorsType":"NonBuyers","daysSinceLastVisitMin":1,
                                         "daysSinceLastVisitMax":14}})")
                << 3;

        // Lookalike 1005: 500 000 users.
        QTest::newRow("lookalike target size") << s("1005") << list({"type targetSizeEdit 750000"})
                                               << s(R"({"lookalike":{"targetSize":750000}})") << 1;
        QTest::newRow("lookalike target size with group separators")
                << s("1005") << list({"type targetSizeEdit 1,200,000"})
                << s(R"({"lookalike":{"targetSize":1200000}})") << 1;
        QTest::newRow("lookalike target size beyond 32 bits")
                << s("1005") << list({"type targetSizeEdit 9000000000000"})
                << s(R"({"lookalike":{"targetSize":9000000000000}})") << 1;
        QTest::newRow("lookalike target size at the int64 limit")
                << s("1005") << list({"type targetSizeEdit 9223372036854775807"})
                << s(R"({"lookalike":{"targetSize":9223372036854775807}})") << 1;
        QTest::newRow("lookalike: letters are not typed")
                << s("1005") << list({"type targetSizeEdit abc"}) << s("null") << 0;
        QTest::newRow("lookalike: a digit beyond int64 is not typed")
                << s("1005") << list({"type targetSizeEdit 99999999999999999999"})
                << s(R"({"lookalike":{"targetSize":999999999999999999}})") << 1;
        QTest::newRow("lookalike target size reverted")
                << s("1005") << list({"type targetSizeEdit 1", "click targetSizeRevertButton"})
                << s("null") << 2;
    }

    void fields()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, steps);
        QFETCH(QString, attributes);
        QFETCH(int, undoSteps);
        FormFixture f;
        f.load(samples());
        QVERIFY(f.show({id}));
        QString error;
        QVERIFY2(f.run(steps, &error), qPrintable(error));
        const QString expected = attributes == QLatin1String("null")
                ? attributes
                : QStringLiteral(R"({"id":"%1","type":"AudienceSegment","attributes":%2})")
                          .arg(id, attributes);
        QCOMPARE(f.patchDifference(id, expected), QString());
        QCOMPARE(f.undoStack.count(), undoSteps);
    }

    void daysShowTheirState()
    {
        FormFixture f;
        f.load(samples());
        QVERIFY(f.show({QStringLiteral("2003")}));
        auto *max = f.find<QSpinBox>(QStringLiteral("daysMaxSpin"));
        auto *noLimit = f.find<QCheckBox>(QStringLiteral("daysMaxNoLimitCheck"));
        QCOMPARE(max->text(), s("No limit"));
        QVERIFY(!max->isEnabled());
        QCOMPARE(noLimit->checkState(), Qt::Checked);
        QCOMPARE(f.find<QSpinBox>(QStringLiteral("daysMinSpin"))->text(), s("7 days"));
        QVERIFY(f.run({s("space daysMaxNoLimitCheck")}));
        QVERIFY(max->isEnabled());
        QCOMPARE(max->text(), s("0 days"));
    }

    void retargetingNotSet()
    {
        FormFixture f;
        f.load(samples());
        QVERIFY(f.show({QStringLiteral("2004")}));
        QCOMPARE(f.find<QSpinBox>(QStringLiteral("daysMinSpin"))->text(), s("Not set"));
        QCOMPARE(f.find<QComboBox>(QStringLiteral("visitorsTypeCombo"))->currentText(),
                 s("Not set"));
        QVERIFY(f.run({s("choose visitorsTypeCombo Buyers")}));
        // "Not set" is no choice once a value is set.
        QCOMPARE(f.find<QComboBox>(QStringLiteral("visitorsTypeCombo"))->findText(s("Not set")),
                 -1);
    }

    void minimumAboveMaximumIsMarked()
    {
        FormFixture f;
        f.load(samples());
        SegmentForm *form = f.show({QStringLiteral("1003")});
        QVERIFY(f.run({s("type daysMaxSpin 5")}));
        FieldDecorator *max = form->decoratorFor(
                QStringLiteral("attributes/prospecting/daysSinceLastVisitMax"));
        QVERIFY(max->hasError());
        QCOMPARE(max->messageLabel()->text(),
                 s("The minimum of 7 days since the last visit is above the maximum of 5 days. "
                   "Make the minimum at most the maximum."));
        QVERIFY(f.run({s("space daysMinNoLimitCheck")}));
        QVERIFY(!max->hasMessages());
    }

    void targetSizeZeroIsMarked()
    {
        FormFixture f;
        f.load(samples());
        SegmentForm *form = f.show({QStringLiteral("1005")});
        QVERIFY(f.run({s("type targetSizeEdit 0")}));
        QCOMPARE(form->decoratorFor(QStringLiteral("attributes/lookalike/targetSize"))
                         ->messageLabel()
                         ->text(),
                 s("Target size 0 is not positive. Enter a number of users of at least 1."));
    }

    void seedIsShownReadOnly_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("seed");
        QTest::newRow("loaded: by name") << s("1005") << s("Cart abandoners (id 1004)");
        QTest::newRow("not loaded: by id") << s("2005") << s("Segment 777 (not loaded)");
    }

    void seedIsShownReadOnly()
    {
        QFETCH(QString, id);
        QFETCH(QString, seed);
        FormFixture f;
        f.load(samples());
        QVERIFY(f.show({id}));
        QCOMPARE(f.find<QLabel>(QStringLiteral("seedLabel"))->text(), seed);
        QCOMPARE(f.find<QWidget>(QStringLiteral("seedRevertButton")), nullptr);
        QCOMPARE(f.find<QLineEdit>(QStringLiteral("targetSizeEdit"))->text(), s("500,000"));
    }
};

QTEST_MAIN(TestSettingsForms)
#include "tst_settingsforms.moc"
