#include "MainWindow.h"

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

MainWindow::~MainWindow() = default;

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
    header->resizeSection(SegmentTableModel::StateColumn, width(tr("Δ Not sent")) + 20);
    header->resizeSection(SegmentTableModel::IdColumn, width(QStringLiteral("0000000")));
    header->resizeSection(SegmentTableModel::NameColumn, 210);
    header->resizeSection(SegmentTableModel::TypeColumn, width(tr("Contact list")));
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
        if (ok)
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
        if (m_busy != Busy::Loading && m_busy != Busy::Reloading && m_busy != Busy::Checking)
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
                    serverCopiesRead(segments, error);
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
    QString error;
    const std::optional<WorkingSet> set = WorkingSet::read(path, &error);
    if (!set) {
        m_messageBar->showMessage(
                MessageBar::Kind::Error,
                tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_model->setWorkingSet(set->segments);
    m_currentFile = QFileInfo(path).absoluteFilePath();
    m_setBaseUrl = set->baseUrl;
    m_setApiVersion = set->apiVersion;
    QSettings().setValue(QLatin1String(lastDirKey), QFileInfo(path).absolutePath());

    m_advertiserIds.clear();
    m_retryIds.clear();
    QList<AudienceSegment> originals;
    for (const WorkingSetEntry &entry : set->segments) {
        originals.append(entry.original);
        if (entry.outcome
            && (entry.outcome->status == SegmentOutcome::Status::Failed
                || entry.outcome->status == SegmentOutcome::Status::NotSent))
            m_retryIds.insert(entry.original.id);
    }
    addAdvertisers(originals);
    refreshAdvertiserFilter();
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

bool MainWindow::saveWorkingSet(const QString &path)
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

void MainWindow::serverCopiesRead(const QList<AudienceSegment> &segments, const QString &error)
{
    setBusy(Busy::None);
    if (!error.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Nothing was sent: the server's copies could not be checked. "
                                     "%1")
                                          .arg(error));
        return;
    }
    m_newConflicts = m_model->checkServerVersions(segments);
    const QSet<QString> wanted(m_checkIds.cbegin(), m_checkIds.cend());
    QList<SegmentTableModel::Change> changes;
    const QList<SegmentTableModel::Change> sendable = m_model->sendableChanges();
    for (const SegmentTableModel::Change &change : sendable)
        if (wanted.contains(change.id))
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
    } else {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("Nothing to send: the server already has these values."));
    }
}

void MainWindow::startSend(const QList<SegmentTableModel::Change> &changes, bool retry)
{
    QList<EditorBackend::PatchItem> items;
    QStringList ids;
    for (const SegmentTableModel::Change &change : changes) {
        const std::optional<QJsonObject> resource
                = PatchBuilder::build(change.original, change.edited);
        if (!resource)
            continue;
        items.append({change.id, *resource});
        ids.append(change.id);
    }
    if (items.isEmpty())
        return;
    m_model->clearBatchProblems();
    m_model->setSending(ids);
    m_sendingIds = ids;
    m_settledIds.clear();
    m_retrySend = retry;
    if (!m_backend->sendChanges(items, m_chunkSize)) {
        // Nothing left: every row gets its edit back as "not sent".
        QList<SegmentOutcome> notSent;
        for (const QString &id : std::as_const(ids)) {
            SegmentOutcome outcome;
            outcome.segmentId = id;
            outcome.status = SegmentOutcome::Status::NotSent;
            notSent.append(outcome);
        }
        m_model->applyOutcomes(notSent);
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The send could not start: another operation is under way."));
        return;
    }
    m_messageBar->clear();
    setBusy(Busy::Sending,
            (retry ? tr("Retrying segments: %1…") : tr("Sending changes: %1…"))
                    .arg(QLocale().toString(items.size())));
    m_progress->setRange(0, int(items.size()));
    m_progress->setValue(0);
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
        parts.append(
                tr("%1 unknown (reload them before sending again)").arg(locale.toString(unknown)));
    QString text = (cancelled ? tr("Send cancelled: %1.") : tr("Send finished: %1."))
                           .arg(parts.join(QLatin1String(", ")));
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
    if (failed || unknown || !batchProblems.isEmpty())
        kind = MessageBar::Kind::Error;
    else if (warned || notSent || !m_newConflicts.isEmpty())
        kind = MessageBar::Kind::Warning;
    m_messageBar->showMessage(kind, text, failed || notSent ? tr("Retry Failed") : QString());
    if (failed || warned || unknown || !batchProblems.isEmpty()) {
        m_problemsDock->show();
        m_problemsDock->raise();
    }
    // Everything the user typed is on the server: nothing would be lost by closing.
    if (m_model->counts().modified == 0)
        m_undoStack->setClean();
    updateActions();
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
        m_backend->cancelLoad();
        break;
    case Busy::Sending:
        m_backend->cancelSend();
        m_progressLabel->setText(tr("Cancelling: requests under way finish first…"));
        m_cancelAction->setEnabled(false);
        break;
    }
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
    m_model->setExcluded(ids, !allExcluded);
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
