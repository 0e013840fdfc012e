#pragma once

#include "AudienceSegment.h"
#include "Problem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// JSON codec for the audience-segment resources of API 2025-10. Parsing is lenient the way the API
// asks clients to be: unknown fields are ignored, null is accepted anywhere, unknown enum values
// become Unknown. A value of the wrong JSON type is not silently defaulted: it becomes a
// ParseIssue naming its path, and the field is left unset.
namespace SegmentJson {

struct ParseIssue
{
    QString path; // JSON path from the document root, e.g. "data/3/attributes/location/radiusInKm"
    QString message; // translated, says what was expected and what was found

    friend bool operator==(const ParseIssue &a, const ParseIssue &b)
    {
        return a.path == b.path && a.message == b.message;
    }
};
using ParseIssues = QList<ParseIssue>;

// `meta` of a search answer.
struct PageMeta
{
    std::optional<qint64> limit;
    std::optional<qint64> offset;
    std::optional<qint64> totalItems;
};

// A list answer: `data` (segments), `errors`, `warnings` (CommonProblem) and `meta`.
struct SegmentListResponse
{
    QList<AudienceSegment> data;
    ProblemList errors;   // severity Error, origin Server
    ProblemList warnings; // severity Warning, origin Server
    PageMeta meta;
    ParseIssues issues; // everything that could not be read as the contract says
};

// One AudienceSegmentEntityV1Resource ({id, type, attributes}). `path` prefixes issue paths.
AudienceSegment parseSegmentResource(const QJsonValue &value, ParseIssues *issues,
                                     const QString &path = {});

// A whole list answer (search or PATCH). A body that is not a JSON object is one issue at path "".
SegmentListResponse parseSegmentListResponse(const QJsonValue &body);

// One CommonProblem; severity is set by the caller's channel (errors / warnings).
Problem parseProblem(const QJsonValue &value, Problem::Severity severity, ParseIssues *issues,
                     const QString &path = {});

// The full resource, as the API would return it ({id, type:"AudienceSegment", attributes}).
// Unset fields are omitted; cleared nillable fields are written as null.
QJsonObject toResource(const AudienceSegment &segment);

// A CommonProblem object (for the demo server and reports); empty members are omitted.
QJsonObject toJson(const Problem &problem);

// The value at an API field path ("attributes/location/radiusInKm") inside a JSON object (list
// positions by number); undefined when it is not there.
QJsonValue valueAt(const QJsonObject &object, const QString &path);

} // namespace SegmentJson
