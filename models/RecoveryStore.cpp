#include "RecoveryStore.h"

#include "LocalDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RecoveryStore", text);
}

const QLatin1String autosaveFormat("segment-autosave");

// An autosave of earlier versions: a working set with an "autosave" member.
std::optional<RecoveryStore::Autosave> readLegacyAutosave(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    std::optional<WorkingSet> set = WorkingSet::fromJson(bytes, error);
    if (!set)
        return std::nullopt;
    RecoveryStore::Autosave autosave;
    autosave.set = std::move(*set);
    const QJsonObject about = QJsonDocument::fromJson(bytes)
                                      .object()
                                      .value(RecoveryStore::autosaveMember)
                                      .toObject();
    autosave.sourceFile = about.value(QLatin1String("sourceFile")).toString();
    autosave.savedAt = QDateTime::fromString(about.value(QLatin1String("savedAt")).toString(),
                                             Qt::ISODateWithMs);
    if (!autosave.savedAt.isValid())
        autosave.savedAt = QFileInfo(path).lastModified();
    return autosave;
}

} // namespace

const QLatin1String RecoveryStore::autosaveMember("autosave");

RecoveryStore::RecoveryStore(const QString &folder, Clock clock)
    : m_folder(QDir::cleanPath(folder))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
{ }

RecoveryStore::~RecoveryStore()
{
    closeAutosave(); // the lock's destructor releases the slot
}

QString RecoveryStore::slotFile(const QString &stem, const QString &suffix) const
{
    if (m_slot < 0)
        return {};
    const QString name = m_slot == 0 ? stem : QStringLiteral("%1-%2").arg(stem).arg(m_slot + 1);
    return m_folder + QLatin1Char('/') + name + suffix;
}

QString RecoveryStore::autosavePath() const
{
    return slotFile(QStringLiteral("autosave"), QStringLiteral(".sqlite"));
}

QString RecoveryStore::legacyAutosavePath() const
{
    return slotFile(QStringLiteral("autosave"), QStringLiteral(".json"));
}

QString RecoveryStore::journalPath() const
{
    return slotFile(QStringLiteral("send"), QStringLiteral(".journal"));
}

bool RecoveryStore::acquire(QString *error)
{
    if (m_slot >= 0)
        return true;
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = QCoreApplication::translate("RecoveryStore",
                                                 "The folder %1 cannot be created.")
                             .arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    for (int slot = 0; slot < maxSlots; ++slot) {
        const QString name = slot == 0 ? QStringLiteral("autosave.lock")
                                       : QStringLiteral("autosave-%1.lock").arg(slot + 1);
        auto lock = std::make_unique<QLockFile>(m_folder + QLatin1Char('/') + name);
        // Never stale by age: a window may run for days. A lock whose process is gone is stale.
        lock->setStaleLockTime(0);
        if (lock->tryLock(0)) {
            m_slot = slot;
            m_lock = std::move(lock);
            return true;
        }
        if (lock->error() != QLockFile::LockFailedError) {
            if (error)
                *error = QCoreApplication::translate("RecoveryStore",
                                                     "The folder %1 cannot be written.")
                                 .arg(QDir::toNativeSeparators(m_folder));
            return false;
        }
    }
    if (error)
        *error = QCoreApplication::translate(
                         "RecoveryStore",
                         "Every autosave place in %1 is taken by another Segment Editor window.")
                         .arg(QDir::toNativeSeparators(m_folder));
    return false;
}

QString RecoveryStore::keepAside(const QString &path) const
{
    const QString base = path + QStringLiteral(".broken-")
            + m_clock().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = base;
    for (int n = 2; QFile::exists(target); ++n)
        target = QStringLiteral("%1-%2").arg(base).arg(n);
    if (!LocalDatabase::renameFiles(path, target))
        return {};
    return target;
}

RecoveryStore::Leftover RecoveryStore::takeLeftover()
{
    Leftover leftover;
    if (m_slot < 0)
        return leftover;

    // This version's autosave, else one an earlier version left.
    QString autosave = autosavePath();
    if (!QFile::exists(autosave) && QFile::exists(legacyAutosavePath()))
        autosave = legacyAutosavePath();
    if (QFile::exists(autosave)) {
        QString why;
        std::optional<Autosave> read = readAutosave(autosave, &why);
        if (read) {
            m_legacyTaken = autosave == legacyAutosavePath();
            leftover.autosave = std::move(read->set);
            leftover.sourceFile = read->sourceFile;
            leftover.savedAt = read->savedAt;
        } else {
            leftover.autosaveError = why;
            leftover.autosaveKeptAs = keepAside(autosave);
        }
    }

    const QString journal = journalPath();
    if (QFile::exists(journal)) {
        QString why;
        std::optional<SendJournal::Replay> replay = SendJournal::replay(journal, &why);
        if (!replay) {
            leftover.journalError = why;
            leftover.journalKeptAs = keepAside(journal);
        } else if (replay->finished) {
            SendJournal::remove(journal); // the send ended; only the removal was missed
        } else {
            leftover.journal = std::move(replay);
        }
    }
    return leftover;
}

