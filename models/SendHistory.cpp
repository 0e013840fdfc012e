#include "SendHistory.h"

#include "LocalDatabase.h"
#include "WorkingSet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SendHistory", text);
}

QString utcText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime utcFrom(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonArray problemsJson(const ProblemList &problems)
{
    QJsonArray array;
    for (const Problem &problem : problems)
        array.append(WorkingSet::problemToJson(problem));
    return array;
}

ProblemList problemsFrom(const QJsonValue &value, const QString &segmentId)
{
    ProblemList problems;
    for (const QJsonValue &item : value.toArray())
        problems.append(WorkingSet::problemFromJson(item, segmentId));
    return problems;
}

// A value in a JSON document: undefined (not set) is kept apart from null (cleared).
QJsonValue fieldValue(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonObject{{QLatin1String("unset"), true}}) : value;
}

QJsonValue fieldValueFrom(const QJsonValue &value)
{
    if (value.isObject() && value.toObject().value(QLatin1String("unset")).toBool()
        && value.toObject().size() == 1)
        return QJsonValue(QJsonValue::Undefined);
    return value;
}

} // namespace

bool SendHistory::writeFailed(QSqlDatabase &db, const QSqlQuery &query, QString *error)
{
    if (error)
        *error = tr("The send history could not be written: %1").arg(query.lastError().text());
    db.rollback();
    return false;
}

QStringList SendHistory::Entry::traceIds() const
{
    QStringList ids;
    for (const Problem &problem : problems)
        if (!problem.traceId.isEmpty() && !ids.contains(problem.traceId))
            ids.append(problem.traceId);
    return ids;
}

int SendHistory::Send::httpRequests() const
{
    int count = 0;
    for (const Request &request : requests)
        count += request.attempts;
    return count;
}

QStringList SendHistory::Send::advertiserIds() const
{
    QStringList ids;
    for (const Entry &entry : entries)
        if (!entry.advertiserId.isEmpty() && !ids.contains(entry.advertiserId))
            ids.append(entry.advertiserId);
    return ids;
}

const SendHistory::Entry *SendHistory::Send::entry(const QString &segmentId) const
{
    for (const Entry &e : entries)
        if (e.segmentId == segmentId || (!e.temporaryId.isEmpty() && e.temporaryId == segmentId))
            return &e;
    return nullptr;
}

int SendHistory::Summary::segments() const
{
    int total = 0;
    for (const int count : counts)
        total += count;
    return total;
}

SendHistory::Status SendHistory::Summary::outcome() const
{
    for (const Status status : {Status::Failed, Status::Unknown, Status::Warned, Status::NotSent})
        if (counts.value(status) > 0)
            return status;
    return Status::Updated;
}

SendHistory::SendHistory(Clock clock)
    : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{ }

SendHistory::~SendHistory()
{
    close();
}

QString SendHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QLatin1String("/SegmentEditor/history.sqlite");
}

void SendHistory::close()
{
    LocalDatabase::close(m_connection);
}

