#include "SegmentConflicts.h"

#include "PatchBuilder.h"
#include "SegmentFields.h"

namespace SegmentConflicts {

QStringList conflictingFields(const AudienceSegment &base, const AudienceSegment &mine,
                              const AudienceSegment &server)
{
    const QStringList theirs = PatchBuilder::changedFields(base, server);
    QStringList conflicts;
    for (const QString &field : PatchBuilder::changedFields(base, mine)) {
        if (!theirs.contains(field))
            continue;
        // Both changed it: a conflict unless they agree.
        AudienceSegment withMine = server;
        if (!SegmentFields::copyField(mine, withMine, field)
            || PatchBuilder::changedFields(server, withMine).contains(field))
            conflicts.append(field);
    }
    return conflicts;
}

AudienceSegment rebase(const AudienceSegment &base, const AudienceSegment &mine,
                       const AudienceSegment &server)
{
    AudienceSegment rebased = server;
    for (const QString &field : PatchBuilder::changedFields(base, mine)) {
        if (!SegmentFields::copyField(mine, rebased, field)) {
            // A field that cannot move alone: keep the user's version whole, on the server's ids.
            rebased = mine;
            rebased.updatedAt = server.updatedAt;
            return rebased;
        }
    }
    return rebased;
}

bool serverChanged(const AudienceSegment &base, const AudienceSegment &server)
{
    return !PatchBuilder::changedFields(base, server).isEmpty();
}

} // namespace SegmentConflicts
