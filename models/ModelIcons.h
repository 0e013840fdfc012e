#pragma once

#include <QIcon>
#include <QString>

// The icons the item models hand to views (row states, problem severities). The SVGs are added to
// the resources later; until then a freedesktop theme icon stands in. Every path is in source(), so
// that adding or renaming an icon touches one place.
namespace ModelIcons {

enum class Icon {
    Modified,
    Invalid,
    Sending,
    Updated,
    Warned,
    Failed,
    NotSent,
    Unknown,
    Error,    // a problem of severity Error
    Warning,  // a problem of severity Warning
    Conflict, // the server changed a segment the user edited: orange, never an error's red
    New,      // made here, created by the next send
    Created,  // created by the last send
    ToDelete, // deleted by the next send
};

struct Source
{
    QString resource;  // ":/icons/state-failed.svg"
    QString themeName; // freedesktop fallback while the resource is missing
};

// The one table of icon paths.
Source source(Icon icon);

// The icon: the resource when it exists, else the theme icon. Cached (call from the GUI thread).
QIcon icon(Icon icon);

} // namespace ModelIcons
