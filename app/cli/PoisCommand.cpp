#include "PoisCommand.h"

#include "CliCommand.h"
#include "CliCommandLine.h"
#include "PoiParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

int PoisCommand::run(const QStringList &arguments)
{
    CliCommandLine commandLine(
            QStringLiteral("pois"), QStringLiteral("[FILE|-] [--json]"),
            tr("Reads points of interest from text pasted or exported from a spreadsheet or "
               "another tool (tab, semicolon or comma columns, a header row or none, decimal "
               "commas, degrees-minutes-seconds, hemisphere letters) and prints them normalised "
               "as CSV “name,latitude,longitude”, or as JSON with --json. Each rejected or "
               "suspicious line is reported on stderr as “line N: message”. Exit status 1 if "
               "any line was rejected."));
    commandLine.addPositional(QStringLiteral("FILE"),
                              tr("The text to read; “-” or nothing reads standard input."),
                              QStringLiteral("[FILE|-]"));
    const QCommandLineOption json(
            QStringLiteral("json"),
            tr("Print a JSON array of {name, latitude, longitude}, the pointsOfInterest of a "
               "Location segment."));
    commandLine.addOption(json);
    if (const auto exit = commandLine.parse(arguments, 1))
        return *exit;

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString path = commandLine.positional().value(0, QStringLiteral("-"));
    const bool fromStdin = path == QLatin1String("-");
    QFile input(fromStdin ? QString() : path);
    const bool opened
            = fromStdin ? input.open(stdin, QIODevice::ReadOnly) : input.open(QIODevice::ReadOnly);
    if (!opened) {
        err << tr("Cannot read %1: %2")
                        .arg(fromStdin ? tr("standard input") : path, input.errorString())
            << Qt::endl;
        return CliExit::Failure;
    }
    const PoiParseResult result = PoiParser::parse(QString::fromUtf8(input.readAll()));

    const QList<PointOfInterest> points = result.pointsOfInterest();
    if (commandLine.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const PointOfInterest &point : points)
            array.append(QJsonObject{
                    {QLatin1String("name"), point.name},
                    {QLatin1String("latitude"), point.latitude.value_or(0)},
                    {QLatin1String("longitude"), point.longitude.value_or(0)},
            });
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        out << PoiParser::toCsv(points);
    }
    out.flush();
    for (const QString &message : result.messageTexts())
        err << message << QLatin1Char('\n');
    err.flush();
    return result.errorCount() > 0 ? CliExit::Failure : CliExit::Ok;
}
