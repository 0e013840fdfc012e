// The window as a driver of the send workflow (SendWorkflow): which rows to send, the busy state
// and progress while it runs, and the words for what it did. The steps themselves are the
// workflow's, shared with `segmentctl push`.
#include "MainWindow.h"

#include "MessageBar.h"
#include "SegmentDetailsPanel.h"
#include "SegmentInsightsController.h"
#include "SendWorkflow.h"
#include "UsedSegmentsDialog.h"
#include "WindowSupport.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSet>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

#include <algorithm>

using WindowSupport::sentence;

void MainWindow::connectSendWorkflow()
{
    if (m_backend)
        m_send->setPort(m_backend->sendPort());
    m_send->setCheckpoint([this](QString *error) { return writeAutosave(error); });
    m_send->setUsageFetcher(m_insights->fetcher());
    connect(m_send, &SendWorkflow::stageChanged, this, [this](SendWorkflow::Stage stage) {
        const QLocale locale;
        switch (stage) {
        case SendWorkflow::Stage::Idle:
            break;
        case SendWorkflow::Stage::Reloading:
            if (m_busy == Busy::Reconciling)
                setBusy(Busy::Reconciling,
                        tr("Reconciling segments: %1…").arg(locale.toString(m_send->ids().size())));
            else
                setBusy(Busy::Checking, tr("Checking the server's copies…"));
            break;
        case SendWorkflow::Stage::CheckingUsage:
            setBusy(Busy::Checking, tr("Checking which audiences use the segments…"));
            break;
        case SendWorkflow::Stage::Confirming:
            setBusy(Busy::Checking, tr("Waiting for your answer…"));
            break;
        case SendWorkflow::Stage::Sending: {
            const qsizetype count = m_send->ids().size();
            m_messageBar->clear();
            setBusy(Busy::Sending,
                    (m_retrySend ? tr("Retrying segments: %1…") : tr("Sending changes: %1…"))
                            .arg(locale.toString(count)));
            m_progress->setRange(0, int(count));
            m_progress->setValue(0);
            break;
        }
        }
    });
    connect(m_send, &SendWorkflow::progress, this, [this](int done, int total) {
        if (m_busy != Busy::Sending)
            return;
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_send, &SendWorkflow::journalFailed, this, [this](const QString &error) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("%1 The send stops after the requests under way; what was "
                                     "not sent keeps its edit.")
                                          .arg(sentence(error)));
    });
    connect(m_send, &SendWorkflow::finished, this, &MainWindow::sendWorkflowFinished);
    connect(m_send, &SendWorkflow::confirmationNeeded, this, &MainWindow::confirmUsedChanges);
}

// Window-modal, so the table stays readable behind it; the send waits for the answer.
void MainWindow::confirmUsedChanges(const QList<SendWorkflow::UsedChange> &changes)
{
    auto *dialog = new UsedSegmentsDialog(changes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Cancelled from the window (Esc): the question is gone with the send.
    connect(m_send, &SendWorkflow::finished, dialog, &QDialog::reject);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        disconnect(m_send, nullptr, dialog, nullptr);
        if (result == QDialog::Accepted)
            m_send->confirm();
        else
            m_send->cancel();
    });
    dialog->open();
}

void MainWindow::send()
{
    if (!m_backend || m_busy != Busy::None)
        return;
    if (!m_backend->isConnected()) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Not connected: connect to Criteo before sending."),
                                  tr("Connect…"));
        return;
    }
    const QList<SegmentTableModel::Change> sendable = m_model->sendableChanges();
    if (sendable.isEmpty()) {
        const int invalid = m_model->counts().invalid;
        m_messageBar->showMessage(
                invalid > 0 ? MessageBar::Kind::Error : MessageBar::Kind::Information,
                invalid > 0 ? tr("Nothing can be sent: every changed segment is invalid (%1). Fix "
                                 "them first "
                                 "(F8 goes to the next one).")
                                      .arg(QLocale().toString(invalid))
                            : tr("Nothing to send: no segment has a change to send."));
        return;
    }
    QStringList ids;
    for (const SegmentTableModel::Change &change : sendable)
        ids.append(change.id);
    startSendWorkflow(ids, false);
}

QStringList MainWindow::retryCandidates() const
{
    QStringList result;
    const QList<SegmentTableModel::Change> sendable = m_model->sendableChanges();
    for (const SegmentTableModel::Change &change : sendable)
        if (m_retryIds.contains(change.id) || change.state == SegmentTableModel::RowState::Failed
            || change.state == SegmentTableModel::RowState::NotSent)
            result.append(change.id);
    return result;
}

