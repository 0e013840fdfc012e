#pragma once

#include "AudienceSegment.h"
#include "SegmentOutcome.h"

#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// A write-ahead record of a send, so that a crash or a lost connection never leaves the user unsure
// of what Criteo holds. Before a chunk goes out, the journal records which segments and which
// patch; after the answer, their outcomes. Each record is one JSON line, flushed to disk before the
// request is sent. Reading a journal back tells which segments were sent without a recorded answer:
// their fate is unknown until the server's copy is reloaded and compared with the patch (see
// SendReconciler).
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
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }

    bool recordSending(const QList<Pending> &chunk);
    bool recordOutcomes(const QList<SegmentOutcome> &outcomes);
    // The send ended (all answered, or cancelled with nothing in flight): the journal is closed and
    // removed, since nothing is left to reconcile.
    void finish();

    static std::optional<Replay> replay(const QString &path, QString *error);

private:
    bool append(const QJsonObject &record);

    QFile m_file;
};
