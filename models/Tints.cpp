#include "Tints.h"

#include <QGuiApplication>
#include <QPalette>

#include <cmath>

namespace Tints {

namespace {

struct Pair
{
    QRgb light;
    QRgb dark;
};

Pair backgroundPair(Tint tint)
{
    switch (tint) {
    case Tint::Error:
        return {0xf9d6d5, 0x5c2828};
    case Tint::Warning:
        return {0xfcefc7, 0x524218};
    case Tint::Success:
        return {0xd8f0d8, 0x214622};
    case Tint::Information:
        return {0xdbe9f7, 0x1f3b58};
    case Tint::Neutral:
        return {0xececec, 0x3c3c3c};
    case Tint::Unknown:
        return {0xe6dcf5, 0x3d3158};
    case Tint::Conflict:
        return {0xfbd5ab, 0x5c3b16};
    case Tint::Deleted:
        return {0xe3e3e3, 0x363636};
    }
    return {0xececec, 0x3c3c3c};
}

Pair borderPair(Tint tint)
{
    switch (tint) {
    case Tint::Error:
        return {0xe0908c, 0xa34b47};
    case Tint::Warning:
        return {0xe0c063, 0xa68a30};
    case Tint::Success:
        return {0x8cc58c, 0x4f8f52};
    case Tint::Information:
        return {0x8fb5dd, 0x4a78a8};
    case Tint::Neutral:
    case Tint::Deleted:
        return {0xb0b0b0, 0x6a6a6a};
    case Tint::Unknown:
        return {0xa898cc, 0x7a64a8};
    case Tint::Conflict:
        return {0xe8a060, 0xb0763a};
    }
    return {0xb0b0b0, 0x6a6a6a};
}

QColor pick(const Pair &pair, bool dark)
{
    return QColor::fromRgb(dark ? pair.dark : pair.light);
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Base).lightness() < 128;
}

bool isDark()
{
    return isDark(QGuiApplication::palette());
}

QColor background(Tint tint, bool dark)
{
    return pick(backgroundPair(tint), dark);
}

QColor background(Tint tint)
{
    return background(tint, isDark());
}

QColor cellBackground(Tint tint, bool dark)
{
    switch (tint) {
    case Tint::Error:
        return dark ? QColor(0x8a, 0x32, 0x32) : QColor(0xf1, 0xa9, 0xa7);
    case Tint::Conflict:
        return dark ? QColor(0x8a, 0x55, 0x20) : QColor(0xf7, 0xb0, 0x6a);
    case Tint::Warning:
        return dark ? QColor(0x7a, 0x62, 0x1e) : QColor(0xf5, 0xd7, 0x7a);
    default:
        break;
    }
    return background(tint, dark);
}

QColor cellBackground(Tint tint)
{
    return cellBackground(tint, isDark());
}

QColor border(Tint tint, bool dark)
{
    return pick(borderPair(tint), dark);
}

QColor border(Tint tint)
{
    return border(tint, isDark());
}

QColor text(bool dark)
{
    return dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x1a, 0x1a, 0x1a);
}

QColor text()
{
    return text(isDark());
}

QColor mutedText(bool dark)
{
    return dark ? QColor(0xa8, 0xa8, 0xa8) : QColor(0x6e, 0x6e, 0x6e);
}

QColor mutedText()
{
    return mutedText(isDark());
}

QColor accent(Tint tint, bool dark)
{
    switch (tint) {
    case Tint::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    case Tint::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa0, 0x5c, 0x00);
    case Tint::Success:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case Tint::Conflict:
        return dark ? QColor(0xff, 0xa8, 0x5c) : QColor(0xb0, 0x50, 0x00);
    case Tint::Information:
    case Tint::Neutral:
    case Tint::Unknown:
    case Tint::Deleted:
        break;
    }
    return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x1f, 0x5f, 0xa8);
}

QColor accent(Tint tint)
{
    return accent(tint, isDark());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace Tints
