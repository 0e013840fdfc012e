// The "sizes" screenshot scenario: the Size and Used by columns and the details panel's section.
#include "ScreenshotScenario.h"

#include "MainWindow.h"
#include "SegmentEditor.h"
#include "SegmentInsightsController.h"
#include "SegmentInsightsFetcher.h"
#include "SegmentTableModel.h"

#include <QTableView>
#include <QTimer>

void ScreenshotScenario::sizes()
{
    SegmentTableModel *model = m_window->model();
    SegmentInsightsController *insights = m_window->insights();
    // Row 0 is in-market, row 1 location (the demo data's order): each edited to reach fewer.
    std::optional<AudienceSegment> inMarket = model->edited(model->idAt(0));
    std::optional<AudienceSegment> location = model->edited(model->idAt(1));
    if (!inMarket || !inMarket->inMarket || !location || !location->location)
        return fail(QStringLiteral("rows 0 and 1 are not in-market and location segments"));
    if (inMarket->inMarket->brandIds.size() > 1)
        inMarket->inMarket->brandIds = inMarket->inMarket->brandIds.mid(0, 1);
    else
        inMarket->inMarket->interestIds = inMarket->inMarket->interestIds.mid(0, 1);
    m_window->editor()->editSegment(inMarket->id, *inMarket,
                                    QStringLiteral("attributes/inMarket/brandIds"));
    location->location->radiusInKm = 1;
    m_window->editor()->editSegment(location->id, *location,
                                    QStringLiteral("attributes/location/radiusInKm"));
    m_window->tableView()->clearSelection();

    insights->fetcher()->setEstimateDelay(0);
    insights->computeSizes(); // the rows in view
    insights->findUsage();
    insights->fetcher()->requestEstimate(*location);
    connect(
            insights->fetcher(), &SegmentInsightsFetcher::idle, this,
            [this, insights] {
                m_window->selectSegment(m_window->model()->idAt(0));
                connect(
                        insights->fetcher(), &SegmentInsightsFetcher::idle, this,
                        [this] { QTimer::singleShot(400, this, [this] { grab(m_window); }); },
                        Qt::SingleShotConnection);
            },
            Qt::SingleShotConnection);
}
