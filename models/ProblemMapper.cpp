#include "ProblemMapper.h"

#include <algorithm>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace ProblemMapper {

namespace {

// The index of the item an `instance` names: "@data/2", "data/2", "/data/2" (and deeper paths).
int instanceIndex(const QString &instance)
{
    return parseSourcePath(instance).index;
}

bool mentionsId(const QString &text, const QString &id)
{
    if (id.isEmpty() || text.isEmpty())
        return false;
    qsizetype from = 0;
    while ((from = text.indexOf(id, from)) >= 0) {
        const qsizetype end = from + id.size();
        const bool startOk = from == 0 || !text.at(from - 1).isLetterOrNumber();
        const bool endOk = end >= text.size() || !text.at(end).isLetterOrNumber();
        if (startOk && endOk)
            return true;
        from = end;
    }
    return false;
}

} // namespace

SourcePath parseSourcePath(const QString &path)
{
    // Accept "data/3/...", "/data/3/...", "@data/3/...", "#/data/3/..." (JSON pointer forms).
    static const QRegularExpression pattern(QStringLiteral("^[@#]?/?data/(\\d+)(?:/(.*))?$"));
    const auto match = pattern.match(path.trimmed());
    if (!match.hasMatch())
        return {};
    bool ok = false;
    const int index = match.captured(1).toInt(&ok);
    if (!ok)
        return {};
    return {index, match.captured(2)};
}

Mapping map(const QStringList &submittedIds, const ProblemList &problems)
{
    Mapping mapping;
    const auto validIndex = [&submittedIds](int i) { return i >= 0 && i < submittedIds.size(); };

    for (Problem problem : problems) {
        int index = instanceIndex(problem.instance);
        QString field;
        // The first source path that points into data gives the field (and the item, if the
        // instance did not).
        for (auto it = problem.source.cbegin(); it != problem.source.cend(); ++it) {
            const SourcePath source = parseSourcePath(it.value());
            if (source.index < 0)
                continue;
            if (!validIndex(index))
                index = source.index;
            if (source.index == index) {
                field = source.field;
                break;
            }
        }
        if (!validIndex(index)) {
            index = -1;
            for (int i = 0; i < submittedIds.size() && index < 0; ++i)
                if (mentionsId(problem.instance, submittedIds.at(i))
                    || mentionsId(problem.detail, submittedIds.at(i)))
                    index = i;
        }
        if (index < 0) {
            problem.segmentId.clear();
            mapping.batch.append(problem);
            continue;
        }
        problem.segmentId = submittedIds.at(index);
        if (!field.isEmpty())
            problem.field = field;
        mapping.bySegment[problem.segmentId].append(problem);
    }
    return mapping;
}

ChunkResult reconcile(const QStringList &submittedIds,
                      const SegmentJson::SegmentListResponse &answer)
{
    Mapping mapping = map(submittedIds, answer.errors + answer.warnings);

    QHash<QString, const AudienceSegment *> returned;
    for (const AudienceSegment &segment : answer.data)
        returned.insert(segment.id, &segment);

    ChunkResult result;
    result.batchProblems = mapping.batch;
    QSet<QString> seen;
    for (const QString &id : submittedIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        SegmentOutcome outcome;
        outcome.segmentId = id;
        outcome.problems = mapping.bySegment.value(id);
        if (const AudienceSegment *entity = returned.value(id)) {
            outcome.entity = *entity;
            outcome.status = outcome.problems.isEmpty() ? SegmentOutcome::Status::Updated
                                                        : SegmentOutcome::Status::Warned;
        } else if (outcome.problems.isEmpty()) {
            // Neither applied nor refused: the answer left it out, and the server may well have
            // applied it. Unknown, so the next send reloads it before sending anything again.
            outcome.status = SegmentOutcome::Status::Unknown;
            Problem missing;
            missing.origin = Problem::Origin::Server;
            missing.severity = Problem::Severity::Error;
            missing.segmentId = id;
            missing.type = QStringLiteral("unknown");
            missing.code = QStringLiteral("answer-incomplete");
            missing.title = QCoreApplication::translate("ProblemMapper", "Not in the answer");
            missing.detail = QCoreApplication::translate(
                    "ProblemMapper",
                    "The server's answer neither lists this segment as updated nor gives a "
                    "reason, so whether the change was applied is unknown. It is reloaded and "
                    "reconciled before anything is sent again.");
            outcome.problems.append(missing);
        } else {
            outcome.status = SegmentOutcome::Status::Failed;
            // A failure the server filed under warnings is still a failure: the segment did not
            // change.
            for (Problem &problem : outcome.problems)
                problem.severity = Problem::Severity::Error;
        }
        result.outcomes.append(outcome);
    }
    return result;
}

