#include "SegmentInsightsSection.h"

#include "SegmentInsights.h"
#include "SegmentTableModel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

SegmentInsightsSection::SegmentInsightsSection(SegmentInsights *store, SegmentTableModel *model,
                                               QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(model)
{
    setObjectName(QStringLiteral("insightsSection"));
    auto *box = new QGroupBox(tr("Size and use"), this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(box);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_size = new QLabel(box);
    m_size->setObjectName(QStringLiteral("insightsSize"));
    m_size->setTextFormat(Qt::PlainText);
    m_size->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_size->font();
    bold.setBold(true);
    m_size->setFont(bold);
    m_sizeDetail = new QLabel(box);
    m_sizeDetail->setObjectName(QStringLiteral("insightsSizeDetail"));
    m_sizeDetail->setTextFormat(Qt::PlainText);
    m_sizeDetail->setWordWrap(true);
    m_sizeDetail->setEnabled(false);
    m_computeButton = new QPushButton(tr("Compute si&ze"), box);
    m_computeButton->setObjectName(QStringLiteral("insightsComputeSize"));
    m_computeButton->setToolTip(tr("Ask Criteo for the current size of this segment"));
    m_estimateButton = new QPushButton(tr("Es&timate the edit"), box);
    m_estimateButton->setObjectName(QStringLiteral("insightsEstimate"));
    m_estimateButton->setToolTip(
            tr("Ask Criteo how many people your edited definition would reach"));
    auto *sizeButtons = new QHBoxLayout;
    sizeButtons->addWidget(m_computeButton);
    sizeButtons->addWidget(m_estimateButton);
    sizeButtons->addStretch(1);
    auto *sizeBox = new QVBoxLayout;
    sizeBox->addWidget(m_size);
    sizeBox->addWidget(m_sizeDetail);
    sizeBox->addLayout(sizeButtons);
    auto *sizeTitle = new QLabel(tr("Size:"), box);
    form->addRow(sizeTitle, sizeBox);

    m_usageSummary = new QLabel(box);
    m_usageSummary->setObjectName(QStringLiteral("insightsUsage"));
    m_usageSummary->setTextFormat(Qt::PlainText);
    m_usageSummary->setWordWrap(true);
    m_audiences = new QTreeWidget(box);
    m_audiences->setObjectName(QStringLiteral("insightsAudiences"));
    m_audiences->setAccessibleName(tr("Audiences using this segment"));
    m_audiences->setHeaderLabels({tr("Audience"), tr("Id"), tr("Ad sets")});
    m_audiences->setRootIsDecorated(false);
    m_audiences->setUniformRowHeights(true);
    m_audiences->setMaximumHeight(m_audiences->fontMetrics().height() * 7);
    m_audiences->header()->setStretchLastSection(true);
    m_audiences->setColumnWidth(0, 200);
    m_audiences->setColumnWidth(1, 70);
    m_usageButton = new QPushButton(tr("Find &where used"), box);
    m_usageButton->setObjectName(QStringLiteral("insightsFindUsage"));
    m_usageButton->setToolTip(tr("Look up the audiences and ad sets that use this segment"));
    auto *usageButtons = new QHBoxLayout;
    usageButtons->addWidget(m_usageButton);
    usageButtons->addStretch(1);
    auto *usageBox = new QVBoxLayout;
    usageBox->addWidget(m_usageSummary);
    usageBox->addWidget(m_audiences);
    usageBox->addLayout(usageButtons);
    form->addRow(new QLabel(tr("Used by:"), box), usageBox);

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
        m_audiences->hide();
        return;
    }
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
    m_sizeDetail->setText(m_store->sizeToolTip(m_id, edit));
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
    m_audiences->setVisible(!usage.audiences.isEmpty());
}
