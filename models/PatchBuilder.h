#pragma once

#include "AudienceSegment.h"

#include <QJsonObject>

#include <optional>

// Turns (original, edited) into the minimal AudienceSegmentUpdateEntityV1Resource for the bulk
// PATCH, following API-NOTES: untouched fields omitted; a cleared nillable field sent as
// {"value": null}; only the sub-object of the segment's own type; arrays compared as sets and sent
// without duplicates; coordinates compared within 1e-5 and sent rounded to 5 decimals; Unknown
// enum values, type, advertiser and the lookalike seed never sent.
namespace PatchBuilder {

// {"id": ..., "type": "AudienceSegment", "attributes": {...}}, or nothing when nothing changed.
std::optional<QJsonObject> build(const AudienceSegment &original, const AudienceSegment &edited);

// The fields (API paths relative to the resource, e.g. "attributes/inMarket/brandIds") that the
// patch for this pair would carry, in a stable order. Empty when unchanged.
QStringList changedFields(const AudienceSegment &original, const AudienceSegment &edited);

// An AudienceSegmentCreateEntityV1Resource for `audience-segments/create`: advertiser, name,
// description and the sub-object of the segment's own type, with only the fields the create
// schema knows (arrays without duplicates, coordinates rounded, no Unknown enum value).
QJsonObject buildCreate(const AudienceSegment &segment);

// An AudienceSegmentDeleteEntityV1Resource for `audience-segments/delete`.
QJsonObject buildDelete(const QString &segmentId);

// {"data": [items...]}: one request body.
QJsonObject requestBody(const QList<QJsonObject> &items);

// A coordinate as the API keeps it: rounded to 5 decimals.
double roundCoordinate(double value);

} // namespace PatchBuilder
