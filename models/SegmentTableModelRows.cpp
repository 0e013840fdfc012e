#include "SegmentTableModel.h"

#include "PatchBuilder.h"
#include "SegmentConflicts.h"
#include "SegmentEditor.h"
#include "SegmentTableModelPrivate.h"
#include "SegmentValidator.h"

#include <algorithm>

using SegmentTableModelInternal::hasErrors;
using SegmentTableModelInternal::keepReadOnly;

namespace {

const QList<int> &stateRoles()
{
    static const QList<int> roles{Qt::DisplayRole,
                                  Qt::DecorationRole,
                                  Qt::ToolTipRole,
                                  Qt::ForegroundRole,
                                  Qt::BackgroundRole,
                                  Qt::FontRole,
                                  SegmentTableModel::StateRole,
                                  SegmentTableModel::ProblemsRole,
                                  SegmentTableModel::SortRole,
                                  SegmentTableModel::HasChangesRole,
                                  SegmentTableModel::LifecycleRole};
    return roles;
}

const QList<int> &contentRoles()
{
    static const QList<int> roles
            = stateRoles() + QList<int>{Qt::EditRole, SegmentTableModel::ChangedFieldsRole};
    return roles;
}

} // namespace

// ---- derived values

const AudienceSegment &SegmentTableModel::editedAt(const Row &row) const
{
    return row.detail && row.detail->edited ? *row.detail->edited : row.original;
}

bool SegmentTableModel::hasPatch(const Row &row) const
{
    return row.lifecycle != SegmentLifecycle::Existing
            || (row.detail && !row.detail->changedFields.isEmpty());
}

bool SegmentTableModel::outcomeApplies(const Row &row) const
{
    if (!row.detail || !row.detail->outcome)
        return false;
    if (*row.detail->outcome == SegmentOutcome::Status::Unknown)
        return true; // what the server holds is unknown whatever the user did since
    return row.detail->outcomeVersion && editedAt(row) == *row.detail->outcomeVersion;
}

ProblemList SegmentTableModel::rowProblems(const Row &row) const
{
    if (!row.detail)
        return {};
    if (row.detail->sending || !outcomeApplies(row))
        return row.detail->validation;
    return row.detail->validation + row.detail->sendProblems;
}

SegmentTableModel::RowState SegmentTableModel::computeState(const Row &row) const
{
    const RowState resting = row.lifecycle == SegmentLifecycle::New ? RowState::New
            : row.lifecycle == SegmentLifecycle::ToDelete           ? RowState::ToDelete
                                                                    : RowState::Unchanged;
    if (!row.detail)
        return resting;
    const RowDetail &d = *row.detail;
    if (d.sending)
        return RowState::Sending;
    if (!visibleConflicts(row).isEmpty())
        return RowState::Conflict;
    const bool applies = outcomeApplies(row);
    if (applies && *d.outcome == SegmentOutcome::Status::Unknown)
        return RowState::Unknown;
    if (row.lifecycle == SegmentLifecycle::ToDelete) {
        // What it would be were it kept does not matter: it is about to go.
        if (applies && *d.outcome == SegmentOutcome::Status::Failed)
            return RowState::Failed;
        if (applies && *d.outcome == SegmentOutcome::Status::NotSent)
            return RowState::NotSent;
        return RowState::ToDelete;
    }
    if (hasErrors(d.validation))
        return RowState::Invalid;
    if (applies) {
        switch (*d.outcome) {
        case SegmentOutcome::Status::Updated:
            return d.created ? RowState::Created : RowState::Updated;
        case SegmentOutcome::Status::Warned:
            return RowState::Warned;
        case SegmentOutcome::Status::Failed:
            return RowState::Failed;
        case SegmentOutcome::Status::NotSent:
            return RowState::NotSent;
        case SegmentOutcome::Status::Unknown:
            return RowState::Unknown;
        }
    }
    if (resting != RowState::Unchanged)
        return resting;
    return d.changedFields.isEmpty() ? RowState::Unchanged : RowState::Modified;
}

// The unresolved fields the patch still carries, in the patch builder's order.
QStringList SegmentTableModel::visibleConflicts(const Row &row) const
{
    if (!row.detail || row.detail->conflictFields.isEmpty())
        return {};
    QStringList fields;
    for (const QString &field : std::as_const(row.detail->changedFields))
        if (row.detail->conflictFields.contains(field))
            fields.append(field);
    return fields;
}

