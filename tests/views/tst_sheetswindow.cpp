// The spreadsheet round trip in the window: export, import through the review dialog (per
// segment and all at once, one undo step), change sets, the quick filters and the column chooser,
// both kept across a restart. A real window on the offscreen platform, without a server.
#include "FilterBar.h"
#include "ImportReviewDialog.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "SampleSegments.h"
#include "SegmentFilterProxy.h"
#include "WorkingSet.h"

#include <QAction>
#include <QHeaderView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(SEGMENT_TEST_DATA "/sheets/") + QLatin1String(name);
}

std::unique_ptr<MainWindow> openWindow(const QString &workingSet)
{
    auto window = std::make_unique<MainWindow>(nullptr);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->openWorkingSet(workingSet))
        return {};
    return window;
}

} // namespace

class TestSheetsWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(QStringLiteral("ws.json"));
        WorkingSet set;
        for (const AudienceSegment &s : SampleSegments::all()) {
            WorkingSetEntry e;
            e.original = s;
            set.segments.append(e);
        }
        QString error;
        QVERIFY2(set.write(m_ws, &error), qPrintable(error));
    }

    void init() { QSettings().clear(); }

    void importReviewedPerSegment()
    {
        const auto window = openWindow(m_ws);
        QVERIFY(window);
        QVERIFY(window->findChild<QAction *>(QStringLiteral("actionImportSheet"))->isEnabled());
        ImportReviewDialog *dialog = window->importFile(dataFile("messy-fr.csv"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTreeWidget *edits = dialog->editList();
        QCOMPARE(edits->topLevelItemCount(), 3);
        QCOMPARE(edits->topLevelItem(0)->text(0), QStringLiteral("Sneaker intenders FR (1001)"));
        QCOMPARE(edits->topLevelItem(0)->child(1)->text(0), QStringLiteral("Brands"));
        QCOMPARE(edits->topLevelItem(0)->child(1)->text(1), QStringLiteral("4101, 4102"));
        QCOMPARE(edits->topLevelItem(0)->child(1)->text(2), QStringLiteral("4101, 4102, 4199"));
        QCOMPARE(dialog->messageList()->count(), 6);
        QVERIFY(dialog->messageList()->item(1)->text().startsWith(
                QStringLiteral("line 4, column 2 (Identifiant)")));

        // Reject all, then accept two of the three.
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rejectAllButton")),
                          Qt::LeftButton);
        QVERIFY(!apply->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("acceptAllButton")),
                          Qt::LeftButton);
        QVERIFY(dialog->setAccepted(QStringLiteral("1002"), false));
        QCOMPARE(apply->text(), QStringLiteral("A&pply 2 Accepted"));
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());

        SegmentTableModel *model = window->model();
        QCOMPARE(model->state(QStringLiteral("1001")), SegmentTableModel::RowState::Modified);
        QCOMPARE(model->state(QStringLiteral("1004")), SegmentTableModel::RowState::Modified);
        QCOMPARE(model->state(QStringLiteral("1002")), SegmentTableModel::RowState::Unchanged);
        QCOMPARE(window->undoStack()->count(), 1);
        QCOMPARE(window->undoStack()->undoText(), QStringLiteral("Import 2 segment(s)"));
        // The rows to look at now are shown.
        QCOMPARE(window->filterBar()->stateChoice(), FilterBar::StateChoice::Modified);
        QCOMPARE(window->proxy()->rowCount(), 2);
        window->undoStack()->undo();
        QCOMPARE(model->counts().modified, 0);
    }

    void unreadableAndUnchangedFiles()
    {
        const auto window = openWindow(m_ws);
        QVERIFY(window);
        QVERIFY(!window->importFile(dataFile("segments-libreoffice.xlsx")));
        QVERIFY(window->messageBar()->text().contains(QStringLiteral("“CSV UTF-8”")));
        // A sheet (and its points beside it) that changes nothing opens no review.
        QVERIFY(!window->importFile(dataFile("segments.csv")));
        QVERIFY(window->messageBar()->text().contains(QStringLiteral("changes nothing")));
        QCOMPARE(window->undoStack()->count(), 0);
    }

    void exportThenImportTheSame()
    {
        const auto window = openWindow(m_ws);
        QVERIFY(window);
        const QString sheet = m_dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(window->exportSheet(sheet));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("out-points.csv"))));
        QVERIFY(window->messageBar()->text().startsWith(QStringLiteral("Exported 8 segments")));
        QVERIFY(!window->importFile(sheet));

        // Change sets: my edits out, into a fresh window, reviewed there.
        QVERIFY(window->importFile(dataFile("edited.csv")));
        auto *dialog = window->findChild<ImportReviewDialog *>();
        QVERIFY(dialog);
        dialog->accept();
        QCOMPARE(window->model()->counts().modified, 7);
        const QString changes = m_dir.filePath(QStringLiteral("changes.json"));
        QVERIFY(window->exportChangeSet(changes));

        const auto theirs = openWindow(m_ws);
        QVERIFY(theirs);
        ImportReviewDialog *review = theirs->importFile(changes);
        QVERIFY(review);
        QCOMPARE(review->editList()->topLevelItemCount(), 7);
        review->accept();
        for (const AudienceSegment &s : SampleSegments::all())
            QCOMPARE(*theirs->model()->edited(s.id), *window->model()->edited(s.id));
    }

    void quickFiltersSurviveARestart()
    {
        {
            const auto window = openWindow(m_ws);
            QVERIFY(window);
            QToolButton *conflicts
                    = window->filterBar()->quickFilterButton(FilterBar::StateChoice::Conflict);
            QVERIFY(conflicts);
            QTest::mouseClick(conflicts, Qt::LeftButton);
            QVERIFY(conflicts->isChecked());
            QCOMPARE(window->proxy()->stateFilter(),
                     QSet<SegmentTableModel::RowState>{SegmentTableModel::RowState::Conflict});
            QCOMPARE(window->proxy()->rowCount(), 0);
            QToolButton *notSent
                    = window->filterBar()->quickFilterButton(FilterBar::StateChoice::NotSent);
            QTest::mouseClick(notSent, Qt::LeftButton);
            QVERIFY(!conflicts->isChecked());
            QVERIFY(notSent->isChecked());
        }
        {
            const auto window = openWindow(m_ws);
            QVERIFY(window);
            QCOMPARE(window->filterBar()->stateChoice(), FilterBar::StateChoice::NotSent);
            QToolButton *notSent
                    = window->filterBar()->quickFilterButton(FilterBar::StateChoice::NotSent);
            QVERIFY(notSent->isChecked());
            QCOMPARE(window->proxy()->rowCount(), 0);
            QTest::mouseClick(notSent, Qt::LeftButton); // again: everything
            QCOMPARE(window->filterBar()->stateChoice(), FilterBar::StateChoice::All);
            QCOMPARE(window->proxy()->rowCount(), 8);
        }
    }

    void columnChooserSurvivesARestart()
    {
        const int description = SegmentTableModel::DescriptionColumn;
        {
            const auto window = openWindow(m_ws);
            QVERIFY(window);
            auto *menu = window->findChild<QMenu *>(QStringLiteral("columnMenu"));
            QVERIFY(menu);
            QAction *state = menu->findChild<QAction *>(QStringLiteral("columnAction0"));
            QVERIFY(state && !state->isEnabled()); // the state column stays
            QAction *action
                    = menu->findChild<QAction *>(QStringLiteral("columnAction%1").arg(description));
            QVERIFY(action && action->isChecked());
            action->trigger();
            QHeaderView *header = window->tableView()->horizontalHeader();
            QVERIFY(header->isSectionHidden(description));
            header->moveSection(header->visualIndex(SegmentTableModel::NameColumn), 1);
            header->resizeSection(SegmentTableModel::TypeColumn, 177);
            // No close: the columns are kept at once (a crash keeps them too).
            window->hide();
            window->setAttribute(Qt::WA_DeleteOnClose, false);
        }
        {
            const auto window = openWindow(m_ws);
            QVERIFY(window);
            QHeaderView *header = window->tableView()->horizontalHeader();
            QVERIFY(header->isSectionHidden(description));
            QCOMPARE(header->visualIndex(SegmentTableModel::NameColumn), 1);
            QCOMPARE(header->sectionSize(SegmentTableModel::TypeColumn), 177);
            auto *menu = window->findChild<QMenu *>(QStringLiteral("columnMenu"));
            menu->findChild<QAction *>(QStringLiteral("resetColumnsAction"))->trigger();
            QVERIFY(!header->isSectionHidden(description));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_ws;
};

QTEST_MAIN(TestSheetsWindow)
#include "tst_sheetswindow.moc"
