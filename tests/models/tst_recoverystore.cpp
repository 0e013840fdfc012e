// The recovery store's autosave: an SQLite database written whole once, then by the rows that
// changed; autosaves of earlier versions (one JSON file) still read; broken files kept aside.
#include "RecoveryStore.h"
#include "SampleSegments.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDateTime when = SampleSegments::utc(2026, 12, 7, 9, 30);

WorkingSet sample(int rows)
{
    WorkingSet set;
    set.baseUrl = QUrl(QStringLiteral("https://api.criteo.com"));
    set.apiVersion = QStringLiteral("2025-10");
    for (int i = 0; i < rows; ++i) {
        WorkingSetEntry entry;
        entry.original = SampleSegments::of(SegmentType::Location);
        entry.original.id = QString::number(300001 + i);
        entry.original.name = QStringLiteral("Stores %1").arg(i);
        set.segments.append(entry);
    }
    return set;
}

QString nameOf(const WorkingSetEntry &entry)
{
    return entry.wanted().name.value_or(QString());
}

int storedRows(const QString &path)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("c"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM entries")) && query.next())
                count = query.value(0).toInt();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("c"));
    return count;
}

} // namespace

class TestRecoveryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeThenByRow()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.path(), [] { return when; });
        QVERIFY(store.acquire(nullptr));
        QCOMPARE(store.autosavePath(), dir.filePath(QStringLiteral("autosave.sqlite")));
        QVERIFY(!store.canUpdateAutosave());
        WorkingSet set = sample(5);
        QVERIFY(!store.updateAutosave(set, 5, {}, QString(), nullptr)); // nothing written yet
        QString error;
        QVERIFY2(store.writeAutosave(set, QStringLiteral("/work/stores.json"), &error),
                 qPrintable(error));
        QVERIFY(store.canUpdateAutosave());

        // One row changes, one is added: only those two are written.
        WorkingSetEntry renamed = set.segments.at(2);
        AudienceSegment edited = renamed.original;
        edited.name = QStringLiteral("Renamed");
        renamed.edited = edited;
        WorkingSetEntry added = sample(6).segments.at(5);
        QVERIFY2(store.updateAutosave(set, 6, {{2, renamed}, {5, added}}, QString(), &error),
                 qPrintable(error));

        auto read = RecoveryStore::readAutosave(store.autosavePath(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->set.segments.size(), 6);
        QCOMPARE(nameOf(read->set.segments.at(2)), QStringLiteral("Renamed"));
        QCOMPARE(nameOf(read->set.segments.at(1)), QStringLiteral("Stores 1"));
        QCOMPARE(read->set.segments.at(5).original.id, QStringLiteral("300006"));
        QCOMPARE(read->set.baseUrl, set.baseUrl);
        QCOMPARE(read->savedAt, when);
        QVERIFY(read->sourceFile.isEmpty());

        // Fewer rows (a new, smaller set written by rows): the rest goes.
        QVERIFY(store.updateAutosave(set, 3, {}, QString(), &error));
        QCOMPARE(storedRows(store.autosavePath()), 3);
        QCOMPARE(RecoveryStore::readAutosave(store.autosavePath(), &error)->set.segments.size(), 3);

        store.removeAutosave();
        QVERIFY(!store.hasAutosave());
        QVERIFY(!QFile::exists(store.autosavePath() + QLatin1String("-wal")));
        QVERIFY(!store.canUpdateAutosave());
    }

    // The autosave of an earlier version is read, and replaced by the first write.
    void legacyAutosave()
    {
        QTemporaryDir dir;
        QJsonObject root = sample(2).toJsonObject();
        root.insert(RecoveryStore::autosaveMember,
                    QJsonObject{{QLatin1String("savedAt"), when.toString(Qt::ISODateWithMs)},
                                {QLatin1String("sourceFile"), QLatin1String("/work/a.json")}});
        {
            QFile file(dir.filePath(QStringLiteral("autosave.json")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(root).toJson());
        }
        RecoveryStore store(dir.path(), [] { return when; });
        QVERIFY(store.acquire(nullptr));
        QVERIFY(store.hasAutosave());
        const RecoveryStore::Leftover leftover = store.takeLeftover();
        QVERIFY(leftover.autosave);
        QCOMPARE(leftover.autosave->segments.size(), 2);
        QCOMPARE(leftover.sourceFile, QStringLiteral("/work/a.json"));
        QCOMPARE(leftover.savedAt, when);
        QVERIFY(store.writeAutosave(*leftover.autosave, leftover.sourceFile, nullptr));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("autosave.json"))));
        QVERIFY(QFile::exists(store.autosavePath()));
    }

    // A database that is not an autosave, or one with rows missing, is kept aside and reported.
    void unreadableDatabaseIsKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("autosave.sqlite"));
        {
            RecoveryStore store(dir.path(), [] { return when; });
            QVERIFY(store.acquire(nullptr));
            QVERIFY(store.writeAutosave(sample(3), QString(), nullptr));
        }
        {
            QSqlDatabase db
                    = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cut"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DELETE FROM entries WHERE position = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cut"));
        QString error;
        QVERIFY(!RecoveryStore::readAutosave(path, &error));
        QVERIFY2(error.contains(QLatin1String("missing")), qPrintable(error));

        RecoveryStore store(dir.path(), [] { return when; });
        QVERIFY(store.acquire(nullptr));
        const RecoveryStore::Leftover leftover = store.takeLeftover();
        QVERIFY(!leftover.autosave);
        QVERIFY(!leftover.autosaveError.isEmpty());
        QCOMPARE(leftover.autosaveKeptAs, path + QStringLiteral(".broken-20261207-093000"));
        QVERIFY(QFile::exists(leftover.autosaveKeptAs));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"
