#pragma once

#include "SegmentEditCommand.h"

#include <QStringList>

// One undoable resolution of conflicts between the user's edits and the server's copies (see
// SegmentTableModel::checkServerVersions), on one or many segments: "keep mine" leaves the edited
// version alone, "take the server's" copies the server's values into it; either way the fields
// leave the row's conflict list. Undo puts both back, so the conflict shows again. Created by
// SegmentEditor::resolveConflict and resolveAllConflicts.
class ConflictResolutionCommand : public SegmentEditCommand
{
public:
    // The fields a change resolves, and the values they started from (to bring a conflict the
    // redo dropped back on undo).
    struct Resolved
    {
        QStringList fields;
        AudienceSegment base;
    };

    // `resolved` has one entry per change, in the same order.
    ConflictResolutionCommand(SegmentTableModel *model, QList<Change> changes,
                              QList<Resolved> resolved, const QString &text,
                              QUndoCommand *parent = nullptr);

    const QList<Resolved> &resolved() const { return m_resolved; }

    void undo() override;
    void redo() override;

private:
    void apply(bool redo);

    QPointer<SegmentTableModel> m_model;
    QList<Resolved> m_resolved;
};
