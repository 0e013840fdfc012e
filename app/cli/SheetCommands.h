#pragma once

#include <QCoreApplication>
#include <QStringList>

// The spreadsheet round trip for scripts, as the window's Export and Import do it (SegmentSheet,
// SheetImport and ChangeSet in models/, one implementation):
//
//   segmentctl export WS.json -o FILE [--id ID]... [--type TYPE]... [--separator SEP] [--changes]
//       writes the segments (their edited versions) as a CSV sheet, and their points of interest
//       beside it (FILE-points.csv); with --changes, the pending edits as a change set (JSON, or
//       CSV when FILE ends in .csv);
//   segmentctl import FILE --into WS.json [--points FILE] [--dry-run] [-o OUT]
//       reads a sheet (or a change set) as edits of the working set, applies the good rows and
//       prints a JSON report of what was applied and refused.
// Exit status: 0 done; 1 a usage or file error; 2 import: some rows were refused or some fields
// were in conflict (nothing of those was applied; the rest was).
class SheetCommands
{
    Q_DECLARE_TR_FUNCTIONS(SheetCommands)

public:
    static int runExport(const QStringList &arguments);
    static int runImport(const QStringList &arguments);
};