void SegmentTableModel::clearConflict(Row &row)
{
    if (!row.detail)
        return;
    row.detail->conflictBase.reset();
    row.detail->conflictFields.clear();
}

SegmentTableModel::RowDetail &SegmentTableModel::detailOf(Row &row)
{
    if (!row.detail)
        row.detail = std::make_unique<RowDetail>();
    return *row.detail;
}

void SegmentTableModel::releaseDetailIfEmpty(Row &row)
{
    if (row.detail && row.detail->isEmpty())
        row.detail.reset();
}

void SegmentTableModel::storeEdited(Row &row, AudienceSegment edited)
{
    keepReadOnly(row.original, edited);
    if (edited == row.original) {
        if (row.detail) {
            row.detail->edited.reset();
            row.detail->changedFields.clear();
        }
        return;
    }
    RowDetail &d = detailOf(row);
    d.changedFields = PatchBuilder::changedFields(row.original, edited);
    d.edited = std::move(edited);
}

SegmentTableModel::NameKey SegmentTableModel::nameKey(const QString &advertiserId,
                                                      const QString &name)
{
    QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    return {advertiserId, std::move(trimmed)};
}

SegmentTableModel::NameKey SegmentTableModel::nameKey(const AudienceSegment &segment)
{
    return segment.name ? nameKey(segment.advertiserId, *segment.name) : NameKey();
}

int SegmentTableModel::nameCount(const QString &advertiserId, const QString &name) const
{
    const NameKey key = nameKey(advertiserId, name);
    if (key.isNull())
        return 0;
    const auto it = m_rowsByName.constFind(key);
    return it == m_rowsByName.constEnd() ? 0 : static_cast<int>(it->size());
}

void SegmentTableModel::indexName(const NameKey &key, int row)
{
    if (!key.isNull())
        m_rowsByName[key].append(row);
}

void SegmentTableModel::unindexName(const NameKey &key, int row)
{
    if (key.isNull())
        return;
    const auto it = m_rowsByName.find(key);
    if (it == m_rowsByName.end())
        return;
    const auto pos = std::find(it->begin(), it->end(), row);
    if (pos != it->end())
        it->erase(pos);
    if (it->isEmpty())
        m_rowsByName.erase(it);
}

SegmentTableModel::NameKey SegmentTableModel::rowNameKey(const Row &row) const
{
    // A segment about to be deleted gives its name up: a new one may take it (deletes go first).
    return row.lifecycle == SegmentLifecycle::ToDelete ? NameKey() : nameKey(editedAt(row));
}

void SegmentTableModel::validate(int rowNumber)
{
    Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
    const auto count = [this](const QString &advertiserId, const QString &name) {
        return nameCount(advertiserId, name);
    };
    ProblemList found;
    if (row.lifecycle == SegmentLifecycle::New)
        found = SegmentValidator::validateNew(editedAt(row), count);
    else if (row.lifecycle == SegmentLifecycle::Existing)
        found = SegmentValidator::validate(row.original, editedAt(row), count);
    for (Problem &p : found)
        if (p.segmentId.isEmpty())
            p.segmentId = row.original.id;
    if (row.detail)
        row.detail->validation = std::move(found);
    else if (!found.isEmpty())
        detailOf(row).validation = std::move(found);
}

SegmentTableModel::Snapshot SegmentTableModel::snapshot(int rowNumber) const
{
    const Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
    return {row.state,        hasPatch(row),   row.excluded,         row.lifecycle,
            rowProblems(row), rowNameKey(row), visibleConflicts(row)};
}

void SegmentTableModel::touch(Pending &pending, int row, bool content) const
{
    if (!pending.before.contains(row))
        pending.before.insert(row, snapshot(row));
    bool &flag = pending.touched[row];
    flag = flag || content;
}

