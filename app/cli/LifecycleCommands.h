#pragma once

#include <QCoreApplication>
#include <QStringList>

// The life of segments in a working set, as the window's New Segment, Duplicate and Delete do it
// (SegmentEditor, one implementation): `push` then creates or deletes them on Criteo.
//
//   segmentctl new FILE --advertiser ID --type TYPE --name NAME [settings] [--json]
//       adds a new segment (temporary id "new-<n>", printed on stdout);
//   segmentctl duplicate FILE ID... [--json]
//       adds a copy of each segment under a unique name ("… (copy)"), printing "ID<TAB>new id";
//   segmentctl delete FILE ID... [--keep] [--json]
//       marks segments for deletion by the next push (--keep takes the mark away); a new
//       segment that was never pushed is simply removed.
// The file is rewritten atomically, only when something changed. Exit 1 on a usage error, an
// unknown id or a file that cannot be read or written.
class LifecycleCommands
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleCommands)

public:
    static int runNew(const QStringList &arguments);
    static int runDuplicate(const QStringList &arguments);
    static int runDelete(const QStringList &arguments);
};