bool SendHistory::open(const QString &path, QString *error, QString *notice)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("The folder %1 cannot be created.")
                             .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    // A file that is not one of ours, or that SQLite cannot read, is kept aside: never lost.
    const auto keepAside = [&](const QString &why) {
        const QString base = path + QStringLiteral(".broken-")
                + m_clock().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString target = base;
        for (int n = 2; QFile::exists(target); ++n)
            target = QStringLiteral("%1-%2").arg(base).arg(n);
        if (!LocalDatabase::renameFiles(path, target))
            return false;
        if (notice)
            *notice = tr("The send history %1 could not be read (%2). It is kept as %3; a new "
                         "history starts.")
                              .arg(QDir::toNativeSeparators(path), why,
                                   QDir::toNativeSeparators(target));
        return true;
    };
    for (int attempt = 0; attempt < 2; ++attempt) {
        const bool exists = QFile::exists(path);
        if (exists && QFileInfo(path).size() > 0 && !LocalDatabase::isDatabaseFile(path)) {
            if (!keepAside(tr("not an SQLite database"))) {
                if (error)
                    *error = tr("The send history %1 cannot be read and cannot be moved aside.")
                                     .arg(QDir::toNativeSeparators(path));
                return false;
            }
            continue;
        }
        QString message;
        QString name = LocalDatabase::open(path, &message);
        if (name.isEmpty()) {
            if (exists && attempt == 0 && keepAside(message))
                continue;
            if (error)
                *error = tr("The send history %1 cannot be opened: %2")
                                 .arg(QDir::toNativeSeparators(path), message);
            return false;
        }
        QSqlDatabase db = LocalDatabase::database(name);
        const int version = LocalDatabase::schemaVersion(db);
        if (version > schemaVersion) {
            LocalDatabase::close(name);
            if (error)
                *error = tr("The send history %1 was written by a newer version of Segment "
                            "Editor; this one does not change it.")
                                 .arg(QDir::toNativeSeparators(path));
            return false;
        }
        const bool ok = version < 0
                ? false
                : LocalDatabase::exec(
                        db,
                        {QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion),
                         QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, "
                                        "value TEXT)"),
                         QStringLiteral("CREATE TABLE IF NOT EXISTS sends (id INTEGER PRIMARY "
                                        "KEY AUTOINCREMENT, started_at TEXT NOT NULL, "
                                        "finished_at TEXT, base_url TEXT NOT NULL, api_version "
                                        "TEXT, origin TEXT, cancelled INTEGER NOT NULL DEFAULT "
                                        "0, batch_problems TEXT)"),
                         QStringLiteral("CREATE TABLE IF NOT EXISTS requests (send_id INTEGER "
                                        "NOT NULL, seq INTEGER NOT NULL, data TEXT NOT NULL, "
                                        "PRIMARY KEY (send_id, seq))"),
                         QStringLiteral("CREATE TABLE IF NOT EXISTS entries (send_id INTEGER "
                                        "NOT NULL, seq INTEGER NOT NULL, segment_id TEXT NOT "
                                        "NULL, temporary_id TEXT, advertiser_id TEXT, name "
                                        "TEXT, status TEXT NOT NULL, data TEXT NOT NULL, "
                                        "PRIMARY KEY (send_id, seq))"),
                         QStringLiteral("CREATE INDEX IF NOT EXISTS entries_segment ON entries "
                                        "(segment_id)"),
                         // What earlier files lack is there now; a table of another shape
                         // fails here.
                         QStringLiteral("SELECT id, started_at, finished_at, base_url, "
                                        "api_version, origin, cancelled, batch_problems FROM "
                                        "sends LIMIT 1"),
                         QStringLiteral("SELECT send_id, seq, segment_id, temporary_id, "
                                        "advertiser_id, name, status, data FROM entries LIMIT 1"),
                         QStringLiteral("SELECT send_id, seq, data FROM requests LIMIT 1")},
                        &message);
        if (!ok) {
            LocalDatabase::close(name);
            if (exists && attempt == 0 && keepAside(message.isEmpty() ? tr("unreadable") : message))
                continue;
            if (error)
                *error = tr("The send history %1 cannot be written: %2")
                                 .arg(QDir::toNativeSeparators(path), message);
            return false;
        }
        m_connection = name;
        return true;
    }
    return false;
}

int SendHistory::maxSends() const
{
    if (!isOpen())
        return defaultMaxSends;
    QSqlQuery query(LocalDatabase::database(m_connection));
    if (query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'max_sends'"))
        && query.next()) {
        bool ok = false;
        const int value = query.value(0).toInt(&ok);
        if (ok && value > 0)
            return value;
    }
    return defaultMaxSends;
}

bool SendHistory::setMaxSends(int count, QString *error)
{
    if (!isOpen())
        return false;
    QSqlDatabase db = LocalDatabase::database(m_connection);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES "
                                 "('max_sends', ?)"));
    query.addBindValue(QString::number(qMax(1, count)));
    if (!query.exec())
        return writeFailed(db, query, error);
    if (!prune(error))
        return false;
    return db.commit();
}

