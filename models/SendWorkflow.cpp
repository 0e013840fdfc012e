#include "SendWorkflow.h"

#include "PatchBuilder.h"
#include "SegmentConflicts.h"
#include "SegmentTableModel.h"
#include "SendReconciler.h"

#include <QCoreApplication>

namespace {

using Status = SegmentOutcome::Status;
using RowState = SegmentTableModel::RowState;

QString tr(const char *text)
{
    return QCoreApplication::translate("SendWorkflow", text);
}

Problem ownProblem(Problem::Origin origin, const QString &segmentId, const QString &type,
                   const QString &code, const QString &title, const QString &detail)
{
    Problem problem;
    problem.severity = Problem::Severity::Error;
    problem.origin = origin;
    problem.type = type;
    problem.code = code;
    problem.title = title;
    problem.detail = detail;
    problem.segmentId = segmentId;
    return problem;
}

SegmentOutcome outcomeOf(const QString &id, Status status, const ProblemList &problems = {})
{
    SegmentOutcome outcome;
    outcome.segmentId = id;
    outcome.status = status;
    outcome.problems = problems;
    return outcome;
}

SegmentOutcome notFound(const QString &id)
{
    return outcomeOf(
            id, Status::Failed,
            {ownProblem(Problem::Origin::Server, id, QStringLiteral("not-found"),
                        QStringLiteral("segment-not-found"), tr("Segment not found"),
                        tr("The server no longer has segment %1 (deleted, or out of reach of "
                           "these credentials). Your edit is kept, but it cannot be sent.")
                                .arg(id))});
}

SegmentOutcome lostAnswer(const QString &id, const QString &detail)
{
    return outcomeOf(id, Status::Unknown,
                     {ownProblem(Problem::Origin::Transport, id, QStringLiteral("unknown"),
                                 QStringLiteral("answer-lost"), tr("Answer lost"), detail)});
}

} // namespace

SendWorkflow::SendWorkflow(SegmentTableModel *rows, QObject *parent)
    : QObject(parent)
    , m_rows(rows)
{ }

SendWorkflow::~SendWorkflow()
{
    // A send cut short by the end of the program keeps its journal for the next start.
    m_journal.close();
}

void SendWorkflow::setPort(SendPort *port)
{
    if (m_port == port)
        return;
    if (m_port)
        m_port->disconnect(this);
    m_port = port;
    if (!m_port)
        return;
    connect(m_port, &SendPort::reloaded, this, &SendWorkflow::reloaded);
    connect(m_port, &SendPort::answered, this, &SendWorkflow::answered);
    connect(m_port, &SendPort::retrying, this, &SendWorkflow::retrying);
}

void SendWorkflow::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

QStringList SendWorkflow::unknownIds(const SegmentTableModel *rows)
{
    QStringList ids;
    if (!rows || rows->counts().unknown == 0)
        return ids;
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QString id = rows->idAt(row);
        if (rows->state(id) == RowState::Unknown)
            ids.append(id);
    }
    return ids;
}

bool SendWorkflow::start(const QStringList &ids, const Options &options)
{
    if (isRunning() || !m_port || !m_rows)
        return false;
    m_options = options;
    m_options.chunkSize = qMax(1, m_options.chunkSize);
    m_options.maxConcurrentRequests = qMax(1, m_options.maxConcurrentRequests);
    m_result = {};
    m_askedIds = ids;
    // Every row whose last answer was lost is reconciled before anything is sent: a change the
    // server already has must never go out a second time.
    m_unknownIds = unknownIds(m_rows);
    const QSet<QString> unknown(m_unknownIds.cbegin(), m_unknownIds.cend());
    m_reloadIds = m_unknownIds;
    for (const QString &id : ids)
        if (!unknown.contains(id) && m_rows->contains(id))
            m_reloadIds.append(id);
    if (m_reloadIds.isEmpty()) {
        // Nothing loaded to send: the run ends at once, from the event loop like any answer.
        m_reloadTicket = ++m_ticket;
        setStage(Stage::Reloading);
        const int ticket = m_reloadTicket;
        QMetaObject::invokeMethod(
                this, [this, ticket] { reloaded(ticket, {}, {}, {}); }, Qt::QueuedConnection);
        return true;
    }
    m_reloadTicket = ++m_ticket;
    setStage(Stage::Reloading);
    m_port->reload(m_reloadTicket, m_reloadIds);
    return true;
}

