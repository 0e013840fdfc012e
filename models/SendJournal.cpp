#include "SendJournal.h"

#include "LocalDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SendJournal", text);
}

} // namespace

SendJournal::~SendJournal()
{
    closeDatabase();
}

void SendJournal::closeDatabase()
{
    LocalDatabase::close(m_connection);
}

bool SendJournal::open(const QString &path, QString *error)
{
    closeDatabase();
    m_inMemory = path.isEmpty();
    m_path = path;
    if (m_inMemory)
        return true;
    // A new journal: whatever was at the path (a finished one, an older format) goes.
    LocalDatabase::removeFiles(path);
    QString message;
    QString name = LocalDatabase::open(path, &message);
    bool ok = !name.isEmpty();
    if (ok) {
        QSqlDatabase db = LocalDatabase::database(name);
        ok = LocalDatabase::exec(
                db,
                {QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion),
                 QStringLiteral("CREATE TABLE sent (seq INTEGER PRIMARY KEY, segment_id TEXT NOT "
                                "NULL, patch TEXT NOT NULL, status TEXT)"),
                 QStringLiteral("CREATE INDEX sent_segment ON sent (segment_id)"),
                 QStringLiteral("CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT)"),
                 QStringLiteral("INSERT INTO state VALUES ('started', "
                                "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))")},
                &message);
    }
    if (!ok) {
        LocalDatabase::close(name);
        LocalDatabase::removeFiles(path);
        if (error)
            *error = tr("Cannot write the send journal %1: %2").arg(path, message);
        return false;
    }
    m_connection = name;
    return true;
}

bool SendJournal::recordSending(const QList<Pending> &chunk)
{
    if (m_inMemory)
        return true;
    if (m_connection.isEmpty())
        return false;
    QSqlDatabase db = LocalDatabase::database(m_connection);
    if (!db.transaction())
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO sent (segment_id, patch) VALUES (?, ?)"));
    for (const Pending &p : chunk) {
        query.addBindValue(p.segmentId);
        query.addBindValue(
                QString::fromUtf8(QJsonDocument(p.patch).toJson(QJsonDocument::Compact)));
        if (!query.exec()) {
            db.rollback();
            return false;
        }
    }
    // On disk before the request leaves: a power cut must not lose the record.
    return db.commit();
}

bool SendJournal::recordOutcomes(const QList<SegmentOutcome> &outcomes)
{
    if (m_inMemory)
        return true;
    if (m_connection.isEmpty())
        return false;
    QSqlDatabase db = LocalDatabase::database(m_connection);
    if (!db.transaction())
        return false;
    QSqlQuery query(db);
    // The answer is about the latest request that carried the segment.
    query.prepare(QStringLiteral("UPDATE sent SET status = ? WHERE seq = (SELECT MAX(seq) FROM "
                                 "sent WHERE segment_id = ?)"));
    for (const SegmentOutcome &o : outcomes) {
        query.addBindValue(SegmentOutcome::statusKey(o.status));
        query.addBindValue(o.segmentId);
        if (!query.exec()) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

void SendJournal::close()
{
    m_inMemory = false;
    closeDatabase();
}

void SendJournal::finish()
{
    const bool hadFile = !m_connection.isEmpty();
    m_inMemory = false;
    closeDatabase();
    if (hadFile)
        LocalDatabase::removeFiles(m_path);
}

void SendJournal::remove(const QString &path)
{
    LocalDatabase::removeFiles(path);
}

std::optional<SendJournal::Replay> SendJournal::replay(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the send journal %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    file.close();
    return LocalDatabase::isDatabaseFile(path) ? replayDatabase(path, error)
                                               : replayLines(path, error);
}

std::optional<SendJournal::Replay> SendJournal::replayDatabase(const QString &path, QString *error)
{
    QString message;
    QString name = LocalDatabase::open(path, &message);
    std::optional<Replay> result;
    if (!name.isEmpty()) {
        QSqlDatabase db = LocalDatabase::database(name);
        const int version = LocalDatabase::schemaVersion(db);
        QSqlQuery query(db);
        if (version != schemaVersion) {
            message = version > schemaVersion
                    ? tr("%1 was written by a newer version of Segment Editor.").arg(path)
                    : tr("%1 is not a send journal.").arg(path);
        } else if (query.exec(QStringLiteral(
                           "SELECT segment_id, patch, status FROM sent s WHERE seq = "
                           "(SELECT MAX(seq) FROM sent WHERE segment_id = s.segment_id) "
                           "ORDER BY seq"))) {
            Replay replay;
            while (query.next()) {
                const QString id = query.value(0).toString();
                const auto status = SegmentOutcome::statusFromKey(query.value(2).toString());
                // No answer, or an answer that says "unknown": to reconcile.
                if (!status || *status == SegmentOutcome::Status::Unknown)
                    replay.unanswered.append(
                            {id,
                             QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object()});
                else
                    replay.answered.insert(id, *status);
            }
            result = replay;
        } else {
            message = query.lastError().text();
        }
    }
    LocalDatabase::close(name);
    if (!result && error)
        *error = message.contains(QLatin1String("not a send journal"))
                        || message.contains(QLatin1String("newer version"))
                ? message
                : tr("Cannot read the send journal %1: %2").arg(path, message);
    return result;
}

// The format of earlier versions: one JSON object per line.
std::optional<SendJournal::Replay> SendJournal::replayLines(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("SendJournal",
                                                 "Cannot read the send journal %1: %2")
                             .arg(path, file.errorString());
        return std::nullopt;
    }
    const QLatin1String kindKey("kind");
    Replay replay;
    QHash<QString, QJsonObject> inFlight; // id -> patch, in the order sent
    QStringList order;
    bool started = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError{};
        const QJsonObject record = QJsonDocument::fromJson(line, &parseError).object();
        if (parseError.error != QJsonParseError::NoError || record.isEmpty()) {
            ++replay.corruptLines;
            continue;
        }
        const QString kind = record.value(kindKey).toString();
        if (kind == QLatin1String("start")) {
            started = true;
        } else if (kind == QLatin1String("sending")) {
            for (const QJsonValue &item : record.value(QLatin1String("items")).toArray()) {
                const QString id = item.toObject().value(QLatin1String("id")).toString();
                if (!inFlight.contains(id))
                    order.append(id);
                inFlight.insert(id, item.toObject().value(QLatin1String("patch")).toObject());
                replay.answered.remove(id);
            }
        } else if (kind == QLatin1String("outcomes")) {
            for (const QJsonValue &item : record.value(QLatin1String("items")).toArray()) {
                const QJsonObject o = item.toObject();
                const QString id = o.value(QLatin1String("id")).toString();
                const auto status = SegmentOutcome::statusFromKey(
                        o.value(QLatin1String("status")).toString());
                if (!status)
                    continue;
                // An answer that says "unknown" leaves the segment to reconcile too.
                if (*status == SegmentOutcome::Status::Unknown)
                    continue;
                inFlight.remove(id);
                order.removeAll(id);
                replay.answered.insert(id, *status);
            }
        } else if (kind == QLatin1String("finished")) {
            replay.finished = true;
        }
    }
    if (!started) {
        if (error)
            *error = QCoreApplication::translate("SendJournal", "%1 is not a send journal.")
                             .arg(path);
        return std::nullopt;
    }
    for (const QString &id : std::as_const(order))
        replay.unanswered.append({id, inFlight.value(id)});
    return replay;
}
