// The window's working-set files: open, save, save as, and asking before unsaved work goes.
#include "MainWindow.h"

#include "FilterBar.h"
#include "MessageBar.h"
#include "SegmentFilterProxy.h"
#include "SendWorkflow.h"
#include "WindowSupport.h"
#include "WorkingSet.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

using WindowSupport::sentence;

namespace {

QString fileFilter()
{
    return MainWindow::tr("Working sets (*.json);;All files (*)");
}

} // namespace

void MainWindow::showOpenDialog()
{
    if (m_busy != Busy::None)
        return;
    whenWorkIsSafe(tr("Opening a working set replaces the segments shown."), [this] {
        const QString dir = QSettings()
                                    .value(QLatin1String(WindowSupport::lastDirKey),
                                           QStandardPaths::writableLocation(
                                                   QStandardPaths::DocumentsLocation))
                                    .toString();
        auto *dialog = new QFileDialog(this, tr("Open Working Set"), dir, fileFilter());
        dialog->setObjectName(QStringLiteral("openWorkingSetDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this,
                [this](const QString &path) { openWorkingSet(path); });
        dialog->open();
    });
}

void MainWindow::save()
{
    if (m_currentFile.isEmpty())
        showSaveAsDialog();
    else
        saveWorkingSet(m_currentFile);
}

void MainWindow::showSaveAsDialog()
{
    saveThen({});
}

bool MainWindow::openWorkingSet(const QString &path)
{
    // The file is only read: one that is not a working set (another program's, a newer
    // version's, a damaged one) is left as it is, and Save does not go to it.
    QString error;
    std::optional<WorkingSet> set;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        error = file.errorString();
    else
        set = WorkingSet::fromJson(file.readAll(), &error);
    if (!set) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Could not open %1: %2 The file was left as it is.")
                                          .arg(QDir::toNativeSeparators(path), sentence(error)));
        return false;
    }
    adoptWorkingSet(set->segments, set->baseUrl, set->apiVersion, set->advertisers);
    m_currentFile = QFileInfo(path).absoluteFilePath();
    QSettings().setValue(QLatin1String(WindowSupport::lastDirKey), QFileInfo(path).absolutePath());
    m_undoStack->setClean();
    updateTitle();

    QString text = tr("Opened %1 (segments: %2, with changes: %3).")
                           .arg(QFileInfo(path).fileName(), QLocale().toString(m_model->rowCount()),
                                QLocale().toString(m_model->counts().modified));
    MessageBar::Kind kind = MessageBar::Kind::Positive;
    if (m_backend && m_backend->isConnected()) {
        const EditorBackend::ConnectionSettings connected = m_backend->connectionSettings();
        if ((!m_setBaseUrl.isEmpty()
             && m_setBaseUrl.adjusted(QUrl::StripTrailingSlash)
                     != connected.baseUrl.adjusted(QUrl::StripTrailingSlash))
            || (!m_setApiVersion.isEmpty() && m_setApiVersion != connected.apiVersion)) {
            kind = MessageBar::Kind::Warning;
            text += QLatin1Char(' ')
                    + tr("It was loaded from %1 (API %2); you are connected to %3 (API %4).")
                              .arg(m_setBaseUrl.toDisplayString(), m_setApiVersion,
                                   connected.baseUrl.toDisplayString(), connected.apiVersion);
        }
    }
    m_messageBar->showMessage(kind, text);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, SegmentTableModel::NameColumn));
    return true;
}

