#include "InsightsJobs.h"

#include "ApiClient.h"
#include "ApiReply.h"
#include "ProblemMapper.h"
#include "RetryingCall.h"
#include "SegmentJson.h"

#include <QJsonArray>
#include <QMetaObject>
#include <QUrlQuery>

namespace {

const QString sizesPath = QStringLiteral("marketing-solutions/audience-segments/compute-sizes");
const QString estimatePath = QStringLiteral("marketing-solutions/audience-segments/estimate-size");
const QString audiencesPath = QStringLiteral("marketing-solutions/audiences/search");
constexpr int idsPerAudienceSearch = 100;

// The errors and warnings of an answer, both per-item channels.
ProblemList answerProblems(const QJsonObject &root)
{
    ProblemList problems;
    SegmentJson::ParseIssues issues;
    const struct
    {
        const char *key;
        Problem::Severity severity;
    } channels[] = {{"errors", Problem::Severity::Error}, {"warnings", Problem::Severity::Warning}};
    for (const auto &channel : channels) {
        const QJsonArray list = root.value(QLatin1String(channel.key)).toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            problems.append(SegmentJson::parseProblem(
                    list.at(i), channel.severity, &issues,
                    QStringLiteral("%1/%2").arg(QLatin1String(channel.key)).arg(i)));
    }
    return problems;
}

std::optional<qint64> sizeOf(const QJsonValue &attributes)
{
    const QJsonValue size = attributes.toObject().value(QLatin1String("size"));
    if (!size.isDouble())
        return std::nullopt;
    return size.toInteger();
}

// A 4xx whose problems say what is wrong with the request (size not supported): an answer,
// not a failure of the connection.
bool isRefusal(const ApiReply *reply)
{
    const int status = reply->httpStatus();
    return reply->error() == ApiReply::Error::Http && (status == 400 || status == 422)
            && !reply->problems().isEmpty();
}

void collectSegments(const QJsonValue &node, QStringList *ids, int depth = 0)
{
    if (depth > 64 || !node.isObject())
        return;
    const QJsonObject o = node.toObject();
    const QJsonValue leaf = o.value(QLatin1String("audienceSegmentId"));
    if (leaf.isString() && !ids->contains(leaf.toString()))
        ids->append(leaf.toString());
    for (const char *key : {"and", "or"}) {
        const QJsonArray children = o.value(QLatin1String(key)).toArray();
        for (const QJsonValue &child : children)
            collectSegments(child, ids, depth + 1);
    }
    collectSegments(o.value(QLatin1String("not")), ids, depth + 1);
}

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

} // namespace

// ---- ComputeSizesJob

ComputeSizesJob::ComputeSizesJob(ApiClient *client, const QStringList &ids, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ids(ids)
{ }

QJsonObject ComputeSizesJob::requestBody(const QStringList &ids)
{
    QJsonArray data;
    for (const QString &id : ids)
        data.append(QJsonObject{{QLatin1String("id"), id},
                                {QLatin1String("type"), QLatin1String("AudienceSegment")},
                                {QLatin1String("attributes"), QJsonObject()}});
    return QJsonObject{{QLatin1String("data"), data}};
}

void ComputeSizesJob::start()
{
    m_next = 0;
    next();
}

void ComputeSizesJob::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->cancel();
}

void ComputeSizesJob::next()
{
    if (m_next >= m_ids.size()) {
        QMetaObject::invokeMethod(this, &ComputeSizesJob::finished, Qt::QueuedConnection);
        return;
    }
    const QStringList ids = m_ids.mid(m_next, m_batchSize);
    m_next += ids.size();
    if (m_cancelled) {
        for (const QString &id : ids)
            m_items.append({id, std::nullopt, {}, tr("Cancelled.")});
        next();
        return;
    }
    const QJsonObject body = requestBody(ids);
    m_call = new RetryingCall(
            [this, body] {
                ++m_requests;
                return m_client->post(sizesPath, body);
            },
            &m_policy, m_client->config().clock, this);
    connect(m_call, &RetryingCall::finished, this, [this, ids](ApiReply *reply) {
        m_call->deleteLater();
        m_call = nullptr;
        answered(ids, reply);
        next();
    });
    m_call->start();
}

void ComputeSizesJob::answered(const QStringList &ids, ApiReply *reply)
{
    ProblemList problems;
    QHash<QString, std::optional<qint64>> sizes;
    if (reply->error() == ApiReply::Error::None) {
        const QJsonObject root = reply->json().toObject();
        problems = answerProblems(root);
        const QJsonArray data = root.value(QLatin1String("data")).toArray();
        for (const QJsonValue &item : data) {
            const QString id = text(item.toObject().value(QLatin1String("id")));
            if (!id.isEmpty())
                sizes.insert(id, sizeOf(item.toObject().value(QLatin1String("attributes"))));
        }
    } else if (isRefusal(reply)) {
        problems = reply->problems();
    } else {
        const QString error = reply->errorString();
        if (m_error.isEmpty())
            m_error = error;
        for (const QString &id : ids)
            m_items.append({id, std::nullopt, {}, error});
        return;
    }
    const ProblemMapper::Mapping mapping = ProblemMapper::map(ids, problems);
    m_batchProblems += mapping.batch;
    for (const QString &id : ids) {
        InsightsPort::SizeItem item;
        item.segmentId = id;
        item.size = sizes.value(id);
        item.problems = mapping.bySegment.value(id);
        // A refusal of the whole request names no item: each one shares it.
        if (reply->error() != ApiReply::Error::None && item.problems.isEmpty())
            item.problems = mapping.batch;
        m_items.append(item);
    }
}

