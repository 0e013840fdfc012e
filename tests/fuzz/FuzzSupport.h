#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QList>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

// What the libFuzzer targets share: a Qt application object (the SQLite plugin and translations
// are found through it), a scratch folder on a RAM disk when there is one, and a way to stop with
// a finding when a property the code promises does not hold.
namespace FuzzSupport {

inline void initialize(int *argc, char ***argv)
{
    // Never destroyed: libFuzzer ends with exit(), after which Qt's own globals are gone.
    static QCoreApplication *app = nullptr;
    if (!app) {
        qputenv("QT_LOGGING_RULES", "*.debug=false;*.info=false;*.warning=false");
        QStandardPaths::setTestModeEnabled(true);
        app = new QCoreApplication(*argc, *argv);
    }
}

// A folder for the files a target writes, removed at exit.
inline QString scratch()
{
    static std::unique_ptr<QTemporaryDir> dir;
    if (!dir) {
        const QString ram = QStringLiteral("/dev/shm");
        const QString parent = QDir(ram).exists() ? ram : QDir::tempPath();
        dir = std::make_unique<QTemporaryDir>(parent + QStringLiteral("/segment-fuzz-XXXXXX"));
        if (!dir->isValid()) {
            std::fprintf(stderr, "fuzz: no scratch folder\n");
            std::abort();
        }
    }
    return dir->path();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(bytes) == bytes.size();
}

// A promise broken: print it and abort, which libFuzzer reports as a crash with the input.
[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz: property violated: %s %s\n", what, qPrintable(detail));
    std::abort();
}

inline void require(bool holds, const char *what, const QString &detail = {})
{
    if (!holds)
        fail(what, detail);
}

// The input cut at the first `count - 1` occurrences of `separator` (fewer parts when it is short).
inline QList<QByteArray> split(const QByteArray &bytes, char separator, int count)
{
    QList<QByteArray> parts;
    qsizetype from = 0;
    while (parts.size() < count - 1) {
        const qsizetype at = bytes.indexOf(separator, from);
        if (at < 0)
            break;
        parts.append(bytes.mid(from, at - from));
        from = at + 1;
    }
    parts.append(bytes.mid(from));
    return parts;
}

} // namespace FuzzSupport

#define SEGMENT_FUZZ_INIT \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) \
    { \
        FuzzSupport::initialize(argc, argv); \
        return 0; \
    }
