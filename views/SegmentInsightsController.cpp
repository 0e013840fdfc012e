#include "SegmentInsightsController.h"

#include "EditorBackend.h"
#include "MainWindow.h"
#include "SegmentDetailsPanel.h"
#include "SegmentFilterProxy.h"
#include "SegmentInsights.h"
#include "SegmentInsightsFetcher.h"
#include "SegmentInsightsSection.h"
#include "SegmentTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QStatusBar>
#include <QTableView>

SegmentInsightsController::SegmentInsightsController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_store(new SegmentInsights(this))
    , m_fetcher(new SegmentInsightsFetcher(m_store, this))
    , m_section(new SegmentInsightsSection(m_store, window->model()))
    , m_computeAction(new QAction(tr("Compute Si&zes"), this))
    , m_estimateAction(new QAction(tr("Es&timate Size of Edits"), this))
    , m_usageAction(new QAction(tr("Find &Where Used"), this))
    , m_isSaved([](const QString &id) { return !id.isEmpty(); })
{
    SegmentTableModel *model = window->model();
    model->setInsights(m_store);
    window->detailsPanel()->addSection(m_section);

    m_computeAction->setObjectName(QStringLiteral("actionComputeSizes"));
    m_computeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_computeAction->setToolTip(tr("Ask Criteo for the current sizes of the selected segments, "
                                   "or of those in view (Ctrl+Alt+S)"));
    m_estimateAction->setObjectName(QStringLiteral("actionEstimateSizes"));
    m_estimateAction->setToolTip(tr("Ask Criteo how many people the edited definitions of the "
                                    "selected in-market and location segments would reach"));
    m_usageAction->setObjectName(QStringLiteral("actionFindWhereUsed"));
    m_usageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U));
    m_usageAction->setToolTip(tr("Look up the audiences and ad sets that use the selected "
                                 "segments, or those in view (Ctrl+Alt+U)"));
    connect(m_computeAction, &QAction::triggered, this, &SegmentInsightsController::computeSizes);
    connect(m_estimateAction, &QAction::triggered, this, &SegmentInsightsController::estimateEdits);
    connect(m_usageAction, &QAction::triggered, this, &SegmentInsightsController::findUsage);
    for (QAction *action : actions())
        window->tableView()->addAction(action);

    connect(m_section, &SegmentInsightsSection::computeSizeRequested, this,
            [this](const QString &id) { m_fetcher->requestSizes(savedOf({id}), true); });
    connect(m_section, &SegmentInsightsSection::estimateRequested, this, [this](const QString &id) {
        if (const auto edited = m_window->model()->edited(id))
            m_fetcher->requestEstimate(*edited, true);
    });
    connect(m_section, &SegmentInsightsSection::findUsageRequested, this,
            [this](const QString &id) { m_fetcher->requestUsage({id}, true); });

    // The table: the two columns after the type, wide enough for "1.2 M → 340 k".
    QTableView *table = window->tableView();
    QHeaderView *header = table->horizontalHeader();
    const int sizeWidth = table->fontMetrics().horizontalAdvance(
                                  SegmentInsights::formatSize(1234567) + QStringLiteral(" → ")
                                  + SegmentInsights::formatSize(345678))
            + 24;
    header->resizeSection(SegmentTableModel::SizeColumn, sizeWidth);
    header->resizeSection(SegmentTableModel::UsedByColumn,
                          table->fontMetrics().horizontalAdvance(SegmentInsights::audienceCount(3)
                                                                 + QStringLiteral(" · ")
                                                                 + SegmentInsights::adSetCount(5))
                                  + 24);
    header->moveSection(header->visualIndex(SegmentTableModel::SizeColumn),
                        header->visualIndex(SegmentTableModel::AdvertiserColumn));
    header->moveSection(header->visualIndex(SegmentTableModel::UsedByColumn),
                        header->visualIndex(SegmentTableModel::AdvertiserColumn));

    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SegmentInsightsController::selectionChanged);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() < SegmentTableModel::SizeColumn)
                    rowsChanged(topLeft.row(), bottomRight.row());
            });
    connect(model, &QAbstractItemModel::modelReset, this,
            &SegmentInsightsController::updateActions);
    connect(m_fetcher, &SegmentInsightsFetcher::idle, this,
            &SegmentInsightsController::updateActions);
    if (EditorBackend *backend = window->backend())
        connect(backend, &EditorBackend::connectionChanged, this,
                &SegmentInsightsController::connectionChanged);
    connectionChanged();
}

SegmentInsightsController::~SegmentInsightsController() = default;

QList<QAction *> SegmentInsightsController::actions() const
{
    return {m_computeAction, m_estimateAction, m_usageAction};
}

void SegmentInsightsController::setIsSaved(std::function<bool(const QString &)> isSaved)
{
    m_isSaved = isSaved ? std::move(isSaved) : [](const QString &id) { return !id.isEmpty(); };
}

