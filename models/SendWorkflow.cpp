#include "SendWorkflow.h"

#include "PatchBuilder.h"
#include "SegmentConflicts.h"
#include "SegmentTableModel.h"
#include "SendReconciler.h"
#include "TestHooks.h"

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
    startReload(m_reloadIds);
    return true;
}

void SendWorkflow::startReload(const QStringList &ids)
{
    m_copies.clear();
    m_missing.clear();
    m_reloadError.clear();
    m_reloadTickets.clear();
    // A new row has nothing on the server to reload, unless its create answer was lost: then
    // its advertiser's segments tell whether it was created.
    QStringList byId;
    QStringList advertisers;
    for (const QString &id : ids) {
        if (m_rows->lifecycle(id) != SegmentLifecycle::New) {
            byId.append(id);
        } else if (m_rows->state(id) == RowState::Unknown) {
            const QString advertiser = m_rows->original(id)->advertiserId;
            if (!advertisers.contains(advertiser))
                advertisers.append(advertiser);
        }
    }
    setStage(Stage::Reloading);
    if (!byId.isEmpty()) {
        m_reloadTickets.insert(++m_ticket);
        m_port->reload(m_ticket, byId);
    }
    if (!advertisers.isEmpty()) {
        m_reloadTickets.insert(++m_ticket);
        m_port->reloadAdvertisers(m_ticket, advertisers);
    }
    if (m_reloadTickets.isEmpty()) {
        // Nothing to reload: the run goes on from the event loop, like after any answer.
        const int ticket = ++m_ticket;
        m_reloadTickets.insert(ticket);
        QMetaObject::invokeMethod(
                this, [this, ticket] { reloaded(ticket, {}, {}, {}); }, Qt::QueuedConnection);
    }
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
    startReload(m_reloadIds);
    return true;
}

void SendWorkflow::cancel()
{
    if (m_stage == Stage::CheckingUsage || m_stage == Stage::Confirming) {
        // Nothing has left: the send ends here, every edit kept.
        m_result.cancelled = m_stage == Stage::CheckingUsage;
        m_result.stoppedAt = Result::Stop::Usage;
        m_result.error = m_stage == Stage::CheckingUsage
                ? tr("The send was cancelled.")
                : tr("Nothing was sent: changing segments that audiences use was not confirmed.");
        end();
        return;
    }
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
    if (m_stage != Stage::Reloading || !m_reloadTickets.remove(ticket))
        return;
    m_copies += segments;
    m_missing += missingIds;
    if (m_reloadError.isEmpty())
        m_reloadError = error;
    if (m_reloadTickets.isEmpty())
        reloadDone();
}

