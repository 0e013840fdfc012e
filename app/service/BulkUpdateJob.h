#pragma once

#include "Problem.h"
#include "ProblemMapper.h"
#include "RetryPolicy.h"
#include "SegmentOutcome.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>

class ApiClient;
class ApiReply;
class RetryingCall;

// Sends segment changes with one of the bulk endpoints (`PATCH audience-segments`, `POST
// audience-segments/create`, `POST audience-segments/delete`, which answer alike): in chunks (50 by
// default), a bounded number at a time, retrying what may be retried (429 after the wait the server
// asks for; 5xx and network failures with backoff; never a validation failure). Every segment ends
// in a known state: updated, warned, failed, not sent, or unknown (sent, but the answer was lost).
// Cancel stops new chunks and lets the ones in flight finish, so nothing is left half-known that
// need not be.
class BulkUpdateJob : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        QString segmentId;
        QJsonObject resource; // PatchBuilder::build / buildCreate / buildDelete
    };
    enum class Kind { Update, Create, Delete };
    struct Options
    {
        Kind kind = Kind::Update;
        int chunkSize = 50;
        int maxConcurrentChunks = 2;
        RetryPolicy::Options retry;
    };

    BulkUpdateJob(ApiClient *client, const QList<Item> &items, const Options &options,
                  QObject *parent = nullptr);
    ~BulkUpdateJob() override;

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    bool wasCancelled() const { return m_cancelled; }
    int chunkCount() const { return int(m_chunks.size()); }
    int requestCount() const { return m_requests; }
    // One per item, in the order of the items (whatever order the answers came in).
    QList<SegmentOutcome> outcomes() const { return m_outcomes; }
    ProblemList batchProblems() const { return m_batchProblems; }
    bool allApplied() const;
    // The request as it goes out ("PATCH", "/2025-10/marketing-solutions/audience-segments"),
    // and the status and JSON body of the last answer that came back (0 and undefined before one
    // did): for the send history and support reports. No header is kept.
    QString method() const;
    QString path() const;
    int lastHttpStatus() const { return m_lastStatus; }
    QJsonValue lastAnswer() const { return m_lastAnswer; }

    // The outcomes of one chunk from the JSON of a 2xx answer (`ids[i]` was sent as data[i];
    // `resources` only for creates): pure, so it is tested and fuzzed without a network.
    static ProblemMapper::ChunkResult resultOf(Kind kind, const QStringList &ids,
                                               const QList<QJsonObject> &resources,
                                               const QJsonValue &json, int httpStatus);

Q_SIGNALS:
    void chunkStarted(const QStringList &segmentIds);
    void chunkFinished(const QList<SegmentOutcome> &outcomes);
    void retryScheduled(const QStringList &segmentIds, int nextAttempt, int delayMs,
                        const QString &reason);
    void progress(int done, int total);
    void finished();

private:
    struct Chunk
    {
        int first = 0; // index into m_items
        int count = 0;
        QPointer<RetryingCall> call;
        bool done = false;
    };

    void startMore();
    void startChunk(int index);
    void chunkAnswered(int index, ApiReply *reply);
    void settle(int index, const QList<SegmentOutcome> &outcomes);
    QStringList idsOf(const Chunk &chunk) const;
    QList<SegmentOutcome> allWith(const Chunk &chunk, SegmentOutcome::Status status,
                                  const Problem &problem) const;
    void finishIfDone();

    ApiClient *m_client;
    QList<Item> m_items;
    Options m_options;
    RetryPolicy m_policy;
    QList<Chunk> m_chunks;
    QList<SegmentOutcome> m_outcomes;
    ProblemList m_batchProblems;
    int m_nextChunk = 0;
    int m_inFlight = 0;
    int m_done = 0;
    int m_requests = 0;
    int m_lastStatus = 0;
    QJsonValue m_lastAnswer;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};
