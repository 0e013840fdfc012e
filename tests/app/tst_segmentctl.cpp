// segmentctl as a user runs it: a real process, its output and exit codes.
#include "SegmentCtlProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_SegmentCtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandLine_data();
    void commandLine();
    void helpForEveryCommand_data();
    void helpForEveryCommand();
    void exactUsageErrors_data();
    void exactUsageErrors();
    void badFiles_data();
    void badFiles();
    void serveDemoRunsUntilTerminated();

private:
    static QString program() { return SegmentCtlProcess::program(); }
};

void tst_SegmentCtl::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutContains");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0
                          << QStringLiteral("serve-demo") << QString();
    QTest::newRow("no command") << QStringList() << 1 << QString()
                                << QStringLiteral("Usage: segmentctl <command>");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 1 << QString()
                                     << QStringLiteral("“frobnicate”");
    QTest::newRow("unknown command lists the commands")
            << QStringList{QStringLiteral("frobnicate")} << 1 << QString()
            << QStringLiteral(
                       "  advertisers   List the advertisers you can reach\n"
                       "  pull          Load segments into a working set file\n"
                       "  check         Validate the edits of a working set\n"
                       "  diff          Show what a push would send\n"
                       "  push          Send the changes and record each segment's outcome\n"
                       "  history       List the sends made, show one, export it or report it\n"
                       "  revert        Write the reverse edits of a send into a working set\n"
                       "  new           Add a new segment to a working set, for push to create\n"
                       "  duplicate     Add copies of segments under new names\n"
                       "  delete        Mark segments for push to delete them on Criteo\n"
                       "  sizes         Print current sizes, and estimates of edited ones\n"
                       "  used-by       Print the audiences and ad sets that use segments\n"
                       "  export        Write segments to a CSV sheet, or edits to a change set\n"
                       "  import        Read an edited sheet or a change set as edits\n"
                       "  pois          Normalise points of interest from pasted text\n"
                       "  serve-demo    Run a local server that behaves like the Criteo API\n");
    QTest::newRow("command help") << QStringList{QStringLiteral("serve-demo"),
                                                 QStringLiteral("--help")}
                                  << 0 << QStringLiteral("Usage: segmentctl serve-demo [options]")
                                  << QString();
    QTest::newRow("help command") << QStringList{QStringLiteral("help"),
                                                 QStringLiteral("serve-demo")}
                                  << 0 << QStringLiteral("--fault <SPEC>") << QString();
    QTest::newRow("bad fault spec")
            << QStringList{QStringLiteral("serve-demo"), QStringLiteral("--fault"),
                           QStringLiteral("5xx=2:colour=red")}
            << 1 << QString() << QStringLiteral("--fault:");
    QTest::newRow("too many segments")
            << QStringList{QStringLiteral("serve-demo"), QStringLiteral("--segments"),
                           QStringLiteral("100001")}
            << 1 << QString() << QStringLiteral("--segments");
    QTest::newRow("unknown option")
            << QStringList{QStringLiteral("serve-demo"), QStringLiteral("--colour")} << 1
            << QString() << QStringLiteral("colour");
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0
                             << QStringLiteral("segmentctl ") << QString();
}

void tst_SegmentCtl::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutContains);
    QFETCH(QString, stderrContains);

    const SegmentCtlResult result
            = SegmentCtlProcess::run(arguments, SegmentCtlProcess::environment());
    SEGMENTCTL_EXPECT(result, exitCode);
    QVERIFY2(result.out.contains(stdoutContains), qPrintable(result.out));
    QVERIFY2(result.err.contains(stderrContains), qPrintable(result.err));
}

