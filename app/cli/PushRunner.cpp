#include "PushRunner.h"

#include "BulkUpdateJob.h"
#include "ChangePlan.h"
#include "CliCommand.h"
#include "CliConnection.h"
#include "CliFormat.h"
#include "PatchBuilder.h"
#include "SegmentConflicts.h"
#include "SegmentFields.h"
#include "SegmentSearchJob.h"
#include "SendReconciler.h"

#include <QFile>
#include <QMetaObject>
#include <QTextStream>

namespace {

using Status = SegmentOutcome::Status;

Problem ownProblem(Problem::Severity severity, const QString &segmentId, const QString &code,
                   const QString &title, const QString &detail)
{
    Problem problem;
    problem.severity = severity;
    problem.origin = Problem::Origin::Validator;
    problem.type = code == QLatin1String("excluded") ? QStringLiteral("excluded")
                                                     : QStringLiteral("not-found");
    problem.code = code;
    problem.title = title;
    problem.detail = detail;
    problem.segmentId = segmentId;
    return problem;
}

} // namespace

PushRunner::PushRunner(const WorkingSet &set, const Options &options, CliConnection *connection,
                       QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_set(set)
    , m_options(options)
    , m_connection(connection)
    , m_out(out)
    , m_err(err)
{
    for (int i = 0; i < m_set.segments.size(); ++i)
        m_rows.insert(m_set.segments.at(i).original.id, i);
}

PushRunner::~PushRunner() = default;

void PushRunner::start()
{
    collectCandidates();
    if (m_finished)
        return;
    m_connection->open([this](const QString &error) {
        if (!error.isEmpty()) {
            m_err << error << Qt::endl;
            finish(CliExit::Failure);
            return;
        }
        if (m_cancelled) {
            m_err << tr("Cancelled; nothing was sent.") << Qt::endl;
            finish(CliExit::Incomplete);
            return;
        }
        if (m_candidates.isEmpty())
            send();
        else
            reconcile();
    });
}

void PushRunner::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_job) {
        m_err << tr("Cancelling: no new requests; the ones in flight finish and are written to "
                    "%1. Press Ctrl+C again to stop at once.")
                         .arg(m_options.path)
              << Qt::endl;
        m_job->cancel();
    } else if (m_search) {
        m_search->cancel();
    }
}

// The segments whose fate an earlier push left unknown: those its journal lists as sent without a
// recorded answer (the process was killed or the machine stopped), and rows whose last outcome
// is "unknown" (the answer was lost on the way).
void PushRunner::collectCandidates()
{
    const QString journal = journalPath(m_options.path);
    QSet<QString> seen;
    if (QFile::exists(journal)) {
        QString error;
        const auto replay = SendJournal::replay(journal, &error);
        if (!replay) {
            m_err << tr("%1 Move it away to push without reconciling; the changes of an "
                        "interrupted push may then be sent a second time.")
                             .arg(error)
                  << Qt::endl;
            finish(CliExit::Failure);
            return;
        }
        for (const SendJournal::Pending &pending : replay->unanswered) {
            if (indexOf(pending.segmentId) < 0 || seen.contains(pending.segmentId))
                continue;
            seen.insert(pending.segmentId);
            m_candidates.append({pending.segmentId, pending.patch});
        }
        // Every request it records has its answer in the file (which is written before the
        // journal): nothing to reconcile.
        m_journalFound = !m_candidates.isEmpty();
        if (!m_journalFound)
            QFile::remove(journal);
    }
    for (const WorkingSetEntry &entry : std::as_const(m_set.segments)) {
        if (!entry.outcome || entry.outcome->status != Status::Unknown || !entry.isModified()
            || seen.contains(entry.original.id))
            continue;
        seen.insert(entry.original.id);
        m_candidates.append(
                {entry.original.id,
                 PatchBuilder::build(entry.original, *entry.edited).value_or(QJsonObject())});
    }
}

void PushRunner::reconcile()
{
    SegmentSearchJob::Query query;
    for (const Candidate &candidate : std::as_const(m_candidates))
        query.segmentIds.append(candidate.id);
    m_err << tr("Reloading %n segment(s) that an earlier push sent without a recorded answer, to "
                "find out whether their changes were applied…",
                nullptr, int(m_candidates.size()))
          << Qt::endl;
    m_search = new SegmentSearchJob(m_connection->client(), query, this);
    connect(m_search, &SegmentSearchJob::finished, this, &PushRunner::reconciled);
    m_search->start();
}