// Inside a transaction: the sends beyond the bound go, oldest first.
bool SendHistory::prune(QString *error)
{
    QSqlDatabase db = LocalDatabase::database(m_connection);
    const int keep = maxSends();
    QSqlQuery query(db);
    for (const char *table : {"entries", "requests"}) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE send_id IN (SELECT id FROM sends "
                                     "ORDER BY id DESC LIMIT -1 OFFSET ?)")
                              .arg(QLatin1String(table)));
        query.addBindValue(keep);
        if (!query.exec())
            return writeFailed(db, query, error);
    }
    query.prepare(QStringLiteral(
            "DELETE FROM sends WHERE id IN (SELECT id FROM sends ORDER BY id DESC LIMIT -1 "
            "OFFSET ?)"));
    query.addBindValue(keep);
    if (!query.exec())
        return writeFailed(db, query, error);
    return true;
}

bool SendHistory::begin(Send *send, QString *error)
{
    if (!isOpen())
        return false;
    QSqlDatabase db = LocalDatabase::database(m_connection);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO sends (started_at, base_url, api_version, origin) "
                                 "VALUES (?, ?, ?, ?)"));
    query.addBindValue(utcText(send->startedAt));
    query.addBindValue(send->baseUrl.toString());
    query.addBindValue(send->apiVersion);
    query.addBindValue(send->origin);
    if (!query.exec())
        return writeFailed(db, query, error);
    send->id = query.lastInsertId().toLongLong();
    return db.commit();
}

bool SendHistory::writeEntries(qint64 sendId, const QList<QPair<int, Entry>> &entries,
                               QString *error)
{
    QSqlDatabase db = LocalDatabase::database(m_connection);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO entries (send_id, seq, segment_id, "
                                 "temporary_id, advertiser_id, name, status, data) VALUES (?, "
                                 "?, ?, ?, ?, ?, ?, ?)"));
    for (const auto &[seq, entry] : entries) {
        query.addBindValue(sendId);
        query.addBindValue(seq);
        query.addBindValue(entry.segmentId);
        query.addBindValue(entry.temporaryId);
        query.addBindValue(entry.advertiserId);
        query.addBindValue(entry.name);
        query.addBindValue(SegmentOutcome::statusKey(entry.status));
        query.addBindValue(compact(toJson(entry)));
        if (!query.exec())
            return writeFailed(db, query, error);
    }
    return true;
}

bool SendHistory::addRequest(qint64 sendId, int index, const Request &request,
                             const QList<QPair<int, Entry>> &entries, QString *error)
{
    return updateRequest(sendId, index, request, entries, error);
}

bool SendHistory::updateRequest(qint64 sendId, int index, const Request &request,
                                const QList<QPair<int, Entry>> &entries, QString *error)
{
    if (!isOpen())
        return false;
    QSqlDatabase db = LocalDatabase::database(m_connection);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO requests (send_id, seq, data) VALUES (?, ?, ?)"));
    query.addBindValue(sendId);
    query.addBindValue(index);
    query.addBindValue(compact(toJson(request)));
    if (!query.exec())
        return writeFailed(db, query, error);
    if (!writeEntries(sendId, entries, error))
        return false;
    return db.commit();
}

bool SendHistory::finish(const Send &send, const QList<QPair<int, Entry>> &entries, QString *error)
{
    if (!isOpen())
        return false;
    QSqlDatabase db = LocalDatabase::database(m_connection);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE sends SET finished_at = ?, cancelled = ?, "
                                 "batch_problems = ?, api_version = ? WHERE id = ?"));
    query.addBindValue(utcText(send.finishedAt));
    query.addBindValue(send.cancelled ? 1 : 0);
    query.addBindValue(QString::fromUtf8(
            QJsonDocument(problemsJson(send.batchProblems)).toJson(QJsonDocument::Compact)));
    query.addBindValue(send.apiVersion);
    query.addBindValue(send.id);
    if (!query.exec())
        return writeFailed(db, query, error);
    if (!writeEntries(send.id, entries, error) || !prune(error))
        return false;
    return db.commit();
}

