#pragma once

#include "AudienceSegment.h"

#include <QString>
#include <QStringList>

// Text about a segment's fields for the views, addressed by the API paths the patch builder, the
// validator and the problem mapper use ("attributes/inMarket/brandIds"): which settings a type
// has (what the details panel lists) and the preview's `field: old → new` lines. Values read as
// SegmentFields::valueText writes them.
namespace FieldText {

// The type-specific settings of a type, in the order a form shows them
// ("attributes/location/pointsOfInterest", …). Empty for Unknown.
QStringList settingPaths(SegmentType type);

// "Name: Old → New" for one changed field; "Registry type: X (unchanged; the API needs it with this
// change)" for a field the patch re-states without a change.
QString changeLine(const AudienceSegment &original, const AudienceSegment &edited,
                   const QString &path);

} // namespace FieldText
