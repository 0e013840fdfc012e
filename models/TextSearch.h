#pragma once

#include <QString>

// Text compared the way a person searches: case and diacritics do not count ("Zubehor" finds
// "Zubehör", "strasse" finds "Straße", "CAFE" finds "café").
namespace TextSearch {

// The form both sides of a comparison are brought to: decomposed, without combining marks,
// case-folded, ß as "ss".
QString fold(const QString &text);
// Whether `haystack` holds `needle`, both folded here.
bool contains(const QString &haystack, const QString &needle);

} // namespace TextSearch
