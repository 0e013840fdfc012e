#pragma once

#include <QString>
#include <QStringList>

// One subcommand of segmentctl: the word that selects it, a one-line summary for the command list,
// and the function that runs it. `arguments` starts with the program name followed by the
// command's own arguments (the command word removed), ready for QCommandLineParser.
struct CliCommand
{
    QString name;
    QString summary; // translated
    int (*run)(const QStringList &arguments);
};

// Exit codes shared by every command.
namespace CliExit {
constexpr int Ok = 0;
constexpr int Failure = 1; // the job could not be done
constexpr int Usage = 2;   // wrong command line
} // namespace CliExit
