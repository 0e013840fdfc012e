#pragma once

#include <QCoreApplication>
#include <QStringList>

// `segmentctl check FILE`: validates the edits of a working set as the editor does before a send.
// One line per problem on stdout (segment id, field path, message, tab-separated; warnings'
// messages start with "warning: "), a count on stderr. Exit 1 if any error, 0 with warnings only.
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static int run(const QStringList &arguments);
};