QList<SendHistory::Summary> SendHistory::list(const Filter &filter, QString *error) const
{
    QList<Summary> result;
    if (!isOpen())
        return result;
    QStringList where;
    QVariantList binds;
    if (!filter.baseUrl.isEmpty()) {
        where.append(QStringLiteral("s.base_url = ?"));
        binds.append(filter.baseUrl.toString());
    }
    if (!filter.advertiserId.isEmpty()) {
        where.append(QStringLiteral(
                "EXISTS (SELECT 1 FROM entries e WHERE e.send_id = s.id AND e.advertiser_id = ?)"));
        binds.append(filter.advertiserId);
    }
    if (!filter.segment.trimmed().isEmpty()) {
        const QString text = filter.segment.trimmed();
        where.append(QStringLiteral("EXISTS (SELECT 1 FROM entries e WHERE e.send_id = s.id AND "
                                    "(e.segment_id = ? OR e.temporary_id = ? OR e.name LIKE ? "
                                    "ESCAPE '\\'))"));
        QString like = text;
        like.replace(QLatin1String("\\"), QLatin1String("\\\\"))
                .replace(QLatin1String("%"), QLatin1String("\\%"))
                .replace(QLatin1String("_"), QLatin1String("\\_"));
        binds << text << text << QString(QLatin1Char('%') + like + QLatin1Char('%'));
    }
    if (filter.status) {
        where.append(QStringLiteral(
                "EXISTS (SELECT 1 FROM entries e WHERE e.send_id = s.id AND e.status = ?)"));
        binds.append(SegmentOutcome::statusKey(*filter.status));
    }
    QString sql = QStringLiteral("SELECT s.id, s.started_at, s.finished_at, s.base_url, "
                                 "s.api_version, s.origin, s.cancelled, (SELECT COUNT(*) FROM "
                                 "requests r WHERE r.send_id = s.id) FROM sends s");
    if (!where.isEmpty())
        sql += QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
    sql += QLatin1String(" ORDER BY s.id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlDatabase db = LocalDatabase::database(m_connection);
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    if (!query.exec()) {
        if (error)
            *error = tr("The send history could not be read: %1").arg(query.lastError().text());
        return result;
    }
    QHash<qint64, int> index;
    while (query.next()) {
        Summary summary;
        summary.id = query.value(0).toLongLong();
        summary.startedAt = utcFrom(query.value(1).toString());
        summary.finishedAt = utcFrom(query.value(2).toString());
        summary.baseUrl = QUrl(query.value(3).toString());
        summary.apiVersion = query.value(4).toString();
        summary.origin = query.value(5).toString();
        summary.cancelled = query.value(6).toInt() != 0;
        summary.requests = query.value(7).toInt();
        index.insert(summary.id, int(result.size()));
        result.append(summary);
    }
    if (result.isEmpty())
        return result;
    // Counts and advertisers of the listed sends, in one pass.
    QSqlQuery counts(db);
    counts.prepare(QStringLiteral("SELECT send_id, status, advertiser_id, COUNT(*) FROM entries "
                                  "WHERE send_id >= ? AND send_id <= ? GROUP BY send_id, status, "
                                  "advertiser_id"));
    counts.addBindValue(result.constLast().id);
    counts.addBindValue(result.constFirst().id);
    if (counts.exec()) {
        while (counts.next()) {
            const auto at = index.constFind(counts.value(0).toLongLong());
            if (at == index.constEnd())
                continue;
            Summary &summary = result[*at];
            const auto status = SegmentOutcome::statusFromKey(counts.value(1).toString());
            if (status)
                summary.counts[*status] += counts.value(3).toInt();
            const QString advertiser = counts.value(2).toString();
            if (!advertiser.isEmpty() && !summary.advertiserIds.contains(advertiser))
                summary.advertiserIds.append(advertiser);
        }
    }
    return result;
}

std::optional<SendHistory::Send> SendHistory::send(qint64 id, QString *error) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlDatabase db = LocalDatabase::database(m_connection);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT started_at, finished_at, base_url, api_version, origin, "
                                 "cancelled, batch_problems FROM sends WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = tr("The send history has no send %1.").arg(id);
        return std::nullopt;
    }
    Send send;
    send.id = id;
    send.startedAt = utcFrom(query.value(0).toString());
    send.finishedAt = utcFrom(query.value(1).toString());
    send.baseUrl = QUrl(query.value(2).toString());
    send.apiVersion = query.value(3).toString();
    send.origin = query.value(4).toString();
    send.cancelled = query.value(5).toInt() != 0;
    send.batchProblems = problemsFrom(
            QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array(), QString());

    query.prepare(QStringLiteral("SELECT data FROM requests WHERE send_id = ? ORDER BY seq"));
    query.addBindValue(id);
    if (query.exec())
        while (query.next())
            send.requests.append(requestFromJson(objectFrom(query.value(0).toString())));
    query.prepare(QStringLiteral("SELECT data FROM entries WHERE send_id = ? ORDER BY seq"));
    query.addBindValue(id);
    if (query.exec())
        while (query.next())
            send.entries.append(entryFromJson(objectFrom(query.value(0).toString())));
    return send;
}

