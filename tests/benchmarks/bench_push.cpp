// `segmentctl push` of N edits in a working set of S segments, against `segmentctl serve-demo`
// without a rate limit, beside the floor of the same work measured in the same run: the same PATCH
// bodies (ChangePlan::requestBodies, what push sends) sent by a bare QNetworkAccessManager loop in
// this process, two requests in flight like push, to a server in the same state. Prints wall time,
// the CPU of the segmentctl process per edit, its peak memory, and the ratios to the goals
// (push <= 1.3x the floor; CPU per edit within 2x from the smallest S to the largest). It never
// fails on a time: it fails only when a step does not work.
//
//   bench_push [--sizes 20000,100000] [--edits 1000,10000] [--json FILE]
//   bench_push --smoke        (S = 300, N = 100, one run: checks that it still works)
//
// Every push and every floor runs against a fresh server (the demo data of a seed is always the
// same), so both start from the state the working set was pulled from. The client secret goes to
// segmentctl in its environment, as in the tests: no keychain is asked.
#include "BenchSupport.h"
#include "ChangePlan.h"
#include "WorkingSet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cerrno>
#include <cmath>
#include <fcntl.h>
#include <functional>
#include <optional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

namespace {

using namespace Bench;

const int chunkSize = 50;    // push's default --chunk-size
const int inFlight = 2;      // push's requests in flight
const double wallGoal = 1.3; // push wall time / floor wall time
const double cpuGoal = 2.0;  // CPU per edit at the largest S / at the smallest

// The floor: the PATCH bodies sent with nothing around them, `inFlight` at a time, each answer
// read whole. The answers are checked after the clock stops.
struct FloorRun
{
    QString error;
    double wallSeconds = 0;
    double cpuSeconds = 0; // of this process, all threads, while sending
};

FloorRun sendFloor(const DemoServerProcess &server, const QList<QJsonObject> &bodies)
{
    FloorRun run;
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QEventLoop loop;

    // The token first, outside the clock (push signs in once too).
    const QByteArray token = Bench::demoToken(network, server);
    if (token.isEmpty()) {
        run.error = QStringLiteral("the floor got no token");
        return run;
    }

    QList<QByteArray> payloads;
    for (const QJsonObject &body : bodies)
        payloads.append(QJsonDocument(body).toJson(QJsonDocument::Compact));
    QNetworkRequest request(server.baseUrl.resolved(
            QUrl(QLatin1Char('/') + server.apiVersion
                 + QStringLiteral("/marketing-solutions/audience-segments"))));
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    QList<int> statuses(payloads.size(), 0);
    QList<QByteArray> answers(payloads.size());
    int next = 0;
    int done = 0;
    std::function<void()> sendNext = [&] {
        const int i = next++;
        QNetworkReply *reply = network.sendCustomRequest(request, "PATCH", payloads.at(i));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, i] {
            statuses[i] = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            answers[i] = reply->readAll();
            reply->deleteLater();
            ++done;
            if (next < payloads.size())
                sendNext();
            else if (done == payloads.size())
                loop.quit();
        });
    };

    const double cpuBefore = cpuSecondsOfSelf();
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < inFlight && next < payloads.size(); ++i)
        sendNext();
    if (!payloads.isEmpty())
        loop.exec();
    run.wallSeconds = double(clock.nsecsElapsed()) / 1e9;
    run.cpuSeconds = cpuSecondsOfSelf() - cpuBefore;

    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QJsonObject answer = QJsonDocument::fromJson(answers.at(i)).object();
        const qsizetype sent = bodies.at(i).value(QLatin1String("data")).toArray().size();
        const qsizetype applied = answer.value(QLatin1String("data")).toArray().size();
        if (statuses.at(i) != 200 || applied != sent
            || !answer.value(QLatin1String("errors")).toArray().isEmpty()) {
            run.error = QStringLiteral("floor request %1: HTTP %2, %3 of %4 applied")
                                .arg(i)
                                .arg(statuses.at(i))
                                .arg(applied)
                                .arg(sent);
            break;
        }
    }
    return run;
}

