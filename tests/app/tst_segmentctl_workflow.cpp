// segmentctl end to end against the demo server running in the test process, over real loopback
// HTTP: pull -> edit the file as JSON (as jq would) -> check -> diff -> push -> report, asserting
// what the server received, the files and the exit codes.
#include "DemoDataGenerator.h"
#include "DemoServer.h"
#include "KeychainSecretStore.h"
#include "OpenApiChecker.h"
#include "SegmentCtlProcess.h"
#include "SendJournal.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

namespace {

const QString kAdvertiser = QStringLiteral("41825");
const QString kPatchPath = QStringLiteral("/2025-10/marketing-solutions/audience-segments");
const QString kSearchPath = kPatchPath + QStringLiteral("/search");

QJsonArray segmentsOf(const QJsonObject &workingSet)
{
    return workingSet.value(QLatin1String("segments")).toArray();
}

// The working set's entry for a segment id.
QJsonObject entryOf(const QJsonObject &workingSet, const QString &id)
{
    for (const QJsonValue &item : segmentsOf(workingSet))
        if (item[QLatin1String("original")][QLatin1String("id")].toString() == id)
            return item.toObject();
    return {};
}

QString nameIn(const QJsonObject &resource)
{
    return resource[QLatin1String("attributes")][QLatin1String("name")].toString();
}

// Changes a segment of the file the way `jq '.segments[i].edited = (.original | …)'` would.
void edit(QJsonObject &workingSet, const QString &id,
          const std::function<void(QJsonObject &attributes)> &change)
{
    QJsonArray items = segmentsOf(workingSet);
    for (int i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        if (item[QLatin1String("original")][QLatin1String("id")].toString() != id)
            continue;
        QJsonObject edited = item.contains(QLatin1String("edited"))
                ? item.value(QLatin1String("edited")).toObject()
                : item.value(QLatin1String("original")).toObject();
        QJsonObject attributes = edited.value(QLatin1String("attributes")).toObject();
        change(attributes);
        edited.insert(QLatin1String("attributes"), attributes);
        item.insert(QLatin1String("edited"), edited);
        items[i] = item;
    }
    workingSet.insert(QLatin1String("segments"), items);
}

void setFlag(QJsonObject &workingSet, const QString &id, const char *key, const QJsonValue &value)
{
    QJsonArray items = segmentsOf(workingSet);
    for (int i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        if (item[QLatin1String("original")][QLatin1String("id")].toString() == id) {
            item.insert(QLatin1String(key), value);
            items[i] = item;
        }
    }
    workingSet.insert(QLatin1String("segments"), items);
}

QStringList idsInBody(const RecordedRequest &request)
{
    QStringList ids;
    for (const QJsonValue &item : request.json().object().value(QLatin1String("data")).toArray())
        ids.append(item[QLatin1String("id")].toString());
    return ids;
}

QJsonObject problem(const char *severity, const QString &type, const QString &code,
                    const QString &title, const QString &detail, const QString &field,
                    const QString &traceId = {})
{
    return {{QLatin1String("severity"), QLatin1String(severity)},
            {QLatin1String("type"), type},
            {QLatin1String("code"), code},
            {QLatin1String("title"), title},
            {QLatin1String("detail"), detail},
            {QLatin1String("field"), field},
            {QLatin1String("traceId"), traceId}};
}

QJsonObject reported(const QString &id, const char *outcome, const QJsonArray &problems = {})
{
    return {{QLatin1String("id"), id},
            {QLatin1String("action"), QLatin1String("update")},
            {QLatin1String("outcome"), QLatin1String(outcome)},
            {QLatin1String("problems"), problems}};
}

} // namespace

class TestSegmentCtlWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<DemoServer>(DemoDataGenerator::generate(1, 60));
        QVERIFY(m_server->listen());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_file = m_dir->filePath(QStringLiteral("segments.json"));
    }
    void cleanup() { m_server.reset(); }

    void advertisers_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("tab-separated") << false;
        QTest::newRow("json") << true;
    }
    void advertisers()
    {
        QFETCH(bool, json);
        QStringList arguments = withServer({QStringLiteral("advertisers")});
        if (json)
            arguments.append(QStringLiteral("--json"));
        const SegmentCtlResult result = SegmentCtlProcess::run(arguments, credentials());
        SEGMENTCTL_EXPECT(result, 0);
        QCOMPARE(result.err, QString());

        QString expected;
        QJsonArray expectedJson;
        for (const DemoData::Advertiser &a : m_server->data().advertisers()) {
            if (!a.reachable)
                continue;
            expected += a.id + QLatin1Char('\t') + a.name + QLatin1Char('\n');
            expectedJson.append(
                    QJsonObject{{QLatin1String("id"), a.id}, {QLatin1String("name"), a.name}});
        }
        QVERIFY(expectedJson.size() >= 2);
        if (json)
            QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array(), expectedJson);
        else
            QCOMPARE(result.out, expected);

        const QList<RecordedRequest> requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).method, QByteArray("POST"));
        QCOMPARE(requests.at(0).path, QStringLiteral("/oauth2/token"));
        QCOMPARE(requests.at(1).method, QByteArray("GET"));
        QCOMPARE(requests.at(1).path, QStringLiteral("/2025-10/advertisers/me"));
        QVERIFY(requests.at(1).header("Authorization").startsWith("Bearer "));
        // The secret went to the token endpoint only, never into what segmentctl printed.
        QVERIFY(requests.at(0).body.contains("client_secret=demo-secret-0000"));
        QVERIFY(!result.out.contains(m_server->clientSecret()));
    }

    // new, duplicate and delete edit the file; push sends all three kinds, deletes first; the
    // server's ids replace the temporary ones in the file and the report.
    void newDuplicateDeletePush()
    {
        SegmentCtlResult result = SegmentCtlProcess::run(
                withServer({QStringLiteral("pull"), QStringLiteral("--advertiser"), kAdvertiser,
                            QStringLiteral("--type"), QStringLiteral("Location"),
                            QStringLiteral("-o"), m_file}),
                credentials());
        SEGMENTCTL_EXPECT(result, 0);
        QStringList ids;
        for (const QJsonValue &item : segmentsOf(SegmentCtlProcess::readJson(m_file)))
            ids.append(item[QLatin1String("original")][QLatin1String("id")].toString());
        QCOMPARE(ids.size(), 3);

        const QString pois = m_dir->filePath(QStringLiteral("stores.csv"));
        QFile poiFile(pois);
        QVERIFY(poiFile.open(QIODevice::WriteOnly));
        poiFile.write("name;lat;lon\nLyon Part-Dieu;45,7606;4,8590\nGrenoble;45.1885;5.7245\n");
        poiFile.close();
        result = SegmentCtlProcess::run(
                {QStringLiteral("new"), m_file, QStringLiteral("--advertiser"), kAdvertiser,
                 QStringLiteral("--type"), QStringLiteral("location"), QStringLiteral("--name"),
                 QStringLiteral("Opening stores"), QStringLiteral("--pois"), pois,
                 QStringLiteral("--radius"), QStringLiteral("3")},
                SegmentCtlProcess::environment());
        SEGMENTCTL_EXPECT(result, 0);
        QCOMPARE(result.out, QStringLiteral("new-1\n"));
        result = SegmentCtlProcess::run({QStringLiteral("duplicate"), m_file, ids.at(0)},
                                        SegmentCtlProcess::environment());
        SEGMENTCTL_EXPECT(result, 0);
        QCOMPARE(result.out, QStringLiteral("%1\tnew-2\n").arg(ids.at(0)));
        result = SegmentCtlProcess::run({QStringLiteral("delete"), m_file, ids.at(1)},
                                        SegmentCtlProcess::environment());
        SEGMENTCTL_EXPECT(result, 0);
        result = SegmentCtlProcess::run({QStringLiteral("delete"), m_file, QStringLiteral("42")},
                                        SegmentCtlProcess::environment());
        SEGMENTCTL_EXPECT(result, 1);
        QVERIFY(result.err.contains(QStringLiteral("42: no such segment")));

        // What push will send: a delete, then one create of both, each valid for the contract.
        result = SegmentCtlProcess::run({QStringLiteral("diff"), m_file, QStringLiteral("--json")},
                                        SegmentCtlProcess::environment());
        SEGMENTCTL_EXPECT(result, 0);
        const QJsonArray bodies = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(bodies.size(), 2);
        QString error;
        const OpenApiChecker checker
                = OpenApiChecker::fromFile(OpenApiChecker::defaultSpecPath(), &error);
        QVERIFY2(checker.isValid(), qPrintable(error));
        QCOMPARE(checker.checkRequestBody(QStringLiteral("POST"),
                                          kPatchPath + QStringLiteral("/delete"), bodies.at(0)),
                 QStringList());
        QCOMPARE(checker.checkRequestBody(QStringLiteral("POST"),
                                          kPatchPath + QStringLiteral("/create"), bodies.at(1)),
                 QStringList());
        const QJsonArray created = bodies.at(1)[QLatin1String("data")].toArray();
        QCOMPARE(created.size(), 2);
        QCOMPARE(created.at(0)[QLatin1String("attributes")][QLatin1String("location")]
                              [QLatin1String("pointsOfInterest")]
                                      .toArray()
                                      .size(),
                 2);

        // The segment deleted is used by an audience: without --confirm-used nothing is sent,
        // and the push says who uses it.
        const QList<int> users = m_server->data().audiencesUsing(ids.at(1));
        QVERIFY2(!users.isEmpty(), "the demo data should have an audience using this segment");
        const DemoData::Audience audience = m_server->data().audiences().at(users.first());
        m_server->clearRecorded();
        const QString report = m_dir->filePath(QStringLiteral("report.json"));
        const QJsonObject fileBefore = SegmentCtlProcess::readJson(m_file);
        result = SegmentCtlProcess::run(
                withServer({QStringLiteral("push"), m_file, QStringLiteral("--report"), report}),
                credentials());
        SEGMENTCTL_EXPECT(result, 2);
        QVERIFY(received("POST", kPatchPath + QStringLiteral("/delete")).isEmpty());
        QVERIFY(received("POST", kPatchPath + QStringLiteral("/create")).isEmpty());
        QVERIFY(m_server->data().hasSegment(ids.at(1)));
        QVERIFY2(result.err.contains(
                         QStringLiteral("This push changes 1 segment that audiences use:")),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(
                         QStringLiteral("used by audience %1 %2").arg(audience.id, audience.name)),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("--confirm-used")));
        const QJsonObject refused = SegmentCtlProcess::readJson(report);
        QCOMPARE(refused[QLatin1String("usedConfirmed")], QJsonValue(false));
        const QJsonArray used = refused[QLatin1String("usedSegments")].toArray();
        QCOMPARE(used.size(), 1);
        QCOMPARE(used.at(0)[QLatin1String("id")].toString(), ids.at(1));
        QCOMPARE(used.at(0)[QLatin1String("action")].toString(), QStringLiteral("delete"));
        QCOMPARE(used.at(0)[QLatin1String("audiences")][0][QLatin1String("id")].toString(),
                 audience.id);
        // Nothing of the work is lost: the file still holds the delete and both creates.
        QCOMPARE(segmentsOf(SegmentCtlProcess::readJson(m_file)).size(),
                 segmentsOf(fileBefore).size());

        m_server->clearRecorded();
        result = SegmentCtlProcess::run(
                withServer({QStringLiteral("push"), m_file, QStringLiteral("--report"), report,
                            QStringLiteral("--confirm-used")}),
                credentials());
        SEGMENTCTL_EXPECT(result, 0);
        QVERIFY(result.err.contains(QStringLiteral("(--confirm-used)")));
        QCOMPARE(SegmentCtlProcess::readJson(report)[QLatin1String("usedConfirmed")],
                 QJsonValue(true));
        const QList<RecordedRequest> deletes
                = received("POST", kPatchPath + QStringLiteral("/delete"));
        const QList<RecordedRequest> creates
                = received("POST", kPatchPath + QStringLiteral("/create"));
        QCOMPARE(deletes.size(), 1);
        QCOMPARE(creates.size(), 1);
        QVERIFY(received("PATCH", kPatchPath).isEmpty());
        QVERIFY(deletes.first().receivedAt <= creates.first().receivedAt);
        QVERIFY(!m_server->data().hasSegment(ids.at(1)));
        const QString openingId
                = m_server->data().segmentIdNamed(kAdvertiser, QStringLiteral("Opening stores"));
        QVERIFY(!openingId.isEmpty());

        // The report: in file order, the server's ids for the created ones.
        const QJsonArray reported
                = SegmentCtlProcess::readJson(report)[QLatin1String("segments")].toArray();
        QCOMPARE(reported.size(), 3);
        QCOMPARE(reported.at(0)[QLatin1String("id")].toString(), ids.at(1));
        QCOMPARE(reported.at(0)[QLatin1String("action")].toString(), QStringLiteral("delete"));
        QCOMPARE(reported.at(1)[QLatin1String("id")].toString(), openingId);
        QCOMPARE(reported.at(1)[QLatin1String("action")].toString(), QStringLiteral("create"));
        QCOMPARE(reported.at(1)[QLatin1String("temporaryId")].toString(), QStringLiteral("new-1"));
        for (const QJsonValue &item : reported)
            QCOMPARE(item[QLatin1String("outcome")].toString(), QStringLiteral("updated"));
        QVERIFY(result.err.contains(QStringLiteral("Of them created: 2, deleted: 1.")));

        // The file: no temporary id, no deleted segment, nothing left to send.
        QStringList after;
        for (const QJsonValue &item : segmentsOf(SegmentCtlProcess::readJson(m_file)))
            after.append(item[QLatin1String("original")][QLatin1String("id")].toString());
        QCOMPARE(after.size(), 4);
        QVERIFY(!after.contains(ids.at(1)));
        QVERIFY(after.contains(openingId));
        for (const QString &id : std::as_const(after))
            QVERIFY2(!id.startsWith(QLatin1String("new-")), qPrintable(id));
        result = SegmentCtlProcess::run({QStringLiteral("diff"), m_file},
                                        SegmentCtlProcess::environment());
        SEGMENTCTL_EXPECT(result, 0);
        QCOMPARE(result.err, QStringLiteral("Nothing to send.\n"));
    }

    // A create the server refuses keeps its row, temporary id and edit, ready to fix and push.
    void refusedCreateStaysNew()
    {
        SegmentCtlResult result = SegmentCtlProcess::run(
                withServer({QStringLiteral("pull"), QStringLiteral("--advertiser"), kAdvertiser,
                            QStringLiteral("--type"), QStringLiteral("Location"),
                            QStringLiteral("-o"), m_file}),
                credentials());
        SEGMENTCTL_EXPECT(result, 0);
        // The name of a segment of another type of the same advertiser: only the server knows.
        DemoData::SegmentFilter filter;
        filter.advertiserIds = {kAdvertiser};
        filter.types = {QStringLiteral("InMarket")};
        const QString taken = m_server->data()
                                      .segment(m_server->data().search(filter).value(0))
                                      .value(QLatin1String("name"))
                                      .toString();
        QVERIFY(!taken.isEmpty());
        result = SegmentCtlProcess::run(
                {QStringLiteral("new"), m_file, QStringLiteral("--advertiser"), kAdvertiser,
                 QStringLiteral("--type"), QStringLiteral("InMarket"), QStringLiteral("--name"),
                 taken, QStringLiteral("--country"), QStringLiteral("FR")},
                SegmentCtlProcess::environment());
        SEGMENTCTL_EXPECT(result, 0);
        const QString report = m_dir->filePath(QStringLiteral("report.json"));
        result = SegmentCtlProcess::run(
                withServer({QStringLiteral("push"), m_file, QStringLiteral("--report"), report}),
                credentials());
        SEGMENTCTL_EXPECT(result, 2);
        const QJsonObject entry
                = SegmentCtlProcess::readJson(report)[QLatin1String("segments")][0].toObject();
        QCOMPARE(entry[QLatin1String("id")].toString(), QStringLiteral("new-1"));
        QCOMPARE(entry[QLatin1String("outcome")].toString(), QStringLiteral("failed"));
        QCOMPARE(entry[QLatin1String("problems")][0][QLatin1String("code")].toString(),
                 QStringLiteral("name-must-be-unique"));
        QCOMPARE(entry[QLatin1String("problems")][0][QLatin1String("field")].toString(),
                 QStringLiteral("attributes/name"));
        const QJsonObject kept
                = entryOf(SegmentCtlProcess::readJson(m_file), QStringLiteral("new-1"));
        QCOMPARE(kept[QLatin1String("pending")].toString(), QStringLiteral("create"));
        QCOMPARE(kept[QLatin1String("outcome")][QLatin1String("status")].toString(),
                 QStringLiteral("failed"));
    }

    // The whole loop on three Location segments: two changed, one left alone.
    void pullCheckDiffPushReport()
    {
        SegmentCtlResult result = SegmentCtlProcess::run(
                withServer({QStringLiteral("pull"), QStringLiteral("--advertiser"), kAdvertiser,
                            QStringLiteral("--type"), QStringLiteral("Location"),
                            QStringLiteral("-o"), m_file}),
                credentials());
        SEGMENTCTL_EXPECT(result, 0);
        QCOMPARE(result.out, QString());
        QVERIFY2(result.err.endsWith(QStringLiteral("Wrote 3 segments to %1.\n").arg(m_file)),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("Loaded 3 of 3 segments…")));

        const QList<RecordedRequest> searches = received("POST", kSearchPath);
        QCOMPARE(searches.size(), 1);
        QCOMPARE(searches.first().query.queryItemValue(QStringLiteral("limit")),
                 QStringLiteral("100"));
        QCOMPARE(searches.first().query.queryItemValue(QStringLiteral("offset")),
                 QStringLiteral("0"));
        QCOMPARE(searches.first().json().object(),
                 QJsonDocument::fromJson(R"({"data": {"attributes": {
                     "advertiserIds": ["41825"], "audienceSegmentTypes": ["Location"]}}})")
                         .object());

        QJsonObject workingSet = SegmentCtlProcess::readJson(m_file);
        QCOMPARE(workingSet.value(QLatin1String("format")).toString(),
                 QStringLiteral("segment-working-set"));
        QCOMPARE(workingSet.value(QLatin1String("baseUrl")).toString(),
                 m_server->baseUrl().toString());
        QCOMPARE(workingSet.value(QLatin1String("apiVersion")).toString(),
                 QStringLiteral("2025-10"));
        QStringList ids;
        for (const QJsonValue &item : segmentsOf(workingSet))
            ids.append(item[QLatin1String("original")][QLatin1String("id")].toString());
        DemoData::SegmentFilter filter;
        filter.advertiserIds = {kAdvertiser};
        filter.types = {QStringLiteral("Location")};
        QCOMPARE(ids, m_server->data().search(filter));
        QCOMPARE(ids.size(), 3);
        for (const QString &id : ids)
            QCOMPARE(nameIn(entryOf(workingSet, id).value(QLatin1String("original")).toObject()),
                     m_server->data().segment(id).value(QLatin1String("name")).toString());

        // Edit as jq would: rename the first, widen the second's radius.
        const QString first = ids.at(0);
        const QString second = ids.at(1);
        const QString firstName
                = nameIn(entryOf(workingSet, first)[QLatin1String("original")].toObject());
        const QString secondName
                = nameIn(entryOf(workingSet, second)[QLatin1String("original")].toObject());
        const int radius = entryOf(workingSet, second)[QLatin1String("original")][QLatin1String(
                "attributes")][QLatin1String("location")][QLatin1String("radiusInKm")]
                                   .toInt();
        QVERIFY(radius > 0);
        edit(workingSet, first, [](QJsonObject &a) {
            a.insert(QLatin1String("name"),
                     QString(a.value(QLatin1String("name")).toString()
                             + QLatin1String(" (stores)")));
        });
        edit(workingSet, second, [radius](QJsonObject &a) {
            QJsonObject location = a.value(QLatin1String("location")).toObject();
            location.insert(QLatin1String("radiusInKm"), radius + 5);
            a.insert(QLatin1String("location"), location);
        });
        QVERIFY(SegmentCtlProcess::writeJson(m_file, workingSet));

        result = SegmentCtlProcess::run({QStringLiteral("check"), m_file},
                                        SegmentCtlProcess::environment());
        SEGMENTCTL_EXPECT(result, 0);
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err, QStringLiteral("No problems in 2 changed segments.\n"));

        result = SegmentCtlProcess::run({QStringLiteral("diff"), m_file},
                                        SegmentCtlProcess::environment());
        SEGMENTCTL_EXPECT(result, 0);
        const QString readable
                = QStringLiteral("%1 (Location) “%2”\n"
                                 "  attributes/name: \"%2\" -> \"%2 (stores)\"\n"
                                 "%3 (Location) “%4”\n"
                                 "  attributes/location/radiusInKm: %5 -> %6\n"
                                 "  attributes/location/registryType: \"PointOfInterest\" "
                                 "(unchanged; required with this change)\n")
                          .arg(first, firstName, second, secondName)
                          .arg(radius)
                          .arg(radius + 5);
        QCOMPARE(result.out, readable);
        QCOMPARE(result.err, QStringLiteral("2 changes to send in 1 request(s).\n"));

        const QJsonObject firstItem{
                {QLatin1String("id"), first},
                {QLatin1String("type"), QLatin1String("AudienceSegment")},
                {QLatin1String("attributes"),
                 QJsonObject{{QLatin1String("name"),
                              QString(firstName + QLatin1String(" (stores)"))}}}};
        const QJsonObject secondItem{
                {QLatin1String("id"), second},
                {QLatin1String("type"), QLatin1String("AudienceSegment")},
                {QLatin1String("attributes"),
                 QJsonObject{{QLatin1String("location"),
                              QJsonObject{{QLatin1String("radiusInKm"), radius + 5},
                                          {QLatin1String("registryType"),
                                           QLatin1String("PointOfInterest")}}}}}};
        const QJsonObject body{{QLatin1String("data"), QJsonArray{firstItem, secondItem}}};

        result = SegmentCtlProcess::run({QStringLiteral("diff"), m_file, QStringLiteral("--json")},
                                        SegmentCtlProcess::environment());
        SEGMENTCTL_EXPECT(result, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array(), QJsonArray{body});
        result = SegmentCtlProcess::run({QStringLiteral("diff"), m_file, QStringLiteral("--json"),
                                         QStringLiteral("--chunk-size"), QStringLiteral("1")},
                                        SegmentCtlProcess::environment());
        SEGMENTCTL_EXPECT(result, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array(),
                 (QJsonArray{QJsonObject{{QLatin1String("data"), QJsonArray{firstItem}}},
                             QJsonObject{{QLatin1String("data"), QJsonArray{secondItem}}}}));
        QCOMPARE(result.err, QStringLiteral("2 changes to send in 2 request(s).\n"));

        m_server->clearRecorded();
        const QString report = m_dir->filePath(QStringLiteral("report.json"));
        result = SegmentCtlProcess::run(
                withServer({QStringLiteral("push"), m_file, QStringLiteral("--report"), report}),
                credentials());
        SEGMENTCTL_EXPECT(result, 0);
        QCOMPARE(result.out,
                 QStringLiteral("%1\tupdated\t\t\n%2\tupdated\t\t\n").arg(first, second));
        QVERIFY2(result.err.endsWith(QLatin1String(
                         "Updated: 2, warned: 0, failed: 0, not sent: 0, unknown: 0.\n")),
                 qPrintable(result.err));

        // Exactly the body diff --json showed, once.
        const QList<RecordedRequest> patches = received("PATCH", kPatchPath);
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.first().json().object(), body);
        QCOMPARE(patches.first().header("Content-Type"), QByteArray("application/json"));
        QVERIFY(patches.first().header("Authorization").startsWith("Bearer "));
        QCOMPARE(patches.first().status, 200);

        QCOMPARE(SegmentCtlProcess::readJson(report),
                 (QJsonObject{{QLatin1String("segments"),
                               QJsonArray{reported(first, "updated"), reported(second, "updated")}},
                              {QLatin1String("batchProblems"), QJsonArray()},
                              {QLatin1String("requests"), 1}}));

        // The file: the server's copies are the new originals, the edits are gone.
        workingSet = SegmentCtlProcess::readJson(m_file);
        for (const QString &id : {first, second}) {
            const QJsonObject entry = entryOf(workingSet, id);
            QVERIFY(!entry.contains(QLatin1String("edited")));
            QCOMPARE(entry.value(QLatin1String("outcome")).toObject(),
                     (QJsonObject{{QLatin1String("status"), QLatin1String("updated")}}));
        }
        QCOMPARE(nameIn(entryOf(workingSet, first)[QLatin1String("original")].toObject()),
                 firstName + QLatin1String(" (stores)"));
        QCOMPARE(m_server->data().segment(first).value(QLatin1String("name")).toString(),
                 firstName + QLatin1String(" (stores)"));
        QCOMPARE(entryOf(workingSet, second)[QLatin1String("original")][QLatin1String("attributes")]
                                            [QLatin1String("location")][QLatin1String("radiusInKm")]
                                                    .toInt(),
                 radius + 5);
        QVERIFY(!entryOf(workingSet, ids.at(2)).contains(QLatin1String("outcome")));
        QVERIFY(!QFile::exists(m_file + QLatin1String(".journal")));

        // Nothing is left to send.
        m_server->clearRecorded();
        result = SegmentCtlProcess::run(withServer({QStringLiteral("push"), m_file}),
                                        credentials());
        SEGMENTCTL_EXPECT(result, 0);
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err, QStringLiteral("Nothing to send.\n"));
        QVERIFY(received("PATCH", kPatchPath).isEmpty());
    }

    // One change applied, one refused by the server, one invalid, one excluded: exit 2, and the
    // report and the file say exactly what became of each.
    void partialFailure()
    {
        pullInto({QStringLiteral("Location,Retargeting")});
        if (QTest::currentTestFailed())
            return;
        QJsonObject workingSet = SegmentCtlProcess::readJson(m_file);
        const QStringList locations = idsOfType(QStringLiteral("Location"));
        const QStringList retargeting = idsOfType(QStringLiteral("Retargeting"));
        QVERIFY(locations.size() >= 2 && retargeting.size() >= 2);
        // A name used by the advertiser's InMarket segment, which is not in the file: only the
        // server can tell.
        const QString takenId = idsOfType(QStringLiteral("InMarket")).first();
        const QString taken
                = m_server->data().segment(takenId).value(QLatin1String("name")).toString();
        const QString duplicate = locations.at(0);
        const QString renamed = retargeting.at(0);
        const QString invalid = locations.at(1);
        const QString excluded = retargeting.at(1);
        edit(workingSet, duplicate,
             [&](QJsonObject &a) { a.insert(QLatin1String("name"), taken); });
        edit(workingSet, renamed, [](QJsonObject &a) {
            a.insert(QLatin1String("name"),
                     QString(a.value(QLatin1String("name")).toString() + QLatin1String(" (v2)")));
        });
        edit(workingSet, invalid, [](QJsonObject &a) {
            QJsonObject location = a.value(QLatin1String("location")).toObject();
            location.insert(QLatin1String("radiusInKm"), -1);
            a.insert(QLatin1String("location"), location);
        });
        edit(workingSet, excluded, [](QJsonObject &a) {
            a.insert(QLatin1String("name"), QStringLiteral("Excluded rename"));
        });
        setFlag(workingSet, excluded, "excluded", true);
        QVERIFY(SegmentCtlProcess::writeJson(m_file, workingSet));

        SegmentCtlResult result = SegmentCtlProcess::run({QStringLiteral("check"), m_file},
                                                         SegmentCtlProcess::environment());
        SEGMENTCTL_EXPECT(result, 1);
        const QString radiusMessage
                = QStringLiteral("Radius -1 km is not positive. Enter a radius of at least 1 km.");
        QCOMPARE(result.out,
                 QStringLiteral("%1\tattributes/location/radiusInKm\t%2\n")
                         .arg(invalid, radiusMessage));
        QCOMPARE(result.err,
                 QStringLiteral("Errors: 1, warnings: 0, in 1 segment. 1 excluded "
                                "segment not checked.\n"));

        m_server->clearRecorded();
        const QString report = m_dir->filePath(QStringLiteral("report.json"));
        result = SegmentCtlProcess::run(
                withServer({QStringLiteral("push"), m_file, QStringLiteral("--report"), report}),
                credentials());
        SEGMENTCTL_EXPECT(result, 2);

        // Only the sendable changes went out, in one request.
        const QList<RecordedRequest> patches = received("PATCH", kPatchPath);
        QCOMPARE(patches.size(), 1);
        QStringList sent = idsInBody(patches.first());
        sent.sort();
        QStringList expectedSent{duplicate, renamed};
        expectedSent.sort();
        QCOMPARE(sent, expectedSent);

        const QJsonObject json = SegmentCtlProcess::readJson(report);
        QCOMPARE(json.value(QLatin1String("requests")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("batchProblems")).toArray(), QJsonArray());
        const QJsonArray segments = json.value(QLatin1String("segments")).toArray();
        QCOMPARE(segments.size(), 4);
        QHash<QString, QJsonObject> byId;
        QStringList order;
        for (const QJsonValue &s : segments) {
            byId.insert(s[QLatin1String("id")].toString(), s.toObject());
            order.append(s[QLatin1String("id")].toString());
        }
        QStringList fileOrder;
        for (const QJsonValue &item : segmentsOf(workingSet)) {
            const QString id = item[QLatin1String("original")][QLatin1String("id")].toString();
            if (byId.contains(id))
                fileOrder.append(id);
        }
        QCOMPARE(order, fileOrder); // the report follows the file

        QCOMPARE(byId.value(renamed), reported(renamed, "updated"));
        QCOMPARE(byId.value(invalid),
                 reported(invalid, "not-sent",
                          {problem("error", QStringLiteral("validation"),
                                   QStringLiteral("radius-not-positive"), radiusMessage, QString(),
                                   QStringLiteral("attributes/location/radiusInKm"))}));
        QCOMPARE(
                byId.value(excluded),
                reported(excluded, "not-sent",
                         {problem("warning", QStringLiteral("excluded"), QStringLiteral("excluded"),
                                  QStringLiteral("Excluded from the push"),
                                  QStringLiteral("Remove “excluded” from the working set to send "
                                                 "this change."),
                                  QString())}));
        // The server's problem, as it sent it, pointed at the field.
        const QJsonObject failed = byId.value(duplicate);
        QCOMPARE(failed.value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
        const QJsonArray failedProblems = failed.value(QLatin1String("problems")).toArray();
        QCOMPARE(failedProblems.size(), 1);
        const QJsonObject p = failedProblems.first().toObject();
        QCOMPARE(p.keys(),
                 (QStringList{QStringLiteral("code"), QStringLiteral("detail"),
                              QStringLiteral("field"), QStringLiteral("severity"),
                              QStringLiteral("title"), QStringLiteral("traceId"),
                              QStringLiteral("type")}));
        QCOMPARE(p.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(p.value(QLatin1String("type")).toString(), QStringLiteral("validation"));
        QCOMPARE(p.value(QLatin1String("code")).toString(), QStringLiteral("name-must-be-unique"));
        QCOMPARE(p.value(QLatin1String("field")).toString(), QStringLiteral("attributes/name"));
        QVERIFY(!p.value(QLatin1String("title")).toString().isEmpty());
        QVERIFY(p.value(QLatin1String("traceId")).toString().startsWith(QLatin1String("demo-")));

        // stdout: one line per problem, a line for a segment without problems.
        QVERIFY2(result.out.contains(QStringLiteral("%1\tupdated\t\t\n").arg(renamed)),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(
                QStringLiteral("%1\tnot-sent\tattributes/location/radiusInKm\t%2\n")
                        .arg(invalid, radiusMessage)));
        QVERIFY(result.out.contains(
                QStringLiteral("%1\tfailed\tattributes/name\t").arg(duplicate)));
        QVERIFY(result.out.contains(
                QStringLiteral("%1\tnot-sent\t\twarning: Excluded from the push — Remove")
                        .arg(excluded)));
        QVERIFY(result.err.endsWith(
                QLatin1String("Updated: 1, warned: 0, failed: 1, not sent: 2, unknown: 0.\n")));

        // The file: the applied change is the new original; the others keep the edit and say why.
        const QJsonObject after = SegmentCtlProcess::readJson(m_file);
        QVERIFY(!entryOf(after, renamed).contains(QLatin1String("edited")));
        QCOMPARE(entryOf(after, renamed)[QLatin1String("outcome")].toObject(),
                 (QJsonObject{{QLatin1String("status"), QLatin1String("updated")}}));
        QVERIFY(nameIn(entryOf(after, renamed)[QLatin1String("original")].toObject())
                        .endsWith(QLatin1String(" (v2)")));
        QCOMPARE(nameIn(entryOf(after, duplicate)[QLatin1String("edited")].toObject()), taken);
        QVERIFY(nameIn(entryOf(after, duplicate)[QLatin1String("original")].toObject()) != taken);
        const QJsonObject failedOutcome
                = entryOf(after, duplicate)[QLatin1String("outcome")].toObject();
        QCOMPARE(failedOutcome.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        const QJsonObject stored = failedOutcome[QLatin1String("problems")][0].toObject();
        QCOMPARE(stored.value(QLatin1String("code")).toString(),
                 QStringLiteral("name-must-be-unique"));
        QCOMPARE(stored.value(QLatin1String("field")).toString(),
                 QStringLiteral("attributes/name"));
        QCOMPARE(stored.value(QLatin1String("origin")).toString(), QStringLiteral("server"));
        QCOMPARE(stored.value(QLatin1String("traceId")), p.value(QLatin1String("traceId")));
        QCOMPARE(entryOf(after, invalid)[QLatin1String("edited")][QLatin1String("attributes")]
                                        [QLatin1String("location")][QLatin1String("radiusInKm")]
                                                .toInt(),
                 -1);
        QCOMPARE(entryOf(after, invalid)[QLatin1String("outcome")][QLatin1String("status")]
                         .toString(),
                 QStringLiteral("not-sent"));
        QCOMPARE(entryOf(after, invalid)[QLatin1String("outcome")][QLatin1String("problems")][0]
                                        [QLatin1String("origin")]
                                                .toString(),
                 QStringLiteral("validator"));
        QVERIFY(entryOf(after, excluded).value(QLatin1String("excluded")).toBool());
        QCOMPARE(nameIn(entryOf(after, excluded)[QLatin1String("edited")].toObject()),
                 QStringLiteral("Excluded rename"));
        QCOMPARE(entryOf(after, excluded)[QLatin1String("outcome")][QLatin1String("status")]
                         .toString(),
                 QStringLiteral("not-sent"));
        // The server kept its names where nothing was applied.
        QVERIFY(m_server->data().segment(duplicate).value(QLatin1String("name")).toString()
                != taken);
        QVERIFY(m_server->data().segment(excluded).value(QLatin1String("name")).toString()
                != QLatin1String("Excluded rename"));
    }

    // The server's copy changed behind the user's back between pull and push.
    void staleBase()
    {
        pullInto({QStringLiteral("Retargeting")});
        if (QTest::currentTestFailed())
            return;
        const QStringList ids = idsOfType(QStringLiteral("Retargeting"));
        QVERIFY(ids.size() >= 2);
        const QString same = ids.at(0);  // both renamed it: a conflict
        const QString other = ids.at(1); // the server changed the description, the user the name
        QJsonObject workingSet = SegmentCtlProcess::readJson(m_file);
        edit(workingSet, same,
             [](QJsonObject &a) { a.insert(QLatin1String("name"), QStringLiteral("Mine")); });
        edit(workingSet, other,
             [](QJsonObject &a) { a.insert(QLatin1String("name"), QStringLiteral("Mine too")); });
        QVERIFY(SegmentCtlProcess::writeJson(m_file, workingSet));

        QJsonObject theirs = m_server->data().segment(same);
        theirs.insert(QLatin1String("name"), QStringLiteral("Theirs"));
        m_server->data().insertSegment(same, theirs);
        QJsonObject described = m_server->data().segment(other);
        described.insert(QLatin1String("description"), QStringLiteral("Set by a colleague"));
        m_server->data().insertSegment(other, described);

        m_server->clearRecorded();
        const QString report = m_dir->filePath(QStringLiteral("report.json"));
        SegmentCtlResult result = SegmentCtlProcess::run(
                withServer({QStringLiteral("push"), m_file, QStringLiteral("--report"), report}),
                credentials());
        SEGMENTCTL_EXPECT(result, 2);
        QVERIFY2(result.err.contains(
                         QStringLiteral("  %1: conflict in attributes/name; not sent.").arg(same)),
                 qPrintable(result.err));
        const QList<RecordedRequest> patches = received("PATCH", kPatchPath);
        QCOMPARE(patches.size(), 1);
        QCOMPARE(idsInBody(patches.first()), QStringList{other});
        // Only the user's field went out: the colleague's description stays.
        const QJsonObject sent = patches.first()
                                         .json()
                                         .object()[QLatin1String("data")][0]
                                         .toObject()[QLatin1String("attributes")]
                                         .toObject();
        QCOMPARE(sent.keys(), QStringList{QStringLiteral("name")});
        QCOMPARE(m_server->data().segment(other).value(QLatin1String("description")).toString(),
                 QStringLiteral("Set by a colleague"));
        QCOMPARE(m_server->data().segment(same).value(QLatin1String("name")).toString(),
                 QStringLiteral("Theirs"));

        const QJsonArray reportedSegments
                = SegmentCtlProcess::readJson(report).value(QLatin1String("segments")).toArray();
        bool sawConflict = false;
        for (const QJsonValue &entry : reportedSegments) {
            if (entry[QLatin1String("id")].toString() != same)
                continue;
            sawConflict = true;
            QCOMPARE(entry[QLatin1String("outcome")].toString(), QStringLiteral("not-sent"));
            const QJsonObject first = entry[QLatin1String("problems")][0].toObject();
            QCOMPARE(first[QLatin1String("code")].toString(), QStringLiteral("conflict"));
            QCOMPARE(first[QLatin1String("field")].toString(), QStringLiteral("attributes/name"));
            const QString detail = first[QLatin1String("detail")].toString();
            QVERIFY2(detail.contains(QLatin1String("Mine"))
                             && detail.contains(QLatin1String("Theirs")),
                     qPrintable(detail));
        }
        QVERIFY(sawConflict);

        // --overwrite sends the user's value over the server's.
        m_server->clearRecorded();
        result = SegmentCtlProcess::run(
                withServer({QStringLiteral("push"), m_file, QStringLiteral("--overwrite")}),
                credentials());
        SEGMENTCTL_EXPECT(result, 0);
        QCOMPARE(received("PATCH", kPatchPath).size(), 1);
        QCOMPARE(idsInBody(received("PATCH", kPatchPath).first()), QStringList{same});
        QCOMPARE(m_server->data().segment(same).value(QLatin1String("name")).toString(),
                 QStringLiteral("Mine"));
    }

    void dryRunSendsAndWritesNothing()
    {
        pullInto({QStringLiteral("Location")});
        if (QTest::currentTestFailed())
            return;
        QJsonObject workingSet = SegmentCtlProcess::readJson(m_file);
        const QString id = idsOfType(QStringLiteral("Location")).first();
        edit(workingSet, id,
             [](QJsonObject &a) { a.insert(QLatin1String("name"), QStringLiteral("Dry")); });
        QVERIFY(SegmentCtlProcess::writeJson(m_file, workingSet));
        const QByteArray before = SegmentCtlProcess::readBytes(m_file);
        const QString diff = SegmentCtlProcess::run({QStringLiteral("diff"), m_file},
                                                    SegmentCtlProcess::environment())
                                     .out;

        m_server->clearRecorded();
        const QString report = m_dir->filePath(QStringLiteral("report.json"));
        // No credentials needed: nothing is sent.
        const SegmentCtlResult result = SegmentCtlProcess::run({QStringLiteral("push"), m_file,
                                                                QStringLiteral("--dry-run"),
                                                                QStringLiteral("--report"), report},
                                                               SegmentCtlProcess::environment());
        SEGMENTCTL_EXPECT(result, 0);
        QCOMPARE(result.out, diff);
        QCOMPARE(result.err,
                 QStringLiteral("Dry run: 1 change would be sent in 1 request(s); "
                                "nothing was sent or written.\n"));
        QVERIFY(m_server->requests().isEmpty());
        QCOMPARE(SegmentCtlProcess::readBytes(m_file), before);
        QVERIFY(!QFile::exists(report));
        QVERIFY(!QFile::exists(m_file + QLatin1String(".journal")));
    }

    void tokenFromEnvironment()
    {
        const QString token = m_server->issueAccessToken();
        QProcessEnvironment env = SegmentCtlProcess::environment();
        env.insert(QStringLiteral("SEGMENT_TEST_TOKEN"), token);
        SegmentCtlResult result = SegmentCtlProcess::run(
                withServer({QStringLiteral("advertisers"), QStringLiteral("--token-env"),
                            QStringLiteral("SEGMENT_TEST_TOKEN")}),
                env);
        SEGMENTCTL_EXPECT(result, 0);
        QVERIFY(result.out.startsWith(kAdvertiser + QLatin1Char('\t')));
        QVERIFY(!result.out.contains(token) && !result.err.contains(token));
        const QList<RecordedRequest> requests = m_server->requests();
        QCOMPARE(requests.size(), 1); // no token request
        QCOMPARE(requests.first().path, QStringLiteral("/2025-10/advertisers/me"));
        QCOMPARE(requests.first().header("Authorization"), "Bearer " + token.toLatin1());

        // The same token loads segments.
        result = SegmentCtlProcess::run(
                withServer({QStringLiteral("pull"), QStringLiteral("--advertiser"), kAdvertiser,
                            QStringLiteral("-o"), m_file, QStringLiteral("--token-env"),
                            QStringLiteral("SEGMENT_TEST_TOKEN")}),
                env);
        SEGMENTCTL_EXPECT(result, 0);
        QCOMPARE(segmentsOf(SegmentCtlProcess::readJson(m_file)).size(),
                 m_server->data().segmentIdsOf(kAdvertiser).size());

        // A refused token: a plain message, exit 1, the token never shown.
        env.insert(QStringLiteral("SEGMENT_TEST_TOKEN"), QStringLiteral("not-a-valid-token"));
        result = SegmentCtlProcess::run(
                withServer({QStringLiteral("advertisers"), QStringLiteral("--token-env"),
                            QStringLiteral("SEGMENT_TEST_TOKEN")}),
                env);
        SEGMENTCTL_EXPECT(result, 1);
        QCOMPARE(result.out, QString());
        QVERIFY2(result.err.startsWith(QStringLiteral("Cannot list the advertisers of the token in "
                                                      "$SEGMENT_TEST_TOKEN at %1: ")
                                               .arg(m_server->baseUrl().toString())),
                 qPrintable(result.err));
        QVERIFY(!result.err.contains(QLatin1String("not-a-valid-token")));

        // An empty variable.
        env.insert(QStringLiteral("SEGMENT_TEST_TOKEN"), QString());
        result = SegmentCtlProcess::run(
                withServer({QStringLiteral("advertisers"), QStringLiteral("--token-env"),
                            QStringLiteral("SEGMENT_TEST_TOKEN")}),
                env);
        SEGMENTCTL_EXPECT(result, 1);
        QCOMPARE(result.err,
                 QStringLiteral("The environment variable SEGMENT_TEST_TOKEN (named by "
                                "--token-env) is not set or empty. Put a bearer token "
                                "in it, or use --client-id.\n"));
    }

    // A client id without a secret anywhere: a message that says where the secret may come from;
    // nothing is sent.
    void missingSecret()
    {
        const QString clientId = QStringLiteral("segmentctl-test-no-such-client");
        QProcessEnvironment env = SegmentCtlProcess::environment();
        env.insert(QStringLiteral("CRITEO_CLIENT_ID"), clientId);
        const SegmentCtlResult result
                = SegmentCtlProcess::run(withServer({QStringLiteral("advertisers")}), env);
        SEGMENTCTL_EXPECT(result, 1);
        QCOMPARE(result.out, QString());
        const QString expected
                = QStringLiteral(
                          "No client secret for client id “%1”. Set the environment variable "
                          "CRITEO_CLIENT_SECRET, or store the secret in the system keychain "
                          "(service "
                          "“Segment Editor”, account “%1”; Segment Editor's Connect dialog does "
                          "this), or "
                          "pass --token-env VAR with a bearer token in VAR. The keychain said: ")
                          .arg(clientId);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QVERIFY(m_server->requests().isEmpty());
    }

    // The secret found in the keychain under the client id (against the throw-away Secret Service
    // of .ci/with-keyring only).
    void secretFromKeychain()
    {
        if (qEnvironmentVariableIsEmpty("SEGMENT_PRIVATE_BUS"))
            QSKIP("Run through .ci/with-keyring to test against a real, throw-away Secret Service");
        KeychainSecretStore store(QStringLiteral("Segment Editor"), 15000);
        std::optional<SecretStore::Status> written;
        store.write(m_server->clientId(), m_server->clientSecret(),
                    [&](const SecretStore::Result &r) { written = r.status; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QCOMPARE(*written, SecretStore::Status::Ok);

        QProcessEnvironment env = SegmentCtlProcess::environment();
        env.insert(QStringLiteral("CRITEO_CLIENT_ID"), m_server->clientId());
        const SegmentCtlResult result
                = SegmentCtlProcess::run(withServer({QStringLiteral("advertisers")}), env);

        std::optional<SecretStore::Status> removed;
        store.remove(m_server->clientId(),
                     [&](const SecretStore::Result &r) { removed = r.status; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);

        SEGMENTCTL_EXPECT(result, 0);
        QVERIFY(result.out.startsWith(kAdvertiser + QLatin1Char('\t')));
        QVERIFY(m_server->requests().first().body.contains("client_secret=demo-secret-0000"));
    }

    void pullRefusesToOverwriteEdits()
    {
        pullInto({QStringLiteral("Location")});
        if (QTest::currentTestFailed())
            return;
        QJsonObject workingSet = SegmentCtlProcess::readJson(m_file);
        const QString id = idsOfType(QStringLiteral("Location")).first();
        edit(workingSet, id,
             [](QJsonObject &a) { a.insert(QLatin1String("name"), QStringLiteral("Mine")); });
        QVERIFY(SegmentCtlProcess::writeJson(m_file, workingSet));
        const QByteArray before = SegmentCtlProcess::readBytes(m_file);

        const QStringList pull = withServer({QStringLiteral("pull"), QStringLiteral("--advertiser"),
                                             kAdvertiser, QStringLiteral("-o"), m_file});
        m_server->clearRecorded();
        SegmentCtlResult result = SegmentCtlProcess::run(pull, credentials());
        SEGMENTCTL_EXPECT(result, 1);
        QCOMPARE(result.err,
                 QStringLiteral("%1 has unsent edits in 1 segment. Push them first (“segmentctl "
                                "push %1”), write to another file, or pass --force to overwrite "
                                "them.\n")
                         .arg(m_file));
        QCOMPARE(SegmentCtlProcess::readBytes(m_file), before);
        QVERIFY(m_server->requests().isEmpty());

        result = SegmentCtlProcess::run(pull + QStringList{QStringLiteral("--force")},
                                        credentials());
        SEGMENTCTL_EXPECT(result, 0);
        workingSet = SegmentCtlProcess::readJson(m_file);
        QCOMPARE(segmentsOf(workingSet).size(), m_server->data().segmentIdsOf(kAdvertiser).size());
        QVERIFY(!entryOf(workingSet, id).contains(QLatin1String("edited")));

        // Nor another program's file.
        QFile other(m_dir->filePath(QStringLiteral("notes.json")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("{\"notes\": []}\n");
        other.close();
        result = SegmentCtlProcess::run(
                withServer({QStringLiteral("pull"), QStringLiteral("--advertiser"), kAdvertiser,
                            QStringLiteral("-o"), other.fileName()}),
                credentials());
        SEGMENTCTL_EXPECT(result, 1);
        QCOMPARE(result.err,
                 QStringLiteral("%1 exists and cannot be read as a working set (%1 is not a valid "
                                "working set: “format” is not “segment-working-set”: this file was "
                                "not written by Segment Editor or segmentctl.). Choose another "
                                "file, or pass --force to overwrite it.\n")
                         .arg(other.fileName()));
        QCOMPARE(SegmentCtlProcess::readBytes(other.fileName()), QByteArray("{\"notes\": []}\n"));
    }

    // The answer to a PATCH is lost after the server applied it: the row is "unknown", and the next
    // push reloads it, finds the change applied and does not send it again.
    void lostAnswerIsReconciledNotResent()
    {
        pullInto({QStringLiteral("Location")});
        if (QTest::currentTestFailed())
            return;
        QJsonObject workingSet = SegmentCtlProcess::readJson(m_file);
        const QString id = idsOfType(QStringLiteral("Location")).first();
        edit(workingSet, id,
             [](QJsonObject &a) { a.insert(QLatin1String("name"), QStringLiteral("Lost")); });
        QVERIFY(SegmentCtlProcess::writeJson(m_file, workingSet));

        QVERIFY(m_server->setFaults(QStringLiteral("malformed=1:method=PATCH")));
        m_server->clearRecorded();
        SegmentCtlResult result = SegmentCtlProcess::run(
                withServer({QStringLiteral("push"), m_file}), credentials());
        SEGMENTCTL_EXPECT(result, 2);
        QVERIFY2(result.out.startsWith(QStringLiteral("%1\tunknown\t\tAnswer lost — ").arg(id)),
                 qPrintable(result.out));
        QCOMPARE(received("PATCH", kPatchPath).size(), 1);
        QCOMPARE(m_server->data().segment(id).value(QLatin1String("name")).toString(),
                 QStringLiteral("Lost"));
        QJsonObject entry = entryOf(SegmentCtlProcess::readJson(m_file), id);
        QCOMPARE(entry[QLatin1String("outcome")][QLatin1String("status")].toString(),
                 QStringLiteral("unknown"));
        QCOMPARE(nameIn(entry[QLatin1String("edited")].toObject()), QStringLiteral("Lost"));

        m_server->clearFaults();
        m_server->clearRecorded();
        const QString report = m_dir->filePath(QStringLiteral("report.json"));
        result = SegmentCtlProcess::run(
                withServer({QStringLiteral("push"), m_file, QStringLiteral("--report"), report}),
                credentials());
        SEGMENTCTL_EXPECT(result, 0);
        QVERIFY2(result.err.contains(
                         QStringLiteral("Reconciled 1 segment whose last push got no answer:\n"
                                        "  %1: the change was applied; now updated.\n")
                                 .arg(id)),
                 qPrintable(result.err));
        QVERIFY(received("PATCH", kPatchPath).isEmpty());
        const QList<RecordedRequest> searches = received("POST", kSearchPath);
        QCOMPARE(searches.size(), 1);
        QCOMPARE(searches.first()
                         .json()
                         .object()[QLatin1String("data")][QLatin1String("attributes")]
                                  [QLatin1String("audienceSegmentIds")]
                         .toArray(),
                 QJsonArray{id});
        QCOMPARE(SegmentCtlProcess::readJson(report),
                 (QJsonObject{{QLatin1String("segments"), QJsonArray{reported(id, "updated")}},
                              {QLatin1String("batchProblems"), QJsonArray()},
                              {QLatin1String("requests"), 0}}));
        entry = entryOf(SegmentCtlProcess::readJson(m_file), id);
        QVERIFY(!entry.contains(QLatin1String("edited")));
        QCOMPARE(nameIn(entry[QLatin1String("original")].toObject()), QStringLiteral("Lost"));
    }

    // A journal left by an interrupted push names three segments sent without an answer: one the
    // server applied, one it never got, one that is gone. Each gets its verdict; only the one not
    // applied is sent.
    void journalVerdicts()
    {
        pullInto({QStringLiteral("Location")});
        if (QTest::currentTestFailed())
            return;
        QJsonObject workingSet = SegmentCtlProcess::readJson(m_file);
        const QStringList ids = idsOfType(QStringLiteral("Location"));
        const QString applied = ids.at(0);
        const QString notApplied = ids.at(1);
        const QString gone = QStringLiteral("999999999");
        edit(workingSet, applied,
             [](QJsonObject &a) { a.insert(QLatin1String("name"), QStringLiteral("Applied")); });
        edit(workingSet, notApplied, [](QJsonObject &a) {
            a.insert(QLatin1String("name"), QStringLiteral("Not applied"));
        });
        // A segment the file has but the server no longer does.
        QJsonArray items = segmentsOf(workingSet);
        QJsonObject ghost = items.at(0).toObject();
        QJsonObject ghostOriginal = ghost.value(QLatin1String("original")).toObject();
        ghostOriginal.insert(QLatin1String("id"), gone);
        QJsonObject ghostAttributes = ghostOriginal.value(QLatin1String("attributes")).toObject();
        ghostAttributes.insert(QLatin1String("name"), QStringLiteral("Ghost"));
        ghostOriginal.insert(QLatin1String("attributes"), ghostAttributes);
        QJsonObject ghostEdited = ghostOriginal;
        ghostAttributes.insert(QLatin1String("name"), QStringLiteral("Ghost renamed"));
        ghostEdited.insert(QLatin1String("attributes"), ghostAttributes);
        items.append(QJsonObject{{QLatin1String("original"), ghostOriginal},
                                 {QLatin1String("edited"), ghostEdited}});
        workingSet.insert(QLatin1String("segments"), items);
        QVERIFY(SegmentCtlProcess::writeJson(m_file, workingSet));

        // The interrupted push: all three sent, the first one applied by the server.
        const auto patchOf = [](const QString &id, const QString &name) {
            return QJsonObject{
                    {QLatin1String("id"), id},
                    {QLatin1String("type"), QLatin1String("AudienceSegment")},
                    {QLatin1String("attributes"), QJsonObject{{QLatin1String("name"), name}}}};
        };
        {
            SendJournal journal;
            QString error;
            QVERIFY2(journal.open(m_file + QLatin1String(".journal"), &error), qPrintable(error));
            QVERIFY(journal.recordSending(
                    {{applied, patchOf(applied, QStringLiteral("Applied"))},
                     {notApplied, patchOf(notApplied, QStringLiteral("Not applied"))},
                     {gone, patchOf(gone, QStringLiteral("Ghost renamed"))}}));
        } // closed without finish(): as after kill -9
        QJsonObject serverCopy = m_server->data().segment(applied);
        serverCopy.insert(QLatin1String("name"), QStringLiteral("Applied"));
        m_server->data().insertSegment(applied, serverCopy);

        m_server->clearRecorded();
        const QString report = m_dir->filePath(QStringLiteral("report.json"));
        const SegmentCtlResult result = SegmentCtlProcess::run(
                withServer({QStringLiteral("push"), m_file, QStringLiteral("--report"), report}),
                credentials());
        SEGMENTCTL_EXPECT(result, 2);
        QVERIFY2(result.err.contains(
                         QStringLiteral("Reconciled 3 segments from an interrupted push:\n"
                                        "  %1: the change was applied; now updated.\n"
                                        "  %2: the change was not applied; it is sent now.\n"
                                        "  %3: no longer on the server; marked failed.\n")
                                 .arg(applied, notApplied, gone)),
                 qPrintable(result.err));

        // One search reconciles and checks the base of what is then sent: the segments whose
        // answer was lost are read once.
        const QList<RecordedRequest> searches = received("POST", kSearchPath);
        QCOMPARE(searches.size(), 1);
        QCOMPARE(searches.first()
                         .json()
                         .object()[QLatin1String("data")][QLatin1String("attributes")]
                                  [QLatin1String("audienceSegmentIds")]
                         .toArray(),
                 (QJsonArray{applied, notApplied, gone}));
        const QList<RecordedRequest> patches = received("PATCH", kPatchPath);
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.first().json().object(),
                 (QJsonObject{{QLatin1String("data"),
                               QJsonArray{patchOf(notApplied, QStringLiteral("Not applied"))}}}));

        const QJsonObject goneProblem
                = problem("error", QStringLiteral("not-found"), QStringLiteral("segment-not-found"),
                          QStringLiteral("Segment not found"),
                          QStringLiteral("The server no longer has segment %1 (deleted, or out of "
                                         "reach of these credentials). Your edit is kept, but it "
                                         "cannot be sent.")
                                  .arg(gone),
                          QString());
        // In the order of the file, like every report.
        QCOMPARE(SegmentCtlProcess::readJson(report),
                 (QJsonObject{
                         {QLatin1String("segments"),
                          QJsonArray{reported(applied, "updated"), reported(notApplied, "updated"),
                                     reported(gone, "failed", {goneProblem})}},
                         {QLatin1String("batchProblems"), QJsonArray()},
                         {QLatin1String("requests"), 1}}));
        QVERIFY(!QFile::exists(m_file + QLatin1String(".journal")));
        const QJsonObject after = SegmentCtlProcess::readJson(m_file);
        QVERIFY(!entryOf(after, applied).contains(QLatin1String("edited")));
        QVERIFY(!entryOf(after, notApplied).contains(QLatin1String("edited")));
        QCOMPARE(nameIn(entryOf(after, gone)[QLatin1String("edited")].toObject()),
                 QStringLiteral("Ghost renamed"));
        QCOMPARE(entryOf(after, gone)[QLatin1String("outcome")][QLatin1String("status")].toString(),
                 QStringLiteral("failed"));
    }

private:
    QStringList withServer(QStringList arguments) const
    {
        arguments << QStringLiteral("--base-url") << m_server->baseUrl().toString();
        return arguments;
    }
    QProcessEnvironment credentials() const
    {
        return SegmentCtlProcess::environment(m_server->clientId(), m_server->clientSecret());
    }
    QList<RecordedRequest> received(const QByteArray &method, const QString &path) const
    {
        QList<RecordedRequest> matching;
        for (const RecordedRequest &r : m_server->requests())
            if (r.method == method && r.path == path)
                matching.append(r);
        return matching;
    }
    // The ids of the advertiser's segments of a type, in the server's order.
    QStringList idsOfType(const QString &type) const
    {
        DemoData::SegmentFilter filter;
        filter.advertiserIds = {kAdvertiser};
        filter.types = {type};
        return m_server->data().search(filter);
    }
    void pullInto(const QStringList &types)
    {
        const SegmentCtlResult result = SegmentCtlProcess::run(
                withServer({QStringLiteral("pull"), QStringLiteral("--advertiser"), kAdvertiser,
                            QStringLiteral("--type"), types.join(QLatin1Char(',')),
                            QStringLiteral("-o"), m_file}),
                credentials());
        SEGMENTCTL_EXPECT(result, 0);
    }

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir; // a fresh one per test
    QString m_file;
};

QTEST_GUILESS_MAIN(TestSegmentCtlWorkflow)
#include "tst_segmentctl_workflow.moc"
