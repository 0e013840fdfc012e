#pragma once

#include "PushReport.h"
#include "SendJournal.h"
#include "WorkingSet.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

class BulkUpdateJob;
class CliConnection;
class QTextStream;
class SegmentSearchJob;

// One `segmentctl push` from the working set's file to the server, in steps: sign in; reconcile
// what an interrupted push left unknown (the segments its journal lists as sent without an
// answer, and rows whose last outcome is "unknown": reload them, and decide per segment with
// SendReconciler whether the change was applied); then send the sendable changes with
// BulkUpdateJob. A journal next to the file (FILE.journal) records each chunk before it leaves,
// and the file is rewritten atomically after every chunk's answer, so that an interruption at
// any moment, even kill -9, leaves a consistent file and nothing that could be sent twice
// without the next push noticing. Before sending, the segments are reloaded: a field someone
// else changed since the pull is never overwritten silently (see Options::overwrite).
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
    };

    PushRunner(const WorkingSet &set, const Options &options, CliConnection *connection,
               QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~PushRunner() override;

    static QString journalPath(const QString &file) { return file + QLatin1String(".journal"); }

    void start();
    // Stops new requests; what is in flight finishes and is written down. The push then ends
    // with exit code 2.
    void cancel();

    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }
    // Whether the push got as far as reconciling or sending (a report is worth writing).
    bool hasReport() const { return m_reported; }
    const PushReport &report() const { return m_report; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Candidate
    {
        QString id;
        QJsonObject patch; // what was sent
    };

    void collectCandidates();
    void reconcile();
    void reconciled();
    void send();
    void checkBase(const QStringList &ids);
    void baseChecked();
    void sendChecked();
    void chunkStarted(const QStringList &ids);
    void chunkFinished(const QList<SegmentOutcome> &outcomes);
    void sendFinished();
    void apply(const SegmentOutcome &outcome);
    bool writeFile();
    void printOutcomes();
    void finish(int exitCode);
    int indexOf(const QString &id) const { return m_rows.value(id, -1); }

    WorkingSet m_set;
    Options m_options;
    CliConnection *m_connection;
    QTextStream &m_out;
    QTextStream &m_err;
    QHash<QString, int> m_rows; // segment id -> index into m_set.segments

    QList<Candidate> m_candidates;
    bool m_journalFound = false;
    QSet<QString> m_gone;      // reconciled as no longer on the server: not sent now
    QSet<QString> m_conflicts; // the server changed a field the user changed too: not sent now
    bool m_baseChecked = false;
    QStringList m_checkIds; // the segments reloaded for the base check

    QPointer<SegmentSearchJob> m_search;
    QPointer<BulkUpdateJob> m_job;
    QHash<QString, QJsonObject> m_patches; // id -> resource being sent
    QSet<QString> m_answered;              // ids whose chunk has its answer
    SendJournal m_journal;
    PushReport m_report;
    bool m_reported = false;
    bool m_cancelled = false;
    bool m_broken = false; // the file or the journal could not be written
    bool m_finished = false;
    int m_exitCode = 1;
};
