#include "MainWindow.h"

#include "SegmentFields.h"

#include "ConnectDialog.h"
#include "FilterBar.h"
#include "FindReplaceDialog.h"
#include "LoadDialog.h"
#include "MessageBar.h"
#include "PatchBuilder.h"
#include "PreviewDialog.h"
#include "ProblemsPanel.h"
#include "SegmentDetailsPanel.h"
#include "SegmentEditor.h"
#include "SegmentFilterProxy.h"
#include "SendReconciler.h"
#include "WorkingSet.h"

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

namespace {

const char *const geometryKey = "window/geometry";
const char *const stateKey = "window/state";
const char *const splitterKey = "window/splitter";
const char *const headerKey = "window/tableHeader";
const char *const chunkSizeKey = "send/chunkSize";
const char *const lastDirKey = "workingSet/lastDirectory";

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

QString fileFilter()
{
    return MainWindow::tr("Working sets (*.json);;All files (*)");
}

// A message that ends with a full stop, for putting sentences one after the other.
QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?'))
        && !text.endsWith(QLatin1Char('!')))
        text += QLatin1Char('.');
    return text;
}

} // namespace

MainWindow::MainWindow(EditorBackend *backend, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
    , m_model(new SegmentTableModel(this))
    , m_proxy(new SegmentFilterProxy(this))
    , m_undoStack(new QUndoStack(this))
    , m_editor(new SegmentEditor(m_model, m_undoStack, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon("segment-editor"));
    m_proxy->setSourceModel(m_model);
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(m_autosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosaveNow);

    createActions();
    createCentralArea();
    createDocks();
    createMenus();
    createToolBar();
    createStatusBar();
    connectBackend();

    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    connect(m_model, &SegmentTableModel::countsChanged, this, [this] {
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
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::scheduleAutosave);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleAutosave);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::scheduleAutosave);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::scheduleAutosave);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::selectionChanged);
    connect(m_filterBar, &FilterBar::filtersChanged, this, &MainWindow::selectionChanged);

    m_chunkSize = qBound(1, QSettings().value(QLatin1String(chunkSizeKey), 50).toInt(), 1000);
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

