#include "SegmentInsightsFetcher.h"

#include "SegmentInsights.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QSet>
#include <QTimer>

namespace {

// The reason shown for an item: the first problem's headline and detail.
QString reasonOf(const ProblemList &problems)
{
    for (const Problem &p : problems) {
        const QString headline = p.headline();
        if (!p.detail.isEmpty() && p.detail != headline)
            return headline + QStringLiteral(" — ") + p.detail;
        if (!headline.isEmpty())
            return headline;
    }
    return {};
}

} // namespace

SegmentInsightsFetcher::SegmentInsightsFetcher(SegmentInsights *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_estimateTimer(new QTimer(this))
{
    qRegisterMetaType<InsightsPort::SizesAnswer>();
    qRegisterMetaType<InsightsPort::EstimateAnswer>();
    qRegisterMetaType<InsightsPort::UsageAnswer>();
    m_estimateTimer->setSingleShot(true);
    m_estimateTimer->setInterval(800);
    connect(m_estimateTimer, &QTimer::timeout, this, [this] {
        const QHash<QString, AudienceSegment> scheduled = std::exchange(m_scheduled, {});
        for (const AudienceSegment &segment : scheduled)
            requestEstimate(segment);
        checkIdle();
    });
}

SegmentInsightsFetcher::~SegmentInsightsFetcher() = default;

void SegmentInsightsFetcher::setPort(InsightsPort *port)
{
    if (m_port == port)
        return;
    if (m_port)
        m_port->disconnect(this);
    m_port = port;
    if (m_port) {
        connect(m_port, &InsightsPort::sizesComputed, this, &SegmentInsightsFetcher::sizesAnswered);
        connect(m_port, &InsightsPort::sizeEstimated, this,
                &SegmentInsightsFetcher::estimateAnswered);
        connect(m_port, &InsightsPort::audiencesFound, this,
                &SegmentInsightsFetcher::usageAnswered);
    }
}

void SegmentInsightsFetcher::setEstimateDelay(int ms)
{
    m_estimateTimer->setInterval(qMax(0, ms));
}

int SegmentInsightsFetcher::estimateDelay() const
{
    return m_estimateTimer->interval();
}

bool SegmentInsightsFetcher::isBusy() const
{
    return m_sizeTicket || !m_sizeQueue.isEmpty() || m_estimateTicket || !m_estimateQueue.isEmpty()
            || !m_scheduled.isEmpty() || m_usagePortTicket || !m_usageQueue.isEmpty();
}

void SegmentInsightsFetcher::checkIdle()
{
    if (!isBusy())
        Q_EMIT idle();
}

// ---- sizes

int SegmentInsightsFetcher::requestSizes(const QList<AudienceSegment> &saved, bool again)
{
    if (!m_store)
        return 0;
    QStringList queued;
    const QSet<QString> waiting(m_sizeQueue.cbegin(), m_sizeQueue.cend());
    const QSet<QString> flying(m_sizeInFlight.cbegin(), m_sizeInFlight.cend());
    for (const AudienceSegment &segment : saved) {
        if (segment.id.isEmpty() || waiting.contains(segment.id) || flying.contains(segment.id)
            || queued.contains(segment.id))
            continue;
        const QString key = SegmentInsights::definitionKey(segment);
        const SegmentInsights::Size known = m_store->size(segment.id);
        const bool fresh = (known.state == SegmentInsights::State::Known
                            || known.state == SegmentInsights::State::CannotCompute)
                && known.definitionKey == key;
        if (fresh && !again)
            continue;
        m_sizeKeys.insert(segment.id, key);
        queued.append(segment.id);
    }
    if (queued.isEmpty())
        return 0;
    m_sizeQueue += queued;
    m_store->setSizesLoading(queued);
    QMetaObject::invokeMethod(this, &SegmentInsightsFetcher::pumpSizes, Qt::QueuedConnection);
    return int(queued.size());
}

void SegmentInsightsFetcher::pumpSizes()
{
    if (m_sizeTicket || m_sizeQueue.isEmpty())
        return;
    m_sizeInFlight = m_sizeQueue.mid(0, m_batchSize);
    m_sizeQueue.remove(0, m_sizeInFlight.size());
    m_sizeTicket = m_nextTicket++;
    if (!m_port) {
        InsightsPort::SizesAnswer answer;
        answer.ticket = m_sizeTicket;
        answer.error = tr("Not connected: connect to Criteo first.");
        QMetaObject::invokeMethod(
                this, [this, answer] { sizesAnswered(answer); }, Qt::QueuedConnection);
        return;
    }
    m_port->computeSizes(m_sizeTicket, m_sizeInFlight);
}

void SegmentInsightsFetcher::sizesAnswered(const InsightsPort::SizesAnswer &answer)
{
    if (answer.ticket != m_sizeTicket)
        return;
    const QStringList ids = std::exchange(m_sizeInFlight, {});
    m_sizeTicket = 0;
    if (m_store) {
        QHash<QString, InsightsPort::SizeItem> items;
        for (const InsightsPort::SizeItem &item : answer.items)
            items.insert(item.segmentId, item);
        const QDateTime now = m_store->now();
        for (const QString &id : ids) {
            SegmentInsights::Size size = m_store->size(id);
            size.fetchedAt = now;
            size.definitionKey = m_sizeKeys.take(id);
            size.reason.clear();
            const auto item = items.constFind(id);
            const QString failure = item != items.cend() ? item->error : answer.error;
            if (!failure.isEmpty()) {
                size.state = SegmentInsights::State::Failed;
                size.reason = failure;
            } else if (item != items.cend() && item->size && item->problems.isEmpty()) {
                size.state = SegmentInsights::State::Known;
                size.value = item->size;
            } else {
                size.state = SegmentInsights::State::CannotCompute;
                size.value.reset();
                size.reason = item != items.cend() ? reasonOf(item->problems) : QString();
                if (size.reason.isEmpty())
                    size.reason = item != items.cend() && !item->problems.isEmpty()
                            ? QString()
                            : tr("Criteo returned no size for it.");
            }
            m_store->setSize(id, size);
        }
    }
    Q_EMIT sizesArrived(ids);
    pumpSizes();
    checkIdle();
}

// ---- estimates

bool SegmentInsightsFetcher::requestEstimate(const AudienceSegment &edited, bool again)
{
    if (!m_store || !SegmentInsights::canEstimate(edited))
        return false;
    const QString key = SegmentInsights::definitionKey(edited);
    const SegmentInsights::Size known = m_store->estimate(edited.id);
    if (!again && known.definitionKey == key && known.state != SegmentInsights::State::Failed
        && known.state != SegmentInsights::State::Unknown)
        return false;
    if (m_estimateTicket && m_estimateId == edited.id && m_estimateKey == key
        && !m_waiting.contains(edited.id))
        return true; // this very definition is being asked
    if (!m_waiting.contains(edited.id))
        m_estimateQueue.append(edited.id);
    m_waiting.insert(edited.id, edited);
    m_store->setEstimateLoading(edited.id);
    QMetaObject::invokeMethod(this, &SegmentInsightsFetcher::pumpEstimates, Qt::QueuedConnection);
    return true;
}

void SegmentInsightsFetcher::scheduleEstimate(const AudienceSegment &edited)
{
    if (!SegmentInsights::canEstimate(edited))
        return;
    m_scheduled.insert(edited.id, edited);
    m_estimateTimer->start();
}

void SegmentInsightsFetcher::pumpEstimates()
{
    if (m_estimateTicket || m_estimateQueue.isEmpty())
        return;
    m_estimateId = m_estimateQueue.takeFirst();
    const AudienceSegment segment = m_waiting.take(m_estimateId);
    m_estimateKey = SegmentInsights::definitionKey(segment);
    m_estimateTicket = m_nextTicket++;
    if (!m_port) {
        InsightsPort::EstimateAnswer answer;
        answer.ticket = m_estimateTicket;
        answer.error = tr("Not connected: connect to Criteo first.");
        QMetaObject::invokeMethod(
                this, [this, answer] { estimateAnswered(answer); }, Qt::QueuedConnection);
        return;
    }
    m_port->estimateSize(m_estimateTicket, SegmentInsights::estimateDefinition(segment));
}

void SegmentInsightsFetcher::estimateAnswered(const InsightsPort::EstimateAnswer &answer)
{
    if (answer.ticket != m_estimateTicket)
        return;
    m_estimateTicket = 0;
    const QString id = std::exchange(m_estimateId, {});
    if (m_store) {
        SegmentInsights::Size estimate;
        estimate.fetchedAt = m_store->now();
        estimate.definitionKey = m_estimateKey;
        if (!answer.error.isEmpty()) {
            estimate.state = SegmentInsights::State::Failed;
            estimate.reason = answer.error;
        } else if (answer.size && answer.problems.isEmpty()) {
            estimate.state = SegmentInsights::State::Known;
            estimate.value = answer.size;
        } else {
            estimate.state = SegmentInsights::State::CannotCompute;
            estimate.reason = reasonOf(answer.problems);
        }
        // A newer definition is queued: the store keeps "loading" for it.
        if (m_waiting.contains(id))
            estimate.state = estimate.state == SegmentInsights::State::Known
                    ? SegmentInsights::State::Loading
                    : estimate.state;
        m_store->setEstimate(id, estimate);
    }
    Q_EMIT estimateArrived(id);
    pumpEstimates();
    checkIdle();
}

// ---- usage

int SegmentInsightsFetcher::requestUsage(const QStringList &segmentIds, bool again)
{
    const int ticket = m_nextTicket++;
    UsageRequest request;
    request.ticket = ticket;
    QStringList ask;
    for (const QString &id : segmentIds) {
        if (id.isEmpty() || request.ids.contains(id))
            continue;
        request.ids.append(id);
        const SegmentInsights::State state
                = m_store ? m_store->usage(id).state : SegmentInsights::State::Unknown;
        if (!again && state == SegmentInsights::State::Known)
            continue;
        ask.append(id);
    }
    for (qsizetype i = 0; i < ask.size(); i += m_batchSize) {
        m_usageQueue.append(ask.mid(i, m_batchSize));
        m_usageQueueTickets.append(ticket);
        ++request.pending;
    }
    m_usageRequests.insert(ticket, request);
    if (m_store)
        m_store->setUsageLoading(ask);
    if (request.pending == 0) {
        QMetaObject::invokeMethod(
                this,
                [this, ticket] {
                    const UsageRequest done = m_usageRequests.take(ticket);
                    Q_EMIT usageFound(ticket, done.ids, QString());
                    checkIdle();
                },
                Qt::QueuedConnection);
        return ticket;
    }
    QMetaObject::invokeMethod(this, &SegmentInsightsFetcher::pumpUsage, Qt::QueuedConnection);
    return ticket;
}

void SegmentInsightsFetcher::pumpUsage()
{
    if (m_usagePortTicket || m_usageQueue.isEmpty())
        return;
    const QStringList ids = m_usageQueue.takeFirst();
    m_usageInFlightOf = m_usageQueueTickets.takeFirst();
    m_usagePortTicket = m_nextTicket++;
    if (!m_port) {
        InsightsPort::UsageAnswer answer;
        answer.ticket = m_usagePortTicket;
        answer.segmentIds = ids;
        answer.error = tr("Not connected: connect to Criteo first.");
        QMetaObject::invokeMethod(
                this, [this, answer] { usageAnswered(answer); }, Qt::QueuedConnection);
        return;
    }
    m_port->findAudiences(m_usagePortTicket, ids);
}

void SegmentInsightsFetcher::usageAnswered(const InsightsPort::UsageAnswer &answer)
{
    if (answer.ticket != m_usagePortTicket)
        return;
    m_usagePortTicket = 0;
    const int of = std::exchange(m_usageInFlightOf, 0);
    if (m_store) {
        QHash<QString, QList<AudienceUse>> bySegment;
        for (const AudienceUse &audience : answer.audiences)
            for (const QString &id : audience.segmentIds)
                bySegment[id].append(audience);
        const QDateTime now = m_store->now();
        for (const QString &id : answer.segmentIds) {
            SegmentInsights::Usage usage;
            usage.fetchedAt = now;
            if (!answer.error.isEmpty()) {
                usage.state = SegmentInsights::State::Failed;
                usage.reason = answer.error;
            } else {
                usage.state = SegmentInsights::State::Known;
                usage.audiences = bySegment.value(id);
            }
            m_store->setUsage(id, usage);
        }
    }
    auto request = m_usageRequests.find(of);
    if (request != m_usageRequests.end()) {
        if (!answer.error.isEmpty() && request->error.isEmpty())
            request->error = answer.error;
        if (--request->pending <= 0) {
            const UsageRequest done = *request;
            m_usageRequests.erase(request);
            Q_EMIT usageFound(done.ticket, done.ids, done.error);
        }
    }
    pumpUsage();
    checkIdle();
}

void SegmentInsightsFetcher::cancel()
{
    m_estimateTimer->stop();
    m_scheduled.clear();
    const QString cancelled = tr("Cancelled.");
    if (m_store) {
        for (const QString &id : std::as_const(m_sizeQueue)) {
            SegmentInsights::Size size = m_store->size(id);
            size.state
                    = size.value ? SegmentInsights::State::Known : SegmentInsights::State::Unknown;
            m_store->setSize(id, size);
        }
        for (const QString &id : std::as_const(m_estimateQueue)) {
            SegmentInsights::Size estimate = m_store->estimate(id);
            estimate.state = SegmentInsights::State::Unknown;
            m_store->setEstimate(id, estimate);
        }
        for (const QStringList &batch : std::as_const(m_usageQueue))
            for (const QString &id : batch)
                m_store->setUsage(id, {});
    }
    m_sizeQueue.clear();
    m_estimateQueue.clear();
    m_waiting.clear();
    m_usageQueue.clear();
    m_usageQueueTickets.clear();
    for (auto it = m_usageRequests.begin(); it != m_usageRequests.end();) {
        if (it.key() == m_usageInFlightOf) {
            it->pending = 1;
            ++it;
            continue;
        }
        Q_EMIT usageFound(it.key(), it->ids, cancelled);
        it = m_usageRequests.erase(it);
    }
    if (m_port)
        m_port->cancel();
    checkIdle();
}
