#include "LifecycleCommands.h"

#include "CliCommand.h"
#include "CliCommandLine.h"
#include "CliFormat.h"
#include "CliRows.h"
#include "PoiParser.h"
#include "SegmentEditor.h"
#include "SegmentTableModel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUndoStack>

#include <optional>

namespace {

std::optional<SegmentType> typeNamed(const QString &text)
{
    for (const SegmentType type :
         {SegmentType::InMarket, SegmentType::Location, SegmentType::Prospecting,
          SegmentType::Retargeting, SegmentType::Lookalike})
        if (SegmentEnums::toString(type).compare(text, Qt::CaseInsensitive) == 0)
            return type;
    return std::nullopt;
}

// Unknown ids are named, and stop the command before anything is written.
bool allKnown(const CliRows &rows, const QStringList &ids, QTextStream &err)
{
    bool ok = true;
    for (const QString &id : ids) {
        if (!rows.model.contains(id)) {
            err << LifecycleCommands::tr("%1: no such segment in the working set.").arg(id)
                << Qt::endl;
            ok = false;
        }
    }
    return ok;
}

} // namespace

int LifecycleCommands::runNew(const QStringList &arguments)
{
    CliCommandLine commandLine(
            QStringLiteral("new"),
            QStringLiteral("FILE --advertiser ID --type TYPE --name NAME [options]"),
            tr("Adds a new segment to a working set; “segmentctl push” creates it on Criteo. "
               "Its temporary id (new-1, new-2…) is printed; the server's id replaces it when it "
               "is created. Settings the options do not cover are edited in the file (jq) like "
               "any other edit."));
    commandLine.addPositional(QStringLiteral("FILE"), tr("The working set."));
    const QList<QCommandLineOption> options{
            {QStringLiteral("advertiser"), tr("The advertiser it belongs to."), tr("ID")},
            {QStringLiteral("type"),
             tr("InMarket, Location, Prospecting, Retargeting or Lookalike."), tr("TYPE")},
            {QStringLiteral("name"), tr("Its name, unique within the advertiser."), tr("NAME")},
            {QStringLiteral("description"), tr("Its description."), tr("TEXT")},
            {QStringLiteral("country"), tr("InMarket: the country (two letters)."), tr("CC")},
            {QStringLiteral("pois"),
             tr("Location: the points of interest, read like “segmentctl pois” reads them (“-”: "
                "standard input)."),
             tr("FILE")},
            {QStringLiteral("radius"), tr("Location: the radius in km (default 5)."), tr("KM")},
            {QStringLiteral("seed"), tr("Lookalike: the segment it looks like."), tr("ID")},
            {QStringLiteral("json"), tr("Print {\"id\": …} instead of the id alone.")},
    };
    commandLine.addOptions(options);
    if (const auto exit = commandLine.parse(arguments, 1))
        return *exit;
    if (commandLine.positional().isEmpty())
        return commandLine.usageError(tr("Name the working set: segmentctl new FILE …"));
    for (const char *required : {"advertiser", "type", "name"})
        if (commandLine.value(QLatin1String(required)).trimmed().isEmpty())
            return commandLine.usageError(tr("--%1 is required.").arg(QLatin1String(required)));
    const std::optional<SegmentType> type = typeNamed(commandLine.value(QStringLiteral("type")));
    if (!type)
        return commandLine.usageError(tr("--type must be InMarket, Location, Prospecting, "
                                         "Retargeting or Lookalike."));
    int radius = 5;
    if (!commandLine.intValue(QStringLiteral("radius"), 1, 100000, &radius))
        return CliExit::Usage;

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliRows rows;
    const QString path = commandLine.positional().constFirst();
    if (!rows.load(path, err))
        return CliExit::Failure;

    AudienceSegment segment = SegmentEditor::blankSegment(
            commandLine.value(QStringLiteral("advertiser")).trimmed(), *type,
            commandLine.value(QStringLiteral("name")).trimmed());
    if (commandLine.isSet(QStringLiteral("description")))
        segment.description.set(commandLine.value(QStringLiteral("description")));
    if (segment.inMarket && commandLine.isSet(QStringLiteral("country")))
        segment.inMarket->country = commandLine.value(QStringLiteral("country")).trimmed();
    if (segment.lookalike && commandLine.isSet(QStringLiteral("seed")))
        segment.lookalike->seedSegmentId = commandLine.value(QStringLiteral("seed")).trimmed();
    if (segment.location) {
        segment.location->radiusInKm = radius;
        if (commandLine.isSet(QStringLiteral("pois"))) {
            const QString poiPath = commandLine.value(QStringLiteral("pois"));
            QFile input(poiPath == QLatin1String("-") ? QString() : poiPath);
            const bool opened = poiPath == QLatin1String("-")
                    ? input.open(stdin, QIODevice::ReadOnly)
                    : input.open(QIODevice::ReadOnly);
            if (!opened) {
                err << tr("Cannot read %1: %2").arg(poiPath, input.errorString()) << Qt::endl;
                return CliExit::Failure;
            }
            const PoiParseResult parsed = PoiParser::parse(QString::fromUtf8(input.readAll()));
            for (const QString &message : parsed.messageTexts())
                err << message << QLatin1Char('\n');
            if (parsed.errorCount() > 0) {
                err << tr("Nothing was added: fix the points of interest first.") << Qt::endl;
                return CliExit::Failure;
            }
            segment.location->pointsOfInterest = parsed.pointsOfInterest();
        }
    }
    const QStringList ids = rows.editor.createSegments({segment});
    if (ids.isEmpty())
        return commandLine.usageError(tr("This segment cannot be created."));
    if (!rows.save(path, err))
        return CliExit::Failure;
    const QString id = ids.constFirst();
    if (commandLine.isSet(QStringLiteral("json")))
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QLatin1String("id"), id}})
                                         .toJson(QJsonDocument::Compact))
            << QLatin1Char('\n');
    else
        out << id << QLatin1Char('\n');
    // What still keeps it from being sent, so that nobody pushes to find out.
    for (const Problem &problem : rows.model.problems(id))
        err << tr("%1: to fill in before pushing: %2").arg(id, CliFormat::problemText(problem))
            << QLatin1Char('\n');
    err.flush();
    return CliExit::Ok;
}

