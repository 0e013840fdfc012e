// The send workflow on its own: an in-memory port plays the server (and the service layer's
// final answers), a SegmentTableModel holds the rows. Every scenario asserts every row's final
// state, what the server holds, and how often each segment was sent.
#include "SampleSegments.h"
#include "SegmentTableModel.h"
#include "SendPort.h"
#include "SendWorkflow.h"

#include <QJsonArray>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

using State = SegmentTableModel::RowState;
using Status = SegmentOutcome::Status;

// The server and what the service layer would make of its answers, per segment.
class MemoryPort : public SendPort
{
    Q_OBJECT

public:
    using SendPort::SendPort;

    QHash<QString, AudienceSegment> server;
    // id -> what the answer to a request carrying it says (see send()); "updated" when absent.
    QHash<QString, QString> behaviour;
    QHash<QString, int> received; // id -> times it arrived in a request
    QList<QStringList> requests;  // ids of each request, in arrival order
    QList<QStringList> reloads;   // ids of each reload
    bool hang = false;            // requests never answer (the process is about to die)
    bool cancelled = false;

    void reload(int ticket, const QStringList &ids) override
    {
        reloads.append(ids);
        QList<AudienceSegment> found;
        QStringList missing;
        for (const QString &id : ids) {
            if (server.contains(id))
                found.append(server.value(id));
            else
                missing.append(id);
        }
        QTimer::singleShot(0, this, [this, ticket, found, missing] {
            if (cancelled)
                Q_EMIT reloaded(ticket, {}, {}, QStringLiteral("Reload cancelled."));
            else
                Q_EMIT reloaded(ticket, found, missing, {});
        });
    }

    void send(const Request &request) override
    {
        QStringList ids;
        Answer answer;
        answer.ticket = request.ticket;
        answer.attempts = 1;
        for (const Item &item : request.items) {
            ids.append(item.segmentId);
            ++received[item.segmentId];
            const QString how = behaviour.value(item.segmentId, QStringLiteral("updated"));
            SegmentOutcome outcome;
            outcome.segmentId = item.segmentId;
            const auto applyIt = [&] {
                AudienceSegment &copy = server[item.segmentId];
                const QJsonObject attributes
                        = item.resource.value(QLatin1String("attributes")).toObject();
                if (attributes.contains(QLatin1String("name")))
                    copy.name = attributes.value(QLatin1String("name")).toString();
                if (attributes.contains(QLatin1String("description")))
                    copy.description.set(attributes.value(QLatin1String("description"))
                                                 .toObject()
                                                 .value(QLatin1String("value"))
                                                 .toString());
                copy.updatedAt = SampleSegments::utc(2026, 12, 7, 12);
                return copy;
            };
            const auto problem = [&](Problem::Severity severity, Problem::Origin origin,
                                     const QString &code) {
                Problem p;
                p.severity = severity;
                p.origin = origin;
                p.code = code;
                p.title = code;
                p.traceId = QStringLiteral("trace-") + item.segmentId;
                p.segmentId = item.segmentId;
                p.field = origin == Problem::Origin::Server ? QStringLiteral("attributes/name")
                                                            : QString();
                return p;
            };
            if (how == QLatin1String("updated") || how == QLatin1String("auth401")) {
                outcome.status = Status::Updated;
                outcome.entity = applyIt();
                if (how == QLatin1String("auth401"))
                    answer.attempts = 2; // a renewed token, the same request again
            } else if (how == QLatin1String("retry429")) {
                outcome.status = Status::Updated;
                outcome.entity = applyIt();
                answer.attempts = 2;
                Q_EMIT retrying({item.segmentId}, 1500, QStringLiteral("429 Too Many Requests"));
            } else if (how == QLatin1String("warned")) {
                outcome.status = Status::Warned;
                outcome.entity = applyIt();
                outcome.problems = {problem(Problem::Severity::Warning, Problem::Origin::Server,
                                            QStringLiteral("deprecated-field"))};
            } else if (how == QLatin1String("failed")) {
                outcome.status = Status::Failed;
                outcome.problems = {problem(Problem::Severity::Error, Problem::Origin::Server,
                                            QStringLiteral("name-taken"))};
            } else if (how == QLatin1String("failedAsWarning")) {
                // The API filed a refusal under `warnings`; the service reports it as a failure.
                outcome.status = Status::Failed;
                outcome.problems = {problem(Problem::Severity::Warning, Problem::Origin::Server,
                                            QStringLiteral("not-applied"))};
            } else if (how == QLatin1String("5xx")) {
                outcome.status = Status::Failed;
                outcome.problems = {problem(Problem::Severity::Error, Problem::Origin::Transport,
                                            QStringLiteral("http-503"))};
                answer.attempts = 3;
            } else if (how == QLatin1String("lostApplied")) {
                applyIt();
                outcome.status = Status::Unknown;
                outcome.problems = {problem(Problem::Severity::Error, Problem::Origin::Transport,
                                            QStringLiteral("malformed"))};
            } else if (how == QLatin1String("lostNotApplied")) {
                outcome.status = Status::Unknown;
                outcome.problems = {problem(Problem::Severity::Error, Problem::Origin::Transport,
                                            QStringLiteral("reset"))};
            } else if (how == QLatin1String("omitted")) {
                applyIt();
                continue; // the answer does not name it
            }
            answer.outcomes.append(outcome);
        }
        requests.append(ids);
        if (hang)
            return;
        QTimer::singleShot(0, this, [this, answer] { Q_EMIT answered(answer); });
    }