void PushRunner::reconciled()
{
    m_search->deleteLater();
    if (m_cancelled) {
        m_err << tr("Cancelled; nothing was sent.") << Qt::endl;
        finish(CliExit::Incomplete);
        return;
    }
    if (m_search->hasError()) {
        m_err << tr("Cannot reload the segments to reconcile: %1 Nothing was sent; %2 and its "
                    "journal are unchanged. Run the push again.")
                         .arg(m_search->errorString(), m_options.path)
              << Qt::endl;
        finish(CliExit::Failure);
        return;
    }
    m_reported = true;
    QHash<QString, AudienceSegment> server;
    for (const AudienceSegment &segment : m_search->segments())
        server.insert(segment.id, segment);

    QStringList lines;
    for (const Candidate &candidate : std::as_const(m_candidates)) {
        WorkingSetEntry &entry = m_set.segments[indexOf(candidate.id)];
        const AudienceSegment wanted = entry.wanted();
        const auto found = server.constFind(candidate.id);
        const std::optional<AudienceSegment> copy = found == server.constEnd()
                ? std::nullopt
                : std::optional<AudienceSegment>(*found);
        switch (SendReconciler::verdict(wanted, candidate.patch, copy)) {
        case SendReconciler::Verdict::Applied: {
            // The edit the file holds is the one that was sent unless it was changed since:
            // then what remains of it is still to be sent.
            const auto unchanged = PatchBuilder::build(entry.original, wanted);
            const bool sameEdit = unchanged && *unchanged == candidate.patch;
            entry.original = *copy;
            if (sameEdit || !PatchBuilder::build(*copy, wanted))
                entry.edited.reset();
            SegmentOutcome outcome;
            outcome.segmentId = candidate.id;
            outcome.status = Status::Updated;
            entry.outcome = outcome;
            m_report.set(outcome);
            lines.append(tr("  %1: the change was applied; now updated.").arg(candidate.id));
            break;
        }
        case SendReconciler::Verdict::NotApplied:
            entry.outcome.reset();
            lines.append(tr("  %1: the change was not applied; it is sent now.").arg(candidate.id));
            break;
        case SendReconciler::Verdict::Gone: {
            SegmentOutcome outcome;
            outcome.segmentId = candidate.id;
            outcome.status = Status::Failed;
            outcome.problems.append(ownProblem(
                    Problem::Severity::Error, candidate.id, QStringLiteral("segment-not-found"),
                    tr("Segment not found"),
                    tr("Segment %1 is no longer on the server (deleted, or not reachable with "
                       "these credentials), so its change could not be applied.")
                            .arg(candidate.id)));
            entry.outcome = outcome;
            m_report.set(outcome);
            m_gone.insert(candidate.id);
            lines.append(tr("  %1: no longer on the server; marked failed.").arg(candidate.id));
            break;
        }
        }
    }
    m_err << (m_journalFound
                      ? tr("Reconciled %n segment(s) from an interrupted push:", nullptr,
                           int(m_candidates.size()))
                      : tr("Reconciled %n segment(s) whose last push got no answer:", nullptr,
                           int(m_candidates.size())))
          << QLatin1Char('\n') << lines.join(QLatin1Char('\n')) << Qt::endl;

    // The file now says what the journal knew: the journal has done its work.
    if (!writeFile()) {
        finish(CliExit::Failure);
        return;
    }
    if (m_journalFound)
        QFile::remove(journalPath(m_options.path));
    send();
}

// Reloads the segments about to be sent and compares them with the versions the user started
// from: fields only the server changed follow the server; fields both changed are conflicts,
// not sent unless --overwrite says so.
void PushRunner::send()
{
    m_reported = true;
    if (m_baseChecked) {
        sendChecked();
        return;
    }
    QStringList ids;
    for (const ChangePlan::Change &change : ChangePlan::of(m_set).changes())
        if (change.isSendable() && !m_gone.contains(change.id))
            ids.append(change.id);
    if (ids.isEmpty()) {
        m_baseChecked = true;
        sendChecked();
        return;
    }
    checkBase(ids);
}

