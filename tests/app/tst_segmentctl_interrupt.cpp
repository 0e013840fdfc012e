// An interrupted `segmentctl push`: cancelled with SIGTERM, or killed with SIGKILL, while the demo
// server in the test process holds the answers back (a latency fault). The file stays consistent
// and loadable, and the next push reconciles instead of sending an applied change twice.
#include "DemoDataGenerator.h"
#include "DemoServer.h"
#include "SegmentCtlProcess.h"
#include "SendJournal.h"
#include "WorkingSet.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>

namespace {

const QString kPatchPath = QStringLiteral("/2025-10/marketing-solutions/audience-segments");

QStringList idsInBody(const RecordedRequest &request)
{
    QStringList ids;
    for (const QJsonValue &item : request.json().object().value(QLatin1String("data")).toArray())
        ids.append(item[QLatin1String("id")].toString());
    return ids;
}

const WorkingSetEntry *entryOf(const WorkingSet &set, const QString &id)
{
    for (const WorkingSetEntry &entry : set.segments)
        if (entry.original.id == id)
            return &entry;
    return nullptr;
}

} // namespace

class TestSegmentCtlInterrupt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<DemoServer>(DemoDataGenerator::generate(1, 60));
        QVERIFY(m_server->listen());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_file = m_dir->filePath(QStringLiteral("segments.json"));
        prepareEdits();
    }
    void cleanup() { m_server.reset(); }

    // SIGTERM during a slowed push: no new requests, the ones in flight finish and are written.
    void cancelledPushLeavesAConsistentFile()
    {
#ifndef Q_OS_UNIX
        QSKIP("terminate() is SIGTERM on Unix only; on Windows it posts WM_CLOSE, which a console "
              "program never reads");
#endif
        QVERIFY(m_server->setFaults(QStringLiteral("latency=1000:method=PATCH")));
        m_server->clearRecorded();
        const QString report = m_dir->filePath(QStringLiteral("report.json"));
        QProcess process;
        SegmentCtlProcess::start(process, pushArguments({QStringLiteral("--report"), report}),
                                 credentials());
        QVERIFY(waitForFirstPatch());
        process.terminate(); // SIGTERM
        const SegmentCtlResult result = SegmentCtlProcess::wait(process);
        SEGMENTCTL_EXPECT(result, 2);
        QVERIFY2(result.err.contains(QLatin1String("Cancelling: no new requests")),
                 qPrintable(result.err));

        const QStringList sent = patchedIds();
        QVERIFY2(!sent.isEmpty() && sent.size() < m_edited.size(), qPrintable(sent.join(u' ')));

        QString error;
        const auto set = WorkingSet::read(m_file, &error);
        QVERIFY2(set, qPrintable(error));
        for (const QString &id : std::as_const(m_edited)) {
            const WorkingSetEntry *entry = entryOf(*set, id);
            QVERIFY(entry);
            QVERIFY(entry->outcome);
            if (sent.contains(id)) {
                QCOMPARE(entry->outcome->status, SegmentOutcome::Status::Updated);
                QVERIFY(!entry->edited);
                QCOMPARE(*entry->original.name, m_newNames.value(id));
                QCOMPARE(m_server->data().segment(id).value(QLatin1String("name")).toString(),
                         m_newNames.value(id));
            } else {
                QCOMPARE(entry->outcome->status, SegmentOutcome::Status::NotSent);
                QCOMPARE(entry->outcome->problems.size(), 1);
                QCOMPARE(entry->outcome->problems.first().code, QStringLiteral("not-sent"));
                QVERIFY(entry->edited);
                QCOMPARE(*entry->edited->name, m_newNames.value(id));
                QVERIFY(m_server->data().segment(id).value(QLatin1String("name")).toString()
                        != m_newNames.value(id));
            }
        }
        QVERIFY(!QFile::exists(m_file + QLatin1String(".journal")));

        const QJsonObject json = SegmentCtlProcess::readJson(report);
        QCOMPARE(json.value(QLatin1String("requests")).toInt(), int(sent.size()));
        const QJsonArray segments = json.value(QLatin1String("segments")).toArray();
        QCOMPARE(segments.size(), m_edited.size());
        for (const QJsonValue &s : segments)
            QCOMPARE(s[QLatin1String("outcome")].toString(),
                     sent.contains(s[QLatin1String("id")].toString()) ? QStringLiteral("updated")
                                                                      : QStringLiteral("not-sent"));

        // The next push sends the rest, and only the rest.
        m_server->clearFaults();
        m_server->clearRecorded();
        const SegmentCtlResult next = SegmentCtlProcess::run(pushArguments(), credentials());
        SEGMENTCTL_EXPECT(next, 0);
        QStringList rest = patchedIds();
        rest.sort();
        QStringList expected;
        for (const QString &id : std::as_const(m_edited))
            if (!sent.contains(id))
                expected.append(id);
        expected.sort();
        QCOMPARE(rest, expected);
    }

    // kill -9 while answers are held back: the journal says what was in flight; the next push
    // reloads exactly those segments, finds the applied ones applied and never sends them again.
    void killedPushIsReconciled()
    {
        QVERIFY(m_server->setFaults(QStringLiteral("latency=1000:method=PATCH")));
        m_server->clearRecorded();
        QProcess process;
        SegmentCtlProcess::start(process, pushArguments(), credentials());
        QVERIFY(waitForFirstPatch());
        process.kill(); // SIGKILL: no handler, no last write
        const SegmentCtlResult killed = SegmentCtlProcess::wait(process);
        QVERIFY(killed.finished);
        QCOMPARE(killed.exitStatus, QProcess::CrashExit);

        const QString journalPath = m_file + QLatin1String(".journal");
        QVERIFY(QFile::exists(journalPath));
        QString error;
        const auto replay = SendJournal::replay(journalPath, &error);
        QVERIFY2(replay, qPrintable(error));
        QVERIFY(!replay->finished);
        QStringList unanswered;
        for (const SendJournal::Pending &p : replay->unanswered)
            unanswered.append(p.segmentId);
        QVERIFY(!unanswered.isEmpty());
        const QStringList applied = patchedIds(); // the server acted on these before the kill
        QVERIFY(!applied.isEmpty());
        for (const QString &id : applied)
            QVERIFY2(unanswered.contains(id), qPrintable(id)); // recorded before it left

        // The file is the one from before the push: loadable, every edit still there.
        const auto before = WorkingSet::read(m_file, &error);
        QVERIFY2(before, qPrintable(error));
        for (const QString &id : std::as_const(m_edited))
            QVERIFY(entryOf(*before, id)->edited);

        m_server->clearFaults();
        const QString report = m_dir->filePath(QStringLiteral("report.json"));
        const SegmentCtlResult next = SegmentCtlProcess::run(
                pushArguments({QStringLiteral("--report"), report}), credentials());
        SEGMENTCTL_EXPECT(next, 0);
        QVERIFY2(
                next.err.contains((
                        unanswered.size() == 1
                                ? QStringLiteral("Reconciled 1 segment from an interrupted push:\n")
                                : QStringLiteral("Reconciled %1 segments from an interrupted "
                                                 "push:\n")
                                          .arg(unanswered.size()))),
                qPrintable(next.err));
        for (const QString &id : applied)
            QVERIFY2(
                    next.err.contains(
                            QStringLiteral("  %1: the change was applied; now updated.\n").arg(id)),
                    qPrintable(next.err));

        // Across both runs every change reached the server exactly once.
        QHash<QString, int> times;
        for (const RecordedRequest &r : m_server->requests())
            if (r.method == "PATCH" && r.path == kPatchPath && r.status == 200)
                for (const QString &id : idsInBody(r))
                    ++times[id];
        QCOMPARE(times.size(), m_edited.size());
        for (auto it = times.cbegin(); it != times.cend(); ++it)
            QVERIFY2(it.value() == 1,
                     qPrintable(QStringLiteral("%1 sent %2 times").arg(it.key()).arg(it.value())));

        const auto after = WorkingSet::read(m_file, &error);
        QVERIFY2(after, qPrintable(error));
        for (const QString &id : std::as_const(m_edited)) {
            const WorkingSetEntry *entry = entryOf(*after, id);
            QVERIFY(!entry->edited);
            QCOMPARE(entry->outcome->status, SegmentOutcome::Status::Updated);
            QCOMPARE(*entry->original.name, m_newNames.value(id));
        }
        QVERIFY(!QFile::exists(journalPath));
        const QJsonArray reported
                = SegmentCtlProcess::readJson(report).value(QLatin1String("segments")).toArray();
        QCOMPARE(reported.size(), m_edited.size());
        for (const QJsonValue &s : reported)
            QCOMPARE(s[QLatin1String("outcome")].toString(), QStringLiteral("updated"));
    }

    // kill -9 at each step of a push, stopped there by SEGMENT_TEST_STOP_AT (models/TestHooks.h):
    // the file loads, no edit is lost, and the next push reconciles and sends each change
    // exactly once. (Mid-chunk, the PATCH received but not answered, is the test above.)
    void killedAtEveryStep_data()
    {
        QTest::addColumn<QString>("step");
        QTest::newRow("before the journal write") << QStringLiteral("before-journal");
        QTest::newRow("journaled, not yet sent") << QStringLiteral("after-journal");
        QTest::newRow("third request journaled") << QStringLiteral("after-journal:3");
        QTest::newRow("answered, not yet recorded") << QStringLiteral("after-answer");
        QTest::newRow("fourth answer, not yet recorded") << QStringLiteral("after-answer:4");
        QTest::newRow("during the file write") << QStringLiteral("file-write");
    }
    void killedAtEveryStep()
    {
#ifndef Q_OS_UNIX
        QSKIP("the stop points raise SIGSTOP");
#endif
        QFETCH(QString, step);
        m_server->clearRecorded();
        QProcessEnvironment env = credentials();
        env.insert(QStringLiteral("SEGMENT_TEST_STOP_AT"), step);
        QProcess process;
        QByteArray err;
        bool stopped = false;
        const QByteArray marker = "segment-test: stopped at " + step.section(u':', 0, 0).toLatin1();
        connect(&process, &QProcess::readyReadStandardError, this, [&] {
            err += process.readAllStandardError();
            if (!stopped && err.contains(marker)) {
                stopped = true;
                process.kill(); // SIGKILL at that very point
            }
        });
        SegmentCtlProcess::start(process, pushArguments(), env);
        const SegmentCtlResult killed = SegmentCtlProcess::wait(process);
        QVERIFY2(stopped, err.constData());
        QCOMPARE(killed.exitStatus, QProcess::CrashExit);

        // The file loads; every edit is either still in it or on the server.
        QString error;
        const auto after = WorkingSet::read(m_file, &error);
        QVERIFY2(after, qPrintable(error));
        for (const QString &id : std::as_const(m_edited)) {
            const WorkingSetEntry *entry = entryOf(*after, id);
            QVERIFY(entry);
            const QString wanted = m_newNames.value(id);
            if (entry->edited)
                QCOMPARE(*entry->edited->name, wanted);
            else
                QCOMPARE(m_server->data().segment(id).value(QLatin1String("name")).toString(),
                         wanted);
        }

        const SegmentCtlResult next = SegmentCtlProcess::run(pushArguments(), credentials());
        SEGMENTCTL_EXPECT(next, 0);
        QHash<QString, int> times;
        for (const RecordedRequest &r : m_server->requests())
            if (r.method == "PATCH" && r.path == kPatchPath && r.status == 200)
                for (const QString &id : idsInBody(r))
                    ++times[id];
        for (const QString &id : std::as_const(m_edited)) {
            QVERIFY2(
                    times.value(id) == 1,
                    qPrintable(QStringLiteral("%1 applied %2 times").arg(id).arg(times.value(id))));
            QCOMPARE(m_server->data().segment(id).value(QLatin1String("name")).toString(),
                     m_newNames.value(id));
        }
        const auto final = WorkingSet::read(m_file, &error);
        QVERIFY2(final, qPrintable(error));
        for (const QString &id : std::as_const(m_edited))
            QVERIFY(!entryOf(*final, id)->edited);
        QVERIFY(!QFile::exists(m_file + QLatin1String(".journal")));
    }

