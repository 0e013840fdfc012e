#include "ConflictResolutionCommand.h"

#include "SegmentTableModel.h"

ConflictResolutionCommand::ConflictResolutionCommand(SegmentTableModel *model,
                                                     QList<Change> changes,
                                                     QList<Resolved> resolved, const QString &text,
                                                     QUndoCommand *parent)
    : SegmentEditCommand(model, std::move(changes), text, parent)
    , m_model(model)
    , m_resolved(std::move(resolved))
{
    Q_ASSERT(m_resolved.size() == this->changes().size());
}

void ConflictResolutionCommand::undo()
{
    apply(false);
}

void ConflictResolutionCommand::redo()
{
    apply(true);
}

void ConflictResolutionCommand::apply(bool redo)
{
    if (!m_model)
        return;
    QList<SegmentTableModel::ConflictStep> steps;
    steps.reserve(m_resolved.size());
    const QList<Change> &all = changes();
    for (qsizetype i = 0; i < all.size() && i < m_resolved.size(); ++i) {
        const Change &c = all.at(i);
        steps.append(
                {c.id, redo ? c.after : c.before, m_resolved.at(i).fields, m_resolved.at(i).base});
    }
    m_model->setConflictSteps(steps, redo);
}
