// The window's problem navigation: Check and its message, F8 / Shift+F8 through the rows with
// problems, and going from a problem to its field.
#include "MainWindow.h"

#include "MessageBar.h"
#include "SegmentDetailsPanel.h"
#include "SegmentFilterProxy.h"

#include <QDockWidget>
#include <QLocale>
#include <QSet>
#include <QStatusBar>
#include <QTableView>

#include <algorithm>
#include <climits>

QStringList MainWindow::showCheckResult()
{
    const QList<SegmentTableModel::Change> changes = m_model->changes();
    QStringList invalid;
    for (const SegmentTableModel::Change &change : changes)
        if (change.state == SegmentTableModel::RowState::Invalid)
            invalid.append(change.id);
    if (changes.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("Nothing to check: no segment has a change."));
    } else if (invalid.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Positive,
                                  tr("Check passed: every changed segment (%1) is ready to send.")
                                          .arg(QLocale().toString(changes.size())));
    } else {
        m_messageBar->showMessage(
                MessageBar::Kind::Error,
                tr("Invalid: %1 of %2 changed segments. They will not be sent until fixed (or "
                   "excluded). Press F8 for the next one.")
                        .arg(QLocale().toString(invalid.size()),
                             QLocale().toString(changes.size())));
    }
    m_checkMessage = m_messageBar->text();
    return invalid;
}

void MainWindow::refreshCheckResult()
{
    // The result of Check follows the counts while it is shown: fixing or undoing updates it.
    if (m_checkMessage.isEmpty() || m_messageBar->text() != m_checkMessage
        || m_messageBar->isHidden())
        return;
    showCheckResult();
}

void MainWindow::check()
{
    const QStringList invalid = showCheckResult();
    if (invalid.isEmpty())
        return;
    m_problemsDock->show();
    m_problemsDock->raise();
    // The first invalid row in the order the table shows.
    QString first;
    int firstRow = INT_MAX;
    for (const QString &id : std::as_const(invalid)) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexForId(id));
        if (index.isValid() && index.row() < firstRow) {
            firstRow = index.row();
            first = id;
        }
    }
    if (first.isEmpty())
        first = invalid.constFirst(); // all filtered out: selectSegment clears the filter
    selectSegment(first);
    const ProblemList problems = m_model->problems(first);
    m_details->focusField(first, problems.isEmpty() ? QString() : problems.constFirst().field);
}

void MainWindow::nextProblem()
{
    jumpToProblemRow(+1);
}

void MainWindow::previousProblem()
{
    jumpToProblemRow(-1);
}

void MainWindow::jumpToProblemRow(int direction)
{
    // Rows with problems, in the table's order; proportional to the problems, not to the rows.
    QSet<QString> ids;
    const ProblemList problems = m_model->problems();
    for (const Problem &p : problems)
        ids.insert(p.segmentId);
    QList<int> rows;
    for (const QString &id : std::as_const(ids)) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexForId(id));
        if (index.isValid())
            rows.append(index.row());
    }
    if (rows.isEmpty()) {
        statusBar()->showMessage(ids.isEmpty() ? tr("No problems.")
                                               : tr("The filter hides every row with a problem."),
                                 4000);
        return;
    }
    std::sort(rows.begin(), rows.end());
    const int current = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    int target = -1;
    if (direction > 0) {
        const auto it = std::upper_bound(rows.cbegin(), rows.cend(), current);
        target = it == rows.cend() ? rows.constFirst() : *it;
    } else {
        const auto it = std::lower_bound(rows.cbegin(), rows.cend(), current);
        target = it == rows.cbegin() ? rows.constLast() : *(it - 1);
    }
    const QModelIndex index = m_proxy->index(target, SegmentTableModel::NameColumn);
    m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    // Like a double click in the Problems panel: the cursor goes to the field the problem names.
    const QString id = index.data(SegmentTableModel::SegmentIdRole).toString();
    const ProblemList rowProblems = m_model->problems(id);
    m_details->focusField(id, rowProblems.isEmpty() ? QString() : rowProblems.constFirst().field);
}

void MainWindow::goToProblem(const QString &segmentId, const QString &fieldPath)
{
    if (segmentId.isEmpty())
        return; // a problem of the whole send: the panel line says it all
    if (selectSegment(segmentId))
        m_details->focusField(segmentId, fieldPath);
}
