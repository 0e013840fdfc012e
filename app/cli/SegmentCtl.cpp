#include "SegmentCtl.h"

#include "AdvertisersCommand.h"
#include "CheckCommand.h"
#include "CliConnection.h"
#include "DiffCommand.h"
#include "HistoryCommands.h"
#include "InsightsCommands.h"
#include "LifecycleCommands.h"
#include "PoisCommand.h"
#include "PullCommand.h"
#include "PushCommand.h"
#include "ServeDemoCommand.h"
#include "SheetCommands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

QString usage()
{
    QString text = QCoreApplication::translate("SegmentCtl", "Usage: %1 <command> [options]")
                           .arg(QStringLiteral("segmentctl"))
            + QLatin1String("\n\n") + QCoreApplication::translate("SegmentCtl", "Commands:")
            + QLatin1Char('\n');
    for (const CliCommand &c : SegmentCtl::commands())
        text += QLatin1String("  ") + c.name.leftJustified(14) + c.summary + QLatin1Char('\n');
    text += QLatin1Char('\n')
            + QCoreApplication::translate(
                      "SegmentCtl",
                      "Credentials: --client-id ID or CRITEO_CLIENT_ID, with the secret in\n"
                      "  CRITEO_CLIENT_SECRET or the keychain (never on the command line);\n"
                      "  or --token-env VAR with a bearer token in the variable VAR.\n"
                      "Exit status: 0 done; 1 a usage, file, credentials or connection error;\n"
                      "  2 push: some changes were not applied (see its report); import: some\n"
                      "  rows were refused or in conflict.\n\n"
                      "Run “%1 <command> --help” for the options of a command.")
                      .arg(QStringLiteral("segmentctl"))
            + QLatin1Char('\n');
    return text;
}

} // namespace

namespace SegmentCtl {

QList<CliCommand> commands()
{
    return {
            {QStringLiteral("advertisers"),
             QCoreApplication::translate("SegmentCtl", "List the advertisers you can reach"),
             &AdvertisersCommand::run},
            {QStringLiteral("pull"),
             QCoreApplication::translate("SegmentCtl", "Load segments into a working set file"),
             &PullCommand::run},
            {QStringLiteral("check"),
             QCoreApplication::translate("SegmentCtl", "Validate the edits of a working set"),
             &CheckCommand::run},
            {QStringLiteral("diff"),
             QCoreApplication::translate("SegmentCtl", "Show what a push would send"),
             &DiffCommand::run},
            {QStringLiteral("push"),
             QCoreApplication::translate("SegmentCtl",
                                         "Send the changes and record each segment's outcome"),
             &PushCommand::run},
            {QStringLiteral("history"),
             QCoreApplication::translate("SegmentCtl",
                                         "List the sends made, show one, export it or report it"),
             &HistoryCommands::runHistory},
            {QStringLiteral("revert"),
             QCoreApplication::translate("SegmentCtl",
                                         "Write the reverse edits of a send into a working set"),
             &HistoryCommands::runRevert},
            {QStringLiteral("new"),
             QCoreApplication::translate("SegmentCtl",
                                         "Add a new segment to a working set, for push to create"),
             &LifecycleCommands::runNew},
            {QStringLiteral("duplicate"),
             QCoreApplication::translate("SegmentCtl", "Add copies of segments under new names"),
             &LifecycleCommands::runDuplicate},
            {QStringLiteral("delete"),
             QCoreApplication::translate("SegmentCtl",
                                         "Mark segments for push to delete them on Criteo"),
             &LifecycleCommands::runDelete},
            {QStringLiteral("sizes"),
             QCoreApplication::translate("SegmentCtl",
                                         "Print current sizes, and estimates of edited ones"),
             &SizesCommand::run},
            {QStringLiteral("used-by"),
             QCoreApplication::translate("SegmentCtl",
                                         "Print the audiences and ad sets that use segments"),
             &UsedByCommand::run},
            {QStringLiteral("export"),
             QCoreApplication::translate("SegmentCtl",
                                         "Write segments to a CSV sheet, or edits to a change set"),
             &SheetCommands::runExport},
            {QStringLiteral("import"),
             QCoreApplication::translate("SegmentCtl",
                                         "Read an edited sheet or a change set as edits"),
             &SheetCommands::runImport},
            {QStringLiteral("pois"),
             QCoreApplication::translate("SegmentCtl",
                                         "Normalise points of interest from pasted text"),
             &PoisCommand::run},
            {QStringLiteral("serve-demo"),
             QCoreApplication::translate("SegmentCtl",
                                         "Run a local server that behaves like the Criteo API"),
             &runServeDemo},
    };
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString first = arguments.value(1);
    if (first.isEmpty()) {
        err << usage();
        return CliExit::Usage;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || (first == QLatin1String("help") && arguments.size() == 2)) {
        out << usage();
        return CliExit::Ok;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QCoreApplication::applicationName() << QLatin1Char(' ')
            << QCoreApplication::applicationVersion() << Qt::endl;
        return CliExit::Ok;
    }

    // "help <command>" is "<command> --help".
    QString name = first;
    QStringList rest = arguments.mid(2);
    if (first == QLatin1String("help")) {
        name = arguments.at(2);
        rest = {QStringLiteral("--help")};
    }
    const QString refused = CliConnection::refuseSecretArgument(rest);
    if (!refused.isEmpty()) {
        err << refused << Qt::endl;
        return CliExit::Usage;
    }
    for (const CliCommand &c : commands()) {
        if (c.name == name)
            return c.run(QStringList{arguments.value(0)} + rest);
    }
    err << QCoreApplication::translate("SegmentCtl", "Unknown command “%1”.").arg(name)
        << QLatin1String("\n\n") << usage();
    return CliExit::Usage;
}

} // namespace SegmentCtl
