#include "ExclusionCommand.h"

#include "SegmentTableModel.h"

ExclusionCommand::ExclusionCommand(SegmentTableModel *model, const QStringList &ids, bool excluded,
                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_ids(ids)
    , m_excluded(excluded)
{ }

void ExclusionCommand::undo()
{
    if (m_model)
        m_model->setExcluded(m_ids, !m_excluded);
}

void ExclusionCommand::redo()
{
    if (m_model)
        m_model->setExcluded(m_ids, m_excluded);
}
