#pragma once

#include "DemoData.h"
#include "DemoResponse.h"
#include "RecordedRequest.h"

// The demo server's sizes and audiences (DemoApi routes the requests here):
//
//   POST …/audience-segments/compute-sizes  {"data":[{id, type, attributes:{}}]}: 200 with a size
//       per segment; partial success as for the PATCH (problems with `instance: "@data/<i>"`).
//   POST …/audience-segments/estimate-size  {"data":{type, attributes:{advertiserId, inMarket |
//       location}}}: 200 with data.attributes.size; a definition that cannot be sized gets
//       size null and an error.
//   POST …/marketing-solutions/audiences/search?limit&offset  filters adSetIds, advertiserIds,
//       audienceIds, audienceSegmentIds (AND-ed); paged like the segment search.
//
// Sizes follow the definition, so that an edit moves them: a location segment reaches 400 to
// 3 000 people per km² around each point, fixed by its coordinates (Σ density × π × radius²); an
// in-market segment the sizes of its brands plus 180 000 per interest, times the country's factor,
// narrowed by buying power, price range and gender (nothing to size without brands or interests:
// cannot compute); prospecting and retargeting a per-segment base times the days window; a
// lookalike about its target size; a contact list its matched users, null below 1 000 (too few to
// tell); behavioral segments cannot be sized (an error per item).
namespace DemoInsights {

DemoResponse computeSizes(const DemoData &data, const RecordedRequest &request,
                          const QString &traceId);
DemoResponse estimateSize(const DemoData &data, const RecordedRequest &request,
                          const QString &traceId);
DemoResponse searchAudiences(const DemoData &data, const RecordedRequest &request,
                             const QString &traceId);

// The size of a segment's attributes (AudienceSegmentEntityV1, or an estimate's definition with
// its type given); nothing when it cannot be computed, with the reason in `why`.
std::optional<qint64> sizeOf(const DemoData &data, const QString &id, const QString &type,
                             const QJsonObject &attributes, QString *why = nullptr);

// Audiences over the data's segments, from a seed: about one per four segments, each naming one
// to three segments of its advertiser in an and/or/not tree, with one to three ad sets. The first
// flagship segments are always used: 300001 (in-market) by two audiences, 300002 (location) by
// one; 300003 by none.
QList<DemoData::Audience> generateAudiences(const DemoData &data, quint64 seed);

} // namespace DemoInsights
