#pragma once

#include "SegmentForm.h"

class CoordinateDelegate;
class PoiImportDialog;
class PoiListModel;
class PoiScatterView;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QToolButton;

// Location segments: one radius for all points, and the points of interest, edited in a table
// (cells checked as they are typed), added, removed, duplicated, sorted, pasted from a spreadsheet
// (Ctrl+V or "Paste points…") or imported from a CSV file, both through a review of what was read
// before anything changes. A map preview draws every point with its radius to scale; it and the
// table select together. Every change of the list is one undo step.
//
// With several segments whose lists are the same, edits apply to all of them; when the lists
// differ, the table is hidden and pasted or imported points are added to (or replace) every list.
class LocationForm : public SegmentForm
{
    Q_OBJECT

public:
    LocationForm(SegmentTableModel *model, SegmentEditor *editor, InMarketCatalog *catalog,
                 QWidget *parent = nullptr);

    std::optional<SegmentType> formType() const override { return SegmentType::Location; }

    PoiListModel *pointsModel() const { return m_points; }
    QTableView *pointsTable() const { return m_table; }
    PoiScatterView *scatter() const { return m_scatter; }

    // Opens the review of `text` (what Paste and Import do after getting their text).
    PoiImportDialog *reviewPoints(const QString &text, const QString &sourceName);

protected:
    void segmentsShown() override;
    void refreshFields() override;
    void refreshProblems(const QList<QPair<QString, Problem>> &problems) override;
    bool focusSubField(const QString &path) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setPointsForAll(const QList<PointOfInterest> &points, const QString &undoText);
    QList<int> selectedRows() const; // source rows, sorted
    void selectRows(const QList<int> &rows);
    void addPoint();
    void removePoints();
    void duplicatePoints();
    void pasteFromClipboard();
    void importCsv();
    void applyReviewed(PoiImportDialog *dialog, bool imported);
    void onPointEdited(int row, int column, const QString &fieldPath);
    void syncScatterSelection();
    void onScatterClicked(int row);
    void updateButtons();

    QSpinBox *m_radius;
    PoiListModel *m_points;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    CoordinateDelegate *m_coordinateDelegate;
    PoiScatterView *m_scatter;
    QLabel *m_listHint;
    QLabel *m_cellMessage;
    QLabel *m_count;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_duplicate;
    QToolButton *m_sort;
    QPushButton *m_paste;
    QPushButton *m_import;
    bool m_listsDiffer = false;
};