void MainWindow::createActions()
{
    const auto make = [this](const char *objectName, const QString &text, const char *iconName,
                             const QKeySequence &shortcut, void (MainWindow::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(objectName));
        if (iconName)
            action->setIcon(icon(iconName));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        if (slot)
            connect(action, &QAction::triggered, this, slot);
        return action;
    };

    m_connectAction = make("actionConnect", tr("&Connect…"), "action-connect", {},
                           &MainWindow::showConnectDialog);
    m_connectAction->setIconText(tr("Connect"));
    m_connectAction->setToolTip(tr("Connect to the Criteo API with your client id and secret"));
    m_loadAction = make("actionLoad", tr("&Load Segments…"), "action-load",
                        QKeySequence(Qt::CTRL | Qt::Key_L), &MainWindow::showLoadDialog);
    m_loadAction->setIconText(tr("Load"));
    m_loadAction->setToolTip(tr("Load the segments of one or more advertisers (Ctrl+L)"));
    m_reloadAction = make("actionReload", tr("&Reload Selected"), "action-reload",
                          QKeySequence::Refresh, &MainWindow::reloadSelected);
    m_reloadAction->setIconText(tr("Reload"));
    m_reloadAction->setToolTip(
            tr("Read the selected segments from the server again; your edits are kept (F5)"));
    m_openAction = make("actionOpen", tr("&Open Working Set…"), "action-open", QKeySequence::Open,
                        &MainWindow::showOpenDialog);
    m_saveAction = make("actionSave", tr("&Save Working Set"), "action-save", QKeySequence::Save,
                        &MainWindow::save);
    m_saveAsAction = make("actionSaveAs", tr("Save Working Set &As…"), nullptr,
                          QKeySequence::SaveAs, &MainWindow::showSaveAsDialog);
    m_quitAction = make("actionQuit", tr("&Quit"), nullptr, QKeySequence::Quit, nullptr);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(icon("action-undo"));
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(icon("action-redo"));
    m_revertAction
            = make("actionRevert", tr("Re&vert Selected Segments"), "action-revert",
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &MainWindow::revertSelection);
    m_revertAction->setToolTip(tr("Return the selected segments to the server's version "
                                  "(Ctrl+Shift+R; undoable)"));
    m_excludeAction = make("actionExclude", tr("E&xclude From Send"), "action-exclude",
                           QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::toggleExcludeSelection);
    m_excludeAction->setToolTip(
            tr("Leave the selected segments out of the next send, or take them back in"));
    m_keepMineAction = make("actionKeepMine", tr("Keep &My Values"), nullptr, {}, nullptr);
    m_keepMineAction->setToolTip(tr("For the selected segments in conflict: your values stay and "
                                    "will overwrite the server's on the next send"));
    connect(m_keepMineAction, &QAction::triggered, this, [this] { resolveSelection(true); });
    m_takeServerAction
            = make("actionTakeServer", tr("Take the Server's &Values"), nullptr, {}, nullptr);
    m_takeServerAction->setToolTip(tr("For the selected segments in conflict: the server's "
                                      "values replace yours in the fields both changed"));
    connect(m_takeServerAction, &QAction::triggered, this, [this] { resolveSelection(false); });
    m_findAction = make("actionFind", tr("&Find"), "action-find", QKeySequence::Find, nullptr);
    connect(m_findAction, &QAction::triggered, this, [this] { m_filterBar->focusSearch(); });
    m_findReplaceAction = make("actionFindReplace", tr("Find and Re&place…"), nullptr,
                               QKeySequence(Qt::CTRL | Qt::Key_H), &MainWindow::showFindReplace);
    m_findReplaceAction->setToolTip(tr("Find and replace text in the names and descriptions of "
                                       "the selected segments or of all of them (Ctrl+H)"));

    m_checkAction = make("actionCheck", tr("C&heck Changes"), "action-check",
                         QKeySequence(Qt::Key_F7), &MainWindow::check);
    m_checkAction->setIconText(tr("Check"));
    m_checkAction->setToolTip(tr("Check every change before sending (F7)"));
    m_previewAction
            = make("actionPreview", tr("&Preview Send…"), "action-preview",
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &MainWindow::showPreview);
    m_previewAction->setIconText(tr("Preview"));
    m_previewAction->setToolTip(
            tr("See exactly what would be sent, and leave segments out (Ctrl+Shift+P)"));
    m_sendAction = make("actionSend", tr("&Send Changes"), "action-send",
                        QKeySequence(Qt::CTRL | Qt::Key_Return), &MainWindow::send);
    m_sendAction->setIconText(tr("Send"));
    m_sendAction->setToolTip(tr("Send every valid change to Criteo (Ctrl+Return)"));
    m_retryAction
            = make("actionRetryFailed", tr("Retry &Failed"), "action-retry",
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), &MainWindow::retryFailed);
    m_retryAction->setToolTip(tr("Send again only the segments that failed or were not sent "
                                 "(Ctrl+Shift+Return)"));
    m_reconcileAction = make("actionReconcile", tr("Reconcile &Unknown Segments"), "action-reload",
                             {}, &MainWindow::reconcileUnknown);
    m_reconcileAction->setToolTip(
            tr("Read the segments whose send answer was lost from the server, and see whether "
               "your change is there"));
    // No Escape shortcut: Escape belongs to the editor open in the table, and must not stop a
    // send. The button next to the progress bar is in the Tab order.
    m_cancelAction = make("actionCancel", tr("Ca&ncel"), "action-cancel", {},
                          &MainWindow::cancelOperation);
    m_cancelAction->setToolTip(tr("Stop loading or sending; what is under way finishes first"));
    m_nextProblemAction = make("actionNextProblem", tr("&Next Problem"), "action-next-problem",
                               QKeySequence(Qt::Key_F8), &MainWindow::nextProblem);
    m_previousProblemAction
            = make("actionPreviousProblem", tr("P&revious Problem"), "action-previous-problem",
                   QKeySequence(Qt::SHIFT | Qt::Key_F8), &MainWindow::previousProblem);
    m_aboutAction = make("actionAbout", tr("&About Segment Editor"), nullptr, {}, nullptr);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(
                this, tr("About Segment Editor"),
                tr("<h3>Segment Editor %1</h3><p>Edit Criteo audience segments offline and send "
                   "every change in one bulk update.</p>")
                        .arg(QApplication::applicationVersion().toHtmlEscaped()));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_connectAction);
    file->addAction(m_loadAction);
    file->addAction(m_reloadAction);
    file->addSeparator();
    file->addAction(m_openAction);
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_revertAction);
    edit->addAction(m_excludeAction);
    edit->addSeparator();
    edit->addAction(m_keepMineAction);
    edit->addAction(m_takeServerAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_findReplaceAction);

    QMenu *segments = menuBar()->addMenu(tr("&Segments"));
    segments->addAction(m_checkAction);
    segments->addAction(m_nextProblemAction);
    segments->addAction(m_previousProblemAction);
    segments->addSeparator();
    segments->addAction(m_previewAction);
    segments->addAction(m_sendAction);
    segments->addAction(m_retryAction);
    segments->addAction(m_reconcileAction);
    segments->addAction(m_cancelAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_problemsDock->toggleViewAction());
    view->addAction(m_historyDock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    bar->addAction(m_connectAction);
    bar->addAction(m_loadAction);
    bar->addAction(m_reloadAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_checkAction);
    bar->addAction(m_previewAction);
    bar->addAction(m_sendAction);
    bar->addAction(m_retryAction);
    // Undo and redo show only their icons: their text names the step and would jump about.
    for (QAction *action : {m_undoAction, m_redoAction})
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
}

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
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
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
        stateWidth = qMax(stateWidth,
                          width(QStringLiteral("Δ ") + SegmentTableModel::stateText(state)));
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
    connect(b, &EditorBackend::segmentsPageLoaded, this,
            [this](const QList<AudienceSegment> &segments) {
                if (m_busy != Busy::Loading)
                    return;
                addAdvertisers(segments);
                m_model->appendSegments(segments);
            });
    connect(b, &EditorBackend::loadProgress, this, [this](qint64 loaded, qint64 total) {
        if (m_busy != Busy::Loading && m_busy != Busy::Reloading && m_busy != Busy::Checking
            && m_busy != Busy::Reconciling)
            return;
        m_progress->setRange(0, total > 0 ? int(qMin<qint64>(total, INT_MAX)) : 0);
        m_progress->setValue(int(qMin<qint64>(loaded, INT_MAX)));
    });
    connect(b, &EditorBackend::loadFinished, this, [this](const QString &error, bool cancelled) {
        if (m_busy != Busy::Loading)
            return;
        setBusy(Busy::None);
        const QString loaded
                = tr("Segments loaded: %1.").arg(QLocale().toString(m_model->rowCount()));
        if (!error.isEmpty())
            m_messageBar->showMessage(MessageBar::Kind::Error,
                                      tr("Loading stopped: %1 %2").arg(error, loaded));
        else if (cancelled)
            m_messageBar->showMessage(MessageBar::Kind::Information,
                                      tr("Loading cancelled. %1").arg(loaded));
        else
            m_messageBar->showMessage(MessageBar::Kind::Positive, loaded);
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_proxy->index(0, SegmentTableModel::NameColumn));
    });
    connect(b, &EditorBackend::reloadFinished, this,
            [this](const QList<AudienceSegment> &segments, const QStringList &missingIds,
                   const QString &error) {
                if (m_busy == Busy::Checking) {
                    serverCopiesRead(segments, missingIds, error);
                    return;
                }
                if (m_busy == Busy::Reconciling) {
                    reconcileFinished(segments, missingIds, error);
                    return;
                }
                if (m_busy != Busy::Reloading)
                    return;
                setBusy(Busy::None);
                m_model->replaceOriginals(segments);
                for (const AudienceSegment &s : segments)
                    m_retryIds.remove(s.id);
                QString text = tr("Reloaded from the server: %1. Your edits are kept.")
                                       .arg(QLocale().toString(segments.size()));
                if (!missingIds.isEmpty())
                    text += QLatin1Char(' ')
                            + tr("Not found on the server any more: %1.")
                                      .arg(missingIds.join(QLatin1String(", ")));
                if (!error.isEmpty())
                    m_messageBar->showMessage(MessageBar::Kind::Error,
                                              tr("Reloading stopped: %1 %2").arg(error, text));
                else
                    m_messageBar->showMessage(missingIds.isEmpty() ? MessageBar::Kind::Positive
                                                                   : MessageBar::Kind::Warning,
                                              text);
            });
    // Direct: the journal must hold the chunk before its request leaves.
    connect(b, &EditorBackend::chunkStarted, this, &MainWindow::recordChunk);
    connect(b, &EditorBackend::chunkFinished, this, &MainWindow::applyOutcomes);
    connect(b, &EditorBackend::sendProgress, this, [this](int done, int total) {
        if (m_busy != Busy::Sending)
            return;
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(b, &EditorBackend::sendFinished, this, &MainWindow::sendFinished);
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
            settings.value(QLatin1String(headerKey)).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(geometryKey), saveGeometry());
    settings.setValue(QLatin1String(stateKey), saveState());
    settings.setValue(QLatin1String(splitterKey), m_splitter->saveState());
    settings.setValue(QLatin1String(headerKey), m_table->horizontalHeader()->saveState());
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

void MainWindow::showLoadDialog()
{
    if (!m_backend || m_busy != Busy::None)
        return;
    if (!m_backend->isConnected()) {
        showConnectDialog();
        return;
    }
    auto *dialog = new LoadDialog(m_backend, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        for (const Advertiser &advertiser : dialog->advertisers())
            m_advertiserNames.insert(advertiser.id, advertiser.name);
        loadSegments(dialog->query());
    });
    dialog->open();
}

