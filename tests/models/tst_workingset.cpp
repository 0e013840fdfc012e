#include "WorkingSet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

AudienceSegment locationSegment()
{
    AudienceSegment s;
    s.id = QStringLiteral("1042");
    s.advertiserId = QStringLiteral("77");
    s.type = SegmentType::Location;
    s.name = QStringLiteral("Paris stores");
    s.description = Nillable<QString>(QStringLiteral("Visitors near our Paris stores"));
    s.createdAt = QDateTime(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC);
    s.updatedAt = QDateTime(QDate(2025, 4, 2), QTime(9, 30), Qt::UTC);
    LocationSettings location;
    location.radiusInKm = 5;
    location.registryType = RegistryType::PointOfInterest;
    location.pointsOfInterest = {{QStringLiteral("Opéra"), 48.87063, 2.33213},
                                 {QStringLiteral("Bastille"), 48.85321, 2.36912}};
    s.location = location;
    return s;
}

QByteArray fileWith(const QByteArray &segments)
{
    return "{\"format\":\"segment-working-set\",\"version\":1,\"baseUrl\":\"https://"
           "api.criteo.com\","
           "\"apiVersion\":\"2025-10\",\"segments\":"
            + segments + "}";
}

} // namespace

// The working-set file: round trip, the edited/excluded/outcome members, and clear refusals.
class TestWorkingSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        WorkingSet set;
        set.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        set.apiVersion = QStringLiteral("2025-10");
        WorkingSetEntry unchanged;
        unchanged.original = locationSegment();
        WorkingSetEntry changed;
        changed.original = locationSegment();
        changed.original.id = QStringLiteral("1043");
        AudienceSegment edited = changed.original;
        edited.description.clear();
        edited.location->radiusInKm = 12;
        changed.edited = edited;
        changed.excluded = true;
        SegmentOutcome outcome;
        outcome.segmentId = QStringLiteral("1043");
        outcome.status = SegmentOutcome::Status::Failed;
        Problem problem;
        problem.type = QStringLiteral("validation");
        problem.code = QStringLiteral("radius-too-large");
        problem.title = QStringLiteral("Radius too large");
        problem.traceId = QStringLiteral("abc-123");
        problem.field = QStringLiteral("attributes/location/radiusInKm");
        problem.segmentId = QStringLiteral("1043");
        outcome.problems = {problem};
        changed.outcome = outcome;
        set.segments = {unchanged, changed};

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("set.json"));
        QString error;
        QVERIFY2(set.write(path, &error), qPrintable(error));
        const auto read = WorkingSet::read(path, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->baseUrl, set.baseUrl);
        QCOMPARE(read->apiVersion, set.apiVersion);
        QCOMPARE(read->segments.size(), 2);
        QCOMPARE(read->segments.at(0).original, unchanged.original);
        QVERIFY(!read->segments.at(0).edited);
        QVERIFY(!read->segments.at(0).excluded);
        QCOMPARE(read->segments.at(1).edited, std::optional<AudienceSegment>(edited));
        QVERIFY(read->segments.at(1).edited->description.isCleared());
        QVERIFY(read->segments.at(1).excluded);
        QCOMPARE(read->segments.at(1).outcome->status, SegmentOutcome::Status::Failed);
        QCOMPARE(read->segments.at(1).outcome->problems, outcome.problems);

        // The cleared description is written as null, the unchanged segment without "edited".
        const QJsonObject root = QJsonDocument::fromJson(set.toJson()).object();
        const QJsonArray segments = root.value(QLatin1String("segments")).toArray();
        QVERIFY(!segments.at(0).toObject().contains(QLatin1String("edited")));
        const QJsonObject attributes = segments.at(1)
                                               .toObject()
                                               .value(QLatin1String("edited"))
                                               .toObject()
                                               .value(QLatin1String("attributes"))
                                               .toObject();
        QVERIFY(attributes.contains(QLatin1String("description")));
        QVERIFY(attributes.value(QLatin1String("description")).isNull());
    }

    // The names of the advertisers: kept by id, optional (older files have none, and a set
    // without names writes no member), and a damaged list never stops a file from opening.
    void advertiserNames()
    {
        WorkingSet set;
        set.baseUrl = QUrl(QStringLiteral("https://api.criteo.com"));
        set.apiVersion = QStringLiteral("2025-10");
        WorkingSetEntry entry;
        entry.original = locationSegment();
        set.segments = {entry};
        const QByteArray without = set.toJson();
        QVERIFY(!without.contains("advertisers"));
        QString error;
        const auto old = WorkingSet::fromJson(without, &error);
        QVERIFY2(old, qPrintable(error));
        QVERIFY(old->advertisers.isEmpty());

        set.advertisers = {{QStringLiteral("77"), QStringLiteral("Acme Stores")},
                           {QStringLiteral("5"), QStringLiteral("Globex")},
                           {QStringLiteral("77"), QStringLiteral("A second name")}};
        const QJsonObject root = QJsonDocument::fromJson(set.toJson()).object();
        QCOMPARE(root.value(QLatin1String("advertisers")).toArray(),
                 QJsonDocument::fromJson(R"([{"id":"5","name":"Globex"},
                                             {"id":"77","name":"Acme Stores"}])")
                         .array());
        const auto read = WorkingSet::fromJson(set.toJson(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->advertisers,
                 (QList<Advertiser>{{QStringLiteral("5"), QStringLiteral("Globex")},
                                    {QStringLiteral("77"), QStringLiteral("Acme Stores")}}));
        QCOMPARE(read->toJson(), set.toJson());

        // What is not an advertiser is skipped; the rest is kept.
        for (const char *list :
             {R"("advertisers":{"id":"1"},)", R"("advertisers":"Acme",)",
              R"("advertisers":[1,{"id":1,"name":"A"},{"id":"","name":"B"},{"id":"3"},)"
              R"({"id":"4","name":null},{"id":"9","name":"Kept"},{"id":"9","name":"Not"}],)"}) {
            QByteArray json = fileWith("[]");
            json.insert(1, list);
            const auto damaged = WorkingSet::fromJson(json, &error);
            QVERIFY2(damaged, qPrintable(error));
            const QList<Advertiser> expected = QByteArray(list).contains("Kept")
                    ? QList<Advertiser>{{QStringLiteral("9"), QStringLiteral("Kept")}}
                    : QList<Advertiser>{};
            QCOMPARE(damaged->advertisers, expected);
        }
    }

    // A conflict found before a send: the version the user started from is written as a resource
    // like the original, with the fields still to resolve; both are optional members.
    void conflictRoundTrip_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("with the fields to resolve")
                << QStringList{QStringLiteral("attributes/name"),
                               QStringLiteral("attributes/location/radiusInKm")};
        QTest::newRow("fields left to compute") << QStringList();
    }
    void conflictRoundTrip()
    {
        QFETCH(QStringList, fields);
        WorkingSet set;
        WorkingSetEntry entry;
        entry.original = locationSegment();
        entry.original.name = QStringLiteral("Paris stores (server)");
        entry.original.updatedAt = QDateTime(QDate(2025, 5, 1), QTime(10, 0), Qt::UTC);
        AudienceSegment edited = entry.original;
        edited.name = QStringLiteral("Paris stores (mine)");
        entry.edited = edited;
        entry.conflictBase = locationSegment();
        entry.conflictFields = fields;
        set.segments = {entry};

        const QByteArray json = set.toJson();
        const QJsonObject item = QJsonDocument::fromJson(json)
                                         .object()
                                         .value(QLatin1String("segments"))
                                         .toArray()
                                         .at(0)
                                         .toObject();
        const QJsonObject base = item.value(QLatin1String("conflictBase")).toObject();
        QCOMPARE(base.value(QLatin1String("id")).toString(), QStringLiteral("1042"));
        QCOMPARE(base.value(QLatin1String("type")).toString(), QStringLiteral("AudienceSegment"));
        QCOMPARE(base.value(QLatin1String("attributes"))
                         .toObject()
                         .value(QLatin1String("name"))
                         .toString(),
                 QStringLiteral("Paris stores"));
        QCOMPARE(item.contains(QLatin1String("conflictFields")), !fields.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(json).object().value(QLatin1String("version")).toInt(), 1);

        QString error;
        const auto read = WorkingSet::fromJson(json, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->segments.at(0).conflictBase,
                 std::optional<AudienceSegment>(locationSegment()));
        QCOMPARE(read->segments.at(0).conflictFields, fields);
        QCOMPARE(read->segments.at(0).edited, std::optional<AudienceSegment>(edited));

        // Without a conflict, neither member is written.
        set.segments[0].conflictBase.reset();
        const QJsonObject plain = QJsonDocument::fromJson(set.toJson())
                                          .object()
                                          .value(QLatin1String("segments"))
                                          .toArray()
                                          .at(0)
                                          .toObject();
        QVERIFY(!plain.contains(QLatin1String("conflictBase")));
        QVERIFY(!plain.contains(QLatin1String("conflictFields")));
    }

    void editedKeepsWhatTheServerOwns()
    {
        const QByteArray json = fileWith(
                "[{\"original\":{\"id\":\"5\",\"type\":\"AudienceSegment\",\"attributes\":{"
                "\"advertiserId\":\"77\",\"type\":\"Retargeting\",\"name\":\"Old\","
                "\"retargeting\":{\"visitorsType\":\"All\",\"daysSinceLastVisitMin\":1,"
                "\"daysSinceLastVisitMax\":30}}},"
                "\"edited\":{\"attributes\":{\"name\":\"New\",\"advertiserId\":\"99\","
                "\"retargeting\":{\"visitorsType\":\"Buyers\",\"daysSinceLastVisitMin\":1,"
                "\"daysSinceLastVisitMax\":30}}}}]");
        QString error;
        const auto set = WorkingSet::fromJson(json, &error);
        QVERIFY2(set, qPrintable(error));
        const AudienceSegment &edited = *set->segments.first().edited;
        QCOMPARE(edited.id, QStringLiteral("5"));
        QCOMPARE(edited.type, SegmentType::Retargeting);
        QCOMPARE(edited.advertiserId, QStringLiteral("77"));
        QCOMPARE(edited.name, std::optional<QString>(QStringLiteral("New")));
        QCOMPARE(edited.retargeting->visitorsType,
                 std::optional<VisitorsType>(VisitorsType::Buyers));
    }

    void editedEqualToOriginalIsUnchanged()
    {
        const QByteArray original = "{\"id\":\"5\",\"attributes\":{\"type\":\"ContactList\","
                                    "\"name\":\"Newsletter\",\"advertiserId\":\"77\"}}";
        QString error;
        const auto set = WorkingSet::fromJson(
                fileWith("[{\"original\":" + original + ",\"edited\":" + original + "}]"), &error);
        QVERIFY2(set, qPrintable(error));
        QVERIFY(!set->segments.first().edited);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax error names the line") << QByteArray(
                "{\n  \"format\": \"segment-working-set\",\n  \"version\": 1\n  \"x\": 2\n}")
                                                     << "line 4, column";
        QTest::newRow("not an object") << QByteArray("[1,2]") << "no JSON object";
        QTest::newRow("another program's JSON")
                << QByteArray("{\"name\":\"package\",\"version\":1}")
                << "not written by Segment Editor";
        QTest::newRow("newer version")
                << QByteArray("{\"format\":\"segment-working-set\",\"version\":2,\"segments\":[]}")
                << "newer version of Segment Editor (format version 2";
        QTest::newRow("segments missing")
                << QByteArray("{\"format\":\"segment-working-set\",\"version\":1}")
                << "“segments” is missing";
        QTest::newRow("original missing") << fileWith("[{\"edited\":{}}]") << "segments/0/original";
        QTest::newRow("id missing")
                << fileWith("[{\"original\":{\"attributes\":{}}}]") << "segments/0/original/id";
        QTest::newRow("duplicate id")
                << fileWith("[{\"original\":{\"id\":\"1\"}},{\"original\":{\"id\":\"1\"}}]")
                << "segments/1/original/id: segment 1 appears twice";
        QTest::newRow("edited changes the id")
                << fileWith("[{\"original\":{\"id\":\"1\"},\"edited\":{\"id\":\"2\"}}]")
                << "segments/0/edited/id";
        QTest::newRow("edited changes the type")
                << fileWith("[{\"original\":{\"id\":\"1\",\"attributes\":{\"type\":\"Location\"}},"
                            "\"edited\":{\"attributes\":{\"type\":\"InMarket\"}}}]")
                << "segments/0/edited/attributes/type";
        QTest::newRow("edited wrong type")
                << fileWith("[{\"original\":{\"id\":\"1\"},\"edited\":7}]")
                << "segments/0/edited: must be an object";
        QTest::newRow("wrong JSON type inside edited")
                << fileWith("[{\"original\":{\"id\":\"1\",\"attributes\":{\"type\":\"Location\"}},"
                            "\"edited\":{\"attributes\":{\"location\":{\"radiusInKm\":\"ten\"}}}}]")
                << "segments/0/edited/attributes/location/radiusInKm";
        QTest::newRow("unknown outcome")
                << fileWith("[{\"original\":{\"id\":\"1\"},\"outcome\":{\"status\":\"done\"}}]")
                << "segments/0/outcome/status";
        QTest::newRow("conflict base not an object")
                << fileWith("[{\"original\":{\"id\":\"1\"},\"conflictBase\":\"1\"}]")
                << "segments/0/conflictBase: must be an object";
        QTest::newRow("conflict base of another segment")
                << fileWith("[{\"original\":{\"id\":\"1\"},\"conflictBase\":{\"id\":\"2\"}}]")
                << "segments/0/conflictBase/id";
        QTest::newRow("conflict fields not a list")
                << fileWith("[{\"original\":{\"id\":\"1\"},\"conflictBase\":{\"id\":\"1\"},"
                            "\"conflictFields\":\"attributes/name\"}]")
                << "segments/0/conflictFields: must be a list";
        QTest::newRow("conflict field not a path")
                << fileWith("[{\"original\":{\"id\":\"1\"},\"conflictBase\":{\"id\":\"1\"},"
                            "\"conflictFields\":[\"attributes/name\",3]}]")
                << "segments/0/conflictFields/1";
        QTest::newRow("conflict fields without a base")
                << fileWith("[{\"original\":{\"id\":\"1\"},\"conflictFields\":[]}]")
                << "segments/0/conflictFields: given without";
        QTest::newRow("wrong JSON type inside the conflict base")
                << fileWith("[{\"original\":{\"id\":\"1\"},\"conflictBase\":{\"id\":\"1\","
                            "\"attributes\":{\"name\":5}}}]")
                << "segments/0/conflictBase/attributes/name";
    }
    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!WorkingSet::fromJson(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void unreadableFile()
    {
        QString error;
        QVERIFY(!WorkingSet::read(QStringLiteral("/nonexistent/dir/set.json"), &error));
        QVERIFY2(error.contains(QLatin1String("/nonexistent/dir/set.json")), qPrintable(error));
        QTemporaryDir dir;
        WorkingSet set;
        QVERIFY(!set.write(dir.filePath(QStringLiteral("missing/sub/set.json")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkingSet)
#include "tst_workingset.moc"
