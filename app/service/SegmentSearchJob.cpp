#include "SegmentSearchJob.h"

#include <QSet>

#include "ApiClient.h"
#include "ApiReply.h"
#include "RetryingCall.h"
#include "ServiceLog.h"

#include <QJsonArray>
#include <QMetaObject>
#include <QUrlQuery>

namespace {
constexpr int idsPerSearch = 100;
const QString searchPath = QStringLiteral("marketing-solutions/audience-segments/search");
} // namespace

SegmentSearchJob::SegmentSearchJob(ApiClient *client, const Query &query, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_query(query)
{ }

QStringList SegmentSearchJob::missingIds() const
{
    QStringList missing;
    if (!m_finished || hasError() || m_cancelled)
        return missing;
    QSet<QString> found;
    for (const AudienceSegment &s : m_segments)
        found.insert(s.id);
    for (const QString &id : m_query.segmentIds)
        if (!found.contains(id))
            missing.append(id);
    return missing;
}

void SegmentSearchJob::start()
{
    m_idGroups.clear();
    if (m_query.segmentIds.isEmpty()) {
        m_idGroups.append(QStringList());
    } else {
        for (qsizetype i = 0; i < m_query.segmentIds.size(); i += idsPerSearch)
            m_idGroups.append(m_query.segmentIds.mid(i, idsPerSearch));
    }
    m_group = 0;
    m_offset = 0;
    m_total = m_query.segmentIds.isEmpty() ? -1 : m_query.segmentIds.size();
    requestPage();
}

void SegmentSearchJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_call)
        m_call->cancel();
    else
        finish();
}

QJsonObject SegmentSearchJob::bodyFor(const QStringList &ids) const
{
    QJsonObject attributes;
    if (!m_query.advertiserIds.isEmpty())
        attributes.insert(QLatin1String("advertiserIds"),
                          QJsonArray::fromStringList(m_query.advertiserIds));
    if (!ids.isEmpty())
        attributes.insert(QLatin1String("audienceSegmentIds"), QJsonArray::fromStringList(ids));
    if (!m_query.types.isEmpty()) {
        QJsonArray types;
        for (SegmentType type : m_query.types)
            types.append(SegmentEnums::toString(type));
        attributes.insert(QLatin1String("audienceSegmentTypes"), types);
    }
    return QJsonObject{
            {QLatin1String("data"), QJsonObject{{QLatin1String("attributes"), attributes}}}};
}

void SegmentSearchJob::requestPage()
{
    const QStringList ids = m_idGroups.value(m_group);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    query.addQueryItem(QStringLiteral("offset"), QString::number(m_offset));
    const QJsonObject body = bodyFor(ids);
    m_call = new RetryingCall(
            [this, body, query] { return m_client->post(searchPath, body, query); }, &m_policy,
            m_client->config().clock, this);
    connect(m_call, &RetryingCall::finished, this, [this](ApiReply *reply) {
        m_call->deleteLater();
        m_call = nullptr;
        if (m_cancelled) {
            finish();
            return;
        }
        if (reply->error() != ApiReply::Error::None) {
            finish(reply->errorString());
            return;
        }
        const SegmentJson::SegmentListResponse page
                = SegmentJson::parseSegmentListResponse(reply->json());
        m_issues += page.issues;
        m_problems += page.errors + page.warnings;
        m_segments += page.data;
        ++m_pages;
        const qint64 groupTotal = page.meta.totalItems.value_or(-1);
        if (m_query.segmentIds.isEmpty())
            m_total = groupTotal;
        Q_EMIT pageLoaded(page.data);
        Q_EMIT progress(m_segments.size(), m_total);

        m_offset += m_pageSize;
        // Page on while the server says there is more; an answer without totalItems ends with a
        // short page.
        const bool more = groupTotal >= 0 ? m_offset < groupTotal : page.data.size() >= m_pageSize;
        if (!more || page.data.isEmpty()) {
            ++m_group;
            m_offset = 0;
            if (m_group >= m_idGroups.size()) {
                finish();
                return;
            }
        }
        requestPage();
    });
    m_call->start();
}

void SegmentSearchJob::finish(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_errorString = error;
    if (!error.isEmpty())
        qCWarning(lcApi) << "segment search stopped after" << m_pages << "page(s)";
    QMetaObject::invokeMethod(this, &SegmentSearchJob::finished, Qt::QueuedConnection);
}