void SegmentInsightsController::connectionChanged()
{
    EditorBackend *backend = m_window ? m_window->backend() : nullptr;
    // Sizes and audiences belong to an account: a new connection starts from nothing.
    m_fetcher->cancel();
    m_store->clear();
    m_fetcher->setPort(backend && backend->isConnected() ? backend->insightsPort() : nullptr);
    updateActions();
    selectionChanged();
}

QStringList SegmentInsightsController::targetIds() const
{
    if (!m_window)
        return {};
    const QStringList selected = m_window->selectedIds();
    if (!selected.isEmpty())
        return selected;
    // The rows in view.
    QTableView *table = m_window->tableView();
    const int first = table->rowAt(0);
    if (first < 0)
        return {};
    int last = table->rowAt(table->viewport()->height() - 1);
    if (last < 0)
        last = table->model()->rowCount() - 1;
    QStringList ids;
    for (int row = first; row <= last; ++row)
        ids.append(table->model()->index(row, 0).data(SegmentTableModel::SegmentIdRole).toString());
    return ids;
}

QList<AudienceSegment> SegmentInsightsController::savedOf(const QStringList &ids) const
{
    QList<AudienceSegment> saved;
    for (const QString &id : ids) {
        if (!m_isSaved(id))
            continue;
        if (const auto original = m_window->model()->original(id))
            saved.append(*original);
    }
    return saved;
}

bool SegmentInsightsController::hasEstimableEdit(const QString &id) const
{
    const SegmentTableModel *model = m_window->model();
    const auto original = model->original(id);
    const auto edited = model->edited(id);
    return edited && SegmentInsights::canEstimate(*edited)
            && (!m_isSaved(id) || !original
                || SegmentInsights::definitionKey(*original)
                        != SegmentInsights::definitionKey(*edited));
}

void SegmentInsightsController::computeSizes()
{
    if (!m_window || !m_fetcher->port())
        return;
    const QList<AudienceSegment> saved = savedOf(targetIds());
    const int queued = m_fetcher->requestSizes(saved, true);
    m_window->statusBar()->showMessage(
            queued == 1 ? tr("Computing the size of 1 segment…")
                    : queued > 1
                    ? tr("Computing the sizes of %1 segments…").arg(QLocale().toString(queued))
                    : tr("No saved segment to size."),
            4000);
}

void SegmentInsightsController::estimateEdits()
{
    if (!m_window || !m_fetcher->port())
        return;
    int asked = 0;
    for (const QString &id : m_window->selectedIds()) {
        if (!hasEstimableEdit(id))
            continue;
        if (m_fetcher->requestEstimate(*m_window->model()->edited(id), true))
            ++asked;
    }
    m_window->statusBar()->showMessage(
            asked == 1 ? tr("Estimating 1 edited definition…")
                    : asked > 1
                    ? tr("Estimating %1 edited definitions…").arg(QLocale().toString(asked))
                    : tr("No selected in-market or location segment has an edited "
                         "definition to estimate."),
            4000);
}

void SegmentInsightsController::findUsage()
{
    if (!m_window || !m_fetcher->port())
        return;
    QStringList ids;
    for (const QString &id : targetIds())
        if (m_isSaved(id))
            ids.append(id);
    if (ids.isEmpty())
        return;
    m_fetcher->requestUsage(ids, true);
    m_window->statusBar()->showMessage(ids.size() == 1
                                               ? tr("Looking up where 1 segment is used…")
                                               : tr("Looking up where %1 segments are used…")
                                                         .arg(QLocale().toString(int(ids.size()))),
                                       4000);
}

void SegmentInsightsController::selectionChanged()
{
    if (!m_window)
        return;
    const QStringList ids = m_window->selectedIds();
    m_current = ids.size() == 1 ? ids.constFirst() : QString();
    m_section->showSegment(m_current);
    updateActions();
    if (m_current.isEmpty() || !m_fetcher->port() || !m_isSaved(m_current))
        return;
    // The one selected segment: where it is used and its size, once; its edit's estimate.
    m_fetcher->requestUsage({m_current});
    m_fetcher->requestSizes(savedOf({m_current}));
    if (hasEstimableEdit(m_current))
        m_fetcher->scheduleEstimate(*m_window->model()->edited(m_current));
}

void SegmentInsightsController::rowsChanged(int first, int last)
{
    if (m_current.isEmpty() || !m_fetcher->port())
        return;
    const int row = m_window->model()->rowForId(m_current);
    if (row < first || row > last)
        return;
    // The user changes the selected segment: estimate once they stop.
    if (hasEstimableEdit(m_current))
        m_fetcher->scheduleEstimate(*m_window->model()->edited(m_current));
    updateActions();
}

void SegmentInsightsController::updateActions()
{
    if (!m_window)
        return;
    const bool connected = m_fetcher->port() != nullptr;
    const bool rows = m_window->model()->rowCount() > 0;
    m_computeAction->setEnabled(connected && rows);
    m_usageAction->setEnabled(connected && rows);
    bool edits = false;
    if (connected)
        for (const QString &id : m_window->selectedIds())
            if ((edits = hasEstimableEdit(id)))
                break;
    m_estimateAction->setEnabled(edits);
}
