#pragma once

#include "AudienceSegment.h"

#include <QString>
#include <QStringList>

// Readable text for a segment's fields, addressed by the API paths the patch builder, the
// validator and the problem mapper use ("attributes/inMarket/brandIds"): what the details panel
// shows for each setting and what the payload preview writes as `field: old → new`. Values are
// read from the segment's JSON form, so every field the codec knows is covered without a case
// per field.
namespace FieldText {

// The type-specific settings of a type, in the order a form shows them
// ("attributes/location/pointsOfInterest", …). Empty for Unknown.
QStringList settingPaths(SegmentType type);

// The value at `path` in `segment`, as text: lists joined, points of interest as
// "name (lat, lon)", "(not set)" for an absent value and "(none)" for a cleared one.
// `quoted` puts strings in quotes (so that a change of spaces shows in a change line).
QString valueText(const AudienceSegment &segment, const QString &path, bool quoted = false);

// "Name: “Old” → “New”" for one changed field.
QString changeLine(const AudienceSegment &original, const AudienceSegment &edited,
                   const QString &path);

} // namespace FieldText