bool SendWorkflow::reconcile()
{
    if (isRunning() || !m_port || !m_rows)
        return false;
    const QStringList unknown = unknownIds(m_rows);
    if (unknown.isEmpty())
        return false;
    m_options = {};
    m_result = {};
    m_result.reconcileOnly = true;
    m_askedIds.clear();
    m_unknownIds = unknown;
    m_reloadIds = unknown;
    m_reloadTicket = ++m_ticket;
    setStage(Stage::Reloading);
    m_port->reload(m_reloadTicket, m_reloadIds);
    return true;
}

void SendWorkflow::cancel()
{
    if (!isRunning() || m_result.cancelled)
        return;
    m_result.cancelled = true;
    m_stopping = true;
    if (m_port)
        m_port->cancel();
}

void SendWorkflow::reloaded(int ticket, const QList<AudienceSegment> &segments,
                            const QStringList &missingIds, const QString &error)
{
    if (m_stage != Stage::Reloading || ticket != m_reloadTicket)
        return;
    m_reloadTicket = -1;
    if (!error.isEmpty() || m_result.cancelled) {
        // Nothing was decided: what arrived is not enough to tell which rows are safe to send.
        m_result.error = error.isEmpty() ? tr("The send was cancelled.") : error;
        m_result.stoppedAt = Result::Stop::Reload;
        end();
        return;
    }
    const QSet<QString> missing(missingIds.cbegin(), missingIds.cend());
    reconcileRows(m_unknownIds, segments, missing);
    if (m_result.reconcileOnly) {
        QString saveError;
        if (!checkpoint(&saveError)) {
            m_result.error = saveError;
            m_result.stoppedAt = Result::Stop::Save;
        }
        end();
        return;
    }
    checkRows(segments, missing);
    beginSending();
}

// After a lost answer: the server's copy tells whether the patch that went out was applied.
void SendWorkflow::reconcileRows(const QStringList &ids, const QList<AudienceSegment> &copies,
                                 const QSet<QString> &missing)
{
    if (ids.isEmpty())
        return;
    QHash<QString, AudienceSegment> byId;
    for (const AudienceSegment &copy : copies)
        byId.insert(copy.id, copy);
    QList<SegmentOutcome> outcomes;
    QList<AudienceSegment> notApplied;
    for (const QString &id : ids) {
        if (m_rows->state(id) != RowState::Unknown)
            continue;
        const std::optional<AudienceSegment> original = m_rows->original(id);
        const std::optional<AudienceSegment> edited = m_rows->edited(id);
        if (!original || !edited)
            continue;
        std::optional<AudienceSegment> copy;
        if (byId.contains(id))
            copy = byId.value(id);
        else if (!missing.contains(id))
            continue; // no answer about it: it stays unknown
        // What went out; for a row of an older session, the patch its versions give.
        SentChange sent = m_lost.value(id);
        if (sent.patch.isEmpty())
            sent = {*edited, PatchBuilder::build(*original, *edited).value_or(QJsonObject())};
        const SendReconciler::Verdict verdict = copy && sent.patch.isEmpty()
                ? SendReconciler::Verdict::NotApplied
                : SendReconciler::verdict(sent.from, sent.patch, copy);
        m_lost.remove(id);
        switch (verdict) {
        case SendReconciler::Verdict::Applied: {
            SegmentOutcome outcome = outcomeOf(id, Status::Updated);
            outcome.entity = *copy;
            outcomes.append(outcome);
            m_result.applied.append(id);
            break;
        }
        case SendReconciler::Verdict::NotApplied:
            notApplied.append(*copy);
            m_result.notApplied.append(id);
            break;
        case SendReconciler::Verdict::Gone:
            outcomes.append(notFound(id));
            m_result.gone.append(id);
            break;
        }
    }
    m_rows->applyOutcomes(outcomes);
    if (!notApplied.isEmpty()) {
        // Checked like before a send: what someone else changed meanwhile is not overwritten.
        m_result.conflicts += m_rows->checkServerVersions(notApplied, m_options.overwrite);
        // The copies the server did not change since the row's original: the edit stays, now
        // known not to be there.
        QList<AudienceSegment> unchanged;
        for (const AudienceSegment &copy : std::as_const(notApplied))
            if (m_rows->state(copy.id) == RowState::Unknown)
                unchanged.append(copy);
        m_rows->replaceOriginals(unchanged);
    }
}

