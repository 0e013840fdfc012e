#include "InsightsCommands.h"

#include "CliCommand.h"
#include "CliCommandLine.h"
#include "CliConnection.h"
#include "CliFormat.h"
#include "SegmentInsights.h"
#include "SegmentInsightsFetcher.h"
#include "ServiceInsightsPort.h"
#include "WorkingSet.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace {

// The segments a command is about: the rows of a working set, or bare ids.
struct Targets
{
    std::optional<WorkingSet> set;
    QList<AudienceSegment> saved;  // the server's versions (only ids without a file)
    QList<AudienceSegment> edited; // rows whose in-market or location definition is edited
    QHash<QString, QString> names; // id -> name, for the output
    QHash<QString, QString> types; // id -> type
};

std::optional<Targets> targets(const CliCommandLine &commandLine, QTextStream &err)
{
    Targets t;
    const QStringList ids = commandLine.listValues(QStringLiteral("id"));
    if (!commandLine.positional().isEmpty()) {
        t.set = CliFormat::readWorkingSet(commandLine.positional().first(), err);
        if (!t.set)
            return std::nullopt;
        for (const WorkingSetEntry &entry : std::as_const(t.set->segments)) {
            const QString &id = entry.original.id;
            if (!ids.isEmpty() && !ids.contains(id))
                continue;
            t.saved.append(entry.original);
            t.names.insert(id, entry.wanted().name.value_or(QString()));
            t.types.insert(id, SegmentEnums::toString(entry.original.type));
            const AudienceSegment &wanted = entry.wanted();
            if (SegmentInsights::canEstimate(wanted)
                && SegmentInsights::definitionKey(wanted)
                        != SegmentInsights::definitionKey(entry.original))
                t.edited.append(wanted);
        }
    } else {
        for (const QString &id : ids) {
            AudienceSegment s;
            s.id = id;
            t.saved.append(s);
        }
    }
    return t;
}

ApiConfig defaultsOf(const Targets &t)
{
    ApiConfig defaults;
    if (t.set) {
        defaults.baseUrl = t.set->baseUrl;
        defaults.apiVersion = t.set->apiVersion;
    }
    return defaults;
}

