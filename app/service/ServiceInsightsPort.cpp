#include "ServiceInsightsPort.h"

#include "ApiClient.h"
#include "InsightsJobs.h"

#include <QMetaObject>

ServiceInsightsPort::ServiceInsightsPort(QObject *parent)
    : InsightsPort(parent)
{ }

ServiceInsightsPort::~ServiceInsightsPort() = default;

void ServiceInsightsPort::setClient(ApiClient *client)
{
    if (m_client == client)
        return;
    // Jobs talk to the client they were made with: they go with it, unanswered.
    for (const QPointer<QObject> &job : std::as_const(m_jobs))
        delete job;
    m_jobs.clear();
    m_client = client;
}

ApiClient *ServiceInsightsPort::client() const
{
    return m_client;
}

QString ServiceInsightsPort::notConnected() const
{
    return tr("Not connected: connect to Criteo first.");
}

void ServiceInsightsPort::computeSizes(int ticket, const QStringList &segmentIds)
{
    if (!m_client) {
        SizesAnswer answer;
        answer.ticket = ticket;
        answer.error = notConnected();
        for (const QString &id : segmentIds)
            answer.items.append({id, std::nullopt, {}, answer.error});
        QMetaObject::invokeMethod(
                this, [this, answer] { Q_EMIT sizesComputed(answer); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new ComputeSizesJob(m_client, segmentIds, this);
    job->setRetryOptions(m_retry);
    m_jobs.append(job);
    connect(job, &ComputeSizesJob::finished, this, [this, job, ticket] {
        job->deleteLater();
        m_jobs.removeAll(job);
        SizesAnswer answer;
        answer.ticket = ticket;
        answer.items = job->items();
        answer.batchProblems = job->batchProblems();
        answer.error = job->errorString();
        answer.requests = job->requestCount();
        Q_EMIT sizesComputed(answer);
    });
    job->start();
}

void ServiceInsightsPort::estimateSize(int ticket, const QJsonObject &definition)
{
    if (!m_client) {
        EstimateAnswer answer;
        answer.ticket = ticket;
        answer.error = notConnected();
        QMetaObject::invokeMethod(
                this, [this, answer] { Q_EMIT sizeEstimated(answer); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new EstimateSizeJob(m_client, definition, this);
    job->setRetryOptions(m_retry);
    m_jobs.append(job);
    connect(job, &EstimateSizeJob::finished, this, [this, job, ticket] {
        job->deleteLater();
        m_jobs.removeAll(job);
        EstimateAnswer answer;
        answer.ticket = ticket;
        answer.size = job->size();
        answer.problems = job->problems();
        answer.error = job->errorString();
        Q_EMIT sizeEstimated(answer);
    });
    job->start();
}

void ServiceInsightsPort::findAudiences(int ticket, const QStringList &segmentIds)
{
    if (!m_client) {
        UsageAnswer answer;
        answer.ticket = ticket;
        answer.segmentIds = segmentIds;
        answer.error = notConnected();
        QMetaObject::invokeMethod(
                this, [this, answer] { Q_EMIT audiencesFound(answer); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new AudienceSearchJob(m_client, segmentIds, this);
    job->setRetryOptions(m_retry);
    m_jobs.append(job);
    connect(job, &AudienceSearchJob::finished, this, [this, job, ticket, segmentIds] {
        job->deleteLater();
        m_jobs.removeAll(job);
        UsageAnswer answer;
        answer.ticket = ticket;
        answer.segmentIds = segmentIds;
        answer.audiences = job->audiences();
        answer.problems = job->problems();
        answer.error = job->errorString();
        answer.pages = job->pagesLoaded();
        Q_EMIT audiencesFound(answer);
    });
    job->start();
}

void ServiceInsightsPort::cancel()
{
    for (const QPointer<QObject> &job : std::as_const(m_jobs)) {
        if (auto *sizes = qobject_cast<ComputeSizesJob *>(job))
            sizes->cancel();
        else if (auto *estimate = qobject_cast<EstimateSizeJob *>(job))
            estimate->cancel();
        else if (auto *search = qobject_cast<AudienceSearchJob *>(job))
            search->cancel();
    }
}
