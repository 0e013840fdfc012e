#include "SegmentFilterProxy.h"

SegmentFilterProxy::SegmentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SegmentTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void SegmentFilterProxy::sort(int column, Qt::SortOrder order)
{
    // The user's sort: by the current values, then those values are kept.
    m_sortedValues.clear();
    if (column == sortColumn() && order == sortOrder() && dynamicSortFilter())
        invalidate(); // the base class does nothing for the order it already has
    else
        QSortFilterProxyModel::sort(column, order);
    QAbstractItemModel *source = sourceModel();
    if (!source || column < 0)
        return;
    const int rows = source->rowCount();
    m_sortedValues.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = source->index(row, column);
        m_sortedValues.insert(index.data(SegmentTableModel::SegmentIdRole).toString(),
                              index.data(sortRole()));
    }
}

QVariant SegmentFilterProxy::sortValue(const QModelIndex &index) const
{
    const auto kept
            = m_sortedValues.constFind(index.data(SegmentTableModel::SegmentIdRole).toString());
    return kept != m_sortedValues.constEnd() ? *kept : index.data(sortRole());
}

bool SegmentFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_sortedValues.isEmpty())
        return QSortFilterProxyModel::lessThan(left, right);
    const QVariant a = sortValue(left);
    const QVariant b = sortValue(right);
    if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString)
        return QString::compare(a.toString(), b.toString(), sortCaseSensitivity()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

void SegmentFilterProxy::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void SegmentFilterProxy::setTypeFilter(std::optional<SegmentType> type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateFilter();
}

void SegmentFilterProxy::setAdvertiserFilter(const QString &advertiserId)
{
    if (advertiserId == m_advertiserId)
        return;
    m_advertiserId = advertiserId;
    invalidateFilter();
}

void SegmentFilterProxy::setStateFilter(const QSet<RowState> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    invalidateFilter();
}

QSet<SegmentFilterProxy::RowState> SegmentFilterProxy::modifiedStates()
{
    return {RowState::Modified, RowState::Invalid, RowState::Conflict};
}

QSet<SegmentFilterProxy::RowState> SegmentFilterProxy::failedStates()
{
    return {RowState::Failed, RowState::Unknown, RowState::NotSent};
}

bool SegmentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return false;
    const auto cell = [&](int column) { return source->index(sourceRow, column, sourceParent); };

    // Cheapest tests first: they reject most rows of a large set.
    if (!m_states.isEmpty()
        && !m_states.contains(cell(SegmentTableModel::StateColumn)
                                      .data(SegmentTableModel::StateRole)
                                      .value<RowState>()))
        return false;
    if (m_type
        && cell(SegmentTableModel::TypeColumn)
                        .data(SegmentTableModel::SegmentTypeRole)
                        .value<SegmentType>()
                != *m_type)
        return false;
    if (!m_advertiserId.isEmpty()
        && cell(SegmentTableModel::AdvertiserColumn)
                        .data(SegmentTableModel::AdvertiserIdRole)
                        .toString()
                != m_advertiserId)
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column : {SegmentTableModel::IdColumn, SegmentTableModel::NameColumn,
                             SegmentTableModel::DescriptionColumn}) {
        if (cell(column).data(Qt::EditRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
