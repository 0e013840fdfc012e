#pragma once

#include "AudienceSegment.h"

#include <QPointer>
#include <QStringList>
#include <QUndoCommand>

class SegmentTableModel;

// One undoable step in the life of segments: new rows added (new, duplicated), new rows taken
// away again (deleting a segment that was never sent), or rows marked for deletion by the next
// send (or unmarked). Created by SegmentEditor, several of them as children of one step when a
// selection mixes new and existing rows. Rows are addressed by id.
//
// A new row the server has created since keeps its place when the step is undone: undoing can
// not take a segment back from Criteo. Such a step makes itself obsolete, so that it leaves the
// stack instead of being an undo that does nothing.
class LifecycleCommand : public QUndoCommand
{
public:
    enum class Action {
        Add,      // new rows: `segments` carry their temporary ids
        Remove,   // new rows taken away: `segments` are what they held, to bring them back
        Delete,   // existing rows marked for deletion
        Undelete, // the mark taken away
    };

    LifecycleCommand(SegmentTableModel *model, Action action,
                     const QList<AudienceSegment> &segments, const QString &text,
                     QUndoCommand *parent = nullptr);
    LifecycleCommand(SegmentTableModel *model, Action action, const QStringList &ids,
                     const QString &text, QUndoCommand *parent = nullptr);

    Action action() const { return m_action; }
    QStringList ids() const { return m_ids; }

    void undo() override;
    void redo() override;

private:
    void add();
    void remove();

    QPointer<SegmentTableModel> m_model;
    Action m_action;
    QList<AudienceSegment> m_segments;
    QStringList m_ids;
};