void PushRunner::checkBase(const QStringList &ids)
{
    SegmentSearchJob::Query query;
    query.segmentIds = ids;
    m_checkIds = ids;
    m_err << tr("Reloading %n segment(s) to check that nobody changed them since the pull…",
                nullptr, int(ids.size()))
          << Qt::endl;
    m_search = new SegmentSearchJob(m_connection->client(), query, this);
    connect(m_search, &SegmentSearchJob::finished, this, &PushRunner::baseChecked);
    m_search->start();
}

void PushRunner::baseChecked()
{
    m_search->deleteLater();
    m_baseChecked = true;
    if (m_cancelled) {
        m_err << tr("Cancelled; nothing was sent.") << Qt::endl;
        finish(CliExit::Incomplete);
        return;
    }
    if (m_search->hasError()) {
        m_err << tr("Cannot reload the segments before sending: %1 Nothing was sent.")
                         .arg(m_search->errorString())
              << Qt::endl;
        finish(CliExit::Failure);
        return;
    }
    QHash<QString, AudienceSegment> server;
    for (const AudienceSegment &segment : m_search->segments())
        server.insert(segment.id, segment);

    QStringList lines;
    bool changed = false;
    for (const QString &id : std::as_const(m_checkIds)) {
        WorkingSetEntry &entry = m_set.segments[indexOf(id)];
        const auto found = server.constFind(id);
        if (found == server.constEnd()) {
            SegmentOutcome outcome;
            outcome.segmentId = id;
            outcome.status = Status::Failed;
            outcome.problems.append(ownProblem(
                    Problem::Severity::Error, id, QStringLiteral("segment-not-found"),
                    tr("Segment not found"),
                    tr("Segment %1 is no longer on the server (deleted, or not reachable with "
                       "these credentials).")
                            .arg(id)));
            apply(outcome);
            m_gone.insert(id);
            changed = true;
            continue;
        }
        if (!SegmentConflicts::serverChanged(entry.original, *found))
            continue;
        const AudienceSegment wanted = entry.wanted();
        const QStringList conflicts
                = SegmentConflicts::conflictingFields(entry.original, wanted, *found);
        if (!conflicts.isEmpty() && !m_options.overwrite) {
            SegmentOutcome outcome;
            outcome.segmentId = id;
            outcome.status = Status::NotSent;
            for (const QString &field : conflicts) {
                Problem problem = ownProblem(
                        Problem::Severity::Error, id, QStringLiteral("conflict"),
                        tr("Changed on the server since the pull"),
                        tr("%1 was “%2” when pulled; yours is “%3”, the server now has “%4”. "
                           "Pull again to take the server's value, or push with --overwrite to "
                           "send yours.")
                                .arg(SegmentFields::fieldLabel(field),
                                     SegmentFields::valueText(entry.original, field),
                                     SegmentFields::valueText(wanted, field),
                                     SegmentFields::valueText(*found, field)));
                problem.field = field;
                outcome.problems.append(problem);
            }
            apply(outcome);
            m_conflicts.insert(id);
            lines.append(tr("  %1: conflict in %2; not sent.")
                                 .arg(id, conflicts.join(QStringLiteral(", "))));
            changed = true;
            continue;
        }
        // Carry the user's edit over to the server's copy: what only the server changed stays.
        entry.edited = SegmentConflicts::rebase(entry.original, wanted, *found);
        entry.original = *found;
        if (!entry.isModified())
            entry.edited.reset();
        lines.append(conflicts.isEmpty()
                             ? tr("  %1: changed on the server in other fields; your edit is "
                                  "sent on top of it.")
                                       .arg(id)
                             : tr("  %1: conflict in %2; sending yours (--overwrite).")
                                       .arg(id, conflicts.join(QStringLiteral(", "))));
        changed = true;
    }
    if (!lines.isEmpty())
        m_err << lines.join(QLatin1Char('\n')) << Qt::endl;
    if (changed && !writeFile()) {
        finish(CliExit::Failure);
        return;
    }
    sendChecked();
}