bool RecoveryStore::openAutosave(QString *error)
{
    if (!m_connection.isEmpty())
        return true;
    if (m_slot < 0)
        return false;
    const QString path = autosavePath();
    QString message;
    QString name = LocalDatabase::open(path, &message);
    bool ok = !name.isEmpty();
    if (ok) {
        QSqlDatabase db = LocalDatabase::database(name);
        ok = LocalDatabase::exec(
                db,
                {QStringLiteral("PRAGMA user_version=%1").arg(autosaveSchemaVersion),
                 QStringLiteral("CREATE TABLE IF NOT EXISTS members (key TEXT PRIMARY KEY, "
                                "value TEXT)"),
                 QStringLiteral("CREATE TABLE IF NOT EXISTS entries (position INTEGER PRIMARY "
                                "KEY, entry TEXT NOT NULL)")},
                &message);
    }
    if (!ok) {
        LocalDatabase::close(name);
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), message);
        return false;
    }
    m_connection = name;
    return true;
}

void RecoveryStore::closeAutosave()
{
    LocalDatabase::close(m_connection);
}

bool RecoveryStore::writeEntries(const WorkingSet &members, int rowCount,
                                 const QList<QPair<int, WorkingSetEntry>> &rows, bool replaceAll,
                                 const QString &sourceFile, QString *error)
{
    if (!openAutosave(error))
        return false;
    QSqlDatabase db = LocalDatabase::database(m_connection);
    QString message;
    const auto fail = [&] {
        db.rollback();
        if (error)
            *error = tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(autosavePath()),
                                  message.isEmpty() ? db.lastError().text() : message);
        return false;
    };
    if (!db.transaction())
        return fail();
    QSqlQuery query(db);
    if (replaceAll && !query.exec(QStringLiteral("DELETE FROM entries"))) {
        message = query.lastError().text();
        return fail();
    }
    if (!query.prepare(QStringLiteral("INSERT OR REPLACE INTO entries VALUES (?, ?)"))) {
        message = query.lastError().text();
        return fail();
    }
    for (const auto &row : rows) {
        query.addBindValue(row.first);
        query.addBindValue(QString::fromUtf8(
                QJsonDocument(WorkingSet::entryToJson(row.second)).toJson(QJsonDocument::Compact)));
        if (!query.exec()) {
            message = query.lastError().text();
            return fail();
        }
    }
    if (!query.prepare(QStringLiteral("DELETE FROM entries WHERE position >= ?"))) {
        message = query.lastError().text();
        return fail();
    }
    query.addBindValue(rowCount);
    if (!query.exec()) {
        message = query.lastError().text();
        return fail();
    }
    const QList<QPair<QString, QString>> values{
            {QStringLiteral("format"), autosaveFormat},
            {QStringLiteral("baseUrl"), members.baseUrl.toString()},
            {QStringLiteral("apiVersion"), members.apiVersion},
            {QStringLiteral("advertisers"),
             QString::fromUtf8(QJsonDocument(WorkingSet::advertisersToJson(members.advertisers))
                                       .toJson(QJsonDocument::Compact))},
            {QStringLiteral("sourceFile"), sourceFile},
            {QStringLiteral("savedAt"), m_clock().toString(Qt::ISODateWithMs)},
            {QStringLiteral("rowCount"), QString::number(rowCount)}};
    if (!query.prepare(QStringLiteral("INSERT OR REPLACE INTO members VALUES (?, ?)"))) {
        message = query.lastError().text();
        return fail();
    }
    for (const auto &value : values) {
        query.addBindValue(value.first);
        query.addBindValue(value.second);
        if (!query.exec()) {
            message = query.lastError().text();
            return fail();
        }
    }
    if (!db.commit())
        return fail();
    return true;
}

bool RecoveryStore::writeAutosave(const WorkingSet &set, const QString &sourceFile, QString *error)
{
    if (m_slot < 0)
        return false;
    QList<QPair<int, WorkingSetEntry>> rows;
    rows.reserve(set.segments.size());
    for (int i = 0; i < set.segments.size(); ++i)
        rows.append({i, set.segments.at(i)});
    if (!writeEntries(set, int(set.segments.size()), rows, true, sourceFile, error))
        return false;
    // What an earlier version left is in this autosave now.
    if (m_legacyTaken)
        QFile::remove(legacyAutosavePath());
    m_legacyTaken = false;
    m_written = true;
    return true;
}