void MainWindow::retryFailed()
{
    if (!m_backend || m_busy != Busy::None || !m_backend->isConnected())
        return;
    const QStringList candidates = retryCandidates();
    if (candidates.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  m_retryIds.isEmpty()
                                          ? tr("Nothing to retry: no segment failed.")
                                          : tr("Nothing to retry yet: the segments that failed "
                                               "are invalid or excluded. Fix them first."));
        return;
    }
    startSendWorkflow(candidates, true);
}

void MainWindow::startSendWorkflow(const QStringList &ids, bool retry)
{
    // The journal of a crashed window stays untouched until the user answered about it.
    m_send->setJournalPath(m_recovery && !m_recoveryPending ? m_recovery->journalPath()
                                                            : QString());
    SendWorkflow::Options options;
    options.chunkSize = m_chunkSize;
    options.maxConcurrentRequests = m_maxConcurrentRequests;
    m_retrySend = retry;
    // Busy before the workflow starts: its stage signals follow from inside the call.
    m_busy = Busy::Checking;
    if (!m_send->start(ids, options)) {
        setBusy(Busy::None);
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The send could not start: another operation is under way."));
        return;
    }
    m_messageBar->clear();
}

void MainWindow::reconcileUnknown()
{
    if (!m_backend || m_busy != Busy::None)
        return;
    const QStringList ids = SendWorkflow::unknownIds(m_model);
    if (ids.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("Nothing to reconcile: every send has its answer."));
        return;
    }
    if (!m_backend->isConnected()) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("Connect to Criteo to reconcile the %1 unknown segments.")
                                          .arg(QLocale().toString(ids.size())),
                                  tr("Connect…"));
        return;
    }
    m_busy = Busy::Reconciling;
    if (!m_send->reconcile()) {
        setBusy(Busy::None);
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Reconciling could not start: another operation is under "
                                     "way."));
        return;
    }
    m_messageBar->clear();
}

void MainWindow::cancelOperation()
{
    if (!m_backend)
        return;
    switch (m_busy) {
    case Busy::None:
    case Busy::Connecting:
        return;
    case Busy::Loading:
    case Busy::Reloading:
        m_backend->cancelLoad();
        break;
    case Busy::Checking:
    case Busy::Reconciling:
        m_send->cancel();
        break;
    case Busy::Sending:
        m_send->cancel();
        m_progressLabel->setText(tr("Cancelling: requests under way finish first…"));
        m_cancelAction->setEnabled(false);
        break;
    }
}

void MainWindow::sendWorkflowFinished(const SendWorkflow::Result &result)
{
    const Busy busy = m_busy;
    setBusy(Busy::None);
    for (const QString &id : result.applied)
        m_retryIds.remove(id);
    for (const SegmentOutcome &outcome : result.outcomes) {
        switch (outcome.status) {
        case SegmentOutcome::Status::Failed:
        case SegmentOutcome::Status::NotSent:
            m_retryIds.insert(outcome.segmentId);
            break;
        case SegmentOutcome::Status::Updated:
        case SegmentOutcome::Status::Warned:
        case SegmentOutcome::Status::Unknown:
            m_retryIds.remove(outcome.segmentId);
            break;
        }
    }
    if (result.reconcileOnly || busy == Busy::Reconciling)
        showReconciled(result);
    else if (result.sent.isEmpty())
        showNothingSent(result);
    else
        showSent(result);
    // Everything the user typed is on the server: nothing would be lost by closing.
    if (m_model->counts().modified == 0)
        m_undoStack->setClean();
    updateActions();
    autosaveNow();
}

void MainWindow::showProblemsDock()
{
    m_problemsDock->show();
    m_problemsDock->raise();
}