void PushRunner::sendChecked()
{
    const ChangePlan plan = ChangePlan::of(m_set);
    QList<BulkUpdateJob::Item> items;
    bool changed = false;
    for (const ChangePlan::Change &change : plan.changes()) {
        if (m_gone.contains(change.id) || m_conflicts.contains(change.id))
            continue;
        if (change.isSendable()) {
            items.append({change.id, change.patch});
            m_patches.insert(change.id, change.patch);
            // Not sent until its answer says otherwise; this also keeps the report in file order.
            SegmentOutcome pending;
            pending.segmentId = change.id;
            pending.status = Status::NotSent;
            m_report.set(pending);
            continue;
        }
        // Excluded and invalid changes are not sent; the report and the file say why.
        SegmentOutcome outcome;
        outcome.segmentId = change.id;
        outcome.status = Status::NotSent;
        if (change.excluded)
            outcome.problems.append(
                    ownProblem(Problem::Severity::Warning, change.id, QStringLiteral("excluded"),
                               tr("Excluded from the push"),
                               tr("Remove “excluded” from the working set to send this change.")));
        else
            outcome.problems = change.problems;
        apply(outcome);
        changed = true;
    }

    if (items.isEmpty()) {
        if (changed && !writeFile()) {
            finish(CliExit::Failure);
            return;
        }
        if (m_report.outcomes().isEmpty())
            m_err << tr("Nothing to send.") << Qt::endl;
        printOutcomes();
        finish(m_report.allApplied() ? CliExit::Ok : CliExit::Incomplete);
        return;
    }
    if (m_cancelled) {
        m_err << tr("Cancelled; nothing was sent.") << Qt::endl;
        finish(CliExit::Incomplete);
        return;
    }
    if (changed && !writeFile()) {
        finish(CliExit::Failure);
        return;
    }
    QString error;
    if (!m_journal.open(journalPath(m_options.path), &error)) {
        m_err << error << Qt::endl << tr("Nothing was sent.") << Qt::endl;
        finish(CliExit::Failure);
        return;
    }

    BulkUpdateJob::Options options;
    options.chunkSize = m_options.chunkSize;
    options.maxConcurrentChunks = m_options.maxConcurrentChunks;
    m_job = new BulkUpdateJob(m_connection->client(), items, options, this);
    connect(m_job, &BulkUpdateJob::chunkStarted, this, &PushRunner::chunkStarted);
    connect(m_job, &BulkUpdateJob::chunkFinished, this, &PushRunner::chunkFinished);
    connect(m_job, &BulkUpdateJob::retryScheduled, this,
            [this](const QStringList &ids, int, int delayMs, const QString &reason) {
                m_err << tr("Retrying %n segment(s) in %1 s: %2", nullptr, int(ids.size()))
                                 .arg(QString::number(delayMs / 1000.0, 'f', 1), reason)
                      << Qt::endl;
            });
    connect(m_job, &BulkUpdateJob::progress, this, [this](int done, int total) {
        if (done > 0)
            m_err << tr("Answered %1 of %n change(s).", nullptr, total).arg(done) << Qt::endl;
    });
    connect(m_job, &BulkUpdateJob::finished, this, &PushRunner::sendFinished);
    m_err << tr("Sending %n change(s) in %1 request(s) to %2…", nullptr, int(items.size()))
                     .arg(m_job->chunkCount())
                     .arg(m_connection->description())
          << Qt::endl;
    m_job->start();
}

void PushRunner::chunkStarted(const QStringList &ids)
{
    QList<SendJournal::Pending> pending;
    for (const QString &id : ids)
        pending.append({id, m_patches.value(id)});
    // On disk before the request leaves (the request is sent from the event loop, later).
    if (!m_journal.recordSending(pending) && !m_broken) {
        m_broken = true;
        m_err << tr("Cannot write to the journal %1; stopping after the requests in flight.")
                         .arg(m_journal.path())
              << Qt::endl;
        m_job->cancel();
    }
}

void PushRunner::chunkFinished(const QList<SegmentOutcome> &outcomes)
{
    for (const SegmentOutcome &outcome : outcomes) {
        apply(outcome);
        m_answered.insert(outcome.segmentId);
    }
    // The file first, then the journal: a crash between the two leaves the journal saying
    // "unanswered", which the next push reconciles (it finds the change applied), never the
    // reverse, which would send an applied change again.
    if (!writeFile() && !m_broken) {
        m_broken = true;
        m_job->cancel();
        return;
    }
    if (!m_broken)
        m_journal.recordOutcomes(outcomes);
}

