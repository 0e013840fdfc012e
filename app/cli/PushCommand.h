#pragma once

#include <QCoreApplication>
#include <QStringList>

// `segmentctl push FILE [--chunk-size N] [--report REPORT.json] [--dry-run]`: sends the changes of
// a working set (PushRunner does the work) and writes the outcomes back into FILE; Ctrl+C (or
// SIGTERM on Unix) cancels cleanly (a second one stops at once). Exit 0 when every change was
// applied, 2 when some failed, were not sent or the push was cancelled, 1 for a usage, file,
// credentials or connection error that stopped it before sending.
class PushCommand
{
    Q_DECLARE_TR_FUNCTIONS(PushCommand)

public:
    static int run(const QStringList &arguments);
};