void MainWindow::showOpenDialog()
{
    if (m_busy != Busy::None)
        return;
    whenWorkIsSafe(tr("Opening a working set replaces the segments shown."), [this] {
        const QString dir = QSettings()
                                    .value(QLatin1String(lastDirKey),
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

void MainWindow::loadSegments(const EditorBackend::SegmentQuery &query)
{
    if (!m_backend || m_busy != Busy::None)
        return;
    whenWorkIsSafe(tr("Loading replaces the segments shown."), [this, query] { startLoad(query); });
}

void MainWindow::startLoad(const EditorBackend::SegmentQuery &query)
{
    if (!m_backend || m_busy != Busy::None)
        return;
    m_messageBar->clear();
    m_model->setSegments({});
    m_model->setAdvertiserNames(m_advertiserNames);
    m_advertiserIds.clear();
    refreshAdvertiserFilter();
    m_retryIds.clear();
    m_unknownSends.clear();
    m_currentFile.clear();
    m_setBaseUrl.clear();
    m_setApiVersion.clear();
    updateTitle();
    if (!m_backend->loadSegments(query)) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Loading could not start: another operation is under way."));
        return;
    }
    setBusy(Busy::Loading, tr("Loading segments…"));
}

void MainWindow::reloadSelected()
{
    const QStringList ids = selectedIds();
    if (!m_backend || m_busy != Busy::None || ids.isEmpty() || !m_backend->isConnected())
        return;
    if (m_backend->reloadSegments(ids))
        setBusy(Busy::Reloading, tr("Reloading segments: %1…").arg(QLocale().toString(ids.size())));
}

void MainWindow::addAdvertisers(const QList<AudienceSegment> &segments)
{
    const qsizetype before = m_advertiserIds.size();
    for (const AudienceSegment &s : segments)
        m_advertiserIds.insert(s.advertiserId);
    if (m_advertiserIds.size() != before)
        refreshAdvertiserFilter();
}

void MainWindow::refreshAdvertiserFilter()
{
    QList<QPair<QString, QString>> items;
    for (const QString &id : std::as_const(m_advertiserIds)) {
        const QString name = m_advertiserNames.value(id);
        items.append(
                {id, name.isEmpty() ? id : tr("%1 (%2)", "advertiser name (id)").arg(name, id)});
    }
    std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    m_filterBar->setAdvertisers(items);
}

// ---- working sets

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
    adoptWorkingSet(set->segments, set->baseUrl, set->apiVersion);
    m_currentFile = QFileInfo(path).absoluteFilePath();
    QSettings().setValue(QLatin1String(lastDirKey), QFileInfo(path).absolutePath());
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
                                 const QString &apiVersion)
{
    m_model->setWorkingSet(entries);
    m_setBaseUrl = baseUrl;
    m_setApiVersion = apiVersion;
    m_advertiserIds.clear();
    m_retryIds.clear();
    m_unknownSends.clear();
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

WorkingSet MainWindow::currentWorkingSet() const
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
    set.segments = m_model->workingSetEntries();
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
    QSettings().setValue(QLatin1String(lastDirKey), QFileInfo(path).absolutePath());
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
                      .value(QLatin1String(lastDirKey),
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

// ---- check

void MainWindow::check()
{
    const QList<SegmentTableModel::Change> changes = m_model->changes();
    QStringList invalid;
    for (const SegmentTableModel::Change &change : changes)
        if (change.state == SegmentTableModel::RowState::Invalid)
            invalid.append(change.id);
    if (changes.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("Nothing to check: no segment has a change."));
        return;
    }
    if (invalid.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Positive,
                                  tr("Check passed: every changed segment (%1) is ready to send.")
                                          .arg(QLocale().toString(changes.size())));
        return;
    }
    m_messageBar->showMessage(
            MessageBar::Kind::Error,
            tr("Invalid: %1 of %2 changed segments. They will not be sent until fixed (or "
               "excluded). Press F8 for the next one.")
                    .arg(QLocale().toString(invalid.size()), QLocale().toString(changes.size())));
    m_problemsDock->show();
    m_problemsDock->raise();
    // The first invalid row in the order the table shows.
    QString first;
    int firstRow = INT_MAX;
    for (const QString &id : std::as_const(invalid)) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexForId(id));
        if (index.isValid() && index.row() < firstRow) {
            firstRow = index.row();
            first = id;
        }
    }
    if (first.isEmpty())
        first = invalid.constFirst(); // all filtered out: selectSegment clears the filter
    selectSegment(first);
    const ProblemList problems = m_model->problems(first);
    m_details->focusField(first, problems.isEmpty() ? QString() : problems.constFirst().field);
}

