#include "HistoryCommands.h"

#include "CliCommand.h"
#include "CliCommandLine.h"
#include "CliConnection.h"
#include "CliFormat.h"
#include "CliRows.h"
#include "SendDiagnostics.h"
#include "SendHistory.h"
#include "SendRevert.h"
#include "ServiceSendPort.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace {

QCommandLineOption historyOption()
{
    return {QStringLiteral("history"),
            HistoryCommands::tr("The send history to read (default: the one Segment Editor and "
                                "segmentctl push write)."),
            HistoryCommands::tr("HISTORY.sqlite")};
}

bool openHistory(SendHistory &history, const CliCommandLine &commandLine, QTextStream &err)
{
    const QString path = commandLine.isSet(QStringLiteral("history"))
            ? commandLine.value(QStringLiteral("history"))
            : SendHistory::defaultPath();
    QString error;
    QString notice;
    const bool ok = history.open(path, &error, &notice);
    if (!notice.isEmpty())
        err << notice << Qt::endl;
    if (!ok)
        err << error << Qt::endl;
    return ok;
}

QString utc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                          : HistoryCommands::tr("(not finished)");
}

QString countsText(const SendHistory::Summary &summary)
{
    QStringList parts;
    for (const SegmentOutcome::Status status :
         {SegmentOutcome::Status::Updated, SegmentOutcome::Status::Warned,
          SegmentOutcome::Status::Failed, SegmentOutcome::Status::NotSent,
          SegmentOutcome::Status::Unknown})
        if (const int n = summary.counts.value(status))
            parts.append(QStringLiteral("%1 %2").arg(n).arg(SegmentOutcome::statusKey(status)));
    return parts.join(QLatin1String(", "));
}

void printSend(const SendHistory::Send &send, QTextStream &out)
{
    out << HistoryCommands::tr("Send %1 by %2, %3 to %4 (API version %5); %n HTTP request(s)",
                               nullptr, send.httpRequests())
                    .arg(send.id)
                    .arg(send.origin, utc(send.startedAt),
                         send.baseUrl.toDisplayString(QUrl::RemoveUserInfo), send.apiVersion)
        << (send.cancelled ? HistoryCommands::tr(", cancelled") : QString()) << QLatin1Char('\n');
    for (const SendHistory::Entry &entry : send.entries) {
        out << QStringLiteral("  %1 “%2” %3 %4")
                        .arg(entry.segmentId, entry.name, SendHistory::kindKey(entry.kind),
                             SegmentOutcome::statusKey(entry.status))
            << QLatin1Char('\n');
        for (const SendHistory::Field &field : entry.fields)
            out << QStringLiteral("    %1: %2 → %3")
                            .arg(field.path, CliFormat::jsonText(field.before),
                                 CliFormat::jsonText(field.after))
                << QLatin1Char('\n');
        for (const Problem &problem : entry.problems) {
            out << QStringLiteral("    %1 %2").arg(problem.code, CliFormat::problemText(problem));
            if (!problem.traceId.isEmpty())
                out << QLatin1Char(' ')
                    << HistoryCommands::tr("(trace id %1)").arg(problem.traceId);
            out << QLatin1Char('\n');
        }
    }
    for (const Problem &problem : send.batchProblems)
        out << HistoryCommands::tr("  whole send: %1").arg(CliFormat::problemText(problem))
            << QLatin1Char('\n');
}

} // namespace

