// The send workflow on its own: an in-memory port plays the server (and the service layer's
// final answers), a SegmentTableModel holds the rows. Every scenario asserts every row's final
// state, what the server holds, and how often each segment was sent.
#include "InsightsPort.h"
#include "SampleSegments.h"
#include "SegmentEditor.h"
#include "SegmentInsights.h"
#include "SegmentInsightsFetcher.h"
#include "SegmentTableModel.h"
#include "SendPort.h"
#include "SendWorkflow.h"

#include <QJsonArray>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

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
    QList<QStringList> advertiserReloads;
    QHash<QString, RequestKind> kinds; // id -> the kind of request it last came in
    int nextId = 0;
    bool hang = false; // requests never answer (the process is about to die)
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

    void reloadAdvertisers(int ticket, const QStringList &advertiserIds) override
    {
        advertiserReloads.append(advertiserIds);
        QList<AudienceSegment> found;
        for (const AudienceSegment &copy : std::as_const(server))
            if (advertiserIds.contains(copy.advertiserId))
                found.append(copy);
        QTimer::singleShot(0, this,
                           [this, ticket, found] { Q_EMIT reloaded(ticket, found, {}, {}); });
    }

    // Creates and deletes: "updated" (default) does it; "failed" refuses; "lostDone" does it and
    // loses the answer; "lostNotDone" loses the request.
    void sendLifecycle(const Request &request)
    {
        Answer answer;
        answer.ticket = request.ticket;
        answer.attempts = 1;
        QStringList ids;
        for (const Item &item : request.items) {
            ids.append(item.segmentId);
            ++received[item.segmentId];
            kinds[item.segmentId] = request.kind;
            const QString how = behaviour.value(item.segmentId, QStringLiteral("updated"));
            SegmentOutcome outcome;
            outcome.segmentId = item.segmentId;
            const auto doIt = [&]() -> std::optional<AudienceSegment> {
                if (request.kind == RequestKind::Delete) {
                    server.remove(item.segmentId);
                    return std::nullopt;
                }
                const QJsonObject attributes
                        = item.resource.value(QLatin1String("attributes")).toObject();
                AudienceSegment made = SampleSegments::of(SegmentType::Retargeting);
                made.id = QString::number(9000 + nextId++);
                made.advertiserId = attributes.value(QLatin1String("advertiserId")).toString();
                made.name = attributes.value(QLatin1String("name")).toString();
                server.insert(made.id, made);
                return made;
            };
            if (how == QLatin1String("updated")) {
                outcome.status = Status::Updated;
                outcome.entity = doIt();
                if (request.kind == RequestKind::Delete) {
                    AudienceSegment idOnly;
                    idOnly.id = item.segmentId;
                    outcome.entity = idOnly;
                }
            } else if (how == QLatin1String("failed")) {
                outcome.status = Status::Failed;
                Problem p;
                p.severity = Problem::Severity::Error;
                p.origin = Problem::Origin::Server;
                p.code = QStringLiteral("refused");
                p.segmentId = item.segmentId;
                outcome.problems = {p};
            } else if (how == QLatin1String("lostDone")) {
                doIt();
                outcome.status = Status::Unknown;
            } else {
                outcome.status = Status::Unknown;
            }
            answer.outcomes.append(outcome);
        }
        requests.append(ids);
        QTimer::singleShot(0, this, [this, answer] { Q_EMIT answered(answer); });
    }

    void send(const Request &request) override
    {
        if (request.kind != RequestKind::Update) {
            sendLifecycle(request);
            return;
        }
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

// A set of three rows with one edit, one deletion and one new segment, and its server.
// Where segments are used, on the next turn of the event loop; sizes are not asked here.
class UsagePort : public InsightsPort
{
public:
    using InsightsPort::InsightsPort;

    void computeSizes(int, const QStringList &) override { QFAIL("no sizes in a send"); }
    void estimateSize(int, const QJsonObject &) override { QFAIL("no estimate in a send"); }
    void findAudiences(int ticket, const QStringList &ids) override
    {
        calls.append(ids);
        UsageAnswer answer;
        answer.ticket = ticket;
        answer.segmentIds = ids;
        for (const AudienceUse &a : std::as_const(audiences))
            for (const QString &id : ids)
                if (a.segmentIds.contains(id)) {
                    answer.audiences.append(a);
                    break;
                }
        answer.error = error;
        QMetaObject::invokeMethod(
                this, [this, answer] { Q_EMIT audiencesFound(answer); }, Qt::QueuedConnection);
    }
    void cancel() override { }

    QList<QStringList> calls;
    QList<AudienceUse> audiences;
    QString error;
};

struct Lifecycle
{
    SegmentTableModel model;
    QUndoStack stack;
    SegmentEditor editor{&model, &stack};
    MemoryPort port;
    SendWorkflow workflow{&model};
    QString newId;

    Lifecycle()
    {
        QList<AudienceSegment> loaded;
        for (const char *id : {"1", "2", "3"})
            loaded.append(segment(QLatin1String(id)));
        model.setSegments(loaded);
        for (const AudienceSegment &s : std::as_const(loaded))
            port.server.insert(s.id, s);
        workflow.setPort(&port);
        AudienceSegment renamed = *model.edited(QStringLiteral("1"));
        renamed.name = mine(QStringLiteral("1"));
        editor.editSegment(QStringLiteral("1"), renamed);
        editor.setDeleted({QStringLiteral("2")}, true);
        AudienceSegment fresh = SegmentEditor::blankSegment(
                loaded.at(0).advertiserId, SegmentType::Retargeting, QStringLiteral("Fresh"));
        newId = editor.createSegments({fresh}).value(0);
    }

    SendWorkflow::Result send(const QStringList &ids)
    {
        QSignalSpy finished(&workflow, &SendWorkflow::finished);
        SendWorkflow::Options options;
        options.chunkSize = 10;
        options.maxConcurrentRequests = 4;
        if (!workflow.start(ids, options) || !finished.wait(5000))
            return {};
        return finished.first().at(0).value<SendWorkflow::Result>();
    }
};

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

    // ---- creates and deletes, in the same send as updates

    void createUpdateAndDeleteInOneSend()
    {
        Lifecycle l;
        QCOMPARE(l.newId, QStringLiteral("new-1"));
        QCOMPARE(l.model.state(l.newId), State::New);
        QCOMPARE(l.model.state(QStringLiteral("2")), State::ToDelete);
        QCOMPARE(l.model.counts().toCreate, 1);
        QCOMPARE(l.model.counts().toDelete, 1);

        const auto result = l.send({QStringLiteral("1"), QStringLiteral("2"), l.newId});
        // Deletes, then updates, then creates: each kind once the one before was answered.
        QCOMPARE(l.port.requests,
                 (QList<QStringList>{{QStringLiteral("2")}, {QStringLiteral("1")}, {l.newId}}));
        QCOMPARE(l.port.kinds.value(QStringLiteral("2")), SendPort::RequestKind::Delete);
        QCOMPARE(l.port.kinds.value(QStringLiteral("1")), SendPort::RequestKind::Update);
        QCOMPARE(l.port.kinds.value(l.newId), SendPort::RequestKind::Create);
        // The deleted row is gone; the created one carries the server's id everywhere.
        QCOMPARE(result.deleted, QStringList{QStringLiteral("2")});
        QVERIFY(!l.model.contains(QStringLiteral("2")));
        QCOMPARE(result.created.value(l.newId), QStringLiteral("9000"));
        QVERIFY(!l.model.contains(l.newId));
        QCOMPARE(l.model.state(QStringLiteral("9000")), State::Created);
        QCOMPARE(l.model.lifecycle(QStringLiteral("9000")), SegmentLifecycle::Existing);
        QCOMPARE(l.model.edited(QStringLiteral("9000"))->name, QStringLiteral("Fresh"));
        QCOMPARE(l.model.state(QStringLiteral("1")), State::Updated);
        QCOMPARE(l.model.counts().toCreate, 0);
        QCOMPARE(l.model.counts().toDelete, 0);
        QCOMPARE(l.model.counts().created, 1);
        QVERIFY(l.model.changes().isEmpty());
        QVERIFY(!l.port.server.contains(QStringLiteral("2")));
        // Undoing the create now cannot take the segment back from Criteo: the row stays.
        while (l.stack.canUndo())
            l.stack.undo();
        QVERIFY(l.model.contains(QStringLiteral("9000")));
    }

    // Deleting or narrowing a segment in use waits for the driver's yes; a rename, a create and
    // a change to an unused segment are not even looked up.
    void usedSegmentsNeedConfirmation()
    {
        Lifecycle l;
        // 3 reaches fewer people: a week instead of a month.
        AudienceSegment narrower = *l.model.edited(QStringLiteral("3"));
        narrower.retargeting->daysSinceLastVisitMax = 7;
        l.editor.editSegment(QStringLiteral("3"), narrower);
        SegmentInsights store;
        UsagePort usagePort;
        usagePort.audiences = {
                {QStringLiteral("a1"),
                 QStringLiteral("Loyal buyers"),
                 QStringLiteral("501"),
                 {QStringLiteral("ad1"), QStringLiteral("ad2")},
                 {QStringLiteral("2")}},
                {QStringLiteral("a2"),
                 QStringLiteral("Weekly visitors"),
                 QStringLiteral("501"),
                 {},
                 {QStringLiteral("3"), QStringLiteral("9")}},
        };
        SegmentInsightsFetcher fetcher(&store);
        fetcher.setPort(&usagePort);
        l.workflow.setUsageFetcher(&fetcher);
        const QStringList all{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                              l.newId};

        QSignalSpy asked(&l.workflow, &SendWorkflow::confirmationNeeded);
        QSignalSpy finished(&l.workflow, &SendWorkflow::finished);
        QVERIFY(l.workflow.start(all, {}));
        QVERIFY(asked.wait(5000));
        QCOMPARE(l.workflow.stage(), SendWorkflow::Stage::Confirming);
        QCOMPARE(usagePort.calls, (QList<QStringList>{{QStringLiteral("2"), QStringLiteral("3")}}));
        QVERIFY(l.port.requests.isEmpty());
        auto changes = asked.first().at(0).value<QList<SendWorkflow::UsedChange>>();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).segmentId, QStringLiteral("2"));
        QCOMPARE(changes.at(0).kind, SendPort::RequestKind::Delete);
        QCOMPARE(changes.at(0).name, QStringLiteral("Segment 2"));
        QCOMPARE(changes.at(0).audiences.size(), 1);
        QCOMPARE(changes.at(0).audiences.first().adSetIds.size(), 2);
        QCOMPARE(changes.at(1).segmentId, QStringLiteral("3"));
        QCOMPARE(changes.at(1).kind, SendPort::RequestKind::Update);
        QCOMPARE(changes.at(1).reasons.size(), 1);
        QCOMPARE(changes.at(1).audiences.first().name, QStringLiteral("Weekly visitors"));

        // No: nothing leaves, every change stays, nothing is journaled.
        l.workflow.cancel();
        QCOMPARE(finished.size(), 1);
        auto result = finished.takeFirst().at(0).value<SendWorkflow::Result>();
        QCOMPARE(result.stoppedAt, SendWorkflow::Result::Stop::Usage);
        QVERIFY(!result.cancelled);
        QCOMPARE(result.usedChanges.size(), 2);
        QVERIFY(result.sent.isEmpty());
        QVERIFY(l.port.requests.isEmpty());
        QCOMPARE(l.model.state(QStringLiteral("2")), State::ToDelete);
        QCOMPARE(l.model.state(QStringLiteral("3")), State::Modified);
        QCOMPARE(l.model.state(l.newId), State::New);
        QVERIFY(!l.workflow.isRunning());

        // Yes: everything goes, in the usual order.
        asked.clear();
        QVERIFY(l.workflow.start(all, {}));
        QVERIFY(asked.wait(5000));
        l.workflow.confirm();
        QVERIFY(finished.wait(5000));
        result = finished.takeFirst().at(0).value<SendWorkflow::Result>();
        QCOMPARE(result.stoppedAt, SendWorkflow::Result::Stop::None);
        QCOMPARE(result.usedChanges.size(), 2);
        QCOMPARE(result.deleted, QStringList{QStringLiteral("2")});
        QCOMPARE(l.port.received.value(QStringLiteral("3")), 1);
        QCOMPARE(l.model.state(QStringLiteral("3")), State::Updated);
        QCOMPARE(l.port.requests.size(), 3);
    }

    // A script's yes in advance, a lookup that fails (the user is asked: it may be used), and a
    // send that touches no segment in use (sent without a question).
    void usageLookupVariants()
    {
        {
            Lifecycle l;
            SegmentInsights store;
            UsagePort usagePort;
            usagePort.audiences = {{QStringLiteral("a1"),
                                    QStringLiteral("Loyal buyers"),
                                    QStringLiteral("501"),
                                    {},
                                    {QStringLiteral("2")}}};
            SegmentInsightsFetcher fetcher(&store);
            fetcher.setPort(&usagePort);
            l.workflow.setUsageFetcher(&fetcher);
            QSignalSpy asked(&l.workflow, &SendWorkflow::confirmationNeeded);
            QSignalSpy finished(&l.workflow, &SendWorkflow::finished);
            SendWorkflow::Options options;
            options.confirmUsed = true;
            QVERIFY(l.workflow.start({QStringLiteral("2")}, options));
            QVERIFY(finished.wait(5000));
            QVERIFY(asked.isEmpty());
            const auto result = finished.first().at(0).value<SendWorkflow::Result>();
            QCOMPARE(result.usedChanges.size(), 1);
            QCOMPARE(result.deleted, QStringList{QStringLiteral("2")});
        }
        {
            Lifecycle l;
            SegmentInsights store;
            UsagePort usagePort;
            usagePort.error = QStringLiteral("HTTP 503");
            SegmentInsightsFetcher fetcher(&store);
            fetcher.setPort(&usagePort);
            l.workflow.setUsageFetcher(&fetcher);
            QSignalSpy asked(&l.workflow, &SendWorkflow::confirmationNeeded);
            QVERIFY(l.workflow.start({QStringLiteral("2")}, {}));
            QVERIFY(asked.wait(5000));
            const auto changes = asked.first().at(0).value<QList<SendWorkflow::UsedChange>>();
            QCOMPARE(changes.size(), 1);
            QVERIFY(changes.first().audiences.isEmpty());
            QVERIFY2(changes.first().usageError.contains(QStringLiteral("503")),
                     qPrintable(changes.first().usageError));
            QSignalSpy finished(&l.workflow, &SendWorkflow::finished);
            l.workflow.cancel();
            QCOMPARE(finished.size(), 1);
            QVERIFY(l.port.requests.isEmpty());
        }
        {
            Lifecycle l;
            SegmentInsights store;
            UsagePort usagePort; // nobody uses anything
            SegmentInsightsFetcher fetcher(&store);
            fetcher.setPort(&usagePort);
            l.workflow.setUsageFetcher(&fetcher);
            QSignalSpy asked(&l.workflow, &SendWorkflow::confirmationNeeded);
            const auto result = l.send({QStringLiteral("1"), QStringLiteral("2"), l.newId});
            QVERIFY(asked.isEmpty());
            QCOMPARE(usagePort.calls, QList<QStringList>{{QStringLiteral("2")}});
            QVERIFY(result.usedChanges.isEmpty());
            QCOMPARE(result.deleted, QStringList{QStringLiteral("2")});
        }
    }

    void failedCreateAndDeleteKeepTheirRows()
    {
        Lifecycle l;
        l.port.behaviour.insert(l.newId, QStringLiteral("failed"));
        l.port.behaviour.insert(QStringLiteral("2"), QStringLiteral("failed"));
        l.send({QStringLiteral("2"), l.newId});
        QCOMPARE(l.model.state(l.newId), State::Failed);
        QCOMPARE(l.model.lifecycle(l.newId), SegmentLifecycle::New);
        QCOMPARE(l.model.state(QStringLiteral("2")), State::Failed);
        QCOMPARE(l.model.lifecycle(QStringLiteral("2")), SegmentLifecycle::ToDelete);
        // Both go again with the next send.
        l.port.behaviour.clear();
        const auto result = l.send({QStringLiteral("2"), l.newId});
        QCOMPARE(result.deleted.size(), 1);
        QCOMPARE(result.created.size(), 1);
        QCOMPARE(l.port.received.value(l.newId), 2);
    }

    void lostCreateIsFoundByNameNotCreatedTwice_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("creates");
        QTest::newRow("created, answer lost") << "lostDone" << 1;
        QTest::newRow("request lost") << "lostNotDone" << 2;
    }

    void lostCreateIsFoundByNameNotCreatedTwice()
    {
        QFETCH(QString, how);
        QFETCH(int, creates);
        Lifecycle l;
        l.port.behaviour.insert(l.newId, how);
        l.send({l.newId});
        QCOMPARE(l.model.state(l.newId), State::Unknown);
        l.port.behaviour.clear();
        // The next send looks for it by advertiser and name before anything goes out.
        const auto result = l.send({l.newId});
        QCOMPARE(l.port.advertiserReloads.size(), 1);
        QCOMPARE(l.port.received.value(l.newId), creates);
        QVERIFY(!l.model.contains(l.newId));
        QCOMPARE(l.model.state(QStringLiteral("9000")), State::Created);
        int named = 0;
        for (const AudienceSegment &copy : std::as_const(l.port.server))
            named += copy.name == QStringLiteral("Fresh") ? 1 : 0;
        QCOMPARE(named, 1);
        QCOMPARE(result.applied.size() + result.notApplied.size(), 1);
    }

    void lostDeleteIsReconciled_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("deletes");
        QTest::newRow("deleted, answer lost") << "lostDone" << 1;
        QTest::newRow("request lost") << "lostNotDone" << 2;
    }

    void lostDeleteIsReconciled()
    {
        QFETCH(QString, how);
        QFETCH(int, deletes);
        Lifecycle l;
        l.port.behaviour.insert(QStringLiteral("2"), how);
        l.send({QStringLiteral("2")});
        QCOMPARE(l.model.state(QStringLiteral("2")), State::Unknown);
        l.port.behaviour.clear();
        l.send({QStringLiteral("2")});
        QCOMPARE(l.port.received.value(QStringLiteral("2")), deletes);
        QVERIFY(!l.model.contains(QStringLiteral("2")));
    }

    void segmentDeletedElsewhereIsNotSent()
    {
        Lifecycle l;
        l.port.server.remove(QStringLiteral("2"));
        const auto result = l.send({QStringLiteral("2")});
        QCOMPARE(result.alreadyDeleted, QStringList{QStringLiteral("2")});
        QVERIFY(l.port.requests.isEmpty());
        QVERIFY(!l.model.contains(QStringLiteral("2")));
    }
};

QTEST_GUILESS_MAIN(TestSendWorkflow)
#include "tst_sendworkflow.moc"
