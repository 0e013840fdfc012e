#pragma once

#include "FuzzSupport.h"
#include "LocalDatabase.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

// For the targets that read the local store: an SQLite file made from the input's rows.
namespace FuzzDatabase {

struct Row
{
    QString statement; // INSERT … with one ? per value
    QVariantList values;
};

// A fresh file at `path`, opened as this version opens them (LocalDatabase), with
// PRAGMA user_version, the schema and the rows (a row the schema refuses is left out).
inline bool write(const QString &path, int userVersion, const QStringList &schema,
                  const QList<Row> &rows)
{
    LocalDatabase::removeFiles(path);
    QString message;
    QString name = LocalDatabase::open(path, &message);
    if (name.isEmpty())
        return false;
    bool ok = false;
    {
        QSqlDatabase db = LocalDatabase::database(name);
        ok = LocalDatabase::exec(
                db, QStringList{QStringLiteral("PRAGMA user_version=%1").arg(userVersion)} + schema,
                &message);
        QSqlQuery query(db);
        for (qsizetype i = 0; ok && i < rows.size(); ++i) {
            query.prepare(rows.at(i).statement);
            for (const QVariant &value : rows.at(i).values)
                query.addBindValue(value);
            query.exec();
        }
    }
    LocalDatabase::close(name);
    return ok;
}

// The file a target reads, at `path`: after a first byte 'r' made by `writeRows` from the rest
// of the input, otherwise the rest of the input as it is. False when there is nothing to read.
inline bool writeInput(const uint8_t *data, size_t size, const QString &path,
                       bool (*writeRows)(const QString &path, const QByteArray &spec))
{
    if (size == 0)
        return false;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    LocalDatabase::removeFiles(path);
    return data[0] == 'r' ? writeRows(path, rest) : FuzzSupport::writeFile(path, rest);
}

} // namespace FuzzDatabase
