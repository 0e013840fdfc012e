// kill -9 of the real segment-editor: a child process on the offscreen platform, with a data
// folder of its own, connected to a demo server that this test runs (hidden --connect-url and
// --client-id; the secret through the environment) and driven by --test-script. It is killed
// after its edits were autosaved, or while a PATCH is in flight; then a window in this process
// restores from the same folder, exactly as the next start would, and every unsent edit must be
// back and the in-flight rows must reconcile with what the server really applied.

#include "DemoDataGenerator.h"
#include "DemoServer.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MessageBar.h"
#include "SendWorkflow.h"
#include "ServiceBackend.h"
#include "WorkingSet.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using State = SegmentTableModel::RowState;

QString nameOf(const std::optional<AudienceSegment> &segment)
{
    return segment ? segment->name.value_or(QString()) : QStringLiteral("<none>");
}

} // namespace

class CrashRecoveryTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoServer> server;
    std::unique_ptr<QTemporaryDir> home;
    std::unique_ptr<QProcess> editor;
    QByteArray output;

    static QString program() { return QStringLiteral(SEGMENT_EDITOR); }

    // Where the child keeps its autosave: its AppDataLocation under the private XDG_DATA_HOME.
    QString dataFolder() const
    {
        return home->filePath(QStringLiteral("data/SegmentEditor/Segment Editor"));
    }

    QStringList patchedIds() const
    {
        QStringList ids;
        for (const RecordedRequest &r : server->requests())
            if (r.method == "PATCH")
                for (const QJsonValue &item :
                     r.json().object().value(QLatin1String("data")).toArray())
                    ids.append(item.toObject().value(QLatin1String("id")).toString());
        return ids;
    }

    QString serverName(const QString &id) const
    {
        return server->data().segment(id).value(QLatin1String("name")).toString();
    }

    void startEditor(const QString &script)
    {
        QDir root(home->path());
        for (const char *sub : {"data", "config", "cache", "run"})
            QVERIFY(root.mkpath(QLatin1String(sub)));
        QFile::setPermissions(home->filePath(QStringLiteral("run")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home->path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home->filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home->filePath(QStringLiteral("run")));
        env.insert(QStringLiteral("SEGMENT_EDITOR_CLIENT_SECRET"), server->clientSecret());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("segment.*=false"));

        editor = std::make_unique<QProcess>();
        editor->setProcessEnvironment(env);
        editor->setProcessChannelMode(QProcess::SeparateChannels);
        connect(editor.get(), &QProcess::readyReadStandardOutput, this,
                [this] { output += editor->readAllStandardOutput(); });
        const QStringList arguments{QStringLiteral("--connect-url"), server->baseUrl().toString(),
                                    QStringLiteral("--client-id"),   server->clientId(),
                                    QStringLiteral("--test-script"), script};
        // The secret never reaches a command line.
        QVERIFY(!arguments.join(QLatin1Char(' ')).contains(server->clientSecret()));
        editor->start(program(), arguments);
        QVERIFY2(editor->waitForStarted(10000), qPrintable(editor->errorString()));
    }

    // kill -9: no close, no clean-up of any kind.
    void killEditor()
    {
        editor->kill();
        QVERIFY(editor->waitForFinished(10000));
        QCOMPARE(editor->exitStatus(), QProcess::CrashExit);
    }

    // What a new start does: a window on the same data folder offers the leftover; Restore.
    struct Restarted
    {
        MemorySecretStore memory;
        ServiceBackend backend{&memory};
        MainWindow window{&backend};
    };
    std::unique_ptr<Restarted> restart()
    {
        auto next = std::make_unique<Restarted>();
        next->backend.setTimeoutMs(5000);
        if (!next->window.enableRecovery(dataFolder()))
            return nullptr;
        if (!next->window.offerRecovery())
            return nullptr;
        auto *box = next->window.findChild<QMessageBox *>(QStringLiteral("recoveryBox"));
        if (!box)
            return nullptr;
        box->findChild<QPushButton *>(QStringLiteral("recoveryRestoreButton"))->click();
        return next;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SegmentEditorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_crashrecovery"));
        QVERIFY2(QFile::exists(program()), qPrintable(program()));
    }

    void init()
    {
        QSettings().clear();
        server = std::make_unique<DemoServer>(DemoDataGenerator::generate(1, 500));
        QVERIFY(server->listen());
        home = std::make_unique<QTemporaryDir>();
        QVERIFY(home->isValid());
        output.clear();
    }

    void cleanup()
    {
        if (editor && editor->state() != QProcess::NotRunning) {
            editor->kill();
            editor->waitForFinished(10000);
        }
        if (QTest::currentTestFailed())
            qWarning("segment-editor said:\n%s\n%s", output.constData(),
                     editor ? editor->readAllStandardError().constData() : "");
        editor.reset();
        home.reset();
        server.reset();
    }

    // (a) Killed after its edits were autosaved: every edit is back, the undone one is not.
    void killedAfterAutosave()
    {
        startEditor(QStringLiteral("load; rename 300001 Spring buyers – FR; "
                                   "describe 300002 Visitors of the spring pages; "
                                   "rename 300003 ; rename 300004 Undone; undo; wait-autosave"));
        QTRY_VERIFY_WITH_TIMEOUT(output.contains("autosaved "), 30000);
        QVERIFY(output.contains("step 1 load"));
        const QString autosave = dataFolder() + QStringLiteral("/autosave.sqlite");
        QVERIFY2(output.contains(autosave.toUtf8()), output.constData());
        killEditor();
        QVERIFY(QFile::exists(autosave));
        QVERIFY(!QFile::exists(dataFolder() + QStringLiteral("/send.journal")));

        auto next = restart();
        QVERIFY(next);
        SegmentTableModel *model = next->window.model();
        const int loaded = int(server->data().search({}).size());
        QCOMPARE(model->rowCount(), loaded);
        QCOMPARE(nameOf(model->edited(QStringLiteral("300001"))),
                 QStringLiteral("Spring buyers – FR"));
        QCOMPARE(model->state(QStringLiteral("300001")), State::Modified);
        QCOMPARE(model->edited(QStringLiteral("300002"))->description.valueOr(QString()),
                 QStringLiteral("Visitors of the spring pages"));
        QCOMPARE(model->state(QStringLiteral("300003")), State::Invalid); // an emptied name
        QCOMPARE(model->state(QStringLiteral("300004")), State::Unchanged);
        QCOMPARE(model->counts().modified, 3);
        QCOMPARE(model->counts().unknown, 0);
        QVERIFY(next->window.isWindowModified());
        QCOMPARE(patchedIds(), QStringList()); // nothing was sent by anyone
    }

    // (b) Killed while a send was in flight: the journal knew which chunks had left. The server
    // applied the first, never processed the second, and the third never left.
    void killedWhileSending()
    {
        QString error;
        QVERIFY(server->setFaults(QStringLiteral("latency=60000:method=PATCH,"
                                                 "hang=2:method=PATCH"),
                                  &error));
        startEditor(QStringLiteral("load; chunk 1; rename 300001 Applied before the kill; "
                                   "rename 300002 Sent but never processed; "
                                   "rename 300003 Never left; describe 300004 Not sent either; "
                                   "send"));
        // Two chunks at a time: both PATCH requests reached the server.
        QTRY_COMPARE_WITH_TIMEOUT(patchedIds().size(), 2, 30000);
        QCOMPARE(patchedIds(), (QStringList{QStringLiteral("300001"), QStringLiteral("300002")}));
        killEditor();
        server->clearFaults();
        QCOMPARE(serverName(QStringLiteral("300001")), QStringLiteral("Applied before the kill"));
        QVERIFY(serverName(QStringLiteral("300002")) != QStringLiteral("Sent but never processed"));
        QVERIFY(QFile::exists(dataFolder() + QStringLiteral("/send.journal")));

        auto next = restart();
        QVERIFY(next);
        SegmentTableModel *model = next->window.model();
        QCOMPARE(model->state(QStringLiteral("300001")), State::Unknown);
        QCOMPARE(model->state(QStringLiteral("300002")), State::Unknown);
        QCOMPARE(model->state(QStringLiteral("300003")), State::Modified);
        QCOMPARE(model->state(QStringLiteral("300004")), State::Modified);
        QCOMPARE(nameOf(model->edited(QStringLiteral("300003"))), QStringLiteral("Never left"));
        QCOMPARE(model->edited(QStringLiteral("300004"))->description.valueOr(QString()),
                 QStringLiteral("Not sent either"));
        QCOMPARE(next->window.messageBar()->actionText(),
                 QStringLiteral("Reconcile Unknown Segments"));

        // Reconcile against what the server holds: nothing is sent while doing so.
        EditorBackend::ConnectionSettings settings;
        settings.baseUrl = server->baseUrl();
        settings.clientId = server->clientId();
        settings.clientSecret = server->clientSecret();
        next->window.connectWith(settings);
        QTRY_VERIFY(next->backend.isConnected());
        server->clearRecorded();
        QSignalSpy reloaded(next->window.sendWorkflow(), &SendWorkflow::finished);
        next->window.reconcileUnknown();
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(patchedIds(), QStringList());
        QCOMPARE(model->state(QStringLiteral("300001")), State::Updated);
        QCOMPARE(nameOf(model->original(QStringLiteral("300001"))),
                 QStringLiteral("Applied before the kill"));
        QCOMPARE(model->state(QStringLiteral("300002")), State::Modified);
        QCOMPARE(nameOf(model->edited(QStringLiteral("300002"))),
                 QStringLiteral("Sent but never processed"));

        // The rest goes out once, and only the rest.
        QSignalSpy finished(next->window.sendWorkflow(), &SendWorkflow::finished);
        next->window.send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(patchedIds(),
                 (QStringList{QStringLiteral("300002"), QStringLiteral("300003"),
                              QStringLiteral("300004")}));
        QCOMPARE(serverName(QStringLiteral("300002")), QStringLiteral("Sent but never processed"));
        QCOMPARE(next->window.model()->counts().modified, 0);
    }
};

QTEST_MAIN(CrashRecoveryTest)
#include "tst_crashrecovery.moc"
