#pragma once

#include "AudienceSegment.h"

#include <QString>

// Field paths in the API's own form ("attributes/location/pointsOfInterest/3/latitude"), as the
// validator, the patch builder and the problem mapper name them: human labels for them, and the
// one operation the editor needs on a single field (copying it from one version to another, for
// "revert this field" and for carrying a user's edit over to a reloaded original).
namespace SegmentFields {

// A translated label for a path: "attributes/location/pointsOfInterest/3/latitude" ->
// "Points of interest › #4 › Latitude" (list positions count from 1). The "attributes" prefix and
// the type's sub-object are left out (the segment's type is known wherever the label is shown); a
// "data/<i>/" prefix is accepted. Unknown names are spelled out from camelCase, untranslated.
// Empty path -> empty label.
QString fieldLabel(const QString &path);

// The translated name of a segment type ("In-market", "Lookalike", …; "Unknown" for Unknown).
QString typeLabel(SegmentType type);

// The value of the field `path` (as fieldLabel takes it) in `segment`, as a person reads it,
// translated: lists joined with ", ", enum values in words ("Very high"), a point of interest as
// "name (latitude, longitude)", numbers and dates in the user's locale; a field left unset (or
// in a sub-object the segment lacks) reads "—", a cleared nillable field "(none)", an empty list
// "(none)" and an empty text "(empty)". A sub-object as a whole lists its members ("Country: FR;
// Brands: 4101, 4102; …"). Empty for a path it does not know.
QString valueText(const AudienceSegment &segment, const QString &path);

// Sets the field `path` of `to` to its value in `from`. Understands every path the patch builder
// reports (name, description and each field of the five editable sub-objects), a sub-object as a
// whole ("attributes/inMarket"), and a point of interest or one of its members
// ("attributes/location/pointsOfInterest/2[/latitude]", when both versions have that point;
// otherwise the whole list is copied). A sub-object that `from` lacks counts as an empty one, and
// `to`'s is dropped again when that leaves it empty. Returns false (and leaves `to` alone) for a
// path it does not know.
bool copyField(const AudienceSegment &from, AudienceSegment &to, const QString &path);

// The translated word for an enum value, as forms, the preview and the conflict view show it
// ("Prospects or non-buyers", "Very high"); "Unknown" for a value this version does not know.
QString enumText(Gender v);
QString enumText(BuyingPower v);
QString enumText(PriceRange v);
QString enumText(UsersType v);
QString enumText(VisitorsType v);
QString enumText(RegistryType v);
QString enumText(BehavioralCategory v);

} // namespace SegmentFields