int HistoryCommands::runHistory(const QStringList &arguments)
{
    CliCommandLine commandLine(
            QStringLiteral("history"),
            QStringLiteral("[ID] [--segment ID] [--outcome OUTCOME] [--json | --csv | "
                           "--diagnostics] [--keep N] [options]"),
            tr("Lists the sends that Segment Editor and segmentctl push made, newest first: when "
               "(UTC), where, how many requests, what became of each segment. With ID, shows one "
               "send: per segment the fields sent with their values before and after, the "
               "outcome and every problem with its code and trace id. The history keeps no "
               "secret and no token."));
    commandLine.addPositional(QStringLiteral("ID"), tr("The send to show."),
                              QStringLiteral("[ID]"));
    const QList<QCommandLineOption> options{
            {QStringLiteral("segment"),
             tr("Only sends with this segment (an id, or a part of a name); with ID and "
                "--diagnostics, the report about this segment only."),
             tr("ID")},
            {QStringLiteral("outcome"),
             tr("Only sends with a segment of this outcome: updated, warned, failed, not-sent or "
                "unknown."),
             tr("OUTCOME")},
            {QStringLiteral("advertiser"), tr("Only sends with segments of this advertiser."),
             tr("ID")},
            {QStringLiteral("base-url"), tr("Only sends to this server."), tr("URL")},
            {QStringLiteral("limit"), tr("At most N sends (the newest)."), tr("N")},
            {QStringLiteral("json"), tr("Print JSON for scripts.")},
            {QStringLiteral("csv"), tr("With ID: print the send as CSV, one line per field.")},
            {QStringLiteral("diagnostics"),
             tr("With ID: print the support report (trace ids, HTTP status, the JSON sent and "
                "answered; never a token).")},
            {QStringLiteral("keep"),
             tr("Keep at most the last N sends from now on (the oldest go)."), tr("N")},
            historyOption(),
    };
    commandLine.addOptions(options);
    if (const auto exit = commandLine.parse(arguments, 1))
        return *exit;
    int limit = 0;
    int keep = 0;
    if (!commandLine.intValue(QStringLiteral("limit"), 1, 1000000, &limit)
        || !commandLine.intValue(QStringLiteral("keep"), 1, 1000000, &keep))
        return CliExit::Usage;
    std::optional<SegmentOutcome::Status> outcome;
    if (commandLine.isSet(QStringLiteral("outcome"))) {
        outcome = SegmentOutcome::statusFromKey(commandLine.value(QStringLiteral("outcome")));
        if (!outcome)
            return commandLine.usageError(tr("--outcome must be updated, warned, failed, "
                                             "not-sent or unknown."));
    }
    const bool json = commandLine.isSet(QStringLiteral("json"));
    const bool csv = commandLine.isSet(QStringLiteral("csv"));
    const bool diagnostics = commandLine.isSet(QStringLiteral("diagnostics"));
    if (int(json) + int(csv) + int(diagnostics) > 1)
        return commandLine.usageError(tr("Choose one of --json, --csv and --diagnostics."));
    qint64 id = 0;
    if (!commandLine.positional().isEmpty()) {
        bool ok = false;
        id = commandLine.positional().constFirst().toLongLong(&ok);
        if (!ok || id <= 0)
            return commandLine.usageError(tr("A send is named by its number, as “segmentctl "
                                             "history” lists them."));
    } else if (csv || diagnostics) {
        return commandLine.usageError(tr("--csv and --diagnostics need the send: segmentctl "
                                         "history ID."));
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    SendHistory history;
    if (!openHistory(history, commandLine, err))
        return CliExit::Failure;
    if (keep > 0) {
        QString error;
        if (!history.setMaxSends(keep, &error)) {
            err << error << Qt::endl;
            return CliExit::Failure;
        }
        err << tr("The history keeps the last %n send(s).", nullptr, keep) << Qt::endl;
        if (id == 0 && !commandLine.isSet(QStringLiteral("json")))
            return CliExit::Ok;
    }

    if (id > 0) {
        QString error;
        const auto send = history.send(id, &error);
        if (!send) {
            err << error << Qt::endl;
            return CliExit::Failure;
        }
        if (json) {
            out << QString::fromUtf8(
                    QJsonDocument(SendHistory::toJson(*send)).toJson(QJsonDocument::Indented));
        } else if (csv) {
            out << QString::fromUtf8(SendHistory::toCsv(*send));
        } else if (diagnostics) {
            const QString segment = commandLine.value(QStringLiteral("segment"));
            const QString report = segment.isEmpty()
                    ? SendDiagnostics::sendReport(*send)
                    : SendDiagnostics::segmentReport(*send, segment);
            if (report.isEmpty()) {
                err << tr("Send %1 has no segment %2.").arg(id).arg(segment) << Qt::endl;
                return CliExit::Failure;
            }
            out << report;
        } else {
            printSend(*send, out);
        }
        return CliExit::Ok;
    }

    SendHistory::Filter filter;
    filter.baseUrl = QUrl(commandLine.value(QStringLiteral("base-url")));
    filter.advertiserId = commandLine.value(QStringLiteral("advertiser")).trimmed();
    filter.segment = commandLine.value(QStringLiteral("segment"));
    filter.status = outcome;
    filter.limit = limit;
    QString error;
    const QList<SendHistory::Summary> sends = history.list(filter, &error);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return CliExit::Failure;
    }
    if (json) {
        QJsonArray array;
        for (const SendHistory::Summary &summary : sends)
            array.append(SendHistory::toJson(summary));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CliExit::Ok;
    }
    if (sends.isEmpty())
        err << tr("No send recorded yet in %1.").arg(history.path()) << Qt::endl;
    for (const SendHistory::Summary &summary : sends)
        out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                        .arg(summary.id)
                        .arg(utc(summary.startedAt), summary.origin,
                             summary.baseUrl.toDisplayString(QUrl::RemoveUserInfo),
                             tr("%n request(s)", nullptr, summary.requests), countsText(summary))
            << QLatin1Char('\n');
    return CliExit::Ok;
}

