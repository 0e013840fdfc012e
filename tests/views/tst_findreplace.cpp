#include "FindReplaceDialog.h"
#include "FormTestSupport.h"
#include "SampleSegments.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTreeWidget>

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

AudienceSegment retargeting(const char *id, const char *name, const Nillable<QString> &description)
{
    AudienceSegment a = SampleSegments::of(SegmentType::Retargeting);
    a.id = QString::fromUtf8(id);
    a.name = QString::fromUtf8(name);
    a.description = description;
    return a;
}

QList<AudienceSegment> segments()
{
    return {retargeting("1", "Summer shoes FR", s("Shoes for the summer")),
            retargeting("2", "summer Shoes DE", Nillable<QString>::cleared()),
            retargeting("3", "Shoestring budget", s("Cheap shoes; shoes!")),
            retargeting("4", "Winter boots", Nillable<QString>()),
            SampleSegments::of(SegmentType::Unknown)};
}

QStringList texts(const QList<FindReplaceDialog::Change> &changes)
{
    QStringList out;
    for (const FindReplaceDialog::Change &c : changes)
        out.append(QStringLiteral("%1 %2: %3 -> %4")
                           .arg(c.segmentId, c.fieldPath.section(QLatin1Char('/'), -1), c.before,
                                c.after));
    return out;
}

} // namespace