void SendWorkflow::reloadDone()
{
    if (!m_reloadError.isEmpty() || m_result.cancelled) {
        // Nothing was decided: what arrived is not enough to tell which rows are safe to send.
        m_result.error = m_reloadError.isEmpty() ? tr("The send was cancelled.") : m_reloadError;
        m_result.stoppedAt = Result::Stop::Reload;
        end();
        return;
    }
    // Only the rows of this run: a whole advertiser came back for a lost create.
    const QSet<QString> wanted(m_reloadIds.cbegin(), m_reloadIds.cend());
    QList<AudienceSegment> segments;
    for (const AudienceSegment &copy : std::as_const(m_copies))
        if (wanted.contains(copy.id))
            segments.append(copy);
    const QSet<QString> missing(m_missing.cbegin(), m_missing.cend());
    QStringList lostCreates;
    QStringList others;
    for (const QString &id : std::as_const(m_unknownIds))
        (m_rows->lifecycle(id) == SegmentLifecycle::New ? lostCreates : others).append(id);
    reconcileCreates(lostCreates, m_copies);
    m_copies.clear();
    reconcileRows(others, segments, missing);
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

// After a lost create answer: the segment is there when its advertiser has one of its type and
// name that no row holds (names are unique per advertiser). Found, the row becomes it; not found,
// the create is known not to have happened and the row is sent again if asked.
void SendWorkflow::reconcileCreates(const QStringList &ids, const QList<AudienceSegment> &copies)
{
    if (ids.isEmpty())
        return;
    QList<SegmentOutcome> outcomes;
    QSet<QString> taken;
    for (const QString &id : ids) {
        const std::optional<AudienceSegment> edited = m_rows->edited(id);
        if (!edited || m_rows->state(id) != RowState::Unknown)
            continue;
        const QString name = edited->name.value_or(QString()).trimmed();
        const AudienceSegment *found = nullptr;
        for (const AudienceSegment &copy : copies) {
            if (copy.advertiserId == edited->advertiserId && copy.type == edited->type
                && copy.name.value_or(QString()).trimmed() == name && !name.isEmpty()
                && !m_rows->contains(copy.id) && !m_otherIds.contains(copy.id)
                && !taken.contains(copy.id)) {
                found = &copy;
                break;
            }
        }
        m_lost.remove(id);
        if (found) {
            taken.insert(found->id);
            SegmentOutcome outcome = outcomeOf(id, Status::Updated);
            outcome.entity = *found;
            outcomes.append(outcome);
            m_result.applied.append(id);
            m_result.created.insert(id, found->id);
        } else {
            outcomes.append(outcomeOf(
                    id, Status::NotSent,
                    {ownProblem(Problem::Origin::Transport, id, QStringLiteral("not-created"),
                                QStringLiteral("not-created"), tr("Not created"),
                                tr("Criteo has no segment of this name for the advertiser: the "
                                   "create did not happen. The next send creates it."))}));
            m_result.notApplied.append(id);
        }
    }
    m_rows->applyOutcomes(outcomes);
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
        SendReconciler::Verdict verdict = copy && sent.patch.isEmpty()
                ? SendReconciler::Verdict::NotApplied
                : SendReconciler::verdict(sent.from, sent.patch, copy);
        m_lost.remove(id);
        if (m_rows->lifecycle(id) == SegmentLifecycle::ToDelete) {
            // A delete was applied exactly when the segment is gone.
            if (!copy) {
                outcomes.append(outcomeOf(id, Status::Updated));
                m_result.applied.append(id);
                m_result.deleted.append(id);
                continue;
            }
            verdict = SendReconciler::Verdict::NotApplied;
        }
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
    QList<AudienceSegment> toDelete;
    for (const AudienceSegment &copy : copies) {
        if (reconciled.contains(copy.id))
            continue;
        if (m_rows->lifecycle(copy.id) == SegmentLifecycle::ToDelete) {
            // Whatever changed on the server, it is about to go: nothing to compare.
            if (const auto original = m_rows->original(copy.id);
                original && SegmentConflicts::serverChanged(*original, copy))
                toDelete.append(copy);
            continue;
        }
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
    m_rows->replaceOriginals(toDelete);
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
        if (m_rows->lifecycle(id) == SegmentLifecycle::ToDelete) {
            // Someone deleted it already: what the user wanted is done.
            vanished.append(outcomeOf(id, Status::Updated));
            m_result.alreadyDeleted.append(id);
            continue;
        }
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
    m_kinds.clear();
    QSet<QString> sendable;
    using Kind = SendPort::RequestKind;
    QStringList deletes, updates, creates;
    const QList<SegmentTableModel::Change> changes = m_rows->sendableChanges();
    for (const SegmentTableModel::Change &change : changes) {
        if (!asked.contains(change.id) || excluded.contains(change.id))
            continue;
        QJsonObject resource;
        Kind kind = Kind::Update;
        if (change.lifecycle == SegmentLifecycle::New) {
            kind = Kind::Create;
            resource = PatchBuilder::buildCreate(change.edited);
            creates.append(change.id);
        } else if (change.lifecycle == SegmentLifecycle::ToDelete) {
            kind = Kind::Delete;
            resource = PatchBuilder::buildDelete(change.id);
            deletes.append(change.id);
        } else {
            // With the edit carried over to the server's copy.
            const std::optional<QJsonObject> patch
                    = PatchBuilder::build(change.original, change.edited);
            if (!patch)
                continue;
            resource = *patch;
            updates.append(change.id);
        }
        m_kinds.insert(change.id, kind);
        m_sending.insert(change.id, {change.edited, resource});
        sendable.insert(change.id);
    }
    m_sendIds = deletes + updates + creates;
    const QSet<QString> decided
            = QSet<QString>(m_result.conflicts.cbegin(), m_result.conflicts.cend())
                      .unite(excluded)
                      .unite(QSet<QString>(m_result.alreadyDeleted.cbegin(),
                                           m_result.alreadyDeleted.cend()))
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
    if (!checkUsage())
        openJournalAndSend();
}

void SendWorkflow::openJournalAndSend()
{
    QString error;
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
        // One kind at a time: the next starts when the one before has been answered.
        const SendPort::RequestKind kind = m_kinds.value(m_sendIds.at(m_next));
        if (!m_inFlight.isEmpty() && m_kinds.value(m_inFlight.cbegin()->constFirst()) != kind)
            break;
        SendPort::Request request;
        request.ticket = ++m_ticket;
        request.kind = kind;
        QList<SendJournal::Pending> pending;
        QStringList ids;
        int end = m_next;
        while (end < m_sendIds.size() && end - m_next < m_options.chunkSize
               && m_kinds.value(m_sendIds.at(end)) == kind)
            ++end;
        for (int i = m_next; i < end; ++i) {
            const QString &id = m_sendIds.at(i);
            const SentChange &change = m_sending[id];
            request.items.append({id, change.patch});
            pending.append({id, change.patch});
            ids.append(id);
        }
        // Write-ahead: a request the journal does not hold is not sent.
        TestHooks::stopIfAsked("before-journal");
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
        TestHooks::stopIfAsked("after-journal");
        Q_EMIT requestSent(request);
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
    TestHooks::stopIfAsked("after-answer");
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
    Q_EMIT requestAnswered(answer, outcomes);
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
        if (outcome.status == Status::Updated || outcome.status == Status::Warned) {
            const SegmentLifecycle lifecycle = m_rows->lifecycle(outcome.segmentId);
            if (lifecycle == SegmentLifecycle::New && outcome.entity)
                m_result.created.insert(outcome.segmentId, outcome.entity->id);
            else if (lifecycle == SegmentLifecycle::ToDelete)
                m_result.deleted.append(outcome.segmentId);
        }
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
    m_kinds.clear();
    m_settled.clear();
    m_inFlight.clear();
    m_reloadTickets.clear();
    m_copies.clear();
    m_missing.clear();
    m_reloadIds.clear();
    m_unknownIds.clear();
    m_askedIds.clear();
    m_usageIds.clear();
    m_usageTicket = 0;
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
        if (entry.hasChange() && !known)
            markUnknown(i);
    }
    return entries;
}
