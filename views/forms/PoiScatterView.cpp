#include "PoiScatterView.h"

#include "PoiListModel.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

constexpr double kmPerDegree = 111.32; // one degree of latitude (and of longitude at the equator)
constexpr double pi = 3.14159265358979323846;
constexpr int marginLeft = 62;
constexpr int marginBottom = 24;
constexpr int marginTop = 8;
constexpr int marginRight = 12;
constexpr double hitDistance = 8.0;

// 1, 2 or 5 times a power of ten, near `rough`.
double niceStep(double rough)
{
    if (!(rough > 0))
        return 1.0;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    const double f = rough / power;
    const double nice = f < 1.5 ? 1.0 : f < 3.5 ? 2.0 : f < 7.5 ? 5.0 : 10.0;
    return nice * power;
}

int decimalsFor(double step)
{
    return std::max(0, static_cast<int>(std::ceil(-std::log10(step) - 1e-9)));
}

QString degrees(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals) + QChar(0x00B0);
}

bool validPoint(const QVariant &lat, const QVariant &lon)
{
    if (!lat.isValid() || !lon.isValid())
        return false;
    const double la = lat.toDouble();
    const double lo = lon.toDouble();
    return std::isfinite(la) && std::isfinite(lo) && std::fabs(la) <= 90.0
            && std::fabs(lo) <= 180.0;
}

} // namespace

PoiScatterView::PoiScatterView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pointsScatter"));
    setAccessibleName(tr("Map preview of the points of interest"));
    setToolTip(tr("Each point with its radius, to scale. Click a point to select its row."));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize PoiScatterView::sizeHint() const
{
    return {420, 300};
}

QSize PoiScatterView::minimumSizeHint() const
{
    return {220, 180};
}

void PoiScatterView::setModel(PoiListModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &PoiScatterView::invalidate);
        connect(model, &QAbstractItemModel::layoutChanged, this, &PoiScatterView::invalidate);
        connect(model, &QAbstractItemModel::dataChanged, this, &PoiScatterView::invalidate);
        connect(model, &QAbstractItemModel::rowsInserted, this, &PoiScatterView::invalidate);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &PoiScatterView::invalidate);
    }
    invalidate();
}

void PoiScatterView::setRadiusKm(std::optional<double> radiusKm)
{
    if (m_radiusKm == radiusKm)
        return;
    m_radiusKm = radiusKm;
    invalidate();
}

void PoiScatterView::setSelectedRows(const QList<int> &rows)
{
    if (m_selected == rows)
        return;
    m_selected = rows;
    update();
}

void PoiScatterView::invalidate()
{
    m_layoutDirty = true;
    update();
}

void PoiScatterView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_layoutDirty = true;
}

int PoiScatterView::hiddenCount() const
{
    return layout().hidden;
}

QPointF PoiScatterView::toWidget(const Layout &l, double latitude, double longitude) const
{
    const double x = longitude * l.cosLat;
    return {l.plot.left() + (x - l.minX) * l.scale, l.plot.top() + (l.maxY - latitude) * l.scale};
}

const PoiScatterView::Layout &PoiScatterView::layout() const
{
    if (!m_layoutDirty)
        return m_layout;
    m_layoutDirty = false;
    Layout l;
    l.plot = QRectF(rect()).adjusted(marginLeft, marginTop, -marginRight, -marginBottom);
    const int rows = m_model ? m_model->rowCount() : 0;
    l.positions.resize(rows);

    // Bounds of the points, first in degrees to find the middle latitude.
    double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
    int shown = 0;
    for (int row = 0; row < rows; ++row) {
        const QVariant lat = m_model->index(row, PoiListModel::LatitudeColumn)
                                     .data(PoiListModel::CoordinateRole);
        const QVariant lon = m_model->index(row, PoiListModel::LongitudeColumn)
                                     .data(PoiListModel::CoordinateRole);
        if (!validPoint(lat, lon)) {
            ++l.hidden;
            continue;
        }
        ++shown;
        minLat = std::min(minLat, lat.toDouble());
        maxLat = std::max(maxLat, lat.toDouble());
        minLon = std::min(minLon, lon.toDouble());
        maxLon = std::max(maxLon, lon.toDouble());
    }
    if (shown == 0 || l.plot.width() < 20 || l.plot.height() < 20) {
        m_layout = l;
        return m_layout;
    }
    const double midLat = (minLat + maxLat) / 2.0;
    l.cosLat = std::max(0.01, std::cos(midLat * pi / 180.0));
    // Projected bounds, widened by the radius (in projected degrees, ~ km / 111.32) and a margin.
    const double radius = std::max(0.0, m_radiusKm.value_or(0.0)) / kmPerDegree;
    double x0 = minLon * l.cosLat - radius;
    double x1 = maxLon * l.cosLat + radius;
    double y0 = minLat - radius;
    double y1 = maxLat + radius;
    const double minSpan = 0.01; // about a kilometre: one point without radius
    if (x1 - x0 < minSpan) {
        const double c = (x0 + x1) / 2;
        x0 = c - minSpan / 2;
        x1 = c + minSpan / 2;
    }
    if (y1 - y0 < minSpan) {
        const double c = (y0 + y1) / 2;
        y0 = c - minSpan / 2;
        y1 = c + minSpan / 2;
    }
    const double padX = (x1 - x0) * 0.06;
    const double padY = (y1 - y0) * 0.06;
    x0 -= padX;
    x1 += padX;
    y0 -= padY;
    y1 += padY;
    // One scale for both axes keeps circles round; the data is centred in the other axis.
    l.scale = std::min(l.plot.width() / (x1 - x0), l.plot.height() / (y1 - y0));
    const double spanX = l.plot.width() / l.scale;
    const double spanY = l.plot.height() / l.scale;
    l.minX = (x0 + x1) / 2 - spanX / 2;
    l.maxY = (y0 + y1) / 2 + spanY / 2;
    l.valid = true;
    for (int row = 0; row < rows; ++row) {
        const QVariant lat = m_model->index(row, PoiListModel::LatitudeColumn)
                                     .data(PoiListModel::CoordinateRole);
        const QVariant lon = m_model->index(row, PoiListModel::LongitudeColumn)
                                     .data(PoiListModel::CoordinateRole);
        if (validPoint(lat, lon))
            l.positions[row] = toWidget(l, lat.toDouble(), lon.toDouble());
    }
    m_layout = l;
    return m_layout;
}

