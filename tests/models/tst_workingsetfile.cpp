// WorkingSetFile: a working set read for a push, only the entries a send may touch decoded. What
// it reads must be what the full reader reads (the same entries, the same refusals), and what it
// writes what the full writer writes, byte for byte.
#include "SampleSegments.h"
#include "WorkingSet.h"
#include "WorkingSetFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

AudienceSegment withId(SegmentType type, const QString &id, const QString &name)
{
    AudienceSegment s = SampleSegments::of(type);
    s.id = id;
    s.name = name;
    return s;
}

Problem problem(const QString &id, const QString &detail)
{
    Problem p;
    p.severity = Problem::Severity::Error;
    p.origin = Problem::Origin::Server;
    p.code = QStringLiteral("invalid");
    p.title = QStringLiteral("Invalid");
    p.detail = detail;
    p.traceId = QStringLiteral("trace-1");
    p.segmentId = id;
    p.field = QStringLiteral("attributes/name");
    return p;
}

SegmentOutcome outcome(const QString &id, SegmentOutcome::Status status)
{
    SegmentOutcome o;
    o.segmentId = id;
    o.status = status;
    if (status == SegmentOutcome::Status::Failed)
        o.problems = {problem(id, QStringLiteral("Too long: \"}]\\ ,"))};
    return o;
}

// Every kind of entry, untouched ones with names that look like JSON structure.
WorkingSet everyKind()
{
    WorkingSet set;
    set.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    set.apiVersion = QStringLiteral("2025-10");
    set.advertisers = {{QStringLiteral("77"), QStringLiteral("Acme \"Paris\" é 😀")},
                       {QStringLiteral("12"), QStringLiteral("Globex")}};
    const auto add = [&set](const WorkingSetEntry &entry) { set.segments.append(entry); };
    WorkingSetEntry plain;
    plain.original = withId(SegmentType::Location, QStringLiteral("1"),
                            QStringLiteral("Stores \"Paris\" {a}, [b]: \\ é 😀"));
    add(plain);
    WorkingSetEntry updated;
    updated.original = withId(SegmentType::InMarket, QStringLiteral("2"), QStringLiteral("Shoes"));
    updated.outcome = outcome(QStringLiteral("2"), SegmentOutcome::Status::Updated);
    add(updated);
    WorkingSetEntry failed;
    failed.original = withId(SegmentType::Retargeting, QStringLiteral("3"), QStringLiteral("Cart"));
    failed.outcome = outcome(QStringLiteral("3"), SegmentOutcome::Status::Failed);
    add(failed);
    WorkingSetEntry edited;
    edited.original = withId(SegmentType::Prospecting, QStringLiteral("4"), QStringLiteral("P"));
    edited.edited = edited.original;
    edited.edited->name = QStringLiteral("Prospects, renamed");
    add(edited);
    WorkingSetEntry excluded;
    excluded.original = withId(SegmentType::Lookalike, QStringLiteral("5"), QStringLiteral("L"));
    excluded.excluded = true;
    add(excluded);
    WorkingSetEntry lost;
    lost.original = withId(SegmentType::Retargeting, QStringLiteral("6"), QStringLiteral("Lost"));
    lost.edited = lost.original;
    lost.edited->name = QStringLiteral("Lost, sent");
    lost.outcome = outcome(QStringLiteral("6"), SegmentOutcome::Status::Unknown);
    add(lost);
    WorkingSetEntry doomed;
    doomed.original = withId(SegmentType::InMarket, QStringLiteral("7"), QStringLiteral("Old"));
    doomed.lifecycle = SegmentLifecycle::ToDelete;
    add(doomed);
    WorkingSetEntry fresh;
    fresh.original.id = QStringLiteral("new-1");
    fresh.original.advertiserId = QStringLiteral("501");
    fresh.original.type = SegmentType::Retargeting;
    fresh.edited = withId(SegmentType::Retargeting, QStringLiteral("new-1"), QStringLiteral("New"));
    fresh.lifecycle = SegmentLifecycle::New;
    add(fresh);
    WorkingSetEntry conflict;
    conflict.original
            = withId(SegmentType::Location, QStringLiteral("8"), QStringLiteral("Theirs"));
    conflict.conflictBase = withId(SegmentType::Location, QStringLiteral("8"), QStringLiteral("C"));
    conflict.edited = conflict.original;
    conflict.edited->name = QStringLiteral("Mine");
    conflict.conflictFields = {QStringLiteral("attributes/name")};
    add(conflict);
    for (int i = 0; i < 20; ++i) {
        WorkingSetEntry more;
        more.original = withId(SegmentType::Prospecting, QString::number(100 + i),
                               QStringLiteral("Plain %1").arg(i));
        add(more);
    }
    return set;
}

