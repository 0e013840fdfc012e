// The window's part in nothing being lost: the autosave of its work, what a crashed window left
// (RecoveryStore), and restoring it with the journal of its last send replayed on top.
#include "MainWindow.h"

#include "MessageBar.h"
#include "SegmentFilterProxy.h"
#include "SendWorkflow.h"
#include "WindowSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using WindowSupport::sentence;

bool MainWindow::enableRecovery(const QString &folder, RecoveryStore::Clock clock)
{
    m_autosaveTimer->stop();
    m_leftover.reset();
    m_recoveryPending = false;
    m_recovery = std::make_unique<RecoveryStore>(folder, std::move(clock));
    QString error;
    if (!m_recovery->acquire(&error)) {
        m_recovery.reset();
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("Your work is not autosaved in this window: %1 Save it in a "
                                     "working set from time to time.")
                                          .arg(error));
        return false;
    }
    RecoveryStore::Leftover leftover = m_recovery->takeLeftover();
    if (!leftover.autosaveError.isEmpty() && leftover.autosaveKeptAs.isEmpty()) {
        // It can be neither read nor moved aside: writing ours would destroy it.
        const QString path = QDir::toNativeSeparators(m_recovery->autosavePath());
        m_recovery.reset();
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The autosave %1 can be neither read nor moved aside: %2 It "
                                     "is left as it is, and this window does not autosave: save "
                                     "your work in a working set.")
                                          .arg(path, sentence(leftover.autosaveError)));
        return false;
    }
    if (!leftover.isEmpty()) {
        m_leftover = std::move(leftover);
        m_recoveryPending = true;
    }
    return true;
}

QString MainWindow::autosavePath() const
{
    return m_recovery ? m_recovery->autosavePath() : QString();
}

QString MainWindow::journalPath() const
{
    return m_recovery ? m_recovery->journalPath() : QString();
}

void MainWindow::setAutosaveDelay(int milliseconds)
{
    m_autosaveDelayMs = qMax(0, milliseconds);
    m_autosaveTimer->setInterval(m_autosaveDelayMs);
}

bool MainWindow::needsAutosave() const
{
    // Unknown rows too: what the server holds is not known, so the files cannot say it either.
    return hasUnsavedChanges() || m_send->isJournalOpen() || m_model->counts().unknown > 0;
}

void MainWindow::scheduleAutosave()
{
    if (!m_recovery || m_recoveryPending)
        return;
    m_autosaveTimer->start(m_autosaveDelayMs);
}

void MainWindow::autosaveNow()
{
    QString error;
    if (!writeAutosave(&error)) {
        if (error != m_autosaveError)
            m_messageBar->showMessage(MessageBar::Kind::Warning,
                                      tr("Autosave failed: %1 Save your work in a working set "
                                         "to be safe.")
                                              .arg(sentence(error)));
        m_autosaveError = error;
        return;
    }
    m_autosaveError.clear();
}

bool MainWindow::writeAutosave(QString *error)
{
    if (!m_recovery || m_recoveryPending)
        return true;
    m_autosaveTimer->stop();
    if (!needsAutosave()) {
        m_recovery->removeAutosave();
        m_autosaveAll = true;
        return true;
    }
    if (m_autosaveAll || !m_recovery->canUpdateAutosave()) {
        if (!m_recovery->writeAutosave(currentWorkingSet(), m_currentFile, error))
            return false;
    } else {
        // Only the rows that changed since the last autosave: the cost follows the edit.
        QList<int> rows(m_dirtyRows.cbegin(), m_dirtyRows.cend());
        std::sort(rows.begin(), rows.end());
        QList<QPair<int, WorkingSetEntry>> entries;
        entries.reserve(rows.size());
        for (const int row : std::as_const(rows))
            if (row < m_model->rowCount())
                entries.append({row, m_send->entryToSave(row)});
        WorkingSet members = currentWorkingSet(false);
        if (!m_recovery->updateAutosave(members, m_model->rowCount(), entries, m_currentFile,
                                        error))
            return false;
    }
    m_dirtyRows.clear();
    m_autosaveAll = false;
    Q_EMIT autosaved(m_recovery->autosavePath());
    return true;
}

QList<WorkingSetEntry> MainWindow::recoveredEntries(const RecoveryStore::Leftover &leftover,
                                                    QHash<QString, SendWorkflow::SentChange> *lost)
{
    QList<WorkingSetEntry> entries
            = leftover.autosave ? leftover.autosave->segments : QList<WorkingSetEntry>();
    if (leftover.journal)
        entries = SendWorkflow::replayJournal(std::move(entries), *leftover.journal, lost);
    return entries;
}

QString MainWindow::leftoverNotes(const RecoveryStore::Leftover &leftover) const
{
    QStringList notes;
    if (!leftover.autosaveError.isEmpty())
        notes.append(tr("The autosave of the last session could not be read: %1 It is kept as "
                        "%2; nothing was written over it.")
                             .arg(sentence(leftover.autosaveError),
                                  QDir::toNativeSeparators(leftover.autosaveKeptAs)));
    if (!leftover.journalError.isEmpty())
        notes.append(tr("The send journal of the last session could not be read: %1 It is kept "
                        "as %2. Reload the segments you sent last before sending them again.")
                             .arg(sentence(leftover.journalError),
                                  QDir::toNativeSeparators(leftover.journalKeptAs)));
    if (leftover.journal && !leftover.autosave) {
        QStringList ids;
        for (const SendJournal::Pending &pending : leftover.journal->unanswered)
            ids.append(pending.segmentId);
        if (!ids.isEmpty())
            notes.append(tr("A send was under way when Segment Editor stopped, and there is no "
                            "autosave to restore: whether Criteo applied the changes of segments "
                            "%1 is unknown. Load them to see what the server holds.")
                                 .arg(ids.join(QLatin1String(", "))));
    }
    return notes.join(QLatin1Char(' '));
}

