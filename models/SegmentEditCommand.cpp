#include "SegmentEditCommand.h"

#include "SegmentConflicts.h"
#include "SegmentTableModel.h"

SegmentEditCommand::SegmentEditCommand(SegmentTableModel *model, QList<Change> changes,
                                       const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_changes(std::move(changes))
{ }

void SegmentEditCommand::setMergeKey(const QString &fieldPath, quint64 session)
{
    m_fieldPath = fieldPath;
    m_session = session;
    m_mergeable = m_changes.size() == 1 && !fieldPath.isEmpty();
}

void SegmentEditCommand::carryOver(
        const QHash<QString, QPair<AudienceSegment, AudienceSegment>> &reloaded)
{
    for (Change &c : m_changes) {
        const auto it = reloaded.constFind(c.id);
        if (it == reloaded.constEnd())
            continue;
        c.before = SegmentConflicts::rebase(it->first, c.before, it->second);
        c.after = SegmentConflicts::rebase(it->first, c.after, it->second);
    }
}

int SegmentEditCommand::id() const
{
    return m_mergeable ? MergeId : -1;
}

bool SegmentEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const SegmentEditCommand *>(other);
    if (!next || !m_mergeable || !next->m_mergeable || next->m_model != m_model
        || next->m_session != m_session || next->m_fieldPath != m_fieldPath
        || next->m_changes.constFirst().id != m_changes.constFirst().id)
        return false;
    m_changes.first().after = next->m_changes.constFirst().after;
    // Typed back to where the step started: nothing left to undo.
    setObsolete(m_changes.constFirst().after == m_changes.constFirst().before);
    return true;
}

void SegmentEditCommand::undo()
{
    if (!m_model)
        return;
    QList<AudienceSegment> versions;
    versions.reserve(m_changes.size());
    for (const Change &c : std::as_const(m_changes))
        versions.append(c.before);
    m_model->setEdited(versions);
}

void SegmentEditCommand::redo()
{
    if (!m_model)
        return;
    QList<AudienceSegment> versions;
    versions.reserve(m_changes.size());
    for (const Change &c : std::as_const(m_changes))
        versions.append(c.after);
    m_model->setEdited(versions);
}

void SegmentEditCommand::renameIds(const QHash<QString, QString> &ids)
{
    for (Change &change : m_changes) {
        const auto it = ids.constFind(change.id);
        if (it == ids.constEnd())
            continue;
        change.id = *it;
        change.before.id = *it;
        change.after.id = *it;
    }
}