// Renames `edits` segments spread evenly over the file ("Bench <id>", unique): `edited` is the
// original with another name. Shared contact lists are read-only and left alone.
bool editNames(const QString &from, const QString &to, int edits, QString *error)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return false;
    }
    QJsonObject document = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray segments = document.value(QLatin1String("segments")).toArray();
    QList<qsizetype> writable;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QJsonObject attributes = segments.at(i)
                                               .toObject()
                                               .value(QLatin1String("original"))
                                               .toObject()
                                               .value(QLatin1String("attributes"))
                                               .toObject();
        if (!attributes.value(QLatin1String("contactList"))
                     .toObject()
                     .value(QLatin1String("isReadOnly"))
                     .toBool())
            writable.append(i);
    }
    if (writable.size() < edits) {
        *error = QStringLiteral("%1 has only %2 writable segments for %3 edits")
                         .arg(from)
                         .arg(writable.size())
                         .arg(edits);
        return false;
    }
    for (int k = 0; k < edits; ++k) {
        const qsizetype i = writable.at(qsizetype(double(k) * writable.size() / edits));
        QJsonObject entry = segments.at(i).toObject();
        QJsonObject edited = entry.value(QLatin1String("original")).toObject();
        QJsonObject attributes = edited.value(QLatin1String("attributes")).toObject();
        attributes.insert(
                QLatin1String("name"),
                QStringLiteral("Bench %1").arg(edited.value(QLatin1String("id")).toString()));
        edited.insert(QLatin1String("attributes"), attributes);
        entry.insert(QLatin1String("edited"), edited);
        segments.replace(i, entry);
    }
    document.insert(QLatin1String("segments"), segments);
    QFile outFile(to);
    if (!outFile.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || outFile.write(QJsonDocument(document).toJson(QJsonDocument::Compact)) < 0) {
        *error = outFile.errorString();
        return false;
    }
    return true;
}

// One line of the table.
struct PushFigure
{
    int edits = 0;
    int segments = 0;
    QString name;
    QString unit;
    double value = 0;
    std::optional<double> floor;
    std::optional<double> ratio;
    QString goal; // empty: for information
    std::optional<bool> met;
};

class PushBenchmark
{
public:
    PushBenchmark(const QList<int> &sizes, const QList<int> &edits)
        : m_sizes(sizes)
        , m_edits(edits)
    { }

    bool run(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        m_env = childEnvironment(m_dir.filePath(QStringLiteral("runtime")));
        QDir().mkpath(m_dir.filePath(QStringLiteral("runtime")));
        for (const int size : m_sizes) {
            const QString pulled = m_dir.filePath(QStringLiteral("pulled-%1.json").arg(size));
            int workingSet = 0;
            if (!pull(size, pulled, &workingSet, error))
                return false;
            for (const int edits : m_edits)
                if (!runOne(size, workingSet, edits, pulled, error))
                    return false;
        }
        return true;
    }

    const QList<PushFigure> &figures() const { return m_figures; }

private:
    // The working set of every segment the credentials reach, from a server of `size` segments.
    bool pull(int size, const QString &path, int *workingSet, QString *error)
    {
        DemoServerProcess server;
        if (!server.start(size, m_env, error))
            return false;
        const QProcessEnvironment env = server.credentials(m_env);
        // The server has no limit and says none: the client is told not to pace itself, as
        // the floor does not.
        const QStringList connection{QStringLiteral("--base-url"), server.baseUrl.toString(),
                                     QStringLiteral("--calls-per-minute"), QStringLiteral("0")};
        QByteArray listing;
        if (!runSegmentCtl(QStringList{QStringLiteral("advertisers"), QStringLiteral("--json")}
                                   + connection,
                           env, &listing, error))
            return false;
        QStringList advertisers;
        for (const QJsonValue &a : QJsonDocument::fromJson(listing).array())
            advertisers.append(a.toObject().value(QLatin1String("id")).toString());
        if (!runSegmentCtl(QStringList{QStringLiteral("pull"), QStringLiteral("--advertiser"),
                                       advertisers.join(QLatin1Char(',')), QStringLiteral("-o"),
                                       path}
                                   + connection,
                           env, nullptr, error))
            return false;
        QString why;
        const auto set = WorkingSet::read(path, &why);
        if (!set) {
            *error = why;
            return false;
        }
        *workingSet = int(set->segments.size());
        return true;
    }

