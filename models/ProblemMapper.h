#pragma once

#include "Problem.h"
#include "SegmentJson.h"
#include "SegmentOutcome.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

// Turns the answer to one bulk PATCH into a picture per segment. The API answers 200 even when
// items fail, and points at items only loosely, so every problem is assigned by, in order:
//   1. `instance` "@data/<i>": the i-th item of the request that was sent;
//   2. a `source` path "data/<i>/attributes/...": that item, and the field it names;
//   3. the id of a submitted segment named in `instance` or `detail`;
//   4. otherwise the whole batch.
// Then every submitted id is reconciled against the answer's `data`: an id missing from it was not
// updated, even when no problem names it.
namespace ProblemMapper {

struct Mapping
{
    QHash<QString, ProblemList> bySegment; // segment id -> its problems, field set where known
    ProblemList batch;                     // problems no segment could be found for
};

// Assigns problems to the ids of the request (`submittedIds[i]` was sent as data[i]).
Mapping map(const QStringList &submittedIds, const ProblemList &problems);

struct ChunkResult
{
    QList<SegmentOutcome> outcomes; // one per submitted id, in request order
    ProblemList batchProblems;
};

// Outcomes for a chunk from the server's answer (errors and warnings are both per-item channels; a
// segment that is absent from `data` failed even when its problems came as warnings).
ChunkResult reconcile(const QStringList &submittedIds,
                      const SegmentJson::SegmentListResponse &answer);

// The same for `audience-segments/create`: `submittedIds` are the rows' temporary ids and
// `resources` what was sent for each. No id comes back for a failed item, so the created
// segments in `data` are matched to the items no error names, in request order, and only when
// the counts agree and each name is the one sent: otherwise those items are Unknown (reconciled
// by name before anything is sent again), never guessed.
ChunkResult reconcileCreated(const QStringList &submittedIds, const QList<QJsonObject> &resources,
                             const SegmentJson::SegmentListResponse &answer);

// "data/3/attributes/location/pointsOfInterest/0/latitude" (also with a leading '/' or '@') ->
// index 3 and field "attributes/location/pointsOfInterest/0/latitude". Index -1 when the path does
// not point into `data`.
struct SourcePath
{
    int index = -1;
    QString field;
};
SourcePath parseSourcePath(const QString &path);

} // namespace ProblemMapper