void SegmentTableModel::addToCounts(Counts &counts, RowState state, bool patch, bool excluded,
                                    SegmentLifecycle lifecycle, int sign)
{
    if (patch)
        counts.modified += sign;
    if (excluded)
        counts.excluded += sign;
    if (lifecycle == SegmentLifecycle::New)
        counts.toCreate += sign;
    else if (lifecycle == SegmentLifecycle::ToDelete)
        counts.toDelete += sign;
    switch (state) {
    case RowState::Invalid:
        counts.invalid += sign;
        break;
    case RowState::Sending:
        counts.sending += sign;
        break;
    case RowState::Updated:
        counts.updated += sign;
        break;
    case RowState::Warned:
        counts.warned += sign;
        break;
    case RowState::Failed:
        counts.failed += sign;
        break;
    case RowState::NotSent:
        counts.notSent += sign;
        break;
    case RowState::Unknown:
        counts.unknown += sign;
        break;
    case RowState::Conflict:
        counts.conflicts += sign;
        break;
    case RowState::Created:
        counts.created += sign;
        break;
    case RowState::Unchanged:
    case RowState::Modified:
    case RowState::New:
    case RowState::ToDelete:
        break;
    }
}

// Derives everything for the rows an operation touched: the name index, patch fields (already
// stored), validation of the touched rows and of the rows whose name starts or stops colliding,
// state, counts; then one dataChanged per run of adjacent rows, countsChanged and problemsChanged
// when they changed.
void SegmentTableModel::commit(Pending &pending, bool contentRolesChanged,
                               const QList<int> &extraRoles)
{
    // Name index, for every row whose edited name moved.
    QList<int> toValidate;
    for (auto it = pending.touched.cbegin(); it != pending.touched.cend(); ++it) {
        const int row = it.key();
        const NameKey oldKey = pending.before.value(row).nameKey;
        const NameKey newKey = rowNameKey(m_rows[static_cast<std::size_t>(row)]);
        if (oldKey != newKey) {
            unindexName(oldKey, row);
            indexName(newKey, row);
            pending.keysToCheck.insert(oldKey);
            pending.keysToCheck.insert(newKey);
        }
        if (it.value())
            toValidate.append(row);
    }
    // Rows sharing a name that changed hands: they collide now or collided before.
    QSet<int> validating(toValidate.cbegin(), toValidate.cend());
    for (const NameKey &key : std::as_const(pending.keysToCheck)) {
        if (key.isNull())
            continue;
        const QVarLengthArray<int, 1> rows = m_rowsByName.value(key);
        for (const int row : rows) {
            if (validating.contains(row))
                continue;
            validating.insert(row);
            toValidate.append(row);
            if (!pending.before.contains(row))
                pending.before.insert(row, snapshot(row));
        }
    }
    for (const int row : std::as_const(toValidate))
        validate(row);

    const Counts oldCounts = m_counts;
    QList<int> problemRows; // whose problems, or whose name with problems, changed
    QList<int> contentRows;
    QList<int> stateRows;
    QList<int> revalidatedRows;
    for (auto it = pending.before.cbegin(); it != pending.before.cend(); ++it) {
        const int rowNumber = it.key();
        const Snapshot &was = it.value();
        Row &row = m_rows[static_cast<std::size_t>(rowNumber)];

        // Counts: take out what the row counted for, put in what it counts for now.
        row.state = computeState(row);
        const bool patch = hasPatch(row);
        addToCounts(m_counts, was.state, was.hasPatch, was.excluded, was.lifecycle, -1);
        addToCounts(m_counts, row.state, patch, row.excluded, row.lifecycle, +1);
        const ProblemList problems = rowProblems(row);
        if (patch)
            m_patchRows.insert(rowNumber);
        else
            m_patchRows.remove(rowNumber);
        if (problems.isEmpty())
            m_problemRows.remove(rowNumber);
        else
            m_problemRows.insert(rowNumber);
        if (row.state == RowState::Conflict)
            m_conflictRows.insert(rowNumber);
        else
            m_conflictRows.remove(rowNumber);
        releaseDetailIfEmpty(row);

        const bool problemsDiffer = problems != was.problems;
        const bool changed = row.state != was.state || patch != was.hasPatch
                || row.excluded != was.excluded || row.lifecycle != was.lifecycle || problemsDiffer
                || visibleConflicts(row) != was.conflicts;
        const auto touched = pending.touched.constFind(rowNumber);
        if (touched != pending.touched.constEnd() && touched.value()) {
            contentRows.append(rowNumber);
            // The panel shows the row's name: it follows any edit of a row with problems.
            if (!problems.isEmpty() || !was.problems.isEmpty())
                problemRows.append(rowNumber);
        } else if (changed) {
            (touched != pending.touched.constEnd() ? stateRows : revalidatedRows).append(rowNumber);
            if (problemsDiffer)
                problemRows.append(rowNumber);
        }
    }

    emitRowsChanged(contentRows, contentRolesChanged ? contentRoles() : stateRoles());
    emitRowsChanged(stateRows, stateRoles() + extraRoles);
    emitRowsChanged(revalidatedRows, stateRoles());
    if (m_counts != oldCounts)
        Q_EMIT countsChanged(m_counts);
    if (!problemRows.isEmpty()) {
        std::sort(problemRows.begin(), problemRows.end());
        QStringList ids;
        ids.reserve(problemRows.size());
        for (const int row : std::as_const(problemRows))
            ids.append(idAt(row));
        Q_EMIT problemsChanged(ids);
    }
}

