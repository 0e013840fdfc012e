// segmentctl as a user runs it: a real process, its output and exit codes.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class tst_SegmentCtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandLine_data();
    void commandLine();
    void serveDemoRunsUntilTerminated();

private:
    static QString program() { return QStringLiteral(SEGMENT_BINARY_DIR "/app/cli/segmentctl"); }
};

void tst_SegmentCtl::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutContains");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0
                          << QStringLiteral("serve-demo") << QString();
    QTest::newRow("no command") << QStringList() << 2 << QString()
                                << QStringLiteral("Usage: segmentctl <command>");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QString()
                                     << QStringLiteral("“frobnicate”");
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
            << 2 << QString() << QStringLiteral("--fault:");
    QTest::newRow("too many segments")
            << QStringList{QStringLiteral("serve-demo"), QStringLiteral("--segments"),
                           QStringLiteral("100001")}
            << 2 << QString() << QStringLiteral("--segments");
    QTest::newRow("unknown option")
            << QStringList{QStringLiteral("serve-demo"), QStringLiteral("--colour")} << 2
            << QString() << QStringLiteral("colour");
}

void tst_SegmentCtl::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutContains);
    QFETCH(QString, stderrContains);

    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program(), arguments);
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(out.contains(stdoutContains), qPrintable(out));
    QVERIFY2(err.contains(stderrContains), qPrintable(err));
}

void tst_SegmentCtl::serveDemoRunsUntilTerminated()
{
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