bool MainWindow::offerRecovery()
{
    if (!m_recovery || !m_recoveryPending || !m_leftover)
        return false;
    const RecoveryStore::Leftover leftover = *m_leftover;
    const QString notes = leftoverNotes(leftover);
    if (!leftover.hasWork()) {
        // Nothing to restore: only files that could not be read, or a journal alone.
        if (leftover.journal)
            m_recovery->keepAside(m_recovery->journalPath());
        m_leftover.reset();
        m_recoveryPending = false;
        m_messageBar->showMessage(MessageBar::Kind::Error, notes);
        scheduleAutosave();
        return true;
    }

    QHash<QString, SendWorkflow::SentChange> sent;
    const QList<WorkingSetEntry> entries = recoveredEntries(leftover, &sent);
    int changed = 0;
    int unknown = 0;
    for (const WorkingSetEntry &entry : entries) {
        if (entry.hasChange())
            ++changed;
        if (entry.outcome && entry.outcome->status == SegmentOutcome::Status::Unknown)
            ++unknown;
    }
    const QLocale locale;
    QStringList details;
    details.append(tr("The autosave from %1 holds %2 segments, %3 of them with changes.")
                           .arg(locale.toString(leftover.savedAt, QLocale::ShortFormat),
                                locale.toString(entries.size()), locale.toString(changed)));
    if (!leftover.sourceFile.isEmpty())
        details.append(tr("They come from the working set %1.")
                               .arg(QDir::toNativeSeparators(leftover.sourceFile)));
    if (unknown > 0)
        details.append(tr("%1 of them were being sent: whether Criteo applied them is unknown "
                          "until you reconcile them.")
                               .arg(locale.toString(unknown)));
    if (!notes.isEmpty())
        details.append(notes);
    details.append(tr("Restore it to go on where you stopped, or discard it."));

    auto *box = new QMessageBox(QMessageBox::Question, tr("Restore Your Work"),
                                tr("Segment Editor stopped before your work was saved or sent."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("recoveryBox"));
    box->setInformativeText(details.join(QLatin1Char(' ')));
    QPushButton *restore = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("recoveryRestoreButton"));
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("recoveryDiscardButton"));
    box->setDefaultButton(restore);
    // Closing the question keeps the work: discarding an hour of it takes the explicit button.
    box->setEscapeButton(restore);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, discard](int) {
        if (box->clickedButton() == discard)
            discardLeftover();
        else
            restoreLeftover();
    });
    box->open();
    return true;
}

void MainWindow::restoreLeftover()
{
    if (!m_leftover || !m_leftover->autosave)
        return;
    const RecoveryStore::Leftover leftover = *m_leftover;
    QHash<QString, SendWorkflow::SentChange> sent;
    const QList<WorkingSetEntry> entries = recoveredEntries(leftover, &sent);
    adoptWorkingSet(entries, leftover.autosave->baseUrl, leftover.autosave->apiVersion,
                    leftover.autosave->advertisers);
    m_send->setLostAnswers(sent);
    m_currentFile = leftover.sourceFile;
    // Unsaved until saved: no undo reaches a state that is in a file.
    m_undoStack->resetClean();
    setWindowModified(true);
    updateTitle();
    m_leftover.reset();
    m_recoveryPending = false;
    // The restored work, with the journal's unknown rows, replaces what the crash left.
    autosaveNow();
    m_recovery->removeJournal();

    const SegmentTableModel::Counts counts = m_model->counts();
    const QLocale locale;
    QString text = tr("Restored %1 segments (%2 with changes) from the autosave of %3.")
                           .arg(locale.toString(counts.loaded), locale.toString(counts.modified),
                                locale.toString(leftover.savedAt, QLocale::ShortFormat));
    const QString notes = leftoverNotes(leftover);
    if (!notes.isEmpty())
        text += QLatin1Char(' ') + notes;
    if (counts.unknown > 0) {
        text += QLatin1Char(' ')
                + tr("%1 segments were being sent when Segment Editor stopped: whether Criteo "
                     "applied them is unknown. Reconcile them before sending again.")
                          .arg(locale.toString(counts.unknown));
        m_messageBar->showMessage(MessageBar::Kind::Warning, text, m_reconcileAction);
    } else {
        m_messageBar->showMessage(
                notes.isEmpty() ? MessageBar::Kind::Positive : MessageBar::Kind::Warning, text);
    }
    const QStringList unknown = SendWorkflow::unknownIds(m_model);
    if (!unknown.isEmpty())
        selectSegment(unknown.constFirst());
    else if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, SegmentTableModel::NameColumn));
    updateActions();
}

void MainWindow::discardLeftover()
{
    if (m_recovery) {
        m_recovery->removeAutosave();
        m_recovery->removeJournal();
    }
    const QString notes = m_leftover ? leftoverNotes(*m_leftover) : QString();
    m_leftover.reset();
    m_recoveryPending = false;
    m_messageBar->showMessage(
            notes.isEmpty() ? MessageBar::Kind::Information : MessageBar::Kind::Warning,
            QString(tr("The work of the last session was discarded.") + QLatin1Char(' ') + notes)
                    .trimmed());
    scheduleAutosave();
}