void SegmentTableModel::emitRowsChanged(QList<int> rows, const QList<int> &roles)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    qsizetype start = 0;
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) == rows.at(i - 1) + 1)
            continue;
        Q_EMIT dataChanged(index(rows.at(start), 0), index(rows.at(i - 1), ColumnCount - 1), roles);
        start = i;
    }
}

// ---- loading

void SegmentTableModel::resetDerived()
{
    m_rows.clear();
    m_rowById.clear();
    m_rowsByName.clear();
    m_patchRows.clear();
    m_problemRows.clear();
    m_conflictRows.clear();
    m_batchProblems.clear();
    m_counts = {};
}

// Appends the segments whose id is new (not loaded, not earlier in the list, not empty).
int SegmentTableModel::appendRows(QList<AudienceSegment> segments)
{
    const std::size_t needed = m_rows.size() + static_cast<std::size_t>(segments.size());
    if (needed > m_rows.capacity()) // geometric growth: pages of 100 must not copy every row
        m_rows.reserve(std::max(needed, 2 * m_rows.capacity()));
    int added = 0;
    for (AudienceSegment &segment : segments) {
        if (segment.id.isEmpty() || m_rowById.contains(segment.id))
            continue;
        const int row = static_cast<int>(m_rows.size());
        const NameKey key = nameKey(segment);
        m_rowById.insert(segment.id, row);
        m_rows.push_back(Row{std::move(segment), nullptr, RowState::Unchanged, false,
                             SegmentLifecycle::Existing});
        indexName(key, row);
        ++added;
    }
    m_counts.loaded = static_cast<int>(m_rows.size());
    return added;
}

void SegmentTableModel::setSegments(QList<AudienceSegment> segments)
{
    beginResetModel();
    resetDerived();
    m_rows.reserve(static_cast<std::size_t>(segments.size()));
    m_rowById.reserve(segments.size());
    appendRows(std::move(segments));
    endResetModel();
    Q_EMIT countsChanged(m_counts);
    Q_EMIT problemsChanged();
}

void SegmentTableModel::setWorkingSet(const QList<WorkingSetEntry> &entries)
{
    beginResetModel();
    resetDerived();
    QList<AudienceSegment> originals;
    originals.reserve(entries.size());
    for (const WorkingSetEntry &entry : entries)
        originals.append(entry.original);
    m_rows.reserve(static_cast<std::size_t>(originals.size()));
    m_rowById.reserve(originals.size());
    appendRows(std::move(originals));

    // Edits first (the name index must hold every edited name before anything is validated).
    QList<int> edited;
    QSet<int> applied;
    for (const WorkingSetEntry &entry : entries) {
        const int rowNumber = rowForId(entry.original.id);
        if (rowNumber < 0 || applied.contains(rowNumber))
            continue; // a later duplicate of the id
        applied.insert(rowNumber);
        Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
        row.excluded = entry.excluded;
        // A temporary id is only ever a new segment's.
        row.lifecycle = isNewId(row.original.id)                ? SegmentLifecycle::New
                : entry.lifecycle == SegmentLifecycle::ToDelete ? SegmentLifecycle::ToDelete
                                                                : SegmentLifecycle::Existing;
        if (entry.edited || row.lifecycle != SegmentLifecycle::Existing) {
            unindexName(nameKey(row.original), rowNumber);
            if (entry.edited)
                storeEdited(row, *entry.edited);
            indexName(rowNameKey(row), rowNumber);
            edited.append(rowNumber);
        }
        if (entry.conflictBase) {
            RowDetail &d = detailOf(row);
            d.conflictBase = *entry.conflictBase;
            d.conflictBase->id = row.original.id;
            d.conflictFields = !entry.conflictFields.isEmpty()
                    ? entry.conflictFields
                    : SegmentConflicts::conflictingFields(*d.conflictBase, editedAt(row),
                                                          row.original);
            if (d.conflictFields.isEmpty())
                d.conflictBase.reset();
        }
        if (entry.outcome) {
            RowDetail &d = detailOf(row);
            d.outcome = entry.outcome->status;
            d.outcomeVersion = editedAt(row);
            d.sendProblems = entry.outcome->problems;
            for (Problem &p : d.sendProblems)
                if (p.segmentId.isEmpty())
                    p.segmentId = row.original.id;
        }
    }
    for (const int row : std::as_const(edited))
        validate(row);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        releaseDetailIfEmpty(row);
        if (!row.detail && !row.excluded && row.lifecycle == SegmentLifecycle::Existing)
            continue;
        row.state = computeState(row);
        addToCounts(m_counts, row.state, hasPatch(row), row.excluded, row.lifecycle, +1);
        if (hasPatch(row))
            m_patchRows.insert(static_cast<int>(i));
        if (!rowProblems(row).isEmpty())
            m_problemRows.insert(static_cast<int>(i));
        if (row.state == RowState::Conflict)
            m_conflictRows.insert(static_cast<int>(i));
    }
    endResetModel();
    Q_EMIT countsChanged(m_counts);
    Q_EMIT problemsChanged();
}

