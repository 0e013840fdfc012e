#include "SegmentTableModel.h"

#include "SegmentTableModelPrivate.h"

#include <algorithm>

// ---- new segments and deletions

namespace {

const QLatin1String newIdPrefix("new-");

} // namespace

bool SegmentTableModel::isNewId(const QString &id)
{
    return id.startsWith(newIdPrefix);
}

QString SegmentTableModel::nextNewId() const
{
    // One more than the highest number in use: ids stay unique across undo, redo and a
    // working set saved and opened again.
    qint64 highest = 0;
    for (auto it = m_rowById.cbegin(); it != m_rowById.cend(); ++it) {
        if (!isNewId(it.key()))
            continue;
        bool ok = false;
        const qint64 n = it.key().mid(newIdPrefix.size()).toLongLong(&ok);
        if (ok)
            highest = std::max(highest, n);
    }
    return newIdPrefix + QString::number(highest + 1);
}

SegmentLifecycle SegmentTableModel::lifecycle(const QString &id) const
{
    const int row = rowForId(id);
    return row < 0 ? SegmentLifecycle::Existing : m_rows[static_cast<std::size_t>(row)].lifecycle;
}

void SegmentTableModel::insertNewRows(const QList<AudienceSegment> &edited)
{
    QList<AudienceSegment> fresh;
    QSet<QString> seen;
    for (const AudienceSegment &segment : edited) {
        if (!isNewId(segment.id) || m_rowById.contains(segment.id) || seen.contains(segment.id))
            continue;
        seen.insert(segment.id);
        fresh.append(segment);
    }
    if (fresh.isEmpty())
        return;
    const Counts before = m_counts;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const AudienceSegment &segment : std::as_const(fresh)) {
        // The original of a new row is what the server will own: its identity, nothing else.
        AudienceSegment skeleton;
        skeleton.id = segment.id;
        skeleton.advertiserId = segment.advertiserId;
        skeleton.type = segment.type;
        const int row = static_cast<int>(m_rows.size());
        m_rowById.insert(skeleton.id, row);
        m_rows.push_back(
                Row{std::move(skeleton), nullptr, RowState::New, false, SegmentLifecycle::New});
        addToCounts(m_counts, RowState::New, true, false, SegmentLifecycle::New, +1);
        m_patchRows.insert(row);
    }
    m_counts.loaded = static_cast<int>(m_rows.size());
    endInsertRows();

    Pending pending;
    for (int i = 0; i < fresh.size(); ++i) {
        const int row = first + i;
        touch(pending, row, true);
        storeEdited(m_rows[static_cast<std::size_t>(row)], fresh.at(i));
    }
    commit(pending, true);
    // commit() compares with the counts the new rows already had: the rows themselves are news.
    if (m_counts != before)
        Q_EMIT countsChanged(m_counts);
}

void SegmentTableModel::removeRowsById(const QStringList &ids)
{
    QList<int> rows;
    for (const QString &id : ids) {
        const int row = rowForId(id);
        if (row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty())
        return;

    QSet<NameKey> freedNames;
    bool hadProblems = false;
    for (const int rowNumber : std::as_const(rows)) {
        const Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
        addToCounts(m_counts, row.state, hasPatch(row), row.excluded, row.lifecycle, -1);
        freedNames.insert(rowNameKey(row));
        hadProblems = hadProblems || m_problemRows.contains(rowNumber);
    }
    // Runs of adjacent rows, removed from the last so that earlier row numbers hold. Many
    // scattered runs are one reset: each removal renumbers every row after it.
    QList<QPair<int, int>> runs;
    for (const int row : std::as_const(rows)) {
        if (!runs.isEmpty() && runs.last().second == row - 1)
            runs.last().second = row;
        else
            runs.append({row, row});
    }
    const auto erase = [this](const QPair<int, int> &run) {
        const auto begin = m_rows.begin() + run.first;
        m_rows.erase(begin, begin + (run.second - run.first + 1));
    };
    if (runs.size() > 16) {
        beginResetModel();
        for (auto it = runs.crbegin(); it != runs.crend(); ++it)
            erase(*it);
        rebuildIndexes();
        endResetModel();
    } else {
        for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
            beginRemoveRows({}, it->first, it->second);
            erase(*it);
            rebuildIndexes();
            endRemoveRows();
        }
    }
    Q_EMIT countsChanged(m_counts);

    // Rows that shared a name with a removed one may be valid now.
    Pending pending;
    pending.keysToCheck = freedNames;
    commit(pending, false);
    if (hadProblems)
        Q_EMIT problemsChanged();
}

void SegmentTableModel::rebuildIndexes()
{
    m_rowById.clear();
    m_rowsByName.clear();
    m_patchRows.clear();
    m_problemRows.clear();
    m_conflictRows.clear();
    m_rowById.reserve(static_cast<qsizetype>(m_rows.size()));
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const int n = static_cast<int>(i);
        m_rowById.insert(row.original.id, n);
        indexName(rowNameKey(row), n);
        if (hasPatch(row))
            m_patchRows.insert(n);
        if (!rowProblems(row).isEmpty())
            m_problemRows.insert(n);
        if (row.state == RowState::Conflict)
            m_conflictRows.insert(n);
    }
    m_counts.loaded = static_cast<int>(m_rows.size());
}

void SegmentTableModel::setLifecycle(const QStringList &ids, SegmentLifecycle lifecycle)
{
    if (lifecycle == SegmentLifecycle::New)
        return; // a row is made new only by insertNewRows()
    Pending pending;
    for (const QString &id : ids) {
        const int rowNumber = rowForId(id);
        if (rowNumber < 0)
            continue;
        Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
        if (row.lifecycle == lifecycle || row.lifecycle == SegmentLifecycle::New
            || row.state == RowState::Sending)
            continue;
        touch(pending, rowNumber, true);
        row.lifecycle = lifecycle;
        // The last send's outcome was about the other intent; a lost answer stays until
        // reconciled, whatever the user wants now.
        if (row.detail && row.detail->outcome
            && *row.detail->outcome != SegmentOutcome::Status::Unknown) {
            row.detail->outcome.reset();
            row.detail->outcomeVersion.reset();
            row.detail->sendProblems.clear();
        }
    }
    if (!pending.touched.isEmpty())
        commit(pending, true);
}
