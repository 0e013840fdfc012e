#include "CheckCommand.h"

#include "ChangePlan.h"
#include "CliCommand.h"
#include "CliCommandLine.h"
#include "CliFormat.h"

#include <QTextStream>

int CheckCommand::run(const QStringList &arguments)
{
    CliCommandLine commandLine(
            QStringLiteral("check"), QStringLiteral("FILE"),
            tr("Checks the edits of a working set before anything is sent: one line per problem "
               "(segment id, field path, message, tab-separated). Exit status 1 if any problem "
               "is an error, 0 if there are only warnings or none. Excluded segments are not "
               "checked."));
    commandLine.addPositional(QStringLiteral("FILE"), tr("The working set to check."));
    if (const auto exit = commandLine.parse(arguments, 1))
        return *exit;
    if (commandLine.positional().isEmpty())
        return commandLine.usageError(tr("Name the working set to check: segmentctl check FILE."));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto set = CliFormat::readWorkingSet(commandLine.positional().first(), err);
    if (!set)
        return CliExit::Failure;

    int errors = 0;
    int warnings = 0;
    int segments = 0;
    int excluded = 0;
    const ChangePlan plan = ChangePlan::of(*set);
    for (const ChangePlan::Change &change : plan.changes()) {
        if (change.excluded) {
            ++excluded;
            continue;
        }
        if (!change.problems.isEmpty())
            ++segments;
        for (const Problem &problem : change.problems) {
            const bool warning = problem.severity == Problem::Severity::Warning;
            (warning ? warnings : errors) += 1;
            const QString message = CliFormat::problemText(problem);
            out << change.id << QLatin1Char('\t') << problem.field << QLatin1Char('\t')
                << (warning ? tr("warning: %1").arg(message) : message) << QLatin1Char('\n');
        }
    }
    out.flush();

    const int changed = int(plan.changes().size()) - excluded;
    if (errors + warnings == 0)
        err << tr("No problems in %n changed segment(s).", nullptr, changed);
    else
        err << tr("Errors: %1, warnings: %2, in %n segment(s).", nullptr, segments)
                        .arg(errors)
                        .arg(warnings);
    if (excluded > 0)
        err << QLatin1Char(' ') << tr("%n excluded segment(s) not checked.", nullptr, excluded);
    err << Qt::endl;
    return errors > 0 ? CliExit::Failure : CliExit::Ok;
}
