#pragma once

#include "EditorBackend.h"
#include "RecoveryStore.h"
#include "SegmentTableModel.h"
#include "SendHistory.h"
#include "SendRevert.h"
#include "SendWorkflow.h"

#include <QAbstractItemView>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class FilterBar;
class ImportReviewDialog;
class MessageBar;
class ProblemsPanel;
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;
class SegmentDetailsPanel;
class SegmentEditor;
class SegmentFilterProxy;
class SegmentInsightsController;
class SendHistoryPanel;
class SendHistoryRecorder;

// The editor's window: the loop Load -> edit -> Check -> Preview -> Send -> review -> fix ->
// Retry failed, over one SegmentTableModel (the single source of truth), one QUndoStack and an
// EditorBackend for everything outside the machine.
//
// Dialogs open without a nested event loop (QDialog::open()) and act when they are answered, so
// the window stays responsive and tests answer them like a user would. Every action is in the
// menus, the important ones in the toolbar, with the standard shortcuts where Qt has them.
//
// Nothing is lost (enableRecovery()): every change is autosaved within seconds, each chunk of a
// send is journaled before it leaves and its outcomes after the answer, and the next start offers
// what a crashed window left. Rows whose answer was lost are Unknown until they are reconciled
// with the server's copies (reconcileUnknown(), and always before they are sent again).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(EditorBackend *backend, QWidget *parent = nullptr);
    ~MainWindow() override;

    SegmentTableModel *model() const { return m_model; }
    SegmentFilterProxy *proxy() const { return m_proxy; }
    SegmentEditor *editor() const { return m_editor; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QTableView *tableView() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    SegmentDetailsPanel *detailsPanel() const { return m_details; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    MessageBar *messageBar() const { return m_messageBar; }
    EditorBackend *backend() const { return m_backend; }
    // Sizes and where segments are used: the Size and Used by columns, their actions and the
    // details panel's section (SegmentInsightsController.cpp).
    SegmentInsightsController *insights() const { return m_insights; }

    // What the connect dialog shows instead of the saved settings (the demo server's).
    void setConnectionPreset(const EditorBackend::ConnectionSettings &settings);
    // Segments per PATCH request (50 by default).
    void setChunkSize(int chunkSize);
    int chunkSize() const { return m_chunkSize; }
    // Requests of a send in flight at once (2 by default).
    void setMaxConcurrentRequests(int requests);
    // The send workflow the window drives (shared with segmentctl push).
    SendWorkflow *sendWorkflow() const { return m_send; }

    // --- nothing lost
    // Keeps this window's autosave and send journal in `folder` (the application's data folder
    // in the application; tests give their own): takes a free slot there (RecoveryStore), so a
    // second window never writes over the first one's files. What a crashed window left in the
    // slot stays untouched until offerRecovery() asked about it. False, with the reason in the
    // message bar, when no slot can be had: the window then works without autosave.
    bool enableRecovery(const QString &folder, RecoveryStore::Clock clock = {});
    // Offers to restore what a crashed window left (a question opened with open(), object name
    // "recoveryBox"), and says what could not be read and where it is kept. False when nothing
    // was left.
    bool offerRecovery();
    // The autosave follows the last change after this delay (2 s by default; 0 = at once).
    void setAutosaveDelay(int milliseconds);
    int autosaveDelay() const { return m_autosaveDelayMs; }
    // --- the send history (MainWindowHistory.cpp)
    // Records every send in the history at `path` (SendHistory::defaultPath() in the
    // application; tests give their own) and lists it in the History panel; `clock` dates the
    // sends (UTC now by default). False, with the reason in the message bar, when it cannot be
    // opened: the window then sends without recording.
    bool enableHistory(const QString &path, SendHistory::Clock clock = {});
    SendHistory *sendHistory() const;
    SendHistoryPanel *historyPanel() const { return m_historyPanel; }
    QAction *copyDiagnosticsAction() const { return m_copyDiagnosticsAction; }

    // Empty without enableRecovery().
    QString autosavePath() const;
    QString journalPath() const;

    QString currentFile() const { return m_currentFile; }
    // Unsaved work: edits or outcomes that are neither in a file nor all on the server.
    bool hasUnsavedChanges() const;

    // The segment ids of the selected rows, in view order.
    QStringList selectedIds() const;
    // Selects the row of a segment (clearing the filters when they hide it) and scrolls to it.
    bool selectSegment(const QString &id);

public Q_SLOTS:
    // Connects without the dialog (the demo server's credentials at start-up).
    void connectWith(const EditorBackend::ConnectionSettings &settings);
    void showConnectDialog();
    void showLoadDialog();
    void showOpenDialog();
    void save();
    void showSaveAsDialog();
    void showPreview();
    // Find and replace in names and descriptions, over the selected segments or all of them
    // (the dialog offers both); window-modal, not blocking.
    void showFindReplace();
    // The About box: version, licence and credits; window-modal, not blocking.
    void showAbout();

    // The spreadsheet round trip (MainWindowSheets.cpp). Sheets and change sets hold the selected
    // segments when more than one is selected, else the segments in view (the filters apply).
    void showExportSheetDialog();
    bool exportSheet(const QString &path); // and its points of interest beside it
    void showImportSheetDialog();
    // Reads a sheet or a change set and opens its review (window-modal, not blocking), whose
    // accepted edits go through the editor in one undo step; nothing when the file cannot be
    // read or changes nothing (the message bar says which).
    ImportReviewDialog *importFile(const QString &path);
    void showExportChangeSetDialog();
    bool exportChangeSet(const QString &path); // JSON, or CSV when the name ends in .csv

    // Replaces the table with the segments of the query (asks first when work is unsaved).
    void loadSegments(const EditorBackend::SegmentQuery &query);
    void reloadSelected();
    bool openWorkingSet(const QString &path);
    bool saveWorkingSet(const QString &path);

    void check();
    void send();
    void retryFailed();
    void cancelOperation();
    // Reloads the rows whose send answer was lost and decides from the server's copies whether
    // the patch was applied (SendReconciler): applied rows become Updated, the others keep the
    // edit to send again; a segment the server no longer has fails with a problem saying so.
    void reconcileUnknown();
    // Writes the autosave now (removes it when nothing is left to lose).
    void autosaveNow();
    void revertSelection();
    void toggleExcludeSelection();
    // New, duplicated and deleted segments (MainWindowLifecycle.cpp): pending rows, created or
    // deleted by the next send; each an undo step.
    void showNewSegmentDialog();
    void duplicateSelection();
    void toggleDeleteSelection();
    void nextProblem();
    void previousProblem();
    void goToProblem(const QString &segmentId, const QString &fieldPath);
    // The reverse edits of a send of the history, checked against the server first (SendRevert);
    // they are pending edits, for the normal preview and send.
    void revertSend(qint64 sendId);
    // The support report of the selected row's last send, to the clipboard.
    void copyDiagnostics();

Q_SIGNALS:
    // The autosave was written (after the delay, a send, a restore).
    void autosaved(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Checking: the server's copies of the rows about to be sent are read first (conflicts).
    // Reconciling: the server's copies of the rows whose answer was lost.
    enum class Busy { None, Connecting, Loading, Reloading, Checking, Sending, Reconciling };

    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createDocks();
    void createStatusBar();
    void createSheetActions();
    QList<QAction *> sheetActions() const;
    void updateSheetActions();
    QStringList sheetScope() const;
    // The table header's menu: show, hide and reset columns (kept in the settings at once).
    void setUpColumnChooser();
    QMenu *columnMenu();
    QMenu *appearanceMenu();
    void fillColumnMenu(QMenu *menu);
    void setColumnShown(int column, bool shown);
    void connectBackend();
    void connectLoading(); // MainWindowLoad.cpp
    void restoreSettings();
    void saveSettings() const;

    void startLoad(const EditorBackend::SegmentQuery &query);
    // Check's message for the current counts; the invalid rows.
    QStringList showCheckResult();
    void refreshCheckResult();
    // The send (MainWindowSend.cpp): the workflow does the steps, the window words them.
    void connectSendWorkflow();
    void startSendWorkflow(const QStringList &ids, bool retry);
    void confirmUsedChanges(const QList<SendWorkflow::UsedChange> &changes);
    void sendWorkflowFinished(const SendWorkflow::Result &result);
    void showReconciled(const SendWorkflow::Result &result);
    void showNothingSent(const SendWorkflow::Result &result);
    void showSent(const SendWorkflow::Result &result);
    void showProblemsDock();
    void createHistory();
    void updateHistoryServer();
    void updateHistoryActions();
    void revertFinished(const SendRevert::Result &result);
    void resolveSelection(bool keepMine);
    QStringList retryCandidates() const;

    // Runs `proceed` once unsaved work is saved or the user chose to discard it; nothing when
    // the user cancels. Immediately when nothing is unsaved.
    void whenWorkIsSafe(const QString &question, std::function<void()> proceed);
    void saveThen(std::function<void()> proceed);

    // The window's work as a working set (what Save writes and the autosave holds).
    WorkingSet currentWorkingSet(bool withSegments = true) const;
    // Shows a working set's entries (opened or restored): the table, retry candidates, the
    // advertiser filter (named with the names the set kept) and where the set came from.
    void adoptWorkingSet(const QList<WorkingSetEntry> &entries, const QUrl &baseUrl,
                         const QString &apiVersion, const QList<Advertiser> &advertisers = {});
    bool needsAutosave() const;
    void scheduleAutosave();
    // The autosave now; the send workflow's checkpoint. True when nothing needed writing.
    bool writeAutosave(QString *error);
    // The autosave's entries with the journal's answers applied: sent without an answer means
    // Unknown. `sent` receives the patch and version of each such row.
    static QList<WorkingSetEntry> recoveredEntries(const RecoveryStore::Leftover &leftover,
                                                   QHash<QString, SendWorkflow::SentChange> *lost);
    void restoreLeftover();
    void discardLeftover();
    QString leftoverNotes(const RecoveryStore::Leftover &leftover) const;

    void jumpToProblemRow(int direction);
    void addAdvertisers(const QList<AudienceSegment> &segments);
    void refreshAdvertiserFilter();
    void setBusy(Busy busy, const QString &text = {});
    void updateActions();
    void updateLifecycleActions(bool hasSelection);
    void updateCounts();
    void updateConnection();
    void updateEmptyState();
    void updateTitle();
    void selectionChanged();
    static QAbstractItemView::EditTriggers tableEditTriggers(qsizetype selectedRows);

    QPointer<EditorBackend> m_backend;
    SegmentTableModel *m_model;
    SegmentFilterProxy *m_proxy;
    QUndoStack *m_undoStack;
    SegmentEditor *m_editor;
    SendWorkflow *m_send;
    SegmentInsightsController *m_insights = nullptr;

    MessageBar *m_messageBar = nullptr;
    FilterBar *m_filterBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_emptyPrimary = nullptr;
    QPushButton *m_emptyOpen = nullptr;
    QTableView *m_table = nullptr;
    SegmentDetailsPanel *m_details = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    std::unique_ptr<SendHistory> m_sendHistory;
    SendHistoryRecorder *m_historyRecorder = nullptr;
    SendRevert *m_revert = nullptr;
    SendHistoryPanel *m_historyPanel = nullptr;
    QDockWidget *m_sendHistoryDock = nullptr;
    QAction *m_copyDiagnosticsAction = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;

    QAction *m_connectAction = nullptr;
    QAction *m_loadAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_excludeAction = nullptr;
    QAction *m_newSegmentAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_keepMineAction = nullptr;
    QAction *m_takeServerAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findReplaceAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_reconcileAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_nextProblemAction = nullptr;
    QAction *m_previousProblemAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_exportSheetAction = nullptr;
    QAction *m_importSheetAction = nullptr;
    QAction *m_exportChangesAction = nullptr;
    QByteArray m_defaultHeaderState; // the columns as the window starts

    std::optional<EditorBackend::ConnectionSettings> m_connectionPreset;
    int m_chunkSize = 50;
    int m_maxConcurrentRequests = 2;
    Busy m_busy = Busy::None;
    QString m_currentFile;
    QUrl m_setBaseUrl; // where the open working set came from
    QString m_setApiVersion;
    QHash<QString, QString> m_advertiserNames;
    QSet<QString> m_advertiserIds; // of the loaded segments, for the filter
    QSet<QString> m_retryIds;      // failed or not sent in a send, until sent again
    bool m_retrySend = false;
    QString m_checkMessage; // the last result of Check, while the message bar shows it
    bool m_closeConfirmed = false;
    bool m_connectDialogOpen = false;

    // Nothing lost.
    std::unique_ptr<RecoveryStore> m_recovery;
    std::optional<RecoveryStore::Leftover> m_leftover; // until offerRecovery() is answered
    bool m_recoveryPending = false;                    // the leftover must not be written over yet
    QTimer *m_autosaveTimer = nullptr;
    int m_autosaveDelayMs = 2000;
    QString m_autosaveError; // the last one, told once
    // What the next autosave writes: the rows changed since the last one, or all of them.
    QSet<int> m_dirtyRows;
    bool m_autosaveAll = true;
};
