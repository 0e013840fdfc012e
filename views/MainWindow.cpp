#include "MainWindow.h"

#include "SegmentFields.h"

#include "ConnectDialog.h"
#include "FilterBar.h"
#include "FindReplaceDialog.h"
#include "LoadDialog.h"
#include "MessageBar.h"
#include "PreviewDialog.h"
#include "ProblemsPanel.h"
#include "SegmentDetailsPanel.h"
#include "SegmentEditor.h"
#include "SegmentFilterProxy.h"
#include "SegmentInsightsController.h"
#include "SendWorkflow.h"
#include "WindowSupport.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

using WindowSupport::icon;
using WindowSupport::sentence;

namespace {

const char *const geometryKey = "window/geometry";
const char *const stateKey = "window/state";
const char *const splitterKey = "window/splitter";
const char *const chunkSizeKey = "send/chunkSize";
} // namespace

MainWindow::MainWindow(EditorBackend *backend, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
    , m_model(new SegmentTableModel(this))
    , m_proxy(new SegmentFilterProxy(this))
    , m_undoStack(new QUndoStack(this))
    , m_editor(new SegmentEditor(m_model, m_undoStack, this))
    , m_send(new SendWorkflow(m_model, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon("segment-editor"));
    m_proxy->setSourceModel(m_model);
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(m_autosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosaveNow);

    createActions();
    createSheetActions();
    createCentralArea();
    createDocks();
    createHistory();
    m_insights = new SegmentInsightsController(this);
    // A new segment has no size to compute and no audience yet: only its definition is estimated.
    m_insights->setIsSaved([this](const QString &id) {
        return m_model->contains(id) && m_model->lifecycle(id) != SegmentLifecycle::New;
    });
    createMenus();
    createToolBar();
    createStatusBar();
    connectBackend();
    connectSendWorkflow();

    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    connect(m_model, &SegmentTableModel::countsChanged, this, [this] {
        refreshCheckResult();
        updateCounts();
        updateActions();
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCounts();
        updateActions();
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    // Every change of the work (an edit, an undo, an outcome, an exclusion, a new set) is
    // autosaved a moment after the last one.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() >= SegmentTableModel::SizeColumn)
                    return; // sizes and usage are not part of the work
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    m_dirtyRows.insert(row);
                scheduleAutosave();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_dirtyRows.clear();
        m_autosaveAll = true;
        scheduleAutosave();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    m_dirtyRows.insert(row);
                scheduleAutosave();
            });
    // Rows taken away (deleted on the server, new ones undone) move the rest: save them all.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_dirtyRows.clear();
        m_autosaveAll = true;
        scheduleAutosave();
        updateCounts();
        updateActions();
        updateEmptyState();
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::scheduleAutosave);
    m_table->addAction(m_deleteAction); // its key works in the table (see createActions)
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::selectionChanged);
    connect(m_filterBar, &FilterBar::filtersChanged, this, &MainWindow::selectionChanged);

    m_chunkSize = qBound(1, QSettings().value(QLatin1String(chunkSizeKey), 50).toInt(), 1000);
    setUpColumnChooser(); // the columns as made above are its defaults
    restoreSettings();
    updateTitle();
    updateCounts();
    updateConnection();
    updateEmptyState();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The children (the undo stack emits cleanChanged while it is destroyed) outlive this
    // destructor inside ~QWidget: they must not call back into a window that is gone.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

// ---- construction

void MainWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);

    m_messageBar = new MessageBar(central);
    connect(m_messageBar, &MessageBar::actionTriggered, this, [this] {
        // The one action a message offers is the one that follows what it reports.
        if (m_retryAction->isEnabled())
            retryFailed();
        else if (!m_backend || !m_backend->isConnected())
            showConnectDialog();
    });
    layout->addWidget(m_messageBar);

    m_filterBar = new FilterBar(m_proxy, central);
    layout->addWidget(m_filterBar);

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("segmentTable"));
    m_table->setAccessibleName(tr("Segments"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SegmentTableModel::IdColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(tableEditTriggers(1));
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    const auto width = [this](const QString &sample) {
        return m_table->fontMetrics().horizontalAdvance(sample) + 24;
    };
    const QString sampleDate = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(22, 44, 44)),
                                                  QLocale::ShortFormat);
    // Wide enough for the longest word the column shows, in the language shown.
    using State = SegmentTableModel::RowState;
    int stateWidth = 0;
    for (const State state :
         {State::Unchanged, State::Modified, State::Invalid, State::Sending, State::Updated,
          State::Warned, State::Failed, State::NotSent, State::Unknown, State::Conflict})
        stateWidth = qMax(stateWidth, width(SegmentTableModel::stateText(state)));
    int typeWidth = 0;
    for (const SegmentType type : SegmentEnums::allSegmentTypes())
        typeWidth = qMax(typeWidth, width(SegmentFields::typeLabel(type)));
    header->resizeSection(SegmentTableModel::StateColumn, stateWidth + 20);
    header->resizeSection(SegmentTableModel::IdColumn, width(QStringLiteral("0000000")));
    header->resizeSection(SegmentTableModel::NameColumn, 210);
    header->resizeSection(SegmentTableModel::TypeColumn, typeWidth);
    header->resizeSection(SegmentTableModel::AdvertiserColumn, 150);
    header->resizeSection(SegmentTableModel::UpdatedAtColumn, width(sampleDate));
    header->resizeSection(SegmentTableModel::DescriptionColumn, 160);
    // The date last: the description gets what is left.
    header->moveSection(header->visualIndex(SegmentTableModel::UpdatedAtColumn),
                        header->visualIndex(SegmentTableModel::DescriptionColumn));
    for (QAction *action :
         {m_revertAction, m_excludeAction, m_reloadAction, m_keepMineAction, m_takeServerAction})
        m_table->addAction(action);

    m_emptyPage = new QWidget(central);
    m_emptyPage->setObjectName(QStringLiteral("emptyPage"));
    m_emptyLabel = new QLabel(m_emptyPage);
    m_emptyLabel->setObjectName(QStringLiteral("emptyHint"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    QFont hintFont = m_emptyLabel->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 1.2);
    m_emptyLabel->setFont(hintFont);
    m_emptyPrimary = new QPushButton(m_emptyPage);
    m_emptyPrimary->setObjectName(QStringLiteral("emptyPrimaryButton"));
    m_emptyOpen = new QPushButton(icon("action-open"), tr("&Open a working set…"), m_emptyPage);
    m_emptyOpen->setObjectName(QStringLiteral("emptyOpenButton"));
    connect(m_emptyPrimary, &QPushButton::clicked, this, [this] {
        if (m_backend && m_backend->isConnected())
            showLoadDialog();
        else
            showConnectDialog();
    });
    connect(m_emptyOpen, &QPushButton::clicked, this, &MainWindow::showOpenDialog);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_emptyPrimary);
    buttons->addWidget(m_emptyOpen);
    buttons->addStretch(1);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addSpacing(12);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch(3);

    m_tableStack = new QStackedWidget(central);
    m_tableStack->addWidget(m_emptyPage);
    m_tableStack->addWidget(m_table);

    m_details = new SegmentDetailsPanel(m_model, m_editor, central);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tableStack);
    m_splitter->addWidget(m_details);
    // The forms are the main editing surface: about 40 % of the width, and they keep it when
    // the window grows.
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({780, 520});
    layout->addWidget(m_splitter, 1);

    setCentralWidget(central);
}

void MainWindow::createDocks()
{
    m_problems = new ProblemsPanel(m_model, this);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    m_problemsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    connect(m_problems, &ProblemsPanel::problemActivated, this, &MainWindow::goToProblem);
    connect(m_problems, &ProblemsPanel::countChanged, this, [this](int count) {
        m_problemsDock->setWindowTitle(
                count > 0 ? tr("Problems (%1)").arg(QLocale().toString(count)) : tr("Problems"));
    });

    auto *history = new QUndoView(m_undoStack, this);
    history->setObjectName(QStringLiteral("undoView"));
    history->setAccessibleName(tr("Undo history"));
    history->setEmptyLabel(tr("As loaded"));
    m_historyDock = new QDockWidget(tr("Undo History"), this);
    m_historyDock->setObjectName(QStringLiteral("undoDock"));
    m_historyDock->setWidget(history);
    m_historyDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_problemsDock, m_historyDock);
    m_problemsDock->raise();
    // Five lines of problems: the rest of the height is the table's and the form's.
    resizeDocks({m_problemsDock}, {160}, Qt::Vertical);
}

void MainWindow::createStatusBar()
{
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("operationProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setDefaultAction(m_cancelAction);
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));

    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_connectionLabel);
    m_progressLabel->hide();
    m_progress->hide();
    m_cancelButton->hide();
}

