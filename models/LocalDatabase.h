#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The local store's SQLite files (Qt SQL, QSQLITE): what must survive a crash or a power cut
// (the send journal, the autosave). Each file is opened in WAL mode with synchronous=FULL, so a
// committed transaction is on disk, and under a connection name of its own, so several files
// (and several readers of one) never share a connection.
namespace LocalDatabase {

// Opens (creating it if needed) the file: the new connection's name, or empty with the driver's
// message. Readers open it the same way: after a crash, the first to open a WAL database may have
// to recover it.
QString open(const QString &path, QString *message);
QSqlDatabase database(const QString &connection);
// Closes and forgets the connection; `connection` is cleared.
void close(QString &connection);

// Runs the statements in order; false, with the driver's message, at the first that fails.
bool exec(QSqlDatabase &db, const QStringList &statements, QString *message);
// PRAGMA user_version: the schema version a file was written with (-1 when unreadable).
int schemaVersion(QSqlDatabase &db);

// Whether the file starts like an SQLite database (and not, say, an earlier JSON format).
bool isDatabaseFile(const QString &path);
// The file and what SQLite keeps beside it (-wal, -shm).
void removeFiles(const QString &path);
// Renames the file and what SQLite keeps beside it; false when the file itself could not be.
bool renameFiles(const QString &path, const QString &target);

} // namespace LocalDatabase
