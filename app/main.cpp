// segment-editor: the composition root. It builds the application, the backend on the service
// layer (with the system keychain for the secret), the demo server when asked for, and the window.

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

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SegmentEditor"));
    QApplication::setApplicationName(QStringLiteral("Segment Editor"));
    QApplication::setApplicationVersion(QStringLiteral(SEGMENT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("segment-editor"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/segment-editor.svg")));

    // The language first: the options' help is translated too.
    QString language;
    const QStringList arguments = QApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith(QLatin1String("--lang=")))
            language = a.mid(7);
        else if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
    }
    const bool languageKnown = Translations::install(&app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
            "main", "Edit Criteo audience segments offline and send every change in one go."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
            QStringLiteral("lang"),
            QApplication::translate("main", "Language of the interface: en, fr or de."),
            QStringLiteral("language"));
    const QCommandLineOption demoOption(
            QStringLiteral("demo"),
            QApplication::translate("main",
                                    "Start the embedded demo server with sample data and "
                                    "connect to it (no account needed)."));
    const QCommandLineOption demoFaultsOption(
            QStringLiteral("demo-faults"),
            QApplication::translate("main",
                                    "Faults the demo server injects, for example "
                                    "\"latency=200,5xx=0.1\"."),
            QStringLiteral("spec"));
    const QCommandLineOption demoSegmentsOption(
            QStringLiteral("demo-segments"),
            QApplication::translate("main", "Number of sample segments of the demo server."),
            QStringLiteral("count"), QStringLiteral("500"));
    QCommandLineOption scenarioOption(
            QStringLiteral("screenshot-scenario"),
            QStringLiteral("Drive the demo to a state (%1).")
                    .arg(ScreenshotScenario::names().join(QLatin1String(", "))),
            QStringLiteral("name"));
    scenarioOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Where the scenario's picture goes."),
                                        QStringLiteral("file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // For tests that run the real program against a server of their own: connect without the
    // dialog (the secret comes from the environment, never from the command line) and drive the
    // window with a few scripted steps.
    QCommandLineOption connectUrlOption(QStringLiteral("connect-url"),
                                        QStringLiteral("Connect to this API address at start."),
                                        QStringLiteral("url"));
    connectUrlOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption clientIdOption(QStringLiteral("client-id"),
                                      QStringLiteral("The client id for --connect-url; the secret "
                                                     "is read from SEGMENT_EDITOR_CLIENT_SECRET."),
                                      QStringLiteral("id"));
    clientIdOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption testScriptOption(QStringLiteral("test-script"),
                                        QStringLiteral("Steps to run once connected."),
                                        QStringLiteral("steps"));
    testScriptOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({langOption, demoOption, demoFaultsOption, demoSegmentsOption, scenarioOption,
                       screenshotOption, connectUrlOption, clientIdOption, testScriptOption});
    parser.addPositionalArgument(QStringLiteral("working-set"),
                                 QApplication::translate("main", "A working set to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    if (!languageKnown) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main",
                                                        "Unknown language “%1”: use en, "
                                                        "fr or de.")
                                        .arg(language)));
        return 2;
    }
    const QString scenario = parser.value(scenarioOption);
    if (!scenario.isEmpty()
        && (!ScreenshotScenario::names().contains(scenario) || !parser.isSet(screenshotOption)
            || !parser.isSet(demoOption))) {
        std::fprintf(stderr,
                     "--screenshot-scenario needs --demo, --screenshot FILE and one of: %s\n",
                     qPrintable(ScreenshotScenario::names().join(QLatin1String(", "))));
        return 2;
    }

    std::optional<QList<TestScript::Step>> steps;
    if (parser.isSet(testScriptOption)) {
        QString error;
        steps = TestScript::parse(parser.value(testScriptOption), &error);
        if (!steps) {
            std::fprintf(stderr, "--test-script: %s\n", qPrintable(error));
            return 2;
        }
    }
    const bool connectAtStart = parser.isSet(connectUrlOption);
    const QUrl connectUrl(parser.value(connectUrlOption), QUrl::StrictMode);
    if (connectAtStart && (!connectUrl.isValid() || !parser.isSet(clientIdOption))) {
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
    if (parser.isSet(demoOption)) {
        bool ok = false;
        const int count = parser.value(demoSegmentsOption).toInt(&ok);
        demo = std::make_unique<DemoServer>(
                DemoDataGenerator::generate(1, ok ? count : DemoDataGenerator::DefaultSegments));
        QString error;
        if (parser.isSet(demoFaultsOption)
            && !demo->setFaults(parser.value(demoFaultsOption), &error)) {
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
    std::unique_ptr<ScreenshotScenario> shot;
    if (!scenario.isEmpty()) {
        shot = std::make_unique<ScreenshotScenario>(scenario, parser.value(screenshotOption),
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
        settings.clientId = parser.value(clientIdOption);
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
