#include "LocalDatabase.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace LocalDatabase {

namespace {

const QLatin1String sideSuffixes[] = {QLatin1String("-wal"), QLatin1String("-shm")};

} // namespace

QString open(const QString &path, QString *message)
{
    const QString name
            = QStringLiteral("local-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        if (!ok && message)
            *message = db.lastError().text();
        ok = ok
                && exec(db,
                        {QStringLiteral("PRAGMA journal_mode=WAL"),
                         QStringLiteral("PRAGMA synchronous=FULL")},
                        message);
        if (!ok)
            db.close();
    }
    if (!ok) {
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    return name;
}

QSqlDatabase database(const QString &connection)
{
    return QSqlDatabase::database(connection, false);
}

void close(QString &connection)
{
    if (connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    connection.clear();
}

bool exec(QSqlDatabase &db, const QStringList &statements, QString *message)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            if (message)
                *message = query.lastError().text();
            return false;
        }
    }
    return true;
}

int schemaVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool isDatabaseFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(15) == QByteArrayLiteral("SQLite format 3");
}

void removeFiles(const QString &path)
{
    QFile::remove(path);
    for (const QLatin1String suffix : sideSuffixes)
        QFile::remove(path + suffix);
}

bool renameFiles(const QString &path, const QString &target)
{
    if (!QFile::rename(path, target))
        return false;
    for (const QLatin1String suffix : sideSuffixes)
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    return true;
}

} // namespace LocalDatabase