void MainWindow::nextProblem()
{
    jumpToProblemRow(+1);
}

void MainWindow::previousProblem()
{
    jumpToProblemRow(-1);
}

void MainWindow::jumpToProblemRow(int direction)
{
    // Rows with problems, in the table's order; proportional to the problems, not to the rows.
    QSet<QString> ids;
    const ProblemList problems = m_model->problems();
    for (const Problem &p : problems)
        ids.insert(p.segmentId);
    QList<int> rows;
    for (const QString &id : std::as_const(ids)) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexForId(id));
        if (index.isValid())
            rows.append(index.row());
    }
    if (rows.isEmpty()) {
        statusBar()->showMessage(ids.isEmpty() ? tr("No problems.")
                                               : tr("The filter hides every row with a problem."),
                                 4000);
        return;
    }
    std::sort(rows.begin(), rows.end());
    const int current = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    int target = -1;
    if (direction > 0) {
        const auto it = std::upper_bound(rows.cbegin(), rows.cend(), current);
        target = it == rows.cend() ? rows.constFirst() : *it;
    } else {
        const auto it = std::lower_bound(rows.cbegin(), rows.cend(), current);
        target = it == rows.cbegin() ? rows.constLast() : *(it - 1);
    }
    const QModelIndex index = m_proxy->index(target, SegmentTableModel::NameColumn);
    m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_table->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::goToProblem(const QString &segmentId, const QString &fieldPath)
{
    if (segmentId.isEmpty())
        return; // a problem of the whole send: the panel line says it all
    if (selectSegment(segmentId))
        m_details->focusField(segmentId, fieldPath);
}

// ---- sending

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
    checkThenSend(sendable, false);
}

QList<SegmentTableModel::Change> MainWindow::retryCandidates() const
{
    QList<SegmentTableModel::Change> result;
    const QList<SegmentTableModel::Change> sendable = m_model->sendableChanges();
    for (const SegmentTableModel::Change &change : sendable)
        if (m_retryIds.contains(change.id) || change.state == SegmentTableModel::RowState::Failed
            || change.state == SegmentTableModel::RowState::NotSent)
            result.append(change);
    return result;
}

void MainWindow::retryFailed()
{
    if (!m_backend || m_busy != Busy::None || !m_backend->isConnected())
        return;
    const QList<SegmentTableModel::Change> candidates = retryCandidates();
    if (candidates.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  m_retryIds.isEmpty()
                                          ? tr("Nothing to retry: no segment failed.")
                                          : tr("Nothing to retry yet: the segments that failed "
                                               "are invalid or excluded. Fix them first."));
        return;
    }
    checkThenSend(candidates, true);
}