void MainWindow::connectBackend()
{
    if (!m_backend)
        return;
    EditorBackend *b = m_backend;
    m_details->setInMarketCatalog(b->inMarketCatalog());
    connect(b, &EditorBackend::connectionChanged, this, [this] {
        // The catalog belongs to the connection: a new one, or none offline.
        m_details->setInMarketCatalog(m_backend->inMarketCatalog());
        updateConnection();
        updateEmptyState();
        updateActions();
    });
    connect(b, &EditorBackend::connectFinished, this, [this](bool ok, const QString &message) {
        if (m_busy == Busy::Connecting)
            setBusy(Busy::None);
        if (ok && m_model->counts().unknown > 0)
            m_messageBar->showMessage(
                    MessageBar::Kind::Warning,
                    tr("Connected: %1. Whether Criteo applied the last send of %2 segments is "
                       "unknown: reconcile them before sending again.")
                            .arg(m_backend->connectionDescription(),
                                 QLocale().toString(m_model->counts().unknown)),
                    m_reconcileAction);
        else if (ok && m_model->rowCount() > 0)
            // Work is shown (opened or restored): its message stays; the status bar says it.
            statusBar()->showMessage(tr("Connected: %1.").arg(m_backend->connectionDescription()),
                                     5000);
        else if (ok)
            m_messageBar->showMessage(MessageBar::Kind::Positive,
                                      tr("Connected: %1. Load segments to start.")
                                              .arg(m_backend->connectionDescription()));
        else if (!m_connectDialogOpen)
            m_messageBar->showMessage(MessageBar::Kind::Error, message, tr("Connect…"));
    });
    connect(b, &EditorBackend::notice, this, [this](const QString &message) {
        m_messageBar->showMessage(MessageBar::Kind::Warning, message);
    });
    connectLoading();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(geometryKey)).toByteArray())) {
        // Room for the table and a form beside it: up to 1600 × 1000 where the screen has it.
        QSize size(1280, 800);
        if (const QScreen *s = screen())
            size = size.expandedTo(
                    QSize(1600, 1000).boundedTo(s->availableGeometry().size() * 0.9));
        resize(size);
    }
    restoreState(settings.value(QLatin1String(stateKey)).toByteArray());
    m_splitter->restoreState(settings.value(QLatin1String(splitterKey)).toByteArray());
    m_table->horizontalHeader()->restoreState(
            settings.value(QLatin1String(WindowSupport::tableHeaderKey)).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(geometryKey), saveGeometry());
    settings.setValue(QLatin1String(stateKey), saveState());
    settings.setValue(QLatin1String(splitterKey), m_splitter->saveState());
    settings.setValue(QLatin1String(WindowSupport::tableHeaderKey),
                      m_table->horizontalHeader()->saveState());
}

// ---- public setters

void MainWindow::setConnectionPreset(const EditorBackend::ConnectionSettings &settings)
{
    m_connectionPreset = settings;
}

void MainWindow::setChunkSize(int chunkSize)
{
    m_chunkSize = qMax(1, chunkSize);
}

void MainWindow::setMaxConcurrentRequests(int requests)
{
    m_maxConcurrentRequests = qMax(1, requests);
}

bool MainWindow::hasUnsavedChanges() const
{
    return isWindowModified();
}

QStringList MainWindow::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    QList<QModelIndex> sorted = rows;
    std::sort(sorted.begin(), sorted.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(sorted))
        ids.append(index.data(SegmentTableModel::SegmentIdRole).toString());
    return ids;
}

bool MainWindow::selectSegment(const QString &id)
{
    const QModelIndex source = m_model->indexForId(id, SegmentTableModel::NameColumn);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_filterBar->clearFilters();
        index = m_proxy->mapFromSource(source);
        if (!index.isValid())
            return false;
    }
    m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void MainWindow::connectWith(const EditorBackend::ConnectionSettings &settings)
{
    if (!m_backend || m_busy != Busy::None)
        return;
    setBusy(Busy::Connecting, tr("Connecting…"));
    m_backend->connectToApi(settings);
}

// ---- dialogs