ChunkResult reconcileCreated(const QStringList &submittedIds, const QList<QJsonObject> &resources,
                             const SegmentJson::SegmentListResponse &answer)
{
    const Mapping mapping = map(submittedIds, answer.errors + answer.warnings);
    const auto nameOf = [&resources](qsizetype i) {
        return i < resources.size() ? resources.at(i)
                                              .value(QLatin1String("attributes"))
                                              .toObject()
                                              .value(QLatin1String("name"))
                                              .toString()
                                              .trimmed()
                                    : QString();
    };
    const auto hasError = [&mapping](const QString &id) {
        const ProblemList problems = mapping.bySegment.value(id);
        return std::any_of(problems.cbegin(), problems.cend(),
                           [](const Problem &p) { return p.severity == Problem::Severity::Error; });
    };
    const auto hasProblem
            = [&mapping](const QString &id) { return !mapping.bySegment.value(id).isEmpty(); };
    // The items that may have been created, in request order: those no error names; when the
    // answer holds fewer segments, the server may have failed the warned ones too.
    QList<qsizetype> candidates;
    for (qsizetype i = 0; i < submittedIds.size(); ++i)
        if (!hasError(submittedIds.at(i)))
            candidates.append(i);
    if (candidates.size() != answer.data.size()) {
        QList<qsizetype> clean;
        for (const qsizetype i : std::as_const(candidates))
            if (!hasProblem(submittedIds.at(i)))
                clean.append(i);
        if (clean.size() == answer.data.size())
            candidates = clean;
    }
    const bool matched = candidates.size() == answer.data.size();
    QHash<qsizetype, const AudienceSegment *> createdAt;
    if (matched) {
        for (qsizetype k = 0; k < candidates.size(); ++k) {
            const AudienceSegment &entity = answer.data.at(k);
            if (entity.id.isEmpty()
                || entity.name.value_or(QString()).trimmed() != nameOf(candidates.at(k))) {
                createdAt.clear(); // the answer is not in the order sent: nothing is certain
                break;
            }
            createdAt.insert(candidates.at(k), &entity);
        }
    }
    const bool certain = matched && createdAt.size() == candidates.size();
    const QSet<qsizetype> mayHave(candidates.cbegin(), candidates.cend());

    ChunkResult result;
    result.batchProblems = mapping.batch;
    for (qsizetype i = 0; i < submittedIds.size(); ++i) {
        const QString &id = submittedIds.at(i);
        SegmentOutcome outcome;
        outcome.segmentId = id;
        outcome.problems = mapping.bySegment.value(id);
        if (certain && createdAt.contains(i)) {
            outcome.entity = *createdAt.value(i);
            outcome.status = outcome.problems.isEmpty() ? SegmentOutcome::Status::Updated
                                                        : SegmentOutcome::Status::Warned;
        } else if (!certain && mayHave.contains(i)) {
            outcome.status = SegmentOutcome::Status::Unknown;
            Problem unclear;
            unclear.origin = Problem::Origin::Server;
            unclear.severity = Problem::Severity::Error;
            unclear.segmentId = id;
            unclear.title = QCoreApplication::translate("ProblemMapper", "Answer unclear");
            unclear.detail = QCoreApplication::translate(
                    "ProblemMapper",
                    "The server's answer does not say for sure which segments it created. "
                    "Segment Editor looks for this one by name before sending anything again.");
            outcome.problems.append(unclear);
        } else {
            outcome.status = SegmentOutcome::Status::Failed;
            for (Problem &problem : outcome.problems)
                problem.severity = Problem::Severity::Error;
            if (outcome.problems.isEmpty()) {
                Problem missing;
                missing.origin = Problem::Origin::Server;
                missing.severity = Problem::Severity::Error;
                missing.segmentId = id;
                missing.title = QCoreApplication::translate("ProblemMapper", "Not created");
                missing.detail = QCoreApplication::translate(
                        "ProblemMapper",
                        "The server's answer does not list this segment as created and gives no "
                        "reason. Send it again.");
                outcome.problems.append(missing);
            }
        }
        result.outcomes.append(outcome);
    }
    return result;
}

} // namespace ProblemMapper
