#pragma once

#include "AudienceSegment.h"
#include "InsightsPort.h"
#include "Problem.h"
#include "SegmentInsightsFetcher.h"
#include "SegmentOutcome.h"
#include "SegmentTableModel.h"
#include "SendJournal.h"
#include "SendPort.h"
#include "WorkingSet.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

// One send from start to end, for the window and for `segmentctl push` alike: the only place
// where the steps of a send are written. It works on the rows of a SegmentTableModel (the window's
// table; the working set segmentctl loads into one) and reaches the API through a SendPort.
//
//   Idle -> Reloading: one reload of the segments to send and of every row whose last answer
//           was lost (Unknown); for a new row whose create answer was lost, the segments of its
//           advertiser, to find it by name.
//        -> reconcile the Unknown rows (SendReconciler: applied -> Updated, not applied -> sent
//           now if asked, vanished -> Failed);
//           compare the others three ways (SegmentTableModel::checkServerVersions): fields only
//           the server changed follow the server; fields both changed are a Conflict, not sent
//           unless Options::overwrite; a segment the server no longer has fails.
//        -> checkpoint (the driver saves)
//        -> CheckingUsage, when a usage fetcher is set and the send deletes segments or narrows
//           them (SegmentNarrowing): which audiences use them, asked afresh; when some are used
//           (or it cannot be told), Confirming: confirmationNeeded(); the driver shows them and
//           calls confirm() to send everything, or cancel() to send nothing
//           (Options::confirmUsed answers yes in advance, for scripts)
//        -> the journal starts
//        -> Sending: deletes, then updates, then creates (a name a deleted or renamed segment
//           gives up may be taken by a new one), each kind after the one before has been
//           answered; requests of Options::chunkSize items, at most maxConcurrentRequests at
//           once; each is written to the journal before it leaves (a request that cannot be
//           journaled is not sent, and the send stops there); each answer goes to the journal,
//           then onto the rows; a checkpoint at most every checkpointIntervalMs
//        -> the rows never sent become NotSent -> checkpoint -> the journal ends -> Idle,
//           finished(result).
//   A reload that fails, or a checkpoint that cannot be written before sending, ends the run
//   with nothing sent. cancel() ends a reload at once, and a send after the requests in flight.
//
// reconcile() runs only the first two steps for the Unknown rows. After a crash,
// replayJournal() turns what the journal says into Unknown rows to reconcile before anything is
// sent again: nothing is sent twice, no edit is lost.
class SendWorkflow : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Idle, Reloading, CheckingUsage, Confirming, Sending };
    Q_ENUM(Stage)

    struct Options
    {
        int chunkSize = 50;
        int maxConcurrentRequests = 2;
        // Send the user's values even in fields the server changed too since the row was loaded
        // (segmentctl push --overwrite); otherwise such rows are put in Conflict and not sent.
        bool overwrite = false;
        // A checkpoint at most this often while requests are answered (and always at the end),
        // and at most a tenth of the time.
        int checkpointIntervalMs = 3000;
        // Delete, or make reach fewer people, segments that audiences use without asking
        // (segmentctl push --confirm-used): the changes are still looked up and reported.
        bool confirmUsed = false;
    };

    // A change to a segment that audiences use, or may use: deleting it, or narrowing it.
    struct UsedChange
    {
        QString segmentId;
        QString name;
        SendPort::RequestKind kind = SendPort::RequestKind::Update; // Delete or Update
        QStringList reasons;          // of an update: why it narrows (SegmentNarrowing)
        QList<AudienceUse> audiences; // that use it
        QString usageError;           // it could not be looked up: it may be used
    };

    // One segment's change as it went out: the version it was built from and the patch.
    struct SentChange
    {
        AudienceSegment from;
        QJsonObject patch;
    };

    // What a run did, for the driver's words.
    struct Result
    {
        bool reconcileOnly = false;
        // Rows whose last answer was lost, decided from the server's copies.
        QStringList applied;    // the server had the change: Updated
        QStringList notApplied; // it did not: the edit stays (and is sent now if asked)
        QStringList gone;       // the server no longer has them: Failed
        // Rows to send, checked against the server's copies.
        QStringList rebased;     // changed on the server in other fields: the edit carried over
        QStringList conflicts;   // changed on the server in fields the user changed: not sent
        QStringList overwritten; // the same, sent anyway (Options::overwrite)
        QHash<QString, QStringList> conflictFields; // of conflicts and overwritten rows
        QStringList vanished;                       // the server no longer has them: Failed
        QStringList alreadyDeleted; // to delete, but the server no longer had them: removed
        QStringList leftOut;        // asked for, but not sendable (excluded, invalid, no change)
        // The send itself.
        QStringList sent;                // handed to the port, in order
        QHash<QString, QString> created; // new rows the server created: temporary id -> its id
        QStringList deleted;             // rows the server deleted (gone from the model)
        QList<SegmentOutcome> outcomes;  // of every row handed to the port or left unsent
        ProblemList batchProblems;
        int requests = 0; // HTTP requests, retries included
        int batches = 0;  // requests handed to the port (each may have been retried)
        // Deleted or narrowed segments that audiences use (or may use), as they were shown
        // for confirmation (or sent with Options::confirmUsed).
        QList<UsedChange> usedChanges;
        bool cancelled = false;
        // Why the run stopped before sending anything: the reload failed (or was cancelled), the
        // work or the journal could not be saved first, or the user did not confirm changing
        // segments in use (or cancelled while they were looked up).
        enum class Stop { None, Reload, Save, Usage };
        Stop stoppedAt = Stop::None;
        QString error;
        QString journalError; // the journal failed mid-send: the send stopped there
    };

    explicit SendWorkflow(SegmentTableModel *rows, QObject *parent = nullptr);
    ~SendWorkflow() override;

    SegmentTableModel *rows() const { return m_rows; }

    void setPort(SendPort *port);
    SendPort *port() const { return m_port; }
    // Where the journal of a send is written (empty: in memory only, for a window that has no
    // recovery folder: a crash then leaves nothing to replay, which the window says).
    void setJournalPath(const QString &path) { m_journalPath = path; }
    QString journalPath() const { return m_journalPath; }
    bool isJournalOpen() const { return m_journal.isOpen(); }
    // Saves the work (the window's autosave, segmentctl's file): entriesToSave() is what to
    // write. False with a message when it could not be written.
    using Checkpoint = std::function<bool(QString *error)>;
    void setCheckpoint(Checkpoint checkpoint) { m_checkpoint = std::move(checkpoint); }
    // Where to learn which audiences use the segments a send deletes or narrows (not owned;
    // nothing: such changes go out without the question). Its store keeps what it learns.
    void setUsageFetcher(SegmentInsightsFetcher *fetcher);
    // Ids of segments the driver holds outside the rows (segmentctl push loads only the entries
    // of its file a send may touch): a lost create is never matched to one of them.
    void setOtherIds(const QSet<QString> &ids) { m_otherIds = ids; }
    SegmentInsightsFetcher *usageFetcher() const { return m_usage; }

    // Sends the changes of these rows (the rows among them that are sendable once reloaded).
    // False when a run is under way or there is no port.
    bool start(const QStringList &ids, const Options &options);
    // Reconciles the Unknown rows only. False when a run is under way, there is no port or
    // nothing is Unknown.
    bool reconcile();
    // Confirming: send everything, the changes to segments in use included.
    void confirm();
    // Ends a reload at once, a usage check or a confirmation with nothing sent, a send after the
    // requests in flight.
    void cancel();

    bool isRunning() const { return m_stage != Stage::Idle; }
    Stage stage() const { return m_stage; }
    // The ids of the run under way: reloaded (Reloading) or to send (Sending).
    QStringList ids() const { return m_stage == Stage::Sending ? m_sendIds : m_reloadIds; }

    // The rows as they should be saved now: like SegmentTableModel::workingSetEntries(), except
    // that rows of the send under way whose request has not left yet are not "unknown".
    QList<WorkingSetEntry> entriesToSave() const;
    WorkingSetEntry entryToSave(int row) const; // one of them

    // The rows whose answer was lost, with what went out; a row missing here is reconciled
    // against the patch its versions give.
    void setLostAnswers(const QHash<QString, SentChange> &lost) { m_lost = lost; }
    void clearLostAnswers() { m_lost.clear(); }

    // What a journal left by a run that did not end says, applied to the entries of the last
    // save: every segment it names as sent without a recorded answer, or answered as applied
    // while the save still shows the edit, becomes Unknown (to reconcile before anything is
    // sent again); `lost` receives what went out for each.
    static QList<WorkingSetEntry> replayJournal(QList<WorkingSetEntry> entries,
                                                const SendJournal::Replay &journal,
                                                QHash<QString, SentChange> *lost);
    // The Unknown rows of the model, in row order.
    static QStringList unknownIds(const SegmentTableModel *rows);

