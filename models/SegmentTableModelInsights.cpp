// The Size and Used by columns of SegmentTableModel: what SegmentInsights knows, per row.
#include "SegmentTableModel.h"

#include "SegmentInsights.h"

#include <algorithm>

namespace {

// Whether the type's settings differ: the definition a size is about.
bool definitionEdited(const AudienceSegment &a, const AudienceSegment &b)
{
    return a.inMarket != b.inMarket || a.location != b.location || a.prospecting != b.prospecting
            || a.retargeting != b.retargeting || a.lookalike != b.lookalike
            || a.contactList != b.contactList || a.behavioral != b.behavioral;
}

} // namespace

void SegmentTableModel::setInsights(SegmentInsights *insights)
{
    if (m_insights == insights)
        return;
    if (m_insights)
        m_insights->disconnect(this);
    m_insights = insights;
    if (!m_insights)
        return;
    connect(m_insights, &SegmentInsights::changed, this, &SegmentTableModel::insightsChanged);
    // The store learns the current versions of the rows it knows something about, so that
    // sizes of another definition turn stale.
    const auto check = [this](int row) {
        if (!m_insights || row < 0 || row >= rowCount())
            return;
        const Row &r = m_rows[static_cast<std::size_t>(row)];
        if (m_insights->hasAnything(r.original.id))
            m_insights->checkDefinitions(r.original.id, r.original, editedAt(r));
    };
    connect(this, &QAbstractItemModel::dataChanged, m_insights,
            [check](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() >= SizeColumn)
                    return; // our own columns: nothing about the definition changed
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    check(row);
            });
    connect(this, &QAbstractItemModel::rowsInserted, m_insights,
            [check](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    check(row);
            });
    const auto checkAll = [this, check] {
        if (!m_insights)
            return;
        for (const QString &id : m_insights->knownIds())
            check(rowForId(id));
    };
    connect(this, &QAbstractItemModel::modelReset, m_insights, checkAll);
    checkAll();
}

SegmentInsights *SegmentTableModel::insights() const
{
    return m_insights;
}

void SegmentTableModel::insightsChanged(const QStringList &ids)
{
    QList<int> rows;
    rows.reserve(ids.size());
    for (const QString &id : ids) {
        const int row = rowForId(id);
        if (row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i + 1;
        while (j < rows.size() && rows.at(j) <= rows.at(j - 1) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), SizeColumn), index(rows.at(j - 1), UsedByColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
        i = j;
    }
}

QVariant SegmentTableModel::insightsData(const Row &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return column == SizeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (!m_insights)
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(QString()) : QVariant();
    const QString &id = row.original.id;
    if (column == SizeColumn) {
        const AudienceSegment &e = editedAt(row);
        // The arrow to the estimate for the definitions estimate-size can answer.
        const bool edited = hasPatch(row) && SegmentInsights::canEstimate(e)
                && definitionEdited(row.original, e);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return m_insights->sizeText(id, edited);
        case Qt::ToolTipRole: {
            if (!m_insights->hasAnything(id) && !edited)
                return tr("Not computed yet: Segments ▸ Compute Sizes.");
            return m_insights->sizeToolTip(id, edited);
        }
        case SortRole: {
            const SegmentInsights::Size size = m_insights->size(id);
            return size.value.value_or(-1);
        }
        default:
            return {};
        }
    }
    if (column == UsedByColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return m_insights->usageText(id);
        case Qt::ToolTipRole:
            return m_insights->usageToolTip(id);
        case SortRole: {
            const SegmentInsights::Usage usage = m_insights->usage(id);
            return usage.state == SegmentInsights::State::Known ? qint64(usage.audiences.size())
                                                                : qint64(-1);
        }
        default:
            return {};
        }
    }
    return {};
}
