#pragma once

#include "AudienceSegment.h"

#include <QStringList>

// When the server's copy of a segment changed after the user loaded it (someone else edited it in
// Criteo's UI, another tool, a colleague), the user's edit must neither overwrite that silently nor
// be lost. Fields are compared three ways: the version the user started from (base), the user's
// version (mine) and the server's current copy.
namespace SegmentConflicts {

// API paths of the fields both the user and the server changed since `base`, to different values.
// Fields only the server changed are not conflicts: the user's edit does not touch them.
QStringList conflictingFields(const AudienceSegment &base, const AudienceSegment &mine,
                              const AudienceSegment &server);

// The user's version carried over to `server`: every field the user changed keeps the user's
// value, everything else follows the server.
AudienceSegment rebase(const AudienceSegment &base, const AudienceSegment &mine,
                       const AudienceSegment &server);

// Whether the server's copy differs from `base` in anything the API lets the editor change
// (timestamps and read-only settings aside).
bool serverChanged(const AudienceSegment &base, const AudienceSegment &server);

} // namespace SegmentConflicts
