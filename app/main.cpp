// segment-editor: the composition root. It builds the application, the backend on the service
// layer (with the system keychain for the secret), the demo server when asked for, and the window.

#include "Appearance.h"
#include "DemoDataGenerator.h"
#include "DemoServer.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ScreenshotScenario.h"
#include "ServiceBackend.h"
#include "TestScript.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// segment-editor's command line. The descriptions are translated when it is made, so make it after
// Translations::install.
struct EditorCommandLine
{
    EditorCommandLine();

    QCommandLineParser parser;
    QCommandLineOption helpOption = parser.addHelpOption();
    QCommandLineOption versionOption = parser.addVersionOption();
    QCommandLineOption langOption{
            QStringLiteral("lang"),
            QCoreApplication::translate("main", "Language of the interface: en, fr or de."),
            QStringLiteral("language")};
    QCommandLineOption demoOption{
            QStringLiteral("demo"),
            QCoreApplication::translate("main",
                                        "Start the embedded demo server with sample data and "
                                        "connect to it (no account needed).")};
    QCommandLineOption demoFaultsOption{
            QStringLiteral("demo-faults"),
            QCoreApplication::translate("main",
                                        "Faults the demo server injects, for example "
                                        "\"latency=200,5xx=0.1\"."),
            QStringLiteral("spec")};
    QCommandLineOption demoSegmentsOption{
            QStringLiteral("demo-segments"),
            QCoreApplication::translate("main", "Number of sample segments of the demo server."),
            QStringLiteral("count"), QStringLiteral("500")};
    QCommandLineOption appearanceOption{
            QStringLiteral("appearance"),
            QCoreApplication::translate("main",
                                        "Light or dark for this session: system, light or dark "
                                        "(default: as chosen in View > Appearance)."),
            QStringLiteral("scheme")};
    QCommandLineOption scenarioOption{
            QStringLiteral("screenshot-scenario"),
            QStringLiteral("Drive the demo to a state (%1).")
                    .arg(ScreenshotScenario::names().join(QLatin1String(", "))),
            QStringLiteral("name")};
    QCommandLineOption screenshotOption{QStringLiteral("screenshot"),
                                        QStringLiteral("Where the scenario's picture goes."),
                                        QStringLiteral("file")};
    // For tests that run the real program against a server of their own: connect without the
    // dialog (the secret comes from the environment, never from the command line) and drive the
    // window with a few scripted steps.
    QCommandLineOption connectUrlOption{QStringLiteral("connect-url"),
                                        QStringLiteral("Connect to this API address at start."),
                                        QStringLiteral("url")};
    QCommandLineOption clientIdOption{QStringLiteral("client-id"),
                                      QStringLiteral("The client id for --connect-url; the secret "
                                                     "is read from SEGMENT_EDITOR_CLIENT_SECRET."),
                                      QStringLiteral("id")};
    QCommandLineOption testScriptOption{QStringLiteral("test-script"),
                                        QStringLiteral("Steps to run once connected."),
                                        QStringLiteral("steps")};
};

EditorCommandLine::EditorCommandLine()
{
    parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Edit Criteo audience segments offline and send every change in one go."));
    for (QCommandLineOption *hidden : {&scenarioOption, &screenshotOption, &connectUrlOption,
                                       &clientIdOption, &testScriptOption})
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({langOption, appearanceOption, demoOption, demoFaultsOption,
                       demoSegmentsOption, scenarioOption, screenshotOption, connectUrlOption,
                       clientIdOption, testScriptOption});
    parser.addPositionalArgument(QStringLiteral("working-set"),
                                 QCoreApplication::translate("main", "A working set to open."),
                                 QStringLiteral("[file]"));
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SegmentEditor"));
    QCoreApplication::setApplicationName(QStringLiteral("Segment Editor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEGMENT_VERSION));
}

// The language comes first: the options' help is translated too.
QString languageArgument(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith(QLatin1String("--lang=")))
            language = a.mid(7);
        else if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
    }
    return language;
}

// --help and --version print a text and leave, and so does an unknown --lang: none needs a display,
// so they run under a QCoreApplication (a QApplication cannot even start without a display).
// --help-all stays with the window's QApplication, whose Qt options it lists. The probe parses
// single-dash words as long options, so that Qt's own options (-platform, -reverse…), unknown to
// it, are never read as -v or -h.
bool printsTextOnly(const QStringList &arguments, const QString &language)
{
    if (!language.isEmpty() && !Translations::available().contains(language))
        return true;
    EditorCommandLine probe;
    probe.parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    probe.parser.parse(arguments); // errors do not matter here, only what is asked for
    return probe.parser.isSet(probe.helpOption) || probe.parser.isSet(probe.versionOption);
}

int runTextOnly(QCoreApplication &app, const QString &language)
{
    const bool languageKnown = Translations::install(&app, language);
    if (!languageKnown)
        Translations::install(&app, QString()); // the message in the system's language
    EditorCommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    const QStringList arguments = QCoreApplication::arguments();
    if (parser.parse(arguments)) {
        parser.process(arguments); // --help or --version: prints and exits
    } else if (parser.isSet(commandLine.versionOption)) {
        parser.showVersion(); // beside an option of Qt's window system (-platform…)
    } else if (parser.isSet(commandLine.helpOption)) {
        parser.showHelp();
    }
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("main",
                                                        "Unknown language “%1”: use en, "
                                                        "fr or de.")
                                    .arg(language)));
    return 2;
}

