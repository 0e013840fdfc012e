#pragma once

#include "AudienceSegment.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QUndoCommand>

class SegmentTableModel;

// One undoable edit of one or many segments: for each, the edited version before and after.
// A bulk edit of 500 rows is one command (one undo step, one dataChanged per run of adjacent
// rows). Commands address rows by segment id, so they survive sorting and filtering. Created by
// SegmentEditor, which gives a single-field edit a merge key: successive edits with the same key
// (typing into one field) merge into one step, and one that brings the field back to where it
// started makes the step obsolete.
class SegmentEditCommand : public QUndoCommand
{
public:
    struct Change
    {
        QString id;
        AudienceSegment before;
        AudienceSegment after;
    };

    // The id() of mergeable commands; others answer -1.
    static constexpr int MergeId = 0x5e97;

    SegmentEditCommand(SegmentTableModel *model, QList<Change> changes, const QString &text,
                       QUndoCommand *parent = nullptr);

    // Makes this a single-field edit that merges with the next one of the same key.
    void setMergeKey(const QString &fieldPath, quint64 session);

    const QList<Change> &changes() const { return m_changes; }

    // After a reload replaced the originals of some rows (id -> (old original, new original)):
    // the versions this command sets are carried over to the new originals the way the rows'
    // edits were (SegmentConflicts::rebase), so that undoing or redoing an edit made before the
    // reload never brings back what the server has changed since.
    void carryOver(const QHash<QString, QPair<AudienceSegment, AudienceSegment>> &reloaded);
    // After the server created new rows (temporary id -> its id): the command follows them.
    void renameIds(const QHash<QString, QString> &ids);
    QString fieldPath() const { return m_fieldPath; }

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void undo() override;
    void redo() override;

private:
    QPointer<SegmentTableModel> m_model;
    QList<Change> m_changes;
    QString m_fieldPath;
    quint64 m_session = 0;
    bool m_mergeable = false;
};
