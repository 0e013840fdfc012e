#pragma once

#include "AudienceSegment.h"

#include <QList>
#include <QString>

// One row of the patch builder's table: what PatchBuilder::build(original, edited) must produce.
// Shared so that other suites (the OpenAPI contract check) can feed every payload to a schema.
struct PatchCase
{
    QString name;
    AudienceSegment original;
    AudienceSegment edited;
    // The whole AudienceSegmentUpdateEntityV1Resource as compact JSON text; empty: no patch.
    QString expectedJson;
};

// Every updatable field of every type: set, changed, cleared (nillable), unchanged, left unset;
// sets reordered or repeated, coordinate tolerance and rounding, Unknown values, fields that are
// never sent, sub-objects of the wrong type.
QList<PatchCase> patchCases();
