#pragma once

#include "AudienceSegment.h"
#include "Problem.h"
#include "SegmentOutcome.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QStringList>

// What the send workflow (SendWorkflow) needs from the outside world, and nothing more: read the
// server's current copies of some segments, and send one bulk request. The application implements
// it on the service layer (ServiceSendPort: SegmentSearchJob and BulkUpdateJob over the
// connection's ApiClient); tests implement it in memory. No network type appears here, so the
// workflow, the window and segmentctl stay free of network headers.
//
// Every call answers later through a signal, never from inside the call, and carries the
// caller's ticket back. Retrying what may be retried (429, 5xx, a renewed token) is the port's
// business and bounded; an answer is final.
class SendPort : public QObject
{
    Q_OBJECT

public:
    // The bulk endpoints share one answer shape (partial success, problems pointing at items by
    // `@data/i`, `source` or id): PATCH audience-segments, POST audience-segments/create and
    // POST audience-segments/delete.
    enum class RequestKind { Update, Create, Delete };
    Q_ENUM(RequestKind)

    struct Item
    {
        QString segmentId;    // for Create: the row's temporary id
        QJsonObject resource; // AudienceSegment{Update,Create,Delete}EntityV1Resource
    };

    struct Request
    {
        int ticket = 0;
        RequestKind kind = RequestKind::Update;
        QList<Item> items; // one request: the workflow chunks
    };

    struct Answer
    {
        int ticket = 0;
        // One per item, in any order. An item the answer does not name is treated as Unknown
        // by the workflow: it may have been applied. A create that succeeded has the entity,
        // with the id the server gave it.
        QList<SegmentOutcome> outcomes;
        ProblemList batchProblems; // problems no item could be given
        int attempts = 0;          // HTTP requests it took, retries included
        // For the send history and support reports (never a header: no token reaches here).
        // The request as it went out, and the last attempt's answer as it came back.
        QString method;     // "PATCH", "POST"
        QString path;       // "/2025-10/marketing-solutions/audience-segments"
        QString apiVersion; // "2025-10"
        int httpStatus = 0; // 0: no HTTP answer (not sent, connection lost, timeout)
        QJsonValue body;    // the answer's JSON; undefined when there was none, or not JSON
    };

    using QObject::QObject;

    // Answers with reloaded(ticket, …): the copies found, the ids the server no longer shows
    // (only when the reload completed), or an error saying why it stopped.
    virtual void reload(int ticket, const QStringList &ids) = 0;
    // Every segment of these advertisers, answered with reloaded(ticket, …) (no missing ids): to
    // find segments created by a send whose answer was lost.
    virtual void reloadAdvertisers(int ticket, const QStringList &advertiserIds) = 0;
    // Answers with answered().
    virtual void send(const Request &request) = 0;
    // Stops what can stop: reloads end with an error saying so; requests already on the wire
    // still answer; a request waiting to be retried answers with its items not sent.
    virtual void cancel() = 0;

Q_SIGNALS:
    void reloaded(int ticket, const QList<AudienceSegment> &segments, const QStringList &missingIds,
                  const QString &error);
    void answered(const SendPort::Answer &answer);
    // A request is retried after `delayMs`: for the driver's words, nothing to do.
    void retrying(const QStringList &segmentIds, int delayMs, const QString &reason);
};
Q_DECLARE_METATYPE(SendPort::Answer)