    bool runOne(int size, int workingSet, int edits, const QString &pulled, QString *error)
    {
        err() << "S=" << size << " (" << workingSet << " in the working set), N=" << edits << "…"
              << Qt::endl;
        const QString stem = m_dir.filePath(QStringLiteral("run-%1-%2").arg(size).arg(edits));
        const QString edited = stem + QStringLiteral("-edited.json");
        if (!editNames(pulled, edited, edits, error))
            return false;
        QString why;
        const auto set = WorkingSet::read(edited, &why);
        if (!set) {
            *error = why;
            return false;
        }
        const ChangePlan plan = ChangePlan::of(*set);
        const QList<QJsonObject> bodies = plan.requestBodies(chunkSize);
        if (plan.sendable().size() != edits) {
            *error = QStringLiteral("%1 sendable changes for %2 edits")
                             .arg(plan.sendable().size())
                             .arg(edits);
            return false;
        }

        // The push, on a fresh server: the state the file was pulled from.
        const QString file = stem + QStringLiteral("-push.json");
        if (!QFile::copy(edited, file)) {
            *error = QStringLiteral("cannot copy %1").arg(edited);
            return false;
        }
        MeasuredRun push;
        {
            DemoServerProcess server;
            if (!server.start(size, m_env, error))
                return false;
            push = runMeasured({QStringLiteral("push"), file, QStringLiteral("--base-url"),
                                server.baseUrl.toString(), QStringLiteral("--calls-per-minute"),
                                QStringLiteral("0")},
                               server.credentials(m_env), stem + QStringLiteral("-push.out"),
                               stem + QStringLiteral("-push.err"));
        }
        QFile pushErr(stem + QStringLiteral("-push.err"));
        const QString pushLog = pushErr.open(QIODevice::ReadOnly)
                ? QString::fromUtf8(pushErr.readAll())
                : QString();
        if (!push.error.isEmpty() || push.exitCode != 0
            || !pushLog.contains(QStringLiteral("Updated: %1,").arg(edits))) {
            *error = QStringLiteral("segmentctl push failed (exit %1) %2:\n%3")
                             .arg(push.exitCode)
                             .arg(push.error, pushLog);
            return false;
        }

        // The floor, on another fresh server.
        FloorRun floor;
        {
            DemoServerProcess server;
            if (!server.start(size, m_env, error))
                return false;
            floor = sendFloor(server, bodies);
        }
        if (!floor.error.isEmpty()) {
            *error = floor.error;
            return false;
        }
        QFile::remove(edited);
        QFile::remove(file);

        const auto add = [&](const QString &name, const QString &unit, double value,
                             std::optional<double> floorValue, const QString &goal,
                             std::optional<double> limit) {
            PushFigure figure;
            figure.edits = edits;
            figure.segments = size;
            figure.name = name;
            figure.unit = unit;
            figure.value = value;
            figure.floor = floorValue;
            if (floorValue && *floorValue > 0)
                figure.ratio = value / *floorValue;
            figure.goal = goal;
            if (limit && figure.ratio)
                figure.met = *figure.ratio <= *limit;
            m_figures.append(figure);
        };
        add(QStringLiteral("wall time"), QStringLiteral("s"), push.wallSeconds, floor.wallSeconds,
            QStringLiteral("<= %1x floor").arg(wallGoal), wallGoal);
        const double cpuPerEdit = push.cpuSeconds * 1e6 / edits;
        add(QStringLiteral("CPU per edit"), QStringLiteral("us"), cpuPerEdit,
            floor.cpuSeconds * 1e6 / edits, QString(), std::nullopt);
        if (size == m_sizes.first()) {
            m_baseCpuPerEdit.insert(edits, cpuPerEdit);
        } else {
            add(QStringLiteral("CPU per edit vs S=%1").arg(m_sizes.first()), QStringLiteral("us"),
                cpuPerEdit, m_baseCpuPerEdit.value(edits), QStringLiteral("<= %1x").arg(cpuGoal),
                cpuGoal);
        }
        add(QStringLiteral("peak memory"), QStringLiteral("MiB"), push.maxRssKiB / 1024.0,
            std::nullopt, QString(), std::nullopt);
        err() << "  push " << number(push.wallSeconds) << " s, floor " << number(floor.wallSeconds)
              << " s, " << bodies.size() << " PATCH requests" << Qt::endl;
        return true;
    }

    QList<int> m_sizes;
    QList<int> m_edits;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QList<PushFigure> m_figures;
    QHash<int, double> m_baseCpuPerEdit; // per N, at the first size
};

