// The window's new, duplicated and deleted segments: the actions and their words. The rows and
// the undo steps are SegmentEditor's; the send is the workflow's.
#include "MainWindow.h"

#include "NewSegmentDialog.h"
#include "SegmentEditor.h"
#include "SegmentFilterProxy.h"
#include "SegmentTableModel.h"

#include <QAction>
#include <QLocale>
#include <QStatusBar>
#include <QTableView>

#include <algorithm>

void MainWindow::showNewSegmentDialog()
{
    if (m_advertiserIds.isEmpty()) {
        statusBar()->showMessage(tr("Load or open segments first: a new segment belongs to one "
                                    "of their advertisers."),
                                 6000);
        return;
    }
    QList<QPair<QString, QString>> advertisers;
    for (const QString &id : std::as_const(m_advertiserIds)) {
        const QString name = m_advertiserNames.value(id);
        advertisers.append(
                {id, name.isEmpty() ? id : tr("%1 (%2)", "advertiser name (id)").arg(name, id)});
    }
    // The advertiser of the selected segment comes first to mind.
    const QStringList selected = selectedIds();
    QString preferred;
    if (!selected.isEmpty())
        if (const auto segment = m_model->original(selected.constFirst()))
            preferred = segment->advertiserId;

    auto *dialog = new NewSegmentDialog(m_model, advertisers, preferred, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QStringList ids = m_editor->createSegments({dialog->segment()});
        if (ids.isEmpty())
            return;
        selectSegment(ids.constFirst());
        statusBar()->showMessage(tr("New segment added: fill in its settings, then send to "
                                    "create it on Criteo."),
                                 6000);
    });
    dialog->open();
}

void MainWindow::duplicateSelection()
{
    const QStringList ids = m_editor->duplicateSegments(selectedIds());
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("These segments cannot be duplicated: contact lists and "
                                    "behavioral segments are not created here."),
                                 6000);
        return;
    }
    // The copies are selected, so that a bulk edit or the form goes on with them.
    QItemSelection selection;
    for (const QString &id : ids) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexForId(id));
        if (index.isValid())
            selection.select(index, index);
    }
    selectSegment(ids.constFirst());
    m_table->selectionModel()->select(selection,
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    statusBar()->showMessage(tr("%n copies added: they are created on Criteo by the next send.",
                                nullptr, int(ids.size())),
                             6000);
}

void MainWindow::toggleDeleteSelection()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    // Delete again keeps them, like Exclude.
    const bool allMarked = std::all_of(ids.cbegin(), ids.cend(), [this](const QString &id) {
        return m_model->lifecycle(id) == SegmentLifecycle::ToDelete;
    });
    const int changed = m_editor->setDeleted(ids, !allMarked);
    if (changed > 0 && !allMarked)
        statusBar()->showMessage(tr("%n segments marked for deletion: the next send deletes "
                                    "them from Criteo. Undo keeps them.",
                                    nullptr, changed),
                                 6000);
    updateActions();
}

void MainWindow::updateLifecycleActions(bool hasSelection)
{
    const bool sending = m_busy == Busy::Sending;
    m_newSegmentAction->setEnabled(!sending && !m_advertiserIds.isEmpty());
    m_duplicateAction->setEnabled(!sending && hasSelection);
    m_deleteAction->setEnabled(!sending && hasSelection);
    const QStringList ids = hasSelection ? selectedIds() : QStringList();
    const bool allMarked
            = !ids.isEmpty() && std::all_of(ids.cbegin(), ids.cend(), [this](const QString &id) {
                  return m_model->lifecycle(id) == SegmentLifecycle::ToDelete;
              });
    m_deleteAction->setText(allMarked ? tr("&Keep (Do Not Delete)") : tr("&Delete"));
}