void MainWindow::checkThenSend(const QList<SegmentTableModel::Change> &changes, bool retry)
{
    // Someone may have changed these segments on the server since they were loaded: read the
    // server's copies first, so that an edit never silently overwrites what it did not see.
    m_checkIds.clear();
    for (const SegmentTableModel::Change &change : changes)
        m_checkIds.append(change.id);
    m_retrySend = retry;
    m_newConflicts.clear();
    if (!m_backend->reloadSegments(m_checkIds)) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The send could not start: another operation is under way."));
        return;
    }
    m_messageBar->clear();
    setBusy(Busy::Checking, tr("Checking the server's copies…"));
}

void MainWindow::serverCopiesRead(const QList<AudienceSegment> &segments,
                                  const QStringList &missingIds, const QString &error)
{
    setBusy(Busy::None);
    if (!error.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Nothing was sent: the server's copies could not be checked. "
                                     "%1")
                                          .arg(error));
        return;
    }
    // Rows whose last answer was lost are reconciled first, from the same copies: a change the
    // server already has is never sent a second time.
    QStringList unknown;
    for (const QString &id : std::as_const(m_checkIds))
        if (m_model->state(id) == SegmentTableModel::RowState::Unknown)
            unknown.append(id);
    m_reconciledBeforeSend = reconcileRows(unknown, segments, missingIds);
    const QSet<QString> reconciled(unknown.cbegin(), unknown.cend());
    QList<AudienceSegment> others;
    for (const AudienceSegment &copy : segments)
        if (!reconciled.contains(copy.id))
            others.append(copy);
    m_newConflicts = m_reconciledBeforeSend.conflicts + m_model->checkServerVersions(others);

    const QSet<QString> wanted(m_checkIds.cbegin(), m_checkIds.cend());
    const QSet<QString> gone(m_reconciledBeforeSend.gone.cbegin(),
                             m_reconciledBeforeSend.gone.cend());
    QList<SegmentTableModel::Change> changes;
    const QList<SegmentTableModel::Change> sendable = m_model->sendableChanges();
    for (const SegmentTableModel::Change &change : sendable)
        if (wanted.contains(change.id) && !gone.contains(change.id))
            changes.append(change); // with the edit carried over to the server's copy
    if (!changes.isEmpty()) {
        startSend(changes, m_retrySend);
        return;
    }
    if (!m_newConflicts.isEmpty()) {
        m_messageBar->showMessage(
                MessageBar::Kind::Warning,
                tr("Nothing was sent: the server's copies changed since you loaded them, in "
                   "fields you changed too (segments: %1). Choose Keep My Values or Take the "
                   "Server's Values for each, then send again.")
                        .arg(m_newConflicts.join(QLatin1String(", "))));
        selectSegment(m_newConflicts.constFirst());
    } else if (!m_reconciledBeforeSend.gone.isEmpty()) {
        m_messageBar->showMessage(
                MessageBar::Kind::Error,
                tr("Nothing was sent: the server no longer has segments %1.")
                        .arg(m_reconciledBeforeSend.gone.join(QLatin1String(", "))));
    } else if (!m_reconciledBeforeSend.applied.isEmpty()) {
        m_messageBar->showMessage(
                MessageBar::Kind::Positive,
                tr("Nothing was sent: the server already had your changes of segments %1, whose "
                   "answer was lost before. They are updated.")
                        .arg(m_reconciledBeforeSend.applied.join(QLatin1String(", "))));
    } else {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("Nothing to send: the server already has these values."));
    }
    m_reconciledBeforeSend = {};
}

void MainWindow::startSend(const QList<SegmentTableModel::Change> &changes, bool retry)
{
    QList<EditorBackend::PatchItem> items;
    QHash<QString, SentChange> sent;
    QStringList ids;
    for (const SegmentTableModel::Change &change : changes) {
        const std::optional<QJsonObject> resource
                = PatchBuilder::build(change.original, change.edited);
        if (!resource)
            continue;
        items.append({change.id, *resource});
        sent.insert(change.id, {change.edited, *resource});
        ids.append(change.id);
    }
    if (items.isEmpty())
        return;
    if (m_recovery && !m_recoveryPending) {
        // Write-ahead: without the journal a crash mid-send would leave the user guessing.
        QString error;
        if (!m_journal.open(m_recovery->journalPath(), &error)) {
            m_messageBar->showMessage(
                    MessageBar::Kind::Error,
                    tr("Nothing was sent: %1 Free some disk space, or save your work in a "
                       "working set, and send again.")
                            .arg(sentence(error)));
            return;
        }
    }
    m_sendItems = sent;
    m_journaledIds.clear();
    // The autosave holds the edits as they are before anything leaves.
    autosaveNow();
    m_model->clearBatchProblems();
    m_model->setSending(ids);
    m_sendingIds = ids;
    m_settledIds.clear();
    m_retrySend = retry;
    m_messageBar->clear();
    // Busy before the backend starts: it may hand out the first chunks from inside the call.
    setBusy(Busy::Sending,
            (retry ? tr("Retrying segments: %1…") : tr("Sending changes: %1…"))
                    .arg(QLocale().toString(items.size())));
    m_progress->setRange(0, int(items.size()));
    m_progress->setValue(0);
    if (!m_backend->sendChanges(items, m_chunkSize)) {
        // Nothing left: every row gets its edit back as "not sent".
        QList<SegmentOutcome> notSent;
        for (const QString &id : std::as_const(ids)) {
            SegmentOutcome outcome;
            outcome.segmentId = id;
            outcome.status = SegmentOutcome::Status::NotSent;
            notSent.append(outcome);
        }
        setBusy(Busy::None);
        m_model->applyOutcomes(notSent);
        m_journal.finish();
        m_sendItems.clear();
        m_sendingIds.clear();
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The send could not start: another operation is under way."));
        return;
    }
}

