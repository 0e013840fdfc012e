#pragma once

#include "DemoData.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// The demo server's bulk update (PATCH .../audience-segments): checks each item against the
// AudienceSegmentUpdateEntityV1 contract and the business rules, applies the valid ones in order
// (a later item sees an earlier one's new name), and reports per item, as the real API does with
// HTTP 200:
//   data      the full updated resource of every applied item, updatedAt set to `now`
//   errors    CommonProblem per failed check: type "validation" (or "authorization"), a code,
//             instance "@data/<i>" (i = the item's zero-based index in the request) and
//             source {"field": "data/<i>/attributes/..."} pointing at the offending value
//   warnings  items that were skipped without being wrong in themselves: a segment id that does
//             not exist (code segment-not-found)
// A segment of an advertiser the credentials cannot reach is an error (type authorization, code
// segment-not-accessible). An item with any error is not applied at all.
//
// Codes: invalid-type, unknown-property, read-only-property, required-field, out-of-range,
// invalid-enum-value, duplicate-items, invalid-country, unknown-brand, unknown-interest,
// min-greater-than-max, name-must-not-be-empty, name-must-be-unique, segment-type-mismatch,
// segment-is-read-only, duplicate-segment-id, invalid-resource-type, segment-not-found (warning),
// segment-not-accessible.
class DemoPatchProcessor
{
public:
    struct Result
    {
        QJsonArray data;
        QJsonArray errors;
        QJsonArray warnings;
    };

    DemoPatchProcessor(DemoData *data, const QDateTime &now, const QString &traceId);

    Result process(const QJsonArray &items);

private:
    DemoData *m_data;
    QString m_now;
    QString m_traceId;
};