void MainWindow::showReconciled(const SendWorkflow::Result &result)
{
    const QLocale locale;
    QStringList parts;
    if (!result.applied.isEmpty())
        parts.append(tr("%1 applied, now updated").arg(locale.toString(result.applied.size())));
    if (!result.notApplied.isEmpty())
        parts.append(
                tr("%1 not applied, to send again").arg(locale.toString(result.notApplied.size())));
    if (!result.gone.isEmpty())
        parts.append(tr("%1 no longer on the server").arg(locale.toString(result.gone.size())));
    QString text = parts.isEmpty() ? QString()
                                   : tr("Reconciled: %1.").arg(parts.join(QLatin1String(", ")));
    if (!result.conflicts.isEmpty())
        text += QLatin1Char(' ')
                + tr("Changed on the server in fields you changed too: %1. Choose Keep My "
                     "Values or Take the Server's Values for each.")
                          .arg(result.conflicts.join(QLatin1String(", ")));
    MessageBar::Kind kind = MessageBar::Kind::Positive;
    if (!result.error.isEmpty()) {
        kind = MessageBar::Kind::Error;
        text = QString(tr("Reconciling stopped: %1 Still unknown: %2.")
                               .arg(sentence(result.error),
                                    locale.toString(SendWorkflow::unknownIds(m_model).size()))
                       + QLatin1Char(' ') + text)
                       .trimmed();
    } else if (!result.gone.isEmpty()) {
        kind = MessageBar::Kind::Error;
    } else if (!result.conflicts.isEmpty()) {
        kind = MessageBar::Kind::Warning;
    }
    m_messageBar->showMessage(kind, text);
    if (!result.gone.isEmpty())
        showProblemsDock();
    if (!result.conflicts.isEmpty())
        selectSegment(result.conflicts.constFirst());
}

void MainWindow::showNothingSent(const SendWorkflow::Result &result)
{
    const QStringList gone = result.gone + result.vanished;
    if (result.stoppedAt == SendWorkflow::Result::Stop::Reload) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Nothing was sent: the server's copies could not be checked. "
                                     "%1")
                                          .arg(result.error));
    } else if (result.stoppedAt == SendWorkflow::Result::Stop::Usage) {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  result.cancelled
                                          ? tr("Send cancelled; nothing was sent.")
                                          : tr("Nothing was sent. Your changes are kept: keep "
                                               "the segments in use, or send when their "
                                               "audiences no longer need them."));
    } else if (result.stoppedAt == SendWorkflow::Result::Stop::Save) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Nothing was sent: %1 Free some disk space, or save your work "
                                     "in a working set, and send again.")
                                          .arg(sentence(result.error)));
    } else if (!result.conflicts.isEmpty()) {
        m_messageBar->showMessage(
                MessageBar::Kind::Warning,
                tr("Nothing was sent: the server's copies changed since you loaded them, in "
                   "fields you changed too (segments: %1). Choose Keep My Values or Take the "
                   "Server's Values for each, then send again.")
                        .arg(result.conflicts.join(QLatin1String(", "))));
        selectSegment(result.conflicts.constFirst());
    } else if (!gone.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Nothing was sent: the server no longer has segments %1.")
                                          .arg(gone.join(QLatin1String(", "))));
        showProblemsDock();
    } else if (!result.applied.isEmpty()) {
        m_messageBar->showMessage(
                MessageBar::Kind::Positive,
                tr("Nothing was sent: the server already had your changes of segments %1, whose "
                   "answer was lost before. They are updated.")
                        .arg(result.applied.join(QLatin1String(", "))));
    } else if (!result.alreadyDeleted.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Positive,
                                  tr("Nothing was sent: segments %1 were already deleted on the "
                                     "server. They are gone from the table.")
                                          .arg(result.alreadyDeleted.join(QLatin1String(", "))));
    } else if (result.cancelled) {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("Send cancelled; nothing was sent."));
    } else {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("Nothing to send: the server already has these values."));
    }
}