QStringList argumentList(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList rawArguments = argumentList(argc, argv);
    const QString language = languageArgument(rawArguments);
    if (printsTextOnly(rawArguments, language)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return runTextOnly(app, language);
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral(SEGMENT_APP_ID));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/segment-editor.svg")));

    Translations::install(&app, language); // printsTextOnly() took the unknown ones
    EditorCommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    parser.process(app);

    std::optional<Appearance::Scheme> scheme = Appearance::saved();
    if (parser.isSet(commandLine.appearanceOption)) {
        scheme = Appearance::fromKey(parser.value(commandLine.appearanceOption));
        if (!scheme) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                            "main",
                                            "Unknown appearance “%1”: use system, light "
                                            "or dark.")
                                            .arg(parser.value(commandLine.appearanceOption))));
            return 2;
        }
    }
    Appearance::apply(*scheme);

    const QString scenario = parser.value(commandLine.scenarioOption);
    if (!scenario.isEmpty()
        && (!ScreenshotScenario::names().contains(scenario)
            || !parser.isSet(commandLine.screenshotOption)
            || !parser.isSet(commandLine.demoOption))) {
        std::fprintf(stderr,
                     "--screenshot-scenario needs --demo, --screenshot FILE and one of: %s\n",
                     qPrintable(ScreenshotScenario::names().join(QLatin1String(", "))));
        return 2;
    }

    std::optional<QList<TestScript::Step>> steps;
    if (parser.isSet(commandLine.testScriptOption)) {
        QString error;
        steps = TestScript::parse(parser.value(commandLine.testScriptOption), &error);
        if (!steps) {
            std::fprintf(stderr, "--test-script: %s\n", qPrintable(error));
            return 2;
        }
    }
    const bool connectAtStart = parser.isSet(commandLine.connectUrlOption);
    const QUrl connectUrl(parser.value(commandLine.connectUrlOption), QUrl::StrictMode);
    if (connectAtStart && (!connectUrl.isValid() || !parser.isSet(commandLine.clientIdOption))) {
        std::fprintf(stderr, "--connect-url needs a valid URL and --client-id\n");
        return 2;
    }

    // A run connected from the command line is a test's: it never touches the keychain.
    std::unique_ptr<SecretStore> secrets;
    if (connectAtStart)
        secrets = std::make_unique<MemorySecretStore>();
    else
        secrets = std::make_unique<KeychainSecretStore>();
    ServiceBackend backend(secrets.get());

    std::unique_ptr<DemoServer> demo;
    if (parser.isSet(commandLine.demoOption)) {
        bool ok = false;
        const int count = parser.value(commandLine.demoSegmentsOption).toInt(&ok);
        demo = std::make_unique<DemoServer>(
                DemoDataGenerator::generate(1, ok ? count : DemoDataGenerator::DefaultSegments));
        QString error;
        if (parser.isSet(commandLine.demoFaultsOption)
            && !demo->setFaults(parser.value(commandLine.demoFaultsOption), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        if (!demo->listen()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate(
                                 "main", "The demo server could not listen on 127.0.0.1.")));
            return 1;
        }
        backend.setDemoBaseUrl(demo->baseUrl());
    }

    MainWindow window(&backend);
    // Autosave and send journal in the application's data folder; what a crash left there is
    // offered once the window shows.
    window.enableRecovery(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    // Every send, in the history segmentctl shares.
    window.enableHistory(SendHistory::defaultPath());
    std::unique_ptr<ScreenshotScenario> shot;
    if (!scenario.isEmpty()) {
        shot = std::make_unique<ScreenshotScenario>(scenario,
                                                    parser.value(commandLine.screenshotOption),
                                                    &window, &backend, demo.get());
        QObject::connect(shot.get(), &ScreenshotScenario::finished, &app,
                         [](bool ok, const QString &message) {
                             std::fprintf(ok ? stdout : stderr, "%s\n", qPrintable(message));
                             QApplication::exit(ok ? 0 : 1);
                         });
        shot->arm();
        window.resize(1600, 1000);
    }
    if (demo) {
        // The demo credentials are public, fixed values: the preset may carry the secret.
        EditorBackend::ConnectionSettings settings;
        settings.baseUrl = demo->baseUrl();
        settings.apiVersion = demo->apiVersion();
        settings.clientId = demo->clientId();
        settings.clientSecret = demo->clientSecret();
        window.setConnectionPreset(settings);
        window.connectWith(settings);
    }
    std::unique_ptr<TestScript> script;
    if (steps) {
        script = std::make_unique<TestScript>(*steps, &window, &backend);
        QObject::connect(script.get(), &TestScript::failed, &app, [] { QApplication::exit(1); });
    }
    if (connectAtStart || demo) {
        // The script starts once connected (to the demo server or the given address).
        QObject::connect(
                &backend, &EditorBackend::connectFinished, &app,
                [&script](bool ok, const QString &message) {
                    if (!ok) {
                        std::fprintf(stderr, "%s\n", qPrintable(message));
                        if (script)
                            QApplication::exit(1);
                    } else if (script) {
                        script->start();
                    }
                },
                Qt::SingleShotConnection);
    } else if (script) {
        script->start();
    }
    if (connectAtStart) {
        EditorBackend::ConnectionSettings settings;
        settings.baseUrl = connectUrl;
        settings.clientId = parser.value(commandLine.clientIdOption);
        settings.clientSecret = qEnvironmentVariable("SEGMENT_EDITOR_CLIENT_SECRET");
        window.connectWith(settings);
    }
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openWorkingSet(files.constFirst());
    window.show();
    window.offerRecovery();
    return app.exec();
}
