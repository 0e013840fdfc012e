#include "BulkUpdateJob.h"

#include "ApiClient.h"
#include "ApiReply.h"
#include "PatchBuilder.h"
#include "ProblemMapper.h"
#include "RetryingCall.h"
#include "SegmentJson.h"
#include "ServiceLog.h"

#include <QJsonArray>
#include <QMetaObject>

namespace {

const QString patchPath = QStringLiteral("marketing-solutions/audience-segments");
const QString createPath = QStringLiteral("marketing-solutions/audience-segments/create");
const QString deletePath = QStringLiteral("marketing-solutions/audience-segments/delete");

Problem transportProblem(const QString &title, const QString &detail, int httpStatus)
{
    Problem problem;
    problem.origin = Problem::Origin::Transport;
    problem.severity = Problem::Severity::Error;
    problem.title = title;
    problem.detail = detail;
    if (httpStatus > 0)
        problem.code = QStringLiteral("http-%1").arg(httpStatus);
    return problem;
}

Problem transportProblem(const QString &title, const QString &detail, const ApiReply *reply)
{
    return transportProblem(title, detail, reply ? reply->httpStatus() : 0);
}

// Every bulk request changes data: one whose answer was lost after it may have reached the server
// is never sent again blindly (its segments become Unknown, and the workflow reconciles them).
RetryPolicy::Options forWrites(RetryPolicy::Options options)
{
    options.changesData = true;
    return options;
}

} // namespace

BulkUpdateJob::BulkUpdateJob(ApiClient *client, const QList<Item> &items, const Options &options,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_items(items)
    , m_options(options)
    , m_policy(forWrites(options.retry))
{
    const int size = qMax(1, m_options.chunkSize);
    for (int first = 0; first < m_items.size(); first += size)
        m_chunks.append({first, int(qMin<qsizetype>(size, m_items.size() - first)), {}, false});
    m_outcomes.reserve(m_items.size());
    for (const Item &item : m_items) {
        SegmentOutcome outcome;
        outcome.segmentId = item.segmentId;
        outcome.status = SegmentOutcome::Status::NotSent;
        m_outcomes.append(outcome);
    }
}

BulkUpdateJob::~BulkUpdateJob() = default;

bool BulkUpdateJob::allApplied() const
{
    for (const SegmentOutcome &outcome : m_outcomes)
        if (outcome.status != SegmentOutcome::Status::Updated
            && outcome.status != SegmentOutcome::Status::Warned)
            return false;
    return true;
}

QString BulkUpdateJob::method() const
{
    return m_options.kind == Kind::Update ? QStringLiteral("PATCH") : QStringLiteral("POST");
}

QString BulkUpdateJob::path() const
{
    const QString relative = m_options.kind == Kind::Create ? createPath
            : m_options.kind == Kind::Delete                ? deletePath
                                                            : patchPath;
    return m_client->config().versionedUrl(relative).path();
}

void BulkUpdateJob::start()
{
    if (m_started)
        return;
    m_started = true;
    qCInfo(lcBulk) << "sending" << m_items.size() << "change(s) in" << m_chunks.size()
                   << "chunk(s)";
    Q_EMIT progress(0, int(m_items.size()));
    if (m_chunks.isEmpty()) {
        finishIfDone();
        return;
    }
    startMore();
}

void BulkUpdateJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    qCInfo(lcBulk) << "cancelled: no new chunks;" << m_inFlight << "in flight finish";
    // Chunks never started stay "not sent"; those waiting for a retry stop waiting.
    for (int i = m_nextChunk; i < m_chunks.size(); ++i)
        m_chunks[i].done = true;
    m_nextChunk = int(m_chunks.size());
    for (Chunk &chunk : m_chunks)
        if (chunk.call)
            chunk.call->cancel(RetryingCall::CancelMode::LetInFlightFinish);
    finishIfDone();
}

void BulkUpdateJob::startMore()
{
    while (!m_cancelled && m_inFlight < qMax(1, m_options.maxConcurrentChunks)
           && m_nextChunk < m_chunks.size())
        startChunk(m_nextChunk++);
}

QStringList BulkUpdateJob::idsOf(const Chunk &chunk) const
{
    QStringList ids;
    for (int i = chunk.first; i < chunk.first + chunk.count; ++i)
        ids.append(m_items.at(i).segmentId);
    return ids;
}

void BulkUpdateJob::startChunk(int index)
{
    Chunk &chunk = m_chunks[index];
    QList<QJsonObject> resources;
    for (int i = chunk.first; i < chunk.first + chunk.count; ++i)
        resources.append(m_items.at(i).resource);
    const QJsonObject body = PatchBuilder::requestBody(resources);
    const QStringList ids = idsOf(chunk);

    ++m_inFlight;
    chunk.call = new RetryingCall(
            [this, body] {
                ++m_requests;
                switch (m_options.kind) {
                case Kind::Create:
                    return m_client->postChange(createPath, body);
                case Kind::Delete:
                    return m_client->postChange(deletePath, body);
                case Kind::Update:
                    break;
                }
                return m_client->patch(patchPath, body);
            },
            &m_policy, m_client->config().clock, this);
    connect(chunk.call, &RetryingCall::retryScheduled, this,
            [this, ids](int nextAttempt, int delayMs, const QString &reason) {
                Q_EMIT retryScheduled(ids, nextAttempt, delayMs, reason);
            });
    connect(chunk.call, &RetryingCall::finished, this,
            [this, index](ApiReply *reply) { chunkAnswered(index, reply); });
    Q_EMIT chunkStarted(ids);
    chunk.call->start();
}

