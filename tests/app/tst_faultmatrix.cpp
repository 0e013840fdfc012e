// The fault matrix of issue 15 (FaultMatrix.h, docs/reliability.md): each fault on 1 000 edited
// segments over real loopback HTTP against the embedded demo server, through `segmentctl push` (the
// real executable) and through the window's send (a real MainWindow on the offscreen platform, the
// real ServiceBackend). After the send with the fault: every row definite, no edit lost, retries
// within their bound; after a second send without it: the server holds every edit, each applied
// exactly once.
#include "FaultMatrix.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "SegmentCtlProcess.h"
#include "SendWorkflow.h"
#include "ServiceBackend.h"

#include <QApplication>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>
#include <sys/resource.h>
#include <sys/wait.h>

Q_DECLARE_METATYPE(FaultMatrix::Row)

namespace {

using FaultMatrix::Row;
using State = SegmentTableModel::RowState;

// Bulk requests are tried at most this often (RetryPolicy's default).
constexpr int kMaxAttempts = 4;
// A file system that is full: no write may go past `bytes` (RLIMIT_FSIZE; SIGXFSZ is ignored, so
// the write fails with EFBIG as it would with ENOSPC).
constexpr rlim_t kFullAt = 64 * 1024;

QHash<QString, FaultMatrix::RowState> statesInFile(const QString &path, QString *error)
{
    QHash<QString, FaultMatrix::RowState> states;
    const auto set = WorkingSet::read(path, error);
    if (!set)
        return states;
    for (const WorkingSetEntry &entry : set->segments) {
        FaultMatrix::RowState s;
        s.edited = entry.isModified();
        s.editedName = entry.edited ? entry.edited->name.value_or(QString()) : QString();
        if (entry.outcome) {
            s.what = SegmentOutcome::statusKey(entry.outcome->status);
            // An outcome other than applied always says why.
            s.definite = entry.outcome->status == SegmentOutcome::Status::Updated
                    || !entry.outcome->problems.isEmpty();
            if (!entry.outcome->problems.isEmpty())
                s.what += QLatin1String(": ") + entry.outcome->problems.first().code;
        }
        states.insert(entry.original.id, s);
    }
    return states;
}

QHash<QString, FaultMatrix::RowState> statesInModel(const SegmentTableModel *model)
{
    QHash<QString, FaultMatrix::RowState> states;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->idAt(row);
        FaultMatrix::RowState s;
        const auto edited = model->edited(id);
        s.edited = edited && model->original(id) && *edited != *model->original(id);
        s.editedName = edited ? edited->name.value_or(QString()) : QString();
        const State state = model->state(id);
        s.definite = state != State::Sending;
        s.what = QString::number(int(state));
        if ((state == State::Failed || state == State::Unknown || state == State::NotSent)
            && model->problems(id).isEmpty())
            s.definite = false;
        states.insert(id, s);
    }
    return states;
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void segmentctlPush_data() { addRows(); }
    void segmentctlPush()
    {
        QFETCH(Row, row);
        prepare(row);
        if (QTest::currentTestFailed())
            return;

        QProcess process;
        QProcessEnvironment env
                = SegmentCtlProcess::environment(m_server->clientId(), m_server->clientSecret());
        env.insert(QStringLiteral("SEGMENT_TEST_NETWORK"),
                   QStringLiteral("timeout-ms=500,retry-delay-ms=20"));
        if (row.disk == Row::Disk::Journal)
            env.insert(QStringLiteral("SEGMENT_TEST_STOP_AT"), QStringLiteral("before-journal"));
        const bool limitAtStart = row.disk == Row::Disk::WorkingSet;
        process.setChildProcessModifier([limitAtStart] {
            std::signal(SIGXFSZ, SIG_IGN);
            if (limitAtStart) {
                const rlimit limit{kFullAt, RLIM_INFINITY};
                setrlimit(RLIMIT_FSIZE, &limit);
            }
        });
        QByteArray err;
        if (row.disk == Row::Disk::Journal) {
            // Stopped with the journal open, before its first record: the disk fills up.
            connect(&process, &QProcess::readyReadStandardError, this, [&] {
                err += process.readAllStandardError();
                if (!err.contains("segment-test: stopped at before-journal"))
                    return;
                err.replace("segment-test: stopped at before-journal", "(stopped)");
                const rlimit limit{1, RLIM_INFINITY};
                const pid_t pid = pid_t(process.processId());
                // It writes the line, then stops: wait for the stop itself (not reaped).
                siginfo_t info{};
                waitid(P_PID, id_t(pid), &info, WSTOPPED | WNOWAIT);
                if (prlimit(pid, RLIMIT_FSIZE, &limit, nullptr) != 0)
                    qWarning() << "prlimit:" << strerror(errno);
                ::kill(pid, SIGCONT);
            });
        }
        SegmentCtlProcess::start(process, pushArguments(row.chunkSize), env);
        SegmentCtlResult first = SegmentCtlProcess::wait(process);
        first.err.prepend(QString::fromUtf8(err));
        QVERIFY2(first.finished && first.exitStatus == QProcess::NormalExit, qPrintable(first.err));
        QVERIFY2(first.exitCode >= 0 && first.exitCode <= 2, qPrintable(first.err));

        QString error;
        QHash<QString, FaultMatrix::RowState> states = statesInFile(m_file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QString summary;
        FaultMatrix::checkFirstSend(*m_server, m_ids, m_names, states, kMaxAttempts, &summary);
        if (QTest::currentTestFailed())
            return;
        if (row.disk == Row::Disk::Journal)
            QVERIFY2(!m_server->requests().isEmpty()
                             && std::none_of(m_server->requests().cbegin(),
                                             m_server->requests().cend(), FaultMatrix::isPatch),
                     "a write that could not be saved first must not be sent");

        m_server->clearFaults();
        const SegmentCtlResult second = SegmentCtlProcess::run(
                pushArguments(50),
                SegmentCtlProcess::environment(m_server->clientId(), m_server->clientSecret()));
        if (second.exitCode != 0)
            qWarning().noquote() << second.err.right(4000);
        SEGMENTCTL_EXPECT(second, 0);
        states = statesInFile(m_file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        FaultMatrix::checkConverged(*m_server, m_ids, m_names, states);
        QVERIFY(!QFile::exists(m_file + QLatin1String(".journal")));
        qInfo().noquote() << "first push: exit" << first.exitCode << "," << summary;
    }

    void windowSend_data() { addRows(); }
    void windowSend()
    {
        QFETCH(Row, row);
        prepare(row);
        if (QTest::currentTestFailed())
            return;
        MemorySecretStore secrets;
        ServiceBackend backend(&secrets);
        backend.setTimeoutMs(500);
        backend.setCallsPerMinute(0); // the server's limit is what is tested, not our pacing
        RetryPolicy::Options retry;
        retry.baseDelayMs = 20;
        retry.maxDelayMs = 80;
        retry.seed = 7;
        backend.setRetryOptions(retry);
        MainWindow window(&backend);
        window.setChunkSize(row.chunkSize);
        QTemporaryDir recovery;
        QVERIFY(window.enableRecovery(recovery.path()));
        EditorBackend::ConnectionSettings settings;
        settings.baseUrl = m_server->baseUrl();
        settings.apiVersion = m_server->apiVersion();
        settings.clientId = m_server->clientId();
        settings.clientSecret = m_server->clientSecret();
        window.connectWith(settings);
        QTRY_VERIFY(backend.isConnected());
        QVERIFY(window.openWorkingSet(m_file));
        QCOMPARE(window.model()->rowCount(), FaultMatrix::kSegments);
        m_server->clearRecorded();
        QVERIFY(m_server->setFaults(QString::fromLatin1(row.spec), nullptr, 11));

        std::signal(SIGXFSZ, SIG_IGN);
        rlimit saved{};
        getrlimit(RLIMIT_FSIZE, &saved);
        const auto fillDisk = [&saved](rlim_t bytes) {
            const rlimit limit{bytes, saved.rlim_max};
            setrlimit(RLIMIT_FSIZE, &limit);
        };
        if (row.disk == Row::Disk::WorkingSet)
            fillDisk(kFullAt);
        QMetaObject::Connection journalFull;
        if (row.disk == Row::Disk::Journal)
            journalFull = connect(window.sendWorkflow(), &SendWorkflow::stageChanged, this,
                                  [&](SendWorkflow::Stage stage) {
                                      if (stage == SendWorkflow::Stage::Sending)
                                          fillDisk(1); // the journal is open, still empty
                                  });
        QSignalSpy finished(window.sendWorkflow(), &SendWorkflow::finished);
        window.send();
        const bool ended = finished.wait(60000);
        setrlimit(RLIMIT_FSIZE, &saved);
        disconnect(journalFull);
        QVERIFY(ended);

        QString summary;
        FaultMatrix::checkFirstSend(*m_server, m_ids, m_names, statesInModel(window.model()),
                                    kMaxAttempts, &summary);
        if (QTest::currentTestFailed())
            return;

        m_server->clearFaults();
        finished.clear();
        window.send(); // nothing to send: it does not start
        if (window.sendWorkflow()->isRunning()) {
            QVERIFY(finished.wait(60000));
            const auto again = finished.first().first().value<SendWorkflow::Result>();
            QVERIFY2(again.error.isEmpty() && again.journalError.isEmpty(),
                     qPrintable(again.error));
        }
        FaultMatrix::checkConverged(*m_server, m_ids, m_names, statesInModel(window.model()));
        qInfo().noquote() << "first send:" << summary;
    }

private:
    void addRows()
    {
        QTest::addColumn<Row>("row");
        for (const Row &row : FaultMatrix::rows())
            QTest::newRow(row.name) << row;
    }

    void prepare(const Row &row)
    {
        m_server = std::make_unique<DemoServer>(FaultMatrix::data());
        DemoServerOptions options = m_server->options();
        options.callsPerMinute = row.callsPerMinute;
        m_server->setOptions(options);
        m_clock = std::make_unique<FaultMatrix::StandingClock>();
        m_clock->attach(m_server.get());
        QVERIFY(m_server->listen());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_file = m_dir->filePath(QStringLiteral("segments.json"));
        m_ids.clear();
        const WorkingSet set = FaultMatrix::workingSet(*m_server, &m_ids);
        QCOMPARE(m_ids.size(), FaultMatrix::kSegments);
        m_names.clear();
        for (const WorkingSetEntry &entry : set.segments)
            m_names.insert(entry.original.id, entry.edited->name.value_or(QString()));
        QString error;
        QVERIFY2(set.write(m_file, &error), qPrintable(error));
        QVERIFY(m_server->setFaults(QString::fromLatin1(row.spec), nullptr, 11));
    }

    QStringList pushArguments(int chunkSize) const
    {
        return {QStringLiteral("push"),
                m_file,
                QStringLiteral("--base-url"),
                m_server->baseUrl().toString(),
                QStringLiteral("--chunk-size"),
                QString::number(chunkSize),
                QStringLiteral("--calls-per-minute"),
                QStringLiteral("0"),
                QStringLiteral("--no-history")};
    }

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<FaultMatrix::StandingClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    QStringList m_ids;
    QHash<QString, QString> m_names;
};

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
