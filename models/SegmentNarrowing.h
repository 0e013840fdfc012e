#pragma once

#include "AudienceSegment.h"

#include <QStringList>

// Whether a change makes a segment reach fewer people: what the send path warns about before
// changing a segment that audiences use (SegmentInsights::isUsed). Deliberately simple: each rule
// looks at one field and says "fewer" when the new value lets through a subset of what the old
// one did, or a different set; it never guesses at sizes (that is estimate-size's job).
//
//   InMarket     a brand or interest removed; a buying power or price range removed, or the
//                first one set (an empty list does not filter); a gender set or changed; the
//                country changed
//   Location     a point of interest removed or moved (compared within 1e-5); a smaller radius
//   Prospecting  users type from "prospects or non-buyers" to "prospects"; a later minimum or an
//                earlier maximum of days since the last visit (a limit set where there was none)
//   Retargeting  visitors type from All to Buyers or NonBuyers, or between those two; a shorter
//                window (later minimum, earlier maximum)
//   Lookalike    a smaller target size
//   others       never (only the name and description can change)
// A change of type or advertiser is not a change of one segment: it narrows.
namespace SegmentNarrowing {

struct Result
{
    bool narrows = false;
    QStringList reasons; // translated, one per rule that fired: "2 points of interest removed"
};

Result compare(const AudienceSegment &before, const AudienceSegment &after);
inline bool narrows(const AudienceSegment &before, const AudienceSegment &after)
{
    return compare(before, after).narrows;
}

} // namespace SegmentNarrowing
