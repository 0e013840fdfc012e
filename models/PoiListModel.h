#pragma once

#include "AudienceSegment.h"
#include "Problem.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

// The points of interest of one location segment as an editable table (name, latitude,
// longitude) for the location form's list editor and its scatter preview. It mirrors the edited
// segment: the form hands it the segment's points with setPoints() after every change, and
// passes cell edits (setData, which reports them with pointEdited()) on to the SegmentEditor.
//
// Cells take what people type: a coordinate in any notation PoiParser understands (decimal point
// or comma, hemisphere letters, degrees-minutes-seconds), range-checked; a refused value leaves
// the cell alone and says why in lastError(). The validator's problems (paths
// "attributes/location/pointsOfInterest/<row>[/<member>]") mark their cells.
class PoiListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, LatitudeColumn, LongitudeColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ProblemsRole = Qt::UserRole + 1, // ProblemList of the cell (row problems on every cell)
        CoordinateRole,                  // double, or an invalid QVariant when missing
        SortRole, // name text, or coordinate as a number (missing ones first)
    };
    Q_ENUM(Role)

    explicit PoiListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces the list with as few signals as it takes: nothing when equal, dataChanged for the
    // rows that differ when the length stays, rowsInserted/Removed at the end when only the tail
    // changed, a reset otherwise.
    void setPoints(const QList<PointOfInterest> &points);
    const QList<PointOfInterest> &points() const { return m_points; }
    PointOfInterest pointAt(int row) const { return m_points.value(row); }

    // Problems of the list; those whose path names a row mark that row's cells.
    void setProblems(const ProblemList &problems);
    ProblemList problemsAt(int row, int column) const;

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Why the last setData() was refused (translated); empty after a success.
    QString lastError() const { return m_lastError; }

    // "attributes/location/pointsOfInterest/3/latitude"; the row's path for NameColumn's row
    // problems is the member path too ("…/3/name").
    static QString fieldPath(int row, int column);
    // The row and column a path names: (row, -1) for a whole point; nothing for another path.
    static std::optional<std::pair<int, int>> cellForPath(const QString &path);

    // What a cell shows for a coordinate: 5 decimals, the precision the API keeps.
    static QString coordinateText(double value);

Q_SIGNALS:
    // A cell was changed through setData(): `fieldPath` names it.
    void pointEdited(int row, int column, const QString &fieldPath);

private:
    QList<PointOfInterest> m_points;
    QHash<int, ProblemList> m_rowProblems; // key: row * ColumnCount + column; column -1 -> all
    bool m_readOnly = false;
    QString m_lastError;
};
