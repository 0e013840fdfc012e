#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class PoiListModel;

// A small map of the points of interest, painted to scale so that a mistyped point stands out:
// every point with its radius circle, fitted to the widget (equirectangular, longitudes scaled by
// the cosine of the middle latitude so that circles stay round), grid lines labelled in degrees
// and a kilometre scale bar. Clicking a point reports its row; the rows selected in the table are
// highlighted. Points without valid coordinates are left out and counted.
class PoiScatterView : public QWidget
{
    Q_OBJECT

public:
    explicit PoiScatterView(QWidget *parent = nullptr);

    void setModel(PoiListModel *model);
    void setRadiusKm(std::optional<double> radiusKm);
    std::optional<double> radiusKm() const { return m_radiusKm; }

    void setSelectedRows(const QList<int> &rows);
    QList<int> selectedRows() const { return m_selected; }

    // Where the point of a row is drawn; nothing when it is not drawn.
    std::optional<QPointF> pointPosition(int row) const;
    // The row of the point nearest to `pos` within a few pixels; -1 when none.
    int rowAt(const QPointF &pos) const;
    // How many rows are left out for lack of valid coordinates.
    int hiddenCount() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void pointClicked(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Layout
    {
        bool valid = false;
        QRectF plot;                             // the area inside the axes, in widget coordinates
        double cosLat = 1.0;                     // longitude scale
        double minX = 0, maxY = 0;               // projected top-left corner of the plot
        double scale = 1.0;                      // pixels per projected degree
        QList<std::optional<QPointF>> positions; // per row
        int hidden = 0;
    };
    void invalidate();
    const Layout &layout() const;
    QPointF toWidget(const Layout &l, double latitude, double longitude) const;

    QPointer<PoiListModel> m_model;
    std::optional<double> m_radiusKm;
    QList<int> m_selected;
    mutable Layout m_layout;
    mutable bool m_layoutDirty = true;
};
