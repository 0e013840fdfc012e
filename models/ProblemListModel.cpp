#include "ProblemListModel.h"

#include "ModelIcons.h"
#include "SegmentFields.h"
#include "SegmentTableModel.h"

#include <algorithm>
#include <limits>

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
        connect(model, &SegmentTableModel::problemsChanged, this,
                &ProblemListModel::sourceProblemsChanged);
        connect(model, &QAbstractItemModel::modelReset, this, &ProblemListModel::rebuild);
    }
    // Another source: every line is another one.
    beginResetModel();
    m_lines.clear();
    endResetModel();
    rebuild();
}

SegmentTableModel *ProblemListModel::sourceModel() const
{
    return m_source;
}

void ProblemListModel::sourceProblemsChanged(const QStringList &ids)
{
    if (ids.isEmpty())
        rebuild();
    else
        updateSegments(ids);
}

QList<ProblemListModel::Line> ProblemListModel::linesOf(const QString &segmentId,
                                                        const ProblemList &problems) const
{
    QList<Line> lines;
    if (problems.isEmpty())
        return lines;
    const std::optional<AudienceSegment> segment = m_source->edited(segmentId);
    const QString name = segment ? segment->name.value_or(QString()).trimmed() : QString();
    const QString text = name.isEmpty() ? segmentId
                                        : tr("%1 “%2”", "segment id and name").arg(segmentId, name);
    lines.reserve(problems.size());
    for (Problem p : problems) {
        p.segmentId = segmentId;
        lines.append({std::move(p), text});
    }
    return lines;
}

void ProblemListModel::rebuild()
{
    QList<Line> lines;
    if (m_source) {
        const ProblemList problems = m_source->problems();
        lines.reserve(problems.size());
        // problems() comes in row order, each row's problems together.
        for (qsizetype i = 0; i < problems.size();) {
            qsizetype end = i + 1;
            while (end < problems.size() && problems.at(end).segmentId == problems.at(i).segmentId)
                ++end;
            lines += linesOf(problems.at(i).segmentId, problems.mid(i, end - i));
            i = end;
        }
        const ProblemList batch = m_source->batchProblems();
        for (const Problem &p : batch)
            lines.append({p, tr("(whole send)")});
    }
    replaceLines(0, int(m_lines.size()), std::move(lines));
}

void ProblemListModel::updateSegments(const QStringList &ids)
{
    if (!m_source)
        return;
    // The lines are in the source's row order (batch problems last): a segment's lines are found
    // by its row. A line whose segment has no row any more (a created row took the server's id)
    // means the order cannot be trusted: everything is read again.
    const auto rowOfLine = [this](const Line &line) {
        return line.problem.segmentId.isEmpty() ? std::numeric_limits<int>::max()
                                                : m_source->rowForId(line.problem.segmentId);
    };
    for (const QString &id : ids) {
        const int row = m_source->rowForId(id);
        if (row < 0) {
            rebuild();
            return;
        }
        bool stale = false;
        const auto first = std::lower_bound(m_lines.cbegin(), m_lines.cend(), row,
                                            [&](const Line &line, int r) {
                                                const int lineRow = rowOfLine(line);
                                                stale = stale || lineRow < 0;
                                                return lineRow < r;
                                            });
        if (stale) {
            rebuild();
            return;
        }
        auto last = first;
        while (last != m_lines.cend() && last->problem.segmentId == id)
            ++last;
        replaceLines(int(first - m_lines.cbegin()), int(last - first),
                     linesOf(id, m_source->problems(id)));
    }
}

void ProblemListModel::replaceLines(int first, int count, QList<Line> lines)
{
    // What stays the same at both ends is left alone; of the rest, as many lines as the old and
    // the new have in common are changed in place, the others removed or inserted.
    qsizetype head = 0;
    while (head < count && head < lines.size() && m_lines.at(first + head) == lines.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < count - head && tail < lines.size() - head
           && m_lines.at(first + count - 1 - tail) == lines.at(lines.size() - 1 - tail))
        ++tail;
    const int from = first + int(head);
    const int oldCount = count - int(head + tail);
    const int newCount = int(lines.size() - head - tail);
    const int common = qMin(oldCount, newCount);
    for (int i = 0; i < common; ++i)
        m_lines[from + i] = lines.at(head + i);
    if (common > 0)
        Q_EMIT dataChanged(index(from, 0), index(from + common - 1, ColumnCount - 1));
    if (oldCount > common) {
        beginRemoveRows({}, from + common, from + oldCount - 1);
        m_lines.remove(from + common, oldCount - common);
        endRemoveRows();
    } else if (newCount > common) {
        beginInsertRows({}, from + common, from + newCount - 1);
        m_lines.insert(from + common, newCount - common, Line());
        for (int i = common; i < newCount; ++i)
            m_lines[from + i] = lines.at(head + i);
        endInsertRows();
    }
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
