#pragma once

#include "PushReport.h"
#include "SegmentInsights.h"
#include "SegmentInsightsFetcher.h"
#include "SegmentTableModel.h"
#include "SendHistory.h"
#include "SendHistoryRecorder.h"
#include "SendWorkflow.h"
#include "ServiceInsightsPort.h"
#include "ServiceSendPort.h"
#include "WorkingSet.h"
#include "WorkingSetFile.h"

#include <QObject>

class CliConnection;
class QTextStream;

// One `segmentctl push`: the working set's file sent with the send workflow that the window uses
// too (SendWorkflow: reconcile what was left unknown, reload and compare, journal, requests,
// outcomes), on a SegmentTableModel holding the file's rows. This class only drives it: it reads
// the file and the journal an interrupted push left next to it (FILE.journal), signs in, prints
// progress and outcomes, and writes the file when the workflow saves (before the first request,
// at most every few seconds while answers come, and at the end) and the report.
class PushRunner : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString path; // the working set's file
        int chunkSize = 50;
        int maxConcurrentChunks = 2;
        // Send the user's values even where the server's copy changed the same field since the
        // working set was pulled (otherwise such segments are reported as conflicts, not sent).
        bool overwrite = false;
        // Delete or narrow segments that audiences use (listed first); without it, a push with
        // such a change sends nothing.
        bool confirmUsed = false;
        // The send history to record the push in (empty: SendHistory::defaultPath()).
        QString historyPath;
        bool recordHistory = true;
    };

    // Only the entries of `file` a send may touch are loaded into the rows; the others are
    // written back as they were (WorkingSetFile).
    PushRunner(const WorkingSetFile &file, const Options &options, CliConnection *connection,
               QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~PushRunner() override;

    static QString journalPath(const QString &file) { return file + QLatin1String(".journal"); }

    void start();
    // Stops new requests; what is in flight finishes and is written down. The push then ends
    // with exit code 2.
    void cancel();
    // Writes the file as it stands, for a push that is left at once (a second Ctrl+C): the
    // journal keeps what is still in flight.
    void saveNow();

    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }
    // Whether the push got as far as reconciling or sending (a report is worth writing).
    bool hasReport() const { return m_reported; }
    const PushReport &report() const { return m_report; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool replayJournal();
    void openHistory();
    void connected();
    bool writeFile(QString *error);
    void workflowFinished(const SendWorkflow::Result &result);
    void printReconciled(const SendWorkflow::Result &result);
    void printChecked(const SendWorkflow::Result &result);
    void printUsed(const QList<SendWorkflow::UsedChange> &changes, bool confirmed);
    void markNotSent(const SendWorkflow::Result &result);
    void buildReport(const SendWorkflow::Result &result);
    void printOutcomes();
    void finish(int exitCode);

    WorkingSetFile m_file; // the file as read; the rows of its entries to work on live in m_rows
    QHash<QString, QString> m_renamed; // created rows: temporary id -> the server's
    Options m_options;
    CliConnection *m_connection;
    QTextStream &m_out;
    QTextStream &m_err;
    SegmentTableModel m_rows;
    ServiceSendPort m_port;
    SegmentInsights m_usage;
    ServiceInsightsPort m_usagePort;
    SegmentInsightsFetcher m_usageFetcher;
    SendWorkflow m_workflow;
    SendHistory m_history;
    SendHistoryRecorder m_recorder{&m_history};

    bool m_journalFound = false; // an interrupted push left rows to reconcile, and its journal
    bool m_fromJournal = false;  // the rows to reconcile came from such a journal
    QHash<QString, SegmentOutcome> m_notSent; // conflicts and left out, with why
    QStringList m_order;                      // the rows' ids as the push found them
    QString m_fileError;                      // the file could not be written at some point
    bool m_unsaved = false;                   // the rows changed since the file was last written
    PushReport m_report;
    bool m_reported = false;
    bool m_cancelled = false;
    bool m_finished = false;
    int m_exitCode = 1;
};
