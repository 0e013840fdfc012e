#include "LifecycleCommand.h"

#include "SegmentTableModel.h"

LifecycleCommand::LifecycleCommand(SegmentTableModel *model, Action action,
                                   const QList<AudienceSegment> &segments, const QString &text,
                                   QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_action(action)
    , m_segments(segments)
{
    for (const AudienceSegment &segment : segments)
        m_ids.append(segment.id);
}

LifecycleCommand::LifecycleCommand(SegmentTableModel *model, Action action, const QStringList &ids,
                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_action(action)
    , m_ids(ids)
{ }

void LifecycleCommand::add()
{
    m_model->insertNewRows(m_segments);
}

void LifecycleCommand::remove()
{
    // Only rows still new: one the server created is not taken away by an undo.
    QStringList ids;
    for (const QString &id : std::as_const(m_ids))
        if (m_model->contains(id) && m_model->lifecycle(id) == SegmentLifecycle::New)
            ids.append(id);
    if (ids.isEmpty() && m_action == Action::Add)
        setObsolete(true);
    // What they hold now comes back on redo (edits made since are undone first anyway).
    for (AudienceSegment &segment : m_segments)
        if (const auto edited = m_model->edited(segment.id))
            segment = *edited;
    m_model->removeRowsById(ids);
}

void LifecycleCommand::undo()
{
    if (!m_model)
        return;
    switch (m_action) {
    case Action::Add:
        remove();
        break;
    case Action::Remove:
        add();
        break;
    case Action::Delete:
        m_model->setLifecycle(m_ids, SegmentLifecycle::Existing);
        break;
    case Action::Undelete:
        m_model->setLifecycle(m_ids, SegmentLifecycle::ToDelete);
        break;
    }
}

void LifecycleCommand::redo()
{
    if (!m_model)
        return;
    switch (m_action) {
    case Action::Add:
        add();
        break;
    case Action::Remove:
        remove();
        break;
    case Action::Delete:
        m_model->setLifecycle(m_ids, SegmentLifecycle::ToDelete);
        break;
    case Action::Undelete:
        m_model->setLifecycle(m_ids, SegmentLifecycle::Existing);
        break;
    }
}
