#include "SegmentFilterProxy.h"

SegmentFilterProxy::SegmentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SegmentTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
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