std::optional<SendHistory::Send> SendHistory::latestWith(const QString &segmentId,
                                                         const QUrl &baseUrl) const
{
    if (!isOpen() || segmentId.isEmpty())
        return std::nullopt;
    QSqlQuery query(LocalDatabase::database(m_connection));
    query.prepare(
            QStringLiteral("SELECT e.send_id FROM entries e JOIN sends s ON s.id = "
                           "e.send_id WHERE (e.segment_id = ? OR e.temporary_id = ?)%1 "
                           "ORDER BY e.send_id DESC LIMIT 1")
                    .arg(baseUrl.isEmpty() ? QString() : QStringLiteral(" AND s.base_url = ?")));
    query.addBindValue(segmentId);
    query.addBindValue(segmentId);
    if (!baseUrl.isEmpty())
        query.addBindValue(baseUrl.toString());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return send(query.value(0).toLongLong());
}

QString SendHistory::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Create:
        return QStringLiteral("create");
    case Kind::Delete:
        return QStringLiteral("delete");
    case Kind::Update:
        break;
    }
    return QStringLiteral("update");
}

SendHistory::Kind SendHistory::kindFromKey(const QString &key)
{
    if (key == QLatin1String("create"))
        return Kind::Create;
    if (key == QLatin1String("delete"))
        return Kind::Delete;
    return Kind::Update;
}

QJsonObject SendHistory::toJson(const Entry &entry)
{
    QJsonArray fields;
    for (const Field &field : entry.fields)
        fields.append(QJsonObject{{QLatin1String("path"), field.path},
                                  {QLatin1String("before"), fieldValue(field.before)},
                                  {QLatin1String("after"), fieldValue(field.after)}});
    QJsonObject json{{QLatin1String("segmentId"), entry.segmentId},
                     {QLatin1String("advertiserId"), entry.advertiserId},
                     {QLatin1String("name"), entry.name},
                     {QLatin1String("kind"), kindKey(entry.kind)},
                     {QLatin1String("outcome"), SegmentOutcome::statusKey(entry.status)},
                     {QLatin1String("fields"), fields},
                     {QLatin1String("problems"), problemsJson(entry.problems)},
                     {QLatin1String("request"), entry.request}};
    if (!entry.temporaryId.isEmpty())
        json.insert(QLatin1String("temporaryId"), entry.temporaryId);
    if (!entry.before.isEmpty())
        json.insert(QLatin1String("before"), entry.before);
    if (!entry.after.isEmpty())
        json.insert(QLatin1String("after"), entry.after);
    if (!entry.sent.isEmpty())
        json.insert(QLatin1String("sent"), entry.sent);
    if (!entry.answer.isUndefined())
        json.insert(QLatin1String("answer"), entry.answer);
    return json;
}

