#pragma once

#include "Problem.h"

#include <QIcon>

// The icons the forms draw with: the models' problem icons (ModelIcons) when the resources or an
// icon theme provide them, else the style's standard ones, so that a severity always shows an
// icon, also on a bare platform.
namespace FormIcons {

QIcon problemIcon(Problem::Severity severity);
QIcon revertIcon();
QIcon refreshIcon();

} // namespace FormIcons