// Before a send: the rows to send against the server's copies.
void SendWorkflow::checkRows(const QList<AudienceSegment> &copies, const QSet<QString> &missing)
{
    const QSet<QString> reconciled(m_unknownIds.cbegin(), m_unknownIds.cend());
    QList<AudienceSegment> others;
    QStringList changed;
    QSet<QString> conflicting;
    for (const AudienceSegment &copy : copies) {
        if (reconciled.contains(copy.id))
            continue;
        others.append(copy);
        const std::optional<AudienceSegment> original = m_rows->original(copy.id);
        if (!original || !SegmentConflicts::serverChanged(*original, copy))
            continue;
        changed.append(copy.id);
        const std::optional<AudienceSegment> edited = m_rows->edited(copy.id);
        const QStringList fields = edited && !m_rows->changedFields(copy.id).isEmpty()
                ? SegmentConflicts::conflictingFields(*original, *edited, copy)
                : QStringList();
        if (!fields.isEmpty()) {
            conflicting.insert(copy.id);
            m_result.conflictFields.insert(copy.id, fields);
        }
    }
    const QStringList conflicts = m_rows->checkServerVersions(others, m_options.overwrite);
    m_result.conflicts += conflicts;
    const QSet<QString> inConflict(conflicts.cbegin(), conflicts.cend());
    for (const QString &id : std::as_const(changed)) {
        if (inConflict.contains(id))
            continue;
        if (conflicting.contains(id))
            m_result.overwritten.append(id);
        else
            m_result.rebased.append(id);
    }
    // A segment the server no longer has cannot be updated: it fails here, with the edit kept.
    QList<SegmentOutcome> vanished;
    for (const QString &id : std::as_const(m_askedIds)) {
        if (!missing.contains(id) || reconciled.contains(id))
            continue;
        vanished.append(notFound(id));
        m_result.vanished.append(id);
    }
    m_rows->applyOutcomes(vanished);
}

void SendWorkflow::beginSending()
{
    const QSet<QString> asked(m_askedIds.cbegin(), m_askedIds.cend());
    QSet<QString> excluded(m_result.gone.cbegin(), m_result.gone.cend());
    excluded.unite(QSet<QString>(m_result.vanished.cbegin(), m_result.vanished.cend()));
    m_sendIds.clear();
    m_sending.clear();
    QSet<QString> sendable;
    const QList<SegmentTableModel::Change> changes = m_rows->sendableChanges();
    for (const SegmentTableModel::Change &change : changes) {
        if (!asked.contains(change.id) || excluded.contains(change.id))
            continue;
        // With the edit carried over to the server's copy.
        const std::optional<QJsonObject> patch
                = PatchBuilder::build(change.original, change.edited);
        if (!patch)
            continue;
        m_sendIds.append(change.id);
        m_sending.insert(change.id, {change.edited, *patch});
        sendable.insert(change.id);
    }
    const QSet<QString> decided
            = QSet<QString>(m_result.conflicts.cbegin(), m_result.conflicts.cend())
                      .unite(excluded)
                      .unite(QSet<QString>(m_result.applied.cbegin(), m_result.applied.cend()));
    for (const QString &id : std::as_const(m_askedIds))
        if (!sendable.contains(id) && !decided.contains(id) && m_rows->contains(id))
            m_result.leftOut.append(id);

    // What the reload decided is saved before anything leaves: the journal that follows is
    // replayed on top of this save after a crash.
    QString error;
    if (!checkpoint(&error)) {
        m_result.error = error;
        m_result.stoppedAt = Result::Stop::Save;
        m_sendIds.clear();
        m_sending.clear();
        end();
        return;
    }
    if (m_sendIds.isEmpty() || m_result.cancelled) {
        m_sendIds.clear();
        m_sending.clear();
        end();
        return;
    }
    if (!m_journal.open(m_journalPath, &error)) {
        m_result.error = error;
        m_result.stoppedAt = Result::Stop::Save;
        m_sendIds.clear();
        m_sending.clear();
        end();
        return;
    }
    m_next = 0;
    m_answered = 0;
    m_settled.clear();
    m_inFlight.clear();
    m_stopping = false;
    m_queued = QSet<QString>(m_sendIds.cbegin(), m_sendIds.cend());
    m_rows->clearBatchProblems();
    m_rows->setSending(m_sendIds);
    m_sinceCheckpoint.start();
    setStage(Stage::Sending);
    Q_EMIT progress(0, int(m_sendIds.size()));
    startMore();
    if (m_inFlight.isEmpty())
        finishSending(); // not one request could be journaled
}

