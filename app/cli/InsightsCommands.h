#pragma once

#include <QCoreApplication>
#include <QStringList>

// `segmentctl sizes [FILE] [--id ID…] [--no-estimate] [--json]`: the current size of each saved
// segment (compute-sizes, 100 ids a request) and, for the rows of FILE whose in-market or location
// definition is edited, the estimated size of the edit (estimate-size, one a request).
// `segmentctl used-by [FILE] [--id ID…] [--json]`: the audiences, with their ad sets, that use
// each segment (audiences/search by segment ids, paged).
// Both print one tab-separated line per answer on stdout (or a JSON array with --json) and what
// could not be had on stderr; exit 1 when a request failed as a whole.
class SizesCommand
{
    Q_DECLARE_TR_FUNCTIONS(SizesCommand)

public:
    static int run(const QStringList &arguments);
};

class UsedByCommand
{
    Q_DECLARE_TR_FUNCTIONS(UsedByCommand)

public:
    static int run(const QStringList &arguments);
};
