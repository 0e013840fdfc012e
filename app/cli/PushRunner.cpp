#include "PushRunner.h"

#include "CliCommand.h"
#include "CliConnection.h"
#include "CliFormat.h"
#include "SegmentFields.h"
#include "TestHooks.h"

#include <QFile>
#include <QMetaObject>
#include <QTextStream>

namespace {

using Status = SegmentOutcome::Status;

Problem ownProblem(Problem::Severity severity, const QString &segmentId, const QString &type,
                   const QString &code, const QString &title, const QString &detail)
{
    Problem problem;
    problem.severity = severity;
    problem.origin = Problem::Origin::Validator;
    problem.type = type;
    problem.code = code;
    problem.title = title;
    problem.detail = detail;
    problem.segmentId = segmentId;
    return problem;
}

} // namespace

PushRunner::PushRunner(const WorkingSetFile &file, const Options &options,
                       CliConnection *connection, QTextStream &out, QTextStream &err,
                       QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_options(options)
    , m_connection(connection)
    , m_out(out)
    , m_err(err)
    , m_usageFetcher(&m_usage)
    , m_workflow(&m_rows)
{
    m_rows.setWorkingSet(file.workingSet().segments);
    m_workflow.setOtherIds(file.untouchedIds());
    connect(&m_rows, &SegmentTableModel::segmentsCreated, this,
            [this](const QHash<QString, QString> &ids) {
                for (auto it = ids.cbegin(); it != ids.cend(); ++it)
                    m_renamed.insert(it.key(), it.value());
            });
    // The file is written only when the rows differ from it.
    connect(&m_rows, &QAbstractItemModel::dataChanged, this, [this] { m_unsaved = true; });
    connect(&m_rows, &QAbstractItemModel::modelReset, this, [this] { m_unsaved = true; });
    if (const auto delay = TestHooks::networkTiming().retryDelayMs) {
        RetryPolicy::Options retry;
        retry.baseDelayMs = *delay;
        retry.maxDelayMs = qMax(*delay, 4 * *delay);
        m_port.setRetryOptions(retry);
    }
    m_workflow.setPort(&m_port);
    m_usageFetcher.setPort(&m_usagePort);
    m_workflow.setUsageFetcher(&m_usageFetcher);
    connect(&m_workflow, &SendWorkflow::confirmationNeeded, this,
            [this](const QList<SendWorkflow::UsedChange> &changes) {
                printUsed(changes, false);
                m_workflow.cancel();
            });
    m_workflow.setJournalPath(journalPath(m_options.path));
    m_workflow.setCheckpoint([this](QString *error) { return writeFile(error); });
    // The history is written before the driver words the result (attached first).
    m_recorder.attach(&m_workflow);
    connect(&m_workflow, &SendWorkflow::finished, this, &PushRunner::workflowFinished);
    m_recorder.setOrigin(QStringLiteral("segmentctl"));
    connect(&m_recorder, &SendHistoryRecorder::failed, this, [this](const QString &error) {
        m_err << tr("%1 The push goes on without it.").arg(error) << Qt::endl;
    });
    connect(&m_recorder, &SendHistoryRecorder::recorded, this, [this](qint64 id) {
        m_err << tr("Recorded in the send history as send %1 (“segmentctl history %1” shows it).")
                         .arg(id)
              << Qt::endl;
    });
    connect(&m_workflow, &SendWorkflow::stageChanged, this, [this](SendWorkflow::Stage stage) {
        if (stage == SendWorkflow::Stage::CheckingUsage)
            m_err << tr("Looking up which audiences use the segments this push deletes or "
                        "narrows…")
                  << Qt::endl;
        if (stage != SendWorkflow::Stage::Sending)
            return;
        const int count = int(m_workflow.ids().size());
        const int chunk = qMax(1, m_options.chunkSize);
        m_err << tr("Sending %n change(s) in %1 request(s) to %2…", nullptr, count)
                         .arg((count + chunk - 1) / chunk)
                         .arg(m_connection->description())
              << Qt::endl;
    });
    connect(&m_workflow, &SendWorkflow::progress, this, [this](int done, int total) {
        if (done > 0)
            m_err << tr("Answered %1 of %n change(s).", nullptr, total).arg(done) << Qt::endl;
    });
    connect(&m_workflow, &SendWorkflow::retrying, this,
            [this](const QStringList &ids, int delayMs, const QString &reason) {
                m_err << tr("Retrying %n segment(s) in %1 s: %2", nullptr, int(ids.size()))
                                 .arg(QString::number(delayMs / 1000.0, 'f', 1), reason)
                      << Qt::endl;
            });
    connect(&m_workflow, &SendWorkflow::journalFailed, this, [this](const QString &error) {
        m_err << tr("%1 Stopping after the requests in flight.").arg(error) << Qt::endl;
    });
}

PushRunner::~PushRunner() = default;

void PushRunner::start()
{
    if (!replayJournal()) {
        finish(CliExit::Failure);
        return;
    }
    openHistory();
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
        connected();
    });
}