void MainWindow::showConnectDialog()
{
    if (!m_backend || m_busy != Busy::None)
        return;
    auto *dialog = new ConnectDialog(m_backend, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_backend->isConnected()) {
        EditorBackend::ConnectionSettings current = m_backend->connectionSettings();
        if (m_connectionPreset && current.clientId == m_connectionPreset->clientId)
            current = *m_connectionPreset;
        dialog->setSettings(current);
        dialog->setSaveSettings(m_backend->connectionKind()
                                == EditorBackend::ConnectionKind::Account);
    } else if (m_connectionPreset) {
        dialog->setSettings(*m_connectionPreset);
        dialog->setSaveSettings(false);
    }
    dialog->readRememberedSecret();
    m_connectDialogOpen = true;
    connect(dialog, &QDialog::finished, this, [this] { m_connectDialogOpen = false; });
    dialog->open();
}

void MainWindow::showFindReplace()
{
    if (m_model->rowCount() == 0)
        return;
    auto *dialog = new FindReplaceDialog(m_model, m_editor, selectedIds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showPreview()
{
    auto *dialog = new PreviewDialog(m_model, m_chunkSize, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreviewDialog::sendRequested, this, &MainWindow::send, Qt::QueuedConnection);
    dialog->open();
}

// ---- loading

// ---- working sets

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_busy == Busy::Sending) {
        event->ignore();
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("A send is under way. Cancel it and wait for the requests "
                                     "in flight before closing, so that every segment ends in a "
                                     "known state."));
        return;
    }
    if (!m_closeConfirmed && hasUnsavedChanges()) {
        event->ignore();
        whenWorkIsSafe(tr("Closing the window loses them."), [this] {
            m_closeConfirmed = true;
            close();
        });
        return;
    }
    if (m_backend && m_busy != Busy::None)
        m_backend->cancelLoad();
    saveSettings();
    // A clean close: the work is saved, sent or knowingly discarded. What a crashed window left
    // and the user was not asked about yet stays.
    if (m_recovery && !m_recoveryPending) {
        m_autosaveTimer->stop();
        m_recovery->removeAutosave();
        m_recovery->removeJournal();
    }
    event->accept();
}

// ---- editing

void MainWindow::revertSelection()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const int reverted = m_editor->revert(ids);
    statusBar()->showMessage(reverted > 0 ? tr("Reverted: %1.").arg(QLocale().toString(reverted))
                                          : tr("Nothing to revert."),
                             4000);
}

void MainWindow::toggleExcludeSelection()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const bool allExcluded = std::all_of(ids.cbegin(), ids.cend(), [this](const QString &id) {
        return m_model->isExcluded(id);
    });
    m_editor->setExcluded(ids, !allExcluded);
    updateActions();
}

void MainWindow::resolveSelection(bool keepMine)
{
    const int resolved = m_editor->resolveAllConflicts(
            selectedIds(),
            keepMine ? SegmentEditor::Resolution::KeepMine : SegmentEditor::Resolution::TakeServer);
    statusBar()->showMessage(
            resolved > 0 ? tr("Conflicts resolved: %1.").arg(QLocale().toString(resolved))
                         : tr("No selected segment is in conflict."),
            4000);
}

// A click on a row already selected renames it, as in a file manager, when it is the only one
// selected; within a selection of several, the click selects only that row (Qt decides whether
// to edit before it changes the selection, so the trigger follows the selection's size).
QAbstractItemView::EditTriggers MainWindow::tableEditTriggers(qsizetype selectedRows)
{
    QAbstractItemView::EditTriggers triggers
            = QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed;
    if (selectedRows <= 1)
        triggers |= QAbstractItemView::SelectedClicked;
    return triggers;
}

void MainWindow::selectionChanged()
{
    m_table->setEditTriggers(tableEditTriggers(m_table->selectionModel()->selectedRows().size()));
    m_details->showSegments(selectedIds());
    updateActions();
}

// ---- state display

void MainWindow::setBusy(Busy busy, const QString &text)
{
    m_busy = busy;
    const bool working = busy != Busy::None;
    m_progressLabel->setText(text);
    m_progressLabel->setVisible(working);
    m_progress->setVisible(working);
    m_cancelButton->setVisible(working && busy != Busy::Connecting);
    if (working) {
        m_progress->setRange(0, 0);
        m_progress->setValue(0);
    }
    m_cancelAction->setEnabled(working && busy != Busy::Connecting);
    updateActions();
    updateEmptyState();
}

