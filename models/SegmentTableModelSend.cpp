#include "SegmentTableModel.h"

#include "SegmentConflicts.h"
#include "SegmentEditor.h"
#include "SegmentFields.h"
#include "SegmentTableModelPrivate.h"

#include <algorithm>

using SegmentTableModelInternal::keepReadOnly;

// ---- the send

void SegmentTableModel::setSending(const QStringList &ids)
{
    Pending pending;
    for (const QString &id : ids) {
        const int rowNumber = rowForId(id);
        if (rowNumber < 0)
            continue;
        Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
        touch(pending, rowNumber, false);
        RowDetail &d = detailOf(row);
        d.outcomeVersion = editedAt(row);
        d.sending = true;
        d.created = false;
        d.outcome.reset();
        d.sendProblems.clear();
    }
    if (!pending.touched.isEmpty())
        commit(pending, false);
}

void SegmentTableModel::applyOutcomes(const QList<SegmentOutcome> &outcomes)
{
    using Status = SegmentOutcome::Status;
    Pending pending;
    QStringList deleted;
    QHash<QString, QString> created;
    for (const SegmentOutcome &outcome : outcomes) {
        const int rowNumber = rowForId(outcome.segmentId);
        if (rowNumber < 0)
            continue;
        Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
        const bool updated = outcome.status == Status::Updated || outcome.status == Status::Warned;
        if (updated && row.lifecycle == SegmentLifecycle::ToDelete) {
            deleted.append(outcome.segmentId); // the server confirmed: the row goes
            continue;
        }
        // A create is done only with the id the server gave.
        const QString newId = outcome.entity ? outcome.entity->id : QString();
        const bool create = updated && row.lifecycle == SegmentLifecycle::New;
        if (create && (newId.isEmpty() || isNewId(newId) || m_rowById.contains(newId)))
            continue;
        touch(pending, rowNumber, updated);

        RowDetail &d = detailOf(row);
        AudienceSegment current = editedAt(row);
        const AudienceSegment sent = d.outcomeVersion.value_or(current);
        if (create) {
            // From now on the row is the server's segment, under its id, everywhere.
            m_rowById.remove(row.original.id);
            m_rowById.insert(newId, rowNumber);
            created.insert(row.original.id, newId);
            row.original.id = newId;
            current.id = newId;
            row.lifecycle = SegmentLifecycle::Existing;
            d.created = true;
            for (Problem &p : d.validation)
                p.segmentId = newId;
        }
        d.sending = false;
        d.outcome = outcome.status;
        d.sendProblems = outcome.problems;
        for (Problem &p : d.sendProblems)
            if (p.segmentId.isEmpty() || create)
                p.segmentId = row.original.id;

        if (updated) {
            // The server's answer is the new original. What the user typed while the send was
            // under way stays on top of it as an edit.
            AudienceSegment server = outcome.entity.value_or(sent);
            server.id = row.original.id;
            if (!outcome.entity) {
                server.createdAt = row.original.createdAt;
                server.updatedAt = row.original.updatedAt;
            }
            AudienceSegment sentAs = sent;
            sentAs.id = row.original.id;
            row.original = server;
            storeEdited(row, current == sentAs ? server : current);
            d.outcomeVersion = server;
        } else {
            d.outcomeVersion = sent;
        }
    }
    if (!pending.touched.isEmpty())
        commit(pending, true);
    if (!created.isEmpty()) {
        if (m_editor)
            m_editor->renameHistory(created);
        Q_EMIT segmentsCreated(created);
    }
    if (!deleted.isEmpty())
        removeRowsById(deleted);
}

void SegmentTableModel::addBatchProblems(const ProblemList &problems)
{
    if (problems.isEmpty())
        return;
    m_batchProblems += problems;
    Q_EMIT problemsChanged();
}

void SegmentTableModel::clearBatchProblems()
{
    if (m_batchProblems.isEmpty())
        return;
    m_batchProblems.clear();
    Q_EMIT problemsChanged();
}

// ---- the server's copies