void MainWindow::adoptWorkingSet(const QList<WorkingSetEntry> &entries, const QUrl &baseUrl,
                                 const QString &apiVersion, const QList<Advertiser> &advertisers)
{
    // The names the file kept label its advertisers offline; a name the server gave in this
    // session is newer and stays.
    for (const Advertiser &a : advertisers)
        if (!a.name.isEmpty() && m_advertiserNames.value(a.id).isEmpty())
            m_advertiserNames.insert(a.id, a.name);
    m_model->setAdvertiserNames(m_advertiserNames);
    m_model->setWorkingSet(entries);
    m_setBaseUrl = baseUrl;
    m_setApiVersion = apiVersion;
    m_advertiserIds.clear();
    m_retryIds.clear();
    m_send->clearLostAnswers();
    QList<AudienceSegment> originals;
    for (const WorkingSetEntry &entry : entries) {
        originals.append(entry.original);
        if (entry.outcome
            && (entry.outcome->status == SegmentOutcome::Status::Failed
                || entry.outcome->status == SegmentOutcome::Status::NotSent))
            m_retryIds.insert(entry.original.id);
    }
    addAdvertisers(originals);
    refreshAdvertiserFilter();
}

WorkingSet MainWindow::currentWorkingSet(bool withSegments) const
{
    WorkingSet set;
    set.baseUrl = m_setBaseUrl;
    set.apiVersion = m_setApiVersion;
    if (m_backend && m_backend->isConnected()) {
        const EditorBackend::ConnectionSettings connected = m_backend->connectionSettings();
        set.baseUrl = connected.baseUrl;
        set.apiVersion = connected.apiVersion;
    }
    if (set.baseUrl.isEmpty())
        set.baseUrl = EditorBackend::ConnectionSettings().baseUrl;
    if (set.apiVersion.isEmpty())
        set.apiVersion = EditorBackend::ConnectionSettings().apiVersion;
    // The names of the segments' advertisers, so that the file shows them offline.
    for (const QString &id : std::as_const(m_advertiserIds)) {
        const QString name = m_advertiserNames.value(id);
        if (!name.isEmpty())
            set.advertisers.append({id, name});
    }
    if (withSegments)
        set.segments = m_send->entriesToSave();
    return set;
}

bool MainWindow::saveWorkingSet(const QString &path)
{
    const WorkingSet set = currentWorkingSet();
    QString error;
    if (!set.write(path, &error)) {
        m_messageBar->showMessage(
                MessageBar::Kind::Error,
                tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_currentFile = QFileInfo(path).absoluteFilePath();
    m_setBaseUrl = set.baseUrl;
    m_setApiVersion = set.apiVersion;
    QSettings().setValue(QLatin1String(WindowSupport::lastDirKey), QFileInfo(path).absolutePath());
    m_undoStack->setClean();
    setWindowModified(false);
    updateTitle();
    autosaveNow(); // the file holds the work now: the autosave goes, unless a send is unknown
    statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(m_currentFile)), 5000);
    return true;
}

void MainWindow::saveThen(std::function<void()> proceed)
{
    const QString dir = m_currentFile.isEmpty()
            ? QSettings()
                      .value(QLatin1String(WindowSupport::lastDirKey),
                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .toString()
            : QFileInfo(m_currentFile).absolutePath();
    auto *dialog = new QFileDialog(this, tr("Save Working Set"), dir, fileFilter());
    dialog->setObjectName(QStringLiteral("saveWorkingSetDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    if (!m_currentFile.isEmpty())
        dialog->selectFile(m_currentFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this, proceed](const QString &path) {
        if (saveWorkingSet(path) && proceed)
            proceed();
    });
    dialog->open();
}

void MainWindow::whenWorkIsSafe(const QString &question, std::function<void()> proceed)
{
    if (!hasUnsavedChanges()) {
        proceed();
        return;
    }
    auto *box
            = new QMessageBox(QMessageBox::Warning, tr("Unsaved Changes"),
                              tr("You have changes that are neither saved nor sent."),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChangesBox"));
    box->setInformativeText(question + QLatin1Char(' ') + tr("Save them in a working set first?"));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, proceed](int) {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Discard) {
            proceed();
        } else if (answer == QMessageBox::Save) {
            if (m_currentFile.isEmpty())
                saveThen(proceed);
            else if (saveWorkingSet(m_currentFile))
                proceed();
        }
    });
    box->open();
}
