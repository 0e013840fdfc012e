#pragma once

#include <QCoreApplication>
#include <QStringList>

// The send history from a terminal (SendHistory, SendDiagnostics and SendRevert: the window's
// History panel does the same with the same classes).
//
//   segmentctl history [--segment ID|TEXT] [--outcome OUTCOME] [--advertiser ID] [--base-url URL]
//                      [--limit N] [--json]
//       lists the sends, newest first;
//   segmentctl history ID [--json | --csv | --diagnostics [--segment ID]]
//       shows one: per segment the fields sent with their values before and after, the outcome,
//       the problems with their codes and trace ids; or exports it, or prints its support report;
//   segmentctl history --keep N
//       keeps at most the last N sends (the oldest go now and after each send).
//   segmentctl revert FILE --send ID [--json] [connection options]
//       writes the reverse edits of a send into the working set FILE (made when it does not
//       exist), checked against the server's current copies: fields changed there since the send
//       are conflicts, left for the user to resolve before `segmentctl push`.
// --history FILE names the history (default: the one Segment Editor uses). Exit 1 on a usage
// error, an unknown send, or a file, history or connection error.
class HistoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommands)

public:
    static int runHistory(const QStringList &arguments);
    static int runRevert(const QStringList &arguments);
};
