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

// Exit codes shared by every command. A wrong command line is an error like any other that stops
// the job (1), so that 2 has one meaning only: a push that ran but did not apply every change.
namespace CliExit {
constexpr int Ok = 0;
constexpr int Failure = 1;    // the job could not be done: file, network or credentials
constexpr int Usage = 1;      // wrong command line
constexpr int Incomplete = 2; // push: some changes failed, were not sent, or the push was cancelled
} // namespace CliExit
