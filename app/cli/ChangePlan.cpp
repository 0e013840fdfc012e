#include "ChangePlan.h"

#include "PatchBuilder.h"
#include "SegmentTableModel.h"

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
    SegmentTableModel rows;
    rows.setWorkingSet(set.segments);
    QHash<QString, int> entryOf;
    for (int i = 0; i < set.segments.size(); ++i)
        if (!entryOf.contains(set.segments.at(i).original.id))
            entryOf.insert(set.segments.at(i).original.id, i);

    ChangePlan plan;
    const QList<SegmentTableModel::Change> changes = rows.changes();
    for (const SegmentTableModel::Change &row : changes) {
        Change change;
        change.entry = entryOf.value(row.id, -1);
        change.id = row.id;
        change.lifecycle = row.lifecycle;
        change.excluded = row.excluded;
        switch (row.lifecycle) {
        case SegmentLifecycle::New:
            change.patch = PatchBuilder::buildCreate(row.edited);
            change.changedFields = row.changedFields;
            break;
        case SegmentLifecycle::ToDelete:
            change.patch = PatchBuilder::buildDelete(row.id);
            break;
        case SegmentLifecycle::Existing:
            change.patch = PatchBuilder::build(row.original, row.edited).value_or(QJsonObject());
            change.changedFields = row.changedFields;
            break;
        }
        for (const Problem &problem : rows.problems(row.id))
            if (problem.origin == Problem::Origin::Validator)
                change.problems.append(problem);
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

QList<QPair<SegmentLifecycle, QJsonObject>> ChangePlan::requests(int chunkSize) const
{
    const QList<Change> changes = sendable();
    const int size = qMax(1, chunkSize);
    QList<QPair<SegmentLifecycle, QJsonObject>> result;
    for (const SegmentLifecycle kind :
         {SegmentLifecycle::ToDelete, SegmentLifecycle::Existing, SegmentLifecycle::New}) {
        QList<QJsonObject> items;
        for (const Change &change : changes)
            if (change.lifecycle == kind)
                items.append(change.patch);
        for (qsizetype first = 0; first < items.size(); first += size)
            result.append({kind, PatchBuilder::requestBody(items.mid(first, size))});
    }
    return result;
}

QList<QJsonObject> ChangePlan::requestBodies(int chunkSize) const
{
    QList<QJsonObject> bodies;
    for (const auto &request : requests(chunkSize))
        bodies.append(request.second);
    return bodies;
}
