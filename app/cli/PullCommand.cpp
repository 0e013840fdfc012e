#include "PullCommand.h"

#include "CliCommand.h"
#include "CliCommandLine.h"
#include "CliConnection.h"
#include "CliFormat.h"
#include "SegmentSearchJob.h"
#include "WorkingSet.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTextStream>

#include <optional>

namespace {

std::optional<SegmentType> typeNamed(const QString &name)
{
    for (SegmentType type : SegmentEnums::allSegmentTypes())
        if (SegmentEnums::toString(type).compare(name, Qt::CaseInsensitive) == 0)
            return type;
    return std::nullopt;
}

QString validTypes()
{
    QStringList names;
    for (SegmentType type : SegmentEnums::allSegmentTypes())
        names.append(SegmentEnums::toString(type));
    return names.join(QLatin1String(", "));
}

} // namespace

int PullCommand::run(const QStringList &arguments)
{
    CliCommandLine commandLine(
            QStringLiteral("pull"),
            QStringLiteral("--advertiser ID [--advertiser ID…] [--type TYPE…] [--id ID…] "
                           "-o FILE [options]"),
            tr("Loads segments from the API into a new working set FILE, which you can edit (by "
               "hand, with jq, or in Segment Editor), check, diff and push. The filters are "
               "combined: segments of these advertisers, of these types, with these ids. Each "
               "option may be repeated or take a comma-separated list."));
    const QCommandLineOption advertiser(QStringLiteral("advertiser"),
                                        tr("An advertiser id (see “segmentctl advertisers”)."),
                                        tr("ID"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  tr("A segment type: %1.").arg(validTypes()), tr("TYPE"));
    const QCommandLineOption id(QStringLiteral("id"), tr("A segment id."), tr("ID"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The working set to write."), tr("FILE"));
    const QCommandLineOption force(
            QStringLiteral("force"),
            tr("Overwrite FILE even if it has unsent edits or is not a working set."));
    commandLine.addOptions({advertiser, type, id, output, force});
    commandLine.addOptions(CliConnection::options());
    if (const auto exit = commandLine.parse(arguments, 0))
        return *exit;

    SegmentSearchJob::Query query;
    query.advertiserIds = commandLine.listValues(QStringLiteral("advertiser"));
    query.segmentIds = commandLine.listValues(QStringLiteral("id"));
    for (const QString &name : commandLine.listValues(QStringLiteral("type"))) {
        const auto parsed = typeNamed(name);
        if (!parsed)
            return commandLine.usageError(
                    tr("Unknown segment type “%1”. Valid types: %2.").arg(name, validTypes()));
        if (!query.types.contains(*parsed))
            query.types.append(*parsed);
    }
    if (query.advertiserIds.isEmpty() && query.segmentIds.isEmpty())
        return commandLine.usageError(tr("Say which segments to load: --advertiser ID (see "
                                         "“segmentctl advertisers”) or --id ID."));
    const QString path = commandLine.value(QStringLiteral("output"));
    if (path.isEmpty())
        return commandLine.usageError(tr("Say where to write the working set: -o FILE."));

    QTextStream err(stderr);
    const QString journalPath = path + QLatin1String(".journal");
    if (QFileInfo::exists(path) && !commandLine.isSet(QStringLiteral("force"))) {
        QString why;
        const auto existing = WorkingSet::read(path, &why);
        if (!existing) {
            err << tr("%1 exists and cannot be read as a working set (%2). Choose another file, "
                      "or pass --force to overwrite it.")
                            .arg(path, why)
                << Qt::endl;
            return CliExit::Failure;
        }
        int edited = 0;
        for (const WorkingSetEntry &entry : existing->segments)
            edited += entry.hasChange() ? 1 : 0;
        if (edited > 0) {
            err << tr("%1 has unsent edits in %n segment(s). Push them first (“segmentctl push "
                      "%1”), write to another file, or pass --force to overwrite them.",
                      nullptr, edited)
                            .arg(path)
                << Qt::endl;
            return CliExit::Failure;
        }
    }

    CliConnection connection;
    QString error;
    if (!connection.configure(commandLine, ApiConfig(), &error))
        return commandLine.usageError(error);

    QEventLoop loop;
    int exitCode = CliExit::Failure;
    SegmentSearchJob job(connection.client(), query);
    QObject::connect(&job, &SegmentSearchJob::progress, &loop, [&err](qint64 loaded, qint64 total) {
        if (total >= 0)
            err << tr("Loaded %1 of %n segment(s)…", nullptr, int(total)).arg(loaded) << Qt::endl;
        else
            err << tr("Loaded %n segment(s)…", nullptr, int(loaded)) << Qt::endl;
    });
    QObject::connect(&job, &SegmentSearchJob::finished, &loop, [&] {
        loop.quit();
        for (const Problem &problem : job.problems())
            err << tr("warning: %1").arg(CliFormat::problemText(problem)) << Qt::endl;
        for (const SegmentJson::ParseIssue &issue : job.parseIssues())
            err << tr("warning: %1: %2").arg(issue.path, issue.message) << Qt::endl;
        if (job.hasError()) {
            err << tr("Loading stopped: %1 %2 was not written.").arg(job.errorString(), path)
                << Qt::endl;
            return;
        }
        WorkingSet set;
        set.baseUrl = connection.config().baseUrl;
        set.apiVersion = connection.config().apiVersion;
        QSet<QString> seen;
        for (const AudienceSegment &segment : job.segments()) {
            if (segment.id.isEmpty() || seen.contains(segment.id))
                continue;
            seen.insert(segment.id);
            WorkingSetEntry entry;
            entry.original = segment;
            set.segments.append(entry);
        }
        QString writeError;
        if (!set.write(path, &writeError)) {
            err << writeError << Qt::endl;
            return;
        }
        // A journal of an earlier push to the file described the old content; the new one is
        // what the server holds now.
        if (QFile::exists(journalPath))
            QFile::remove(journalPath);
        err << tr("Wrote %n segment(s) to %1.", nullptr, int(set.segments.size())).arg(path)
            << Qt::endl;
        exitCode = CliExit::Ok;
    });
    connection.open([&](const QString &openError) {
        if (!openError.isEmpty()) {
            err << openError << Qt::endl;
            loop.quit();
            return;
        }
        err << tr("Loading segments from %1…").arg(connection.description()) << Qt::endl;
        job.start();
    });
    loop.exec();
    return exitCode;
}
