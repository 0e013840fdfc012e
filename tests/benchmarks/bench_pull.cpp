// `segmentctl pull` of every segment of a demo server of N segments, beside its floors measured in
// the same run on the same pages:
//   - pull N segments, unthrottled server: the wall time of `segmentctl pull` (a child process,
//     against `segmentctl serve-demo --calls-per-minute 0`) / a bare keep-alive
//     QNetworkAccessManager loop in this process over the same search pages (limit 100), each
//     answer read whole. Goal <= 1.3x.
//   - peak memory: pull: the peak RSS of that pull less the peak RSS of `segmentctl advertisers`
//     (the same program, libraries and sign-in, one call) / the size of the working set's JSON.
//     Goal <= 2x.
//   - pull against a limit of L calls a minute: in this process, SegmentSearchJob (what pull runs)
//     against an embedded DemoServer whose limit is on, with L chosen so that the pull needs four
//     minutes of calls. Both the server's clock and the client's pacing clock are injected and run
//     up to 60 times faster than the wall clock (one minute of them in one second; slower for a
//     pull whose calls alone would take a tenth of those minutes), so the figure takes seconds: its
//     value is in those minutes, its floor ceil(calls / L) minutes. Goal <= 1.1x, no 429 answered.
// It never fails on a time: it fails only when a step does not work.
//
//   bench_pull [--sizes 1000,10000,100000] [--json FILE]
//   bench_pull --smoke        (N = 300: checks that it still works)
#include "ApiClient.h"
#include "BenchSupport.h"
#include "DemoDataGenerator.h"
#include "DemoServer.h"
#include "SegmentSearchJob.h"
#include "TokenProvider.h"
#include "WorkingSet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>

using namespace Bench;

namespace {

const int pageSize = 100;      // SegmentSearchJob's page
const double pullGoal = 1.3;   // pull / the bare loop
const double memoryGoal = 2.0; // peak memory above the program's own / the working set's bytes
const double limitGoal = 1.1;  // minutes taken / ceil(calls / L)
const int timeScale = 60;      // injected clocks: one minute in one second
const int limitedMinutes = 4;  // L = ceil(calls / 4)

// The floor of a pull: the same search pages, one after the other on one keep-alive connection,
// each answer read whole and nothing done with it. Bytes of the answers in `bytes`.
struct FloorRun
{
    QString error;
    double wallSeconds = 0;
    qint64 bytes = 0;
    int pages = 0;
};

FloorRun pullFloor(const DemoServerProcess &server, const QStringList &advertisers)
{
    FloorRun run;
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QEventLoop loop;

    // The token first, outside the clock (pull signs in once too).
    const QByteArray token = Bench::demoToken(network, server);
    if (token.isEmpty()) {
        run.error = QStringLiteral("the floor got no token");
        return run;
    }

    const QByteArray body
            = QJsonDocument(QJsonObject{{QLatin1String("data"),
                                         QJsonObject{{QLatin1String("attributes"),
                                                      QJsonObject{{QLatin1String("advertiserIds"),
                                                                   QJsonArray::fromStringList(
                                                                           advertisers)}}}}}})
                      .toJson(QJsonDocument::Compact);
    const QUrl url = server.baseUrl.resolved(
            QUrl(QLatin1Char('/') + server.apiVersion
                 + QStringLiteral("/marketing-solutions/audience-segments/search")));
    QList<QByteArray> answers;
    int offset = 0;
    qint64 total = -1;
    std::function<void()> next = [&] {
        QUrl pageUrl = url;
        pageUrl.setQuery(QStringLiteral("limit=%1&offset=%2").arg(pageSize).arg(offset));
        QNetworkRequest request(pageUrl);
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setRawHeader("Accept", "application/json");
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->deleteLater();
            answers.append(reply->readAll());
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
                run.error = QStringLiteral("floor page at %1: HTTP %2")
                                    .arg(offset)
                                    .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute)
                                                 .toInt());
                loop.quit();
                return;
            }
            // Only the total is read while the clock runs, as a pager must.
            if (total < 0) {
                const QByteArray &a = answers.constLast();
                const qsizetype at = a.lastIndexOf("\"totalItems\":");
                total = at < 0 ? 0 : a.mid(at + 13, 20).split('}').first().trimmed().toLongLong();
            }
            offset += pageSize;
            if (offset < total)
                next();
            else
                loop.quit();
        });
    };
    QElapsedTimer clock;
    clock.start();
    next();
    loop.exec();
    run.wallSeconds = double(clock.nsecsElapsed()) / 1e9;
    run.pages = int(answers.size());
    for (const QByteArray &a : std::as_const(answers))
        run.bytes += a.size();
    qint64 segments = 0;
    for (const QByteArray &a : std::as_const(answers))
        segments += QJsonDocument::fromJson(a)
                            .object()
                            .value(QLatin1String("data"))
                            .toArray()
                            .size();
    if (run.error.isEmpty() && segments != total)
        run.error = QStringLiteral("the floor read %1 of %2 segments").arg(segments).arg(total);
    return run;
}

