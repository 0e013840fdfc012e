#pragma once

#include "DemoData.h"

// Builds the demo server's sample account from a seed: a handful of advertisers (one the demo
// credentials cannot reach), segments of every type with realistic names, the in-market brand and
// interest catalogues, and points of interest around real city centres. The same seed and count
// give the same data, byte for byte; 100 000 segments take well under a second in a release build.
class DemoDataGenerator
{
public:
    static constexpr int MaxSegments = 100000;
    static constexpr int DefaultSegments = 500;
    static constexpr qint64 FirstSegmentId = 300001; // segment ids count up from here

    // `segmentCount` is clamped to 0..MaxSegments. With 7 segments or more, every type occurs
    // (the first seven go to the first advertiser, one of each type); with 8 or more, at least
    // one segment belongs to the unreachable advertiser.
    static DemoData generate(quint64 seed, int segmentCount = DefaultSegments);

    // The id of the advertiser that exists but is not granted to the demo application.
    static QString unreachableAdvertiserId();
};