void MainWindow::showSent(const SendWorkflow::Result &result)
{
    // Every row of the send has an outcome, also those whose request never left. A failure the
    // user can fix is told apart from a server that was unavailable: only the first is fixed.
    int updated = 0, warned = 0, failed = 0, notSent = 0, unknown = 0, unavailable = 0;
    int created = 0, deleted = 0;
    const QSet<QString> deletedIds(result.deleted.cbegin(), result.deleted.cend());
    for (const SegmentOutcome &outcome : result.outcomes) {
        // Created rows have the server's id by now; deleted ones are gone.
        if (result.created.contains(outcome.segmentId)) {
            ++created;
            continue;
        }
        if (deletedIds.contains(outcome.segmentId)) {
            ++deleted;
            continue;
        }
        if (outcome.status == SegmentOutcome::Status::Failed && !outcome.problems.isEmpty()
            && std::all_of(outcome.problems.cbegin(), outcome.problems.cend(),
                           [](const Problem &p) {
                               return p.origin == Problem::Origin::Transport
                                       || p.type == QLatin1String("availability")
                                       || p.code.startsWith(QLatin1String("http-5"));
                           }))
            ++unavailable;
        switch (m_model->state(outcome.segmentId)) {
        case SegmentTableModel::RowState::Updated:
            ++updated;
            break;
        case SegmentTableModel::RowState::Warned:
            ++warned;
            break;
        case SegmentTableModel::RowState::Failed:
        case SegmentTableModel::RowState::Invalid:
            ++failed;
            break;
        case SegmentTableModel::RowState::NotSent:
        case SegmentTableModel::RowState::New:      // a lost create found not to have happened
        case SegmentTableModel::RowState::ToDelete: // the same for a delete
            ++notSent;
            break;
        case SegmentTableModel::RowState::Unknown:
            ++unknown;
            break;
        case SegmentTableModel::RowState::Created:
            ++created;
            break;
        case SegmentTableModel::RowState::Conflict: // sending rows are never put in conflict
        case SegmentTableModel::RowState::Unchanged:
        case SegmentTableModel::RowState::Modified:
        case SegmentTableModel::RowState::Sending:
            // Edited again while the send was under way, or nothing left to send: counted as
            // updated when the server took it.
            ++updated;
            break;
        }
    }
    QStringList parts;
    const QLocale locale;
    if (updated || (!created && !deleted))
        parts.append(tr("%1 updated").arg(locale.toString(updated)));
    if (created)
        parts.append(tr("%1 created").arg(locale.toString(created)));
    if (deleted)
        parts.append(tr("%1 deleted").arg(locale.toString(deleted)));
    if (warned)
        parts.append(tr("%1 with warnings").arg(locale.toString(warned)));
    if (failed)
        parts.append(tr("%1 failed").arg(locale.toString(failed)));
    if (notSent)
        parts.append(tr("%1 not sent").arg(locale.toString(notSent)));
    if (unknown)
        parts.append(tr("%1 unknown (reconcile them before sending again)")
                             .arg(locale.toString(unknown)));
    QString text = (result.cancelled ? tr("Send cancelled: %1.") : tr("Send finished: %1."))
                           .arg(parts.join(QLatin1String(", ")));
    if (!result.applied.isEmpty())
        text += QLatin1Char(' ')
                + tr("Already on the server, from a send whose answer was lost: %1.")
                          .arg(result.applied.join(QLatin1String(", ")));
    const QStringList gone = result.gone + result.vanished;
    if (!gone.isEmpty())
        text += QLatin1Char(' ')
                + tr("No longer on the server: %1.").arg(gone.join(QLatin1String(", ")));
    if (!result.alreadyDeleted.isEmpty())
        text += QLatin1Char(' ')
                + tr("Already deleted on the server: %1.")
                          .arg(result.alreadyDeleted.join(QLatin1String(", ")));
    // What failed is said by what to do about it: a fix, or only time.
    const int needFix = failed - unavailable;
    if (needFix > 0)
        text += QLatin1Char(' ')
                + tr("%n of them need a fix first: the Problems panel says what; then choose "
                     "Retry Failed.",
                     nullptr, needFix);
    if (unavailable > 0)
        text += QLatin1Char(' ')
                + (result.requests > result.batches
                           ? tr("The server was unavailable for %n of them, also when tried "
                                "again: they need no fix; retry later.",
                                nullptr, unavailable)
                           : tr("The server was unavailable for %n of them: they need no fix; "
                                "retry later.",
                                nullptr, unavailable));
    if (failed > 0)
        text += QLatin1Char(' ') + tr("Your edits are kept.");
    if (notSent)
        text += QLatin1Char(' ') + tr("What was not sent keeps its edit: Retry Failed sends it.");
    if (!result.conflicts.isEmpty())
        text += QLatin1Char(' ')
                + tr("Not sent because the server's copies changed in fields you changed too: "
                     "%1. Choose Keep My Values or Take the Server's Values for each, then send "
                     "again.")
                          .arg(result.conflicts.join(QLatin1String(", ")));
    if (!result.batchProblems.isEmpty())
        text += QLatin1Char(' ')
                + tr("Problems about the whole send: %1.")
                          .arg(locale.toString(result.batchProblems.size()));
    if (!result.journalError.isEmpty())
        text += QLatin1Char(' ')
                + tr("%1 The send stopped there.").arg(sentence(result.journalError));

    MessageBar::Kind kind = MessageBar::Kind::Positive;
    if (failed || unknown || !result.batchProblems.isEmpty() || !gone.isEmpty()
        || !result.journalError.isEmpty())
        kind = MessageBar::Kind::Error;
    else if (warned || notSent || !result.conflicts.isEmpty())
        kind = MessageBar::Kind::Warning;
    if (unknown && !failed && !notSent)
        m_messageBar->showMessage(kind, text, m_reconcileAction);
    else
        m_messageBar->showMessage(kind, text, failed || notSent ? tr("Retry Failed") : QString());
    if (failed || warned || unknown || !result.batchProblems.isEmpty() || !gone.isEmpty())
        showProblemsDock();
}