// A history that cannot be written does not stop a push: it says so and sends without it.
void PushRunner::openHistory()
{
    m_recorder.setServer(m_connection->config().baseUrl, m_connection->config().apiVersion);
    if (!m_options.recordHistory)
        return;
    QString error;
    QString notice;
    const QString path
            = m_options.historyPath.isEmpty() ? SendHistory::defaultPath() : m_options.historyPath;
    if (!m_history.open(path, &error, &notice))
        m_err << tr("%1 The push goes on without it.").arg(error) << Qt::endl;
    if (!notice.isEmpty())
        m_err << notice << Qt::endl;
}

// What an interrupted push left next to the file: the segments it sent without a recorded answer
// (the process was killed or the machine stopped) become Unknown, to reconcile first.
bool PushRunner::replayJournal()
{
    const QString journal = journalPath(m_options.path);
    if (!QFile::exists(journal))
        return true;
    QString error;
    const auto replay = SendJournal::replay(journal, &error);
    if (!replay) {
        m_err << tr("%1 Move it away to push without reconciling; the changes of an "
                    "interrupted push may then be sent a second time.")
                         .arg(error)
              << Qt::endl;
        return false;
    }
    const int unknownBefore = m_rows.counts().unknown;
    QHash<QString, SendWorkflow::SentChange> lost;
    const QList<WorkingSetEntry> entries
            = SendWorkflow::replayJournal(m_rows.workingSetEntries(), *replay, &lost);
    m_rows.setWorkingSet(entries);
    m_workflow.setLostAnswers(lost);
    m_journalFound = m_rows.counts().unknown > unknownBefore;
    m_fromJournal = m_journalFound;
    // Every request it records has its answer in the file: nothing to reconcile.
    if (!m_journalFound)
        SendJournal::remove(journal);
    return true;
}

void PushRunner::connected()
{
    const int unknown = m_rows.counts().unknown;
    if (unknown > 0)
        m_err << tr("Reloading %n segment(s) that an earlier push sent without a recorded answer, "
                    "to find out whether their changes were applied…",
                    nullptr, unknown)
              << Qt::endl;
    m_order.clear();
    for (int row = 0; row < m_rows.rowCount(); ++row)
        m_order.append(m_rows.idAt(row));
    QStringList ids;
    int toCheck = 0;
    for (const SegmentTableModel::Change &change : m_rows.changes()) {
        ids.append(change.id);
        if (change.state != SegmentTableModel::RowState::Unknown && !change.excluded
            && change.state != SegmentTableModel::RowState::Invalid)
            ++toCheck;
    }
    if (toCheck > 0)
        m_err << tr("Reloading %n segment(s) to check that nobody changed them since the pull…",
                    nullptr, toCheck)
              << Qt::endl;
    SendWorkflow::Options options;
    options.chunkSize = m_options.chunkSize;
    options.maxConcurrentRequests = m_options.maxConcurrentChunks;
    options.overwrite = m_options.overwrite;
    options.confirmUsed = m_options.confirmUsed;
    m_port.setClient(m_connection->client());
    m_usagePort.setClient(m_connection->client());
    m_workflow.start(ids, options);
}

void PushRunner::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_workflow.stage() == SendWorkflow::Stage::Sending)
        m_err << tr("Cancelling: no new requests; the ones in flight finish and are written to "
                    "%1. Press Ctrl+C again to stop at once.")
                         .arg(m_options.path)
              << Qt::endl;
    m_workflow.cancel();
}

