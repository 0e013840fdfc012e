#pragma once

// What the benchmarks share: the demo server and segmentctl as child processes measured on their
// own (wall time, CPU, peak memory from wait4()), the machine's facts, and one table of figures
// ("figure | N | value | floor | ratio | goal") printed and written as JSON the same way by every
// benchmark, so that .ci/bench can merge them into build/bench.json and docs/performance.md.
// POSIX only (posix_spawn, wait4, /proc).

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QUrl>

#include <functional>
#include <optional>
#include <sys/time.h>

class QNetworkAccessManager;

namespace Bench {

QTextStream &out();
QTextStream &err();
double seconds(const timeval &t);
double cpuSecondsOfSelf();
// This process's peak and current resident memory (VmHWM, VmRSS of /proc/self/status), in KiB.
qint64 peakRssKiB();
qint64 currentRssKiB();

// The environment of every segmentctl: none of the caller's credentials, proxies or logging
// rules, no session bus (so no keychain), an English C locale.
QProcessEnvironment childEnvironment(const QString &runtimeDir);

// `segmentctl serve-demo` as a child process.
class DemoServerProcess
{
public:
    ~DemoServerProcess() { stop(); }

    bool start(int segments, const QProcessEnvironment &env, QString *error)
    {
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(SEGMENTCTL),
                        {QStringLiteral("serve-demo"), QStringLiteral("--segments"),
                         QString::number(segments), QStringLiteral("--calls-per-minute"),
                         QStringLiteral("0")});
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("serve-demo did not start: %1").arg(m_process.errorString());
            return false;
        }
        // The banner ends with "Press Ctrl+C to stop."; generating 100 000 segments takes a while.
        QByteArray banner;
        QElapsedTimer clock;
        clock.start();
        while (!banner.contains("Ctrl+C") && clock.elapsed() < 120000) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            m_process.waitForReadyRead(1000);
            banner += m_process.readAll();
        }
        const QString text = QString::fromUtf8(banner);
        const auto field = [&text](const QString &label) {
            const QRegularExpression re(QRegularExpression::escape(label)
                                        + QStringLiteral(":\\s+(\\S+)"));
            return re.match(text).captured(1);
        };
        baseUrl = QUrl(field(QStringLiteral("Base URL")));
        apiVersion = field(QStringLiteral("API version"));
        clientId = field(QStringLiteral("Client id"));
        clientSecret = field(QStringLiteral("Client secret"));
        if (!baseUrl.isValid() || baseUrl.port() <= 0 || clientId.isEmpty()
            || clientSecret.isEmpty()) {
            *error = QStringLiteral("serve-demo did not print its address and credentials:\n%1")
                             .arg(text);
            stop();
            return false;
        }
        return true;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QProcessEnvironment credentials(QProcessEnvironment env) const
    {
        env.insert(QStringLiteral("CRITEO_CLIENT_ID"), clientId);
        env.insert(QStringLiteral("CRITEO_CLIENT_SECRET"), clientSecret);
        return env;
    }

    QUrl baseUrl;
    QString apiVersion;
    QString clientId;
    QString clientSecret;

private:
    QProcess m_process;
};

// segmentctl for the set-up steps (advertisers, pull): what it printed, or an error.
bool runSegmentCtl(const QStringList &arguments, const QProcessEnvironment &env, QByteArray *output,
                   QString *error);

// One run of a child measured on its own: wall time from the start to the end, and its own CPU
// time and peak memory as wait4() reports them (not mixed with other children, as
// RUSAGE_CHILDREN's peak would be).
struct MeasuredRun
{
    QString error;
    int exitCode = -1;
    double wallSeconds = 0;
    double cpuSeconds = 0;
    qint64 maxRssKiB = 0;
};

// `program` (segmentctl when empty) with `arguments`, its output to the two files.
MeasuredRun runMeasured(const QStringList &arguments, const QProcessEnvironment &env,
                        const QString &stdoutPath, const QString &stderrPath,
                        const QString &program = {});

// Three significant digits, without an exponent.
QString number(double value);
// "2 CPUs (model), 23.4 GiB RAM".
QString machineFacts();
// "1000,10000" -> {1000, 10000}; nothing when a part is not a number within [min, max].
std::optional<QList<int>> numbers(const QString &text, int min, int max);

// The best (smallest) wall time of `work` in seconds, over at least `runs` runs and until
// `budgetSeconds` have passed; `setup` runs before each, outside the clock.
double bestSeconds(const std::function<void()> &work, const std::function<void()> &setup = {},
                   int runs = 3, double budgetSeconds = 0.5);

// One line of a benchmark's table: a figure at a size, the floor measured in the same run on the
// same bytes, and the goal (a ratio to the floor, and for some figures a limit on the value).
struct Figure
{
    QString name;
    int n = 0;
    QString unit;
    double value = 0;
    std::optional<double> floor;
    QString floorName; // what the floor is
    std::optional<double> goalRatio;
    std::optional<double> goalLimit; // in `unit`
    QString note;

    std::optional<double> ratio() const;
    std::optional<bool> met() const;
    QString goalText() const;
};

// The figures of one benchmark: printed as a table, written as JSON ({benchmark, machine,
// figures: [{figure, n, unit, value, floor, floorName, ratio, goal, goalRatio, goalLimit, met,
// note}]}).
class Report
{
public:
    explicit Report(const QString &benchmark)
        : m_benchmark(benchmark)
    { }
    void add(const Figure &figure) { m_figures.append(figure); }
    const QList<Figure> &figures() const { return m_figures; }
    void print() const;
    bool writeJson(const QString &path) const;

private:
    QString m_benchmark;
    QList<Figure> m_figures;
};

// An access token from the demo server, asked over `network` as a bare client would (the floors
// sign in once, outside their clock, as the front ends do); empty when none came.
QByteArray demoToken(QNetworkAccessManager &network, const DemoServerProcess &server);

} // namespace Bench