SendHistory::Entry SendHistory::entryFromJson(const QJsonObject &json)
{
    Entry entry;
    entry.segmentId = json.value(QLatin1String("segmentId")).toString();
    entry.temporaryId = json.value(QLatin1String("temporaryId")).toString();
    entry.advertiserId = json.value(QLatin1String("advertiserId")).toString();
    entry.name = json.value(QLatin1String("name")).toString();
    entry.kind = kindFromKey(json.value(QLatin1String("kind")).toString());
    entry.status = SegmentOutcome::statusFromKey(json.value(QLatin1String("outcome")).toString())
                           .value_or(Status::Unknown);
    for (const QJsonValue &item : json.value(QLatin1String("fields")).toArray()) {
        const QJsonObject field = item.toObject();
        entry.fields.append({field.value(QLatin1String("path")).toString(),
                             fieldValueFrom(field.value(QLatin1String("before"))),
                             fieldValueFrom(field.value(QLatin1String("after")))});
    }
    entry.before = json.value(QLatin1String("before")).toObject();
    entry.after = json.value(QLatin1String("after")).toObject();
    entry.sent = json.value(QLatin1String("sent")).toObject();
    entry.answer = json.value(QLatin1String("answer"));
    entry.problems = problemsFrom(json.value(QLatin1String("problems")), entry.segmentId);
    entry.request = json.value(QLatin1String("request")).toInt(-1);
    return entry;
}

QJsonObject SendHistory::toJson(const Request &request)
{
    QJsonObject json{{QLatin1String("kind"), kindKey(request.kind)},
                     {QLatin1String("answered"), request.answered},
                     {QLatin1String("attempts"), request.attempts},
                     {QLatin1String("httpStatus"), request.httpStatus},
                     {QLatin1String("sentAt"), utcText(request.sentAt)},
                     {QLatin1String("segmentIds"), QJsonArray::fromStringList(request.segmentIds)}};
    if (!request.method.isEmpty())
        json.insert(QLatin1String("method"), request.method);
    if (!request.path.isEmpty())
        json.insert(QLatin1String("path"), request.path);
    if (!request.apiVersion.isEmpty())
        json.insert(QLatin1String("apiVersion"), request.apiVersion);
    if (request.answeredAt.isValid())
        json.insert(QLatin1String("answeredAt"), utcText(request.answeredAt));
    if (!request.batchProblems.isEmpty())
        json.insert(QLatin1String("problems"), problemsJson(request.batchProblems));
    return json;
}

SendHistory::Request SendHistory::requestFromJson(const QJsonObject &json)
{
    Request request;
    request.kind = kindFromKey(json.value(QLatin1String("kind")).toString());
    request.answered = json.value(QLatin1String("answered")).toBool();
    request.attempts = json.value(QLatin1String("attempts")).toInt();
    request.httpStatus = json.value(QLatin1String("httpStatus")).toInt();
    request.sentAt = utcFrom(json.value(QLatin1String("sentAt")).toString());
    request.answeredAt = utcFrom(json.value(QLatin1String("answeredAt")).toString());
    for (const QJsonValue &id : json.value(QLatin1String("segmentIds")).toArray())
        request.segmentIds.append(id.toString());
    request.method = json.value(QLatin1String("method")).toString();
    request.path = json.value(QLatin1String("path")).toString();
    request.apiVersion = json.value(QLatin1String("apiVersion")).toString();
    request.batchProblems = problemsFrom(json.value(QLatin1String("problems")), QString());
    return request;
}

