#include "ProblemListModel.h"

#include "ModelIcons.h"
#include "SegmentFields.h"
#include "SegmentTableModel.h"

ProblemListModel::ProblemListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ProblemListModel::setSourceModel(SegmentTableModel *model)
{
    if (m_source == model)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = model;
    if (model) {
        connect(model, &SegmentTableModel::problemsChanged, this, &ProblemListModel::rebuild);
        connect(model, &QAbstractItemModel::modelReset, this, &ProblemListModel::rebuild);
    }
    rebuild();
}

SegmentTableModel *ProblemListModel::sourceModel() const
{
    return m_source;
}

void ProblemListModel::rebuild()
{
    QList<Line> lines;
    if (m_source) {
        const ProblemList problems = m_source->problems();
        lines.reserve(problems.size());
        for (const Problem &p : problems) {
            const QString name = m_source->edited(p.segmentId)
                                         .value_or(AudienceSegment())
                                         .name.value_or(QString())
                                         .trimmed();
            const QString text = name.isEmpty()
                    ? p.segmentId
                    : tr("%1 “%2”", "segment id and name").arg(p.segmentId, name);
            lines.append({p, text});
        }
        const ProblemList batch = m_source->batchProblems();
        for (const Problem &p : batch)
            lines.append({p, tr("(whole send)")});
    }
    if (lines == m_lines)
        return;
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int ProblemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int ProblemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Problem ProblemListModel::problemAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row).problem : Problem();
}

QVariant ProblemListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    const Problem &p = line.problem;
    const bool error = p.severity == Problem::Severity::Error;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SegmentColumn:
            return line.segmentText;
        case FieldColumn:
            return SegmentFields::fieldLabel(p.field);
        case SeverityColumn:
            return error ? tr("Error", "problem severity") : tr("Warning", "problem severity");
        case CodeColumn:
            return p.code;
        case TitleColumn:
            return p.headline();
        case DetailColumn:
            return p.detail;
        case TraceIdColumn:
            return p.traceId;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return ModelIcons::icon(error ? ModelIcons::Icon::Error : ModelIcons::Icon::Warning);
        return {};
    case SegmentIdRole:
        return p.segmentId;
    case FieldPathRole:
        return p.field;
    case SeverityRole:
        return QVariant::fromValue(p.severity);
    case ProblemRole:
        return QVariant::fromValue(p);
    case SortRole:
        if (index.column() == SeverityColumn)
            return error ? 0 : 1;
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant ProblemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SegmentColumn:
        return tr("Segment");
    case FieldColumn:
        return tr("Field");
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Problem");
    case DetailColumn:
        return tr("Detail");
    case TraceIdColumn:
        return tr("Trace id");
    default:
        return {};
    }
}