void PushRunner::sendFinished()
{
    // Chunks that never left (cancelled, or stopped by a write error) keep their edits; the file
    // says why they were not sent.
    bool unsent = false;
    for (SegmentOutcome outcome : m_job->outcomes()) {
        if (m_answered.contains(outcome.segmentId))
            continue;
        if (outcome.problems.isEmpty()) {
            Problem problem;
            problem.severity = Problem::Severity::Error;
            problem.origin = Problem::Origin::Transport;
            problem.type = QStringLiteral("cancelled");
            problem.code = QStringLiteral("not-sent");
            problem.title = tr("Not sent");
            problem.detail = tr("The push stopped before this change was sent; the next push "
                                "sends it.");
            problem.segmentId = outcome.segmentId;
            outcome.problems.append(problem);
        }
        apply(outcome);
        unsent = true;
    }
    if (unsent && !writeFile())
        m_broken = true;
    m_report.addBatchProblems(m_job->batchProblems());
    m_report.setRequests(m_job->requestCount());
    // Every request has its answer in the file: nothing is left to reconcile (rows whose answer
    // was lost say "unknown" in the file, and the next push reloads them). If the file could not
    // be written, the journal stays for the next push.
    if (!m_broken)
        m_journal.finish();
    for (const Problem &problem : m_job->batchProblems())
        m_err << tr("Problem of the whole push: %1").arg(CliFormat::problemText(problem))
              << Qt::endl;
    printOutcomes();
    if (m_broken)
        finish(CliExit::Failure);
    else if (m_cancelled || !m_report.allApplied())
        finish(CliExit::Incomplete);
    else
        finish(CliExit::Ok);
}

// Updated and warned rows take the server's copy as their original and drop the edit; the others
// keep the edit, with the outcome and its problems.
void PushRunner::apply(const SegmentOutcome &outcome)
{
    const int index = indexOf(outcome.segmentId);
    if (index < 0)
        return;
    WorkingSetEntry &entry = m_set.segments[index];
    if (outcome.status == Status::Updated || outcome.status == Status::Warned) {
        AudienceSegment server = outcome.entity.value_or(entry.wanted());
        server.id = entry.original.id;
        entry.original = server;
        entry.edited.reset();
    }
    SegmentOutcome stored = outcome;
    stored.entity.reset();
    for (Problem &problem : stored.problems)
        if (problem.segmentId.isEmpty())
            problem.segmentId = outcome.segmentId;
    entry.outcome = stored;
    m_report.set(stored);
}

bool PushRunner::writeFile()
{
    QString error;
    if (m_set.write(m_options.path, &error))
        return true;
    m_err << error << Qt::endl;
    return false;
}

// One line per problem (a segment without problems gets one line too): id, outcome, field,
// message, tab-separated; then the counts on stderr.
void PushRunner::printOutcomes()
{
    for (const SegmentOutcome &outcome : m_report.outcomes()) {
        const QString key = SegmentOutcome::statusKey(outcome.status);
        if (outcome.problems.isEmpty())
            m_out << outcome.segmentId << QLatin1Char('\t') << key << QLatin1String("\t\t\n");
        for (const Problem &problem : outcome.problems) {
            const QString text = CliFormat::problemText(problem);
            m_out << outcome.segmentId << QLatin1Char('\t') << key << QLatin1Char('\t')
                  << problem.field << QLatin1Char('\t')
                  << (problem.severity == Problem::Severity::Warning ? tr("warning: %1").arg(text)
                                                                     : text)
                  << QLatin1Char('\n');
        }
    }
    m_out.flush();
    if (m_report.outcomes().isEmpty())
        return;
    m_err << tr("Updated: %1, warned: %2, failed: %3, not sent: %4, unknown: %5.")
                     .arg(m_report.count(Status::Updated))
                     .arg(m_report.count(Status::Warned))
                     .arg(m_report.count(Status::Failed))
                     .arg(m_report.count(Status::NotSent))
                     .arg(m_report.count(Status::Unknown))
          << Qt::endl;
    if (m_report.count(Status::Unknown) > 0)
        m_err << tr("Segments marked unknown were sent but their answer was lost; the next push "
                    "reloads them before sending anything.")
              << Qt::endl;
}

void PushRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    QMetaObject::invokeMethod(
            this, [this, exitCode] { Q_EMIT finished(exitCode); }, Qt::QueuedConnection);
}