QJsonObject SendHistory::toJson(const Summary &summary)
{
    QJsonObject counts;
    for (auto it = summary.counts.cbegin(); it != summary.counts.cend(); ++it)
        counts.insert(SegmentOutcome::statusKey(it.key()), it.value());
    QJsonObject json{
            {QLatin1String("id"), summary.id},
            {QLatin1String("startedAt"), utcText(summary.startedAt)},
            {QLatin1String("baseUrl"), summary.baseUrl.toString()},
            {QLatin1String("apiVersion"), summary.apiVersion},
            {QLatin1String("origin"), summary.origin},
            {QLatin1String("cancelled"), summary.cancelled},
            {QLatin1String("requests"), summary.requests},
            {QLatin1String("segments"), summary.segments()},
            {QLatin1String("outcome"), SegmentOutcome::statusKey(summary.outcome())},
            {QLatin1String("counts"), counts},
            {QLatin1String("advertiserIds"), QJsonArray::fromStringList(summary.advertiserIds)}};
    json.insert(QLatin1String("finishedAt"),
                summary.finishedAt.isValid() ? QJsonValue(utcText(summary.finishedAt))
                                             : QJsonValue(QJsonValue::Null));
    return json;
}

QJsonObject SendHistory::toJson(const Send &send)
{
    QJsonArray requests;
    for (const Request &request : send.requests)
        requests.append(toJson(request));
    QJsonArray entries;
    for (const Entry &entry : send.entries)
        entries.append(toJson(entry));
    QJsonObject json{{QLatin1String("format"), QLatin1String("segment-send-history")},
                     {QLatin1String("version"), schemaVersion},
                     {QLatin1String("id"), send.id},
                     {QLatin1String("startedAt"), utcText(send.startedAt)},
                     {QLatin1String("baseUrl"), send.baseUrl.toString()},
                     {QLatin1String("apiVersion"), send.apiVersion},
                     {QLatin1String("origin"), send.origin},
                     {QLatin1String("cancelled"), send.cancelled},
                     {QLatin1String("httpRequests"), send.httpRequests()},
                     {QLatin1String("requests"), requests},
                     {QLatin1String("segments"), entries},
                     {QLatin1String("problems"), problemsJson(send.batchProblems)}};
    json.insert(QLatin1String("finishedAt"),
                send.finishedAt.isValid() ? QJsonValue(utcText(send.finishedAt))
                                          : QJsonValue(QJsonValue::Null));
    return json;
}

QByteArray SendHistory::toCsv(const Send &send)
{
    const auto cell = [](QString text) {
        if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(','))
            || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
            text.replace(QLatin1String("\""), QLatin1String("\"\""));
            text = QLatin1Char('"') + text + QLatin1Char('"');
        }
        return text;
    };
    const auto valueCell = [](const QJsonValue &value) {
        if (value.isUndefined())
            return QString();
        if (value.isString())
            return value.toString();
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                .mid(1)
                .chopped(1);
    };
    QStringList lines{QStringLiteral("send,started_at_utc,segment_id,temporary_id,advertiser_id,"
                                     "name,kind,outcome,field,before,after,problems,trace_ids")};
    for (const Entry &entry : send.entries) {
        QStringList problems;
        for (const Problem &problem : entry.problems)
            problems.append(problem.code.isEmpty()
                                    ? problem.headline()
                                    : problem.code + QLatin1String(": ") + problem.headline());
        const QStringList head{QString::number(send.id), utcText(send.startedAt),
                               entry.segmentId,          entry.temporaryId,
                               entry.advertiserId,       entry.name,
                               kindKey(entry.kind),      SegmentOutcome::statusKey(entry.status)};
        const QStringList tail{problems.join(QLatin1String("; ")),
                               entry.traceIds().join(QLatin1String(" "))};
        QList<Field> fields = entry.fields;
        if (fields.isEmpty())
            fields.append(Field{});
        for (const Field &field : std::as_const(fields)) {
            QStringList cells = head;
            cells << field.path << valueCell(field.before) << valueCell(field.after);
            cells += tail;
            for (QString &c : cells)
                c = cell(c);
            lines.append(cells.join(QLatin1Char(',')));
        }
    }
    return lines.join(QLatin1String("\r\n")).toUtf8() + "\r\n";
}
