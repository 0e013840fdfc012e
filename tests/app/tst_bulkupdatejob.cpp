#include "BulkUpdateJob.h"
#include "PatchBuilder.h"
#include "ServiceFixture.h"
#include "ServiceSendPort.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>

namespace {

using Status = SegmentOutcome::Status;

bool waitFor(BulkUpdateJob *job, int timeoutMs = 30000)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &BulkUpdateJob::finished);
    return spy.wait(timeoutMs);
}

// Renames each segment: "<old name> (v2)"; unique per advertiser.
QList<BulkUpdateJob::Item> renames(const ServiceFixture &f, const QStringList &ids)
{
    QList<BulkUpdateJob::Item> items;
    for (const QString &id : ids) {
        const AudienceSegment original = f.segment(id);
        AudienceSegment edited = original;
        edited.name = original.name.value_or(QString()) + QStringLiteral(" (v2)");
        items.append({id, *PatchBuilder::build(original, edited)});
    }
    return items;
}

QStringList idsInBody(const RecordedRequest &request)
{
    QStringList ids;
    const QJsonArray data = request.json().object().value(QLatin1String("data")).toArray();
    for (const QJsonValue &item : data)
        ids.append(item.toObject().value(QLatin1String("id")).toString());
    return ids;
}

BulkUpdateJob::Options fastRetries(int chunkSize = 50, int concurrency = 2, int attempts = 3)
{
    BulkUpdateJob::Options options;
    options.chunkSize = chunkSize;
    options.maxConcurrentChunks = concurrency;
    options.retry = {attempts, 20, 200, 42};
    return options;
}

} // namespace

