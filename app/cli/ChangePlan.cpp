#include "ChangePlan.h"

#include "PatchBuilder.h"
#include "SegmentValidator.h"

bool ChangePlan::Change::isInvalid() const
{
    for (const Problem &problem : problems)
        if (problem.severity == Problem::Severity::Error)
            return true;
    return false;
}

ChangePlan ChangePlan::of(const WorkingSet &set)
{
    // Every segment takes part in the name index, changed or not: a new name must not collide
    // with an unchanged segment's.
    QList<AudienceSegment> originals;
    QList<AudienceSegment> wanted;
    originals.reserve(set.segments.size());
    wanted.reserve(set.segments.size());
    for (const WorkingSetEntry &entry : set.segments) {
        originals.append(entry.original);
        wanted.append(entry.wanted());
    }
    const QHash<QString, ProblemList> problems = SegmentValidator::validateAll(originals, wanted);

    ChangePlan plan;
    for (int i = 0; i < set.segments.size(); ++i) {
        const WorkingSetEntry &entry = set.segments.at(i);
        if (!entry.isModified())
            continue;
        Change change;
        change.entry = i;
        change.id = entry.original.id;
        change.patch = PatchBuilder::build(entry.original, *entry.edited).value_or(QJsonObject());
        change.changedFields = PatchBuilder::changedFields(entry.original, *entry.edited);
        change.problems = problems.value(change.id);
        change.excluded = entry.excluded;
        // An edit of what the API never changes (an Unknown value, the lookalike seed) has
        // nothing to send; unless the validator has something to say about it, it is no change.
        if (change.patch.isEmpty() && change.problems.isEmpty())
            continue;
        plan.m_changes.append(change);
    }
    return plan;
}

QList<ChangePlan::Change> ChangePlan::sendable() const
{
    QList<Change> result;
    for (const Change &change : m_changes)
        if (change.isSendable())
            result.append(change);
    return result;
}

QList<ChangePlan::Change> ChangePlan::notSendable() const
{
    QList<Change> result;
    for (const Change &change : m_changes)
        if (!change.isSendable())
            result.append(change);
    return result;
}

QList<QJsonObject> ChangePlan::requestBodies(int chunkSize) const
{
    const QList<Change> changes = sendable();
    const int size = qMax(1, chunkSize);
    QList<QJsonObject> bodies;
    for (qsizetype first = 0; first < changes.size(); first += size) {
        QList<QJsonObject> items;
        for (qsizetype i = first; i < qMin<qsizetype>(first + size, changes.size()); ++i)
            items.append(changes.at(i).patch);
        bodies.append(PatchBuilder::requestBody(items));
    }
    return bodies;
}