QString stateName(SegmentInsights::State state)
{
    switch (state) {
    case SegmentInsights::State::Known:
        return QStringLiteral("known");
    case SegmentInsights::State::CannotCompute:
        return QStringLiteral("cannot-compute");
    case SegmentInsights::State::Failed:
        return QStringLiteral("failed");
    case SegmentInsights::State::Loading:
    case SegmentInsights::State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject sizeJson(const SegmentInsights::Size &s)
{
    QJsonObject o{{QStringLiteral("size"),
                   s.value && s.state == SegmentInsights::State::Known
                           ? QJsonValue(*s.value)
                           : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("state"), stateName(s.state)}};
    if (!s.reason.isEmpty())
        o.insert(QStringLiteral("reason"), s.reason);
    return o;
}

QString sizeText(const SegmentInsights::Size &s)
{
    switch (s.state) {
    case SegmentInsights::State::Known:
        return QString::number(s.value.value_or(0));
    case SegmentInsights::State::CannotCompute:
        return QStringLiteral("n/a");
    case SegmentInsights::State::Failed:
        return QStringLiteral("failed");
    case SegmentInsights::State::Loading:
    case SegmentInsights::State::Unknown:
        break;
    }
    return QStringLiteral("-");
}

// Opens the connection, runs `ask` on a fetcher over it, waits until the fetcher is idle.
// False with the message on stderr when the connection could not be opened.
bool fetch(CliConnection &connection, SegmentInsights &store, QTextStream &err,
           const std::function<void(SegmentInsightsFetcher &)> &ask)
{
    QEventLoop loop;
    bool opened = false;
    ServiceInsightsPort port;
    SegmentInsightsFetcher fetcher(&store);
    fetcher.setPort(&port);
    QObject::connect(&fetcher, &SegmentInsightsFetcher::idle, &loop, &QEventLoop::quit);
    connection.open([&](const QString &openError) {
        if (!openError.isEmpty()) {
            err << openError << Qt::endl;
            loop.quit();
            return;
        }
        opened = true;
        port.setClient(connection.client());
        ask(fetcher);
        if (!fetcher.isBusy())
            loop.quit();
    });
    loop.exec();
    return opened;
}

} // namespace

int SizesCommand::run(const QStringList &arguments)
{
    CliCommandLine commandLine(
            QStringLiteral("sizes"), QStringLiteral("[FILE] [--id ID…] [--no-estimate] [--json]"),
            tr("Prints the current size of each segment of the working set FILE (or of the "
               "segments given by --id), and for the rows whose in-market or location definition "
               "is edited, the estimated size of the edit: id, size, estimate (- when none), type "
               "and name, tab-separated. “n/a” means Criteo cannot compute that size; the reason "
               "goes to stderr. Sizes are asked 100 segments a request, estimates one at a time."));
    commandLine.addPositional(QStringLiteral("FILE"), tr("A working set (optional with --id)."),
                              QStringLiteral("[FILE]"));
    const QCommandLineOption id(QStringLiteral("id"),
                                tr("A segment id; with FILE, only these of its rows."), tr("ID"));
    const QCommandLineOption noEstimate(QStringLiteral("no-estimate"),
                                        tr("Do not estimate the edited definitions."));
    const QCommandLineOption json(
            QStringLiteral("json"),
            tr("Print a JSON array of {id, name, type, current, estimate} instead."));
    commandLine.addOptions({id, noEstimate, json});
    commandLine.addOptions(CliConnection::options());
    if (const auto exit = commandLine.parse(arguments, 1))
        return *exit;
    if (commandLine.positional().isEmpty()
        && commandLine.listValues(QStringLiteral("id")).isEmpty())
        return commandLine.usageError(
                tr("Say which segments to size: a working set FILE or --id ID."));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto t = targets(commandLine, err);
    if (!t)
        return CliExit::Failure;
    CliConnection connection;
    QString error;
    if (!connection.configure(commandLine, defaultsOf(*t), &error))
        return commandLine.usageError(error);

    const bool estimate = !commandLine.isSet(QStringLiteral("no-estimate"));
    SegmentInsights store;
    if (!fetch(connection, store, err, [&](SegmentInsightsFetcher &fetcher) {
            err << tr("Computing the sizes of %n segment(s) on %1…", nullptr, int(t->saved.size()))
                            .arg(connection.description())
                << Qt::endl;
            fetcher.requestSizes(t->saved);
            if (estimate)
                for (const AudienceSegment &edited : t->edited)
                    fetcher.requestEstimate(edited);
        }))
        return CliExit::Failure;

    bool failed = false;
    QJsonArray array;
    QSet<QString> estimated;
    if (estimate)
        for (const AudienceSegment &s : t->edited)
            estimated.insert(s.id);
    for (const AudienceSegment &segment : t->saved) {
        const QString &sid = segment.id;
        const SegmentInsights::Size current = store.size(sid);
        const bool hasEstimate = estimated.contains(sid);
        const SegmentInsights::Size next = store.estimate(sid);
        failed |= current.state == SegmentInsights::State::Failed
                || (hasEstimate && next.state == SegmentInsights::State::Failed);
        if (current.state != SegmentInsights::State::Known && !current.reason.isEmpty())
            err << tr("%1: size %2: %3").arg(sid, sizeText(current), current.reason) << Qt::endl;
        if (hasEstimate && next.state != SegmentInsights::State::Known && !next.reason.isEmpty())
            err << tr("%1: estimate %2: %3").arg(sid, sizeText(next), next.reason) << Qt::endl;
        if (commandLine.isSet(QStringLiteral("json"))) {
            QJsonObject o{{QStringLiteral("id"), sid},
                          {QStringLiteral("current"), sizeJson(current)}};
            if (t->names.contains(sid))
                o.insert(QStringLiteral("name"), t->names.value(sid));
            if (t->types.contains(sid))
                o.insert(QStringLiteral("type"), t->types.value(sid));
            o.insert(QStringLiteral("estimate"),
                     hasEstimate ? QJsonValue(sizeJson(next)) : QJsonValue(QJsonValue::Null));
            array.append(o);
        } else {
            out << sid << QLatin1Char('\t') << sizeText(current) << QLatin1Char('\t')
                << (hasEstimate ? sizeText(next) : QStringLiteral("-")) << QLatin1Char('\t')
                << t->types.value(sid) << QLatin1Char('\t') << t->names.value(sid)
                << QLatin1Char('\n');
        }
    }
    if (commandLine.isSet(QStringLiteral("json")))
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out.flush();
    return failed ? CliExit::Failure : CliExit::Ok;
}

int UsedByCommand::run(const QStringList &arguments)
{
    CliCommandLine commandLine(
            QStringLiteral("used-by"), QStringLiteral("[FILE] [--id ID…] [--json]"),
            tr("Prints the audiences that use each segment of the working set FILE (or the "
               "segments given by --id), and their ad sets: segment id, audience id, audience "
               "name and the ad set ids (comma-separated), tab-separated, one line per audience; "
               "a segment no audience uses prints “-” as its audience."));
    commandLine.addPositional(QStringLiteral("FILE"), tr("A working set (optional with --id)."),
                              QStringLiteral("[FILE]"));
    const QCommandLineOption id(QStringLiteral("id"),
                                tr("A segment id; with FILE, only these of its rows."), tr("ID"));
    const QCommandLineOption json(
            QStringLiteral("json"),
            tr("Print a JSON array of {segmentId, used, audiences: [{id, name, advertiserId, "
               "adSetIds}]} instead."));
    commandLine.addOptions({id, json});
    commandLine.addOptions(CliConnection::options());
    if (const auto exit = commandLine.parse(arguments, 1))
        return *exit;
    if (commandLine.positional().isEmpty()
        && commandLine.listValues(QStringLiteral("id")).isEmpty())
        return commandLine.usageError(
                tr("Say which segments to look up: a working set FILE or --id ID."));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto t = targets(commandLine, err);
    if (!t)
        return CliExit::Failure;
    CliConnection connection;
    QString error;
    if (!connection.configure(commandLine, defaultsOf(*t), &error))
        return commandLine.usageError(error);

    QStringList ids;
    for (const AudienceSegment &s : t->saved)
        ids.append(s.id);
    SegmentInsights store;
    if (!fetch(connection, store, err, [&](SegmentInsightsFetcher &fetcher) {
            err << tr("Looking up where %n segment(s) are used on %1…", nullptr, int(ids.size()))
                            .arg(connection.description())
                << Qt::endl;
            fetcher.requestUsage(ids);
        }))
        return CliExit::Failure;

    bool failed = false;
    QJsonArray array;
    for (const QString &sid : std::as_const(ids)) {
        const SegmentInsights::Usage usage = store.usage(sid);
        if (usage.state != SegmentInsights::State::Known) {
            failed = true;
            err << tr("%1: not looked up: %2").arg(sid, usage.reason) << Qt::endl;
            if (commandLine.isSet(QStringLiteral("json")))
                array.append(QJsonObject{{QStringLiteral("segmentId"), sid},
                                         {QStringLiteral("used"), QJsonValue(QJsonValue::Null)},
                                         {QStringLiteral("error"), usage.reason}});
            continue;
        }
        if (commandLine.isSet(QStringLiteral("json"))) {
            QJsonArray audiences;
            for (const AudienceUse &a : usage.audiences)
                audiences.append(QJsonObject{
                        {QStringLiteral("id"), a.id},
                        {QStringLiteral("name"), a.name},
                        {QStringLiteral("advertiserId"), a.advertiserId},
                        {QStringLiteral("adSetIds"), QJsonArray::fromStringList(a.adSetIds)}});
            array.append(QJsonObject{{QStringLiteral("segmentId"), sid},
                                     {QStringLiteral("used"), !usage.audiences.isEmpty()},
                                     {QStringLiteral("audiences"), audiences}});
            continue;
        }
        if (usage.audiences.isEmpty())
            out << sid << QLatin1String("\t-\t\t\n");
        for (const AudienceUse &a : usage.audiences)
            out << sid << QLatin1Char('\t') << a.id << QLatin1Char('\t') << a.name
                << QLatin1Char('\t') << a.adSetIds.join(QLatin1Char(',')) << QLatin1Char('\n');
    }
    if (commandLine.isSet(QStringLiteral("json")))
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out.flush();
    return failed ? CliExit::Failure : CliExit::Ok;
}