void PushRunner::saveNow()
{
    if (!m_workflow.isRunning())
        return;
    QString error;
    if (!writeFile(&error))
        m_err << error << Qt::endl;
}

bool PushRunner::writeFile(QString *error)
{
    if (!m_unsaved && !m_journalFound)
        return true;
    if (!m_file.write(m_options.path, m_workflow.entriesToSave(), m_renamed, error)) {
        if (error && m_fileError != *error) {
            m_fileError = *error;
            m_err << *error << Qt::endl;
        }
        return false;
    }
    m_unsaved = false;
    // The file now says what the journal of the interrupted push knew: that journal is done
    // (a journal of this push, once open, is the workflow's).
    if (m_journalFound && !m_workflow.isJournalOpen()) {
        SendJournal::remove(journalPath(m_options.path));
        m_journalFound = false;
    }
    return true;
}

void PushRunner::workflowFinished(const SendWorkflow::Result &result)
{
    if (result.stoppedAt == SendWorkflow::Result::Stop::Reload) {
        if (result.cancelled)
            m_err << tr("Cancelled; nothing was sent.") << Qt::endl;
        else
            m_err << tr("Cannot reload the segments before sending: %1 Nothing was sent; %2 and "
                        "its journal are unchanged. Run the push again.")
                             .arg(result.error, m_options.path)
                  << Qt::endl;
        finish(result.cancelled ? CliExit::Incomplete : CliExit::Failure);
        return;
    }
    m_reported = true;
    printReconciled(result);
    printChecked(result);
    if (m_options.confirmUsed)
        printUsed(result.usedChanges, true);
    markNotSent(result);
    buildReport(result);
    if (result.stoppedAt == SendWorkflow::Result::Stop::Usage) {
        if (result.cancelled)
            m_err << tr("Cancelled; nothing was sent.") << Qt::endl;
        else
            m_err << tr("Nothing was sent. Push again with --confirm-used to make these changes "
                        "anyway, or keep those segments (segmentctl delete --keep, or undo the "
                        "edit) and push the rest.")
                  << Qt::endl;
        finish(CliExit::Incomplete);
        return;
    }
    // The segments left out are written down with why.
    QString error;
    if (!result.leftOut.isEmpty() || !result.conflicts.isEmpty())
        writeFile(&error);
    if (result.stoppedAt == SendWorkflow::Result::Stop::Save) {
        m_err << result.error << Qt::endl << tr("Nothing was sent.") << Qt::endl;
        finish(CliExit::Failure);
        return;
    }
    for (const Problem &problem : result.batchProblems)
        m_err << tr("Problem of the whole push: %1").arg(CliFormat::problemText(problem))
              << Qt::endl;
    if (m_report.outcomes().isEmpty())
        m_err << tr("Nothing to send.") << Qt::endl;
    printOutcomes();
    if (!result.journalError.isEmpty() || !m_fileError.isEmpty())
        finish(CliExit::Failure);
    else if (result.cancelled || !m_report.allApplied())
        finish(CliExit::Incomplete);
    else
        finish(CliExit::Ok);
}

void PushRunner::printReconciled(const SendWorkflow::Result &result)
{
    const QSet<QString> applied(result.applied.cbegin(), result.applied.cend());
    const QSet<QString> notApplied(result.notApplied.cbegin(), result.notApplied.cend());
    const QSet<QString> gone(result.gone.cbegin(), result.gone.cend());
    const int count = int(applied.size() + notApplied.size() + gone.size());
    if (count == 0)
        return;
    QStringList lines;
    for (int row = 0; row < m_rows.rowCount(); ++row) {
        const QString id = m_rows.idAt(row);
        if (applied.contains(id))
            lines.append(tr("  %1: the change was applied; now updated.").arg(id));
        else if (notApplied.contains(id))
            lines.append(result.conflicts.contains(id)
                                 ? tr("  %1: the change was not applied, and the server's copy "
                                      "changed in fields you changed too; not sent.")
                                           .arg(id)
                                 : tr("  %1: the change was not applied; it is sent now.").arg(id));
        else if (gone.contains(id))
            lines.append(tr("  %1: no longer on the server; marked failed.").arg(id));
    }
    m_err << (m_fromJournal
                      ? tr("Reconciled %n segment(s) from an interrupted push:", nullptr, count)
                      : tr("Reconciled %n segment(s) whose last push got no answer:", nullptr,
                           count))
          << QLatin1Char('\n') << lines.join(QLatin1Char('\n')) << Qt::endl;
}

