#include "PushCommand.h"

#include "ChangePlan.h"
#include "CliCommand.h"
#include "CliCommandLine.h"
#include "CliConnection.h"
#include "CliFormat.h"
#include "DiffCommand.h"
#include "InterruptWatcher.h"
#include "PushRunner.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace {

// --dry-run: what would be sent, without a connection, without writing anything.
int dryRun(const WorkingSet &set, const QString &path, int chunkSize, QTextStream &out,
           QTextStream &err)
{
    int unknown = 0;
    for (const WorkingSetEntry &entry : set.segments)
        unknown += entry.outcome && entry.outcome->status == SegmentOutcome::Status::Unknown
                        && entry.hasChange()
                ? 1
                : 0;
    if (QFile::exists(PushRunner::journalPath(path)))
        err << PushCommand::tr("An interrupted push left %1: a real push first reloads the "
                               "segments it sent without an answer and reconciles them.")
                        .arg(PushRunner::journalPath(path))
            << Qt::endl;
    else if (unknown > 0)
        err << PushCommand::tr("A real push first reloads the %n segment(s) whose last answer "
                               "was lost and reconciles them.",
                               nullptr, unknown)
            << Qt::endl;

    const ChangePlan plan = ChangePlan::of(set);
    DiffCommand::describe(set, plan, out);
    DiffCommand::describeNotSent(plan, path, err);
    err << PushCommand::tr("Dry run: %n change(s) would be sent in %1 request(s); nothing was "
                           "sent or written.",
                           nullptr, int(plan.sendable().size()))
                    .arg(plan.requestBodies(chunkSize).size())
        << Qt::endl;
    return CliExit::Ok;
}

} // namespace

int PushCommand::run(const QStringList &arguments)
{
    CliCommandLine commandLine(
            QStringLiteral("push"),
            QStringLiteral("FILE [--chunk-size N] [--report REPORT.json] [--dry-run] [--overwrite] "
                           "[--confirm-used] [--history HISTORY.sqlite] [options]"),
            tr("Sends the changes of a working set with the bulk PATCH and writes each segment's "
               "outcome back into FILE: updated segments take the server's version, failed and "
               "unsent ones keep your edit and say why. Excluded and invalid segments are not "
               "sent. FILE.journal records every request before it leaves and its answer after, "
               "and FILE is written before the first request, every few seconds while answers "
               "come and at the end, so an interrupted push is reconciled by the next one: "
               "nothing is sent twice.\n\nExit status: 0 every change was applied; 2 some failed, "
               "were not sent, "
               "or the push was cancelled; 1 a usage, file, credentials or connection error."));
    commandLine.addPositional(QStringLiteral("FILE"), tr("The working set to push."));
    const QCommandLineOption chunkSize(QStringLiteral("chunk-size"),
                                       tr("Segments per request (default 50)."), tr("N"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("Write what became of each segment to this JSON file."),
                                    tr("REPORT.json"));
    const QCommandLineOption dryRunOption(
            QStringLiteral("dry-run"),
            tr("Print what would be sent; send nothing, write nothing, need no credentials."));
    const QCommandLineOption overwrite(
            QStringLiteral("overwrite"),
            tr("Send your values even for fields that were changed on the server since the pull "
               "(without it, such segments are reported as conflicts and not sent)."));
    const QCommandLineOption confirmUsed(
            QStringLiteral("confirm-used"),
            tr("Delete, or make reach fewer people, segments that audiences use (they are listed "
               "first). Without it, a push with such a change sends nothing."));
    const QCommandLineOption history(
            QStringLiteral("history"),
            tr("Record the push in this send history (default: the one Segment Editor uses)."),
            tr("HISTORY.sqlite"));
    const QCommandLineOption noHistory(QStringLiteral("no-history"),
                                       tr("Do not record the push in the send history."));
    commandLine.addOptions(
            {chunkSize, report, dryRunOption, overwrite, confirmUsed, history, noHistory});
    commandLine.addOptions(CliConnection::options());
    if (const auto exit = commandLine.parse(arguments, 1))
        return *exit;
    if (commandLine.positional().isEmpty())
        return commandLine.usageError(tr("Name the working set to push: segmentctl push FILE."));
    int chunk = 50;
    if (!commandLine.intValue(QStringLiteral("chunk-size"), 1, 1000, &chunk))
        return CliExit::Usage;
    const QString reportPath = commandLine.value(QStringLiteral("report"));
    if (commandLine.isSet(QStringLiteral("report")) && reportPath.isEmpty())
        return commandLine.usageError(tr("--report needs a file name."));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString path = commandLine.positional().first();
    if (commandLine.isSet(QStringLiteral("dry-run"))) {
        const auto set = CliFormat::readWorkingSet(path, err);
        if (!set)
            return CliExit::Failure;
        return dryRun(*set, path, chunk, out, err);
    }
    // Only the entries a send may touch are decoded: a push costs what it sends, not what the
    // file holds.
    QString readError;
    const auto file = WorkingSetFile::read(path, &readError);
    if (!file) {
        err << readError << Qt::endl;
        return CliExit::Failure;
    }

    ApiConfig defaults;
    defaults.baseUrl = file->workingSet().baseUrl;
    defaults.apiVersion = file->workingSet().apiVersion;
    CliConnection connection;
    QString error;
    if (!connection.configure(commandLine, defaults, &error))
        return commandLine.usageError(error);

    PushRunner::Options options;
    options.path = path;
    options.chunkSize = chunk;
    options.overwrite = commandLine.isSet(QStringLiteral("overwrite"));
    options.confirmUsed = commandLine.isSet(QStringLiteral("confirm-used"));
    options.historyPath = commandLine.value(QStringLiteral("history"));
    options.recordHistory = !commandLine.isSet(QStringLiteral("no-history"));
    PushRunner runner(*file, options, &connection, out, err);

    QEventLoop loop;
    QObject::connect(&runner, &PushRunner::finished, &loop, &QEventLoop::quit);
    bool stoppedAtOnce = false;
    int signalsReceived = 0;
    const std::unique_ptr<InterruptWatcher> watcher = InterruptWatcher::create();
    QObject::connect(watcher.get(), &InterruptWatcher::interrupted, &runner, [&] {
        if (++signalsReceived == 1) {
            runner.cancel();
            return;
        }
        // The second signal: leave now. The file holds every answer so far and the journal what
        // is still in flight; the next push reconciles it.
        stoppedAtOnce = true;
        runner.saveNow();
        err << tr("Stopped. %1 records the requests still in flight; the next push reconciles "
                  "them.")
                        .arg(PushRunner::journalPath(path))
            << Qt::endl;
        loop.quit();
    });
    QMetaObject::invokeMethod(&runner, &PushRunner::start, Qt::QueuedConnection);
    loop.exec();

    int exitCode = stoppedAtOnce ? CliExit::Incomplete : runner.exitCode();
    if (!reportPath.isEmpty() && runner.hasReport()) {
        const QByteArray json
                = QJsonDocument(runner.report().toJson()).toJson(QJsonDocument::Indented);
        QString reportError;
        if (!CliFormat::writeFile(reportPath, json, &reportError)) {
            err << reportError << Qt::endl;
            exitCode = CliExit::Failure;
        }
    }
    return exitCode;
}
