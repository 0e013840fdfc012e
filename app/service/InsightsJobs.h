#pragma once

#include "InsightsPort.h"
#include "RetryPolicy.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiClient;
class ApiReply;
class RetryingCall;

// The three read-mostly calls around a segment's size and use, each a job on the connection's
// ApiClient (rate limit, token renewal) with RetryingCall's retries:
//
// ComputeSizesJob: `POST audience-segments/compute-sizes` in batches of batchSize() ids (100),
// one request after the other. Partial success as for the PATCH: HTTP 200 with problems per item
// (ProblemMapper: `@data/i`, a `source` path, an id in the text); an item with a null size, a
// problem, or missing from `data` cannot be computed. A batch that fails as a whole (network,
// 5xx after the retries, 401/403) gives its items the error and the next batch is still asked.
class ComputeSizesJob : public QObject
{
    Q_OBJECT

public:
    ComputeSizesJob(ApiClient *client, const QStringList &ids, QObject *parent = nullptr);
    void setBatchSize(int ids) { m_batchSize = qBound(1, ids, InsightsPort::MaxIdsPerSizeRequest); }
    void setRetryOptions(const RetryPolicy::Options &options) { m_policy = RetryPolicy(options); }

    void start();
    void cancel();

    // One per id, in the order given; valid after finished().
    QList<InsightsPort::SizeItem> items() const { return m_items; }
    ProblemList batchProblems() const { return m_batchProblems; }
    QString errorString() const { return m_error; } // the first batch that failed as a whole
    int requestCount() const { return m_requests; }

    static QJsonObject requestBody(const QStringList &ids);

Q_SIGNALS:
    void finished();

private:
    void next();
    void answered(const QStringList &ids, ApiReply *reply);

    ApiClient *m_client;
    QStringList m_ids;
    int m_batchSize = InsightsPort::MaxIdsPerSizeRequest;
    qsizetype m_next = 0;
    RetryPolicy m_policy{RetryPolicy::Options{}};
    QPointer<RetryingCall> m_call;
    QList<InsightsPort::SizeItem> m_items;
    ProblemList m_batchProblems;
    QString m_error;
    int m_requests = 0;
    bool m_cancelled = false;
};

// EstimateSizeJob: `POST audience-segments/estimate-size` for one definition
// (AudienceSegmentSizeEstimationEntityV1). A null size, a problem in a 200 answer, or a 400/422
// that says why (size calculation not supported) mean "cannot be estimated"; other failures are
// errors.
class EstimateSizeJob : public QObject
{
    Q_OBJECT

public:
    EstimateSizeJob(ApiClient *client, const QJsonObject &definition, QObject *parent = nullptr);
    void setRetryOptions(const RetryPolicy::Options &options) { m_policy = RetryPolicy(options); }

    void start();
    void cancel();

    std::optional<qint64> size() const { return m_size; }
    ProblemList problems() const { return m_problems; }
    QString errorString() const { return m_error; }

    static QJsonObject requestBody(const QJsonObject &definition);

Q_SIGNALS:
    void finished();

private:
    ApiClient *m_client;
    QJsonObject m_definition;
    RetryPolicy m_policy{RetryPolicy::Options{}};
    QPointer<RetryingCall> m_call;
    std::optional<qint64> m_size;
    ProblemList m_problems;
    QString m_error;
};

// AudienceSearchJob: `POST marketing-solutions/audiences/search` with `audienceSegmentIds`, paged
// with limit and offset until meta.totalItems (a short page ends it without meta), in groups of
// 100 segment ids. Each audience comes once, with the segment ids its algebra names.
class AudienceSearchJob : public QObject
{
    Q_OBJECT

public:
    AudienceSearchJob(ApiClient *client, const QStringList &segmentIds, QObject *parent = nullptr);
    void setPageSize(int size) { m_pageSize = qBound(1, size, 100); }
    void setRetryOptions(const RetryPolicy::Options &options) { m_policy = RetryPolicy(options); }

    void start();
    void cancel();

    QList<AudienceUse> audiences() const { return m_audiences; }
    ProblemList problems() const { return m_problems; }
    QString errorString() const { return m_error; }
    int pagesLoaded() const { return m_pages; }

    static QJsonObject requestBody(const QStringList &segmentIds);
    // One AudienceEntityV1Resource; an empty id when it has none.
    static AudienceUse parseAudience(const QJsonValue &resource);

Q_SIGNALS:
    void finished();

private:
    void requestPage();

    ApiClient *m_client;
    QList<QStringList> m_groups;
    int m_group = 0;
    qint64 m_offset = 0;
    int m_pageSize = 100;
    RetryPolicy m_policy{RetryPolicy::Options{}};
    QPointer<RetryingCall> m_call;
    QList<AudienceUse> m_audiences;
    QSet<QString> m_seen;
    ProblemList m_problems;
    QString m_error;
    int m_pages = 0;
    bool m_cancelled = false;
};
