// The autosave a window finds after a crash (RecoveryStore::readAutosave): this version's SQLite
// file with rows of any content, an SQLite file of any bytes, or an earlier version's JSON.
//
// The first byte picks the form; the rest is, for 'r' (rows), "user_version\n", then "key\tvalue"
// lines of the members table up to an empty line, then "position\tentry" lines; otherwise the
// bytes of the file (an earlier version's JSON, or a database when they start like one).
#include "FuzzSupport.h"
#include "LocalDatabase.h"
#include "RecoveryStore.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

SEGMENT_FUZZ_INIT

namespace {

using FuzzSupport::require;

bool writeRows(const QString &path, const QByteArray &spec)
{
    LocalDatabase::removeFiles(path);
    QString message;
    QString name = LocalDatabase::open(path, &message);
    if (name.isEmpty())
        return false;
    QSqlDatabase db = LocalDatabase::database(name);
    const QList<QByteArray> lines = spec.split('\n');
    bool ok = LocalDatabase::exec(
            db,
            {QStringLiteral("PRAGMA user_version=%1").arg(lines.value(0).trimmed().toInt()),
             QStringLiteral("CREATE TABLE members (key TEXT PRIMARY KEY, value TEXT)"),
             QStringLiteral("CREATE TABLE entries (position INTEGER PRIMARY KEY, entry TEXT NOT "
                            "NULL)")},
            &message);
    QSqlQuery query(db);
    bool inMembers = true;
    for (qsizetype i = 1; ok && i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (inMembers && line.isEmpty()) {
            inMembers = false;
            continue;
        }
        const QList<QByteArray> fields = FuzzSupport::split(line, '\t', 2);
        if (inMembers) {
            query.prepare(QStringLiteral("INSERT OR REPLACE INTO members VALUES (?, ?)"));
            query.addBindValue(QString::fromUtf8(fields.value(0)));
            query.addBindValue(QString::fromUtf8(fields.value(1)));
        } else {
            query.prepare(QStringLiteral("INSERT OR REPLACE INTO entries VALUES (?, ?)"));
            query.addBindValue(fields.value(0).toLongLong());
            query.addBindValue(QString::fromUtf8(fields.value(1)));
        }
        query.exec(); // a refused row (a duplicate key) is simply not there
    }
    query = QSqlQuery();
    db = QSqlDatabase();
    LocalDatabase::close(name);
    return ok;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QString path = FuzzSupport::scratch() + QStringLiteral("/autosave.sqlite");
    LocalDatabase::removeFiles(path);
    bool written = false;
    switch (data[0]) {
    case 'r':
        written = writeRows(path, bytes);
        break;
    default:
        written = FuzzSupport::writeFile(path, bytes);
        break;
    }
    if (!written)
        return 0;
    QString error;
    const std::optional<RecoveryStore::Autosave> autosave = RecoveryStore::readAutosave(path, &error);
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