Q_SIGNALS:
    void stageChanged(SendWorkflow::Stage stage);
    // Rows answered so far of those being sent.
    void progress(int done, int total);
    void retrying(const QStringList &segmentIds, int delayMs, const QString &reason);
    // The journal could not be written: the send stops after the requests in flight.
    void journalFailed(const QString &error);
    // Confirming: these changes touch segments that audiences use (or may use). Answer with
    // confirm() or cancel().
    void confirmationNeeded(const QList<SendWorkflow::UsedChange> &changes);
    // For observers (the send history): a request handed to the port, once journaled, while
    // the rows are as it was built from; and its answer, with one outcome per item of the
    // request (an item the answer did not name is Unknown), before the rows take them.
    void requestSent(const SendPort::Request &request);
    void requestAnswered(const SendPort::Answer &answer, const QList<SegmentOutcome> &outcomes);
    void finished(const SendWorkflow::Result &result);

private:
    void setStage(Stage stage);
    void reloaded(int ticket, const QList<AudienceSegment> &segments, const QStringList &missingIds,
                  const QString &error);
    void startReload(const QStringList &ids);
    void reloadDone();
    void reconcileCreates(const QStringList &ids, const QList<AudienceSegment> &copies);
    void reconcileRows(const QStringList &ids, const QList<AudienceSegment> &copies,
                       const QSet<QString> &missing);
    void checkRows(const QList<AudienceSegment> &copies, const QSet<QString> &missing);
    void beginSending();
    bool checkUsage();
    void usageFound(int ticket, const QString &error);
    void openJournalAndSend();
    void startMore();
    void answered(const SendPort::Answer &answer);
    void settle(const QList<SegmentOutcome> &outcomes);
    void maybeCheckpoint();
    bool checkpoint(QString *error);
    void finishSending();
    void end();

    QPointer<SegmentTableModel> m_rows;
    QPointer<SendPort> m_port;
    QString m_journalPath;
    SendJournal m_journal;
    Checkpoint m_checkpoint;
    QPointer<SegmentInsightsFetcher> m_usage;
    QMetaObject::Connection m_usageConnection;
    int m_usageTicket = 0;
    QStringList m_usageIds; // asked about

    Stage m_stage = Stage::Idle;
    Options m_options;
    Result m_result;
    int m_ticket = 0;
    QSet<int> m_reloadTickets; // reloads not answered yet
    // What the reloads brought so far.
    QList<AudienceSegment> m_copies;
    QStringList m_missing;
    QString m_reloadError;
    QStringList m_reloadIds;  // reloaded: to send, and Unknown rows
    QStringList m_unknownIds; // of them, the Unknown rows to reconcile
    QStringList m_askedIds;   // asked to send (empty for reconcile())

    // The send.
    QStringList m_sendIds;                         // sendable after the check, in row order
    int m_next = 0;                                // into m_sendIds: the next to go out
    QSet<QString> m_queued;                        // of m_sendIds, those not gone out yet
    QHash<int, QStringList> m_inFlight;            // ticket -> ids of a request on the wire
    QHash<QString, SendPort::RequestKind> m_kinds; // of m_sendIds
    QHash<QString, SentChange> m_sending;          // id -> what went out, until answered
    QSet<QString> m_settled;                       // answered
    int m_answered = 0;
    bool m_stopping = false; // cancelled or the journal failed: no new requests
    QElapsedTimer m_sinceCheckpoint;
    qint64 m_lastCheckpointMs = 0; // how long the last save took

    QHash<QString, SentChange> m_lost;
    QSet<QString> m_otherIds;
};
Q_DECLARE_METATYPE(SendWorkflow::Result)
