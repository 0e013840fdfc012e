#pragma once

#include <QPalette>
#include <QString>
#include <QVariant>

#include <optional>

// Light or dark. "System" follows the desktop: the platform theme's palette when it has one, and
// the desktop's preference (the XDG desktop portal's color-scheme, which GNOME and KDE set) when
// the platform gives Qt only its light default, as Qt 6.4 does on most Linux desktops; it follows a
// change of that preference while the editor runs. "Light" and "Dark" use the Fusion style's light
// and dark palettes whatever the desktop says. The choice is kept per user (View > Appearance).
namespace Appearance {

enum class Scheme { System, Light, Dark };

QString key(Scheme scheme); // "system", "light", "dark": settings and --appearance
std::optional<Scheme> fromKey(const QString &key);

Scheme saved();
void save(Scheme scheme);

// Applies `scheme` to the application (style and palette) and remembers it as the current one.
void apply(Scheme scheme);
Scheme current();

// The palettes used for Light and Dark (and for System on a desktop that prefers dark).
QPalette lightPalette();
QPalette darkPalette();

// The desktop's preference from the portal's answer to Settings.Read("org.freedesktop.appearance",
// "color-scheme"): true for dark (1), false for light (2) or no preference (0); nothing when the
// answer is not one.
std::optional<bool> prefersDarkFromPortal(const QVariant &answer);
// Asks the portal on the session bus (a short wait, once per call); nothing without one.
std::optional<bool> desktopPrefersDark();

} // namespace Appearance
