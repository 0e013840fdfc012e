#pragma once

#include <QPointer>
#include <QStringList>
#include <QUndoCommand>

class SegmentTableModel;

// One undoable change of whether segments are left out of the next send, on one or many rows.
// It holds only the rows whose flag the step changes, so all of them had the other flag before:
// undo sets that back, redo sets `excluded` again. Rows are addressed by segment id. Created by
// SegmentEditor::setExcluded.
class ExclusionCommand : public QUndoCommand
{
public:
    ExclusionCommand(SegmentTableModel *model, const QStringList &ids, bool excluded,
                     const QString &text, QUndoCommand *parent = nullptr);

    const QStringList &ids() const { return m_ids; }
    bool excluded() const { return m_excluded; }

    void undo() override;
    void redo() override;

private:
    QPointer<SegmentTableModel> m_model;
    QStringList m_ids;
    bool m_excluded;
};