void tst_SegmentCtl::helpForEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("usage");        // the first line
    QTest::addColumn<QStringList>("mentions"); // options the help must list

    const QStringList connection{
            QStringLiteral("--client-id <ID>"), QStringLiteral("--token-env <VAR>"),
            QStringLiteral("--base-url <URL>"), QStringLiteral("--api-version <VERSION>")};
    QTest::newRow("advertisers") << QStringLiteral(
            "advertisers") << QStringLiteral("Usage: segmentctl advertisers [--json] [options]")
                                 << QStringList{QStringLiteral("--json")} + connection;
    QTest::newRow("pull") << QStringLiteral("pull")
                          << QStringLiteral("Usage: segmentctl pull --advertiser ID [--advertiser "
                                            "ID…] [--type TYPE…] [--id ID…] -o FILE [options]")
                          << QStringList{QStringLiteral("--advertiser <ID>"),
                                         QStringLiteral("--type <TYPE>"),
                                         QStringLiteral("--id <ID>"),
                                         QStringLiteral("-o, --output <FILE>"),
                                         QStringLiteral("--force")}
                    + connection;
    QTest::newRow("check") << QStringLiteral("check")
                           << QStringLiteral("Usage: segmentctl check FILE")
                           << QStringList{QStringLiteral("FILE")};
    QTest::newRow("diff") << QStringLiteral("diff")
                          << QStringLiteral("Usage: segmentctl diff FILE [--json] [--chunk-size N]")
                          << QStringList{QStringLiteral("--json"),
                                         QStringLiteral("--chunk-size <N>")};
    QTest::newRow("push") << QStringLiteral("push")
                          << QStringLiteral(
                                     "Usage: segmentctl push FILE [--chunk-size N] [--report "
                                     "REPORT.json] [--dry-run] [--overwrite] [--confirm-used] "
                                     "[--history HISTORY.sqlite] [options]")
                          << QStringList{QStringLiteral("--chunk-size <N>"),
                                         QStringLiteral("--report <REPORT.json>"),
                                         QStringLiteral("--dry-run"),
                                         QStringLiteral("--history <HISTORY.sqlite>"),
                                         QStringLiteral("--no-history")}
                    + connection;
    QTest::newRow("history")
            << QStringLiteral("history")
            << QStringLiteral("Usage: segmentctl history [ID] [--segment ID] [--outcome OUTCOME] "
                              "[--json | --csv | --diagnostics] [--keep N] [options]")
            << QStringList{QStringLiteral("--segment <ID>"), QStringLiteral("--outcome <OUTCOME>"),
                           QStringLiteral("--diagnostics"), QStringLiteral("--keep <N>"),
                           QStringLiteral("--history <HISTORY.sqlite>")};
    QTest::newRow("revert") << QStringLiteral("revert")
                            << QStringLiteral(
                                       "Usage: segmentctl revert FILE --send ID [--json] [options]")
                            << QStringList{QStringLiteral("--send <ID>"), QStringLiteral("--json")}
                    + connection;
    QTest::newRow("pois") << QStringLiteral("pois")
                          << QStringLiteral("Usage: segmentctl pois [FILE|-] [--json]")
                          << QStringList{QStringLiteral("--json"), QStringLiteral("[FILE|-]")};
    QTest::newRow("serve-demo") << QStringLiteral("serve-demo")
                                << QStringLiteral("Usage: segmentctl serve-demo [options]")
                                << QStringList{QStringLiteral("--fault <SPEC>")};
}

void tst_SegmentCtl::helpForEveryCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, usage);
    QFETCH(QStringList, mentions);

    for (const QStringList &arguments : {QStringList{command, QStringLiteral("--help")},
                                         QStringList{QStringLiteral("help"), command},
                                         QStringList{command, QStringLiteral("-h")}}) {
        const SegmentCtlResult result
                = SegmentCtlProcess::run(arguments, SegmentCtlProcess::environment());
        SEGMENTCTL_EXPECT(result, 0);
        QCOMPARE(result.out.section(QLatin1Char('\n'), 0, 0), usage);
        QVERIFY2(result.out.contains(QLatin1String("-h, --help")), qPrintable(result.out));
        for (const QString &mention : mentions)
            QVERIFY2(result.out.contains(mention),
                     qPrintable(mention + QLatin1Char('\n') + result.out));
        QCOMPARE(result.err, QString());
    }
}