void SendWorkflow::startMore()
{
    while (!m_stopping && m_inFlight.size() < m_options.maxConcurrentRequests
           && m_next < m_sendIds.size()) {
        SendPort::Request request;
        request.ticket = ++m_ticket;
        QList<SendJournal::Pending> pending;
        QStringList ids;
        const int end = int(qMin<qsizetype>(m_sendIds.size(), m_next + m_options.chunkSize));
        for (int i = m_next; i < end; ++i) {
            const QString &id = m_sendIds.at(i);
            const SentChange &change = m_sending[id];
            request.items.append({id, change.patch});
            pending.append({id, change.patch});
            ids.append(id);
        }
        // Write-ahead: a request the journal does not hold is not sent.
        if (!m_journal.recordSending(pending)) {
            m_stopping = true;
            m_result.journalError = tr("The send journal %1 could not be written.")
                                            .arg(m_journal.path().isEmpty() ? tr("(in memory)")
                                                                            : m_journal.path());
            Q_EMIT journalFailed(m_result.journalError);
            return;
        }
        m_next = end;
        for (const QString &id : std::as_const(ids))
            m_queued.remove(id);
        m_inFlight.insert(request.ticket, ids);
        m_result.sent += ids;
        ++m_result.batches;
        m_port->send(request);
    }
}

void SendWorkflow::answered(const SendPort::Answer &answer)
{
    if (m_stage != Stage::Sending)
        return;
    const auto found = m_inFlight.constFind(answer.ticket);
    if (found == m_inFlight.constEnd())
        return;
    const QStringList ids = *found;
    m_inFlight.erase(found);
    // The next request leaves before this answer's bookkeeping.
    startMore();

    QHash<QString, SegmentOutcome> byId;
    for (const SegmentOutcome &outcome : answer.outcomes)
        if (!byId.contains(outcome.segmentId))
            byId.insert(outcome.segmentId, outcome);
    QList<SegmentOutcome> outcomes;
    outcomes.reserve(ids.size());
    for (const QString &id : ids)
        outcomes.append(byId.contains(id)
                                ? byId.value(id)
                                : lostAnswer(id,
                                             tr("The answer did not say what became of this "
                                                "segment: whether Criteo applied the change "
                                                "is unknown. Reconcile it before sending "
                                                "again.")));
    if (!m_journal.recordOutcomes(outcomes) && m_result.journalError.isEmpty()) {
        m_stopping = true;
        m_result.journalError
                = tr("The send journal %1 could not be written.").arg(m_journal.path());
        Q_EMIT journalFailed(m_result.journalError);
    }
    m_result.batchProblems += answer.batchProblems;
    m_result.requests += answer.attempts;
    settle(outcomes);
    Q_EMIT progress(m_answered, int(m_sendIds.size()));
    if (m_inFlight.isEmpty() && (m_stopping || m_next >= m_sendIds.size()))
        finishSending();
    else
        maybeCheckpoint();
}

void SendWorkflow::settle(const QList<SegmentOutcome> &outcomes)
{
    QList<SegmentOutcome> fresh;
    for (const SegmentOutcome &outcome : outcomes) {
        if (m_settled.contains(outcome.segmentId))
            continue;
        m_settled.insert(outcome.segmentId);
        ++m_answered;
        if (outcome.status == Status::Unknown)
            m_lost.insert(outcome.segmentId, m_sending.value(outcome.segmentId));
        else
            m_lost.remove(outcome.segmentId);
        m_sending.remove(outcome.segmentId);
        fresh.append(outcome);
        SegmentOutcome kept = outcome;
        kept.entity.reset(); // the row holds it now
        m_result.outcomes.append(kept);
    }
    m_rows->applyOutcomes(fresh);
}

