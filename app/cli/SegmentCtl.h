#pragma once

#include "CliCommand.h"

#include <QList>

// segmentctl's front door: the table of commands and the dispatch
// (`segmentctl <command> [options]`, `segmentctl --help`, `segmentctl help <command>`).
// Add a command by writing its run function in its own file and listing it in commands().
namespace SegmentCtl {

QList<CliCommand> commands();

// Runs the command named by arguments[1]; returns the process exit code.
int run(const QStringList &arguments);

} // namespace SegmentCtl