// SegmentSearchJob against an embedded server limited to `limit` calls a minute (0: none), with
// both clocks `timeScale` times faster than the wall clock.
struct LimitedRun
{
    QString error;
    double minutes = 0; // on the injected clocks
    double wallMs = 0;
    int calls = 0;   // search calls answered
    int refused = 0; // 429s among them
    qsizetype segments = 0;
};

LimitedRun pullLimited(int segments, int limit, int scale)
{
    LimitedRun run;
    DemoServer server(DemoDataGenerator::generate(1, segments));
    DemoServerOptions options = server.options();
    options.callsPerMinute = limit;
    server.setOptions(options);
    QElapsedTimer wall;
    wall.start();
    const QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(9, 0, 0), Qt::UTC);
    const auto scaledMs = [&wall, scale] { return wall.elapsed() * scale; };
    server.setClock([&] { return start.addMSecs(scaledMs()); });
    if (!server.listen()) {
        run.error = QStringLiteral("the demo server cannot listen on loopback");
        return run;
    }
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    ApiConfig config;
    config.baseUrl = server.baseUrl();
    config.apiVersion = server.apiVersion();
    config.clock = [&] { return start.addMSecs(scaledMs()); };
    config.monotonicMs = scaledMs;
    TokenProvider tokens(&network, config);
    tokens.setClientCredentials(server.clientId(), server.clientSecret());
    ApiClient client(&network, &tokens, config);
    // As pull: the client starts from Criteo's 250 and learns the server's limit from the first
    // answer's x-ratelimit-limit (pages are asked one after the other).

    SegmentSearchJob::Query query;
    query.advertiserIds = server.data().reachableAdvertiserIds();
    SegmentSearchJob job(&client, query);
    QEventLoop loop;
    QObject::connect(&job, &SegmentSearchJob::finished, &loop, &QEventLoop::quit);
    const qint64 begin = scaledMs();
    job.start();
    loop.exec();
    run.minutes = double(scaledMs() - begin) / 60000.0;
    run.wallMs = double(scaledMs() - begin) / scale;
    if (job.hasError())
        run.error = job.errorString();
    run.segments = job.segments().size();
    for (const RecordedRequest &r : server.requests()) {
        if (!r.path.endsWith(QLatin1String("/search")))
            continue;
        ++run.calls;
        run.refused += r.status == 429 ? 1 : 0;
    }
    return run;
}

class PullBenchmark
{
public:
    explicit PullBenchmark(Report *report)
        : m_report(report)
    { }

