#include "PushReport.h"

#include <QJsonArray>

void PushReport::set(const SegmentOutcome &outcome)
{
    const auto it = m_index.constFind(outcome.segmentId);
    if (it != m_index.constEnd()) {
        m_outcomes[*it] = outcome;
        return;
    }
    m_index.insert(outcome.segmentId, m_outcomes.size());
    m_outcomes.append(outcome);
}

void PushReport::setAction(const QString &id, Action action, const QString &temporaryId)
{
    m_actions.insert(id, {action, temporaryId});
}

int PushReport::count(Action which, SegmentOutcome::Status status) const
{
    int n = 0;
    for (const SegmentOutcome &outcome : m_outcomes)
        n += outcome.status == status && action(outcome.segmentId) == which ? 1 : 0;
    return n;
}

int PushReport::count(SegmentOutcome::Status status) const
{
    int n = 0;
    for (const SegmentOutcome &outcome : m_outcomes)
        n += outcome.status == status ? 1 : 0;
    return n;
}

bool PushReport::allApplied() const
{
    for (const SegmentOutcome &outcome : m_outcomes)
        if (outcome.status != SegmentOutcome::Status::Updated
            && outcome.status != SegmentOutcome::Status::Warned)
            return false;
    return true;
}

QJsonObject PushReport::problemJson(const Problem &problem)
{
    return {
            {QLatin1String("severity"),
             problem.severity == Problem::Severity::Warning ? QLatin1String("warning")
                                                            : QLatin1String("error")},
            {QLatin1String("type"), problem.type},
            {QLatin1String("code"), problem.code},
            {QLatin1String("title"), problem.title},
            {QLatin1String("detail"), problem.detail},
            {QLatin1String("field"), problem.field},
            {QLatin1String("traceId"), problem.traceId},
    };
}

QJsonObject PushReport::toJson() const
{
    QJsonArray segments;
    for (const SegmentOutcome &outcome : m_outcomes) {
        QJsonArray problems;
        for (const Problem &problem : outcome.problems)
            problems.append(problemJson(problem));
        QJsonObject segment{
                {QLatin1String("id"), outcome.segmentId},
                {QLatin1String("outcome"), SegmentOutcome::statusKey(outcome.status)},
                {QLatin1String("problems"), problems},
        };
        switch (action(outcome.segmentId)) {
        case Action::Update:
            segment.insert(QLatin1String("action"), QLatin1String("update"));
            break;
        case Action::Create:
            segment.insert(QLatin1String("action"), QLatin1String("create"));
            segment.insert(QLatin1String("temporaryId"), temporaryId(outcome.segmentId));
            break;
        case Action::Delete:
            segment.insert(QLatin1String("action"), QLatin1String("delete"));
            break;
        }
        segments.append(segment);
    }
    QJsonArray batch;
    for (const Problem &problem : m_batchProblems)
        batch.append(problemJson(problem));
    QJsonArray used;
    for (const SendWorkflow::UsedChange &change : m_used) {
        QJsonArray audiences;
        for (const AudienceUse &audience : change.audiences)
            audiences.append(QJsonObject{
                    {QLatin1String("id"), audience.id},
                    {QLatin1String("name"), audience.name},
                    {QLatin1String("advertiserId"), audience.advertiserId},
                    {QLatin1String("adSetIds"), QJsonArray::fromStringList(audience.adSetIds)}});
        used.append(QJsonObject{
                {QLatin1String("id"), change.segmentId},
                {QLatin1String("name"), change.name},
                {QLatin1String("action"),
                 change.kind == SendPort::RequestKind::Delete ? QLatin1String("delete")
                                                              : QLatin1String("update")},
                {QLatin1String("reasons"), QJsonArray::fromStringList(change.reasons)},
                {QLatin1String("audiences"), audiences},
                {QLatin1String("usageError"), change.usageError},
        });
    }
    QJsonObject report{
            {QLatin1String("segments"), segments},
            {QLatin1String("batchProblems"), batch},
            {QLatin1String("requests"), m_requests},
    };
    if (!used.isEmpty()) {
        report.insert(QLatin1String("usedSegments"), used);
        report.insert(QLatin1String("usedConfirmed"), m_usedConfirmed);
    }
    return report;
}
