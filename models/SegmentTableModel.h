#pragma once

#include "AudienceSegment.h"
#include "Problem.h"
#include "SegmentOutcome.h"
#include "WorkingSet.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QVarLengthArray>

#include <memory>
#include <optional>
#include <vector>

class SegmentEditor;
class SegmentInsights;

// The loaded segments, one row each, holding the server's version (original) and the user's
// version (edited): the single source of truth for everything the window shows about a segment.
// State, problems, the patch fields and the counts are derived from that pair (and from the last
// send's outcome) and cached, so that a model of 100 000 rows stays fast: no QObject per row, and a
// single edit costs work for that row and the rows whose name it collides with, never for all.
//
// Edits and exclusions reach the model only through SegmentEditor (undo commands call setEdited()
// and setExcluded()); setData() forwards to it. Rows are addressed by segment id
// (indexForId/idAt/rowForId), so that outcomes, undo commands and selections survive sorting and
// filtering in a proxy.
class SegmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        IdColumn,
        NameColumn,
        TypeColumn,
        AdvertiserColumn,
        DescriptionColumn,
        UpdatedAtColumn,
        SizeColumn,   // the current size and the estimate of the edit (SegmentInsights)
        UsedByColumn, // the audiences and ad sets that use the segment (SegmentInsights)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        StateRole = Qt::UserRole + 1, // RowState
        SegmentIdRole,                // QString
        ProblemsRole,      // ProblemList: validator problems + the last send's, if current
        SortRole,          // typed per column: state rank, id key, text, QDateTime
        ExcludedRole,      // bool: left out of the next send
        ChangedFieldsRole, // QStringList: API paths the patch would carry
        SegmentTypeRole,   // SegmentType
        AdvertiserIdRole,  // QString
        HasChangesRole,    // bool: the next send has something to do for it
        LifecycleRole,     // SegmentLifecycle: existing, new (to create), to delete
    };
    Q_ENUM(Role)

    // Precedence, highest first: Sending; Conflict (the server changed fields the user changed
    // too, to other values: resolve before sending); Unknown (sticky until a reload or the next
    // send); Invalid (validator errors); the last send's Updated/Warned/Failed/NotSent while the
    // edited version is still the one that send was about; Modified (a patch exists); Unchanged.
    // New states are appended, so that stored and compared values keep their numbers.
    enum class RowState {
        Unchanged,
        Modified,
        Invalid, // validator errors: will not be sent until fixed
        Sending,
        Updated,
        Warned,   // updated, with warnings
        Failed,   // not updated; the edit is kept
        NotSent,  // the send stopped before this row; the edit is kept
        Unknown,  // sent, answer lost: reload to reconcile
        Conflict, // changed on the server since loaded, and by the user: not sent until resolved
        New,      // made here: created by the next send
        ToDelete, // deleted by the next send; the row goes when the server confirms
        Created   // created by the last send (the row now has the server's id)
    };
    Q_ENUM(RowState)

    struct Counts
    {
        int loaded = 0;
        int modified = 0; // rows with a patch (whatever their state)
        int invalid = 0;
        int failed = 0;
        int warned = 0;
        int sending = 0;
        int unknown = 0;
        int notSent = 0;
        int updated = 0;
        int excluded = 0;
        int conflicts = 0;
        int toCreate = 0; // new rows not created yet (whatever their state)
        int toDelete = 0; // rows marked for deletion (whatever their state)
        int created = 0;  // rows the last send created

        friend bool operator==(const Counts &a, const Counts &b);
        friend bool operator!=(const Counts &a, const Counts &b) { return !(a == b); }
    };

    // A row with a patch, for the send and the payload preview.
    struct Change
    {
        QString id;
        AudienceSegment original;
        AudienceSegment edited;
        QStringList changedFields;
        RowState state = RowState::Modified;
        bool excluded = false;
        SegmentLifecycle lifecycle = SegmentLifecycle::Existing;
    };

    explicit SegmentTableModel(QObject *parent = nullptr);
    ~SegmentTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Name and description (EditRole) through the editor's undo commands; false on rejection
    // (no editor attached, a segment of Unknown type, another column or role).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Rows by segment id.
    int rowForId(const QString &id) const; // -1 when not loaded
    QString idAt(int row) const;
    QModelIndex indexForId(const QString &id, int column = StateColumn) const;
    bool contains(const QString &id) const { return rowForId(id) >= 0; }

    // Loading. Both drop later duplicates of an id already present.
    void setSegments(QList<AudienceSegment> segments);    // replaces everything (model reset)
    void appendSegments(QList<AudienceSegment> segments); // one page more (rowsInserted)

    // A working set: originals, edits, exclusions, conflicts and the last send's outcomes (model
    // reset; rows with an edit are validated). workingSetEntries() gives it back for saving, in
    // row order.
    void setWorkingSet(const QList<WorkingSetEntry> &entries);
    QList<WorkingSetEntry> workingSetEntries() const;
    WorkingSetEntry workingSetEntry(int row) const; // one of them, for saving what changed

    // The versions of one segment; nothing when the id is not loaded.
    std::optional<AudienceSegment> segment(const QString &id) const; // = edited(id)
    std::optional<AudienceSegment> original(const QString &id) const;
    std::optional<AudienceSegment> edited(const QString &id) const;
    RowState state(const QString &id) const;
    // The same by row number, without a QVariant (the filter proxy reads every row through these).
    RowState stateAt(int row) const;
    const AudienceSegment &editedAt(int row) const;
    ProblemList problems(const QString &id) const; // what ProblemsRole gives
    QStringList changedFields(const QString &id) const;
    bool isExcluded(const QString &id) const;
    SegmentLifecycle lifecycle(const QString &id) const;

    // New segments carry a temporary id until the server gives them theirs: "new-<n>", never a
    // Criteo id (those are numbers). nextNewId() is one not used yet in this model.
    static bool isNewId(const QString &id);
    QString nextNewId() const;

    // For undo commands only (everything else edits through SegmentEditor). Type, advertiser,
    // id and timestamps are kept from the original whatever `edited` says. The list form changes
    // many rows with one dataChanged per run of adjacent rows.
    void setEdited(const QString &id, const AudienceSegment &edited);
    void setEdited(const QList<AudienceSegment> &edited);

    // Reverts the rows to their originals through the editor (one undo step); the number of rows
    // it changed (0 without an editor).
    int revert(const QStringList &ids);

    // The send. setSending() marks rows as in flight and remembers the version being sent;
    // applyOutcomes() ends that: Updated/Warned rows take the server's entity as their new
    // original and edited version (an edit made while sending is kept on top of it); Failed,
    // NotSent and Unknown rows keep the user's edit, with the problems attached.
    void setSending(const QStringList &ids);
    // A new row whose create is answered Updated/Warned takes the entity's id (segmentsCreated());
    // a row to delete whose delete is answered so is removed.
    void applyOutcomes(const QList<SegmentOutcome> &outcomes);
    // Problems of a send no row could be given (shown as "(whole send)").
    void addBatchProblems(const ProblemList &problems);
    void clearBatchProblems();
    ProblemList batchProblems() const { return m_batchProblems; }

    // After a reload: new originals for loaded ids (others are ignored). An edit is carried over:
    // the fields the user changed keep the user's value, the rest follows the server. Clears
    // the last send's outcome (Unknown rows are reconciled by this) and any conflict. The undo
    // history of a row is carried over the same way (an undo never reverts the server's change).
    void replaceOriginals(const QList<AudienceSegment> &segments);

    // Before a send: the server's current copies of the loaded segments (others are ignored).
    // A row whose copy is unchanged (SegmentConflicts::serverChanged) is left alone, without a
    // signal. Otherwise the copy becomes the row's original and the user's edit is carried over
    // (SegmentConflicts::rebase: fields only the server changed follow the server), the last
    // send's outcome is cleared, and the undo history of the row is carried over the same way.
    // Fields both changed, to different values, put the row in Conflict: it is not sent until
    // each of them is resolved (SegmentEditor::resolveConflict). Returns the ids of the given
    // segments whose rows are in Conflict afterwards, in row order.
    // With `keepMine` (segmentctl push --overwrite) fields both changed keep the user's value and
    // no row is put in Conflict; a conflict the row already had is dropped the same way.
    QStringList checkServerVersions(const QList<AudienceSegment> &server, bool keepMine = false);

    // A row's conflict, for showing three values per field: the API paths still to resolve (in
    // the patch builder's order; empty when the row is not in conflict), and the version the user
    // started from (nothing when not in conflict). Mine is edited(id), the server's original(id).
    QStringList conflictFields(const QString &id) const;
    std::optional<AudienceSegment> conflictBase(const QString &id) const;
    // The rows in Conflict, in row order.
    QStringList conflictIds() const;

    // For ExclusionCommand only (everything else goes through SegmentEditor::setExcluded, one
    // undo step): leaves the rows out of the next send, or includes them again. Unknown ids and
    // rows that already have the flag are skipped; one dataChanged per run of adjacent rows.
    void setExcluded(const QStringList &ids, bool excluded);

    // Where the Size and Used by columns find what is known about each segment (not owned;
    // nothing: the columns stay empty). The model follows its changes
    // (SegmentTableModelInsights.cpp).
    void setInsights(SegmentInsights *insights);
    SegmentInsights *insights() const;

    // Display names for advertiser ids (the Advertiser column shows "Name (id)" when known).
    void setAdvertiserNames(const QHash<QString, QString> &names);

    // Rows with a patch, in row order. sendableChanges() leaves out excluded, invalid, conflict
    // and sending rows: what the next send should carry.
    QList<Change> changes() const;
    QList<Change> sendableChanges() const;

    // Every row's problems (ProblemsRole), in row order, segment ids set; batch problems apart.
    ProblemList problems() const;

    Counts counts() const { return m_counts; }

    SegmentEditor *editor() const;

    // The word for a state, translated ("Modified", "Failed", …).
    static QString stateText(RowState state);

