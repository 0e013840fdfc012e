// The window's actions, menus and toolbar.
#include "MainWindow.h"

#include "Appearance.h"

#include "FilterBar.h"
#include "HelpDialogs.h"
#include "ProductTaxonomy.h"
#include "SegmentInsightsController.h"
#include "WindowSupport.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using WindowSupport::icon;

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
    m_newSegmentAction = make("actionNewSegment", tr("&New Segment…"), "action-new",
                              QKeySequence::New, &MainWindow::showNewSegmentDialog);
    m_newSegmentAction->setIconText(tr("New"));
    m_newSegmentAction->setToolTip(
            tr("Add a segment, created on Criteo by the next send (Ctrl+N; undoable)"));
    m_duplicateAction = make("actionDuplicate", tr("D&uplicate"), "action-duplicate",
                             QKeySequence(Qt::CTRL | Qt::Key_D), &MainWindow::duplicateSelection);
    m_duplicateAction->setToolTip(tr("Copy the selected segments under new names; the copies are "
                                     "created by the next send (Ctrl+D; undoable)"));
    m_deleteAction = make("actionDelete", tr("&Delete"), "action-delete", QKeySequence::Delete,
                          &MainWindow::toggleDeleteSelection);
    m_deleteAction->setToolTip(tr("Mark the selected segments for deletion by the next send, or "
                                  "keep them after all (Delete; undoable)"));
    // Delete belongs to the text fields of the forms: the key works in the table only, the menu
    // everywhere.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
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
    m_aboutAction
            = make("actionAbout", tr("&About Segment Editor"), nullptr, {}, &MainWindow::showAbout);
    m_aboutQtAction = make("actionAboutQt", tr("About &Qt"), nullptr, {}, nullptr);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::showAbout()
{
    // The version, the licence (its full text behind "Show Details…", as the LICENSE file has
    // it: legal text is not translated), and what the application is made with and from.
    const QString text
            = tr("<h3>Segment Editor %1</h3><p>Edit Criteo audience segments offline and send "
                 "every change in one bulk update.</p>")
                      .arg(QApplication::applicationVersion().toHtmlEscaped())
            + tr("<p>Free software under the MIT licence: you may use, copy, change and share "
                 "it, without any warranty. Show Details… gives the full text.</p>")
            + tr("<p>Made with Qt %1 (LGPL 3) and QtKeychain (BSD licence).</p>")
                      .arg(QString::fromLatin1(qVersion()).toHtmlEscaped())
            + tr("<p>The names of the in-market interests come from the Google product taxonomy, "
                 "published by Google (English edition of %1, German edition of %2). It has no "
                 "French edition: French and every language but German show the English "
                 "names.</p>")
                      .arg(ProductTaxonomy::shared(QLocale(QLocale::English))
                                   .version()
                                   .toHtmlEscaped(),
                           ProductTaxonomy::shared(QLocale(QLocale::German))
                                   .version()
                                   .toHtmlEscaped());
    QFile licence(QStringLiteral(":/LICENSE"));
    const QString licenceText
            = licence.open(QIODevice::ReadOnly) ? QString::fromUtf8(licence.readAll()) : QString();

    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setWindowTitle(tr("About Segment Editor"));
    box->setTextFormat(Qt::RichText);
    box->setText(text);
    box->setIconPixmap(icon("segment-editor").pixmap(64, 64));
    box->setDetailedText(licenceText);
    box->setStandardButtons(QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
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
    file->addActions(sheetActions());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_newSegmentAction);
    edit->addAction(m_duplicateAction);
    edit->addAction(m_deleteAction);
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
    segments->addAction(m_copyDiagnosticsAction);
    segments->addSeparator();
    for (QAction *action : m_insights->actions())
        segments->addAction(action);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_problemsDock->toggleViewAction());
    view->addAction(m_historyDock->toggleViewAction());
    view->addAction(m_sendHistoryDock->toggleViewAction());
    view->addSeparator();
    view->addMenu(columnMenu());
    view->addMenu(appearanceMenu());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *gettingStarted = help->addAction(tr("&Getting Started"));
    gettingStarted->setObjectName(QStringLiteral("actionGettingStarted"));
    gettingStarted->setShortcut(QKeySequence::HelpContents);
    connect(gettingStarted, &QAction::triggered, this,
            [this] { HelpDialogs::gettingStarted(this, findChildren<QAction *>())->show(); });
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"));
    shortcuts->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(shortcuts, &QAction::triggered, this,
            [this] { HelpDialogs::keyboardShortcuts(this, menuBar())->show(); });
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

// Light, dark, or as the desktop says; kept per user.
QMenu *MainWindow::appearanceMenu()
{
    auto *menu = new QMenu(tr("&Appearance"), this);
    menu->setObjectName(QStringLiteral("appearanceMenu"));
    auto *group = new QActionGroup(menu);
    const std::pair<Appearance::Scheme, QString> choices[] = {
            {Appearance::Scheme::System, tr("As the &System Says")},
            {Appearance::Scheme::Light, tr("&Light")},
            {Appearance::Scheme::Dark, tr("&Dark")},
    };
    for (const auto &[scheme, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("actionAppearance_") + Appearance::key(scheme));
        action->setCheckable(true);
        action->setChecked(Appearance::current() == scheme);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [scheme = scheme] {
            Appearance::save(scheme);
            Appearance::apply(scheme);
        });
    }
    return menu;
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
    bar->addAction(m_newSegmentAction);
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
