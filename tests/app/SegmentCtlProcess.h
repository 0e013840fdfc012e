#pragma once

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>

// What one run of segmentctl did.
struct SegmentCtlResult
{
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real segmentctl executable as a user would. The test's event loop keeps running while
// it waits (QSignalSpy on QProcess::finished), so a DemoServer in the test process keeps answering.
// The environment starts clean: none of the caller's credentials, proxies or logging rules, and
// the keychain isolated (the private Secret Service of .ci/with-keyring when the tests run inside
// it, otherwise none at all, so that a developer's own keyring is never asked).
namespace SegmentCtlProcess {

inline QString program()
{
    return QStringLiteral(SEGMENTCTL);
}

inline QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"CRITEO_CLIENT_ID", "CRITEO_CLIENT_SECRET", "http_proxy", "https_proxy", "all_proxy",
          "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "no_proxy", "NO_PROXY", "QT_LOGGING_RULES"})
        env.remove(QLatin1String(name));
    if (qEnvironmentVariableIsEmpty("SEGMENT_PRIVATE_BUS")) {
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"),
                   QDir::temp().filePath(QStringLiteral("segmentctl-tests-no-keychain")));
    }
    // The send history and anything else kept in the data folder: never the developer's own.
    env.insert(QStringLiteral("XDG_DATA_HOME"),
               QDir::temp().filePath(QStringLiteral("segmentctl-tests-data")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

inline QProcessEnvironment environment(const QString &clientId, const QString &clientSecret)
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("CRITEO_CLIENT_ID"), clientId);
    env.insert(QStringLiteral("CRITEO_CLIENT_SECRET"), clientSecret);
    return env;
}

// Starts segmentctl; `process` must outlive the run. Standard input gets `input` and is closed.
inline void start(QProcess &process, const QStringList &arguments, const QProcessEnvironment &env,
                  const QByteArray &input = {})
{
    process.setProcessEnvironment(env);
    process.start(program(), arguments);
    process.write(input);
    process.closeWriteChannel();
}

// Waits for a started process to end and collects what it printed.
inline SegmentCtlResult wait(QProcess &process, int timeoutMs = 60000)
{
    SegmentCtlResult result;
    if (process.state() != QProcess::NotRunning) {
        QSignalSpy finished(&process, &QProcess::finished);
        result.finished = finished.wait(timeoutMs);
    } else {
        result.finished = true;
    }
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

inline SegmentCtlResult run(const QStringList &arguments, const QProcessEnvironment &env,
                            const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcess process;
    start(process, arguments, env, input);
    return wait(process, timeoutMs);
}

inline QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline bool writeJson(const QString &path, const QJsonObject &json)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(QJsonDocument(json).toJson()) > 0;
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace SegmentCtlProcess

// The process finished normally with this exit code; otherwise fails with what it printed.
#define SEGMENTCTL_EXPECT(result, code) \
    do { \
        const SegmentCtlResult &r_ = (result); \
        QVERIFY2(r_.finished, "segmentctl did not finish in time"); \
        QVERIFY2(r_.exitStatus == QProcess::NormalExit, qPrintable(r_.err)); \
        QVERIFY2(r_.exitCode == (code), \
                 qPrintable(QStringLiteral("exit code %1, expected %2\nstdout:\n%3\nstderr:\n%4") \
                                    .arg(r_.exitCode) \
                                    .arg(code) \
                                    .arg(r_.out, r_.err))); \
    } while (false)