int HistoryCommands::runRevert(const QStringList &arguments)
{
    CliCommandLine commandLine(
            QStringLiteral("revert"), QStringLiteral("FILE --send ID [--json] [options]"),
            tr("Undoes a send of the history in the working set FILE (made when it does not "
               "exist): each field the send applied goes back to its value before the send, a "
               "segment it created is marked for deletion; a segment it deleted cannot come back. "
               "The server's current copies are checked first: a field changed there since the "
               "send is a conflict, never overwritten; resolve it in the window or with "
               "“segmentctl push --overwrite”. Nothing is sent: “segmentctl diff” and "
               "“segmentctl push” do that."));
    commandLine.addPositional(QStringLiteral("FILE"),
                              tr("The working set to write the reverse "
                                 "edits into."));
    const QCommandLineOption sendOption(QStringLiteral("send"),
                                        tr("The send to undo, as “segmentctl history” lists it."),
                                        tr("ID"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print what was done as JSON for scripts."));
    commandLine.addOptions({sendOption, json, historyOption()});
    commandLine.addOptions(CliConnection::options());
    if (const auto exit = commandLine.parse(arguments, 1))
        return *exit;
    if (commandLine.positional().isEmpty())
        return commandLine.usageError(
                tr("Name the working set: segmentctl revert FILE --send ID."));
    bool ok = false;
    const qint64 id = commandLine.value(QStringLiteral("send")).toLongLong(&ok);
    if (!ok || id <= 0)
        return commandLine.usageError(tr("--send needs the number of a send, as “segmentctl "
                                         "history” lists them."));

    QTextStream out(stdout);
    QTextStream err(stderr);
    SendHistory history;
    if (!openHistory(history, commandLine, err))
        return CliExit::Failure;
    QString error;
    const auto send = history.send(id, &error);
    if (!send) {
        err << error << Qt::endl;
        return CliExit::Failure;
    }
    const QString path = commandLine.positional().constFirst();
    CliRows rows;
    if (QFile::exists(path)) {
        if (!rows.load(path, err))
            return CliExit::Failure;
    } else {
        rows.set.baseUrl = send->baseUrl;
        rows.set.apiVersion = send->apiVersion;
    }
    const auto sameServer = [](const QUrl &a, const QUrl &b) {
        return a.adjusted(QUrl::StripTrailingSlash) == b.adjusted(QUrl::StripTrailingSlash);
    };
    if (!rows.set.baseUrl.isEmpty() && !sameServer(rows.set.baseUrl, send->baseUrl)) {
        err << tr("Send %1 went to %2, but %3 is a working set of %4: undo it in a working set "
                  "of that server.")
                        .arg(id)
                        .arg(send->baseUrl.toDisplayString(), path,
                             rows.set.baseUrl.toDisplayString())
            << Qt::endl;
        return CliExit::Failure;
    }
    ApiConfig defaults;
    defaults.baseUrl = send->baseUrl;
    defaults.apiVersion = rows.set.apiVersion.isEmpty() ? send->apiVersion : rows.set.apiVersion;
    CliConnection connection;
    if (!connection.configure(commandLine, defaults, &error))
        return commandLine.usageError(error);
    if (!sameServer(connection.config().baseUrl, send->baseUrl)) {
        err << tr("Send %1 went to %2: connect to that server to undo it.")
                        .arg(id)
                        .arg(send->baseUrl.toDisplayString())
            << Qt::endl;
        return CliExit::Failure;
    }

    ServiceSendPort port;
    SendRevert revert(&rows.editor);
    revert.setPort(&port);
    QEventLoop loop;
    int exitCode = CliExit::Failure;
    QObject::connect(&revert, &SendRevert::finished, &loop, [&](const SendRevert::Result &result) {
        for (const QString &line : SendRevert::describe(result))
            err << line << Qt::endl;
        if (result.error.isEmpty()) {
            exitCode = CliExit::Ok;
            if ((result.hasEdits() || !result.added.isEmpty() || !QFile::exists(path))
                && !rows.save(path, err))
                exitCode = CliExit::Failure;
        }
        if (commandLine.isSet(QStringLiteral("json")))
            out << QString::fromUtf8(
                    QJsonDocument(SendRevert::toJson(result)).toJson(QJsonDocument::Indented));
        loop.quit();
    });
    connection.open([&](const QString &openError) {
        if (!openError.isEmpty()) {
            err << openError << Qt::endl;
            loop.quit();
            return;
        }
        port.setClient(connection.client());
        err << tr("Checking the server's copies of send %1 on %2…")
                        .arg(id)
                        .arg(connection.description())
            << Qt::endl;
        revert.start(*send);
    });
    loop.exec();
    return exitCode;
}
