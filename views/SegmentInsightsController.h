#pragma once

#include "AudienceSegment.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class MainWindow;
class QAction;
class SegmentInsights;
class SegmentInsightsFetcher;
class SegmentInsightsSection;

// The window's sizes and "where used": owns the store (SegmentInsights) and its fetcher on the
// backend's InsightsPort, gives the table its Size and Used by columns, the details panel its
// section (SegmentInsightsSection), and the actions:
//   Compute Sizes (Ctrl+Alt+S)     the selected saved segments, or the visible rows without a
//                                  selection: compute-sizes in batches of 100, paced;
//   Estimate Size of Edits          the selected edited in-market and location segments;
//   Find Where Used (Ctrl+Alt+U)    the audiences and ad sets of the selected or visible rows.
// For the one selected segment it looks up where it is used and its size by itself, and
// estimates its edited definition a moment after the user stops changing it.
class SegmentInsightsController : public QObject
{
    Q_OBJECT

public:
    explicit SegmentInsightsController(MainWindow *window);
    ~SegmentInsightsController() override;

    SegmentInsights *store() const { return m_store; }
    SegmentInsightsFetcher *fetcher() const { return m_fetcher; }
    SegmentInsightsSection *section() const { return m_section; }
    // For the Segments menu and the table's context menu.
    QList<QAction *> actions() const;
    QAction *computeSizesAction() const { return m_computeAction; }
    QAction *estimateAction() const { return m_estimateAction; }
    QAction *findUsageAction() const { return m_usageAction; }

    // Whether a row's segment exists on the server (only those have a size to compute or
    // audiences). By default every row with an id; new rows are not.
    void setIsSaved(std::function<bool(const QString &id)> isSaved);

    // The ids the actions work on: the selection, else the rows in view.
    QStringList targetIds() const;

public Q_SLOTS:
    void computeSizes();
    void estimateEdits();
    void findUsage();

private:
    void connectionChanged();
    void selectionChanged();
    void rowsChanged(int first, int last);
    void updateActions();
    QList<AudienceSegment> savedOf(const QStringList &ids) const;
    bool hasEstimableEdit(const QString &id) const;

    QPointer<MainWindow> m_window;
    SegmentInsights *m_store;
    SegmentInsightsFetcher *m_fetcher;
    SegmentInsightsSection *m_section;
    QAction *m_computeAction;
    QAction *m_estimateAction;
    QAction *m_usageAction;
    std::function<bool(const QString &)> m_isSaved;
    QString m_current; // the one selected segment, if one
};
