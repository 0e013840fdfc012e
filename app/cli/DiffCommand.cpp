#include "DiffCommand.h"

#include "ChangePlan.h"
#include "CliCommand.h"
#include "CliCommandLine.h"
#include "CliFormat.h"
#include "SegmentJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

void DiffCommand::describe(const WorkingSet &set, const ChangePlan &plan, QTextStream &out)
{
    for (const ChangePlan::Change &change : plan.sendable()) {
        const WorkingSetEntry &entry = set.segments.at(change.entry);
        const QJsonObject before = SegmentJson::toResource(entry.original);
        const QJsonObject after = SegmentJson::toResource(entry.wanted());
        if (change.lifecycle == SegmentLifecycle::ToDelete) {
            out << tr("%1 (%2) “%3”: delete", "segment id (type) “name”: delete")
                            .arg(change.id, SegmentEnums::toString(entry.original.type),
                                 entry.original.name.value_or(QString()))
                << QLatin1Char('\n');
            continue;
        }
        if (change.lifecycle == SegmentLifecycle::New)
            out << tr("%1 (%2) “%3”: create", "temporary id (type) “name”: create")
                            .arg(change.id, SegmentEnums::toString(entry.original.type),
                                 entry.wanted().name.value_or(QString()))
                << QLatin1Char('\n');
        else
            out << tr("%1 (%2) “%3”", "segment id (type) “name”")
                            .arg(change.id, SegmentEnums::toString(entry.original.type),
                                 entry.original.name.value_or(QString()))
                << QLatin1Char('\n');
        for (const QString &field : change.changedFields) {
            const QJsonValue oldValue = CliFormat::valueAt(before, field);
            const QJsonValue newValue = CliFormat::valueAt(after, field);
            out << QLatin1String("  ") << field << QLatin1String(": ");
            // The patch builder echoes a few fields with a change (registryType with a
            // location): they are in the request, so they are listed, as what they are.
            if (oldValue == newValue)
                out << tr("%1 (unchanged; required with this change)")
                                .arg(CliFormat::jsonText(newValue));
            else
                out << CliFormat::jsonText(oldValue) << QLatin1String(" -> ")
                    << CliFormat::jsonText(newValue);
            out << QLatin1Char('\n');
        }
    }
    out.flush();
}

void DiffCommand::describeNotSent(const ChangePlan &plan, const QString &file, QTextStream &err)
{
    for (const ChangePlan::Change &change : plan.notSendable()) {
        if (change.excluded) {
            err << tr("%1: not sent: excluded (remove “excluded” from the file to send it).")
                            .arg(change.id);
        } else {
            int errors = 0;
            for (const Problem &problem : change.problems)
                errors += problem.severity == Problem::Severity::Error ? 1 : 0;
            err << tr("%1: not sent: %n error(s); “segmentctl check %2” lists them.", nullptr,
                      errors)
                            .arg(change.id, file);
        }
        err << QLatin1Char('\n');
    }
    err.flush();
}

int DiffCommand::run(const QStringList &arguments)
{
    CliCommandLine commandLine(
            QStringLiteral("diff"), QStringLiteral("FILE [--json] [--chunk-size N]"),
            tr("Shows what “segmentctl push FILE” would send: per segment, each changed field as "
               "“old -> new”, and the segments to create or delete; with --json, the exact "
               "request bodies, one per request, in the order push sends them (deletes, PATCH "
               "updates, creates). Excluded and invalid segments are not sent; they are named on "
               "stderr."));
    commandLine.addPositional(QStringLiteral("FILE"), tr("The working set."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the request bodies as a JSON array."));
    const QCommandLineOption chunkSize(QStringLiteral("chunk-size"),
                                       tr("Segments per request with --json (default 50)."),
                                       tr("N"));
    commandLine.addOptions({json, chunkSize});
    if (const auto exit = commandLine.parse(arguments, 1))
        return *exit;
    if (commandLine.positional().isEmpty())
        return commandLine.usageError(tr("Name the working set: segmentctl diff FILE."));
    int chunk = 50;
    if (!commandLine.intValue(QStringLiteral("chunk-size"), 1, 1000, &chunk))
        return CliExit::Usage;

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString file = commandLine.positional().first();
    const auto set = CliFormat::readWorkingSet(file, err);
    if (!set)
        return CliExit::Failure;

    const ChangePlan plan = ChangePlan::of(*set);
    const QList<QJsonObject> bodies = plan.requestBodies(chunk);
    if (commandLine.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const QJsonObject &body : bodies)
            array.append(body);
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        out.flush();
    } else {
        describe(*set, plan, out);
    }
    describeNotSent(plan, file, err);
    const int count = int(plan.sendable().size());
    if (count == 0)
        err << tr("Nothing to send.") << Qt::endl;
    else
        err << tr("%n change(s) to send in %1 request(s).", nullptr, count).arg(bodies.size())
            << Qt::endl;
    return CliExit::Ok;
}
