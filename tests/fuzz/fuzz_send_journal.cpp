// The send journal replayed after a crash (SendJournal::replay): this version's SQLite file with
// rows of any content, an SQLite file of any bytes, or an earlier version's JSON lines.
//
// The first byte picks the form; the rest is, for 'r' (rows), "user_version\n" then one
// "segment_id\tpatch\tstatus" line per row of `sent` (a status of "-" is NULL); otherwise the
// bytes of the file (JSON lines, or a database when they start like one).
#include "FuzzDatabase.h"
#include "FuzzSupport.h"
#include "SendJournal.h"

#include <QSet>

SEGMENT_FUZZ_INIT

namespace {

using FuzzSupport::require;

bool writeRows(const QString &path, const QByteArray &spec)
{
    const QList<QByteArray> lines = spec.split('\n');
    QList<FuzzDatabase::Row> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = FuzzSupport::split(lines.at(i), '\t', 3);
        rows.append(
                {QStringLiteral("INSERT INTO sent (segment_id, patch, status) VALUES (?, ?, ?)"),
                 {QString::fromUtf8(fields.value(0)), QString::fromUtf8(fields.value(1)),
                  fields.value(2) == "-" ? QVariant() : QString::fromUtf8(fields.value(2))}});
    }
    return FuzzDatabase::write(path, lines.value(0).trimmed().toInt(),
                               {QStringLiteral("CREATE TABLE sent (seq INTEGER PRIMARY KEY, "
                                               "segment_id TEXT NOT NULL, patch TEXT NOT NULL, "
                                               "status TEXT)")},
                               rows);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = FuzzSupport::scratch() + QStringLiteral("/send.journal");
    if (!FuzzDatabase::writeInput(data, size, path, writeRows))
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