void PushRunner::printChecked(const SendWorkflow::Result &result)
{
    QStringList lines;
    const QSet<QString> reconciled(result.notApplied.cbegin(), result.notApplied.cend());
    for (const QString &id : result.rebased)
        lines.append(tr("  %1: changed on the server in other fields; your edit is sent on top "
                        "of it.")
                             .arg(id));
    for (const QString &id : result.conflicts) {
        if (reconciled.contains(id))
            continue;
        lines.append(tr("  %1: conflict in %2; not sent.")
                             .arg(id, m_rows.conflictFields(id).join(QStringLiteral(", "))));
    }
    for (const QString &id : result.overwritten)
        lines.append(tr("  %1: conflict in %2; sending yours (--overwrite).")
                             .arg(id, result.conflictFields.value(id).join(QStringLiteral(", "))));
    if (!lines.isEmpty())
        m_err << lines.join(QLatin1Char('\n')) << Qt::endl;
}

// Which segments in use the push deletes or narrows, and who uses them.
void PushRunner::printUsed(const QList<SendWorkflow::UsedChange> &changes, bool confirmed)
{
    if (changes.isEmpty())
        return;
    m_err << (confirmed ? tr("Changing %n segment(s) that audiences use (--confirm-used):", nullptr,
                             int(changes.size()))
                        : tr("This push changes %n segment(s) that audiences use:", nullptr,
                             int(changes.size())))
          << Qt::endl;
    for (const SendWorkflow::UsedChange &change : changes) {
        const QString what = change.kind == SendPort::RequestKind::Delete
                ? tr("deleted")
                : tr("narrowed (%1)").arg(change.reasons.join(QLatin1String("; ")));
        m_err << tr("  %1 %2: %3").arg(change.segmentId, change.name, what) << Qt::endl;
        if (!change.usageError.isEmpty())
            m_err << tr("    where it is used could not be checked: %1").arg(change.usageError)
                  << Qt::endl;
        for (const AudienceUse &audience : change.audiences)
            m_err << tr("    used by audience %1 %2 (ad sets: %3)")
                             .arg(audience.id, audience.name,
                                  audience.adSetIds.isEmpty()
                                          ? tr("none")
                                          : audience.adSetIds.join(QLatin1String(", ")))
                  << Qt::endl;
    }
}

// Excluded, invalid and conflicting changes are not sent; the file and the report say why.
void PushRunner::markNotSent(const SendWorkflow::Result &result)
{
    QList<SegmentOutcome> outcomes;
    for (const QString &id : result.conflicts) {
        SegmentOutcome outcome;
        outcome.segmentId = id;
        outcome.status = Status::NotSent;
        const std::optional<AudienceSegment> base = m_rows.conflictBase(id);
        const AudienceSegment mine = m_rows.edited(id).value_or(AudienceSegment());
        const AudienceSegment theirs = m_rows.original(id).value_or(AudienceSegment());
        for (const QString &field : m_rows.conflictFields(id)) {
            Problem problem = ownProblem(
                    Problem::Severity::Error, id, QStringLiteral("conflict"),
                    QStringLiteral("conflict"), tr("Changed on the server since the pull"),
                    tr("%1 was “%2” when pulled; yours is “%3”, the server now has “%4”. "
                       "Pull again to take the server's value, or push with --overwrite to "
                       "send yours.")
                            .arg(SegmentFields::fieldLabel(field),
                                 SegmentFields::valueText(base.value_or(theirs), field),
                                 SegmentFields::valueText(mine, field),
                                 SegmentFields::valueText(theirs, field)));
            problem.field = field;
            outcome.problems.append(problem);
        }
        outcomes.append(outcome);
    }
    for (const QString &id : result.leftOut) {
        SegmentOutcome outcome;
        outcome.segmentId = id;
        outcome.status = Status::NotSent;
        if (m_rows.isExcluded(id)) {
            outcome.problems.append(
                    ownProblem(Problem::Severity::Warning, id, QStringLiteral("excluded"),
                               QStringLiteral("excluded"), tr("Excluded from the push"),
                               tr("Remove “excluded” from the working set to send this change.")));
        } else {
            for (const Problem &problem : m_rows.problems(id))
                if (problem.origin == Problem::Origin::Validator)
                    outcome.problems.append(problem);
        }
        outcomes.append(outcome);
    }
    for (const SegmentOutcome &outcome : std::as_const(outcomes))
        m_notSent.insert(outcome.segmentId, outcome);
    m_rows.applyOutcomes(outcomes);
}