    void cancel() override { cancelled = true; }
};

AudienceSegment segment(const QString &id)
{
    AudienceSegment s = SampleSegments::of(SegmentType::Retargeting);
    s.id = id;
    s.name = QStringLiteral("Segment %1").arg(id);
    s.description.set(QStringLiteral("As loaded"));
    return s;
}

QString mine(const QString &id)
{
    return QStringLiteral("Mine %1").arg(id);
}

QString theirs(const QString &id)
{
    return QStringLiteral("Theirs %1").arg(id);
}

// The rows and the server for one scenario. `setup` maps ids to comma-separated words:
//   edit          the user renamed it (to "Mine <id>")
//   lost          the row is Unknown: an earlier send of the rename lost its answer
//   serverHasIt   the server holds the rename (the earlier send was applied)
//   serverDesc    someone changed the description on the server (rebase)
//   serverName    someone renamed it on the server (to "Theirs <id>": a conflict)
//   gone          the server no longer has it
//   excluded      left out of the send
//   invalid       the user blanked the name instead
//   and one answer word for when it is sent (MemoryPort::send).
struct Scenario
{
    SegmentTableModel model;
    MemoryPort port;
    SendWorkflow workflow{&model};
    QList<WorkingSetEntry> saved;
    int checkpoints = 0;

    explicit Scenario(const QMap<QString, QStringList> &setup, const QString &journal)
    {
        QList<WorkingSetEntry> entries;
        for (auto it = setup.cbegin(); it != setup.cend(); ++it) {
            const QString &id = it.key();
            const QStringList &words = it.value();
            WorkingSetEntry entry;
            entry.original = segment(id);
            AudienceSegment copy = entry.original;
            if (words.contains(QLatin1String("edit")) || words.contains(QLatin1String("lost"))) {
                AudienceSegment edited = entry.original;
                edited.name = mine(id);
                entry.edited = edited;
            }
            if (words.contains(QLatin1String("invalid"))) {
                AudienceSegment edited = entry.original;
                edited.name = QString();
                entry.edited = edited;
            }
            if (words.contains(QLatin1String("lost"))) {
                SegmentOutcome outcome;
                outcome.segmentId = id;
                outcome.status = Status::Unknown;
                entry.outcome = outcome;
            }
            entry.excluded = words.contains(QLatin1String("excluded"));
            if (words.contains(QLatin1String("serverHasIt")))
                copy.name = mine(id);
            if (words.contains(QLatin1String("serverDesc")))
                copy.description.set(QStringLiteral("Set by a colleague"));
            if (words.contains(QLatin1String("serverName")))
                copy.name = theirs(id);
            if (!words.contains(QLatin1String("gone")))
                port.server.insert(id, copy);
            for (const QString &word : words)
                if (QStringList{QStringLiteral("failed"), QStringLiteral("warned"),
                                QStringLiteral("failedAsWarning"), QStringLiteral("5xx"),
                                QStringLiteral("retry429"), QStringLiteral("auth401"),
                                QStringLiteral("lostApplied"), QStringLiteral("lostNotApplied"),
                                QStringLiteral("omitted")}
                            .contains(word))
                    port.behaviour.insert(id, word);
            entries.append(entry);
        }
        model.setWorkingSet(entries);
        workflow.setPort(&port);
        workflow.setJournalPath(journal);
        workflow.setCheckpoint([this](QString *) {
            saved = workflow.entriesToSave();
            ++checkpoints;
            return true;
        });
    }

