#pragma once

#include "AudienceSegment.h"
#include "SegmentOutcome.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// A write-ahead record of a send, so that a crash or a lost connection never leaves the user unsure
// of what Criteo holds. Before a request goes out, the journal records which segments and which
// patch; after the answer, their outcomes. It is an SQLite database (Qt SQL, QSQLITE) in WAL mode
// with synchronous=FULL: each record is one transaction, on disk before the request is sent, and
// what SQLite guarantees on a power cut is what the journal promises. Writing costs what the
// request holds, never what the working set holds. Reading a journal back tells which segments
// were sent without a recorded answer: their fate is unknown until the server's copy is reloaded
// and compared with the patch (see SendReconciler).
//
// Journals written by earlier versions (one JSON line per record) are still read.
//
// The journal holds ids and patches only: never a secret or a token.
class SendJournal
{
public:
    struct Pending
    {
        QString segmentId;
        QJsonObject patch; // the AudienceSegmentUpdateEntityV1Resource that was sent
    };

    // What a journal file says after a crash: the segments sent without an answer, and the last
    // recorded outcome of every other segment of the send.
    struct Replay
    {
        QList<Pending> unanswered;
        QHash<QString, SegmentOutcome::Status> answered;
        bool finished = false; // the send ran to its end
        int corruptLines = 0;  // a torn last line (crash mid-write) is expected and skipped
    };

    SendJournal() = default;
    ~SendJournal();
    SendJournal(const SendJournal &) = delete;
    SendJournal &operator=(const SendJournal &) = delete;

    // Starts a new journal (truncating an old one). False with a message when it cannot be written.
    // An empty path keeps the journal in memory only: nothing survives the process.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return !m_connection.isEmpty() || m_inMemory; }
    QString path() const { return m_inMemory ? QString() : m_path; }

    bool recordSending(const QList<Pending> &chunk);
    bool recordOutcomes(const QList<SegmentOutcome> &outcomes);
    // The send ended (all answered, or cancelled with nothing in flight): the journal is closed and
    // removed, since nothing is left to reconcile.
    void finish();
    // Stops writing and keeps the file as it is, for the next start to replay.
    void close();

    static std::optional<Replay> replay(const QString &path, QString *error);
    // Removes a journal file with what SQLite keeps beside it (-wal, -shm).
    static void remove(const QString &path);

    // The schema this version writes (PRAGMA user_version).
    static constexpr int schemaVersion = 1;

private:
    static std::optional<Replay> replayLines(const QString &path, QString *error);
    static std::optional<Replay> replayDatabase(const QString &path, QString *error);
    void closeDatabase();

    QString m_path;
    QString m_connection; // the QSqlDatabase connection name; empty when closed
    bool m_inMemory = false;
};
