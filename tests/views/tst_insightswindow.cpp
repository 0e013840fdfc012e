// The window's Size and Used by columns, their actions and the details panel's section, through
// the real ServiceBackend against the embedded demo server over loopback; offscreen, no sleeps.

#include "DemoDataGenerator.h"
#include "DemoServer.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "SegmentDetailsPanel.h"
#include "SegmentEditor.h"
#include "SegmentInsights.h"
#include "SegmentInsightsController.h"
#include "SegmentInsightsFetcher.h"
#include "SegmentInsightsSection.h"
#include "ServiceBackend.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

struct Fixture
{
    Fixture()
        : server(DemoDataGenerator::generate(1, 60))
        , backend(&memory)
        , window(&backend)
    {
        if (!server.listen())
            qFatal("the demo server cannot listen on loopback");
        backend.setTimeoutMs(5000);
        window.insights()->fetcher()->setEstimateDelay(0);
    }

    bool connectAndLoad()
    {
        EditorBackend::ConnectionSettings s;
        s.baseUrl = server.baseUrl();
        s.apiVersion = server.apiVersion();
        s.clientId = server.clientId();
        s.clientSecret = server.clientSecret();
        QSignalSpy connected(&backend, &EditorBackend::connectFinished);
        window.connectWith(s);
        if (!connected.wait(10000) || !connected.first().first().toBool())
            return false;
        QSignalSpy loaded(&backend, &EditorBackend::loadFinished);
        window.loadSegments(EditorBackend::SegmentQuery()); // every reachable advertiser
        return loaded.wait(10000) && window.model()->rowCount() > 7;
    }

    bool waitIdle()
    {
        SegmentInsightsFetcher *fetcher = window.insights()->fetcher();
        if (!fetcher->isBusy())
            return true;
        QSignalSpy idle(fetcher, &SegmentInsightsFetcher::idle);
        return idle.wait(10000);
    }

    QString cell(const QString &id, int column) const
    {
        return window.model()->indexForId(id, column).data().toString();
    }

    int requests(const QString &suffix) const
    {
        int n = 0;
        for (const RecordedRequest &r : server.requests())
            n += r.path.endsWith(suffix) ? 1 : 0;
        return n;
    }

    DemoServer server;
    MemorySecretStore memory;
    ServiceBackend backend;
    MainWindow window;
};

} // namespace

class TestInsightsWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offlineOffersNothing()
    {
        Fixture f;
        SegmentInsightsController *insights = f.window.insights();
        QVERIFY(insights);
        QVERIFY(!insights->computeSizesAction()->isEnabled());
        QVERIFY(!insights->findUsageAction()->isEnabled());
        // The actions are in the Segments menu and the table's context menu.
        QVERIFY(f.window.tableView()->actions().contains(insights->computeSizesAction()));
        bool inMenu = false;
        for (QAction *menu : f.window.menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(insights->findUsageAction()))
                inMenu = true;
        QVERIFY(inMenu);
    }

    void computeSizesOfTheRowsInView()
    {
        Fixture f;
        f.window.resize(1400, 800);
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QVERIFY(f.connectAndLoad());
        QHeaderView *header = f.window.tableView()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(SegmentTableModel::SizeColumn));
        QCOMPARE(f.window.model()->headerData(SegmentTableModel::SizeColumn, Qt::Horizontal),
                 QVariant(QStringLiteral("Size")));
        // After the type column.
        QCOMPARE(header->visualIndex(SegmentTableModel::SizeColumn),
                 header->visualIndex(SegmentTableModel::TypeColumn) + 1);
        QVERIFY(f.window.insights()->computeSizesAction()->isEnabled());

        f.window.tableView()->clearSelection();
        const QStringList inView = f.window.insights()->targetIds();
        QVERIFY(inView.size() > 3);
        QVERIFY(inView.size() < f.window.model()->rowCount());
        f.window.insights()->computeSizesAction()->trigger();
        QVERIFY(f.waitIdle());
        QCOMPARE(f.requests(QStringLiteral("/compute-sizes")), 1);
        // 300001 (in-market) has a number, 300007 (behavioral) cannot be computed.
        const QString inMarket = f.cell(QStringLiteral("300001"), SegmentTableModel::SizeColumn);
        QVERIFY2(inMarket.endsWith(QLatin1String(" k")) || inMarket.endsWith(QLatin1String(" M")),
                 qPrintable(inMarket));
        QCOMPARE(f.cell(QStringLiteral("300007"), SegmentTableModel::SizeColumn),
                 QStringLiteral("n/a"));
        // A row out of view was not asked.
        const QString last = f.window.model()->idAt(f.window.model()->rowCount() - 1);
        QVERIFY(!inView.contains(last));
        QCOMPARE(f.cell(last, SegmentTableModel::SizeColumn), QString());
        // The autosave does not take sizes for work.
        QVERIFY(!f.window.isWindowModified());
    }

    void theSelectedSegmentShowsItsUse()
    {
        Fixture f;
        f.window.show();
        QVERIFY(f.connectAndLoad());
        QVERIFY(f.window.selectSegment(QStringLiteral("300001")));
        QVERIFY(f.waitIdle());
        QCOMPARE(f.requests(QStringLiteral("/audiences/search")), 1);
        QCOMPARE(f.cell(QStringLiteral("300001"), SegmentTableModel::UsedByColumn),
                 QStringLiteral("2 audiences · 3 ad sets"));
        SegmentInsightsSection *section = f.window.insights()->section();
        QVERIFY(section->isVisible());
        QCOMPARE(section->shownSegment(), QStringLiteral("300001"));
        QCOMPARE(section->audienceList()->topLevelItemCount(), 2);
        QCOMPARE(section->audienceList()->topLevelItem(0)->text(1), QStringLiteral("700001"));
        QCOMPARE(section->audienceList()->topLevelItem(0)->text(2),
                 QStringLiteral("910001, 910002"));
        QVERIFY(!section->sizeLabel()->text().isEmpty());
        QVERIFY(f.window.insights()->store()->isUsed(QStringLiteral("300001")).value_or(false));

        // An unused segment says so; selecting it again asks nothing more.
        QVERIFY(f.window.selectSegment(QStringLiteral("300003")));
        QVERIFY(f.waitIdle());
        QCOMPARE(f.window.insights()->store()->isUsed(QStringLiteral("300003")),
                 std::optional<bool>(false));
        QVERIFY(!section->audienceList()->isVisible());
        QVERIFY(f.window.selectSegment(QStringLiteral("300001")));
        QVERIFY(f.waitIdle());
        QCOMPARE(f.requests(QStringLiteral("/audiences/search")), 2);
    }

    void anEditIsEstimatedOnceTheUserStops()
    {
        Fixture f;
        f.window.show();
        QVERIFY(f.connectAndLoad());
        const QString id = QStringLiteral("300002"); // location
        QVERIFY(f.window.selectSegment(id));
        QVERIFY(f.waitIdle());
        QCOMPARE(f.requests(QStringLiteral("/estimate-size")), 0); // nothing edited yet
        const qint64 current = *f.window.insights()->store()->size(id).value;

        f.window.insights()->fetcher()->setEstimateDelay(50);
        AudienceSegment edited = *f.window.model()->edited(id);
        for (int radius : {9, 5, 1}) { // three quick changes
            edited.location->radiusInKm = radius;
            f.window.editor()->editSegment(id, edited,
                                           QStringLiteral("attributes/location/radiusInKm"));
        }
        QVERIFY(f.waitIdle());
        QCOMPARE(f.requests(QStringLiteral("/estimate-size")), 1);
        const SegmentInsights::Size estimate = f.window.insights()->store()->estimate(id);
        QCOMPARE(estimate.state, SegmentInsights::State::Known);
        QVERIFY(*estimate.value < current);
        const QString text = f.cell(id, SegmentTableModel::SizeColumn);
        QCOMPARE(text,
                 SegmentInsights::formatSize(current) + QStringLiteral(" → ")
                         + SegmentInsights::formatSize(*estimate.value));
        QVERIFY(f.window.insights()->estimateAction()->isEnabled());

        // Undo: back to the saved definition, no arrow any more.
        f.window.undoStack()->undo();
        f.window.undoStack()->undo();
        f.window.undoStack()->undo();
        QCOMPARE(f.cell(id, SegmentTableModel::SizeColumn), SegmentInsights::formatSize(current));
    }
};

QTEST_MAIN(TestInsightsWindow)
#include "tst_insightswindow.moc"
