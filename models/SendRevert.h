#pragma once

#include "AudienceSegment.h"
#include "SendHistory.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

class SegmentEditor;
class SendPort;

// "Undo a send": from a send in the history, the reverse edits as pending edits of the rows, for
// the normal preview and send (the window and `segmentctl revert` alike). Each field the send
// applied goes back to its value before the send; a segment the send created is marked for
// deletion; a segment it deleted cannot come back, and the result says so. Failed and unsent
// segments changed nothing: nothing to undo.
//
// The server's current copies are reloaded first (SendPort::reload) and compared three ways, with
// the segment as the send left it as the base (SegmentTableModel::checkServerVersions): a field
// changed on the server since the send is a Conflict, resolved like any other, never overwritten
// silently; fields the server changed that the send did not touch follow the server. Segments not
// in the rows are added from the server's copy. The reverse edits are one undo step.
class SendRevert : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        qint64 sendId = 0;
        QStringList reverted;  // reverse edits pending
        QStringList conflicts; // also, but changed on the server since: in Conflict
        QHash<QString, QStringList> conflictFields;
        QStringList toDelete;        // created by the send: marked for deletion
        QStringList cannotRestore;   // deleted by the send: cannot come back
        QStringList alreadyReverted; // the server has the values from before the send again
        QStringList gone;            // no longer on the server: nothing to revert
        QStringList notApplied;      // the send did not change them (failed, not sent)
        QStringList unknown;         // whether the send applied them is not known
        QStringList added;           // not in the rows before: added from the server's copy
        QString error;               // the reload failed: nothing was changed
        bool cancelled = false;

        bool hasEdits() const
        {
            return !reverted.isEmpty() || !conflicts.isEmpty() || !toDelete.isEmpty();
        }
    };

    explicit SendRevert(SegmentEditor *editor, QObject *parent = nullptr);
    ~SendRevert() override;

    void setPort(SendPort *port);
    // Reloads the send's segments, then applies; finished() follows, never from inside the call.
    // False when one runs already or there is no port.
    bool start(const SendHistory::Send &send);
    void cancel();
    bool isRunning() const { return m_ticket != 0; }

    // The reverse edits from the server's current copies (`missing`: ids it no longer has).
    Result apply(const SendHistory::Send &send, const QList<AudienceSegment> &copies,
                 const QStringList &missing);

    // What a revert did, in sentences for the user (translated), the same in the window and
    // segmentctl: what is pending, what is in conflict, what cannot come back.
    static QStringList describe(const Result &result);
    // A revert's result for scripts (`segmentctl revert --json`).
    static QJsonObject toJson(const Result &result);

    // The ids of the segments whose server copies a revert of this send needs.
    static QStringList idsToReload(const SendHistory::Send &send);

Q_SIGNALS:
    void finished(const SendRevert::Result &result);

private:
    void reloaded(int ticket, const QList<AudienceSegment> &segments, const QStringList &missingIds,
                  const QString &error);

    QPointer<SegmentEditor> m_editor;
    QPointer<SendPort> m_port;
    SendHistory::Send m_send;
    int m_ticket = 0;
    int m_lastTicket = 0;
    bool m_cancelled = false;
};
Q_DECLARE_METATYPE(SendRevert::Result)
