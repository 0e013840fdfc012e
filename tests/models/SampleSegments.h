#pragma once

#include "AudienceSegment.h"

// Fully populated, realistic segments, one per type, shared by the model suites: the patch cases
// start from them, the codec tests compare parsed answers (tests/data/search_page.json) with them.
namespace SampleSegments {

// Every field this type can carry is set. Ids: InMarket 1001, Location 1002, Prospecting 1003,
// Retargeting 1004, Lookalike 1005, ContactList 1006, Behavioral 1007, Unknown 1008; advertiser
// 501.
AudienceSegment of(SegmentType type);

// One of each type, Unknown included, by id (the order of tests/data/search_page.json).
QList<AudienceSegment> all();

// A UTC date and time, for brevity.
QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0,
              int msec = 0);

} // namespace SampleSegments

// Lets QCOMPARE print a segment (as its resource JSON) when two differ.
char *toString(const AudienceSegment &segment);