QList<SegmentOutcome> BulkUpdateJob::allWith(const Chunk &chunk, SegmentOutcome::Status status,
                                             const Problem &problem) const
{
    QList<SegmentOutcome> outcomes;
    for (const QString &id : idsOf(chunk)) {
        SegmentOutcome outcome;
        outcome.segmentId = id;
        outcome.status = status;
        Problem own = problem;
        own.segmentId = id;
        outcome.problems.append(own);
        outcomes.append(outcome);
    }
    return outcomes;
}

ProblemMapper::ChunkResult BulkUpdateJob::resultOf(Kind kind, const QStringList &ids,
                                                   const QList<QJsonObject> &resources,
                                                   const QJsonValue &json, int httpStatus)
{
    const auto answer = SegmentJson::parseSegmentListResponse(json);
    ProblemMapper::ChunkResult result = kind == Kind::Create
            ? ProblemMapper::reconcileCreated(ids, resources, answer)
            : ProblemMapper::reconcile(ids, answer);
    if (kind == Kind::Delete)
        for (SegmentOutcome &outcome : result.outcomes)
            outcome.entity.reset(); // an id, nothing more: the row goes
    if (!answer.issues.isEmpty()) {
        QStringList paths;
        for (const auto &issue : answer.issues)
            paths.append(issue.path);
        result.batchProblems.append(transportProblem(
                tr("Part of the server's answer could not be read"),
                tr("These parts did not match the API contract and were ignored: %1")
                        .arg(paths.join(QStringLiteral(", "))),
                httpStatus));
    }
    return result;
}

void BulkUpdateJob::chunkAnswered(int index, ApiReply *reply)
{
    Chunk &chunk = m_chunks[index];
    chunk.call->deleteLater();
    const QStringList ids = idsOf(chunk);
    m_lastStatus = reply->httpStatus();
    m_lastAnswer = reply->json();

    switch (reply->error()) {
    case ApiReply::Error::None: {
        QList<QJsonObject> resources;
        if (m_options.kind == Kind::Create)
            for (int i = chunk.first; i < chunk.first + chunk.count; ++i)
                resources.append(m_items.at(i).resource);
        const ProblemMapper::ChunkResult result
                = resultOf(m_options.kind, ids, resources, reply->json(), reply->httpStatus());
        m_batchProblems += result.batchProblems;
        settle(index, result.outcomes);
        return;
    }
    case ApiReply::Error::InvalidBody:
    case ApiReply::Error::Timeout:
    case ApiReply::Error::Network:
    case ApiReply::Error::Cancelled: {
        const bool reached
                = reply->error() == ApiReply::Error::InvalidBody || reply->mayHaveReachedServer();
        const Problem problem = reached
                ? transportProblem(tr("Answer lost"),
                                   tr("%1 The change may or may not have been applied: reload the "
                                      "segment to find out before sending again.")
                                           .arg(reply->errorString()),
                                   reply)
                : transportProblem(tr("Not sent"), reply->errorString(), reply);
        settle(index,
               allWith(chunk,
                       reached ? SegmentOutcome::Status::Unknown : SegmentOutcome::Status::NotSent,
                       problem));
        return;
    }
    case ApiReply::Error::Http:
    case ApiReply::Error::Authentication:
    case ApiReply::Error::Refused:
        break;
    }

    // The server refused the whole request: every segment of the chunk failed. Problems that
    // point at items go to them; the rest describe the whole chunk.
    const ProblemMapper::Mapping mapping = ProblemMapper::map(ids, reply->problems());
    const Problem general = transportProblem(reply->errorString(), {}, reply);
    QList<SegmentOutcome> outcomes;
    for (const QString &id : ids) {
        SegmentOutcome outcome;
        outcome.segmentId = id;
        outcome.status = reply->error() == ApiReply::Error::Refused
                ? SegmentOutcome::Status::NotSent
                : SegmentOutcome::Status::Failed;
        outcome.problems = mapping.bySegment.value(id);
        for (Problem problem : mapping.batch) {
            problem.segmentId = id;
            outcome.problems.append(problem);
        }
        if (outcome.problems.isEmpty()) {
            Problem own = general;
            own.segmentId = id;
            outcome.problems.append(own);
        }
        outcomes.append(outcome);
    }
    settle(index, outcomes);
}

void BulkUpdateJob::settle(int index, const QList<SegmentOutcome> &outcomes)
{
    Chunk &chunk = m_chunks[index];
    for (int i = 0; i < outcomes.size() && i < chunk.count; ++i) {
        SegmentOutcome outcome = outcomes.at(i);
        // reconcile() skips repeated ids; keep item order by id.
        const int at = chunk.first + i;
        if (m_items.at(at).segmentId == outcome.segmentId)
            m_outcomes[at] = outcome;
    }
    chunk.done = true;
    --m_inFlight;
    m_done += chunk.count;
    Q_EMIT chunkFinished(outcomes);
    Q_EMIT progress(m_done, int(m_items.size()));
    startMore();
    finishIfDone();
}

void BulkUpdateJob::finishIfDone()
{
    if (m_finished || m_inFlight > 0 || (!m_cancelled && m_nextChunk < m_chunks.size()))
        return;
    m_finished = true;
    qCInfo(lcBulk) << "finished after" << m_requests << "request(s)";
    QMetaObject::invokeMethod(this, &BulkUpdateJob::finished, Qt::QueuedConnection);
}
