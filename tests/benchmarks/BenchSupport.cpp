#include "BenchSupport.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>

#include <cerrno>
#include <cmath>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace Bench {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

double seconds(const timeval &t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

double cpuSecondsOfSelf()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// The environment of every segmentctl: none of the caller's credentials, proxies or logging
// rules, no session bus (so no keychain), an English C locale.
namespace {

qint64 statusKiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toLongLong();
    return 0;
}

} // namespace

qint64 peakRssKiB()
{
    return statusKiB("VmHWM:");
}

qint64 currentRssKiB()
{
    return statusKiB("VmRSS:");
}

QProcessEnvironment childEnvironment(const QString &runtimeDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"CRITEO_CLIENT_ID", "CRITEO_CLIENT_SECRET", "http_proxy", "https_proxy", "all_proxy",
          "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "no_proxy", "NO_PROXY", "QT_LOGGING_RULES",
          "DBUS_SESSION_BUS_ADDRESS", "DISPLAY"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

// segmentctl for the set-up steps (advertisers, pull): what it printed, or an error.
bool runSegmentCtl(const QStringList &arguments, const QProcessEnvironment &env, QByteArray *output,
                   QString *error)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SEGMENTCTL), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = QStringLiteral("segmentctl %1 failed (exit %2):\n%3")
                         .arg(arguments.first())
                         .arg(process.exitCode())
                         .arg(QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

MeasuredRun runMeasured(const QStringList &arguments, const QProcessEnvironment &env,
                        const QString &stdoutPath, const QString &stderrPath,
                        const QString &programPath)
{
    MeasuredRun run;
    const QByteArray program = programPath.isEmpty() ? QByteArrayLiteral(SEGMENTCTL)
                                                     : QFile::encodeName(programPath);
    QList<QByteArray> argumentBytes{program};
    for (const QString &argument : arguments)
        argumentBytes.append(argument.toLocal8Bit());
    QList<char *> argv;
    for (QByteArray &a : argumentBytes)
        argv.append(a.data());
    argv.append(nullptr);
    QList<QByteArray> envBytes;
    for (const QString &entry : env.toStringList())
        envBytes.append(entry.toLocal8Bit());
    QList<char *> envp;
    for (QByteArray &e : envBytes)
        envp.append(e.data());
    envp.append(nullptr);
    const QByteArray outFile = QFile::encodeName(stdoutPath);
    const QByteArray errFile = QFile::encodeName(stderrPath);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outFile.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_addopen(&actions, 2, errFile.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int spawned
            = posix_spawn(&pid, program.constData(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        run.error = QStringLiteral("cannot start %1: %2")
                            .arg(QString::fromLocal8Bit(program), qt_error_string(spawned));
        return run;
    }
    int status = 0;
    rusage usage{};
    pid_t waited = -1;
    do {
        waited = wait4(pid, &status, 0, &usage);
    } while (waited < 0 && errno == EINTR);
    run.wallSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (waited != pid) {
        run.error = QStringLiteral("cannot wait for segmentctl: %1").arg(qt_error_string(errno));
        return run;
    }
    run.cpuSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    run.maxRssKiB = usage.ru_maxrss; // KiB on Linux
    if (WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    else
        run.error = QStringLiteral("segmentctl was killed by signal %1").arg(WTERMSIG(status));
    return run;
}

// Three significant digits, without an exponent.
QString number(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude >= 100 || magnitude == 0)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'f', qMax(0, 2 - int(std::floor(std::log10(magnitude)))));
}

QString machineFacts()
{
    QString cpu;
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    double ramGiB = 0;
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : meminfo.readAll().split('\n')) {
            if (line.startsWith("MemTotal:")) {
                ramGiB = line.mid(9).trimmed().split(' ').first().toDouble() / 1024 / 1024;
                break;
            }
        }
    }
    return QStringLiteral("%1 CPUs (%2), %3 GiB RAM")
            .arg(QThread::idealThreadCount())
            .arg(cpu)
            .arg(ramGiB, 0, 'f', 1);
}

std::optional<QList<int>> numbers(const QString &text, int min, int max)
{
    QList<int> values;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = part.trimmed().toInt(&ok);
        if (!ok || v < min || v > max)
            return std::nullopt;
        values.append(v);
    }
    if (values.isEmpty())
        return std::nullopt;
    return values;
}

