// The API's answers as ApiClient and the jobs read them: the body (ApiAnswer), a search page or a
// bulk answer (SegmentJson), the outcomes of a PATCH, create or delete chunk (BulkUpdateJob,
// ProblemMapper), the problems of an error answer, and audiences (AudienceSearchJob).
#include "ApiAnswer.h"
#include "BulkUpdateJob.h"
#include "FuzzSupport.h"
#include "InsightsJobs.h"
#include "ProblemMapper.h"
#include "SegmentJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

SEGMENT_FUZZ_INIT

namespace {

using FuzzSupport::require;

// What was "sent": ids the answers of the seed corpus name, a repeated one, an empty one.
const QStringList &submittedIds()
{
    static const QStringList ids{QStringLiteral("101"), QStringLiteral("102"),
                                 QStringLiteral("103"), QStringLiteral("101"), QString()};
    return ids;
}

const QList<QJsonObject> &createResources()
{
    static const QList<QJsonObject> resources = [] {
        QList<QJsonObject> list;
        for (const char *name : {"Shoppers FR", "Visitors", "", "Shoppers FR", "x"})
            list.append(QJsonObject{{QLatin1String("type"), QLatin1String("AudienceSegment")},
                                    {QLatin1String("attributes"),
                                     QJsonObject{{QLatin1String("name"), QLatin1String(name)}}}});
        return list;
    }();
    return resources;
}

void checkOutcomes(const ProblemMapper::ChunkResult &result, bool everyItem)
{
    QSet<QString> unique(submittedIds().cbegin(), submittedIds().cend());
    const qsizetype expected = everyItem ? submittedIds().size() : unique.size();
    require(result.outcomes.size() == expected, "one outcome per submitted item");
    for (const SegmentOutcome &outcome : result.outcomes) {
        require(unique.contains(outcome.segmentId), "outcomes name submitted ids",
                outcome.segmentId);
        const bool applied = outcome.status == SegmentOutcome::Status::Updated
                || outcome.status == SegmentOutcome::Status::Warned;
        require(!outcome.entity || applied, "an entity only for applied items");
        require(applied || !outcome.problems.isEmpty(), "a reason for every item not applied");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ApiAnswer::Body body = ApiAnswer::readBody(bytes);
    const bool usable = ApiAnswer::isUsableSuccess(body, QByteArrayLiteral("application/json"));
    require(!usable || body.json.isObject(), "a usable answer is an object");
    (void)ApiAnswer::isUsableSuccess(body, QByteArrayLiteral("text/html"));

    // An error answer's problems, and where they point.
    const ProblemList problems = ApiAnswer::problemsIn(body.json);
    const ProblemMapper::Mapping mapping = ProblemMapper::map(submittedIds(), problems);
    qsizetype mapped = mapping.batch.size();
    for (const ProblemList &list : mapping.bySegment)
        mapped += list.size();
    require(mapped == problems.size(), "every problem lands once");

    if (!usable)
        return 0;
    // A search page.
    const SegmentJson::SegmentListResponse page = SegmentJson::parseSegmentListResponse(body.json);
    for (const AudienceSegment &segment : page.data) {
        // What is read is what a working set writes and reads back.
        SegmentJson::ParseIssues issues;
        const AudienceSegment again
                = SegmentJson::parseSegmentResource(SegmentJson::toResource(segment), &issues);
        require(issues.isEmpty(), "a segment's own resource reads without issues");
        require(again == segment, "a segment survives toResource and back", segment.id);
    }
    // The answer to a chunk of each kind.
    checkOutcomes(BulkUpdateJob::resultOf(BulkUpdateJob::Kind::Update, submittedIds(), {},
                                          body.json, 200),
                  false);
    checkOutcomes(BulkUpdateJob::resultOf(BulkUpdateJob::Kind::Delete, submittedIds(), {},
                                          body.json, 200),
                  false);
    checkOutcomes(BulkUpdateJob::resultOf(BulkUpdateJob::Kind::Create, submittedIds(),
                                          createResources(), body.json, 200),
                  true);
    // Audiences (where a segment is used).
    for (const QJsonValue &item : body.json.toObject().value(QLatin1String("data")).toArray())
        (void)AudienceSearchJob::parseAudience(item);
    return 0;
}
