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
    for (const QPointer<SegmentSearchJob> &job : std::as_const(m_reloads))
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
    SegmentSearchJob::Query query;
    query.segmentIds = ids;
    search(ticket, query);
}

void ServiceSendPort::reloadAdvertisers(int ticket, const QStringList &advertiserIds)
{
    SegmentSearchJob::Query query;
    query.advertiserIds = advertiserIds;
    search(ticket, query);
}

// Both reloads: one search, answered with reloaded() (missing ids only for a search by id).
void ServiceSendPort::search(int ticket, const SegmentSearchJob::Query &query)
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
    auto *job = new SegmentSearchJob(m_client, query, this);
    job->setPageSize(m_pageSize);
    job->setRetryOptions(m_retry);
    m_reloads.insert(ticket, job);
    connect(job, &SegmentSearchJob::finished, this, [this, job, ticket] {
        job->deleteLater();
        m_reloads.remove(ticket);
        QString error = job->errorString();
        if (error.isEmpty() && job->wasCancelled())
            error = tr("Reload cancelled.");
        Q_EMIT reloaded(ticket, job->segments(), job->missingIds(), error);
    });
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
    for (const QPointer<SegmentSearchJob> &job : std::as_const(m_reloads))
        if (job)
            job->cancel();
    for (const QPointer<BulkUpdateJob> &job : std::as_const(m_requests))
        if (job)
            job->cancel();
}