int LifecycleCommands::runDuplicate(const QStringList &arguments)
{
    CliCommandLine commandLine(
            QStringLiteral("duplicate"), QStringLiteral("FILE ID... [--json]"),
            tr("Adds a copy of each segment (its edited version) under a unique name, “… "
               "(copy)”; “segmentctl push” creates the copies. Prints one line per copy: the "
               "segment's id and the copy's temporary id, tab-separated."));
    commandLine.addPositional(QStringLiteral("FILE"), tr("The working set."));
    commandLine.addPositional(QStringLiteral("ID"), tr("The segments to copy."),
                              QStringLiteral("ID..."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print [{\"from\": …, \"id\": …, \"name\": …}]."));
    commandLine.addOption(json);
    if (const auto exit = commandLine.parse(arguments, 1000000))
        return *exit;
    const QStringList positional = commandLine.positional();
    if (positional.size() < 2)
        return commandLine.usageError(
                tr("Name the working set and the segments: segmentctl duplicate FILE ID..."));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliRows rows;
    if (!rows.load(positional.constFirst(), err))
        return CliExit::Failure;
    const QStringList from = positional.mid(1);
    if (!allKnown(rows, from, err))
        return CliExit::Failure;
    // One at a time, so that each copy is paired with its segment.
    QJsonArray array;
    QStringList lines;
    for (const QString &id : from) {
        const QStringList copy = rows.editor.duplicateSegments({id});
        if (copy.isEmpty()) {
            err << tr("%1: segments of this type cannot be duplicated.").arg(id) << Qt::endl;
            return CliExit::Failure;
        }
        const QString name = rows.model.edited(copy.constFirst())->name.value_or(QString());
        array.append(QJsonObject{{QLatin1String("from"), id},
                                 {QLatin1String("id"), copy.constFirst()},
                                 {QLatin1String("name"), name}});
        lines.append(id + QLatin1Char('\t') + copy.constFirst());
    }
    if (!rows.save(positional.constFirst(), err))
        return CliExit::Failure;
    if (commandLine.isSet(QStringLiteral("json")))
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else
        out << lines.join(QLatin1Char('\n')) << QLatin1Char('\n');
    return CliExit::Ok;
}

int LifecycleCommands::runDelete(const QStringList &arguments)
{
    CliCommandLine commandLine(
            QStringLiteral("delete"), QStringLiteral("FILE ID... [--keep] [--json]"),
            tr("Marks segments for deletion: “segmentctl push” deletes them on Criteo, and they "
               "leave the working set when the server confirms. A new segment never pushed is "
               "removed at once. --keep takes the mark away."));
    commandLine.addPositional(QStringLiteral("FILE"), tr("The working set."));
    commandLine.addPositional(QStringLiteral("ID"), tr("The segments."), QStringLiteral("ID..."));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  tr("Keep the segments after all: take the mark away."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print {\"marked\": N} (or \"kept\") for scripts."));
    commandLine.addOptions({keep, json});
    if (const auto exit = commandLine.parse(arguments, 1000000))
        return *exit;
    const QStringList positional = commandLine.positional();
    if (positional.size() < 2)
        return commandLine.usageError(
                tr("Name the working set and the segments: segmentctl delete FILE ID..."));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliRows rows;
    if (!rows.load(positional.constFirst(), err))
        return CliExit::Failure;
    const QStringList ids = positional.mid(1);
    if (!allKnown(rows, ids, err))
        return CliExit::Failure;
    const bool deleting = !commandLine.isSet(QStringLiteral("keep"));
    const int changed = rows.editor.setDeleted(ids, deleting);
    if (changed > 0 && !rows.save(positional.constFirst(), err))
        return CliExit::Failure;
    if (commandLine.isSet(QStringLiteral("json")))
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{deleting ? QLatin1String("marked")
                                                                     : QLatin1String("kept"),
                                                            changed}})
                                         .toJson(QJsonDocument::Compact))
            << QLatin1Char('\n');
    err << (deleting ? tr("Marked for deletion: %1; the next push deletes them.") : tr("Kept: %1."))
                    .arg(changed)
        << Qt::endl;
    return CliExit::Ok;
}