double bestSeconds(const std::function<void()> &work, const std::function<void()> &setup, int runs,
                   double budgetSeconds)
{
    double best = -1;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < runs || double(total.nsecsElapsed()) / 1e9 < budgetSeconds; ++i) {
        if (setup)
            setup();
        QElapsedTimer clock;
        clock.start();
        work();
        const double s = double(clock.nsecsElapsed()) / 1e9;
        best = best < 0 ? s : qMin(best, s);
        if (i >= 1000)
            break;
    }
    return best;
}

std::optional<double> Figure::ratio() const
{
    if (!floor || *floor <= 0)
        return std::nullopt;
    return value / *floor;
}

std::optional<bool> Figure::met() const
{
    const auto r = ratio();
    if (!goalRatio && !goalLimit)
        return std::nullopt;
    if (goalRatio && !r)
        return std::nullopt;
    return (!goalRatio || *r <= *goalRatio) && (!goalLimit || value <= *goalLimit);
}

QString Figure::goalText() const
{
    QStringList parts;
    if (goalRatio)
        parts.append(QStringLiteral("<= %1x").arg(*goalRatio));
    if (goalLimit)
        parts.append(QStringLiteral("<= %1 %2").arg(number(*goalLimit), unit));
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

void Report::print() const
{
    out() << m_benchmark << " | machine: " << machineFacts() << Qt::endl;
    out() << "figure | N | value | floor | ratio | goal" << Qt::endl;
    for (const Figure &f : m_figures) {
        QString goal = f.goalText();
        if (const auto met = f.met())
            goal += *met ? QStringLiteral(" (met)") : QStringLiteral(" (missed)");
        const auto ratio = f.ratio();
        out() << f.name << " | " << f.n << " | " << number(f.value) << ' ' << f.unit << " | "
              << (f.floor ? number(*f.floor) + QLatin1Char(' ') + f.unit + QStringLiteral(" (")
                                  + f.floorName + QLatin1Char(')')
                          : QStringLiteral("-"))
              << " | " << (ratio ? number(*ratio) + QLatin1Char('x') : QStringLiteral("-")) << " | "
              << goal << Qt::endl;
    }
}

bool Report::writeJson(const QString &path) const
{
    const auto optional
            = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    QJsonArray rows;
    for (const Figure &f : m_figures) {
        const auto met = f.met();
        rows.append(QJsonObject{{QStringLiteral("figure"), f.name},
                                {QStringLiteral("n"), f.n},
                                {QStringLiteral("unit"), f.unit},
                                {QStringLiteral("value"), f.value},
                                {QStringLiteral("floor"), optional(f.floor)},
                                {QStringLiteral("floorName"), f.floorName},
                                {QStringLiteral("ratio"), optional(f.ratio())},
                                {QStringLiteral("goal"), f.goalText()},
                                {QStringLiteral("goalRatio"), optional(f.goalRatio)},
                                {QStringLiteral("goalLimit"), optional(f.goalLimit)},
                                {QStringLiteral("met"), met ? QJsonValue(*met) : QJsonValue()},
                                {QStringLiteral("note"), f.note}});
    }
    const QJsonObject document{{QStringLiteral("benchmark"), m_benchmark},
                               {QStringLiteral("machine"), machineFacts()},
                               {QStringLiteral("figures"), rows}};
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(QJsonDocument(document).toJson(QJsonDocument::Indented)) > 0;
}

QByteArray demoToken(QNetworkAccessManager &network, const DemoServerProcess &server)
{
    QNetworkRequest request(server.baseUrl.resolved(QUrl(QStringLiteral("/oauth2/token"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    const QByteArray form
            = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(server.clientId)
            + "&client_secret=" + QUrl::toPercentEncoding(server.clientSecret);
    QEventLoop loop;
    QNetworkReply *reply = network.post(request, form);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray token = QJsonDocument::fromJson(reply->readAll())
                                     .object()
                                     .value(QLatin1String("access_token"))
                                     .toString()
                                     .toUtf8();
    reply->deleteLater();
    return token;
}

} // namespace Bench