private:
    // Pulls the advertiser's segments and renames six of them (one request each when pushed).
    void prepareEdits()
    {
        const SegmentCtlResult pulled = SegmentCtlProcess::run(
                {QStringLiteral("pull"), QStringLiteral("--advertiser"), QStringLiteral("41825"),
                 QStringLiteral("-o"), m_file, QStringLiteral("--base-url"),
                 m_server->baseUrl().toString()},
                credentials());
        SEGMENTCTL_EXPECT(pulled, 0);
        QJsonObject workingSet = SegmentCtlProcess::readJson(m_file);
        QJsonArray items = workingSet.value(QLatin1String("segments")).toArray();
        m_edited.clear();
        m_newNames.clear();
        for (int i = 0; i < items.size() && m_edited.size() < 6; ++i) {
            QJsonObject item = items.at(i).toObject();
            QJsonObject edited = item.value(QLatin1String("original")).toObject();
            QJsonObject attributes = edited.value(QLatin1String("attributes")).toObject();
            if (attributes.value(QLatin1String("type")).toString() == QLatin1String("ContactList"))
                continue; // some are read-only on the server
            const QString id = edited.value(QLatin1String("id")).toString();
            const QString name
                    = attributes.value(QLatin1String("name")).toString() + QLatin1String(" (v2)");
            attributes.insert(QLatin1String("name"), name);
            edited.insert(QLatin1String("attributes"), attributes);
            item.insert(QLatin1String("edited"), edited);
            items[i] = item;
            m_edited.append(id);
            m_newNames.insert(id, name);
        }
        QCOMPARE(m_edited.size(), 6);
        workingSet.insert(QLatin1String("segments"), items);
        QVERIFY(SegmentCtlProcess::writeJson(m_file, workingSet));
    }

    QStringList pushArguments(const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("push"),         m_file,
                           QStringLiteral("--chunk-size"), QStringLiteral("1"),
                           QStringLiteral("--base-url"),   m_server->baseUrl().toString()}
        + extra;
    }
    QProcessEnvironment credentials() const
    {
        return SegmentCtlProcess::environment(m_server->clientId(), m_server->clientSecret());
    }
    // Waits until the server has read a PATCH (its answer is held back by the latency fault).
    bool waitForFirstPatch()
    {
        QSignalSpy handled(m_server.get(), &DemoServer::requestHandled);
        while (patchedIds().isEmpty())
            if (!handled.wait(30000))
                return false;
        return true;
    }
    // Ids in the PATCH requests the server processed.
    QStringList patchedIds() const
    {
        QStringList ids;
        for (const RecordedRequest &r : m_server->requests())
            if (r.method == "PATCH" && r.path == kPatchPath && r.status == 200)
                ids += idsInBody(r);
        return ids;
    }

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir; // a fresh one per test
    QString m_file;
    QStringList m_edited;
    QHash<QString, QString> m_newNames;
};

QTEST_GUILESS_MAIN(TestSegmentCtlInterrupt)
#include "tst_segmentctl_interrupt.moc"
