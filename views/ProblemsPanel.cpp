#include "ProblemsPanel.h"

#include "ProblemListModel.h"
#include "SegmentTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedLayout>
#include <QTableView>

ProblemsPanel::ProblemsPanel(SegmentTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_problems(new ProblemListModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_problems->setSourceModel(model);
    m_sorted->setSourceModel(m_problems);
    m_sorted->setSortRole(ProblemListModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setAccessibleName(tr("Problems"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the model's order: by row, then batch
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);

    // The title is the headline: first after the severity, and the widest.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->moveSection(header->visualIndex(ProblemListModel::SeverityColumn), 0);
    header->moveSection(header->visualIndex(ProblemListModel::TitleColumn), 1);
    header->resizeSection(ProblemListModel::SeverityColumn, 90);
    header->resizeSection(ProblemListModel::TitleColumn, 260);
    header->resizeSection(ProblemListModel::SegmentColumn, 220);
    header->resizeSection(ProblemListModel::FieldColumn, 140);
    header->resizeSection(ProblemListModel::DetailColumn, 320);
    header->resizeSection(ProblemListModel::CodeColumn, 150);
    header->resizeSection(ProblemListModel::TraceIdColumn, 140);
    header->setStretchLastSection(true);

    m_hint->setObjectName(QStringLiteral("problemsHint"));
    m_hint->setText(tr("No problems. Check (F7) and Send list what needs a look here."));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setEnabled(false);

    auto *stack = new QStackedLayout(this);
    stack->setContentsMargins(0, 0, 0, 0);
    stack->addWidget(m_hint);
    stack->addWidget(m_view);

    const auto activate = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        Q_EMIT problemActivated(index.data(ProblemListModel::SegmentIdRole).toString(),
                                index.data(ProblemListModel::FieldPathRole).toString());
    };
    // activated: a double-click, or Enter (it also follows a double-click: one signal is enough).
    connect(m_view, &QTableView::activated, this, activate);
    // The model changes by the lines that change (rows inserted and removed), a reset only for
    // another source.
    connect(m_problems, &QAbstractItemModel::modelReset, this, &ProblemsPanel::updateHint);
    connect(m_problems, &QAbstractItemModel::rowsInserted, this, &ProblemsPanel::updateHint);
    connect(m_problems, &QAbstractItemModel::rowsRemoved, this, &ProblemsPanel::updateHint);
    updateHint();
}

int ProblemsPanel::problemCount() const
{
    return m_problems->rowCount();
}

void ProblemsPanel::updateHint()
{
    auto *stack = static_cast<QStackedLayout *>(layout());
    stack->setCurrentWidget(problemCount() > 0 ? static_cast<QWidget *>(m_view) : m_hint);
    Q_EMIT countChanged(problemCount());
}
