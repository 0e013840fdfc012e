#include "PatchBuilder.h"
#include "SampleSegments.h"
#include "SendJournal.h"
#include "SendReconciler.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

SendJournal::Pending pending(const QString &id)
{
    return {id,
            QJsonObject{{QLatin1String("id"), id},
                        {QLatin1String("type"), QStringLiteral("AudienceSegment")},
                        {QLatin1String("attributes"),
                         QJsonObject{{QLatin1String("name"), QStringLiteral("n%1").arg(id)}}}}};
}

SegmentOutcome outcome(const QString &id, SegmentOutcome::Status status)
{
    SegmentOutcome o;
    o.segmentId = id;
    o.status = status;
    return o;
}

} // namespace

// The send journal survives a crash at any point and tells which segments' fate is unknown; the
// reconciler decides from the server's copy whether a lost patch was applied.
class TestSendJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unansweredChunksAreReplayed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("send.journal"));
        {
            SendJournal journal;
            QString error;
            QVERIFY2(journal.open(path, &error), qPrintable(error));
            QVERIFY(journal.recordSending(
                    {pending(QStringLiteral("1")), pending(QStringLiteral("2"))}));
            QVERIFY(journal.recordSending({pending(QStringLiteral("3"))}));
            QVERIFY(journal.recordOutcomes(
                    {outcome(QStringLiteral("1"), SegmentOutcome::Status::Updated),
                     outcome(QStringLiteral("2"), SegmentOutcome::Status::Failed)}));
            QVERIFY(journal.recordSending({pending(QStringLiteral("4"))}));
            QVERIFY(journal.recordOutcomes(
                    {outcome(QStringLiteral("4"), SegmentOutcome::Status::Unknown)}));
            // The process dies here: no finish().
        }
        QString error;
        const auto replay = SendJournal::replay(path, &error);
        QVERIFY2(replay, qPrintable(error));
        QVERIFY(!replay->finished);
        QCOMPARE(replay->unanswered.size(), 2);
        QCOMPARE(replay->unanswered.at(0).segmentId, QStringLiteral("3"));
        QCOMPARE(replay->unanswered.at(1).segmentId, QStringLiteral("4"));
        QCOMPARE(replay->unanswered.at(0).patch, pending(QStringLiteral("3")).patch);
        QCOMPARE(replay->answered.value(QStringLiteral("1")), SegmentOutcome::Status::Updated);
        QCOMPARE(replay->answered.value(QStringLiteral("2")), SegmentOutcome::Status::Failed);
        QCOMPARE(replay->corruptLines, 0);
    }

    // Journals of earlier versions (JSON lines) are still read, a torn last line skipped.
    void legacyJournalIsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("send.journal"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"kind\":\"start\",\"version\":1}\n"
                   "{\"kind\":\"sending\",\"items\":[{\"id\":\"7\",\"patch\":{\"id\":\"7\"}},"
                   "{\"id\":\"8\",\"patch\":{\"id\":\"8\"}}]}\n"
                   "{\"kind\":\"outcomes\",\"items\":[{\"id\":\"8\",\"status\":\"updated\"}]}\n"
                   "{\"kind\":\"outcomes\",\"items\":[{\"id\":\"7\",\"sta");
        file.close();
        const auto replay = SendJournal::replay(path, nullptr);
        QVERIFY(replay);
        QCOMPARE(replay->corruptLines, 1);
        QCOMPARE(replay->unanswered.size(), 1);
        QCOMPARE(replay->unanswered.first().segmentId, QStringLiteral("7"));
        QCOMPARE(replay->unanswered.first().patch,
                 (QJsonObject{{QLatin1String("id"), QLatin1String("7")}}));
        QCOMPARE(replay->answered.value(QStringLiteral("8")), SegmentOutcome::Status::Updated);
    }

    // The journal is an SQLite database in WAL mode, readable while it is being written, with
    // a schema version; a newer one is refused rather than misread.
    void databaseJournal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("send.journal"));
        SendJournal journal;
        QString error;
        QVERIFY2(journal.open(path, &error), qPrintable(error));
        QVERIFY(journal.recordSending({pending(QStringLiteral("1"))}));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(15) == QByteArray("SQLite format 3"));
        file.close();
        // Another reader (the next process after a crash, a test) sees the committed record.
        auto replay = SendJournal::replay(path, &error);
        QVERIFY2(replay, qPrintable(error));
        QCOMPARE(replay->unanswered.size(), 1);
        journal.close(); // kept, as after a crash
        QVERIFY(QFile::exists(path));
        replay = SendJournal::replay(path, &error);
        QVERIFY2(replay, qPrintable(error));
        QCOMPARE(replay->unanswered.first().patch, pending(QStringLiteral("1")).patch);

        // Opening starts a new journal at the same path.
        QVERIFY(journal.open(path, &error));
        replay = SendJournal::replay(path, &error);
        QVERIFY(replay && replay->unanswered.isEmpty());
        journal.close();
        {
            const QString name = QStringLiteral("bump");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=%1")
                                           .arg(SendJournal::schemaVersion + 1));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        QVERIFY(!SendJournal::replay(path, &error));
        QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
    }

    // In memory only: every record is accepted, nothing is written.
    void memoryJournal()
    {
        SendJournal journal;
        QVERIFY(journal.open(QString(), nullptr));
        QVERIFY(journal.isOpen());
        QVERIFY(journal.path().isEmpty());
        QVERIFY(journal.recordSending({pending(QStringLiteral("1"))}));
        journal.finish();
        QVERIFY(!journal.isOpen());
    }

    void finishedJournalIsRemoved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("send.journal"));
        SendJournal journal;
        QVERIFY(journal.open(path, nullptr));
        QVERIFY(journal.recordSending({pending(QStringLiteral("1"))}));
        QVERIFY(journal.recordOutcomes(
                {outcome(QStringLiteral("1"), SegmentOutcome::Status::Updated)}));
        journal.finish();
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
        QVERIFY(!journal.isOpen());
    }

    void resentSegmentCountsOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("send.journal"));
        SendJournal journal;
        QVERIFY(journal.open(path, nullptr));
        QVERIFY(journal.recordSending({pending(QStringLiteral("1"))}));
        QVERIFY(journal.recordOutcomes(
                {outcome(QStringLiteral("1"), SegmentOutcome::Status::Failed)}));
        QVERIFY(journal.recordSending({pending(QStringLiteral("1"))})); // retry failed
        const auto replay = SendJournal::replay(path, nullptr);
        QCOMPARE(replay->unanswered.size(), 1);
        QVERIFY(!replay->answered.contains(QStringLiteral("1")));
    }

    void notAJournal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":\"segment-working-set\"}\n");
        file.close();
        QString error;
        QVERIFY(!SendJournal::replay(path, &error));
        QVERIFY(error.contains(QLatin1String("not a send journal")));
        QVERIFY(!SendJournal::replay(dir.filePath(QStringLiteral("missing")), &error));
        SendJournal journal;
        QVERIFY(!journal.open(dir.filePath(QStringLiteral("no/such/dir/j")), &error));
        QVERIFY(!error.isEmpty());
    }

    void reconcilerVerdicts_data()
    {
        QTest::addColumn<int>("serverState");
        QTest::addColumn<int>("verdict");
        // 0: server still has the original; 1: server has the edit; 2: server has the edit plus
        // an unrelated change by someone else; 3: only part of it; 4: gone.
        QTest::newRow("not applied") << 0 << int(SendReconciler::Verdict::NotApplied);
        QTest::newRow("applied") << 1 << int(SendReconciler::Verdict::Applied);
        QTest::newRow("applied, other field changed elsewhere")
                << 2 << int(SendReconciler::Verdict::Applied);
        QTest::newRow("partly") << 3 << int(SendReconciler::Verdict::NotApplied);
        QTest::newRow("gone") << 4 << int(SendReconciler::Verdict::Gone);
    }
    void reconcilerVerdicts()
    {
        QFETCH(int, serverState);
        QFETCH(int, verdict);
        const AudienceSegment original = SampleSegments::of(SegmentType::Location);
        AudienceSegment edited = original;
        edited.name = QStringLiteral("Renamed stores");
        edited.location->radiusInKm = edited.location->radiusInKm.value_or(1) + 4;
        edited.location->pointsOfInterest.append({QStringLiteral("New shop"), 45.76, 4.83});
        const QJsonObject patch = *PatchBuilder::build(original, edited);

        std::optional<AudienceSegment> server = original;
        if (serverState == 1 || serverState == 2 || serverState == 3) {
            server = edited;
            if (serverState == 2)
                server->description = Nillable<QString>(QStringLiteral("Changed by a colleague"));
            if (serverState == 3)
                server->location->pointsOfInterest = original.location->pointsOfInterest;
        }
        if (serverState == 4)
            server.reset();
        QCOMPARE(int(SendReconciler::verdict(edited, patch, server)), verdict);
    }
};

QTEST_GUILESS_MAIN(TestSendJournal)
#include "tst_sendjournal.moc"