QStringList idsOf(const QList<WorkingSetEntry> &entries)
{
    QStringList ids;
    for (const WorkingSetEntry &e : entries)
        ids.append(e.original.id);
    return ids;
}

QByteArray fileWith(const QByteArray &segments, const QByteArray &more = {})
{
    return "{\"format\":\"segment-working-set\",\"version\":1," + more
            + "\"baseUrl\":\"https://api.criteo.com\",\"apiVersion\":\"2025-10\",\"segments\":"
            + segments + "}";
}

QByteArray plainEntry(const QString &id)
{
    WorkingSetEntry entry;
    entry.original = withId(SegmentType::Prospecting, id, QStringLiteral("S %1").arg(id));
    return QJsonDocument(WorkingSet::entryToJson(entry)).toJson(QJsonDocument::Compact);
}

} // namespace

class TestWorkingSetFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsOnlyWhatASendTouches()
    {
        const WorkingSet set = everyKind();
        QString error;
        const auto file = WorkingSetFile::fromJson(set.toJson(), &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(file->isScanned());
        QCOMPARE(file->size(), set.segments.size());
        QCOMPARE(idsOf(file->workingSet().segments),
                 (QStringList{QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                              QStringLiteral("7"), QStringLiteral("new-1"), QStringLiteral("8")}));
        QCOMPARE(file->untouchedIds().size(), set.segments.size() - 6);
        QVERIFY(file->untouchedIds().contains(QStringLiteral("1")));
        QVERIFY(file->untouchedIds().contains(QStringLiteral("3")));
        QCOMPARE(file->workingSet().baseUrl, set.baseUrl);
        QCOMPARE(file->workingSet().apiVersion, set.apiVersion);
        // The advertisers' names, as the full reader reads them (by id).
        QCOMPARE(file->workingSet().advertisers,
                 (QList<Advertiser>{{QStringLiteral("12"), QStringLiteral("Globex")},
                                    {QStringLiteral("77"), QStringLiteral("Acme \"Paris\" é 😀")}}));
        // Decoded exactly as the full reader decodes them.
        const auto full = WorkingSet::fromJson(set.toJson(), &error);
        QVERIFY(full);
        for (const WorkingSetEntry &entry : file->workingSet().segments) {
            const auto same = std::find_if(full->segments.cbegin(), full->segments.cend(),
                                           [&entry](const WorkingSetEntry &e) {
                                               return e.original.id == entry.original.id;
                                           });
            QVERIFY(same != full->segments.cend());
            QCOMPARE(WorkingSet::entryToJson(entry), WorkingSet::entryToJson(*same));
        }
    }

    // Unchanged, and after a send: an entry updated, a temporary id replaced, a deleted one gone.
    void writesWhatTheFullWriterWrites()
    {
        // As the full reader reads it (a new segment's dates are not kept, for one).
        QString error;
        WorkingSet set = *WorkingSet::fromJson(everyKind().toJson(), &error);
        auto file = WorkingSetFile::fromJson(set.toJson(), &error);
        QVERIFY(file);
        const QByteArray mine = file->toJson(file->workingSet().segments);
        const QByteArray theirs = set.toJson();
        qsizetype at = 0;
        while (at < qMin(mine.size(), theirs.size()) && mine.at(at) == theirs.at(at))
            ++at;
        QVERIFY2(mine == theirs,
                 qPrintable(QStringLiteral("differ at %1: …%2… instead of …%3…")
                                    .arg(at)
                                    .arg(QString::fromUtf8(mine.mid(qMax(0, at - 60), 120)),
                                         QString::fromUtf8(theirs.mid(qMax(0, at - 60), 120)))));

        QList<WorkingSetEntry> entries = file->workingSet().segments;
        for (WorkingSetEntry &entry : entries) {
            if (entry.original.id == QLatin1String("4")) {
                entry.original = *entry.edited;
                entry.edited.reset();
                entry.outcome = outcome(QStringLiteral("4"), SegmentOutcome::Status::Updated);
            } else if (entry.original.id == QLatin1String("new-1")) {
                entry.original = *entry.edited;
                entry.original.id = QStringLiteral("9000");
                entry.edited.reset();
                entry.lifecycle = SegmentLifecycle::Existing;
            }
        }
        entries.removeIf(
                [](const WorkingSetEntry &e) { return e.original.id == QLatin1String("7"); });
        // The same changes on the whole set, in the same places.
        for (WorkingSetEntry &entry : set.segments)
            for (const WorkingSetEntry &changed : std::as_const(entries))
                if (entry.original.id == changed.original.id
                    || (entry.original.id == QLatin1String("new-1")
                        && changed.original.id == QLatin1String("9000")))
                    entry = changed;
        set.segments.removeIf(
                [](const WorkingSetEntry &e) { return e.original.id == QLatin1String("7"); });
        QCOMPARE(file->toJson(entries, {{QStringLiteral("new-1"), QStringLiteral("9000")}}),
                 set.toJson());

        // Written atomically to a file that reads back the same.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("set.json"));
        QVERIFY(file->write(path, entries, {{QStringLiteral("new-1"), QStringLiteral("9000")}},
                            &error));
        const auto again = WorkingSetFile::read(path, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toJson(again->workingSet().segments), set.toJson());
    }

    void emptyAndAllUntouched()
    {
        WorkingSet set;
        set.baseUrl = QUrl(QStringLiteral("https://api.criteo.com"));
        set.apiVersion = QStringLiteral("2025-10");
        QString error;
        auto file = WorkingSetFile::fromJson(set.toJson(), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->toJson({}), set.toJson());
        WorkingSetEntry plain;
        plain.original = withId(SegmentType::InMarket, QStringLiteral("1"), QStringLiteral("A"));
        set.segments = {plain};
        file = WorkingSetFile::fromJson(set.toJson(), &error);
        QVERIFY(file);
        QVERIFY(file->workingSet().segments.isEmpty());
        QCOMPARE(file->toJson({}), set.toJson());
    }

    // A file written by hand or jq (compact, members in any order, unknown members, escapes):
    // read as the full reader reads it; what it writes holds the same document.
    void otherLayouts()
    {
        const QByteArray compact = fileWith(
                "[" + plainEntry(QStringLiteral("1")) + " , \n\t" + plainEntry(QStringLiteral("2"))
                        + ",{\"excluded\":true,\"original\":"
                          "{\"id\":\"3\",\"type\":\"AudienceSegment\",\"attributes\":"
                          "{\"advertiserId\":\"501\",\"type\":\"Prospecting\",\"name\":\"x\"}}}]",
                "\"comment\":{\"nested\":[1,2,{\"a\":null}]},");
        QString error;
        const auto file = WorkingSetFile::fromJson(compact, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(file->isScanned());
        QCOMPARE(idsOf(file->workingSet().segments), QStringList{QStringLiteral("3")});
        const auto full = WorkingSet::fromJson(compact, &error);
        QVERIFY(full);
        QCOMPARE(QJsonDocument::fromJson(file->toJson(file->workingSet().segments)).object(),
                 QJsonDocument::fromJson(full->toJson()).object());

        // An id with an escape is decoded by the full rules, not taken as untouched text.
        const QByteArray escaped = fileWith(
                "[{\"original\":{\"id\":\"1\\u0030\",\"type\":\"AudienceSegment\",\"attributes\":"
                "{\"advertiserId\":\"501\",\"type\":\"Prospecting\",\"name\":\"x\"}}}]");
        const auto withEscape = WorkingSetFile::fromJson(escaped, &error);
        QVERIFY(withEscape);
        QCOMPARE(idsOf(withEscape->workingSet().segments), QStringList{QStringLiteral("10")});
    }

    // Every refusal of the full reader, with its words.
    void refusesWhatTheFullReaderRefuses_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray one = plainEntry(QStringLiteral("1"));
        QTest::newRow("syntax") << fileWith("[" + one + ",{\"original\":}]");
        QTest::newRow("truncated") << fileWith("[" + one).left(200);
        QTest::newRow("trailing") << fileWith("[" + one + "]") + "x";
        QTest::newRow("untouched twice") << fileWith("[" + one + "," + one + "]");
        QTest::newRow("edited twice")
                << fileWith("[" + one + ",{\"excluded\":true," + one.mid(1) + "]");
        QTest::newRow("format") << QByteArray(
                "{\"format\":\"other\",\"version\":1,\"segments\":[]}");
        QTest::newRow("newer") << QByteArray(
                "{\"format\":\"segment-working-set\",\"version\":7,\"segments\":[]}");
        QTest::newRow("no segments")
                << QByteArray("{\"format\":\"segment-working-set\",\"version\":1}");
        QTest::newRow("entry not an object") << fileWith("[" + one + ",3]");
        QTest::newRow("no id") << fileWith("[{\"original\":{\"type\":\"AudienceSegment\"}}]");
        QTest::newRow("original not an object") << fileWith("[{\"original\":[]}]");
        QTest::newRow("bad status")
                << fileWith("[{\"outcome\":{\"status\":\"meh\"}," + one.mid(1) + "]");
        QTest::newRow("bad literal") << fileWith("[{\"excluded\":tru," + one.mid(1) + "]");
        QTest::newRow("not json") << QByteArray("segments");
        QTest::newRow("empty") << QByteArray();
    }

    void refusesWhatTheFullReaderRefuses()
    {
        QFETCH(QByteArray, json);
        QString expected;
        QVERIFY(!WorkingSet::fromJson(json, &expected));
        QString error;
        QVERIFY(!WorkingSetFile::fromJson(json, &error));
        QCOMPARE(error, expected);
    }

    // What the full reader finds wrong inside an entry the push does not touch (here a date it
    // cannot read, found by tests/fuzz) does not stop a push: the bytes go back as they were.
    void untouchedEntriesAreCopiedNotChecked()
    {
        QByteArray bad = plainEntry(QStringLiteral("1"));
        QVERIFY(bad.contains("17:45:12.345Z"));
        bad.replace("17:45:12.345Z",
                    "17:45:12.3\x1d"
                    "45Z");
        const QByteArray json = fileWith("[" + bad + "," + plainEntry(QStringLiteral("2")) + "]");
        QString expected;
        QVERIFY(!WorkingSet::fromJson(json, &expected));
        QVERIFY2(expected.startsWith(QLatin1String("segments/0/")), qPrintable(expected));
        QString error;
        const auto file = WorkingSetFile::fromJson(json, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(file->isUntouched(0));
        QVERIFY(file->toJson({}).contains(bad));
    }

    // Deeply nested junk in an untouched member ends the scan, not the stack.
    void deepNesting()
    {
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        const QByteArray json = fileWith("[{\"junk\":" + deep + ","
                                         + plainEntry(QStringLiteral("1")).mid(1) + "]");
        QString error;
        const auto file = WorkingSetFile::fromJson(json, &error);
        QString expected;
        const auto full = WorkingSet::fromJson(json, &expected);
        QCOMPARE(bool(file), bool(full));
        if (!full)
            QCOMPARE(error, expected);
    }
};

QTEST_GUILESS_MAIN(TestWorkingSetFile)
#include "tst_workingsetfile.moc"
