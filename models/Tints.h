#pragma once

#include <QColor>

class QPalette;

// The colours that say a state (an error, a warning, sent, in conflict…) as the tint of a row, a
// banner or a cell, each in a light and a dark variant. Which one is used follows the application's
// palette (its Base colour), so a dark desktop gets dark tints with light text and a light one pale
// tints with dark text; both keep text readable (contrast of 4.5:1 or more, tested).
namespace Tints {

enum class Tint {
    Error,       // failed, invalid
    Warning,     // warned
    Success,     // updated, created
    Information, // sending, information messages
    Neutral,     // not sent
    Unknown,     // the outcome of a send is not known
    Conflict,    // orange: never an error's red nor a warning's yellow
    Deleted,     // grey: it is going, nothing is wrong with it
};

// True when the palette's Base (where rows are drawn) is dark.
bool isDark(const QPalette &palette);
// The same for the application's palette now.
bool isDark();

QColor background(Tint tint, bool dark);
QColor background(Tint tint);
// A stronger tint for the one cell a problem or a conflict is about, within a tinted row.
QColor cellBackground(Tint tint, bool dark);
QColor cellBackground(Tint tint);
QColor border(Tint tint, bool dark);
QColor border(Tint tint);
// The text on any tint.
QColor text(bool dark);
QColor text();
// Text that steps back (rows left out of the send), on the palette's Base.
QColor mutedText(bool dark);
QColor mutedText();
// A strong colour for words and frames on the palette's Base or Window: an error's red, a
// warning's amber.
QColor accent(Tint tint, bool dark);
QColor accent(Tint tint);

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b);

} // namespace Tints
