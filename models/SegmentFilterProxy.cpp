#include "SegmentFilterProxy.h"

#include <algorithm>
#include <numeric>

SegmentFilterProxy::SegmentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SegmentTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void SegmentFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_snapshot = false;
    m_sortedValues.clear();
    m_ranks.clear();
    m_table = qobject_cast<const SegmentTableModel *>(source);
    // Connected before the base class connects its own: the snapshot follows the source's rows
    // before the base class sorts new or reset rows with it.
    if (source) {
        m_sourceConnections.append(connect(source, &QAbstractItemModel::rowsInserted, this,
                                           [this](const QModelIndex &parent, int first, int last) {
                                               if (!m_snapshot || parent.isValid()
                                                   || std::size_t(first) > m_sortedValues.size())
                                                   return;
                                               const auto count = std::size_t(last - first + 1);
                                               m_sortedValues.insert(m_sortedValues.begin() + first,
                                                                     count, QVariant());
                                               m_ranks.insert(m_ranks.begin() + first, count, -1);
                                           }));
        m_sourceConnections.append(
                connect(source, &QAbstractItemModel::rowsRemoved, this,
                        [this](const QModelIndex &parent, int first, int last) {
                            if (!m_snapshot || parent.isValid()
                                || std::size_t(last) >= m_sortedValues.size())
                                return;
                            m_sortedValues.erase(m_sortedValues.begin() + first,
                                                 m_sortedValues.begin() + last + 1);
                            m_ranks.erase(m_ranks.begin() + first, m_ranks.begin() + last + 1);
                        }));
        // Other rows, or the same in another order: sorted by their values, as a sort would.
        const auto resnapshot = [this] {
            if (m_snapshot)
                takeSnapshot(sortColumn());
        };
        m_sourceConnections.append(
                connect(source, &QAbstractItemModel::modelReset, this, resnapshot));
        m_sourceConnections.append(
                connect(source, &QAbstractItemModel::layoutChanged, this, resnapshot));
    }
    QSortFilterProxyModel::setSourceModel(source);
}

void SegmentFilterProxy::takeSnapshot(int column)
{
    m_snapshot = false;
    m_sortedValues.clear();
    m_ranks.clear();
    QAbstractItemModel *source = sourceModel();
    if (!source || column < 0)
        return;
    const int rows = source->rowCount();
    m_sortedValues.reserve(std::size_t(rows));
    for (int row = 0; row < rows; ++row)
        m_sortedValues.push_back(source->index(row, column).data(sortRole()));
    // Ranks: the rows ordered once by their values; equal values share a rank.
    std::vector<int> order(static_cast<std::size_t>(rows));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return valueLess(m_sortedValues[std::size_t(a)], m_sortedValues[std::size_t(b)]);
    });
    m_ranks.assign(std::size_t(rows), 0);
    int rank = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0
            && valueLess(m_sortedValues[std::size_t(order[i - 1])],
                         m_sortedValues[std::size_t(order[i])]))
            ++rank;
        m_ranks[std::size_t(order[i])] = rank;
    }
    m_snapshot = true;
}

void SegmentFilterProxy::sort(int column, Qt::SortOrder order)
{
    // The user's sort: by the current values, then those values are kept.
    takeSnapshot(column);
    if (column == sortColumn() && order == sortOrder() && dynamicSortFilter())
        invalidate(); // the base class does nothing for the order it already has
    else
        QSortFilterProxyModel::sort(column, order);
}

bool SegmentFilterProxy::valueLess(const QVariant &a, const QVariant &b) const
{
    if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString)
        return QString::compare(*static_cast<const QString *>(a.constData()),
                                *static_cast<const QString *>(b.constData()), sortCaseSensitivity())
                < 0;
    if (a.userType() == QMetaType::QDateTime && b.userType() == QMetaType::QDateTime) {
        const auto &x = *static_cast<const QDateTime *>(a.constData());
        const auto &y = *static_cast<const QDateTime *>(b.constData());
        if (x.isValid() && y.isValid())
            return x.toMSecsSinceEpoch() < y.toMSecsSinceEpoch();
    }
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

QVariant SegmentFilterProxy::sortValue(const QModelIndex &index) const
{
    const auto row = std::size_t(index.row());
    if (row < m_ranks.size() && m_ranks[row] >= 0)
        return m_sortedValues[row];
    return index.data(sortRole());
}

bool SegmentFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_snapshot)
        return QSortFilterProxyModel::lessThan(left, right);
    const auto l = std::size_t(left.row());
    const auto r = std::size_t(right.row());
    if (l < m_ranks.size() && r < m_ranks.size() && m_ranks[l] >= 0 && m_ranks[r] >= 0)
        return m_ranks[l] < m_ranks[r];
    return valueLess(sortValue(left), sortValue(right));
}

// The base class's invalidateFilter() removes and inserts the rows that change range by range,
// which costs a pass over the proxy's rows per range: seconds when an advertiser or a type is
// picked among 100 000 interleaved rows. invalidate() maps every row again in one pass (and one
// sort, cheap on the ranks), keeping persistent indexes (the selection) on the rows that stay.
void SegmentFilterProxy::filterChanged()
{
    invalidate();
}

void SegmentFilterProxy::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    filterChanged();
}

void SegmentFilterProxy::setTypeFilter(std::optional<SegmentType> type)
{
    if (type == m_type)
        return;
    m_type = type;
    filterChanged();
}

void SegmentFilterProxy::setAdvertiserFilter(const QString &advertiserId)
{
    if (advertiserId == m_advertiserId)
        return;
    m_advertiserId = advertiserId;
    filterChanged();
}

void SegmentFilterProxy::setStateFilter(const QSet<RowState> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    filterChanged();
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
    // The segment table: its fields as they are, without a QVariant per row.
    if (m_table && m_table == source && !sourceParent.isValid()) {
        if (!m_states.isEmpty() && !m_states.contains(m_table->stateAt(sourceRow)))
            return false;
        const AudienceSegment &s = m_table->editedAt(sourceRow);
        if (m_type && s.type != *m_type)
            return false;
        if (!m_advertiserId.isEmpty() && s.advertiserId != m_advertiserId)
            return false;
        if (m_text.isEmpty())
            return true;
        // The id as the table shows it ("(new)" before the server gives one).
        return (s.name && s.name->contains(m_text, Qt::CaseInsensitive))
                || s.description.valueOr(QString()).contains(m_text, Qt::CaseInsensitive)
                || m_table->index(sourceRow, SegmentTableModel::IdColumn)
                           .data(Qt::EditRole)
                           .toString()
                           .contains(m_text, Qt::CaseInsensitive);
    }
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