void SendWorkflow::maybeCheckpoint()
{
    // At most every checkpointIntervalMs, and never more than a tenth of the time: a save that
    // takes a second (a whole file of 100 000 segments) waits ten seconds for the next one.
    const qint64 interval
            = qMax<qint64>(qMax(0, m_options.checkpointIntervalMs), 10 * m_lastCheckpointMs);
    if (m_sinceCheckpoint.isValid() && m_sinceCheckpoint.elapsed() < interval)
        return;
    QString error;
    checkpoint(&error); // the journal holds what a failed save would have said
}

bool SendWorkflow::checkpoint(QString *error)
{
    QElapsedTimer took;
    took.start();
    const bool ok = !m_checkpoint || m_checkpoint(error);
    m_lastCheckpointMs = took.elapsed();
    m_sinceCheckpoint.start();
    return ok;
}

void SendWorkflow::finishSending()
{
    // The rows whose request never left keep their edit, and say why.
    QList<SegmentOutcome> unsent;
    for (int i = m_next; i < m_sendIds.size(); ++i) {
        const QString &id = m_sendIds.at(i);
        unsent.append(outcomeOf(
                id, Status::NotSent,
                {ownProblem(Problem::Origin::Transport, id, QStringLiteral("cancelled"),
                            QStringLiteral("not-sent"), tr("Not sent"),
                            tr("The send stopped before this change was sent; the next send "
                               "sends it."))}));
    }
    m_next = int(m_sendIds.size());
    m_queued.clear();
    settle(unsent);
    m_rows->addBatchProblems(m_result.batchProblems);
    // The outcomes are saved before the journal goes: a crash in between replays the journal
    // on top of this save, which changes nothing.
    QString error;
    if (checkpoint(&error))
        m_journal.finish();
    else
        m_journal.close();
    end();
}

void SendWorkflow::end()
{
    m_queued.clear();
    m_sendIds.clear();
    m_sending.clear();
    m_settled.clear();
    m_inFlight.clear();
    m_reloadIds.clear();
    m_unknownIds.clear();
    m_askedIds.clear();
    m_stopping = false;
    const Result result = m_result;
    setStage(Stage::Idle);
    Q_EMIT finished(result);
}

QList<WorkingSetEntry> SendWorkflow::entriesToSave() const
{
    QList<WorkingSetEntry> entries;
    if (!m_rows)
        return entries;
    entries.reserve(m_rows->rowCount());
    for (int row = 0; row < m_rows->rowCount(); ++row)
        entries.append(entryToSave(row));
    return entries;
}

WorkingSetEntry SendWorkflow::entryToSave(int row) const
{
    WorkingSetEntry entry = m_rows->workingSetEntry(row);
    // The model says "unknown" for every row of the send under way; those whose request has not
    // left yet are simply not sent.
    if (!m_queued.isEmpty() && m_queued.contains(entry.original.id))
        entry.outcome.reset();
    return entry;
}

QList<WorkingSetEntry> SendWorkflow::replayJournal(QList<WorkingSetEntry> entries,
                                                   const SendJournal::Replay &journal,
                                                   QHash<QString, SentChange> *lost)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < entries.size(); ++i)
        index.insert(entries.at(i).original.id, i);
    const auto markUnknown = [&entries](qsizetype i) {
        WorkingSetEntry &entry = entries[i];
        entry.outcome = lostAnswer(entry.original.id,
                                   tr("Segment Editor stopped while this change was being sent: "
                                      "whether Criteo applied it is unknown. Reconcile it before "
                                      "sending again."));
    };
    // Sent without an answer: unknown, with the patch that went out.
    for (const SendJournal::Pending &pending : journal.unanswered) {
        const qsizetype i = index.value(pending.segmentId, -1);
        if (i < 0)
            continue;
        markUnknown(i);
        if (lost)
            lost->insert(pending.segmentId, {entries.at(i).wanted(), pending.patch});
    }
    // Answered "updated" after the last save, which still shows the edit: the server holds it,
    // but the answer's copy is not in the save. Reconciling tells for sure.
    for (auto it = journal.answered.cbegin(); it != journal.answered.cend(); ++it) {
        const qsizetype i = index.value(it.key(), -1);
        if (i < 0 || (it.value() != Status::Updated && it.value() != Status::Warned))
            continue;
        const WorkingSetEntry &entry = entries.at(i);
        const bool known = entry.outcome
                && (entry.outcome->status == Status::Updated
                    || entry.outcome->status == Status::Warned);
        if (entry.isModified() && !known)
            markUnknown(i);
    }
    return entries;
}
