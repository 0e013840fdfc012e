#pragma once

#include "AudienceSegment.h"
#include "InsightsPort.h"
#include "SegmentInsights.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QTimer;

// Asks an InsightsPort for sizes and usage and writes the answers into a SegmentInsights store,
// the same way for the window and segmentctl. It paces what it asks, because the size endpoints
// are expensive and the API allows 250 calls a minute:
//  - sizes of saved segments in batches of batchSize() ids (at most InsightsPort's limit), one
//    request at a time, skipping ids already loading or known for their current definition;
//  - one estimate at a time; while one runs, a newer definition of the same or another segment
//    waits, and only the latest definition per segment is asked; scheduleEstimate() waits for
//    the user to stop typing (estimateDelay()) before asking;
//  - audiences in batches of batchSize() segment ids, one search at a time.
// Answers land in the store (sizes that cannot be computed as CannotCompute, a failed request as
// Failed for its ids) and are announced by the signals below.
class SegmentInsightsFetcher : public QObject
{
    Q_OBJECT

public:
    explicit SegmentInsightsFetcher(SegmentInsights *store, QObject *parent = nullptr);
    ~SegmentInsightsFetcher() override;

    // Not owned; nothing: every request fails at once with "not connected".
    void setPort(InsightsPort *port);
    InsightsPort *port() const { return m_port; }
    SegmentInsights *store() const { return m_store; }

    void setBatchSize(int ids) { m_batchSize = qBound(1, ids, InsightsPort::MaxIdsPerSizeRequest); }
    int batchSize() const { return m_batchSize; }
    void setEstimateDelay(int ms);
    int estimateDelay() const;

    // The current sizes of these saved segments (their server versions). With `again`, also
    // those already known. Returns how many were queued.
    int requestSizes(const QList<AudienceSegment> &saved, bool again = false);
    // The estimated size of this edited definition, now (queued behind a running estimate).
    // False when it cannot be estimated (SegmentInsights::canEstimate) or is already known for
    // this very definition (unless `again`).
    bool requestEstimate(const AudienceSegment &edited, bool again = false);
    // The same after estimateDelay() without a newer call for the segment: for "the user
    // stopped typing". A newer call for the same segment starts the wait over.
    void scheduleEstimate(const AudienceSegment &edited);
    // Which audiences use these segments. With `again`, also those already known. Returns a
    // ticket: usageFound(ticket, …) says when every one of them is known (or failed).
    int requestUsage(const QStringList &segmentIds, bool again = false);

    bool isBusy() const;
    // Stops what waits; what is in flight is told to stop too (its ids become Failed).
    void cancel();

Q_SIGNALS:
    // A batch of sizes landed in the store.
    void sizesArrived(const QStringList &ids);
    void estimateArrived(const QString &id);
    // Every id of requestUsage()'s `ticket` is known or failed; `error` names a failure.
    void usageFound(int ticket, const QStringList &segmentIds, const QString &error);
    // Nothing runs or waits any more.
    void idle();

private:
    void pumpSizes();
    void pumpEstimates();
    void pumpUsage();
    void sizesAnswered(const InsightsPort::SizesAnswer &answer);
    void estimateAnswered(const InsightsPort::EstimateAnswer &answer);
    void usageAnswered(const InsightsPort::UsageAnswer &answer);
    void checkIdle();

    struct UsageRequest
    {
        int ticket = 0;
        QStringList ids;
        QString error;
        int pending = 0; // batches not answered yet
    };

    QPointer<SegmentInsights> m_store;
    QPointer<InsightsPort> m_port;
    int m_batchSize = InsightsPort::MaxIdsPerSizeRequest;
    int m_nextTicket = 1;

    QStringList m_sizeQueue;
    QHash<QString, QString> m_sizeKeys; // id -> definition key asked for
    int m_sizeTicket = 0;               // in flight
    QStringList m_sizeInFlight;

    QStringList m_estimateQueue;               // ids, oldest first
    QHash<QString, AudienceSegment> m_waiting; // latest definition per queued id
    int m_estimateTicket = 0;
    QString m_estimateId;
    QString m_estimateKey;
    QTimer *m_estimateTimer;
    QHash<QString, AudienceSegment> m_scheduled; // waiting for the user to stop typing

    QList<QStringList> m_usageQueue; // batches
    QList<int> m_usageQueueTickets;
    int m_usagePortTicket = 0;
    int m_usageInFlightOf = 0;
    QHash<int, UsageRequest> m_usageRequests;
};
