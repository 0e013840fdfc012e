#include "ServeDemoCommand.h"

#include "CliCommand.h"
#include "DemoDataGenerator.h"
#include "DemoServer.h"
#include "InterruptWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTime>

#include <limits>
#include <memory>

namespace {

// Reads an integer option within [min, max]; on error writes the message and returns false.
bool intOption(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
               qint64 *value, QTextStream &err)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 v = parser.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        err << QCoreApplication::translate("ServeDemoCommand",
                                           "--%1 takes a number from %2 to %3, not “%4”.")
                        .arg(name, QString::number(min), QString::number(max), parser.value(name))
            << Qt::endl;
        return false;
    }
    *value = v;
    return true;
}

} // namespace

int runServeDemo(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "ServeDemoCommand",
            "Runs a local server on 127.0.0.1 that behaves like the Criteo Marketing Solutions "
            "API (tokens, search, lookups, bulk PATCH, rate limit), with generated sample "
            "data and optional fault injection. Stop it with Ctrl+C."));
    const QCommandLineOption help(
            {QStringLiteral("h"), QStringLiteral("help")},
            QCoreApplication::translate("ServeDemoCommand", "Show this help."));
    const QCommandLineOption port(
            QStringLiteral("port"),
            QCoreApplication::translate("ServeDemoCommand", "Port to listen on (0: any free one)."),
            QCoreApplication::translate("ServeDemoCommand", "N"), QStringLiteral("0"));
    const QCommandLineOption segments(
            QStringLiteral("segments"),
            QCoreApplication::translate("ServeDemoCommand", "Number of sample segments (0 to %1).")
                    .arg(DemoDataGenerator::MaxSegments),
            QCoreApplication::translate("ServeDemoCommand", "N"),
            QString::number(DemoDataGenerator::DefaultSegments));
    const QCommandLineOption seed(
            QStringLiteral("seed"),
            QCoreApplication::translate("ServeDemoCommand",
                                        "Seed of the sample data and of fault shares."),
            QCoreApplication::translate("ServeDemoCommand", "S"), QStringLiteral("1"));
    const QCommandLineOption fault(
            QStringLiteral("fault"),
            QCoreApplication::translate(
                    "ServeDemoCommand",
                    "Faults to inject, e.g. “latency=200,5xx=0.1” or “5xx=1:method=PATCH:count=2”. "
                    "Kinds: latency, 5xx, reset, hang, malformed, truncated, html, expire-token. "
                    "May be repeated."),
            QCoreApplication::translate("ServeDemoCommand", "SPEC"));
    const QCommandLineOption apiVersion(
            QStringLiteral("api-version"),
            QCoreApplication::translate("ServeDemoCommand",
                                        "API version to serve; others answer 410 Gone."),
            QCoreApplication::translate("ServeDemoCommand", "VERSION"), QStringLiteral("2025-10"));
    const QCommandLineOption tokenLifetime(
            QStringLiteral("token-lifetime"),
            QCoreApplication::translate("ServeDemoCommand", "Access token lifetime in seconds."),
            QCoreApplication::translate("ServeDemoCommand", "SECONDS"), QStringLiteral("900"));
    const QCommandLineOption callsPerMinute(
            QStringLiteral("calls-per-minute"),
            QCoreApplication::translate("ServeDemoCommand", "Rate limit per minute (0: none)."),
            QCoreApplication::translate("ServeDemoCommand", "N"), QStringLiteral("250"));
    const QCommandLineOption retryAfter(
            QStringLiteral("retry-after"),
            QCoreApplication::translate("ServeDemoCommand", "Send Retry-After with 429 answers."));
    const QCommandLineOption verbose(
            QStringLiteral("verbose"),
            QCoreApplication::translate("ServeDemoCommand",
                                        "Print one line per request (never headers or bodies)."));
    parser.addOptions({help, port, segments, seed, fault, apiVersion, tokenLifetime, callsPerMinute,
                       retryAfter, verbose});

    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return CliExit::Usage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text = QCoreApplication::translate("ServeDemoCommand", "Usage: %1")
                        .arg(QStringLiteral("segmentctl serve-demo [options]"))
                + text.mid(text.indexOf(QLatin1Char('\n')));
        out << text;
        return CliExit::Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("ServeDemoCommand", "Unexpected argument “%1”.")
                        .arg(parser.positionalArguments().first())
            << Qt::endl;
        return CliExit::Usage;
    }

    qint64 portValue = 0;
    qint64 segmentCount = DemoDataGenerator::DefaultSegments;
    qint64 seedValue = 1;
    qint64 lifetime = 900;
    qint64 perMinute = 250;
    if (!intOption(parser, port.names().first(), 0, 65535, &portValue, err)
        || !intOption(parser, segments.names().first(), 0, DemoDataGenerator::MaxSegments,
                      &segmentCount, err)
        || !intOption(parser, seed.names().first(), 0, std::numeric_limits<qint64>::max(),
                      &seedValue, err)
        || !intOption(parser, tokenLifetime.names().first(), 1, 86400 * 365, &lifetime, err)
        || !intOption(parser, callsPerMinute.names().first(), 0, 1000000, &perMinute, err))
        return CliExit::Usage;

    const QString faultSpec = parser.values(fault).join(QLatin1Char(','));
    QString faultError;
    const auto faults = DemoFault::parseSpec(faultSpec, &faultError);
    if (!faults) {
        err << QCoreApplication::translate("ServeDemoCommand", "--fault: %1").arg(faultError)
            << Qt::endl;
        return CliExit::Usage;
    }

    DemoServer server(DemoDataGenerator::generate(quint64(seedValue), int(segmentCount)));
    DemoServerOptions options = server.options();
    options.apiVersion = parser.value(apiVersion);
    options.tokenLifetimeSeconds = int(lifetime);
    options.callsPerMinute = int(perMinute);
    options.sendRetryAfter = parser.isSet(retryAfter);
    server.setOptions(options);

    server.setFaults(*faults, quint64(seedValue));
    if (!server.listen(quint16(portValue))) {
        err << QCoreApplication::translate("ServeDemoCommand",
                                           "Cannot listen on 127.0.0.1 port %1.")
                        .arg(portValue)
            << Qt::endl;
        return CliExit::Failure;
    }

    if (parser.isSet(verbose)) {
        QObject::connect(
                &server, &DemoServer::requestHandled, &server, [](const RecordedRequest &request) {
                    QTextStream line(stdout);
                    line << QTime::currentTime().toString(Qt::ISODate) << QLatin1Char(' ')
                         << QString::fromLatin1(request.method) << QLatin1Char(' ') << request.path
                         << QLatin1Char(' ') << request.status
                         << (request.fault.isEmpty()
                                     ? QString()
                                     : QLatin1String(" [") + request.fault + QLatin1Char(']'))
                         << Qt::endl;
                });
    }

    const std::unique_ptr<InterruptWatcher> watcher = InterruptWatcher::create();
    QObject::connect(watcher.get(), &InterruptWatcher::interrupted, &server, [&out] {
        out << QCoreApplication::translate("ServeDemoCommand", "Stopping the demo server.")
            << Qt::endl;
        QCoreApplication::quit();
    });

    QStringList faultTexts;
    for (const DemoFault &f : server.faults())
        faultTexts.append(f.toSpec());
    // The demo credentials are fixed, public values of this demo server, not an account's secret.
    const QList<QPair<QString, QString>> lines{
            {QCoreApplication::translate("ServeDemoCommand", "Base URL:"),
             server.baseUrl().toString()},
            {QCoreApplication::translate("ServeDemoCommand", "API version:"), server.apiVersion()},
            {QCoreApplication::translate("ServeDemoCommand", "Client id:"), server.clientId()},
            {QCoreApplication::translate("ServeDemoCommand", "Client secret:"),
             server.clientSecret()},
            {QCoreApplication::translate("ServeDemoCommand", "Segments:"),
             QCoreApplication::translate("ServeDemoCommand", "%1 (seed %2)")
                     .arg(segmentCount)
                     .arg(seedValue)},
            {QCoreApplication::translate("ServeDemoCommand", "Faults:"),
             faultTexts.isEmpty() ? QCoreApplication::translate("ServeDemoCommand", "none")
                                  : faultTexts.join(QLatin1Char(','))},
    };
    out << QCoreApplication::translate("ServeDemoCommand", "Segment Editor demo server")
        << Qt::endl;
    for (const auto &line : lines)
        out << QLatin1String("  ") << line.first.leftJustified(16) << line.second << Qt::endl;
    out << QCoreApplication::translate("ServeDemoCommand", "Press Ctrl+C to stop.") << Qt::endl;

    return QCoreApplication::exec() == 0 ? CliExit::Ok : CliExit::Failure;
}
