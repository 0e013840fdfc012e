// segment-editor's command line as a user or a packaging tool runs it: the real program. --help
// and --version with no display at all (no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM), which
// is how help2man runs it at build time and how a package is checked on a server; and the window
// started on the demo server, loading, and quitting (what .ci/package-test runs once installed).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class tst_EditorCommandLine : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static QProcessEnvironment noDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

    static Run run(const QStringList &arguments, const QProcessEnvironment &env = noDisplay())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SEGMENT_EDITOR), arguments);
        Run result;
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
            result.err = QStringLiteral("did not finish normally: ") + process.errorString();
            process.kill();
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err += QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private Q_SLOTS:
    void helpNeedsNoDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("description"); // the program's own, translated
        const QString english = QStringLiteral(
                "Edit Criteo audience segments offline and send every change in one go.");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << english;
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << english;
        QTest::newRow("after a working set")
                << QStringList{QStringLiteral("stores.json"), QStringLiteral("--help")} << english;
        QTest::newRow("beside a Qt option")
                << QStringList{QStringLiteral("-platform"), QStringLiteral("xcb"),
                               QStringLiteral("--help")}
                << english;
        QTest::newRow("in French")
                << QStringList{QStringLiteral("--lang=fr"), QStringLiteral("--help")}
                << QStringLiteral("Modifiez vos segments d'audience Criteo hors connexion et "
                                  "envoyez toutes les modifications en une seule fois.");
        QTest::newRow("in German")
                << QStringList{QStringLiteral("--lang"), QStringLiteral("de"),
                               QStringLiteral("--help")}
                << QStringLiteral("Criteo-Zielgruppensegmente offline bearbeiten und alle "
                                  "Änderungen in einem Schritt senden.");
    }

    void helpNeedsNoDisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, description);
        const Run r = run(arguments);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("segment-editor")), qPrintable(r.out)); // usage
        QVERIFY2(r.out.contains(description), qPrintable(r.out));
        for (const char *option : {"--demo", "--lang <language>", "--version"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
        QVERIFY2(!r.out.contains(QLatin1String("--test-script")), qPrintable(r.out)); // hidden
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void versionNeedsNoDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")};
        QTest::newRow("-v") << QStringList{QStringLiteral("-v")};
        QTest::newRow("in French")
                << QStringList{QStringLiteral("--lang=fr"), QStringLiteral("--version")};
        QTest::newRow("beside a Qt option") << QStringList{
                QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("--version")};
    }

    void versionNeedsNoDisplay()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Segment Editor " SEGMENT_VERSION "\n"));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    // A word of Qt's own options that holds the letters of -v or -h is not taken for them: the
    // window starts (and here, with no display, cannot).
    void qtOptionsAreNotReadAsVersion()
    {
        const Run r = run({QStringLiteral("-reverse")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(!r.out.contains(QLatin1String("Segment Editor " SEGMENT_VERSION)),
                 qPrintable(r.out));
    }

    // The window on the offscreen platform, with folders of its own and no keychain but the test
    // run's private one: connects to the embedded demo server, loads, closes, exits 0.
    void windowStartsLoadsAndQuits()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QDir root(home.path());
        for (const char *sub : {"data", "config", "cache", "run"})
            QVERIFY(root.mkpath(QLatin1String(sub)));
        QFile::setPermissions(home.filePath(QStringLiteral("run")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner);
        QProcessEnvironment env = noDisplay();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
        if (qEnvironmentVariableIsEmpty("SEGMENT_PRIVATE_BUS"))
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        const Run r = run({QStringLiteral("--demo"), QStringLiteral("--demo-segments"),
                           QStringLiteral("40"), QStringLiteral("--test-script"),
                           QStringLiteral("load;quit")},
                          env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("\nloaded ")), qPrintable(r.out));
        QVERIFY2(r.out.endsWith(QLatin1String("step 2 quit\n")), qPrintable(r.out));
    }

    void unknownLanguageNeedsNoDisplay()
    {
        const Run r = run({QStringLiteral("--lang=xx")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Unknown language “xx”: use en, fr or de.")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_EditorCommandLine)
#include "tst_editorcommandline.moc"
