// The send journal replayed after a crash (SendJournal::replay): this version's SQLite file with
// rows of any content, an SQLite file of any bytes, or an earlier version's JSON lines.
//
// The first byte picks the form; the rest is, for 'r' (rows), "user_version\n" then one
// "segment_id\tpatch\tstatus" line per row of `sent` (a status of "-" is NULL); otherwise the
// bytes of the file (JSON lines, or a database when they start like one).
#include "FuzzSupport.h"
#include "LocalDatabase.h"
#include "SendJournal.h"

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
             QStringLiteral("CREATE TABLE sent (seq INTEGER PRIMARY KEY, segment_id TEXT NOT "
                            "NULL, patch TEXT NOT NULL, status TEXT)")},
            &message);
    QSqlQuery query(db);
    for (qsizetype i = 1; ok && i < lines.size(); ++i) {
        const QList<QByteArray> fields = FuzzSupport::split(lines.at(i), '\t', 3);
        query.prepare(QStringLiteral("INSERT INTO sent (segment_id, patch, status) VALUES (?, ?, "
                                     "?)"));
        query.addBindValue(QString::fromUtf8(fields.value(0)));
        query.addBindValue(QString::fromUtf8(fields.value(1)));
        query.addBindValue(fields.value(2) == "-" ? QVariant() : QString::fromUtf8(fields.value(2)));
        query.exec();
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
    const QString path = FuzzSupport::scratch() + QStringLiteral("/send.journal");
    LocalDatabase::removeFiles(path);
    const bool written
            = data[0] == 'r' ? writeRows(path, bytes) : FuzzSupport::writeFile(path, bytes);
    if (!written)
        return 0;
    QString error;
    const std::optional<SendJournal::Replay> replay = SendJournal::replay(path, &error);
    require(replay.has_value() || !error.isEmpty(), "a reason for an unreadable journal");
    if (replay) {
        QSet<QString> unanswered;
        for (const SendJournal::Pending &pending : replay->unanswered) {
            require(!unanswered.contains(pending.segmentId), "each unanswered segment once",
                    pending.segmentId);
            require(!replay->answered.contains(pending.segmentId),
                    "a segment is answered or not, never both", pending.segmentId);
            unanswered.insert(pending.segmentId);
        }
    }
    LocalDatabase::removeFiles(path);
    return 0;
}
