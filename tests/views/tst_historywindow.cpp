// The send history in the window, through the real ServiceBackend against the embedded demo
// server over loopback; offscreen, no sleeps: a send is recorded and listed in the History panel
// (also by a new window on the same file), a failed row's support report is copied (its trace id,
// never the secret), a send is exported, and undone into pending edits.
#include "DemoDataGenerator.h"
#include "DemoServer.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MessageBar.h"
#include "SegmentEditor.h"
#include "SendHistoryPanel.h"
#include "ServiceBackend.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

namespace {

const QString kAdvertiser = QStringLiteral("41825");
const QDateTime kClock(QDate(2026, 3, 2), QTime(10, 15, 0), Qt::UTC);

struct Window
{
    Window(DemoServer *demo, const QString &historyPath)
        : backend(&memory)
        , window(&backend)
        , server(demo)
    {
        backend.setTimeoutMs(5000);
        window.enableHistory(historyPath, [] { return kClock; });
    }

    bool connectAndLoad()
    {
        EditorBackend::ConnectionSettings s;
        s.baseUrl = server->baseUrl();
        s.apiVersion = server->apiVersion();
        s.clientId = server->clientId();
        s.clientSecret = server->clientSecret();
        QSignalSpy connected(&backend, &EditorBackend::connectFinished);
        window.connectWith(s);
        if (!connected.wait(10000) || !connected.first().first().toBool())
            return false;
        QSignalSpy loaded(&backend, &EditorBackend::loadFinished);
        EditorBackend::SegmentQuery query;
        query.advertiserIds = {kAdvertiser};
        query.types = {SegmentType::Location};
        window.loadSegments(query);
        return loaded.wait(10000) && window.model()->rowCount() >= 2;
    }

    bool send()
    {
        QSignalSpy finished(window.sendWorkflow(), &SendWorkflow::finished);
        window.send();
        return finished.wait(10000);
    }

    QString nameOnServer(const QString &id) const
    {
        return server->data().segment(id).value(QLatin1String("name")).toString();
    }

    MemorySecretStore memory;
    ServiceBackend backend;
    MainWindow window;
    DemoServer *server;
};

} // namespace

class TestHistoryWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<DemoServer>(DemoDataGenerator::generate(1, 60));
        QVERIFY(m_server->listen());
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_run));
    }
    void cleanup() { m_server.reset(); }

    void sendIsRecordedReportedAndUndone()
    {
        QString renamed, refused, oldName;
        {
            Window w(m_server.get(), m_path);
            w.window.resize(1300, 800);
            w.window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w.window));
            QVERIFY(w.connectAndLoad());
            SendHistoryPanel *panel = w.window.historyPanel();
            QVERIFY(panel);
            auto *sends = panel->findChild<QTreeWidget *>(QStringLiteral("historySends"));
            QVERIFY(sends);
            QCOMPARE(sends->topLevelItemCount(), 0);

            renamed = w.window.model()->idAt(0);
            refused = w.window.model()->idAt(1);
            oldName = w.nameOnServer(renamed);
            DemoData::SegmentFilter filter;
            filter.advertiserIds = {kAdvertiser};
            filter.types = {QStringLiteral("InMarket")};
            const QString taken = w.nameOnServer(m_server->data().search(filter).value(0));
            AudienceSegment a = *w.window.model()->edited(renamed);
            a.name = QStringLiteral("Renamed in the window");
            AudienceSegment b = *w.window.model()->edited(refused);
            b.name = taken;
            w.window.editor()->editSegments({a, b});
            QVERIFY(w.send());

            // Listed at once, with its segments.
            QCOMPARE(sends->topLevelItemCount(), 1);
            QCOMPARE(panel->selectedSendId(), 1);
            auto *entries = panel->findChild<QTreeWidget *>(QStringLiteral("historyEntries"));
            QCOMPARE(entries->topLevelItemCount(), 2);
            QVERIFY(entries->topLevelItem(0)->text(4).contains(
                    QStringLiteral("%1 → Renamed in the window").arg(oldName)));
            QVERIFY(entries->topLevelItem(1)->text(5).contains(QStringLiteral("trace id demo-")));

            // The failed row's support report, from the table's action.
            QCOMPARE(w.window.model()->state(refused), SegmentTableModel::RowState::Failed);
            QVERIFY(w.window.selectSegment(refused));
            QVERIFY(w.window.copyDiagnosticsAction()->isEnabled());
            QApplication::clipboard()->clear();
            w.window.copyDiagnosticsAction()->trigger();
            const QString report = QApplication::clipboard()->text();
            QVERIFY2(report.contains(QStringLiteral("trace ids: demo-")), qPrintable(report));
            QVERIFY(report.contains(QStringLiteral("name-must-be-unique")));
            QVERIFY(report.contains(QStringLiteral("2026-03-02 10:15:00 UTC")));
            QVERIFY(!report.contains(m_server->clientSecret()));
            QVERIFY(!report.contains(QStringLiteral("Bearer")));

            // Exported as JSON.
            const QString exported = m_dir.filePath(QStringLiteral("send-1.json"));
            QString error;
            QVERIFY2(panel->exportSend(exported, SendHistoryPanel::Format::Json, &error),
                     qPrintable(error));
            QFile file(exported);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(QJsonDocument::fromJson(file.readAll())
                             .object()
                             .value(QLatin1String("segments"))
                             .toArray()
                             .size(),
                     2);

            // Filtered by outcome: no warned segment in it.
            auto *outcome = panel->findChild<QComboBox *>(QStringLiteral("historyOutcomeFilter"));
            QVERIFY(outcome);
            outcome->setCurrentIndex(outcome->findData(int(SegmentOutcome::Status::Warned)));
            QCOMPARE(sends->topLevelItemCount(), 0);
            outcome->setCurrentIndex(0);
            QCOMPARE(sends->topLevelItemCount(), 1);

            // Undo it: the reverse edit is pending, for the normal preview and send.
            auto *undo = panel->findChild<QPushButton *>(QStringLiteral("historyUndoSend"));
            QVERIFY(undo && undo->isEnabled());
            QTest::mouseClick(undo, Qt::LeftButton);
            QTRY_COMPARE(w.window.model()->state(renamed), SegmentTableModel::RowState::Modified);
            QCOMPARE(w.window.model()->edited(renamed)->name.value_or(QString()), oldName);
            QVERIFY(w.window.messageBar()->text().contains(
                    QStringLiteral("Reverse edits of send 1")));
            QVERIFY(w.send());
            QCOMPARE(w.nameOnServer(renamed), oldName);
            QCOMPARE(sends->topLevelItemCount(), 2);
        }
        // A new window on the same file: both sends are there.
        Window again(m_server.get(), m_path);
        auto *sends = again.window.historyPanel()->findChild<QTreeWidget *>(
                QStringLiteral("historySends"));
        QCOMPARE(sends->topLevelItemCount(), 2);
    }

private:
    std::unique_ptr<DemoServer> m_server;
    QTemporaryDir m_dir;
    QString m_path;
    int m_run = 0;
};

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