void SegmentTableModel::replaceOriginals(const QList<AudienceSegment> &segments)
{
    Pending pending;
    QHash<QString, QPair<AudienceSegment, AudienceSegment>> reloaded;
    for (const AudienceSegment &segment : segments) {
        const int rowNumber = rowForId(segment.id);
        if (rowNumber < 0)
            continue;
        Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
        touch(pending, rowNumber, true);
        const AudienceSegment oldEdited = editedAt(row);
        const QStringList fields = row.detail ? row.detail->changedFields : QStringList();

        // Carry the user's changed fields over to the new original; the rest follows the server.
        AudienceSegment rebased = segment;
        for (const QString &field : fields) {
            if (!SegmentFields::copyField(oldEdited, rebased, field)) {
                rebased = oldEdited; // a field we cannot move alone: keep the edit whole
                break;
            }
        }
        if (row.original != segment && !reloaded.contains(segment.id))
            reloaded.insert(segment.id, {row.original, segment});
        row.original = segment;
        storeEdited(row, rebased);
        clearConflict(row);
        if (row.detail && !row.detail->sending) {
            row.detail->outcome.reset();
            row.detail->outcomeVersion.reset();
            row.detail->sendProblems.clear();
        }
    }
    if (!pending.touched.isEmpty())
        commit(pending, true);
    if (m_editor && !reloaded.isEmpty())
        m_editor->carryHistoryOver(reloaded);
}

QStringList SegmentTableModel::checkServerVersions(const QList<AudienceSegment> &server,
                                                   bool keepMine)
{
    Pending pending;
    QHash<QString, QPair<AudienceSegment, AudienceSegment>> reloaded;
    QSet<int> checked;
    for (const AudienceSegment &copy : server) {
        const int rowNumber = rowForId(copy.id);
        if (rowNumber < 0 || checked.contains(rowNumber))
            continue; // not loaded, or a later duplicate
        checked.insert(rowNumber);
        Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
        if (keepMine && row.detail && row.detail->conflictBase) {
            touch(pending, rowNumber, false);
            clearConflict(row);
        }
        if (!SegmentConflicts::serverChanged(row.original, copy))
            continue;
        touch(pending, rowNumber, true);

        const AudienceSegment base = row.original;
        const AudienceSegment mine = editedAt(row);
        const bool patch = hasPatch(row);
        const QStringList conflicts = patch && !keepMine
                ? SegmentConflicts::conflictingFields(base, mine, copy)
                : QStringList();
        if (!conflicts.isEmpty()) {
            RowDetail &d = detailOf(row);
            // A row already in conflict keeps the version the user started from; a field that
            // conflicts only now started from the copy this check replaces.
            const bool had = d.conflictBase.has_value();
            if (!had) {
                d.conflictBase = base;
                d.conflictFields.clear();
            }
            for (const QString &field : conflicts) {
                if (d.conflictFields.contains(field))
                    continue;
                if (had)
                    SegmentFields::copyField(base, *d.conflictBase, field);
                d.conflictFields.append(field);
            }
        }
        row.original = copy;
        storeEdited(row, patch ? SegmentConflicts::rebase(base, mine, copy) : copy);
        if (row.detail && !row.detail->sending) {
            row.detail->outcome.reset();
            row.detail->outcomeVersion.reset();
            row.detail->sendProblems.clear();
        }
        reloaded.insert(copy.id, {base, copy});
    }
    if (!pending.touched.isEmpty())
        commit(pending, true);
    if (m_editor && !reloaded.isEmpty())
        m_editor->carryHistoryOver(reloaded);

    QList<int> rows(checked.cbegin(), checked.cend());
    std::sort(rows.begin(), rows.end());
    QStringList inConflict;
    for (const int rowNumber : std::as_const(rows)) {
        const Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
        if (row.state == RowState::Conflict)
            inConflict.append(row.original.id);
    }
    return inConflict;
}

// ---- conflicts

QStringList SegmentTableModel::conflictFields(const QString &id) const
{
    const int row = rowForId(id);
    return row < 0 ? QStringList() : visibleConflicts(m_rows[static_cast<std::size_t>(row)]);
}