std::optional<QPointF> PoiScatterView::pointPosition(int row) const
{
    const Layout &l = layout();
    if (row < 0 || row >= l.positions.size())
        return std::nullopt;
    return l.positions.at(row);
}

int PoiScatterView::rowAt(const QPointF &pos) const
{
    const Layout &l = layout();
    int best = -1;
    double bestDistance = hitDistance;
    for (int row = 0; row < l.positions.size(); ++row) {
        if (!l.positions.at(row))
            continue;
        const QPointF d = *l.positions.at(row) - pos;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = row;
        }
    }
    return best;
}

void PoiScatterView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int row = rowAt(event->position());
    if (row < 0)
        return;
    setSelectedRows({row});
    Q_EMIT pointClicked(row);
}

void PoiScatterView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Layout &l = layout();
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor grid = pal.color(QPalette::Mid);

    p.setPen(QPen(grid, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(l.plot);

    if (!l.valid) {
        p.setPen(text);
        const int rows = m_model ? m_model->rowCount() : 0;
        p.drawText(l.plot, Qt::AlignCenter | Qt::TextWordWrap,
                   rows == 0 ? tr("No points of interest") : tr("No point has valid coordinates"));
        return;
    }

    // Grid and labels: latitudes on the left, longitudes below.
    const QFontMetrics fm = fontMetrics();
    p.save();
    p.setClipRect(l.plot.adjusted(-1, -1, 1, 1));
    const double latTop = l.maxY;
    const double latBottom = l.maxY - l.plot.height() / l.scale;
    const double lonLeft = l.minX / l.cosLat;
    const double lonRight = (l.minX + l.plot.width() / l.scale) / l.cosLat;
    const double latStep = niceStep((latTop - latBottom) / 5.0);
    const double lonStep = niceStep((lonRight - lonLeft) / 5.0);
    QPen gridPen(grid, 1, Qt::DotLine);
    p.setPen(gridPen);
    QList<QPair<double, double>> latLines;
    for (double v = std::ceil(latBottom / latStep) * latStep; v <= latTop; v += latStep) {
        const double y = toWidget(l, v, 0).y();
        p.drawLine(QPointF(l.plot.left(), y), QPointF(l.plot.right(), y));
        latLines.append({v, y});
    }
    QList<QPair<double, double>> lonLines;
    for (double v = std::ceil(lonLeft / lonStep) * lonStep; v <= lonRight; v += lonStep) {
        const double x = toWidget(l, 0, v).x();
        p.drawLine(QPointF(x, l.plot.top()), QPointF(x, l.plot.bottom()));
        lonLines.append({v, x});
    }
    p.restore();
    p.setPen(text);
    const int latDecimals = decimalsFor(latStep);
    for (const auto &[v, y] : std::as_const(latLines)) {
        const QRectF r(0, y - fm.height() / 2.0, marginLeft - 6, fm.height());
        p.drawText(r, Qt::AlignRight | Qt::AlignVCenter,
                   degrees(std::fabs(v) < 1e-12 ? 0 : v, latDecimals));
    }
    const int lonDecimals = decimalsFor(lonStep);
    double lastRight = -1e9;
    for (const auto &[v, x] : std::as_const(lonLines)) {
        const QString label = degrees(std::fabs(v) < 1e-12 ? 0 : v, lonDecimals);
        const double w = fm.horizontalAdvance(label);
        if (x - w / 2 < lastRight + 6)
            continue; // labels would touch
        p.drawText(QRectF(x - w / 2, l.plot.bottom() + 3, w, fm.height()), Qt::AlignCenter, label);
        lastRight = x + w / 2;
    }
    // Axis titles, small, in the corners that stay free.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    p.drawText(QRectF(2, l.plot.top(), marginLeft - 8, fm.height()), Qt::AlignLeft | Qt::AlignTop,
               tr("Lat."));
    p.drawText(QRectF(2, l.plot.bottom() + 3, marginLeft - 8, fm.height()),
               Qt::AlignLeft | Qt::AlignTop, tr("Lon."));
    p.setFont(font());

    // Radius circles, then points (selected ones last, on top).
    p.save();
    p.setClipRect(l.plot);
    const double radiusPx = std::max(0.0, m_radiusKm.value_or(0.0)) / kmPerDegree * l.scale;
    const QColor circle(0x1e, 0x6f, 0xd9);
    const QColor selectedColor(0xe0, 0x5a, 0x00);
    const int rows = static_cast<int>(l.positions.size());
    if (radiusPx >= 1.0) {
        for (int row = 0; row < rows; ++row) {
            if (!l.positions.at(row))
                continue;
            const bool selected = m_selected.contains(row);
            QColor fill = selected ? selectedColor : circle;
            fill.setAlpha(selected ? 60 : 35);
            p.setBrush(fill);
            p.setPen(QPen(selected ? selectedColor : circle, selected ? 2 : 1));
            p.drawEllipse(*l.positions.at(row), radiusPx, radiusPx);
        }
    }
    const bool labels = rows <= 30;
    // Labels that would overlap one already drawn are left out (selected points are labelled
    // first, so theirs always show); the table has every name.
    QList<QRectF> labelled;
    const auto drawLabel = [&](int row, const QPointF &c, bool selected) {
        const QString name = m_model->index(row, PoiListModel::NameColumn).data().toString();
        const QString label = fm.elidedText(name.isEmpty() ? tr("#%1").arg(row + 1) : name,
                                            Qt::ElideRight, 160);
        const QRectF box(c + QPointF(8, -6 - fm.ascent()),
                         QSizeF(fm.horizontalAdvance(label), fm.height()));
        for (const QRectF &other : std::as_const(labelled))
            if (other.intersects(box))
                return;
        labelled.append(box);
        p.setPen(selected ? selectedColor.darker(140) : text);
        p.drawText(c + QPointF(8, -6), label);
    };
    for (int row : std::as_const(m_selected))
        if (row >= 0 && row < rows && l.positions.at(row))
            drawLabel(row, *l.positions.at(row), true);
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < rows; ++row) {
            if (!l.positions.at(row))
                continue;
            const bool selected = m_selected.contains(row);
            if (selected != (pass == 1))
                continue;
            const QPointF c = *l.positions.at(row);
            p.setPen(QPen(Qt::white, 1.5));
            p.setBrush(selected ? selectedColor : circle.darker(130));
            p.drawEllipse(c, selected ? 6.0 : 4.0, selected ? 6.0 : 4.0);
            if (labels && !selected)
                drawLabel(row, c, false);
        }
    }
    p.restore();

    // Scale bar: a round number of kilometres, about a fifth of the width, bottom right.
    const double kmPerPx = kmPerDegree / l.scale;
    const double barKm = niceStep(kmPerPx * l.plot.width() / 5.0);
    const double barPx = barKm / kmPerPx;
    const QString barText = barKm >= 1.0
            ? tr("%1 km").arg(QLocale().toString(barKm, 'g', 6))
            : tr("%1 m").arg(QLocale().toString(barKm * 1000.0, 'g', 6));
    const double textWidth = fm.horizontalAdvance(barText);
    const QPointF end(l.plot.right() - 10, l.plot.bottom() - 10);
    const QPointF start(end.x() - barPx, end.y());
    const QRectF backdrop(start.x() - 6, end.y() - fm.height() - 8, std::max(barPx, textWidth) + 12,
                          fm.height() + 14);
    QColor base = pal.color(QPalette::Base);
    base.setAlpha(220);
    p.setPen(Qt::NoPen);
    p.setBrush(base);
    p.drawRoundedRect(backdrop, 3, 3);
    p.setPen(QPen(text, 2));
    p.drawLine(start, end);
    p.drawLine(start, start - QPointF(0, 4));
    p.drawLine(end, end - QPointF(0, 4));
    p.drawText(QRectF(start.x(), end.y() - fm.height() - 5, barPx, fm.height()), Qt::AlignCenter,
               barText);

    if (l.hidden > 0) {
        p.setPen(text);
        p.drawText(l.plot.adjusted(6, 4, -6, -4), Qt::AlignLeft | Qt::AlignTop,
                   l.hidden == 1 ? tr("1 point without valid coordinates is not shown")
                                 : tr("%n points without valid coordinates are not shown", nullptr,
                                      l.hidden));
    }
}