void MainWindow::recordChunk(const QStringList &ids)
{
    if (!m_journal.isOpen())
        return;
    QList<SendJournal::Pending> chunk;
    for (const QString &id : ids) {
        chunk.append({id, m_sendItems.value(id).patch});
        m_journaledIds.insert(id);
    }
    if (!m_journal.recordSending(chunk))
        m_messageBar->showMessage(
                MessageBar::Kind::Warning,
                tr("The send journal %1 could not be written: if Segment Editor stops before the "
                   "send ends, reload the segments you sent before sending them again.")
                        .arg(QDir::toNativeSeparators(m_journal.path())));
}

void MainWindow::applyOutcomes(const QList<SegmentOutcome> &outcomes)
{
    if (m_busy != Busy::Sending)
        return;
    QList<SegmentOutcome> fresh;
    for (const SegmentOutcome &outcome : outcomes) {
        if (m_settledIds.contains(outcome.segmentId))
            continue;
        m_settledIds.insert(outcome.segmentId);
        fresh.append(outcome);
        if (outcome.status == SegmentOutcome::Status::Unknown)
            m_unknownSends.insert(outcome.segmentId, m_sendItems.value(outcome.segmentId));
        else
            m_unknownSends.remove(outcome.segmentId);
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
    if (m_journal.isOpen() && !fresh.isEmpty())
        m_journal.recordOutcomes(fresh);
    m_model->applyOutcomes(fresh);
}

void MainWindow::sendFinished(const QList<SegmentOutcome> &outcomes,
                              const ProblemList &batchProblems, bool cancelled)
{
    if (m_busy != Busy::Sending)
        return;
    applyOutcomes(outcomes);
    // Any row the backend did not name stays with the user's edit, as not sent.
    QList<SegmentOutcome> unnamed;
    for (const QString &id : std::as_const(m_sendingIds)) {
        if (m_settledIds.contains(id))
            continue;
        SegmentOutcome outcome;
        outcome.segmentId = id;
        outcome.status = SegmentOutcome::Status::NotSent;
        unnamed.append(outcome);
    }
    applyOutcomes(unnamed);
    m_model->addBatchProblems(batchProblems);
    setBusy(Busy::None);

    int updated = 0, warned = 0, failed = 0, notSent = 0, unknown = 0;
    for (const QString &id : std::as_const(m_sendingIds)) {
        switch (m_model->state(id)) {
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
            ++notSent;
            break;
        case SegmentTableModel::RowState::Unknown:
            ++unknown;
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
    m_sendingIds.clear();
    m_settledIds.clear();
    m_sendItems.clear();
    m_journaledIds.clear();

    QStringList parts;
    const QLocale locale;
    parts.append(tr("%1 updated").arg(locale.toString(updated)));
    if (warned)
        parts.append(tr("%1 with warnings").arg(locale.toString(warned)));
    if (failed)
        parts.append(tr("%1 failed").arg(locale.toString(failed)));
    if (notSent)
        parts.append(tr("%1 not sent").arg(locale.toString(notSent)));
    if (unknown)
        parts.append(tr("%1 unknown (reconcile them before sending again)")
                             .arg(locale.toString(unknown)));
    QString text = (cancelled ? tr("Send cancelled: %1.") : tr("Send finished: %1."))
                           .arg(parts.join(QLatin1String(", ")));
    const Reconciled reconciled = m_reconciledBeforeSend;
    m_reconciledBeforeSend = {};
    if (!reconciled.applied.isEmpty())
        text += QLatin1Char(' ')
                + tr("Already on the server, from a send whose answer was lost: %1.")
                          .arg(reconciled.applied.join(QLatin1String(", ")));
    if (!reconciled.gone.isEmpty())
        text += QLatin1Char(' ')
                + tr("No longer on the server: %1.").arg(reconciled.gone.join(QLatin1String(", ")));
    if (failed || notSent)
        text += QLatin1Char(' ')
                + tr("Your edits are kept: fix what the Problems panel lists "
                     "and retry.");
    if (!m_newConflicts.isEmpty())
        text += QLatin1Char(' ')
                + tr("Not sent because the server's copies changed in fields you changed too: "
                     "%1. Choose Keep My Values or Take the Server's Values for each, then send "
                     "again.")
                          .arg(m_newConflicts.join(QLatin1String(", ")));
    if (!batchProblems.isEmpty())
        text += QLatin1Char(' ')
                + tr("Problems about the whole send: %1.")
                          .arg(locale.toString(batchProblems.size()));

    MessageBar::Kind kind = MessageBar::Kind::Positive;
    if (failed || unknown || !batchProblems.isEmpty() || !reconciled.gone.isEmpty())
        kind = MessageBar::Kind::Error;
    else if (warned || notSent || !m_newConflicts.isEmpty())
        kind = MessageBar::Kind::Warning;
    if (unknown && !failed && !notSent)
        m_messageBar->showMessage(kind, text, m_reconcileAction);
    else
        m_messageBar->showMessage(kind, text, failed || notSent ? tr("Retry Failed") : QString());
    if (failed || warned || unknown || !batchProblems.isEmpty()) {
        m_problemsDock->show();
        m_problemsDock->raise();
    }
    // Everything the user typed is on the server: nothing would be lost by closing.
    if (m_model->counts().modified == 0)
        m_undoStack->setClean();
    updateActions();
    // The outcomes are in the autosave before the journal goes: a crash in between must not
    // bring back rows the server already has as if they still had to be sent.
    autosaveNow();
    m_journal.finish();
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
    case Busy::Checking:
    case Busy::Reconciling:
        m_backend->cancelLoad();
        break;
    case Busy::Sending:
        m_backend->cancelSend();
        m_progressLabel->setText(tr("Cancelling: requests under way finish first…"));
        m_cancelAction->setEnabled(false);
        break;
    }
}

// ---- nothing lost: autosave, send journal, reconcile

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
    return hasUnsavedChanges() || m_journal.isOpen() || m_model->counts().unknown > 0;
}

void MainWindow::scheduleAutosave()
{
    if (!m_recovery || m_recoveryPending)
        return;
    m_autosaveTimer->start(m_autosaveDelayMs);
}

void MainWindow::autosaveNow()
{
    if (!m_recovery || m_recoveryPending)
        return;
    m_autosaveTimer->stop();
    if (!needsAutosave()) {
        m_recovery->removeAutosave();
        return;
    }
    WorkingSet set = currentWorkingSet();
    if (!m_sendItems.isEmpty()) {
        // The model says "unknown" for every row of the send under way; those whose chunk has
        // not left yet are simply not sent.
        for (WorkingSetEntry &entry : set.segments)
            if (entry.outcome && entry.outcome->status == SegmentOutcome::Status::Unknown
                && m_sendItems.contains(entry.original.id)
                && !m_journaledIds.contains(entry.original.id))
                entry.outcome.reset();
    }
    QString error;
    if (!m_recovery->writeAutosave(set, m_currentFile, &error)) {
        if (error != m_autosaveError)
            m_messageBar->showMessage(MessageBar::Kind::Warning,
                                      tr("Autosave failed: %1 Save your work in a working set "
                                         "to be safe.")
                                              .arg(sentence(error)));
        m_autosaveError = error;
        return;
    }
    m_autosaveError.clear();
    Q_EMIT autosaved(m_recovery->autosavePath());
}

QList<WorkingSetEntry> MainWindow::recoveredEntries(const RecoveryStore::Leftover &leftover,
                                                    QHash<QString, SentChange> *sent) const
{
    QList<WorkingSetEntry> entries
            = leftover.autosave ? leftover.autosave->segments : QList<WorkingSetEntry>();
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < entries.size(); ++i)
        index.insert(entries.at(i).original.id, i);
    const auto markUnknown = [&entries](qsizetype i) {
        WorkingSetEntry &entry = entries[i];
        Problem problem;
        problem.origin = Problem::Origin::Transport;
        problem.severity = Problem::Severity::Error;
        problem.title = tr("Answer lost");
        problem.detail = tr("Segment Editor stopped while this change was being sent: whether "
                            "Criteo applied it is unknown. Reconcile it before sending again.");
        problem.segmentId = entry.original.id;
        SegmentOutcome outcome;
        outcome.segmentId = entry.original.id;
        outcome.status = SegmentOutcome::Status::Unknown;
        outcome.problems = {problem};
        entry.outcome = outcome;
    };
    if (leftover.journal) {
        // Sent without an answer: unknown, with the patch that went out.
        for (const SendJournal::Pending &pending : leftover.journal->unanswered) {
            const qsizetype i = index.value(pending.segmentId, -1);
            if (i < 0)
                continue;
            markUnknown(i);
            sent->insert(pending.segmentId, {entries.at(i).wanted(), pending.patch});
        }
        // Answered "updated" after the last autosave, which still shows the edit: the server
        // holds it, but the answer's copy is lost with the window. Reconciling tells for sure.
        for (auto it = leftover.journal->answered.cbegin(); it != leftover.journal->answered.cend();
             ++it) {
            const qsizetype i = index.value(it.key(), -1);
            if (i < 0
                || (it.value() != SegmentOutcome::Status::Updated
                    && it.value() != SegmentOutcome::Status::Warned))
                continue;
            const WorkingSetEntry &entry = entries.at(i);
            const bool known = entry.outcome
                    && (entry.outcome->status == SegmentOutcome::Status::Updated
                        || entry.outcome->status == SegmentOutcome::Status::Warned);
            if (entry.isModified() && !known)
                markUnknown(i);
        }
    }
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

    QHash<QString, SentChange> sent;
    const QList<WorkingSetEntry> entries = recoveredEntries(leftover, &sent);
    int changed = 0;
    int unknown = 0;
    for (const WorkingSetEntry &entry : entries) {
        if (entry.isModified())
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
    QHash<QString, SentChange> sent;
    const QList<WorkingSetEntry> entries = recoveredEntries(leftover, &sent);
    adoptWorkingSet(entries, leftover.autosave->baseUrl, leftover.autosave->apiVersion);
    m_unknownSends = sent;
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
    const QStringList unknown = unknownIds();
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

QStringList MainWindow::unknownIds() const
{
    QStringList ids;
    if (m_model->counts().unknown == 0)
        return ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString id = m_model->idAt(row);
        if (m_model->state(id) == SegmentTableModel::RowState::Unknown)
            ids.append(id);
    }
    return ids;
}

void MainWindow::reconcileUnknown()
{
    if (!m_backend || m_busy != Busy::None)
        return;
    const QStringList ids = unknownIds();
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
    if (!m_backend->reloadSegments(ids)) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Reconciling could not start: another operation is under "
                                     "way."));
        return;
    }
    m_reconcileIds = ids;
    m_messageBar->clear();
    setBusy(Busy::Reconciling, tr("Reconciling segments: %1…").arg(QLocale().toString(ids.size())));
}