// Errors name what was wrong and how to fix it, exactly.
void tst_SegmentCtl::exactUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedErr");

    const auto hint = [](const char *command) {
        return QStringLiteral("\nRun “segmentctl %1 --help” for the options.\n")
                .arg(QLatin1String(command));
    };
    QTest::newRow("bad --type lists the valid types")
            << QStringList{QStringLiteral("pull"),         QStringLiteral("--advertiser"),
                           QStringLiteral("41825"),        QStringLiteral("--type"),
                           QStringLiteral("Location,Geo"), QStringLiteral("-o"),
                           QStringLiteral("out.json")}
            << QStringLiteral("Unknown segment type “Geo”. Valid types: InMarket, Prospecting, "
                              "ContactList, Location, Behavioral, Retargeting, Lookalike.")
                    + hint("pull");
    QTest::newRow("pull without a filter")
            << QStringList{QStringLiteral("pull"), QStringLiteral("-o"), QStringLiteral("out.json")}
            << QStringLiteral("Say which segments to load: --advertiser ID (see “segmentctl "
                              "advertisers”) or --id ID.")
                    + hint("pull");
    QTest::newRow("pull without -o")
            << QStringList{QStringLiteral("pull"), QStringLiteral("--advertiser"),
                           QStringLiteral("41825")}
            << QStringLiteral("Say where to write the working set: -o FILE.") + hint("pull");
    QTest::newRow("check without a file")
            << QStringList{QStringLiteral("check")}
            << QStringLiteral("Name the working set to check: segmentctl check FILE.")
                    + hint("check");
    QTest::newRow("check with two files")
            << QStringList{QStringLiteral("check"), QStringLiteral("a.json"),
                           QStringLiteral("b.json")}
            << QStringLiteral("Unexpected argument “b.json”.") + hint("check");
    QTest::newRow("push without a file")
            << QStringList{QStringLiteral("push")}
            << QStringLiteral("Name the working set to push: segmentctl push FILE.") + hint("push");
    QTest::newRow("bad chunk size")
            << QStringList{QStringLiteral("push"), QStringLiteral("ws.json"),
                           QStringLiteral("--chunk-size"), QStringLiteral("0")}
            << QStringLiteral("--chunk-size takes a number from 1 to 1000, not “0”.")
                    + hint("push");
    QTest::newRow("diff chunk size not a number")
            << QStringList{QStringLiteral("diff"), QStringLiteral("ws.json"),
                           QStringLiteral("--chunk-size"), QStringLiteral("ten")}
            << QStringLiteral("--chunk-size takes a number from 1 to 1000, not “ten”.")
                    + hint("diff");
    QTest::newRow("unknown option")
            << QStringList{QStringLiteral("diff"), QStringLiteral("--colour")}
            << QStringLiteral("Unknown option 'colour'.") + hint("diff");
    const QString noSecretArgument = QStringLiteral(
            "segmentctl never takes a client secret or a token on the command line, where other "
            "users of this computer can read it. Set the environment variable "
            "CRITEO_CLIENT_SECRET, store the secret in the keychain, or put a token in an "
            "environment variable and pass --token-env VAR.\n");
    QTest::newRow("--client-secret is refused")
            << QStringList{QStringLiteral("advertisers"), QStringLiteral("--client-id"),
                           QStringLiteral("abc"), QStringLiteral("--client-secret=s3cr3t")}
            << noSecretArgument;
    QTest::newRow("--token is refused")
            << QStringList{QStringLiteral("push"), QStringLiteral("ws.json"),
                           QStringLiteral("--token"), QStringLiteral("abc")}
            << noSecretArgument;
    QTest::newRow("no credentials")
            << QStringList{QStringLiteral("advertisers")}
            << QStringLiteral("No credentials. Pass --client-id ID or set the environment variable "
                              "CRITEO_CLIENT_ID, with the secret in CRITEO_CLIENT_SECRET or the "
                              "keychain; or put a bearer token in an environment variable and "
                              "pass --token-env VAR.")
                    + hint("advertisers");
    QTest::newRow("both credentials")
            << QStringList{QStringLiteral("advertisers"), QStringLiteral("--client-id"),
                           QStringLiteral("abc"), QStringLiteral("--token-env"),
                           QStringLiteral("TOKEN")}
            << QStringLiteral("Use either --client-id or --token-env, not both.")
                    + hint("advertisers");
    QTest::newRow("plain http to a remote host")
            << QStringList{QStringLiteral("advertisers"), QStringLiteral("--client-id"),
                           QStringLiteral("abc"), QStringLiteral("--base-url"),
                           QStringLiteral("http://api.example.com")}
            << QStringLiteral("--base-url: Plain http is only allowed to this computer "
                              "(localhost). Use https:// for api.example.com.")
                    + hint("advertisers");
}

void tst_SegmentCtl::exactUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedErr);

    const SegmentCtlResult result
            = SegmentCtlProcess::run(arguments, SegmentCtlProcess::environment());
    SEGMENTCTL_EXPECT(result, 1);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, expectedErr);
}

// A file that is not a working set is refused by every command that reads one, with the working
// set's own message naming the line or the JSON path; nothing is sent or written.
void tst_SegmentCtl::badFiles_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<QString>("message");    // after "<path> is not a valid working set: "

    const QByteArray valid = R"({"format": "segment-working-set", "version": 1,
