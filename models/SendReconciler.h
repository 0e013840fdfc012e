#pragma once

#include "AudienceSegment.h"

#include <QJsonObject>

// After an answer was lost, decides from the server's current copy whether a sent patch was
// applied: it was when every field the patch carried now holds the value it sent.
namespace SendReconciler {

enum class Verdict {
    Applied,    // the server holds what was sent
    NotApplied, // at least one field differs: the edit still has to be sent
    Gone        // the segment is not on the server any more
};

// `sentFrom` is the user's version the patch was built from (the row's edited segment), `patch`
// the resource that was sent, `server` the copy reloaded after the fact (nullopt when not found).
Verdict verdict(const AudienceSegment &sentFrom, const QJsonObject &patch,
                const std::optional<AudienceSegment> &server);

} // namespace SendReconciler