// Find and replace in names and descriptions: what the preview lists for each option, and the
// dialog applying it as one undo step.
class TestFindReplace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preview_data()
    {
        QTest::addColumn<QString>("find");
        QTest::addColumn<QString>("replace");
        QTest::addColumn<QString>("flags"); // n: names, d: descriptions, c: case, w: word
        QTest::addColumn<QStringList>("changes");

        QTest::newRow("any case, names and descriptions")
                << s("shoes") << s("sneakers") << s("nd")
                << list({"1 name: Summer shoes FR -> Summer sneakers FR",
                         "1 description: Shoes for the summer -> sneakers for the summer",
                         "2 name: summer Shoes DE -> summer sneakers DE",
                         "3 name: Shoestring budget -> sneakerstring budget",
                         "3 description: Cheap shoes; shoes! -> Cheap sneakers; sneakers!"});
        QTest::newRow("case-sensitive")
                << s("Shoes") << s("Boots") << s("ndc")
                << list({"1 description: Shoes for the summer -> Boots for the summer",
                         "2 name: summer Shoes DE -> summer Boots DE",
                         "3 name: Shoestring budget -> Bootstring budget"});
        QTest::newRow("whole words") << s("shoes") << s("sneakers") << s("nw")
                                     << list({"1 name: Summer shoes FR -> Summer sneakers FR",
                                              "2 name: summer Shoes DE -> summer sneakers DE"});
        QTest::newRow("descriptions only; cleared and missing ones are left alone")
                << s("summer") << s("winter") << s("d")
                << list({"1 description: Shoes for the summer -> Shoes for the winter"});
        QTest::newRow("the replacement is literal")
                << s("FR") << s("$1 \\1 (France)") << s("n")
                << list({"1 name: Summer shoes FR -> Summer shoes $1 \\1 (France)"});
        QTest::newRow("the pattern is literal") << s("shoes;") << s("shoes,") << s("d")
                                                << list({"3 description: Cheap shoes; shoes! -> "
                                                         "Cheap shoes, shoes!"});
        QTest::newRow("removing text") << s(" DE") << QString() << s("n")
                                       << list({"2 name: summer Shoes DE -> summer Shoes"});
        QTest::newRow("nothing to find") << QString() << s("x") << s("nd") << QStringList();
        QTest::newRow("no field chosen") << s("shoes") << s("x") << QString() << QStringList();
        QTest::newRow("no match") << s("sandals") << s("x") << s("nd") << QStringList();
        QTest::newRow("unknown type is left out")
                << s("Future") << s("Past") << s("nd") << QStringList();
    }

    void preview()
    {
        QFETCH(QString, find);
        QFETCH(QString, replace);
        QFETCH(QString, flags);
        QFETCH(QStringList, changes);
        FormFixture f;
        f.load(segments());
        FindReplaceDialog::Options o;
        o.find = find;
        o.replace = replace;
        o.names = flags.contains(QLatin1Char('n'));
        o.descriptions = flags.contains(QLatin1Char('d'));
        o.caseSensitive = flags.contains(QLatin1Char('c'));
        o.wholeWord = flags.contains(QLatin1Char('w'));
        const QStringList ids{s("1"), s("2"), s("3"), s("4"), s("1008")};
        QCOMPARE(texts(FindReplaceDialog::preview(&f.model, ids, o)), changes);
    }

    void dialogAppliesOneUndoStep()
    {
        FormFixture f;
        f.load(segments());
        SegmentForm *form = f.show({s("1"), s("2"), s("4")});
        QVERIFY(f.run({s("click findReplaceButton")}));
        auto *dialog = form->findChild<FindReplaceDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("selectionScopeRadio"))
                        ->isChecked());
        auto *replaceButton = dialog->findChild<QPushButton *>(QStringLiteral("replaceButton"));
        QVERIFY(!replaceButton->isEnabled());

        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("findEdit")), s("summer"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("replaceEdit")),
                         s("Autumn"));
        auto *preview = dialog->findChild<QTreeWidget *>(QStringLiteral("replacePreview"));
        QCOMPARE(preview->topLevelItemCount(), 3);
        QCOMPARE(preview->topLevelItem(0)->text(0), s("Summer shoes FR (1)"));
        QCOMPARE(preview->topLevelItem(0)->text(1), s("Name"));
        QCOMPARE(preview->topLevelItem(0)->text(2), s("Summer shoes FR"));
        QCOMPARE(preview->topLevelItem(0)->text(3), s("Autumn shoes FR"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("replaceSummary"))->text(),
                 s("3 changes in 2 segments."));
        // Case-sensitive: one match less.
        QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("caseSensitiveCheck")),
                          Qt::LeftButton);
        QCOMPARE(preview->topLevelItemCount(), 2);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("replaceSummary"))->text(),
                 s("2 changes in 2 segments."));
        QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("caseSensitiveCheck")),
                          Qt::LeftButton);
        QCOMPARE(preview->topLevelItemCount(), 3);

        QTest::mouseClick(replaceButton, Qt::LeftButton);
        QCOMPARE(f.undoStack.count(), 1);
        QCOMPARE(f.undoStack.text(0), s("Replace “summer” with “Autumn” in 2 segments"));
        QCOMPARE(*f.model.edited(s("1"))->name, s("Autumn shoes FR"));
        QCOMPARE(f.model.edited(s("1"))->description, Nillable<QString>(s("Shoes for the Autumn")));
        QCOMPARE(*f.model.edited(s("2"))->name, s("Autumn Shoes DE"));
        QVERIFY(f.model.edited(s("2"))->description.isCleared());
        QCOMPARE(f.patchText(s("4")), s("null"));
        QCOMPARE(f.patchDifference(s("1"), s(R"({"id":"1","type":"AudienceSegment","attributes":
                     {"name":"Autumn shoes FR","description":{"value":"Shoes for the Autumn"}}})")),
                 QString());
        QTRY_VERIFY(!form->findChild<FindReplaceDialog *>());
        f.undoStack.undo();
        QCOMPARE(*f.model.edited(s("1"))->name, s("Summer shoes FR"));
        QCOMPARE(f.patchText(s("2")), s("null"));
    }

    void allRows()
    {
        FormFixture f;
        f.load(segments());
        SegmentForm *form = f.show({s("1"), s("4")});
        FindReplaceDialog *dialog = form->openFindReplace();
        QVERIFY(dialog);
        dialog->findChild<QRadioButton *>(QStringLiteral("allScopeRadio"))->setChecked(true);
        QCOMPARE(dialog->scopeIds(), list({"1", "2", "3", "4", "1008"}));
        dialog->findChild<QLineEdit *>(QStringLiteral("findEdit"))->setText(s("shoes"));
        dialog->findChild<QLineEdit *>(QStringLiteral("replaceEdit"))->setText(s("Shoes"));
        dialog->findChild<QCheckBox *>(QStringLiteral("caseSensitiveCheck"))->setChecked(true);
        QCOMPARE(dialog->changes().size(), 2);
        QCOMPARE(dialog->apply(), 2);
        QCOMPARE(f.undoStack.count(), 1);
        QCOMPARE(f.model.edited(s("3"))->description.value(), s("Cheap Shoes; Shoes!"));
        dialog->reject();
    }
};

QTEST_MAIN(TestFindReplace)
#include "tst_findreplace.moc"
