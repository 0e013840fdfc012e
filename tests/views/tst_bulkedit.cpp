#include "FormTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// 500 prospecting segments that differ in every field: users type alternates, the minimum runs
// 0..4, every third has no maximum.
QList<AudienceSegment> prospecting(int count)
{
    QList<AudienceSegment> list;
    for (int i = 0; i < count; ++i) {
        AudienceSegment a;
        a.id = QString::number(30000 + i);
        a.advertiserId = QStringLiteral("501");
        a.type = SegmentType::Prospecting;
        a.name = QStringLiteral("Prospects %1").arg(i);
        a.description = QStringLiteral("Generated %1").arg(i);
        ProspectingSettings p;
        p.usersType = i % 2 ? UsersType::Prospects : UsersType::ProspectsOrNonBuyers;
        p.daysSinceLastVisitMin = i % 5;
        p.daysSinceLastVisitMax = i % 3 == 0 ? Nillable<qint64>::cleared() : Nillable<qint64>(60);
        a.prospecting = p;
        list.append(a);
    }
    return list;
}

} // namespace

// Many rows in one form: 500 prospecting segments with different values show "mixed" in every
// field, and each change through the widgets is one undo step over all of them.
class TestBulkEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiveHundredRows()
    {
        FormFixture f;
        const QList<AudienceSegment> segments = prospecting(500);
        f.load(segments);
        QStringList ids;
        for (const AudienceSegment &a : segments)
            ids.append(a.id);
        QVERIFY(f.show(ids));

        // Mixed everywhere.
        auto *users = f.find<QComboBox>(QStringLiteral("usersTypeCombo"));
        auto *min = f.find<QSpinBox>(QStringLiteral("daysMinSpin"));
        auto *maxNoLimit = f.find<QCheckBox>(QStringLiteral("daysMaxNoLimitCheck"));
        auto *minNoLimit = f.find<QCheckBox>(QStringLiteral("daysMinNoLimitCheck"));
        QCOMPARE(users->currentText(), s("(mixed)"));
        QCOMPARE(min->text(), s("Mixed values"));
        QCOMPARE(maxNoLimit->checkState(), Qt::PartiallyChecked);
        QCOMPARE(minNoLimit->checkState(), Qt::Unchecked);
        QCOMPARE(f.find<QLineEdit>(QStringLiteral("descriptionEdit"))->placeholderText(),
                 s("Mixed values"));

        // Users type: one step, every row.
        QVERIFY(f.run({s("choose usersTypeCombo Prospects")}));
        QCOMPARE(f.undoStack.count(), 1);
        QCOMPARE(f.undoStack.text(0), s("Set Users in 500 segments"));
        QCOMPARE(users->currentText(), s("Prospects"));
        QCOMPARE(users->findText(s("(mixed)")), -1);
        QCOMPARE(f.patchDifference(QStringLiteral("30000"),
                                   s(R"({"id":"30000","type":"AudienceSegment","attributes":
                                         {"prospecting":{"usersType":"Prospects"}}})")),
                 QString());
        QCOMPARE(f.patchText(QStringLiteral("30001")), s("null")); // was Prospects already
        QCOMPARE(f.model.counts().modified, 250);

        // Minimum days: typed once, one step.
        QVERIFY(f.run({s("type daysMinSpin 2")}));
        QCOMPARE(f.undoStack.count(), 2);
        QCOMPARE(min->text(), s("2 days"));
        for (const QString &id : std::as_const(ids))
            QCOMPARE(f.model.edited(id)->prospecting->daysSinceLastVisitMin, Nillable<qint64>(2));

        // The partly checked "No limit": one click clears the maximum of all.
        QVERIFY(f.run({s("space daysMaxNoLimitCheck")}));
        QCOMPARE(f.undoStack.count(), 3);
        QCOMPARE(maxNoLimit->checkState(), Qt::Checked);
        QCOMPARE(f.patchDifference(QStringLiteral("30001"),
                                   s(R"({"id":"30001","type":"AudienceSegment","attributes":
                                         {"prospecting":{"daysSinceLastVisitMin":{"value":2},
                                          "daysSinceLastVisitMax":{"value":null}}}})")),
                 QString());

        // The description, on leaving the field.
        QVERIFY(f.run({s("type descriptionEdit Same for all")}));
        QCOMPARE(f.undoStack.count(), 4);
        QCOMPARE(f.model.counts().modified, 500);

        // Each undo takes back one whole change; the form follows.
        f.undoStack.undo();
        QTRY_COMPARE(f.find<QLineEdit>(QStringLiteral("descriptionEdit"))->placeholderText(),
                     s("Mixed values"));
        f.undoStack.undo();
        QTRY_COMPARE(maxNoLimit->checkState(), Qt::PartiallyChecked);
        f.undoStack.undo();
        QTRY_COMPARE(min->text(), s("Mixed values"));
        f.undoStack.undo();
        QTRY_COMPARE(users->currentText(), s("(mixed)"));
        QCOMPARE(f.model.counts().modified, 0);
        for (const QString &id : std::as_const(ids))
            QCOMPARE(f.model.edited(id), f.model.original(id));
    }

    void manyRowsFollowTheModel()
    {
        FormFixture f;
        const QList<AudienceSegment> segments = prospecting(500);
        f.load(segments);
        QStringList ids;
        for (const AudienceSegment &a : segments)
            ids.append(a.id);
        QVERIFY(f.show(ids));
        // A bulk edit made elsewhere (every other row: many runs of rows) shows once it is done.
        QList<AudienceSegment> changed;
        for (int i = 0; i < 500; i += 2) {
            AudienceSegment a = *f.model.edited(ids.at(i));
            a.prospecting->usersType = UsersType::Prospects;
            changed.append(a);
        }
        QCOMPARE(f.editor.editSegments(changed), 250);
        QTRY_COMPARE(f.find<QComboBox>(QStringLiteral("usersTypeCombo"))->currentText(),
                     s("Prospects"));
    }
};

QTEST_MAIN(TestBulkEdit)
#include "tst_bulkedit.moc"
