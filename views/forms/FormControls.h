#pragma once

#include "AudienceSegment.h"

#include <QList>
#include <QString>

#include <optional>

class QCheckBox;
class QComboBox;
class QSpinBox;

// What the forms need to show one value for one or many segments in standard widgets: a common
// value, "Mixed values" when the segments differ, "Not set" when the API sent nothing. The
// widgets stay standard Qt ones (keyboard, accessibility); the states are shown with their own
// means: a spin box's special value text, a combo box item, a check box's third state.
namespace FormControls {

// The item data of the combo box entries these helpers add.
constexpr int MixedItem = -1000;
constexpr int NotSetItem = -1001;

// The value every segment holds, or nothing when they differ. `segments` must not be empty.
template<typename Get>
auto commonValue(const QList<AudienceSegment> &segments, Get get)
        -> std::optional<decltype(get(segments.constFirst()))>
{
    auto first = get(segments.constFirst());
    for (const AudienceSegment &s : segments)
        if (!(get(s) == first))
            return std::nullopt;
    return first;
}

// Shows `value` in the spin box (its range's minimum is `minimum`); an absent value shows
// `emptyText` and a mixed one "Mixed values", both as the special value one below `minimum`.
void showSpinValue(QSpinBox *spin, std::optional<qint64> value, bool mixed, int minimum,
                   const QString &emptyText);
// Whether the spin box's value is a real one (not the special "Mixed values"/"Not set").
bool spinHasValue(const QSpinBox *spin, int minimum);

// Selects the item whose data is `data`; with `mixed`, a "(mixed)" item is put first and
// selected; without, it is taken away again.
void showComboValue(QComboBox *combo, int data, bool mixed);

// Checked, unchecked, or (for mixed) partially checked; the third state is offered only while the
// segments differ, so one click decides for all.
void showCheckState(QCheckBox *box, Qt::CheckState state);

// Checked when every segment has it, partially when some do.
template<typename Has> Qt::CheckState checkStateOf(const QList<AudienceSegment> &segments, Has has)
{
    int count = 0;
    for (const AudienceSegment &s : segments)
        if (has(s))
            ++count;
    if (count == 0)
        return Qt::Unchecked;
    return count == segments.size() ? Qt::Checked : Qt::PartiallyChecked;
}

QString mixedText();  // "Mixed values"
QString notSetText(); // "Not set"

} // namespace FormControls
