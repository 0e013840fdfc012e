#include "SegmentInsightsSection.h"

#include "SegmentInsights.h"
#include "SegmentTableModel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>

SegmentInsightsSection::SegmentInsightsSection(SegmentInsights *store, SegmentTableModel *model,
                                               QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(model)
{
    setObjectName(QStringLiteral("insightsSection"));
    // Compact: a line for the size, a line for the use, the audiences under it when there are.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(9, 2, 9, 6);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);

    m_size = new QLabel(this);
    m_size->setObjectName(QStringLiteral("insightsSize"));
    m_size->setTextFormat(Qt::PlainText);
    m_size->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_size->font();
    bold.setBold(true);
    m_size->setFont(bold);
    m_sizeDetail = new QLabel(this);
    m_sizeDetail->setObjectName(QStringLiteral("insightsSizeDetail"));
    m_sizeDetail->setTextFormat(Qt::PlainText);
    m_sizeDetail->setWordWrap(true);
    m_sizeDetail->setEnabled(false);
    m_computeButton = new QPushButton(tr("Compute si&ze"), this);
    m_computeButton->setObjectName(QStringLiteral("insightsComputeSize"));
    m_computeButton->setToolTip(tr("Ask Criteo for the current size of this segment"));
    m_estimateButton = new QPushButton(tr("Es&timate the edit"), this);
    m_estimateButton->setObjectName(QStringLiteral("insightsEstimate"));
    m_estimateButton->setToolTip(
            tr("Ask Criteo how many people your edited definition would reach"));
    auto *sizeTitle = new QLabel(tr("Size:"), this);
    grid->addWidget(sizeTitle, 0, 0);
    grid->addWidget(m_size, 0, 1);
    grid->addWidget(m_sizeDetail, 0, 2);
    grid->addWidget(m_computeButton, 0, 3);
    grid->addWidget(m_estimateButton, 0, 4);

    m_usageSummary = new QLabel(this);
    m_usageSummary->setObjectName(QStringLiteral("insightsUsage"));
    m_usageSummary->setTextFormat(Qt::PlainText);
    m_usageSummary->setWordWrap(true);
    m_usageButton = new QPushButton(tr("Find &where used"), this);
    m_usageButton->setObjectName(QStringLiteral("insightsFindUsage"));
    m_usageButton->setToolTip(tr("Look up the audiences and ad sets that use this segment"));
    grid->addWidget(new QLabel(tr("Used by:"), this), 1, 0);
    grid->addWidget(m_usageSummary, 1, 1, 1, 2);
    grid->addWidget(m_usageButton, 1, 3, 1, 2);

    m_audiences = new QTreeWidget(this);
    m_audiences->setObjectName(QStringLiteral("insightsAudiences"));
    m_audiences->setAccessibleName(tr("Audiences using this segment"));
    m_audiences->setHeaderLabels({tr("Audience"), tr("Id"), tr("Ad sets")});
    m_audiences->setRootIsDecorated(false);
    m_audiences->setUniformRowHeights(true);
    m_audiences->header()->setStretchLastSection(true);
    m_audiences->setColumnWidth(0, 220);
    m_audiences->setColumnWidth(1, 70);
    grid->addWidget(m_audiences, 2, 0, 1, 5);
    grid->setColumnStretch(2, 1);

    connect(m_computeButton, &QPushButton::clicked, this,
            [this] { Q_EMIT computeSizeRequested(m_id); });
    connect(m_estimateButton, &QPushButton::clicked, this,
            [this] { Q_EMIT estimateRequested(m_id); });
    connect(m_usageButton, &QPushButton::clicked, this,
            [this] { Q_EMIT findUsageRequested(m_id); });
    if (m_store)
        connect(m_store, &SegmentInsights::changed, this, [this](const QStringList &ids) {
            if (ids.contains(m_id))
                refresh();
        });
    if (m_model)
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    const int row = m_model->rowForId(m_id);
                    if (row >= topLeft.row() && row <= bottomRight.row())
                        refresh();
                });
    refresh();
}

void SegmentInsightsSection::showSegment(const QString &id)
{
    m_id = id;
    refresh();
}

void SegmentInsightsSection::refresh()
{
    if (!m_store || !m_model || m_id.isEmpty() || !m_model->contains(m_id)) {
        m_size->clear();
        m_sizeDetail->clear();
        m_usageSummary->clear();
        m_audiences->clear();
        hide();
        return;
    }
    show();
    const QModelIndex sizeCell = m_model->indexForId(m_id, SegmentTableModel::SizeColumn);
    const auto original = m_model->original(m_id);
    const auto edited = m_model->edited(m_id);
    const bool estimable = edited && SegmentInsights::canEstimate(*edited);
    const bool edit = estimable && original
            && SegmentInsights::definitionKey(*original) != SegmentInsights::definitionKey(*edited);

    QString size = sizeCell.data(Qt::DisplayRole).toString();
    if (size.isEmpty())
        size = tr("Not computed yet");
    m_size->setText(size);
    const QString detail = m_store->sizeToolTip(m_id, edit);
    m_size->setToolTip(detail);
    // Beside the number only what needs reading: stale, cannot be computed, failed.
    const SegmentInsights::Size current = m_store->size(m_id);
    const SegmentInsights::Size next = m_store->estimate(m_id);
    const auto notable = [](const SegmentInsights::Size &s) {
        return s.stale || s.state == SegmentInsights::State::CannotCompute
                || s.state == SegmentInsights::State::Failed;
    };
    m_sizeDetail->setText(notable(current) || (edit && notable(next)) ? detail : QString());
    m_sizeDetail->setToolTip(detail);
    m_estimateButton->setVisible(estimable);
    m_estimateButton->setEnabled(edit);

    const SegmentInsights::Usage usage = m_store->usage(m_id);
    QString summary = m_store->usageText(m_id);
    switch (usage.state) {
    case SegmentInsights::State::Unknown:
        summary = tr("Not looked up yet");
        break;
    case SegmentInsights::State::Loading:
        summary = tr("Looking up…");
        break;
    case SegmentInsights::State::Failed:
        summary = m_store->usageToolTip(m_id);
        break;
    case SegmentInsights::State::Known:
    case SegmentInsights::State::CannotCompute:
        if (usage.audiences.isEmpty())
            summary = tr("No audience uses this segment: changing or deleting it affects no "
                         "campaign.");
        else
            summary = tr("%1 (looked up %2)", "audiences and ad sets (time)")
                              .arg(summary,
                                   QLocale().toString(usage.fetchedAt.toLocalTime(),
                                                      QLocale::ShortFormat));
        break;
    }
    m_usageSummary->setText(summary);
    m_audiences->clear();
    for (const AudienceUse &audience : usage.audiences) {
        auto *item = new QTreeWidgetItem(
                m_audiences,
                {audience.name, audience.id, audience.adSetIds.join(QStringLiteral(", "))});
        item->setToolTip(0, audience.name);
        item->setToolTip(2, tr("Ad sets: %1").arg(audience.adSetIds.join(QStringLiteral(", "))));
    }
    // As tall as its rows, up to five; it scrolls beyond.
    const int rows = int(qMin<qsizetype>(5, usage.audiences.size()));
    const int rowHeight = m_audiences->fontMetrics().height() + 4;
    m_audiences->setFixedHeight(m_audiences->header()->sizeHint().height() + rows * rowHeight
                                + 2 * m_audiences->frameWidth() + 2);
    m_audiences->setVisible(!usage.audiences.isEmpty());
}
