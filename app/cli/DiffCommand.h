#pragma once

#include <QCoreApplication>
#include <QStringList>

class ChangePlan;
class QTextStream;
struct WorkingSet;

// `segmentctl diff FILE [--json] [--chunk-size N]`: what a push would send. Readable: per segment,
// one `field: old -> new` line per changed field. With --json: the exact PATCH request bodies,
// chunk by chunk, as a JSON array. Segments that would not be sent (excluded, invalid) are named on
// stderr. Exit 0, or 1 when the file cannot be read.
class DiffCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)

public:
    static int run(const QStringList &arguments);

    // The readable form of the sendable changes (push --dry-run prints it too).
    static void describe(const WorkingSet &set, const ChangePlan &plan, QTextStream &out);
    // One line per change that would not be sent, and why.
    static void describeNotSent(const ChangePlan &plan, const QString &file, QTextStream &err);
};