QList<WorkingSetEntry> SegmentTableModel::workingSetEntries() const
{
    QList<WorkingSetEntry> entries;
    entries.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        entries.append(workingSetEntry(row));
    return entries;
}

WorkingSetEntry SegmentTableModel::workingSetEntry(int rowNumber) const
{
    const Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
    WorkingSetEntry entry;
    entry.original = row.original;
    entry.excluded = row.excluded;
    entry.lifecycle = row.lifecycle;
    if (row.detail) {
        const RowDetail &d = *row.detail;
        entry.edited = d.edited;
        if (d.conflictBase) {
            entry.conflictBase = d.conflictBase;
            entry.conflictFields = d.conflictFields;
        }
        // A send in flight is saved as Unknown: if the program stops before the answer,
        // the reopened set must say "reload to find out", not "not sent".
        if (d.sending) {
            SegmentOutcome outcome;
            outcome.segmentId = row.original.id;
            outcome.status = SegmentOutcome::Status::Unknown;
            entry.outcome = outcome;
        } else if (d.outcome && outcomeApplies(row)) {
            SegmentOutcome outcome;
            outcome.segmentId = row.original.id;
            outcome.status = *d.outcome;
            outcome.problems = d.sendProblems;
            entry.outcome = outcome;
        }
    }
    return entry;
}

void SegmentTableModel::appendSegments(QList<AudienceSegment> segments)
{
    // The rows to insert must be known before beginInsertRows().
    QSet<QString> seen;
    QList<AudienceSegment> fresh;
    fresh.reserve(segments.size());
    for (AudienceSegment &s : segments) {
        if (s.id.isEmpty() || m_rowById.contains(s.id) || seen.contains(s.id))
            continue;
        seen.insert(s.id);
        fresh.append(std::move(s));
    }
    if (fresh.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    appendRows(std::move(fresh));
    endInsertRows();

    // A new page can bring a name an earlier row was just given.
    Pending pending;
    for (int row = first; row < rowCount(); ++row) {
        const NameKey key = nameKey(m_rows[static_cast<std::size_t>(row)].original);
        if (!key.isNull() && m_rowsByName.value(key).size() > 1)
            pending.keysToCheck.insert(key);
    }
    commit(pending, false);
    Q_EMIT countsChanged(m_counts);
}

// ---- edits

void SegmentTableModel::setEdited(const QString &id, const AudienceSegment &edited)
{
    AudienceSegment e = edited;
    e.id = id;
    setEdited(QList<AudienceSegment>{e});
}

void SegmentTableModel::setEdited(const QList<AudienceSegment> &edited)
{
    Pending pending;
    for (const AudienceSegment &segment : edited) {
        const int rowNumber = rowForId(segment.id);
        if (rowNumber < 0)
            continue;
        Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
        AudienceSegment e = segment;
        keepReadOnly(row.original, e);
        if (e == editedAt(row))
            continue;
        touch(pending, rowNumber, true);
        storeEdited(row, std::move(e));
    }
    if (!pending.touched.isEmpty())
        commit(pending, true);
}

int SegmentTableModel::revert(const QStringList &ids)
{
    return m_editor ? m_editor->revert(ids) : 0;
}
