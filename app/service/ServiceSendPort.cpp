#include "ServiceSendPort.h"

#include "ApiClient.h"
#include "BulkUpdateJob.h"
#include "SegmentSearchJob.h"

#include <QMetaObject>
#include <QSet>

ServiceSendPort::ServiceSendPort(QObject *parent)
    : SendPort(parent)
{ }

ServiceSendPort::~ServiceSendPort() = default;

void ServiceSendPort::setClient(ApiClient *client)
{
    if (m_client == client)
        return;
    // Jobs talk to the client they were made with: they go with it, unanswered. The window
    // changes connections only when no send runs.
    for (const Reload &reload : std::as_const(m_reloads))
        for (const QPointer<SegmentSearchJob> &job : reload.jobs)
            delete job;
    for (const QPointer<BulkUpdateJob> &job : std::as_const(m_requests))
        delete job;
    m_reloads.clear();
    m_requests.clear();
    m_client = client;
}

ApiClient *ServiceSendPort::client() const
{
    return m_client;
}

void ServiceSendPort::reload(int ticket, const QStringList &ids)
{
    // Slices of whole search calls (100 ids each), as even as they can be.
    const qsizetype calls = (ids.size() + 99) / 100;
    const qsizetype searches = qBound(qsizetype(1), calls, qsizetype(m_reloadConcurrency));
    const qsizetype callsPerSearch = (calls + searches - 1) / searches;
    QList<SegmentSearchJob::Query> queries;
    for (qsizetype i = 0; i < ids.size() || queries.isEmpty(); i += callsPerSearch * 100) {
        SegmentSearchJob::Query query;
        query.segmentIds = ids.mid(i, callsPerSearch * 100);
        queries.append(query);
    }
    search(ticket, queries);
}

void ServiceSendPort::reloadAdvertisers(int ticket, const QStringList &advertiserIds)
{
    SegmentSearchJob::Query query;
    query.advertiserIds = advertiserIds;
    search(ticket, {query});
}

// Both reloads: searches run at once, answered together with reloaded() (missing ids only for a
// search by id, and only when every search completed).
void ServiceSendPort::search(int ticket, const QList<SegmentSearchJob::Query> &queries)
{
    if (!m_client) {
        QMetaObject::invokeMethod(
                this,
                [this, ticket] {
                    Q_EMIT reloaded(ticket, {}, {}, tr("Not connected: connect to Criteo first."));
                },
                Qt::QueuedConnection);
        return;
    }
    Reload &reload = m_reloads[ticket];
    reload.pending = int(queries.size());
    reload.segments.resize(queries.size());
    reload.missing.resize(queries.size());
    QList<SegmentSearchJob *> jobs;
    for (qsizetype slice = 0; slice < queries.size(); ++slice) {
        const SegmentSearchJob::Query &query = queries.at(slice);
        auto *job = new SegmentSearchJob(m_client, query, this);
        job->setPageSize(m_pageSize);
        job->setRetryOptions(m_retry);
        reload.jobs.append(job);
        jobs.append(job);
        connect(job, &SegmentSearchJob::finished, this, [this, job, ticket, slice] {
            job->deleteLater();
            const auto found = m_reloads.find(ticket);
            if (found == m_reloads.end())
                return;
            Reload &r = *found;
            QString error = job->errorString();
            if (error.isEmpty() && job->wasCancelled())
                error = tr("Reload cancelled.");
            if (r.error.isEmpty() && !error.isEmpty()) {
                // What arrived is incomplete anyway: the others stop too.
                r.error = error;
                for (const QPointer<SegmentSearchJob> &other : std::as_const(r.jobs))
                    if (other && other != job)
                        other->cancel();
            }
            r.segments[slice] = job->segments();
            r.missing[slice] = job->missingIds();
            if (--r.pending > 0)
                return;
            const Reload done = m_reloads.take(ticket);
            QList<AudienceSegment> segments;
            QStringList missing;
            for (qsizetype i = 0; i < done.segments.size(); ++i) {
                segments += done.segments.at(i);
                missing += done.missing.at(i);
            }
            Q_EMIT reloaded(ticket, segments, done.error.isEmpty() ? missing : QStringList(),
                            done.error);
        });
    }
    for (SegmentSearchJob *job : jobs)
        job->start();
}

void ServiceSendPort::send(const Request &request)
{
    QList<BulkUpdateJob::Item> items;
    items.reserve(request.items.size());
    for (const Item &item : request.items)
        items.append({item.segmentId, item.resource});
    if (!m_client) {
        // Nothing left the machine.
        Answer answer;
        answer.ticket = request.ticket;
        for (const Item &item : request.items) {
            SegmentOutcome outcome;
            outcome.segmentId = item.segmentId;
            outcome.status = SegmentOutcome::Status::NotSent;
            answer.outcomes.append(outcome);
        }
        QMetaObject::invokeMethod(
                this, [this, answer] { Q_EMIT answered(answer); }, Qt::QueuedConnection);
        return;
    }
    BulkUpdateJob::Options options;
    options.chunkSize = int(qMax<qsizetype>(1, items.size()));
    options.maxConcurrentChunks = 1;
    switch (request.kind) {
    case RequestKind::Update:
        options.kind = BulkUpdateJob::Kind::Update;
        break;
    case RequestKind::Create:
        options.kind = BulkUpdateJob::Kind::Create;
        break;
    case RequestKind::Delete:
        options.kind = BulkUpdateJob::Kind::Delete;
        break;
    }
    options.retry = m_retry;
    auto *job = new BulkUpdateJob(m_client, items, options, this);
    const int ticket = request.ticket;
    m_requests.insert(ticket, job);
    connect(job, &BulkUpdateJob::retryScheduled, this,
            [this](const QStringList &ids, int, int delayMs, const QString &reason) {
                Q_EMIT retrying(ids, delayMs, reason);
            });
    connect(job, &BulkUpdateJob::finished, this, [this, job, ticket] {
        job->deleteLater();
        m_requests.remove(ticket);
        Answer answer;
        answer.ticket = ticket;
        answer.outcomes = job->outcomes();
        answer.batchProblems = job->batchProblems();
        answer.attempts = job->requestCount();
        answer.method = job->method();
        answer.path = job->path();
        answer.apiVersion = m_client ? m_client->config().apiVersion : QString();
        answer.httpStatus = job->lastHttpStatus();
        answer.body = job->lastAnswer();
        Q_EMIT answered(answer);
    });
    job->start();
}

void ServiceSendPort::cancel()
{
    for (const Reload &reload : std::as_const(m_reloads))
        for (const QPointer<SegmentSearchJob> &job : reload.jobs)
            if (job)
                job->cancel();
    for (const QPointer<BulkUpdateJob> &job : std::as_const(m_requests))
        if (job)
            job->cancel();
}