MainWindow::Reconciled MainWindow::reconcileRows(const QStringList &ids,
                                                 const QList<AudienceSegment> &copies,
                                                 const QStringList &missingIds)
{
    Reconciled result;
    if (ids.isEmpty())
        return result;
    QHash<QString, AudienceSegment> byId;
    for (const AudienceSegment &copy : copies)
        byId.insert(copy.id, copy);
    const QSet<QString> missing(missingIds.cbegin(), missingIds.cend());
    QList<SegmentOutcome> outcomes;
    QList<AudienceSegment> notApplied;
    for (const QString &id : ids) {
        if (m_model->state(id) != SegmentTableModel::RowState::Unknown)
            continue;
        const std::optional<AudienceSegment> original = m_model->original(id);
        const std::optional<AudienceSegment> edited = m_model->edited(id);
        if (!original || !edited)
            continue;
        std::optional<AudienceSegment> copy;
        if (byId.contains(id))
            copy = byId.value(id);
        else if (!missing.contains(id))
            continue; // no answer about it: it stays unknown
        // What went out; for a row of an older session, the patch its versions give.
        SentChange sent = m_unknownSends.value(id);
        if (sent.patch.isEmpty())
            sent = {*edited, PatchBuilder::build(*original, *edited).value_or(QJsonObject())};
        const SendReconciler::Verdict verdict = copy && sent.patch.isEmpty()
                ? SendReconciler::Verdict::NotApplied
                : SendReconciler::verdict(sent.from, sent.patch, copy);
        m_unknownSends.remove(id);
        switch (verdict) {
        case SendReconciler::Verdict::Applied: {
            SegmentOutcome outcome;
            outcome.segmentId = id;
            outcome.status = SegmentOutcome::Status::Updated;
            outcome.entity = *copy;
            outcomes.append(outcome);
            result.applied.append(id);
            m_retryIds.remove(id);
            break;
        }
        case SendReconciler::Verdict::NotApplied:
            notApplied.append(*copy);
            result.notApplied.append(id);
            break;
        case SendReconciler::Verdict::Gone: {
            Problem problem;
            problem.origin = Problem::Origin::Server;
            problem.severity = Problem::Severity::Error;
            problem.code = QStringLiteral("segment-not-found");
            problem.title = tr("Segment not found");
            problem.detail = tr("The server no longer has segment %1 (deleted, or out of reach "
                                "of these credentials). Your edit is kept, but it cannot be "
                                "sent.")
                                     .arg(id);
            problem.segmentId = id;
            SegmentOutcome outcome;
            outcome.segmentId = id;
            outcome.status = SegmentOutcome::Status::Failed;
            outcome.problems = {problem};
            outcomes.append(outcome);
            result.gone.append(id);
            break;
        }
        }
    }
    m_model->applyOutcomes(outcomes);
    if (!notApplied.isEmpty()) {
        // Checked like before a send: what someone else changed meanwhile is not overwritten.
        result.conflicts = m_model->checkServerVersions(notApplied);
        // The copies the server did not change since the row's original: the edit stays, now
        // known not to be there.
        QList<AudienceSegment> unchanged;
        for (const AudienceSegment &copy : std::as_const(notApplied))
            if (m_model->state(copy.id) == SegmentTableModel::RowState::Unknown)
                unchanged.append(copy);
        m_model->replaceOriginals(unchanged);
    }
    return result;
}

