#pragma once

#include "AudienceSegment.h"
#include "Problem.h"

#include <optional>

// What became of one segment's change after a send.
struct SegmentOutcome
{
    enum class Status {
        Updated, // the server applied the change
        Warned,  // applied, with warnings to look at
        Failed,  // not applied; the problems say why
        NotSent, // never left the machine (cancelled, or an earlier failure stopped the job)
        Unknown  // sent, but the answer was lost: reload to find out
    };

    QString segmentId;
    Status status = Status::NotSent;
    std::optional<AudienceSegment> entity; // the server's version, when updated or warned
    ProblemList problems;

    // "updated", "warned", "failed", "not-sent", "unknown" (reports and working-set files).
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
};
