// The send workflow's question before it changes segments that audiences use: which of the
// send's segments it deletes or narrows, who uses them (asked afresh), and the driver's answer.
// The stages are in SendWorkflow.h; the rest of the run is in SendWorkflow.cpp.
#include "SendWorkflow.h"

#include "SegmentInsights.h"
#include "SegmentInsightsFetcher.h"
#include "SegmentNarrowing.h"
#include "SegmentTableModel.h"

void SendWorkflow::setUsageFetcher(SegmentInsightsFetcher *fetcher)
{
    if (m_usage == fetcher)
        return;
    disconnect(m_usageConnection);
    m_usage = fetcher;
    // Queued: a fetcher without a port answers from inside requestUsage().
    if (fetcher)
        m_usageConnection = connect(
                fetcher, &SegmentInsightsFetcher::usageFound, this,
                [this](int ticket, const QStringList &, const QString &error) {
                    usageFound(ticket, error);
                },
                Qt::QueuedConnection);
}

void SendWorkflow::confirm()
{
    if (m_stage == Stage::Confirming)
        openJournalAndSend();
}

// Deleting a segment that an audience uses, or narrowing it, changes campaigns that run: the
// user sees which audiences before it goes. Asked afresh (usage changes outside the editor), for
// the rows at stake only.
bool SendWorkflow::checkUsage()
{
    if (!m_usage || !m_usage->store())
        return false;
    m_usageIds.clear();
    for (const QString &id : std::as_const(m_sendIds)) {
        const SendPort::RequestKind kind = m_kinds.value(id);
        if (kind == SendPort::RequestKind::Create)
            continue;
        if (kind == SendPort::RequestKind::Update) {
            const std::optional<AudienceSegment> original = m_rows->original(id);
            if (!original || !SegmentNarrowing::narrows(*original, m_sending.value(id).from))
                continue;
        }
        m_usageIds.append(id);
    }
    if (m_usageIds.isEmpty())
        return false;
    setStage(Stage::CheckingUsage);
    m_usageTicket = m_usage->requestUsage(m_usageIds, true);
    return true;
}

void SendWorkflow::usageFound(int ticket, const QString &error)
{
    if (m_stage != Stage::CheckingUsage || ticket != m_usageTicket)
        return;
    const SegmentInsights *store = m_usage ? m_usage->store() : nullptr;
    QList<UsedChange> used;
    for (const QString &id : std::as_const(m_usageIds)) {
        UsedChange change;
        change.segmentId = id;
        change.kind = m_kinds.value(id);
        const std::optional<AudienceSegment> original = m_rows->original(id);
        change.name = original ? original->name.value_or(QString()) : QString();
        if (change.kind == SendPort::RequestKind::Update && original)
            change.reasons = SegmentNarrowing::compare(*original, m_sending.value(id).from).reasons;
        const SegmentInsights::Usage usage = store ? store->usage(id) : SegmentInsights::Usage();
        if (usage.state == SegmentInsights::State::Known) {
            if (usage.audiences.isEmpty())
                continue;
            change.audiences = usage.audiences;
        } else {
            change.usageError = !usage.reason.isEmpty() ? usage.reason
                    : !error.isEmpty()                  ? error
                                                        : tr("Where it is used is not known.");
        }
        used.append(change);
    }
    m_usageIds.clear();
    m_result.usedChanges = used;
    if (used.isEmpty() || m_options.confirmUsed) {
        openJournalAndSend();
        return;
    }
    setStage(Stage::Confirming);
    Q_EMIT confirmationNeeded(used);
}