bool RecoveryStore::updateAutosave(const WorkingSet &members, int rowCount,
                                   const QList<QPair<int, WorkingSetEntry>> &rows,
                                   const QString &sourceFile, QString *error)
{
    if (m_slot < 0 || !m_written)
        return false;
    return writeEntries(members, rowCount, rows, false, sourceFile, error);
}

std::optional<RecoveryStore::Autosave> RecoveryStore::readAutosave(const QString &path,
                                                                   QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    file.close();
    if (!LocalDatabase::isDatabaseFile(path))
        return readLegacyAutosave(path, error);

    std::optional<Autosave> result;
    QString why;
    QString name = LocalDatabase::open(path, &why);
    {
        if (!name.isEmpty()) {
            QSqlDatabase db = LocalDatabase::database(name);
            QSqlQuery query(db);
            QHash<QString, QString> members;
            const int version = LocalDatabase::schemaVersion(db);
            if (version > autosaveSchemaVersion) {
                why = tr("it was written by a newer version of Segment Editor.");
            } else if (version < 1
                       || !query.exec(QStringLiteral("SELECT key, value FROM members"))) {
                why = tr("it is not an autosave of Segment Editor.");
            } else {
                while (query.next())
                    members.insert(query.value(0).toString(), query.value(1).toString());
                bool countOk = false;
                const int rowCount = members.value(QStringLiteral("rowCount")).toInt(&countOk);
                if (members.value(QStringLiteral("format")) != autosaveFormat || !countOk) {
                    why = tr("it is not an autosave of Segment Editor.");
                } else if (!query.exec(QStringLiteral(
                                   "SELECT position, entry FROM entries ORDER BY position"))) {
                    why = query.lastError().text();
                } else {
                    Autosave autosave;
                    autosave.set.baseUrl = QUrl(members.value(QStringLiteral("baseUrl")));
                    autosave.set.apiVersion = members.value(QStringLiteral("apiVersion"));
                    autosave.set.advertisers = WorkingSet::advertisersFromJson(
                            QJsonDocument::fromJson(
                                    members.value(QStringLiteral("advertisers")).toUtf8())
                                    .array());
                    autosave.sourceFile = members.value(QStringLiteral("sourceFile"));
                    autosave.savedAt = QDateTime::fromString(
                            members.value(QStringLiteral("savedAt")), Qt::ISODateWithMs);
                    QSet<QString> ids;
                    while (why.isEmpty() && query.next()) {
                        const int position = query.value(0).toInt();
                        const QString base = QStringLiteral("segments/%1").arg(position);
                        if (position != autosave.set.segments.size()) {
                            why = tr("%1: entries are missing before it.").arg(base);
                            break;
                        }
                        QJsonParseError parseError{};
                        const QJsonDocument entryJson = QJsonDocument::fromJson(
                                query.value(1).toString().toUtf8(), &parseError);
                        std::optional<WorkingSetEntry> entry
                                = parseError.error == QJsonParseError::NoError
                                ? WorkingSet::entryFromJson(entryJson.object(), base, &why)
                                : std::nullopt;
                        if (!entry) {
                            if (why.isEmpty())
                                why = QStringLiteral("%1: %2").arg(base, parseError.errorString());
                            break;
                        }
                        if (ids.contains(entry->original.id)) {
                            why = tr("%1: segment %2 appears twice.").arg(base, entry->original.id);
                            break;
                        }
                        ids.insert(entry->original.id);
                        autosave.set.segments.append(std::move(*entry));
                    }
                    if (why.isEmpty() && autosave.set.segments.size() != rowCount)
                        why = tr("it holds %1 of its %2 segments.")
                                      .arg(autosave.set.segments.size())
                                      .arg(rowCount);
                    if (why.isEmpty())
                        result = std::move(autosave);
                }
            }
        }
    }
    LocalDatabase::close(name);
    if (!result && error)
        *error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), why);
    return result;
}

bool RecoveryStore::hasAutosave() const
{
    return m_slot >= 0 && (QFile::exists(autosavePath()) || QFile::exists(legacyAutosavePath()));
}

void RecoveryStore::removeAutosave()
{
    if (m_slot < 0)
        return;
    closeAutosave();
    m_written = false;
    LocalDatabase::removeFiles(autosavePath());
    if (m_legacyTaken)
        QFile::remove(legacyAutosavePath());
    m_legacyTaken = false;
}

void RecoveryStore::removeJournal()
{
    if (m_slot >= 0)
        SendJournal::remove(journalPath());
}