// ---- EstimateSizeJob

EstimateSizeJob::EstimateSizeJob(ApiClient *client, const QJsonObject &definition, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_definition(definition)
{ }

QJsonObject EstimateSizeJob::requestBody(const QJsonObject &definition)
{
    return QJsonObject{{QLatin1String("data"),
                        QJsonObject{{QLatin1String("type"), QLatin1String("AudienceSegment")},
                                    {QLatin1String("attributes"), definition}}}};
}

void EstimateSizeJob::start()
{
    const QJsonObject body = requestBody(m_definition);
    m_call = new RetryingCall([this, body] { return m_client->post(estimatePath, body); },
                              &m_policy, m_client->config().clock, this);
    connect(m_call, &RetryingCall::finished, this, [this](ApiReply *reply) {
        m_call->deleteLater();
        m_call = nullptr;
        if (reply->error() == ApiReply::Error::None) {
            const QJsonObject root = reply->json().toObject();
            m_problems = answerProblems(root);
            m_size = sizeOf(root.value(QLatin1String("data"))
                                    .toObject()
                                    .value(QLatin1String("attributes")));
        } else if (isRefusal(reply)) {
            m_problems = reply->problems();
        } else {
            m_error = reply->errorString();
        }
        Q_EMIT finished();
    });
    m_call->start();
}

void EstimateSizeJob::cancel()
{
    if (m_call)
        m_call->cancel();
}

// ---- AudienceSearchJob

AudienceSearchJob::AudienceSearchJob(ApiClient *client, const QStringList &segmentIds,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    for (qsizetype i = 0; i < segmentIds.size(); i += idsPerAudienceSearch)
        m_groups.append(segmentIds.mid(i, idsPerAudienceSearch));
}

QJsonObject AudienceSearchJob::requestBody(const QStringList &segmentIds)
{
    return QJsonObject{{QLatin1String("data"),
                        QJsonObject{{QLatin1String("attributes"),
                                     QJsonObject{{QLatin1String("audienceSegmentIds"),
                                                  QJsonArray::fromStringList(segmentIds)}}}}}};
}

AudienceUse AudienceSearchJob::parseAudience(const QJsonValue &resource)
{
    const QJsonObject o = resource.toObject();
    const QJsonObject attributes = o.value(QLatin1String("attributes")).toObject();
    AudienceUse audience;
    audience.id = text(o.value(QLatin1String("id")));
    audience.name = attributes.value(QLatin1String("name")).toString();
    audience.advertiserId = text(attributes.value(QLatin1String("advertiserId")));
    const QJsonArray adSets = attributes.value(QLatin1String("adSetIds")).toArray();
    for (const QJsonValue &adSet : adSets)
        if (const QString id = text(adSet); !id.isEmpty() && !audience.adSetIds.contains(id))
            audience.adSetIds.append(id);
    collectSegments(attributes.value(QLatin1String("algebra")), &audience.segmentIds);
    return audience;
}

void AudienceSearchJob::start()
{
    if (m_groups.isEmpty()) {
        QMetaObject::invokeMethod(this, &AudienceSearchJob::finished, Qt::QueuedConnection);
        return;
    }
    requestPage();
}

void AudienceSearchJob::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->cancel();
}

void AudienceSearchJob::requestPage()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    query.addQueryItem(QStringLiteral("offset"), QString::number(m_offset));
    const QJsonObject body = requestBody(m_groups.at(m_group));
    m_call = new RetryingCall(
            [this, body, query] { return m_client->post(audiencesPath, body, query); }, &m_policy,
            m_client->config().clock, this);
    connect(m_call, &RetryingCall::finished, this, [this](ApiReply *reply) {
        m_call->deleteLater();
        m_call = nullptr;
        if (m_cancelled && reply->error() != ApiReply::Error::None) {
            m_error = tr("Cancelled.");
            Q_EMIT finished();
            return;
        }
        if (reply->error() != ApiReply::Error::None) {
            m_error = reply->errorString();
            Q_EMIT finished();
            return;
        }
        const QJsonObject root = reply->json().toObject();
        m_problems += answerProblems(root);
        const QJsonArray data = root.value(QLatin1String("data")).toArray();
        for (const QJsonValue &item : data) {
            const AudienceUse audience = parseAudience(item);
            if (audience.id.isEmpty() || m_seen.contains(audience.id))
                continue;
            m_seen.insert(audience.id);
            m_audiences.append(audience);
        }
        ++m_pages;
        m_offset += m_pageSize;
        const QJsonValue total
                = root.value(QLatin1String("meta")).toObject().value(QLatin1String("totalItems"));
        const bool more
                = total.isDouble() ? m_offset < total.toInteger() : data.size() >= m_pageSize;
        if (!more || data.isEmpty()) {
            ++m_group;
            m_offset = 0;
        }
        if (m_cancelled && m_group < m_groups.size())
            m_error = tr("Cancelled.");
        if (m_group >= m_groups.size() || m_cancelled) {
            Q_EMIT finished();
            return;
        }
        requestPage();
    });
    m_call->start();
}
