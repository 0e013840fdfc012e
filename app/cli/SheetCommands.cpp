#include "SheetCommands.h"

#include "ChangeSet.h"
#include "CliCommand.h"
#include "CliCommandLine.h"
#include "CliFormat.h"
#include "CliRows.h"
#include "SegmentSheet.h"
#include "SheetImport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace {

std::optional<QChar> separatorNamed(const QString &name)
{
    if (name.isEmpty())
        return SegmentSheet::separatorFor(QLocale());
    if (name == QLatin1String("comma") || name == QLatin1String(","))
        return QChar(u',');
    if (name == QLatin1String("semicolon") || name == QLatin1String(";"))
        return QChar(u';');
    if (name == QLatin1String("tab") || name == QLatin1String("\t"))
        return QChar(u'\t');
    return std::nullopt;
}

} // namespace

int SheetCommands::runExport(const QStringList &arguments)
{
    CliCommandLine commandLine(
            QStringLiteral("export"), QStringLiteral("WS.json -o FILE [options]"),
            tr("Writes the segments of a working set (as edited) to a CSV sheet for Excel or "
               "LibreOffice: UTF-8 with a byte order mark, one row per segment, the columns of "
               "the types present; the points of interest of location segments go to a second "
               "file beside it (FILE-points.csv). Edit the sheet, then “segmentctl import” it. "
               "With --changes, writes the pending edits as a change set instead, for a "
               "colleague to import into their own working set."));
    commandLine.addPositional(QStringLiteral("WS.json"), tr("The working set."));
    const QList<QCommandLineOption> options{
            {{QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."), tr("FILE")},
            {QStringLiteral("id"), tr("Only these segments (repeatable, or comma-separated)."),
             tr("ID")},
            {QStringLiteral("type"), tr("Only segments of these types (InMarket, Location…)."),
             tr("TYPE")},
            {QStringLiteral("separator"),
             tr("comma, semicolon or tab (default: semicolon where numbers have a decimal "
                "comma, else comma)."),
             tr("SEP")},
            {QStringLiteral("changes"),
             tr("Write the pending edits as a change set: JSON, or CSV (id, field, old, new) "
                "when FILE ends in .csv.")},
    };
    commandLine.addOptions(options);
    if (const auto exit = commandLine.parse(arguments, 1))
        return *exit;
    if (commandLine.positional().isEmpty())
        return commandLine.usageError(
                tr("Name the working set: segmentctl export WS.json -o FILE"));
    const QString output = commandLine.value(QStringLiteral("output"));
    if (output.isEmpty())
        return commandLine.usageError(tr("--output is required."));
    const std::optional<QChar> separator
            = separatorNamed(commandLine.value(QStringLiteral("separator")));
    if (!separator)
        return commandLine.usageError(tr("--separator must be comma, semicolon or tab."));
    const QStringList ids = commandLine.listValues(QStringLiteral("id"));
    QList<SegmentType> types;
    for (const QString &name : commandLine.listValues(QStringLiteral("type"))) {
        const SegmentType type = SegmentEnums::segmentTypeFromString(name);
        if (type == SegmentType::Unknown)
            return commandLine.usageError(tr("Unknown segment type “%1”.").arg(name));
        types.append(type);
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliRows rows;
    if (!rows.load(commandLine.positional().constFirst(), err))
        return CliExit::Failure;
    QStringList chosen;
    for (int row = 0; row < rows.model.rowCount(); ++row) {
        const QString id = rows.model.idAt(row);
        const AudienceSegment segment = *rows.model.edited(id);
        if ((ids.isEmpty() || ids.contains(id))
            && (types.isEmpty() || types.contains(segment.type)))
            chosen.append(id);
    }
    for (const QString &id : ids)
        if (!rows.model.contains(id)) {
            err << tr("%1: no such segment in the working set.").arg(id) << Qt::endl;
            return CliExit::Failure;
        }

    QString error;
    if (commandLine.isSet(QStringLiteral("changes"))) {
        const QList<ChangeSet::Change> changes = ChangeSet::fromModel(rows.model, chosen);
        const QByteArray data = output.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                ? ChangeSet::toCsv(changes, *separator)
                : ChangeSet::toJson(changes);
        if (!CliFormat::writeFile(output, data, &error)) {
            err << error << Qt::endl;
            return CliExit::Failure;
        }
        out << tr("%1: %n change(s)", "", int(changes.size())).arg(output) << Qt::endl;
        return CliExit::Ok;
    }
    QList<AudienceSegment> segments;
    for (const QString &id : std::as_const(chosen))
        segments.append(*rows.model.edited(id));
    if (!CliFormat::writeFile(output, SegmentSheet::toCsv(segments, *separator), &error)) {
        err << error << Qt::endl;
        return CliExit::Failure;
    }
    out << tr("%1: %n segment(s)", "", int(segments.size())).arg(output) << Qt::endl;
    if (SegmentSheet::hasPoints(segments)) {
        const QString pointsPath = SegmentSheet::pointsPathFor(output);
        if (!CliFormat::writeFile(pointsPath, SegmentSheet::pointsToCsv(segments, *separator),
                                  &error)) {
            err << error << Qt::endl;
            return CliExit::Failure;
        }
        out << tr("%1: points of interest").arg(pointsPath) << Qt::endl;
    }
    return CliExit::Ok;
}

int SheetCommands::runImport(const QStringList &arguments)
{
    CliCommandLine commandLine(
            QStringLiteral("import"), QStringLiteral("FILE --into WS.json [options]"),
            tr("Reads a sheet exported by “segmentctl export” (or the window) and edited in a "
               "spreadsheet, or a change set, as edits of a working set: rows are matched by id; "
               "a blank cell keeps the value; [clear] clears a field that may be empty; headers "
               "may be in English, French or German. A row with an unknown id, another type, or "
               "a value that cannot be used is refused with its line and column, and nothing of "
               "it is applied. A change set's field that changed since it was made is a "
               "conflict, not applied. Prints a JSON report {applied, refused, conflicts, "
               "warnings, unchanged}. Exit status 2 when something was refused or in conflict."));
    commandLine.addPositional(QStringLiteral("FILE"), tr("The sheet or change set (CSV or JSON)."));
    const QList<QCommandLineOption> options{
            {QStringLiteral("into"), tr("The working set to edit."), tr("WS.json")},
            {QStringLiteral("points"),
             tr("The points of interest file (default: FILE-points.csv beside FILE, when it "
                "exists)."),
             tr("FILE")},
            {{QStringLiteral("o"), QStringLiteral("output")},
             tr("Write the edited working set here instead of over WS.json."),
             tr("FILE")},
            {QStringLiteral("dry-run"), tr("Report only; write nothing.")},
    };
    commandLine.addOptions(options);
    if (const auto exit = commandLine.parse(arguments, 1))
        return *exit;
    if (commandLine.positional().isEmpty())
        return commandLine.usageError(tr("Name the sheet: segmentctl import FILE --into WS.json"));
    const QString into = commandLine.value(QStringLiteral("into"));
    if (into.isEmpty())
        return commandLine.usageError(tr("--into is required."));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliRows rows;
    if (!rows.load(into, err))
        return CliExit::Failure;
    const SheetImportResult result
            = SheetImport::readFile(rows.model, commandLine.positional().constFirst(),
                                    commandLine.value(QStringLiteral("points")));
    if (!result.fatalError.isEmpty()) {
        err << result.fatalError << Qt::endl;
        return CliExit::Failure;
    }
    for (const SheetMessage &m : result.messages)
        err << m.text() << QLatin1Char('\n');
    err.flush();
    QSet<QString> applied;
    if (!commandLine.isSet(QStringLiteral("dry-run"))) {
        for (const ImportedEdit &edit : result.edits)
            if (edit.applicableCount() > 0)
                applied.insert(edit.id);
        if (SheetImport::apply(rows.editor, result.edits,
                               SheetImport::stepText(int(applied.size())))
                    > 0
            && !rows.save(commandLine.isSet(QStringLiteral("output"))
                                  ? commandLine.value(QStringLiteral("output"))
                                  : into,
                          err))
            return CliExit::Failure;
    }
    out << QString::fromUtf8(QJsonDocument(result.report(applied)).toJson(QJsonDocument::Indented));
    out.flush();
    return result.errorCount() > 0 || result.conflictCount() > 0 ? CliExit::Incomplete
                                                                 : CliExit::Ok;
}
