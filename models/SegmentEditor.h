#pragma once

#include "AudienceSegment.h"
#include "WorkingSet.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>

class QUndoStack;
class SegmentTableModel;

// The one place every edit goes through, from a form, a table delegate (via
// SegmentTableModel::setData) or a bulk action: it turns the edit into a SegmentEditCommand with a
// translated text and pushes it on the undo stack, whose redo() then changes the model. Leaving
// segments out of the send goes through here too (an ExclusionCommand).
//
// Typing into one field merges into one undo step as long as the edit session lasts: forms call
// endEditSession() when a field loses focus or another segment is selected. Loading a new set
// (a model reset) clears the undo stack: its commands are about rows that are gone.
class SegmentEditor : public QObject
{
    Q_OBJECT

public:
    // How a conflict (SegmentTableModel::checkServerVersions) is resolved.
    enum class Resolution {
        KeepMine,   // the user's value stays, and will overwrite the server's on the next send
        TakeServer, // the server's value replaces the user's (undoable like any edit)
    };
    Q_ENUM(Resolution)

    SegmentEditor(SegmentTableModel *model, QUndoStack *undoStack, QObject *parent = nullptr);
    ~SegmentEditor() override;

    SegmentTableModel *model() const;
    QUndoStack *undoStack() const;

    // Whether the segment may be edited at all (loaded, and not of Unknown type).
    bool canEdit(const QString &id) const;

    // Replaces the edited version of one segment. `fieldPath` (API form, "attributes/name") names
    // the field the user changed: successive edits of it merge in one session. False when the
    // edit is rejected (unknown id, read-only segment); true otherwise, also when nothing changed
    // (then nothing is pushed).
    bool editSegment(const QString &id, const AudienceSegment &newEdited,
                     const QString &fieldPath = {});

    // Many segments in one undo step. Unknown ids and read-only segments are skipped. `text`
    // names the step ("Set description"); by default "Edit 12 segments". Returns how many rows
    // changed (0: nothing pushed).
    int editSegments(const QList<AudienceSegment> &newEdited, const QString &text = {});

    // Back to the server's version, in one undo step ("Revert 3 segments"). Returns how many
    // rows changed.
    int revert(const QStringList &ids);

    // One field back to the server's value (a path the patch builder reports, or a point of
    // interest and its members). False for an unknown segment, a read-only one or a path that
    // SegmentFields::copyField does not know; true otherwise.
    bool revertField(const QString &id, const QString &fieldPath);

    // Resolves one field of a row in Conflict (a path SegmentTableModel::conflictFields lists),
    // in one undo step ("Take the server’s Name for “Alpha”"). Undo brings the conflict back.
    // False when the row is not in conflict on that field.
    bool resolveConflict(const QString &id, const QString &fieldPath, Resolution resolution);

    // Every conflicting field of the given rows, in one undo step. Rows not in conflict are
    // skipped. Returns how many rows were resolved (0: nothing pushed).
    int resolveAllConflicts(const QStringList &ids, Resolution resolution);

    // Leaves segments out of the next send, or includes them again, in one undo step ("Exclude 3
    // segments from the send"). Exclusion is not an edit of the segment: any loaded row may be
    // excluded, read-only ones too. Only rows whose flag changes are in the step; unknown ids are
    // skipped. Returns how many rows changed (0: nothing pushed).
    int setExcluded(const QStringList &ids, bool excluded);

    // Ends the current typing session: the next edit starts a new undo step.
    void endEditSession();

    // --- the life of segments (SegmentEditorLifecycle.cpp)
    // The types a segment may be created with here (the API creates contact lists too, but their
    // members come from elsewhere).
    static bool canCreate(SegmentType type);
    // A new segment of a type, with the defaults of its form.
    static AudienceSegment blankSegment(const QString &advertiserId, SegmentType type,
                                        const QString &name = {});
    // "Name (copy)", or "Name (copy 2)"… when that one is taken in the advertiser.
    QString uniqueCopyName(const QString &advertiserId, const QString &name) const;
    // New rows, created by the next send, in one undo step; each gets a temporary id (returned,
    // in order). Segments of a type that cannot be created, or without advertiser, are skipped.
    QStringList createSegments(const QList<AudienceSegment> &segments, const QString &text = {});
    // A new row for each of these (its edited version, under a unique name), in one undo step.
    QStringList duplicateSegments(const QStringList &ids);
    // Marks segments for deletion by the next send, or keeps them after all, in one undo step.
    // A new row, never sent, is simply taken away. Rows being sent are skipped. Returns how many
    // rows changed.
    int setDeleted(const QStringList &ids, bool deleted);

private:
    friend class SegmentTableModel;
    // Called by the model after a reload replaced originals (id -> (old, new)): the undo
    // history is carried over to them (SegmentEditCommand::carryOver).
    void carryHistoryOver(const QHash<QString, QPair<AudienceSegment, AudienceSegment>> &reloaded);
    // Called by the model when the server created new rows (temporary id -> its id): the undo
    // history follows them to their new ids.
    void renameHistory(const QHash<QString, QString> &ids);

    QPointer<SegmentTableModel> m_model;
    QPointer<QUndoStack> m_undoStack;
    quint64 m_session = 1;
};
