#pragma once

#include <QWidget>

class ProblemListModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class SegmentTableModel;

// The dockable problems panel: one sortable line per problem (segment, field, severity, code,
// title, detail, trace id), the title as headline, batch-level problems included. Double-click
// (or Enter) on a line asks the window to go to that segment and field.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(SegmentTableModel *model, QWidget *parent = nullptr);

    ProblemListModel *problemModel() const { return m_problems; }
    QTableView *view() const { return m_view; }
    int problemCount() const;

Q_SIGNALS:
    // `segmentId` empty for a problem of the whole send.
    void problemActivated(const QString &segmentId, const QString &fieldPath);
    void countChanged(int count);

private:
    void updateHint();

    ProblemListModel *m_problems;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_view;
    QLabel *m_hint;
};
