#pragma once

#include "EditorBackend.h"
#include "SegmentTableModel.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>
#include <optional>

class FilterBar;
class MessageBar;
class ProblemsPanel;
class QAction;
class QDockWidget;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;
class QUndoStack;
class SegmentDetailsPanel;
class SegmentEditor;
class SegmentFilterProxy;

// The editor's window: the loop Load -> edit -> Check -> Preview -> Send -> review -> fix ->
// Retry failed, over one SegmentTableModel (the single source of truth), one QUndoStack and an
// EditorBackend for everything outside the machine.
//
// Dialogs open without a nested event loop (QDialog::open()) and act when they are answered, so
// the window stays responsive and tests answer them like a user would. Every action is in the
// menus, the important ones in the toolbar, with the standard shortcuts where Qt has them.
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

    // What the connect dialog shows instead of the saved settings (the demo server's).
    void setConnectionPreset(const EditorBackend::ConnectionSettings &settings);
    // Segments per PATCH request (50 by default).
    void setChunkSize(int chunkSize);
    int chunkSize() const { return m_chunkSize; }

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

    // Replaces the table with the segments of the query (asks first when work is unsaved).
    void loadSegments(const EditorBackend::SegmentQuery &query);
    void reloadSelected();
    bool openWorkingSet(const QString &path);
    bool saveWorkingSet(const QString &path);

    void check();
    void send();
    void retryFailed();
    void cancelOperation();
    void revertSelection();
    void toggleExcludeSelection();
    void nextProblem();
    void previousProblem();
    void goToProblem(const QString &segmentId, const QString &fieldPath);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Checking: the server's copies of the rows about to be sent are read first (conflicts).
    enum class Busy { None, Connecting, Loading, Reloading, Checking, Sending };

    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createDocks();
    void createStatusBar();
    void connectBackend();
    void restoreSettings();
    void saveSettings() const;

    void startLoad(const EditorBackend::SegmentQuery &query);
    void checkThenSend(const QList<SegmentTableModel::Change> &changes, bool retry);
    void serverCopiesRead(const QList<AudienceSegment> &segments, const QString &error);
    void startSend(const QList<SegmentTableModel::Change> &changes, bool retry);
    void resolveSelection(bool keepMine);
    QList<SegmentTableModel::Change> retryCandidates() const;
    void applyOutcomes(const QList<SegmentOutcome> &outcomes);
    void sendFinished(const QList<SegmentOutcome> &outcomes, const ProblemList &batchProblems,
                      bool cancelled);

    // Runs `proceed` once unsaved work is saved or the user chose to discard it; nothing when
    // the user cancels. Immediately when nothing is unsaved.
    void whenWorkIsSafe(const QString &question, std::function<void()> proceed);
    void saveThen(std::function<void()> proceed);

    void jumpToProblemRow(int direction);
    void addAdvertisers(const QList<AudienceSegment> &segments);
    void refreshAdvertiserFilter();
    void setBusy(Busy busy, const QString &text = {});
    void updateActions();
    void updateCounts();
    void updateConnection();
    void updateEmptyState();
    void updateTitle();
    void selectionChanged();

    QPointer<EditorBackend> m_backend;
    SegmentTableModel *m_model;
    SegmentFilterProxy *m_proxy;
    QUndoStack *m_undoStack;
    SegmentEditor *m_editor;

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
    QAction *m_keepMineAction = nullptr;
    QAction *m_takeServerAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findReplaceAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_nextProblemAction = nullptr;
    QAction *m_previousProblemAction = nullptr;
    QAction *m_aboutAction = nullptr;

    std::optional<EditorBackend::ConnectionSettings> m_connectionPreset;
    int m_chunkSize = 50;
    Busy m_busy = Busy::None;
    QString m_currentFile;
    QUrl m_setBaseUrl; // where the open working set came from
    QString m_setApiVersion;
    QHash<QString, QString> m_advertiserNames;
    QSet<QString> m_advertiserIds; // of the loaded segments, for the filter
    QSet<QString> m_retryIds;      // failed or not sent in a send, until sent again
    QStringList m_sendingIds;
    QSet<QString> m_settledIds; // of the send under way: outcomes applied
    bool m_retrySend = false;
    QStringList m_checkIds;     // the rows whose server copies are being read before a send
    QStringList m_newConflicts; // rows that check put in conflict, for the send's message
    bool m_closeConfirmed = false;
    bool m_connectDialogOpen = false;
};