std::optional<AudienceSegment> SegmentTableModel::conflictBase(const QString &id) const
{
    const int rowNumber = rowForId(id);
    if (rowNumber < 0)
        return std::nullopt;
    const Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
    if (visibleConflicts(row).isEmpty())
        return std::nullopt;
    return row.detail->conflictBase;
}

QStringList SegmentTableModel::conflictIds() const
{
    QList<int> rows(m_conflictRows.cbegin(), m_conflictRows.cend());
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    ids.reserve(rows.size());
    for (const int row : std::as_const(rows))
        ids.append(m_rows[static_cast<std::size_t>(row)].original.id);
    return ids;
}

void SegmentTableModel::setConflictSteps(const QList<ConflictStep> &steps, bool resolved)
{
    Pending pending;
    for (const ConflictStep &step : steps) {
        const int rowNumber = rowForId(step.id);
        if (rowNumber < 0)
            continue;
        Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
        AudienceSegment e = step.edited;
        keepReadOnly(row.original, e);
        const bool content = e != editedAt(row);
        touch(pending, rowNumber, content);
        if (content)
            storeEdited(row, std::move(e));
        RowDetail &d = detailOf(row);
        if (resolved) {
            for (const QString &field : step.fields)
                d.conflictFields.removeAll(field);
            if (d.conflictFields.isEmpty())
                clearConflict(row);
        } else {
            // An undo: the fields are in conflict again, from the values they started from.
            if (!d.conflictBase) {
                d.conflictBase = step.base;
                d.conflictFields.clear();
            }
            for (const QString &field : step.fields) {
                if (d.conflictFields.contains(field))
                    continue;
                SegmentFields::copyField(step.base, *d.conflictBase, field);
                d.conflictFields.append(field);
            }
        }
    }
    if (!pending.touched.isEmpty())
        commit(pending, true);
}

// ---- exclusion

void SegmentTableModel::setExcluded(const QStringList &ids, bool excluded)
{
    Pending pending;
    for (const QString &id : ids) {
        const int rowNumber = rowForId(id);
        if (rowNumber < 0 || m_rows[static_cast<std::size_t>(rowNumber)].excluded == excluded)
            continue;
        touch(pending, rowNumber, false);
        m_rows[static_cast<std::size_t>(rowNumber)].excluded = excluded;
    }
    if (!pending.touched.isEmpty())
        commit(pending, false, {ExcludedRole});
}

// ---- views of the whole set

SegmentTableModel::Change SegmentTableModel::changeAt(int rowNumber) const
{
    const Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
    Change change;
    change.id = row.original.id;
    change.original = row.original;
    change.edited = editedAt(row);
    change.changedFields = row.detail ? row.detail->changedFields : QStringList();
    change.state = row.state;
    change.excluded = row.excluded;
    change.lifecycle = row.lifecycle;
    return change;
}

QList<SegmentTableModel::Change> SegmentTableModel::changes() const
{
    QList<int> rows(m_patchRows.cbegin(), m_patchRows.cend());
    std::sort(rows.begin(), rows.end());
    QList<Change> result;
    result.reserve(rows.size());
    for (const int row : std::as_const(rows))
        result.append(changeAt(row));
    return result;
}

QList<SegmentTableModel::Change> SegmentTableModel::sendableChanges() const
{
    QList<Change> result = changes();
    result.erase(std::remove_if(result.begin(), result.end(),
                                [](const Change &c) {
                                    return c.excluded || c.state == RowState::Invalid
                                            || c.state == RowState::Sending
                                            || c.state == RowState::Conflict;
                                }),
                 result.end());
    return result;
}

ProblemList SegmentTableModel::problems() const
{
    QList<int> rows(m_problemRows.cbegin(), m_problemRows.cend());
    std::sort(rows.begin(), rows.end());
    ProblemList result;
    for (const int row : std::as_const(rows))
        result += rowProblems(m_rows[static_cast<std::size_t>(row)]);
    return result;
}
