#include "PoiListModel.h"
#include "Tints.h"

#include "ModelIcons.h"
#include "PoiParser.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace {

const QString pointsPath = QStringLiteral("attributes/location/pointsOfInterest");

const char *memberName(int column)
{
    switch (column) {
    case PoiListModel::NameColumn:
        return "name";
    case PoiListModel::LatitudeColumn:
        return "latitude";
    case PoiListModel::LongitudeColumn:
        return "longitude";
    default:
        return nullptr;
    }
}

int problemKey(int row, int column)
{
    return row * (PoiListModel::ColumnCount + 1) + column + 1;
}

bool hasError(const ProblemList &problems)
{
    for (const Problem &p : problems)
        if (p.severity == Problem::Severity::Error)
            return true;
    return false;
}

QString messagesOf(const ProblemList &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.headline());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PoiListModel::PoiListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int PoiListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_points.size());
}

int PoiListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PoiListModel::coordinateText(double value)
{
    return QLocale().toString(value, 'f', 5);
}

QVariant PoiListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PointOfInterest &poi = m_points.at(index.row());
    const int column = index.column();
    const std::optional<double> coordinate = column == LatitudeColumn ? poi.latitude
            : column == LongitudeColumn                               ? poi.longitude
                                                                      : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return poi.name;
        return coordinate ? coordinateText(*coordinate) : QString();
    case Qt::EditRole:
        if (column == NameColumn)
            return poi.name;
        // Full precision, so that opening an editor and leaving it changes nothing.
        return coordinate ? QLocale().toString(*coordinate, 'g', 12) : QString();
    case Qt::TextAlignmentRole:
        if (column == NameColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        const ProblemList problems = problemsAt(index.row(), column);
        return problems.isEmpty() ? QVariant() : QVariant(messagesOf(problems));
    }
    case Qt::DecorationRole: {
        const ProblemList problems = problemsAt(index.row(), column);
        if (problems.isEmpty())
            return {};
        return ModelIcons::icon(hasError(problems) ? ModelIcons::Icon::Error
                                                   : ModelIcons::Icon::Warning);
    }
    case Qt::BackgroundRole: {
        const ProblemList problems = problemsAt(index.row(), column);
        if (problems.isEmpty())
            return {};
        // Pale tints: the text stays readable, and the icon and tooltip say the same in words.
        return QBrush(
                Tints::background(hasError(problems) ? Tints::Tint::Error : Tints::Tint::Warning));
    }
    case Qt::ForegroundRole: {
        if (problemsAt(index.row(), column).isEmpty())
            return {};
        return QBrush(Tints::text());
    }
    case Qt::AccessibleDescriptionRole: {
        const ProblemList problems = problemsAt(index.row(), column);
        return problems.isEmpty() ? QVariant() : QVariant(messagesOf(problems));
    }
    case ProblemsRole:
        return QVariant::fromValue(problemsAt(index.row(), column));
    case CoordinateRole:
        return coordinate ? QVariant(*coordinate) : QVariant();
    case SortRole:
        if (column == NameColumn)
            return poi.name;
        return coordinate ? *coordinate : -1000.0;
    default:
        return {};
    }
}

bool PoiListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_readOnly
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    PointOfInterest poi = m_points.at(index.row());
    const QString text = value.toString().trimmed();
    m_lastError.clear();
    if (index.column() == NameColumn) {
        poi.name = text;
    } else {
        const bool latitude = index.column() == LatitudeColumn;
        std::optional<double> parsed;
        if (!text.isEmpty()) {
            parsed = PoiParser::parseCoordinate(
                    text, latitude ? PoiParser::Axis::Latitude : PoiParser::Axis::Longitude,
                    &m_lastError);
            if (!parsed)
                return false;
        }
        (latitude ? poi.latitude : poi.longitude) = parsed;
    }
    PointOfInterest &stored = m_points[index.row()];
    // Compare exactly: PointOfInterest's == forgives differences below 1e-5.
    if (stored.name == poi.name && stored.latitude == poi.latitude
        && stored.longitude == poi.longitude)
        return true;
    stored = poi;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, CoordinateRole});
    Q_EMIT pointEdited(index.row(), index.column(), fieldPath(index.row(), index.column()));
    return true;
}

Qt::ItemFlags PoiListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (!m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PoiListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NameColumn:
        return tr("Name", "point of interest");
    case LatitudeColumn:
        return tr("Latitude");
    case LongitudeColumn:
        return tr("Longitude");
    default:
        return {};
    }
}

namespace {

bool samePoint(const PointOfInterest &a, const PointOfInterest &b)
{
    return a.name == b.name && a.latitude == b.latitude && a.longitude == b.longitude;
}

} // namespace

void PoiListModel::setPoints(const QList<PointOfInterest> &points)
{
    const qsizetype common = std::min(points.size(), m_points.size());
    qsizetype firstDiff = -1;
    qsizetype lastDiff = -1;
    for (qsizetype i = 0; i < common; ++i) {
        if (!samePoint(points.at(i), m_points.at(i))) {
            if (firstDiff < 0)
                firstDiff = i;
            lastDiff = i;
        }
    }
    if (points.size() == m_points.size()) {
        if (firstDiff < 0)
            return;
        m_points = points;
        Q_EMIT dataChanged(index(static_cast<int>(firstDiff), 0),
                           index(static_cast<int>(lastDiff), ColumnCount - 1));
        return;
    }
    if (firstDiff >= 0) {
        beginResetModel();
        m_points = points;
        endResetModel();
        return;
    }
    if (points.size() > m_points.size()) {
        beginInsertRows({}, static_cast<int>(m_points.size()), static_cast<int>(points.size() - 1));
        m_points = points;
        endInsertRows();
    } else {
        beginRemoveRows({}, static_cast<int>(points.size()), static_cast<int>(m_points.size() - 1));
        m_points = points;
        endRemoveRows();
    }
}

void PoiListModel::setProblems(const ProblemList &problems)
{
    QHash<int, ProblemList> byCell;
    for (const Problem &p : problems) {
        const auto cell = cellForPath(p.field);
        if (!cell)
            continue;
        byCell[problemKey(cell->first, cell->second)].append(p);
    }
    if (byCell == m_rowProblems)
        return;
    m_rowProblems = byCell;
    if (!m_points.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ToolTipRole, Qt::DecorationRole, Qt::BackgroundRole,
                            Qt::AccessibleDescriptionRole, ProblemsRole});
}

ProblemList PoiListModel::problemsAt(int row, int column) const
{
    ProblemList result = m_rowProblems.value(problemKey(row, column));
    result += m_rowProblems.value(problemKey(row, -1));
    return result;
}

void PoiListModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_points.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString PoiListModel::fieldPath(int row, int column)
{
    QString path = pointsPath + QLatin1Char('/') + QString::number(row);
    if (const char *member = memberName(column))
        path += QLatin1Char('/') + QLatin1String(member);
    return path;
}

std::optional<std::pair<int, int>> PoiListModel::cellForPath(const QString &path)
{
    if (!path.startsWith(pointsPath + QLatin1Char('/')))
        return std::nullopt;
    const QStringList parts = path.mid(pointsPath.size() + 1).split(QLatin1Char('/'));
    bool ok = false;
    const int row = parts.value(0).toInt(&ok);
    if (!ok || row < 0 || parts.size() > 2)
        return std::nullopt;
    if (parts.size() == 1)
        return std::make_pair(row, -1);
    for (int column = 0; column < ColumnCount; ++column)
        if (parts.at(1) == QLatin1String(memberName(column)))
            return std::make_pair(row, column);
    return std::nullopt;
}