void MainWindow::reconcileFinished(const QList<AudienceSegment> &segments,
                                   const QStringList &missingIds, const QString &error)
{
    setBusy(Busy::None);
    // After an error a segment missing from the answer may just not have been read yet.
    const Reconciled result
            = reconcileRows(m_reconcileIds, segments, error.isEmpty() ? missingIds : QStringList());
    m_reconcileIds.clear();
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
    if (!error.isEmpty()) {
        kind = MessageBar::Kind::Error;
        text = QString(tr("Reconciling stopped: %1 Still unknown: %2.")
                               .arg(sentence(error), locale.toString(unknownIds().size()))
                       + QLatin1Char(' ') + text)
                       .trimmed();
    } else if (!result.gone.isEmpty()) {
        kind = MessageBar::Kind::Error;
    } else if (!result.conflicts.isEmpty()) {
        kind = MessageBar::Kind::Warning;
    }
    m_messageBar->showMessage(kind, text);
    if (!result.gone.isEmpty()) {
        m_problemsDock->show();
        m_problemsDock->raise();
    }
    if (!result.conflicts.isEmpty())
        selectSegment(result.conflicts.constFirst());
    if (m_model->counts().modified == 0)
        m_undoStack->setClean();
    updateActions();
    autosaveNow();
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

void MainWindow::selectionChanged()
{
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