void printTable(const QList<PushFigure> &figures, const QString &machine)
{
    out() << "segmentctl push against serve-demo --calls-per-minute 0; floor: the same PATCH "
             "bodies from a bare QNetworkAccessManager, "
          << inFlight << " in flight, " << chunkSize << " per request" << Qt::endl;
    out() << "machine: " << machine << Qt::endl;
    const auto row = [](const QStringList &cells) {
        const QList<int> widths{6, 8, 24, 12, 12, 8};
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += i < widths.size() ? cells.at(i).leftJustified(widths.at(i)) + QLatin1Char(' ')
                                      : cells.at(i);
        out() << line.trimmed() << Qt::endl;
    };
    row({QStringLiteral("N"), QStringLiteral("S"), QStringLiteral("figure"),
         QStringLiteral("value"), QStringLiteral("floor"), QStringLiteral("ratio"),
         QStringLiteral("goal")});
    for (const PushFigure &f : figures) {
        QString goal = f.goal.isEmpty() ? QStringLiteral("-") : f.goal;
        if (f.met)
            goal += *f.met ? QStringLiteral(" (met)") : QStringLiteral(" (missed)");
        row({QString::number(f.edits), QString::number(f.segments), f.name,
             number(f.value) + QLatin1Char(' ') + f.unit,
             f.floor ? number(*f.floor) + QLatin1Char(' ') + f.unit : QStringLiteral("-"),
             f.ratio ? number(*f.ratio) + QLatin1Char('x') : QStringLiteral("-"), goal});
    }
}

bool writeJson(const QString &path, const QList<PushFigure> &figures, const QString &machine)
{
    QJsonArray rows;
    for (const PushFigure &f : figures) {
        QJsonObject row{{QStringLiteral("edits"), f.edits},
                        {QStringLiteral("segments"), f.segments},
                        {QStringLiteral("figure"), f.name},
                        {QStringLiteral("unit"), f.unit},
                        {QStringLiteral("value"), f.value},
                        {QStringLiteral("floor"), f.floor ? QJsonValue(*f.floor) : QJsonValue()},
                        {QStringLiteral("ratio"), f.ratio ? QJsonValue(*f.ratio) : QJsonValue()},
                        {QStringLiteral("goal"), f.goal.isEmpty() ? QJsonValue() : f.goal},
                        {QStringLiteral("met"), f.met ? QJsonValue(*f.met) : QJsonValue()}};
        rows.append(row);
    }
    const QJsonObject document{{QStringLiteral("machine"), machine},
                               {QStringLiteral("chunkSize"), chunkSize},
                               {QStringLiteral("inFlight"), inFlight},
                               {QStringLiteral("figures"), rows}};
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(QJsonDocument(document).toJson(QJsonDocument::Indented)) > 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Times segmentctl push against the demo server, beside the floor of "
                           "the same PATCH requests."));
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("sizes"),
                                   QStringLiteral("Segments on the server (S), comma-separated."),
                                   QStringLiteral("S,…"), QStringLiteral("20000,100000"));
    const QCommandLineOption edits(QStringLiteral("edits"),
                                   QStringLiteral("Edits to push (N), comma-separated."),
                                   QStringLiteral("N,…"), QStringLiteral("1000,10000"));
    const QCommandLineOption smoke(QStringLiteral("smoke"),
                                   QStringLiteral("One small run (S=300, N=100): does it work?"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Write the figures to this JSON file too."),
                                  QStringLiteral("FILE"));
    parser.addOptions({sizes, edits, smoke, json});
    parser.process(app);

    auto sizeList = numbers(parser.value(sizes), 1, 100000);
    auto editList = numbers(parser.value(edits), 1, 100000);
    if (parser.isSet(smoke)) {
        sizeList = QList<int>{300};
        editList = QList<int>{100};
    }
    if (!sizeList || !editList) {
        err() << "--sizes takes numbers from 1 to 100000, --edits numbers from 1 up" << Qt::endl;
        return 2;
    }

    const QString machine = machineFacts();
    PushBenchmark benchmark(*sizeList, *editList);
    QString error;
    if (!benchmark.run(&error)) {
        err() << "bench_push: " << error << Qt::endl;
        return 1;
    }
    printTable(benchmark.figures(), machine);
    if (parser.isSet(json) && !writeJson(parser.value(json), benchmark.figures(), machine)) {
        err() << "bench_push: cannot write " << parser.value(json) << Qt::endl;
        return 1;
    }
    return 0;
}
