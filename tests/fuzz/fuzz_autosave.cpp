// The autosave a window finds after a crash (RecoveryStore::readAutosave): this version's SQLite
// file with rows of any content, an SQLite file of any bytes, or an earlier version's JSON.
//
// The first byte picks the form; the rest is, for 'r' (rows), "user_version\n", then "key\tvalue"
// lines of the members table up to an empty line, then "position\tentry" lines; otherwise the
// bytes of the file (an earlier version's JSON, or a database when they start like one).
#include "FuzzDatabase.h"
#include "FuzzSupport.h"
#include "LocalDatabase.h"
#include "RecoveryStore.h"

#include <QSet>

SEGMENT_FUZZ_INIT

namespace {

using FuzzSupport::require;

bool writeRows(const QString &path, const QByteArray &spec)
{
    const QList<QByteArray> lines = spec.split('\n');
    QList<FuzzDatabase::Row> rows;
    bool inMembers = true;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (inMembers && lines.at(i).isEmpty()) {
            inMembers = false;
            continue;
        }
        const QList<QByteArray> fields = FuzzSupport::split(lines.at(i), '\t', 2);
        if (inMembers)
            rows.append({QStringLiteral("INSERT OR REPLACE INTO members VALUES (?, ?)"),
                         {QString::fromUtf8(fields.value(0)), QString::fromUtf8(fields.value(1))}});
        else
            rows.append({QStringLiteral("INSERT OR REPLACE INTO entries VALUES (?, ?)"),
                         {fields.value(0).toLongLong(), QString::fromUtf8(fields.value(1))}});
    }
    return FuzzDatabase::write(
            path, lines.value(0).trimmed().toInt(),
            {QStringLiteral("CREATE TABLE members (key TEXT PRIMARY KEY, value TEXT)"),
             QStringLiteral("CREATE TABLE entries (position INTEGER PRIMARY KEY, entry TEXT NOT "
                            "NULL)")},
            rows);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = FuzzSupport::scratch() + QStringLiteral("/autosave.sqlite");
    if (!FuzzDatabase::writeInput(data, size, path, writeRows))
        return 0;
    QString error;
    const std::optional<RecoveryStore::Autosave> autosave
            = RecoveryStore::readAutosave(path, &error);
    require(autosave.has_value() || !error.isEmpty(), "a reason for an unreadable autosave");
    if (autosave) {
        QSet<QString> ids;
        for (const WorkingSetEntry &entry : autosave->set.segments) {
            require(!ids.contains(entry.original.id), "each segment once", entry.original.id);
            ids.insert(entry.original.id);
        }
    }
    LocalDatabase::removeFiles(path);
    return 0;
}