Q_SIGNALS:
    void countsChanged(const SegmentTableModel::Counts &counts);
    // The problem list (problems() or batchProblems()) or the name of a row with problems changed.
    // `ids`: the segments whose problems (or name) changed, when that is all that did (an edit, a
    // send's outcome); empty: anything may have (a load, a reset, rows added or removed, the
    // batch problems).
    void problemsChanged(const QStringList &ids = {});
    // New rows the server created, under their new ids (temporary id -> the server's).
    void segmentsCreated(const QHash<QString, QString> &ids);

private:
    friend class SegmentEditor;
    friend class ConflictResolutionCommand;
    friend class LifecycleCommand;
    void setEditor(SegmentEditor *editor);

    // One row of a conflict resolution (or its undo): the edited version to set and the fields
    // it resolves; `base` carries their base values, to bring a dropped conflict back on undo.
    struct ConflictStep
    {
        QString id;
        AudienceSegment edited;
        QStringList fields;
        AudienceSegment base;
    };
    // For ConflictResolutionCommand only: sets the edited versions and marks the fields resolved
    // (or, for an undo, unresolved again).
    void setConflictSteps(const QList<ConflictStep> &steps, bool resolved);

    // For LifecycleCommand only (everything else goes through SegmentEditor): new rows appended
    // (each `edited` carries its temporary id, advertiser and type), rows removed, rows marked for
    // deletion or not. Ids not loaded are skipped, so are rows being sent.
    void insertNewRows(const QList<AudienceSegment> &edited);
    void removeRowsById(const QStringList &ids);
    void setLifecycle(const QStringList &ids, SegmentLifecycle lifecycle);

    // (advertiser, trimmed name), compared case-sensitively as the validator does; null for a
    // missing or blank name (those are not "the same name"). Both strings share the segment's
    // data: building a key allocates nothing.
    struct NameKey
    {
        QString advertiserId;
        QString name;

        bool isNull() const { return name.isEmpty(); }
        friend bool operator==(const NameKey &a, const NameKey &b)
        {
            return a.name == b.name && a.advertiserId == b.advertiserId;
        }
        friend bool operator!=(const NameKey &a, const NameKey &b) { return !(a == b); }
        friend size_t qHash(const NameKey &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.advertiserId, key.name);
        }
    };
    static NameKey nameKey(const AudienceSegment &segment);
    static NameKey nameKey(const QString &advertiserId, const QString &name);

    struct RowDetail;
    struct Row
    {
        AudienceSegment original;
        std::unique_ptr<RowDetail> detail; // null for an untouched row: most of 100 000 rows
        RowState state = RowState::Unchanged;
        bool excluded = false;
        SegmentLifecycle lifecycle = SegmentLifecycle::Existing;
    };
    struct Snapshot
    {
        RowState state;
        bool hasPatch;
        bool excluded;
        SegmentLifecycle lifecycle;
        ProblemList problems;
        NameKey nameKey;
        QStringList conflicts;
    };
    struct Pending;

    const AudienceSegment &editedAt(const Row &row) const;
    bool hasPatch(const Row &row) const;
    bool outcomeApplies(const Row &row) const;
    ProblemList rowProblems(const Row &row) const;
    RowState computeState(const Row &row) const;
    QStringList visibleConflicts(const Row &row) const;
    void clearConflict(Row &row);
    RowDetail &detailOf(Row &row);
    void releaseDetailIfEmpty(Row &row);
    void storeEdited(Row &row, AudienceSegment edited);
    void validate(int row);
    int nameCount(const QString &advertiserId, const QString &name) const;
    void indexName(const NameKey &key, int row);
    void unindexName(const NameKey &key, int row);
    Snapshot snapshot(int row) const;
    void touch(Pending &pending, int row, bool content) const;
    void commit(Pending &pending, bool contentRolesChanged, const QList<int> &extraRoles = {});
    static void addToCounts(Counts &counts, RowState state, bool patch, bool excluded,
                            SegmentLifecycle lifecycle, int sign);
    NameKey rowNameKey(const Row &row) const;
    void rebuildIndexes();
    void emitRowsChanged(QList<int> rows, const QList<int> &roles);
    void resetDerived();
    int appendRows(QList<AudienceSegment> segments);
    Change changeAt(int row) const;

    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;
    QString advertiserText(const QString &advertiserId) const;
    QVariant insightsData(const Row &row, int column, int role) const;
    void insightsChanged(const QStringList &ids);

    std::vector<Row> m_rows;
    QHash<QString, int> m_rowById;
    // (advertiser, trimmed name) -> rows whose edited version carries it: the validator's name
    // count, and the rows to re-check when a name starts or stops colliding.
    // One row inline: most names are carried by one segment, and 100 000 of them must not cost
    // 100 000 allocations.
    QHash<NameKey, QVarLengthArray<int, 1>> m_rowsByName;
    QSet<int> m_patchRows;
    QSet<int> m_problemRows;
    QSet<int> m_conflictRows;
    Counts m_counts;
    ProblemList m_batchProblems;
    QHash<QString, QString> m_advertiserNames;
    QPointer<SegmentEditor> m_editor;
    QPointer<SegmentInsights> m_insights;
};

Q_DECLARE_METATYPE(SegmentTableModel::Counts)
