#pragma once

#include "AudienceSegment.h"
#include "SegmentTableModel.h"

#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

// The segment table's filter bar and sorting: text (id, name or description, case-insensitive),
// type, advertiser and a set of row states, all combined; sorting by the model's SortRole
// (typed values: ids numerically, dates as dates). One setter per filter. The source must be a
// SegmentTableModel (or a model with its roles).
//
// Rows keep their places until the user sorts again, as in Google Ads Editor: sort() takes a
// snapshot of every row's sort value, and rows compare by it afterwards, so an edit, a send or an
// outcome that changes a sorted column does not move the row (or the selection) away. A row the
// snapshot does not know (new since the sort) is placed by its current value.
//
// 100 000 rows: the snapshot is kept by source row as a rank (sort() orders the rows once on their
// values, and rows then compare by two integers), the filters read the fields straight from the
// SegmentTableModel (no QVariant per row), and a filter change remaps the rows in one pass instead
// of removing and inserting them range by range.
class SegmentFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using RowState = SegmentTableModel::RowState;

    explicit SegmentFilterProxy(QObject *parent = nullptr);

    // Empty: no text filter. Matches a substring of id, name or description (edited versions).
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }

    // Nothing: every type.
    void setTypeFilter(std::optional<SegmentType> type);
    std::optional<SegmentType> typeFilter() const { return m_type; }

    // Empty: every advertiser.
    void setAdvertiserFilter(const QString &advertiserId);
    QString advertiserFilter() const { return m_advertiserId; }

    // Empty: every state.
    void setStateFilter(const QSet<RowState> &states);
    QSet<RowState> stateFilter() const { return m_states; }

    // Presets for the state filter.
    static QSet<RowState> modifiedStates(); // "only modified": Modified, Invalid
    static QSet<RowState> failedStates();   // "only failed": Failed, Unknown, NotSent

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setSourceModel(QAbstractItemModel *source) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    std::optional<SegmentType> m_type;
    QString m_advertiserId;
    QSet<RowState> m_states;

    // The snapshot of the last sort() (or of a reset of the source while sorted), by source row:
    // the value, and its rank among the rows (equal values, equal ranks). -1: a row the
    // snapshot does not know.
    bool m_snapshot = false;
    std::vector<QVariant> m_sortedValues;
    std::vector<int> m_ranks;
    QList<QMetaObject::Connection> m_sourceConnections;
    const SegmentTableModel *m_table = nullptr;

    void takeSnapshot(int column);
    void filterChanged();
    bool valueLess(const QVariant &a, const QVariant &b) const;
    QVariant sortValue(const QModelIndex &index) const;
};
