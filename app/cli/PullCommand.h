#pragma once

#include <QCoreApplication>
#include <QStringList>

// `segmentctl pull --advertiser ID… [--type TYPE…] [--id ID…] -o FILE [--force]`: loads segments
// (paged search) into a new working set, with progress on stderr. An existing FILE with unsent
// edits, or one that is not a working set, is not overwritten without --force.
class PullCommand
{
    Q_DECLARE_TR_FUNCTIONS(PullCommand)

public:
    static int run(const QStringList &arguments);
};
