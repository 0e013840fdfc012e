#pragma once

#include "Problem.h"

#include <QAbstractTableModel>
#include <QPointer>

class SegmentTableModel;

// The dockable problems panel: one line per problem of the loaded segments (validator findings
// and the last send's errors and warnings) plus the send's batch problems, shown with Segment
// "(whole send)", in the source's row order. It follows the SegmentTableModel's problemsChanged
// by the rows that changed: an edit replaces that segment's lines only (dataChanged, or rows
// inserted and removed), so the view's selection stays and the cost does not grow with the 10 000
// other rows with problems. A change of anything else (a load, rows added or removed, the batch
// problems) reads every line again and still changes only the lines that differ: never a model
// reset once built. Double-click handlers get the segment id and field path back through roles.
class ProblemListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SegmentColumn,  // "123 “Summer shoppers”", or "(whole send)"
        FieldColumn,    // "Points of interest › #4 › Latitude"
        SeverityColumn, // icon + "Error" / "Warning"
        CodeColumn,
        TitleColumn,  // the headline
        DetailColumn, // the explanation
        TraceIdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SegmentIdRole = Qt::UserRole + 1, // QString; empty for a batch problem
        FieldPathRole,                    // QString, API form ("attributes/name")
        SeverityRole,                     // Problem::Severity
        ProblemRole,                      // Problem
        SortRole,                         // typed per column (severity: errors first)
    };
    Q_ENUM(Role)

    explicit ProblemListModel(QObject *parent = nullptr);

    void setSourceModel(SegmentTableModel *model);
    SegmentTableModel *sourceModel() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Problem problemAt(int row) const;

    // Reads the source's problems again (called on its problemsChanged and on a reset).
    void rebuild();
    // Reads again the problems of these segments only (problemsChanged with ids).
    void updateSegments(const QStringList &ids);

private:
    struct Line
    {
        Problem problem;
        QString segmentText;

        friend bool operator==(const Line &a, const Line &b)
        {
            return a.problem == b.problem && a.segmentText == b.segmentText;
        }
    };

    QList<Line> linesOf(const QString &segmentId, const ProblemList &problems) const;
    // Replaces m_lines[first, first + count) with `lines`, changing only the lines that differ.
    void replaceLines(int first, int count, QList<Line> lines);
    void sourceProblemsChanged(const QStringList &ids);

    QPointer<SegmentTableModel> m_source;
    QList<Line> m_lines;
};