void MainWindow::updateActions()
{
    const bool idle = m_busy == Busy::None;
    const bool connected = m_backend && m_backend->isConnected();
    const bool hasSelection = m_table->selectionModel()->hasSelection();
    const SegmentTableModel::Counts counts = m_model->counts();
    m_connectAction->setEnabled(idle);
    m_loadAction->setEnabled(idle && connected);
    m_reloadAction->setEnabled(idle && connected && hasSelection);
    m_openAction->setEnabled(idle);
    m_saveAction->setEnabled(idle);
    m_saveAsAction->setEnabled(idle);
    m_revertAction->setEnabled(hasSelection && m_busy != Busy::Sending);
    m_excludeAction->setEnabled(hasSelection);
    m_keepMineAction->setEnabled(hasSelection && counts.conflicts > 0);
    m_takeServerAction->setEnabled(hasSelection && counts.conflicts > 0);
    m_checkAction->setEnabled(counts.loaded > 0);
    m_findReplaceAction->setEnabled(counts.loaded > 0 && m_busy != Busy::Sending);
    m_previewAction->setEnabled(idle && counts.modified > 0);
    m_sendAction->setEnabled(idle && connected && counts.modified > 0);
    m_retryAction->setEnabled(
            idle && connected
            && (!m_retryIds.isEmpty() || counts.failed > 0 || counts.notSent > 0));
    // Also offline: it says to connect first.
    m_reconcileAction->setEnabled(idle && counts.unknown > 0);
    m_nextProblemAction->setEnabled(counts.loaded > 0);
    m_previousProblemAction->setEnabled(counts.loaded > 0);
    updateLifecycleActions(hasSelection);
    updateSheetActions();
    updateHistoryActions();
}

void MainWindow::updateCounts()
{
    const SegmentTableModel::Counts c = m_model->counts();
    const QLocale locale;
    QString text = tr("%1 loaded · %2 modified · %3 invalid · %4 failed · %5 warned")
                           .arg(locale.toString(c.loaded), locale.toString(c.modified),
                                locale.toString(c.invalid), locale.toString(c.failed),
                                locale.toString(c.warned));
    if (c.notSent > 0)
        text += tr(" · %1 not sent").arg(locale.toString(c.notSent));
    if (c.unknown > 0)
        text += tr(" · %1 unknown").arg(locale.toString(c.unknown));
    if (c.conflicts > 0)
        text += tr(" · %1 in conflict").arg(locale.toString(c.conflicts));
    if (c.excluded > 0)
        text += tr(" · %1 excluded").arg(locale.toString(c.excluded));
    if (c.toCreate > 0)
        text += tr(" · %1 new").arg(locale.toString(c.toCreate));
    if (c.toDelete > 0)
        text += tr(" · %1 to delete").arg(locale.toString(c.toDelete));
    m_countsLabel->setText(text);
}

void MainWindow::updateConnection()
{
    const EditorBackend::ConnectionKind kind
            = m_backend ? m_backend->connectionKind() : EditorBackend::ConnectionKind::Offline;
    QString text;
    switch (kind) {
    case EditorBackend::ConnectionKind::Offline:
        text = tr("Offline");
        break;
    case EditorBackend::ConnectionKind::Demo:
    case EditorBackend::ConnectionKind::Account:
        text = m_backend->connectionDescription();
        break;
    }
    m_connectionLabel->setText(text);
    m_connectionLabel->setToolTip(kind == EditorBackend::ConnectionKind::Offline
                                          ? tr("Not connected: working sets can be opened, "
                                               "edited and saved.")
                                          : text);
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (!empty || m_busy == Busy::Loading) {
        m_tableStack->setCurrentWidget(m_table);
        return;
    }
    const bool connected = m_backend && m_backend->isConnected();
    if (connected) {
        m_emptyLabel->setText(tr("Connected to %1.\nLoad segments to start, or open a working set.")
                                      .arg(m_backend->connectionDescription()));
        m_emptyPrimary->setText(tr("&Load segments…"));
        m_emptyPrimary->setIcon(icon("action-load"));
    } else {
        m_emptyLabel->setText(tr("Connect and load segments, or open a working set."));
        m_emptyPrimary->setText(tr("&Connect…"));
        m_emptyPrimary->setIcon(icon("action-connect"));
    }
    m_tableStack->setCurrentWidget(m_emptyPage);
}

void MainWindow::updateTitle()
{
    const QString name
            = m_currentFile.isEmpty() ? tr("Untitled") : QFileInfo(m_currentFile).fileName();
    setWindowTitle(tr("%1[*] — Segment Editor").arg(name));
    setWindowFilePath(m_currentFile);
}
