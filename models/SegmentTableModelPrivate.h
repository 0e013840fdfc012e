#pragma once

#include "SegmentTableModel.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

// Internal to SegmentTableModel, whose member functions are defined in SegmentTableModel.cpp (the
// item model and its texts), SegmentTableModelRows.cpp (derived state, loading, edits) and
// SegmentTableModelSend.cpp (the send, the server's copies, conflicts, exclusion and the views of
// the whole set). Not part of the model's API: included by those files only.

// What a row holds beyond its original; allocated only for rows that were edited, validated
// with a problem, sent or are being sent, so that 100 000 untouched rows cost their originals.
struct SegmentTableModel::RowDetail
{
    std::optional<AudienceSegment> edited; // nothing: the same as the original
    QStringList changedFields;             // PatchBuilder::changedFields(original, edited)
    ProblemList validation;
    std::optional<SegmentOutcome::Status> outcome;
    // The edited version the current send or the last outcome is about: an outcome describes the
    // row only while the user's version is still this one (undoing back to it brings it back).
    std::optional<AudienceSegment> outcomeVersion;
    ProblemList sendProblems;
    bool sending = false;
    // A conflict with the server's copy (the original): the version the user started from, and
    // the fields not yet resolved. A field stays here until the user resolves it, even while the
    // edit happens to agree with the server (after a revert, say): an undo can bring the user's
    // value back, and it must not then overwrite the server's silently. Only the fields the patch
    // still carries are shown (visibleConflicts).
    std::optional<AudienceSegment> conflictBase;
    QStringList conflictFields;
    // The last send created it (Updated then reads Created).
    bool created = false;

    bool isEmpty() const
    {
        return !edited && changedFields.isEmpty() && validation.isEmpty() && !outcome
                && !outcomeVersion && sendProblems.isEmpty() && !sending && !conflictBase
                && !created;
    }
};

// Rows touched by one operation: their state before it (for counts and signals) and whether
// their content (original or edited) changed. commit() derives the rest and signals once.
struct SegmentTableModel::Pending
{
    QHash<int, Snapshot> before;
    QHash<int, bool> touched;  // row -> content changed
    QSet<NameKey> keysToCheck; // name keys whose collisions may have changed
};

namespace SegmentTableModelInternal {

// Type, advertiser, id and timestamps belong to the server: an edited version never changes them.
inline void keepReadOnly(const AudienceSegment &original, AudienceSegment &edited)
{
    edited.id = original.id;
    edited.advertiserId = original.advertiserId;
    edited.type = original.type;
    edited.createdAt = original.createdAt;
    edited.updatedAt = original.updatedAt;
}

inline bool hasErrors(const ProblemList &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const Problem &p) { return p.severity == Problem::Severity::Error; });
}

} // namespace SegmentTableModelInternal