// One entry per segment the push decided something about, in the order of the file.
void PushRunner::buildReport(const SendWorkflow::Result &result)
{
    QHash<QString, SegmentOutcome> byId;
    for (const SegmentOutcome &outcome : result.outcomes)
        byId.insert(outcome.segmentId, outcome);
    for (const QString &id : result.applied) {
        SegmentOutcome outcome;
        outcome.segmentId = id;
        outcome.status = Status::Updated;
        byId.insert(id, outcome);
    }
    const auto failedHere = [this, &byId](const QString &id) {
        SegmentOutcome outcome;
        outcome.segmentId = id;
        outcome.status = Status::Failed;
        for (const Problem &problem : m_rows.problems(id))
            if (problem.origin != Problem::Origin::Validator)
                outcome.problems.append(problem);
        byId.insert(id, outcome);
    };
    for (const QString &id : result.gone + result.vanished)
        failedHere(id);
    for (auto it = m_notSent.cbegin(); it != m_notSent.cend(); ++it)
        byId.insert(it.key(), it.value());
    for (const QString &id : result.alreadyDeleted) {
        SegmentOutcome outcome;
        outcome.segmentId = id;
        outcome.status = Status::Updated;
        byId.insert(id, outcome);
    }
    // In the order of the file as it was read: created rows have their new ids by now, deleted
    // ones are gone.
    const QSet<QString> deleted = QSet<QString>(result.deleted.cbegin(), result.deleted.cend())
                                          .unite(QSet<QString>(result.alreadyDeleted.cbegin(),
                                                               result.alreadyDeleted.cend()));
    for (const QString &id : std::as_const(m_order)) {
        const auto found = byId.constFind(id);
        if (found == byId.constEnd())
            continue;
        SegmentOutcome outcome = *found;
        const auto created = result.created.constFind(id);
        if (created != result.created.constEnd()) {
            outcome.segmentId = *created;
            m_report.setAction(*created, PushReport::Action::Create, id);
        } else if (deleted.contains(id) || m_rows.lifecycle(id) == SegmentLifecycle::ToDelete) {
            m_report.setAction(id, PushReport::Action::Delete);
        } else if (m_rows.lifecycle(id) == SegmentLifecycle::New) {
            m_report.setAction(id, PushReport::Action::Create, id);
        }
        m_report.set(outcome);
    }
    m_report.addBatchProblems(result.batchProblems);
    m_report.setRequests(result.requests);
    m_report.setUsedChanges(result.usedChanges,
                            result.stoppedAt != SendWorkflow::Result::Stop::Usage);
}

// One line per problem (a segment without problems gets one line too): id, outcome, field,
// message, tab-separated; then the counts on stderr.
void PushRunner::printOutcomes()
{
    for (const SegmentOutcome &outcome : m_report.outcomes()) {
        const QString key = SegmentOutcome::statusKey(outcome.status);
        QString done;
        const bool applied = outcome.status == Status::Updated || outcome.status == Status::Warned;
        if (applied && m_report.action(outcome.segmentId) == PushReport::Action::Create)
            done = tr("created (was %1)").arg(m_report.temporaryId(outcome.segmentId));
        else if (applied && m_report.action(outcome.segmentId) == PushReport::Action::Delete)
            done = tr("deleted");
        if (outcome.problems.isEmpty())
            m_out << outcome.segmentId << QLatin1Char('\t') << key << QLatin1String("\t\t") << done
                  << QLatin1Char('\n');
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
    const int created = m_report.count(PushReport::Action::Create, Status::Updated)
            + m_report.count(PushReport::Action::Create, Status::Warned);
    const int deleted = m_report.count(PushReport::Action::Delete, Status::Updated)
            + m_report.count(PushReport::Action::Delete, Status::Warned);
    if (created + deleted > 0)
        m_err << tr("Of them created: %1, deleted: %2.").arg(created).arg(deleted) << Qt::endl;
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