"baseUrl": "https://api.criteo.com", "apiVersion": "2025-10", "segments": [
 {"original": {"id": "1", "type": "AudienceSegment", "attributes": {"advertiserId": "7",
  "type": "Location", "name": "Stores", "location": {"radiusInKm": 5}}},
  "edited": {"id": "1", "type": "AudienceSegment", "attributes": {"advertiserId": "7",
  "type": "Location", "name": "Stores", "location": {"radiusInKm": "ten"}}}}]}
)";
    const struct
    {
        const char *name;
        QByteArray content;
        QString message;
    } cases[] = {
            {"not JSON", "{\n  \"format\": \"segment-working-set\",\n  \"version\" 1\n}\n",
             QStringLiteral("line 3, column 14: missing name separator")},
            {"truncated JSON", "{\"format\": \"segment-working-set\", \"segments\": [",
             QStringLiteral("line 1, column 48: unterminated array")},
            {"a JSON array", "[1, 2]\n", QStringLiteral("the file holds no JSON object.")},
            {"another program's JSON", "{\"name\": \"x\", \"items\": []}\n",
             QStringLiteral("“format” is not “segment-working-set”: this file was not written by "
                            "Segment Editor or segmentctl.")},
            {"newer version",
             "{\"format\": \"segment-working-set\", \"version\": 2, \"segments\": []}\n",
             QStringLiteral("it was written by a newer version of Segment Editor (format version "
                            "2; this one reads version 1). Update Segment Editor to open it.")},
            {"wrong type at a path", valid,
             QStringLiteral("segments/0/edited/attributes/location/radiusInKm: Expected a whole "
                            "number, found a string.")},
            {"missing file", QByteArray(), QString()},
    };
    for (const char *command : {"check", "diff", "push"})
        for (const auto &c : cases)
            QTest::addRow("%s: %s", command, c.name)
                    << QString::fromLatin1(command) << c.content << c.message;
}

void tst_SegmentCtl::badFiles()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ws.json"));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    // push has credentials and an address nobody listens on: nothing may be sent anyway.
    QStringList arguments{command, path};
    if (command == QLatin1String("push"))
        arguments << QStringLiteral("--base-url") << QStringLiteral("http://127.0.0.1:9");
    const SegmentCtlResult result = SegmentCtlProcess::run(
            arguments,
            SegmentCtlProcess::environment(QStringLiteral("id"), QStringLiteral("secret")));
    SEGMENTCTL_EXPECT(result, 1);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err,
             content.isEmpty()
                     ? QStringLiteral("Cannot open %1: No such file or directory\n").arg(path)
                     : QStringLiteral("%1 is not a valid working set: %2\n").arg(path, message));
    QCOMPARE(SegmentCtlProcess::readBytes(path), content); // never rewritten
    QVERIFY(!QFile::exists(path + QLatin1String(".journal")));
}

void tst_SegmentCtl::serveDemoRunsUntilTerminated()
{
#ifndef Q_OS_UNIX
    QSKIP("terminate() is SIGTERM on Unix only; on Windows it posts WM_CLOSE, which a console "
          "program never reads");
#endif
    QProcess process;
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program(),
                  {QStringLiteral("serve-demo"), QStringLiteral("--segments"), QStringLiteral("20"),
                   QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--fault"),
                   QStringLiteral("5xx=2")});

    QString banner;
    while (!banner.contains(QLatin1String("Press Ctrl+C"))) {
        QVERIFY2(output.wait(10000), qPrintable(banner));
        banner += QString::fromUtf8(process.readAllStandardOutput());
    }
    const auto field = [&banner](const char *label) {
        const QRegularExpression line(QStringLiteral("%1\\s+(\\S+)").arg(QLatin1String(label)));
        return line.match(banner).captured(1);
    };
    const QUrl base(field("Base URL:"));
    QVERIFY2(base.isValid() && base.host() == QLatin1String("127.0.0.1"), qPrintable(banner));
    QCOMPARE(field("API version:"), QStringLiteral("2025-10"));
    QVERIFY(banner.contains(QLatin1String("20 (seed 5)")));
    QVERIFY(banner.contains(QLatin1String("5xx=2")));

    // The printed credentials work; the second request meets the fault.
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest tokenRequest(base.resolved(QUrl(QStringLiteral("/oauth2/token"))));
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                           QByteArray("application/x-www-form-urlencoded"));
    QNetworkReply *token
            = nam.post(tokenRequest,
                       "grant_type=client_credentials&client_id=" + field("Client id:").toUtf8()
                               + "&client_secret=" + field("Client secret:").toUtf8());
    QSignalSpy tokenDone(token, &QNetworkReply::finished);
    QVERIFY(tokenDone.wait(10000));
    QCOMPARE(token->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QByteArray accessToken = QJsonDocument::fromJson(token->readAll())
                                           .object()
                                           .value(QLatin1String("access_token"))
                                           .toString()
                                           .toLatin1();
    token->deleteLater();

    QNetworkRequest meRequest(base.resolved(QUrl(QStringLiteral("/2025-10/advertisers/me"))));
    meRequest.setRawHeader("Authorization", "Bearer " + accessToken);
    QNetworkReply *me = nam.get(meRequest);
    QSignalSpy meDone(me, &QNetworkReply::finished);
    QVERIFY(meDone.wait(10000));
    QCOMPARE(me->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
    me->deleteLater();

    process.terminate(); // SIGTERM
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(QLatin1String("Stopping")));
}

QTEST_GUILESS_MAIN(tst_SegmentCtl)
#include "tst_segmentctl.moc"
