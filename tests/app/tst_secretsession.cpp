// No secret anywhere: a whole session with a client secret and tokens made for this run only,
// then every file the programs could have written and everything they printed or logged is
// searched for them, as written and base64- or URL-encoded. The session: connect remembering the
// secret (the system keychain under .ci/with-keyring, else the in-memory store), connect again
// with the remembered secret, load, edit, send through server faults and token expiries,
// autosave, save; a real segment-editor killed (-9) mid-send and restored here; `segmentctl pull`
// and `push` with the secret from the environment, and `push --token-env` with a token.
#include "DemoDataGenerator.h"
#include "DemoServer.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "SegmentCtlProcess.h"
#include "SendWorkflow.h"
#include "ServiceBackend.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace {

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(message);
    if (type != QtDebugMsg && type != QtInfoMsg && previousHandler)
        previousHandler(type, context, message);
}

struct Needle
{
    QString what; // "secret (base64)", never the value
    QByteArray bytes;
};

// The value and the forms it could take on its way to a file or a log.
QList<Needle> formsOf(const QString &what, const QByteArray &value)
{
    return {{what, value},
            {what + QStringLiteral(" (base64)"), value.toBase64()},
            {what + QStringLiteral(" (base64url)"),
             value.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)},
            {what + QStringLiteral(" (URL-encoded)"),
             QUrl::toPercentEncoding(QString::fromUtf8(value))},
            {what + QStringLiteral(" (UTF-16)"),
             QByteArray(reinterpret_cast<const char *>(QString::fromUtf8(value).utf16()),
                        QString::fromUtf8(value).size() * 2)}};
}

} // namespace

class SecretSessionTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir root;
    QString secret;
    std::unique_ptr<DemoServer> server;
    QList<SegmentCtlResult> runs; // what every segmentctl run printed
    QByteArray editorOutput;      // what the killed segment-editor printed
    QStringList touchedFiles;     // files the session must have written (the search reads them)
    // Every file under the session's folders at a few moments: the autosave and the journal are
    // gone once the work is safe, so they are read while they exist.
    QList<QPair<QString, QByteArray>> snapshots;

    void snapshot()
    {
        QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            snapshots.append({file, SegmentCtlProcess::readBytes(file)});
        }
    }

    QString path(const QString &relative) const { return root.filePath(relative); }

    QProcessEnvironment childEnvironment() const
    {
        QProcessEnvironment env = SegmentCtlProcess::environment();
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("run")));
        env.insert(QStringLiteral("TMPDIR"), path(QStringLiteral("tmp")));
        // Every log line the programs have, so that the search sees them all.
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("segment.*=true"));
        return env;
    }

    EditorBackend::ConnectionSettings settings(const QString &withSecret) const
    {
        EditorBackend::ConnectionSettings s;
        s.baseUrl = server->baseUrl();
        s.apiVersion = server->apiVersion();
        s.clientId = server->clientId();
        s.clientSecret = withSecret;
        return s;
    }

    SegmentCtlResult segmentctl(const QStringList &arguments, const QProcessEnvironment &env)
    {
        const SegmentCtlResult result = SegmentCtlProcess::run(arguments, env);
        runs.append(result);
        return result;
    }

    // The window's part: remember the secret, connect with the remembered one, load, edit, send
    // through faults, autosave and save.
    void windowSession(SecretStore *store)
    {
        ServiceBackend backend(store);
        backend.setTimeoutMs(5000);
        RetryPolicy::Options retry;
        retry.maxAttempts = 3;
        retry.baseDelayMs = 10;
        retry.maxDelayMs = 20;
        backend.setRetryOptions(retry);
        MainWindow window(&backend);
        window.setAutosaveDelay(0);
        const QString recovery = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY2(recovery.startsWith(root.path()), qPrintable(recovery));
        QVERIFY(window.enableRecovery(recovery));

        EditorBackend::ConnectionSettings first = settings(secret);
        first.rememberSecret = true;
        window.connectWith(first);
        QTRY_VERIFY_WITH_TIMEOUT(backend.isConnected(), 20000);

        // Connect again with what the store remembered.
        backend.disconnectFromApi();
        QSignalSpy read(&backend, &EditorBackend::storedSecretRead);
        backend.readStoredSecret(server->clientId());
        QVERIFY(read.wait(20000));
        const QString remembered = read.first().at(1).toString();
        QCOMPARE(remembered, secret);
        window.connectWith(settings(remembered));
        QTRY_VERIFY_WITH_TIMEOUT(backend.isConnected(), 20000);

        QSignalSpy loaded(&backend, &EditorBackend::loadFinished);
        EditorBackend::SegmentQuery query;
        query.advertiserIds = server->data().reachableAdvertiserIds();
        window.loadSegments(query);
        QVERIFY(loaded.wait(20000));
        SegmentTableModel *model = window.model();
        QVERIFY(model->rowCount() > 20);
        for (int row = 0; row < 12; ++row)
            QVERIFY(model->setData(model->index(row, SegmentTableModel::NameColumn),
                                   QStringLiteral("Window edit %1").arg(row)));

        // Faults on the way, and tokens that expire: the token is renewed with the secret.
        QString error;
        QVERIFY2(server->setFaults(QStringLiteral("5xx=1:method=PATCH,reset=2:method=PATCH,"
                                                  "expire-token=2,malformed=3:method=PATCH"),
                                   &error),
                 qPrintable(error));
        window.setChunkSize(2);
        QSignalSpy sent(window.sendWorkflow(), &SendWorkflow::finished);
        window.send();
        QVERIFY(sent.wait(30000));
        server->clearFaults();

        QSignalSpy autosaved(&window, &MainWindow::autosaved);
        QVERIFY(model->setData(model->index(15, SegmentTableModel::NameColumn),
                               QStringLiteral("Autosaved edit")));
        window.autosaveNow();
        QTRY_VERIFY_WITH_TIMEOUT(!autosaved.isEmpty(), 10000);
        touchedFiles.append(autosaved.first().at(0).toString());
        const QString saved = path(QStringLiteral("work/window.json"));
        QVERIFY(window.saveWorkingSet(saved));
        touchedFiles.append(saved);
        snapshot();
        window.close();
    }

    // A real segment-editor killed while a PATCH is in flight, then restored and reconciled
    // here: its autosave and journal are read back.
    void crashAndRecover()
    {
        QString error;
        QVERIFY(server->setFaults(QStringLiteral("latency=60000:method=PATCH"), &error));
        QProcessEnvironment env = childEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("SEGMENT_EDITOR_CLIENT_SECRET"), secret);
        QProcess editor;
        editor.setProcessEnvironment(env);
        connect(&editor, &QProcess::readyReadStandardOutput, this,
                [&] { editorOutput += editor.readAllStandardOutput(); });
        connect(&editor, &QProcess::readyReadStandardError, this,
                [&] { editorOutput += editor.readAllStandardError(); });
        const QString id
                = server->data()
                          .segmentIdsOf(server->data().reachableAdvertiserIds().constFirst())
                          .constFirst();
        const QStringList arguments{
                QStringLiteral("--connect-url"),
                server->baseUrl().toString(),
                QStringLiteral("--client-id"),
                server->clientId(),
                QStringLiteral("--test-script"),
                QStringLiteral("load; chunk 1; rename %1 Killed mid-send; send").arg(id)};
        QVERIFY(!arguments.join(QLatin1Char(' ')).contains(secret));
        const int patchesBefore = patchCount();
        editor.start(QStringLiteral(SEGMENT_EDITOR), arguments);
        QVERIFY2(editor.waitForStarted(10000), qPrintable(editor.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(patchCount() > patchesBefore, 30000);
        editor.kill();
        QVERIFY(editor.waitForFinished(10000));
        editorOutput += editor.readAllStandardOutput() + editor.readAllStandardError();
        server->clearFaults();

        const QString folder = path(QStringLiteral("data/SegmentEditor/Segment Editor"));
        QVERIFY2(QFile::exists(folder + QStringLiteral("/send.journal")), qPrintable(folder));
        touchedFiles << folder + QStringLiteral("/send.journal")
                     << folder + QStringLiteral("/autosave.sqlite");
        snapshot();

        MemorySecretStore memory;
        ServiceBackend backend(&memory);
        backend.setTimeoutMs(5000);
        MainWindow window(&backend);
        QVERIFY(window.enableRecovery(folder));
        QVERIFY(window.offerRecovery());
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("recoveryBox"));
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("recoveryRestoreButton"))->click();
        window.connectWith(settings(secret));
        QTRY_VERIFY_WITH_TIMEOUT(backend.isConnected(), 20000);
        QSignalSpy reconciled(window.sendWorkflow(), &SendWorkflow::finished);
        window.reconcileUnknown();
        QVERIFY(reconciled.wait(20000));
        window.autosaveNow();
        snapshot();
        window.close();
    }

    // segmentctl with the secret in the environment (pull, push through faults, a second push),
    // then with a token in the environment.
    void segmentctlSession()
    {
        QProcessEnvironment env = childEnvironment();
        env.insert(QStringLiteral("CRITEO_CLIENT_ID"), server->clientId());
        env.insert(QStringLiteral("CRITEO_CLIENT_SECRET"), secret);
        const QString advertiser = server->data().reachableAdvertiserIds().constLast();
        const QString file = path(QStringLiteral("work/pulled.json"));
        const QString base = server->baseUrl().toString();
        SEGMENTCTL_EXPECT(
                segmentctl({QStringLiteral("pull"), QStringLiteral("--advertiser"), advertiser,
                            QStringLiteral("-o"), file, QStringLiteral("--base-url"), base},
                           env),
                0);

        QJsonObject set = SegmentCtlProcess::readJson(file);
        QJsonArray segments = set.value(QLatin1String("segments")).toArray();
        QVERIFY(segments.size() > 4);
        for (int i = 0; i < 4; ++i) {
            QJsonObject entry = segments.at(i).toObject();
            QJsonObject edited = entry.value(QLatin1String("original")).toObject();
            QJsonObject attributes = edited.value(QLatin1String("attributes")).toObject();
            attributes.insert(QLatin1String("name"), QStringLiteral("Pushed edit %1").arg(i));
            edited.insert(QLatin1String("attributes"), attributes);
            entry.insert(QLatin1String("edited"), edited);
            segments.replace(i, entry);
        }
        set.insert(QLatin1String("segments"), segments);
        QVERIFY(SegmentCtlProcess::writeJson(file, set));

        QString error;
        QVERIFY(server->setFaults(QStringLiteral("5xx=1:method=PATCH,expire-token=1"), &error));
        const QString report = path(QStringLiteral("work/report.json"));
        const QStringList push{QStringLiteral("push"),         file,
                               QStringLiteral("--report"),     report,
                               QStringLiteral("--base-url"),   base,
                               QStringLiteral("--chunk-size"), QStringLiteral("2")};
        const SegmentCtlResult first = segmentctl(push, env);
        QVERIFY2(first.finished && (first.exitCode == 0 || first.exitCode == 2),
                 qPrintable(first.err));
        server->clearFaults();
        SEGMENTCTL_EXPECT(segmentctl(push, env), 0);
        touchedFiles << file << report;

        // A bearer token from the environment instead of the secret.
        QProcessEnvironment tokenEnv = childEnvironment();
        tokenEnv.insert(QStringLiteral("SEGMENT_TEST_TOKEN"), server->issueAccessToken());
        SEGMENTCTL_EXPECT(
                segmentctl({QStringLiteral("pull"), QStringLiteral("--advertiser"), advertiser,
                            QStringLiteral("-o"),
                            path(QStringLiteral("work/pulled-with-token.json")),
                            QStringLiteral("--base-url"), base, QStringLiteral("--token-env"),
                            QStringLiteral("SEGMENT_TEST_TOKEN")},
                           tokenEnv),
                0);
        touchedFiles << path(QStringLiteral("work/pulled-with-token.json"));
    }

    int patchCount() const
    {
        int n = 0;
        for (const RecordedRequest &r : server->requests())
            n += r.method == "PATCH" ? 1 : 0;
        return n;
    }

    // Every token the server saw in an Authorization header: those the programs got.
    QStringList tokensSeen() const
    {
        QStringList tokens;
        for (const RecordedRequest &r : server->requests()) {
            const QByteArray header = r.header("Authorization");
            if (header.startsWith("Bearer ") && !tokens.contains(QString::fromUtf8(header.mid(7))))
                tokens.append(QString::fromUtf8(header.mid(7)));
        }
        return tokens;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(root.isValid());
        for (const char *sub : {"config", "data", "cache", "run", "home", "tmp", "work"})
            QVERIFY(QDir(root.path()).mkpath(QLatin1String(sub)));
        QFile::setPermissions(path(QStringLiteral("run")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner);
        // This process's own folders too (its settings, autosave, cache): in test mode they are
        // under $HOME/.qttest.
        qputenv("HOME", path(QStringLiteral("home")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", path(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", path(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", path(QStringLiteral("cache")).toLocal8Bit());
        qputenv("XDG_RUNTIME_DIR", path(QStringLiteral("run")).toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SegmentEditorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_secretsession"));

        // Unique to this run, with characters that base64 and URL encoding change.
        secret = QStringLiteral("sec/%1+=&?é").arg(QUuid::createUuid().toString(QUuid::Id128));
        DemoServerOptions options;
        options.clientId = QStringLiteral("secret-session-client");
        options.clientSecret = secret;
        server = std::make_unique<DemoServer>(DemoDataGenerator::generate(3, 300));
        server->setOptions(options);
        QVERIFY(server->listen());
        QCOMPARE(server->clientSecret(), secret);

        QLoggingCategory::setFilterRules(QStringLiteral("segment.*=true"));
        previousHandler = qInstallMessageHandler(captureMessages);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
    }

    void noSecretAnywhere()
    {
        // The real keychain when the tests run with a Secret Service of their own.
        std::unique_ptr<SecretStore> store;
        if (qEnvironmentVariableIsSet("SEGMENT_PRIVATE_BUS"))
            store = std::make_unique<KeychainSecretStore>();
        else
            store = std::make_unique<MemorySecretStore>();
        windowSession(store.get());
        if (QTest::currentTestFailed())
            return;
        crashAndRecover();
        if (QTest::currentTestFailed())
            return;
        segmentctlSession();
        if (QTest::currentTestFailed())
            return;
        QSettings().sync();

        const QStringList tokens = tokensSeen();
        QVERIFY(tokens.size() >= 3); // renewals happened: several tokens to look for
        QList<Needle> needles = formsOf(QStringLiteral("secret"), secret.toUtf8());
        needles += formsOf(QStringLiteral("client:secret"),
                           (server->clientId() + QLatin1Char(':') + secret).toUtf8());
        for (int i = 0; i < tokens.size(); ++i)
            needles += formsOf(QStringLiteral("token %1").arg(i + 1), tokens.at(i).toUtf8());

        // Everything on disk under the session's folders, then and now…
        snapshot();
        QSet<QString> files;
        for (const auto &file : std::as_const(snapshots))
            files.insert(file.first);
        for (const QString &expected : std::as_const(touchedFiles))
            QVERIFY2(files.contains(expected), qPrintable(expected));
        bool addressOnDisk = false; // the search reads what is there: the server's address is
        bool editOnDisk = false;    // and so is an edit in the autosave
        for (const auto &[file, bytes] : std::as_const(snapshots)) {
            addressOnDisk = addressOnDisk || bytes.contains(server->baseUrl().toEncoded());
            editOnDisk = editOnDisk
                    || (file.contains(QLatin1String("autosave"))
                        && bytes.contains("Autosaved edit"));
            for (const Needle &needle : std::as_const(needles))
                QVERIFY2(!bytes.contains(needle.bytes),
                         qPrintable(QStringLiteral("%1 in %2").arg(needle.what, file)));
        }
        QVERIFY(addressOnDisk);
        QVERIFY(editOnDisk);

        qsizetype searched = 0;
        for (const auto &file : std::as_const(snapshots))
            searched += file.second.size();
        const QString summary
                = QStringLiteral("searched %1 files (%2 bytes over %3 reads), %4 needles")
                          .arg(files.size())
                          .arg(searched)
                          .arg(snapshots.size())
                          .arg(needles.size());

        // …and everything printed or logged.
        QByteArray printed = editorOutput;
        for (const SegmentCtlResult &run : std::as_const(runs))
            printed += run.out.toUtf8() + run.err.toUtf8();
        const QByteArray logged = capturedLog.join(QLatin1Char('\n')).toUtf8();
        QVERIFY(!logged.isEmpty());
        // The programs' logging was on, and so was this process's.
        QVERIFY(printed.contains("access token obtained"));
        QVERIFY(logged.contains("access token obtained"));
        for (const Needle &needle : std::as_const(needles)) {
            QVERIFY2(!printed.contains(needle.bytes),
                     qPrintable(QStringLiteral("%1 in the programs' output").arg(needle.what)));
            QVERIFY2(!logged.contains(needle.bytes),
                     qPrintable(QStringLiteral("%1 in this process's log").arg(needle.what)));
        }
        QTest::qWait(0);
        qInstallMessageHandler(previousHandler);
        qInfo("%s; %lld bytes printed, %lld logged", qPrintable(summary), qint64(printed.size()),
              qint64(logged.size()));
    }
};

QTEST_MAIN(SecretSessionTest)
#include "tst_secretsession.moc"
