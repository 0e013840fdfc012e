#include "AdvertisersCommand.h"

#include "CliCommand.h"
#include "CliCommandLine.h"
#include "CliConnection.h"
#include "LookupJob.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int AdvertisersCommand::run(const QStringList &arguments)
{
    CliCommandLine commandLine(
            QStringLiteral("advertisers"), QStringLiteral("[--json] [options]"),
            tr("Lists the advertisers your credentials reach: id and name, tab-separated, one per "
               "line. Use an id with “segmentctl pull --advertiser ID”."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print a JSON array of {id, name} instead."));
    commandLine.addOption(json);
    commandLine.addOptions(CliConnection::options());
    if (const auto exit = commandLine.parse(arguments, 0))
        return *exit;

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliConnection connection;
    QString error;
    if (!connection.configure(commandLine, ApiConfig(), &error))
        return commandLine.usageError(error);

    QEventLoop loop;
    int exitCode = CliExit::Failure;
    LookupJob job(connection.client(), LookupJob::Kind::Advertisers);
    QObject::connect(&job, &LookupJob::finished, &loop, [&] {
        if (job.hasError()) {
            err << tr("Cannot list the advertisers of %1: %2")
                            .arg(connection.description(), job.errorString())
                << Qt::endl;
            loop.quit();
            return;
        }
        if (commandLine.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Advertiser &advertiser : job.advertisers())
                array.append(QJsonObject{{QLatin1String("id"), advertiser.id},
                                         {QLatin1String("name"), advertiser.name}});
            out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        } else {
            for (const Advertiser &advertiser : job.advertisers())
                out << advertiser.id << QLatin1Char('\t') << advertiser.name << QLatin1Char('\n');
        }
        out.flush();
        exitCode = CliExit::Ok;
        loop.quit();
    });
    connection.open([&](const QString &openError) {
        if (!openError.isEmpty()) {
            err << openError << Qt::endl;
            loop.quit();
            return;
        }
        job.start();
    });
    loop.exec();
    return exitCode;
}