    bool run(int size, QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        const QString runtime = m_dir.filePath(QStringLiteral("runtime"));
        QDir().mkpath(runtime);
        const QProcessEnvironment base = childEnvironment(runtime);
        err() << "bench_pull N=" << size << "…" << Qt::endl;

        DemoServerProcess server;
        if (!server.start(size, base, error))
            return false;
        const QProcessEnvironment env = server.credentials(base);
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

        const QString stem = m_dir.filePath(QStringLiteral("pull-%1").arg(size));
        const MeasuredRun baseline = runMeasured(
                QStringList{QStringLiteral("advertisers"), QStringLiteral("--json")} + connection,
                env, stem + QStringLiteral("-baseline.out"),
                stem + QStringLiteral("-baseline.err"));
        const QString file = stem + QStringLiteral(".json");
        const MeasuredRun pull = runMeasured(
                QStringList{QStringLiteral("pull"), QStringLiteral("--advertiser"),
                            advertisers.join(QLatin1Char(',')), QStringLiteral("-o"), file}
                        + connection,
                env, stem + QStringLiteral(".out"), stem + QStringLiteral(".err"));
        if (!pull.error.isEmpty() || pull.exitCode != 0 || !baseline.error.isEmpty()
            || baseline.exitCode != 0) {
            QFile log(stem + QStringLiteral(".err"));
            log.open(QIODevice::ReadOnly);
            *error = QStringLiteral("segmentctl pull failed (exit %1) %2:\n%3")
                             .arg(pull.exitCode)
                             .arg(pull.error, QString::fromUtf8(log.readAll()));
            return false;
        }
        QString why;
        const auto set = WorkingSet::read(file, &why);
        if (!set) {
            *error = why;
            return false;
        }
        const FloorRun floor = pullFloor(server, advertisers);
        if (!floor.error.isEmpty()) {
            *error = floor.error;
            return false;
        }
        if (floor.pages > 0 && set->segments.size() > qsizetype(floor.pages) * pageSize) {
            *error = QStringLiteral("pull wrote more segments than the floor read");
            return false;
        }
        server.stop();

        Figure figure;
        figure.name = QStringLiteral("pull N segments, unthrottled server");
        figure.n = size;
        figure.unit = QStringLiteral("s");
        figure.value = pull.wallSeconds;
        figure.floor = floor.wallSeconds;
        figure.floorName = QStringLiteral("bare keep-alive QNetworkAccessManager loop, %1 pages")
                                   .arg(floor.pages);
        figure.goalRatio = pullGoal;
        figure.note = QStringLiteral("%1 segments in the working set").arg(set->segments.size());
        m_report->add(figure);

        Figure memory;
        memory.name = QStringLiteral("peak memory: pull");
        memory.n = size;
        memory.unit = QStringLiteral("MiB");
        memory.value = double(qMax<qint64>(0, pull.maxRssKiB - baseline.maxRssKiB)) / 1024.0;
        memory.floor = double(QFileInfo(file).size()) / 1024.0 / 1024.0;
        memory.floorName = QStringLiteral("size of the working set's JSON");
        memory.goalRatio = memoryGoal;
        memory.note = QStringLiteral("peak RSS %1 MiB less %2 MiB of segmentctl advertisers")
                              .arg(number(pull.maxRssKiB / 1024.0),
                                   number(baseline.maxRssKiB / 1024.0));
        m_report->add(memory);
        QFile::remove(file);

        return limited(size, error);
    }

private:
    bool limited(int size, QString *error)
    {
        // How many calls the pull makes, then a limit that needs `limitedMinutes` of them.
        const LimitedRun free = pullLimited(size, 0, timeScale);
        if (!free.error.isEmpty()) {
            *error = free.error;
            return false;
        }
        const int limit = qMax(1, int(std::ceil(double(free.calls) / limitedMinutes)));
        // The clocks run fast, but the calls take their own wall time: the unthrottled pull must
        // stay within a tenth of the limited minutes, or the figure would time the wire instead
        // of the pacing. A large pull gets a slower clock (and takes longer).
        const int scale = qBound(1, int(0.1 * limitedMinutes * 60000.0 / qMax(1.0, free.wallMs)),
                                 timeScale);
        const LimitedRun run = pullLimited(size, limit, scale);
        if (!run.error.isEmpty() || run.segments != free.segments) {
            *error = QStringLiteral("the limited pull failed: %1 (%2 of %3 segments)")
                             .arg(run.error)
                             .arg(run.segments)
                             .arg(free.segments);
            return false;
        }
        Figure figure;
        figure.name = QStringLiteral("pull against a limit of L calls a minute");
        figure.n = size;
        figure.unit = QStringLiteral("min");
        figure.value = run.minutes;
        figure.floor = std::ceil(double(run.calls - run.refused) / limit);
        figure.floorName = QStringLiteral("ceil(%1 calls / L = %2) minutes")
                                   .arg(run.calls - run.refused)
                                   .arg(limit);
        figure.goalRatio = limitGoal;
        figure.note = QStringLiteral("%1 answered 429; clocks injected, %2x the wall clock")
                              .arg(run.refused)
                              .arg(scale);
        if (run.refused > 0)
            figure.goalLimit = 0; // no 429: shows as missed
        m_report->add(figure);
        return true;
    }

    Report *m_report;
    QTemporaryDir m_dir;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("segment.*.info=false")); // one line a call
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Times segmentctl pull against the demo server, beside its floors."));
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("sizes"),
                                   QStringLiteral("Segments on the server (N), comma-separated."),
                                   QStringLiteral("N,…"), QStringLiteral("1000,10000,100000"));
    const QCommandLineOption smoke(QStringLiteral("smoke"),
                                   QStringLiteral("One small run (N=300): does it work?"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Write the figures to this JSON file too."),
                                  QStringLiteral("FILE"));
    parser.addOptions({sizes, smoke, json});
    parser.process(app);

    auto sizeList = numbers(parser.value(sizes), 1, DemoDataGenerator::MaxSegments);
    if (parser.isSet(smoke))
        sizeList = QList<int>{300};
    if (!sizeList) {
        err() << "--sizes takes numbers from 1 to " << DemoDataGenerator::MaxSegments << Qt::endl;
        return 2;
    }
    Report report(QStringLiteral("bench_pull"));
    PullBenchmark benchmark(&report);
    for (const int size : *sizeList) {
        QString error;
        if (!benchmark.run(size, &error)) {
            err() << "bench_pull: " << error << Qt::endl;
            return 1;
        }
    }
    report.print();
    if (parser.isSet(json) && !report.writeJson(parser.value(json))) {
        err() << "bench_pull: cannot write " << parser.value(json) << Qt::endl;
        return 1;
    }
    return 0;
}
