#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class SegmentInsights;
class SegmentTableModel;

// The part of the details panel about one segment's reach: its size ("1.2 M", and "→ 340 k" for
// the edit's estimate, when each was computed, stale or cannot be computed), and the audiences
// that use it (name and id) with their ad sets. Its buttons ask for what is missing; it follows
// the store.
class SegmentInsightsSection : public QWidget
{
    Q_OBJECT

public:
    SegmentInsightsSection(SegmentInsights *store, SegmentTableModel *model,
                           QWidget *parent = nullptr);

    void showSegment(const QString &id);
    QString shownSegment() const { return m_id; }

    QLabel *sizeLabel() const { return m_size; }
    QLabel *usageLabel() const { return m_usageSummary; }
    QTreeWidget *audienceList() const { return m_audiences; }

Q_SIGNALS:
    void computeSizeRequested(const QString &id);
    void estimateRequested(const QString &id);
    void findUsageRequested(const QString &id);

private:
    void refresh();

    QPointer<SegmentInsights> m_store;
    QPointer<SegmentTableModel> m_model;
    QString m_id;
    QLabel *m_size;
    QLabel *m_sizeDetail;
    QPushButton *m_computeButton;
    QPushButton *m_estimateButton;
    QLabel *m_usageSummary;
    QTreeWidget *m_audiences;
    QPushButton *m_usageButton;
};