// The bulk PATCH job over real loopback HTTP against the demo server: every outcome kind, retries
// within their bound, cancel, and what the server received.
class TestBulkUpdateJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void happyPath()
    {
        ServiceFixture f;
        const QStringList ids = f.reachableIds(5);
        const auto items = renames(f, ids);
        BulkUpdateJob job(f.client.get(), items, fastRetries());
        QSignalSpy progress(&job, &BulkUpdateJob::progress);
        job.start();
        QVERIFY(waitFor(&job));
        QVERIFY(job.allApplied());
        QCOMPARE(job.requestCount(), 1);
        const auto outcomes = job.outcomes();
        QCOMPARE(outcomes.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(outcomes.at(i).segmentId, ids.at(i));
            QCOMPARE(outcomes.at(i).status, Status::Updated);
            QVERIFY(outcomes.at(i).problems.isEmpty());
            QCOMPARE(outcomes.at(i).entity->name, f.segment(ids.at(i)).name);
            QVERIFY(outcomes.at(i).entity->name->endsWith(QLatin1String(" (v2)")));
        }
        QCOMPARE(progress.last().at(0).toInt(), 5);

        const auto patches = f.received(
                "PATCH", QStringLiteral("/2025-10/marketing-solutions/audience-segments"));
        QCOMPARE(patches.size(), 1);
        const RecordedRequest &sent = patches.first();
        QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(sent.header("Authorization").startsWith("Bearer "));
        QCOMPARE(sent.json().object(),
                 PatchBuilder::requestBody({items.at(0).resource, items.at(1).resource,
                                            items.at(2).resource, items.at(3).resource,
                                            items.at(4).resource}));
    }

    void partialFailureMapsToTheField()
    {
        ServiceFixture f;
        const QStringList ids = f.reachableIds(3);
        auto items = renames(f, ids);
        // The second item takes the name of the third: name-must-be-unique.
        AudienceSegment original = f.segment(ids.at(1));
        AudienceSegment edited = original;
        edited.name = f.segment(ids.at(2)).name;
        items[1] = {ids.at(1), *PatchBuilder::build(original, edited)};
        items.removeLast();
        BulkUpdateJob job(f.client.get(), items, fastRetries());
        job.start();
        QVERIFY(waitFor(&job));
        QVERIFY(!job.allApplied());
        QCOMPARE(job.outcomes().at(0).status, Status::Updated);
        const SegmentOutcome failed = job.outcomes().at(1);
        QCOMPARE(failed.status, Status::Failed);
        QVERIFY(!failed.entity);
        QCOMPARE(failed.problems.size(), 1);
        QCOMPARE(failed.problems.first().segmentId, ids.at(1));
        QCOMPARE(failed.problems.first().field, QStringLiteral("attributes/name"));
        QCOMPARE(failed.problems.first().code, QStringLiteral("name-must-be-unique"));
        QVERIFY(!failed.problems.first().traceId.isEmpty());
        QCOMPARE(job.requestCount(), 1);                    // validation failures are never retried
        QCOMPARE(f.segment(ids.at(1)).name, original.name); // the server kept its version
    }

    void failuresListedAsWarnings()
    {
        ServiceFixture f;
        const QStringList ids = f.reachableIds(2);
        auto items = renames(f, ids);
        // A segment the server does not have.
        QJsonObject ghost = items.first().resource;
        ghost.insert(QLatin1String("id"), QStringLiteral("999999999"));
        items.append({QStringLiteral("999999999"), ghost});
        BulkUpdateJob job(f.client.get(), items, fastRetries());
        job.start();
        QVERIFY(waitFor(&job));
        QCOMPARE(job.outcomes().at(0).status, Status::Updated);
        QCOMPARE(job.outcomes().at(1).status, Status::Updated);
        const SegmentOutcome ghostOutcome = job.outcomes().at(2);
        QCOMPARE(ghostOutcome.status, Status::Failed);
        QVERIFY(!ghostOutcome.problems.isEmpty());
        QCOMPARE(ghostOutcome.problems.first().severity, Problem::Severity::Error);
        QCOMPARE(
                idsInBody(f.received("PATCH", QStringLiteral("/audience-segments")).first()).size(),
                3);
    }

    void expiredTokenMidRun()
    {
        ServiceFixture f;
        const QStringList ids = f.reachableIds(4);
        BulkUpdateJob job(f.client.get(), renames(f, ids), fastRetries(2, 1));
        connect(
                &job, &BulkUpdateJob::chunkFinished, &f.server,
                [&f] { f.server.expireAccessTokens(); }, Qt::SingleShotConnection);
        job.start();
        QVERIFY(waitFor(&job));
        QVERIFY(job.allApplied());
        const auto patches = f.received("PATCH", QStringLiteral("/audience-segments"));
        QCOMPARE(patches.size(), 3);
        QCOMPARE(patches.at(0).status, 200);
        QCOMPARE(patches.at(1).status, 401);
        QCOMPARE(patches.at(2).status, 200);
        QCOMPARE(idsInBody(patches.at(1)), idsInBody(patches.at(2)));
        QCOMPARE(f.received("POST", QStringLiteral("/oauth2/token")).size(), 2);
    }

    void rateLimitedThenSuccessHonoursTheWait_data()
    {
        QTest::addColumn<bool>("retryAfter");
        QTest::newRow("x-ratelimit-reset") << false;
        QTest::newRow("Retry-After") << true;
    }
    void rateLimitedThenSuccessHonoursTheWait()
    {
        QFETCH(bool, retryAfter);
        ServiceFixture f;
        // 0.7 s before a minute boundary: the server's window resets then.
        f.start = QDateTime(QDate(2026, 3, 2), QTime(9, 0, 59, 300), Qt::UTC);
        DemoServerOptions options = f.server.options();
        options.callsPerMinute = 1; // the first PATCH; token requests do not count
        options.sendRetryAfter = retryAfter;
        f.server.setOptions(options);
        f.client->setCallsPerMinute(0, ApiClient::Pace::Fixed);
        const QStringList ids = f.reachableIds(2);
        BulkUpdateJob job(f.client.get(), renames(f, ids), fastRetries(1, 1, 4));
        QSignalSpy retries(&job, &BulkUpdateJob::retryScheduled);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> arrivals;
        connect(&f.server, &DemoServer::requestHandled, &job, [&](const RecordedRequest &r) {
            if (r.method == "PATCH")
                arrivals.append(clock.elapsed());
        });
        job.start();
        QVERIFY(waitFor(&job));
        QVERIFY(job.allApplied());
        const auto patches = f.received("PATCH", QStringLiteral("/audience-segments"));
        QCOMPARE(patches.size(), 3);
        QCOMPARE(patches.at(1).status, 429);
        QCOMPARE(patches.at(2).status, 200);
        QCOMPARE(retries.size(), 1);
        const int delay = retries.first().at(2).toInt();
        QVERIFY2(delay > 0 && delay <= 1000, qPrintable(QString::number(delay)));
        QCOMPARE(arrivals.size(), 3);
        QVERIFY2(arrivals.at(2) - arrivals.at(1) >= delay - 5,
                 qPrintable(QStringLiteral("waited %1 ms of %2")
                                    .arg(arrivals.at(2) - arrivals.at(1))
                                    .arg(delay)));
    }

    void serverErrorThenSuccess()
    {
        ServiceFixture f;
        QVERIFY(f.server.setFaults(QStringLiteral("5xx=1:method=PATCH:status=500")));
        BulkUpdateJob job(f.client.get(), renames(f, f.reachableIds(3)), fastRetries());
        QSignalSpy retries(&job, &BulkUpdateJob::retryScheduled);
        job.start();
        QVERIFY(waitFor(&job));
        QVERIFY(job.allApplied());
        const auto patches = f.received("PATCH", QStringLiteral("/audience-segments"));
        QCOMPARE(patches.size(), 2);
        QCOMPARE(patches.at(0).status, 500);
        QCOMPARE(idsInBody(patches.at(0)), idsInBody(patches.at(1)));
        QCOMPARE(retries.size(), 1);
        QCOMPARE(job.requestCount(), 2);
    }

    void retriesStayWithinTheirBound()
    {
        ServiceFixture f;
        QVERIFY(f.server.setFaults(QStringLiteral("5xx=1:method=PATCH:count=0")));
        const QStringList ids = f.reachableIds(3);
        BulkUpdateJob job(f.client.get(), renames(f, ids), fastRetries(50, 2, 3));
        job.start();
        QVERIFY(waitFor(&job));
        QCOMPARE(f.received("PATCH", QStringLiteral("/audience-segments")).size(), 3);
        for (const SegmentOutcome &outcome : job.outcomes()) {
            QCOMPARE(outcome.status, Status::Failed);
            QVERIFY(!outcome.problems.isEmpty());
        }
    }

    // A reset after the request went out cannot tell "not received" from "applied, then the
    // connection dropped": a write is never sent again blindly, neither by the job nor by Qt's
    // network layer (which resends a request whose connection closed before any answer).
    void connectionResetIsNotResent_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("isDelete");
        QTest::addColumn<bool>("applied");
        QTest::newRow("reset before processing")
                << QStringLiteral("reset=1:method=PATCH") << false << false;
        QTest::newRow("applied, then dropped")
                << QStringLiteral("apply-drop=1:method=PATCH") << false << true;
        QTest::newRow("delete applied, then dropped")
                << QStringLiteral("apply-drop=1:method=POST:path=*/delete") << true << true;
    }
    void connectionResetIsNotResent()
    {
        QFETCH(QString, spec);
        QFETCH(bool, isDelete);
        const BulkUpdateJob::Kind kind
                = isDelete ? BulkUpdateJob::Kind::Delete : BulkUpdateJob::Kind::Update;
        QFETCH(bool, applied);
        ServiceFixture f;
        QVERIFY(f.server.setFaults(spec));
        const QStringList ids = f.reachableIds(2);
        QList<BulkUpdateJob::Item> items = renames(f, ids);
        if (kind == BulkUpdateJob::Kind::Delete)
            for (BulkUpdateJob::Item &item : items)
                item.resource = PatchBuilder::buildDelete(item.segmentId);
        BulkUpdateJob::Options options = fastRetries();
        options.kind = kind;
        BulkUpdateJob job(f.client.get(), items, options);
        job.start();
        QVERIFY(waitFor(&job));
        QCOMPARE(job.requestCount(), 1);
        const QList<RecordedRequest> writes = f.received(
                kind == BulkUpdateJob::Kind::Delete ? QByteArray("POST") : QByteArray("PATCH"),
                kind == BulkUpdateJob::Kind::Delete ? QStringLiteral("/delete")
                                                    : QStringLiteral("/audience-segments"));
        QCOMPARE(writes.size(), 1);
        QCOMPARE(writes.first().processed, applied);
        for (const SegmentOutcome &outcome : job.outcomes()) {
            QCOMPARE(outcome.status, Status::Unknown);
            QVERIFY(outcome.problems.first().detail.contains(QLatin1String("reload")));
        }
        if (kind == BulkUpdateJob::Kind::Update)
            QCOMPARE(f.segment(ids.first()).name->endsWith(QLatin1String(" (v2)")), applied);
        else
            QCOMPARE(f.server.data().segment(ids.first()).isEmpty(), applied);
    }

    // A refused connection proves the request never left: that is retried.
    void refusedConnectionIsRetried()
    {
        ServiceFixture f;
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        ApiConfig config = f.config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close(); // nothing listens there now
        TokenProvider tokens(&f.network, config);
        tokens.setStaticToken(f.server.issueAccessToken());
        ApiClient client(&f.network, &tokens, config);
        BulkUpdateJob job(&client, renames(f, f.reachableIds(2)), fastRetries(50, 1, 3));
        job.start();
        QVERIFY(waitFor(&job));
        QCOMPARE(job.requestCount(), 3);
        for (const SegmentOutcome &outcome : job.outcomes())
            QCOMPARE(outcome.status, Status::NotSent);
    }

    void lostAnswersAreUnknown()
    {
        ServiceFixture f;
        QVERIFY(f.server.setFaults(QStringLiteral("reset=1:method=PATCH:count=0")));
        BulkUpdateJob job(f.client.get(), renames(f, f.reachableIds(2)), fastRetries(50, 1, 2));
        job.start();
        QVERIFY(waitFor(&job));
        // Sent once: neither the job nor Qt's network layer sends a write again after a reset.
        QCOMPARE(job.requestCount(), 1);
        QCOMPARE(f.received("PATCH", QStringLiteral("/audience-segments")).size(), 1);
        for (const SegmentOutcome &outcome : job.outcomes())
            QCOMPARE(outcome.status, Status::Unknown);
    }

    void malformedAnswerIsUnknownAndNotResent()
    {
        ServiceFixture f;
        QVERIFY(f.server.setFaults(QStringLiteral("malformed=1:method=PATCH")));
        const QStringList ids = f.reachableIds(2);
        BulkUpdateJob job(f.client.get(), renames(f, ids), fastRetries());
        job.start();
        QVERIFY(waitFor(&job));
        QCOMPARE(f.received("PATCH", QStringLiteral("/audience-segments")).size(), 1);
        for (const SegmentOutcome &outcome : job.outcomes()) {
            QCOMPARE(outcome.status, Status::Unknown);
            QVERIFY(outcome.problems.first().detail.contains(QLatin1String("reload")));
        }
        // The server did apply it: only a reload can tell.
        QVERIFY(f.segment(ids.first()).name->endsWith(QLatin1String(" (v2)")));
    }

    // No answer in time: the server may be applying it. Not sent again; Unknown.
    void timeoutIsNotResent()
    {
        ServiceFixture f;
        f.config.timeoutMs = 400;
        ApiClient client(&f.network, f.tokens.get(), f.config);
        QVERIFY(f.server.setFaults(QStringLiteral("hang=1:method=PATCH")));
        BulkUpdateJob job(&client, renames(f, f.reachableIds(2)), fastRetries());
        job.start();
        QVERIFY(waitFor(&job));
        QCOMPARE(f.received("PATCH", QStringLiteral("/audience-segments")).size(), 1);
        for (const SegmentOutcome &outcome : job.outcomes())
            QCOMPARE(outcome.status, Status::Unknown);
    }

    void cancelStopsNewChunksAndLetsInFlightFinish()
    {
        ServiceFixture f;
        QVERIFY(f.server.setFaults(QStringLiteral("latency=50:method=PATCH")));
        const QStringList ids = f.reachableIds(6);
        BulkUpdateJob job(f.client.get(), renames(f, ids), fastRetries(1, 2));
        connect(&job, &BulkUpdateJob::chunkFinished, &job, &BulkUpdateJob::cancel,
                Qt::SingleShotConnection);
        job.start();
        QVERIFY(waitFor(&job));
        QVERIFY(job.wasCancelled());
        const auto outcomes = job.outcomes();
        // Two chunks were in flight when the first answer came: both finished; the rest never left.
        QCOMPARE(f.received("PATCH", QStringLiteral("/audience-segments")).size(), 2);
        QCOMPARE(outcomes.at(0).status, Status::Updated);
        QCOMPARE(outcomes.at(1).status, Status::Updated);
        for (int i = 2; i < outcomes.size(); ++i) {
            QCOMPARE(outcomes.at(i).status, Status::NotSent);
            QVERIFY(!f.segment(ids.at(i)).name->endsWith(QLatin1String(" (v2)")));
        }
    }

    void twoThousandSegmentsInFortyChunks()
    {
        ServiceFixture f(2600);
        const QStringList ids = f.editableIds(2000);
        QCOMPARE(ids.size(), 2000);
        // The first chunk is slow, so answers arrive out of order.
        DemoFault slow;
        slow.kind = DemoFault::Kind::Latency;
        slow.method = "PATCH";
        slow.nth = 1;
        slow.count = 1;
        slow.latencyMs = 400;
        f.server.setFaults({slow});
        BulkUpdateJob job(f.client.get(), renames(f, ids), fastRetries(50, 4));
        QStringList finishedOrder;
        connect(&job, &BulkUpdateJob::chunkFinished, &job,
                [&](const QList<SegmentOutcome> &outcomes) {
                    finishedOrder.append(outcomes.first().segmentId);
                });
        job.start();
        QVERIFY(waitFor(&job, 60000));
        QCOMPARE(job.chunkCount(), 40);
        QCOMPARE(job.requestCount(), 40);
        QCOMPARE(finishedOrder.size(), 40);
        QVERIFY(finishedOrder.first() != ids.first()); // arrival order differs…
        const auto outcomes = job.outcomes();
        QCOMPARE(outcomes.size(), 2000);
        for (int i = 0; i < 2000; ++i) { // …the results' order does not
            QCOMPARE(outcomes.at(i).segmentId, ids.at(i));
            QCOMPARE(outcomes.at(i).status, Status::Updated);
        }
        QStringList sent;
        for (const RecordedRequest &r : f.received("PATCH", QStringLiteral("/audience-segments"))) {
            QCOMPARE(idsInBody(r).size(), 50);
            sent += idsInBody(r);
        }
        std::sort(sent.begin(), sent.end());
        QStringList expected = ids;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(sent, expected);
    }

    // The send port's reload of many ids: several searches at once, one answer with every segment
    // and, in the order asked, only the ids the server lacks.
    void reloadSearchesAtOnce()
    {
        ServiceFixture f(600);
        QStringList ids = f.editableIds(450);
        QCOMPARE(ids.size(), 450);
        ids.insert(7, QStringLiteral("999000001"));
        ids.append(QStringLiteral("999000002"));
        ServiceSendPort port;
        port.setClient(f.client.get());
        port.setReloadConcurrency(3);
        port.setRetryOptions({1, 1, 1, 1});
        QSignalSpy reloaded(&port, &SendPort::reloaded);
        port.reload(7, ids);
        QVERIFY(reloaded.wait(20000));
        QCOMPARE(reloaded.size(), 1);
        QCOMPARE(reloaded.first().at(0).toInt(), 7);
        QCOMPARE(reloaded.first().at(3).toString(), QString());
        const auto segments = reloaded.first().at(1).value<QList<AudienceSegment>>();
        QCOMPARE(segments.size(), 450);
        QCOMPARE(reloaded.first().at(2).toStringList(),
                 (QStringList{QStringLiteral("999000001"), QStringLiteral("999000002")}));
        // 452 ids: five calls of at most 100 ids.
        const QString search = QStringLiteral("/audience-segments/search");
        QCOMPARE(f.received("POST", search).size(), 5);

        // While the first search hangs, the other two reach the server: they run at once.
        f.server.clearRecorded();
        QVERIFY(f.server.setFaults(QStringLiteral("hang=1:path=*/audience-segments/search")));
        reloaded.clear();
        port.reload(8, ids);
        QTRY_VERIFY_WITH_TIMEOUT(f.received("POST", search).size() >= 3, 10000);
        QVERIFY(reloaded.isEmpty());
        port.cancel();
        if (reloaded.isEmpty())
            QVERIFY(reloaded.wait(20000));
        QCOMPARE(reloaded.first().at(0).toInt(), 8);
        QVERIFY(!reloaded.first().at(3).toString().isEmpty());
        QVERIFY(reloaded.first().at(2).toStringList().isEmpty()); // not known which exist

        // A search that fails makes the whole reload fail.
        f.server.clearFaults();
        QVERIFY(f.server.setFaults(QStringLiteral("5xx=1:path=*/audience-segments/search")));
        reloaded.clear();
        port.reload(9, ids);
        QVERIFY(reloaded.wait(20000));
        QCOMPARE(reloaded.size(), 1);
        QVERIFY(!reloaded.first().at(3).toString().isEmpty());
        QVERIFY(reloaded.first().at(2).toStringList().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBulkUpdateJob)
#include "tst_bulkupdatejob.moc"