    QStringList changedIds() const
    {
        QStringList ids;
        for (const SegmentTableModel::Change &change : model.changes())
            ids.append(change.id);
        return ids;
    }

    QString serverName(const QString &id) const
    {
        return port.server.contains(id) ? port.server.value(id).name.value_or(QString())
                                        : QStringLiteral("(gone)");
    }
};

QMap<QString, QStringList> parse(const QString &text)
{
    QMap<QString, QStringList> setup;
    for (const QString &part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList keyValue = part.split(QLatin1Char('='));
        setup.insert(keyValue.at(0), keyValue.value(1).split(QLatin1Char(','), Qt::SkipEmptyParts));
    }
    return setup;
}

QString stateWord(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state)));
}

} // namespace

class TestSendWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scenarios_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<bool>("overwrite");
        QTest::addColumn<bool>("cancelAfterFirstAnswer");
        // id=State:server name:times sent, for every row.
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("requests");

        QTest::newRow("plain send") << "101=edit 102=edit 103=" << false << false
                                    << "101=Updated:Mine 101:1 102=Updated:Mine 102:1 "
                                       "103=Unchanged:Segment 103:0"
                                    << 2;
        QTest::newRow("lost answer, applied")
                << "101=lost,serverHasIt 102=edit" << false << false
                << "101=Updated:Mine 101:0 102=Updated:Mine 102:1" << 1;
        QTest::newRow("lost answer, not applied")
                << "101=lost 102=edit" << false << false
                << "101=Updated:Mine 101:1 102=Updated:Mine 102:1" << 2;
        QTest::newRow("lost answer, vanished") << "101=lost,gone 102=edit" << false << false
                                               << "101=Failed:(gone):0 102=Updated:Mine 102:1" << 1;
        QTest::newRow("lost answer, not applied, renamed meanwhile")
                << "101=lost,serverName" << false << false << "101=Conflict:Theirs 101:0" << 0;
        QTest::newRow("rebase") << "101=edit,serverDesc" << false << false
                                << "101=Updated:Mine 101:1" << 1;
        QTest::newRow("conflict") << "101=edit,serverName 102=edit" << false << false
                                  << "101=Conflict:Theirs 101:0 102=Updated:Mine 102:1" << 1;
        QTest::newRow("overwrite") << "101=edit,serverName 102=edit" << true << false
                                   << "101=Updated:Mine 101:1 102=Updated:Mine 102:1" << 2;
        QTest::newRow("vanished before the send")
                << "101=edit,gone 102=edit" << false << false
                << "101=Failed:(gone):0 102=Updated:Mine 102:1" << 1;
        QTest::newRow("partial failure")
                << "101=edit,failed 102=edit,warned 103=edit 104=excluded,edit 105=invalid" << false
                << false
                << "101=Failed:Segment 101:1 102=Warned:Mine 102:1 103=Updated:Mine 103:1 "
                   "104=Modified:Segment 104:0 105=Invalid:Segment 105:0"
                << 3;
        QTest::newRow("failure filed as a warning")
                << "101=edit,failedAsWarning" << false << false << "101=Failed:Segment 101:1" << 1;
        QTest::newRow("401 then success")
                << "101=edit,auth401" << false << false << "101=Updated:Mine 101:1" << 2;
        QTest::newRow("429 then success")
                << "101=edit,retry429" << false << false << "101=Updated:Mine 101:1" << 2;
        QTest::newRow("5xx after the retries")
                << "101=edit,5xx 102=edit" << false << false
                << "101=Failed:Segment 101:1 102=Updated:Mine 102:1" << 4;
        QTest::newRow("lost answers")
                << "101=edit,lostApplied 102=edit,lostNotApplied 103=edit" << false << false
                << "101=Unknown:Mine 101:1 102=Unknown:Segment 102:1 "
                   "103=Updated:Mine 103:1"
                << 3;
        QTest::newRow("a segment the answer does not name")
                << "101=edit,omitted" << false << false << "101=Unknown:Mine 101:1" << 1;
        QTest::newRow("cancel mid-run")
                << "101=edit 102=edit 103=edit" << false << true
                << "101=Updated:Mine 101:1 102=Updated:Mine 102:1 103=NotSent:Segment 103:0" << 2;
    }

    void scenarios()
    {
        QFETCH(QString, setup);
        QFETCH(bool, overwrite);
        QFETCH(bool, cancelAfterFirstAnswer);
        QFETCH(QString, expected);
        QFETCH(int, requests);

        QTemporaryDir dir;
        Scenario s(parse(setup), dir.filePath(QStringLiteral("send.journal")));
        QSignalSpy finished(&s.workflow, &SendWorkflow::finished);
        QSignalSpy retrying(&s.workflow, &SendWorkflow::retrying);
        if (cancelAfterFirstAnswer)
            connect(&s.workflow, &SendWorkflow::progress, &s.workflow, [&s](int done) {
                if (done == 1)
                    s.workflow.cancel();
            });
        SendWorkflow::Options options;
        options.chunkSize = 1;
        options.maxConcurrentRequests = 1;
        options.overwrite = overwrite;
        QVERIFY(s.workflow.start(s.changedIds(), options));
        QVERIFY(s.workflow.isRunning());
        QVERIFY(finished.wait(5000));
        const auto result = finished.first().at(0).value<SendWorkflow::Result>();
        QVERIFY(!s.workflow.isRunning());

        // One reload for everything: the rows to send and the unknown ones.
        QCOMPARE(s.port.reloads.size(), 1);
        QStringList actual;
        for (int row = 0; row < s.model.rowCount(); ++row) {
            const QString id = s.model.idAt(row);
            actual.append(QStringLiteral("%1=%2:%3:%4")
                                  .arg(id, stateWord(s.model.state(id)), s.serverName(id))
                                  .arg(s.port.received.value(id)));
        }
        QCOMPARE(actual.join(QLatin1Char(' ')), expected);
        QCOMPARE(result.requests, requests);
        QCOMPARE(result.cancelled, cancelAfterFirstAnswer);
        if (QTest::currentDataTag() == QByteArray("429 then success"))
            QCOMPARE(retrying.size(), 1);
        // The journal ends with the send; the last save holds what the rows hold.
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("send.journal"))));
        QVERIFY(s.checkpoints >= 1);
        if (!s.port.requests.isEmpty()) {
            QCOMPARE(s.saved.size(), s.model.rowCount());
            const QList<WorkingSetEntry> now = s.model.workingSetEntries();
            for (int i = 0; i < now.size(); ++i) {
                QCOMPARE(s.saved.at(i).original, now.at(i).original);
                QCOMPARE(s.saved.at(i).edited, now.at(i).edited);
            }
        }
        // Failed and unsent rows keep the user's edit.
        for (int row = 0; row < s.model.rowCount(); ++row) {
            const QString id = s.model.idAt(row);
            const State state = s.model.state(id);
            if (state == State::Failed || state == State::NotSent || state == State::Unknown
                || state == State::Conflict)
                QCOMPARE(s.model.edited(id)->name.value_or(QString()), mine(id));
        }
    }

    // The process dies after a request was journaled (and left, or not): the next run replays
    // the journal on top of the last save, reconciles, and sends each change exactly once.
    void crashBetweenJournalAndAnswer_data()
    {
        QTest::addColumn<bool>("serverGotIt");
        QTest::newRow("died before the request reached the server") << false;
        QTest::newRow("died after the server applied it") << true;
    }

    void crashBetweenJournalAndAnswer()
    {
        QFETCH(bool, serverGotIt);
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("send.journal"));
        QList<WorkingSetEntry> lastSave;
        QHash<QString, AudienceSegment> server;
        {
            Scenario first(parse(QStringLiteral("101=edit 102=edit")), journal);
            first.port.hang = true;
            SendWorkflow::Options options;
            options.chunkSize = 1;
            options.maxConcurrentRequests = 1;
            QVERIFY(first.workflow.start(first.changedIds(), options));
            QTRY_COMPARE(first.port.requests.size(), 1);
            QCOMPARE(first.workflow.stage(), SendWorkflow::Stage::Sending);
            lastSave = first.saved;
            server = first.port.server;
            if (!serverGotIt)
                server.insert(QStringLiteral("101"), segment(QStringLiteral("101")));
            // The process dies here: the workflow goes without finishing.
        }
        QVERIFY(QFile::exists(journal));
        // The last save was written before the request left: it shows the edits, not unknown.
        QCOMPARE(lastSave.size(), 2);
        QVERIFY(!lastSave.at(0).outcome);

        QString error;
        const auto replay = SendJournal::replay(journal, &error);
        QVERIFY2(replay, qPrintable(error));
        QHash<QString, SendWorkflow::SentChange> lost;
        const QList<WorkingSetEntry> entries
                = SendWorkflow::replayJournal(lastSave, *replay, &lost);
        QCOMPARE(lost.keys(), QStringList{QStringLiteral("101")});

        Scenario next(QMap<QString, QStringList>(), journal);
        next.port.server = server;
        next.model.setWorkingSet(entries);
        next.workflow.setLostAnswers(lost);
        QCOMPARE(next.model.state(QStringLiteral("101")), State::Unknown);
        QCOMPARE(next.model.state(QStringLiteral("102")), State::Modified);
        QSignalSpy finished(&next.workflow, &SendWorkflow::finished);
        QVERIFY(next.workflow.start(next.changedIds(), {}));
        QVERIFY(finished.wait(5000));
        const auto result = finished.first().at(0).value<SendWorkflow::Result>();
        QCOMPARE(result.applied, serverGotIt ? QStringList{QStringLiteral("101")} : QStringList());
        QCOMPARE(result.notApplied,
                 serverGotIt ? QStringList() : QStringList{QStringLiteral("101")});
        for (const QString &id : {QStringLiteral("101"), QStringLiteral("102")}) {
            QCOMPARE(next.model.state(id), State::Updated);
            QCOMPARE(next.serverName(id), mine(id));
        }
        QCOMPARE(next.port.received.value(QStringLiteral("101")), serverGotIt ? 0 : 1);
        QCOMPARE(next.port.received.value(QStringLiteral("102")), 1);
        QVERIFY(!QFile::exists(journal));
    }

    // A request the journal cannot hold is not sent, and the send stops there.
    void journalThatCannotBeWrittenStopsTheSend()
    {
        QTemporaryDir dir;
        Scenario s(parse(QStringLiteral("101=edit")),
                   dir.filePath(QStringLiteral("no-such-folder/send.journal")));
        QSignalSpy finished(&s.workflow, &SendWorkflow::finished);
        QVERIFY(s.workflow.start(s.changedIds(), {}));
        QVERIFY(finished.wait(5000));
        const auto result = finished.first().at(0).value<SendWorkflow::Result>();
        QCOMPARE(result.stoppedAt, SendWorkflow::Result::Stop::Save);
        QVERIFY(result.error.contains(QLatin1String("send journal")));
        QVERIFY(s.port.requests.isEmpty());
        QCOMPARE(s.model.state(QStringLiteral("101")), State::Modified);
    }

    // A save that fails before anything leaves stops the send too.
    void checkpointThatFailsStopsTheSend()
    {
        QTemporaryDir dir;
        Scenario s(parse(QStringLiteral("101=edit")), dir.filePath(QStringLiteral("j")));
        s.workflow.setCheckpoint([](QString *error) {
            *error = QStringLiteral("Disk full.");
            return false;
        });
        QSignalSpy finished(&s.workflow, &SendWorkflow::finished);
        QVERIFY(s.workflow.start(s.changedIds(), {}));
        QVERIFY(finished.wait(5000));
        const auto result = finished.first().at(0).value<SendWorkflow::Result>();
        QCOMPARE(result.stoppedAt, SendWorkflow::Result::Stop::Save);
        QCOMPARE(result.error, QStringLiteral("Disk full."));
        QVERIFY(s.port.requests.isEmpty());
    }

    // Reconcile alone: only the unknown rows are reloaded, nothing is sent.
    void reconcileOnly()
    {
        QTemporaryDir dir;
        Scenario s(parse(QStringLiteral("101=lost,serverHasIt 102=lost 103=edit")),
                   dir.filePath(QStringLiteral("j")));
        QSignalSpy finished(&s.workflow, &SendWorkflow::finished);
        QVERIFY(s.workflow.reconcile());
        QVERIFY(finished.wait(5000));
        const auto result = finished.first().at(0).value<SendWorkflow::Result>();
        QVERIFY(result.reconcileOnly);
        QCOMPARE(s.port.reloads,
                 (QList<QStringList>{{QStringLiteral("101"), QStringLiteral("102")}}));
        QCOMPARE(result.applied, QStringList{QStringLiteral("101")});
        QCOMPARE(result.notApplied, QStringList{QStringLiteral("102")});
        QVERIFY(s.port.requests.isEmpty());
        QCOMPARE(s.model.state(QStringLiteral("101")), State::Updated);
        QCOMPARE(s.model.state(QStringLiteral("102")), State::Modified);
        QVERIFY(!s.workflow.reconcile()); // nothing unknown any more
    }

    // Requests go out at most maxConcurrentRequests at a time, in chunks, in row order.
    void chunksAndConcurrency()
    {
        QTemporaryDir dir;
        QString setup;
        for (int i = 0; i < 7; ++i)
            setup += QStringLiteral("%1=edit ").arg(200 + i);
        Scenario s(parse(setup), dir.filePath(QStringLiteral("j")));
        QSignalSpy finished(&s.workflow, &SendWorkflow::finished);
        SendWorkflow::Options options;
        options.chunkSize = 3;
        options.maxConcurrentRequests = 2;
        s.port.hang = true;
        QVERIFY(s.workflow.start(s.changedIds(), options));
        QTRY_COMPARE(s.port.requests.size(), 2); // two in flight, the third waits
        QCOMPARE(
                s.port.requests.at(0),
                (QStringList{QStringLiteral("200"), QStringLiteral("201"), QStringLiteral("202")}));
        // Queued rows are saved as not sent yet, in-flight ones as unknown.
        const QList<WorkingSetEntry> entries = s.workflow.entriesToSave();
        QCOMPARE(entries.at(0).outcome->status, Status::Unknown);
        QVERIFY(!entries.at(6).outcome);
        s.workflow.cancel();
        QCOMPARE(s.workflow.stage(), SendWorkflow::Stage::Sending); // in flight must answer
    }
};

QTEST_GUILESS_MAIN(TestSendWorkflow)
#include "tst_sendworkflow.moc"
