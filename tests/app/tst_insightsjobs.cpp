// The sizes and "where used" jobs and their port over real loopback HTTP against the demo server:
// batching, paging, partial success, failures, and every request body and answer checked against
// the OpenAPI contract.

#include "DemoInsights.h"
#include "InsightsJobs.h"
#include "OpenApiChecker.h"
#include "SegmentInsights.h"
#include "ServiceFixture.h"
#include "ServiceInsightsPort.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

namespace {

const QString sizesPath
        = QStringLiteral("/2025-10/marketing-solutions/audience-segments/compute-sizes");
const QString estimatePath
        = QStringLiteral("/2025-10/marketing-solutions/audience-segments/estimate-size");
const QString audiencesPath = QStringLiteral("/2025-10/marketing-solutions/audiences/search");

template<typename Job> bool waitFor(Job *job)
{
    QSignalSpy spy(job, &Job::finished);
    return spy.wait(30000);
}

RetryPolicy::Options noRetries()
{
    return {1, 10, 10, 42};
}

// Every request the server received on `path`, and its answer, against the contract.
void checkContract(const ServiceFixture &f, const QString &path)
{
    QString error;
    const OpenApiChecker checker
            = OpenApiChecker::fromFile(OpenApiChecker::defaultSpecPath(), &error);
    QVERIFY2(checker.isValid(), qPrintable(error));
    int seen = 0;
    for (const RecordedRequest &r : f.server.requests()) {
        if (r.path != path)
            continue;
        ++seen;
        const QStringList problems = checker.checkRequestBody(QString::fromLatin1(r.method), r.path,
                                                              r.json().object());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The demo server's answer to it, again, against the contract (strictly).
        const QString t = QStringLiteral("t");
        const DemoResponse answer = path == sizesPath
                ? DemoInsights::computeSizes(f.server.data(), r, t)
                : path == estimatePath ? DemoInsights::estimateSize(f.server.data(), r, t)
                                       : DemoInsights::searchAudiences(f.server.data(), r, t);
        if (answer.status != 200)
            continue;
        const QStringList answerProblems = checker.checkResponse(
                QStringLiteral("POST"), r.path, 200, QJsonDocument::fromJson(answer.body).object());
        QVERIFY2(answerProblems.isEmpty(), qPrintable(answerProblems.join(QLatin1Char('\n'))));
    }
    QVERIFY(seen > 0);
}

QString firstOfType(const DemoData &data, const char *type, bool reachable = true)
{
    for (const QString &id : data.segmentIds())
        if (data.typeOf(id) == QLatin1String(type)
            && data.isReachable(data.advertiserOf(id)) == reachable)
            return id;
    return {};
}

} // namespace

class TestInsightsJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void computeSizesInBatches()
    {
        ServiceFixture f(400);
        const QStringList ids = f.reachableIds(250);
        QCOMPARE(ids.size(), 250);
        ComputeSizesJob job(f.client.get(), ids);
        job.setRetryOptions(noRetries());
        job.start();
        QVERIFY(waitFor(&job));
        QCOMPARE(f.received("POST", QStringLiteral("/compute-sizes")).size(), 3);
        QCOMPARE(job.requestCount(), 3);
        QCOMPARE(job.items().size(), 250);
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(job.items().at(i).segmentId, ids.at(i));
        const QString location = firstOfType(f.server.data(), "Location");
        for (const InsightsPort::SizeItem &item : job.items()) {
            QVERIFY(item.error.isEmpty());
            if (item.segmentId == location) {
                QVERIFY(item.size && *item.size > 0);
                QVERIFY(item.problems.isEmpty());
            }
        }
        checkContract(f, sizesPath);
    }

    void partialSuccessPerItem()
    {
        ServiceFixture f(300);
        const DemoData &data = f.server.data();
        const QString behavioral = firstOfType(data, "Behavioral");
        const QString unreachable = firstOfType(data, "InMarket", false);
        QString smallList;
        for (const QString &id : data.segmentIds())
            if (data.typeOf(id) == QLatin1String("ContactList")
                && data.isReachable(data.advertiserOf(id))
                && !DemoInsights::sizeOf(data, id, data.typeOf(id), data.segment(id)))
                smallList = id;
        const QString inMarket = firstOfType(data, "InMarket");
        QVERIFY(!behavioral.isEmpty() && !unreachable.isEmpty() && !smallList.isEmpty());
        const QStringList ids{inMarket, behavioral, QStringLiteral("999999"), unreachable,
                              smallList};
        ComputeSizesJob job(f.client.get(), ids);
        job.start();
        QVERIFY(waitFor(&job));
        QCOMPARE(job.requestCount(), 1);
        QVERIFY(job.errorString().isEmpty());
        const QList<InsightsPort::SizeItem> items = job.items();
        QVERIFY(items.at(0).size && *items.at(0).size > 0);
        QVERIFY(items.at(0).problems.isEmpty());
        for (int i : {1, 2, 3}) { // each named by a problem at @data/i
            QVERIFY2(!items.at(i).size, qPrintable(items.at(i).segmentId));
            QCOMPARE(items.at(i).problems.size(), 1);
        }
        QCOMPARE(items.at(1).problems.first().code, QStringLiteral("size-not-computable"));
        QCOMPARE(items.at(2).problems.first().code, QStringLiteral("segment-not-found"));
        QCOMPARE(items.at(3).problems.first().code, QStringLiteral("segment-not-accessible"));
        QVERIFY(!items.at(4).size); // null: too few matched users
        QVERIFY(items.at(4).problems.isEmpty());
        QVERIFY(job.batchProblems().isEmpty());
    }

    void aFailedBatchDoesNotStopTheOthers()
    {
        ServiceFixture f(400);
        QVERIFY(f.server.setFaults(QStringLiteral("5xx=2:path=*/compute-sizes")));
        const QStringList ids = f.reachableIds(250);
        ComputeSizesJob job(f.client.get(), ids);
        job.setRetryOptions(noRetries());
        job.start();
        QVERIFY(waitFor(&job));
        QCOMPARE(job.requestCount(), 3);
        QVERIFY(!job.errorString().isEmpty());
        QVERIFY(job.items().at(0).error.isEmpty());
        QVERIFY(!job.items().at(100).error.isEmpty());
        QVERIFY(!job.items().at(199).error.isEmpty());
        QVERIFY(job.items().at(200).error.isEmpty());
        QVERIFY(job.items().at(200).size || !job.items().at(200).problems.isEmpty()
                || f.server.data().typeOf(ids.at(200)) == QLatin1String("ContactList"));
    }

    void retriedBatchSucceeds()
    {
        ServiceFixture f(60);
        QVERIFY(f.server.setFaults(QStringLiteral("5xx=1:path=*/compute-sizes")));
        ComputeSizesJob job(f.client.get(), f.reachableIds(5));
        job.setRetryOptions({3, 10, 20, 42});
        job.start();
        QVERIFY(waitFor(&job));
        QCOMPARE(job.requestCount(), 2);
        QVERIFY(job.errorString().isEmpty());
    }

    void sizesFollowTheDefinition()
    {
        ServiceFixture f(60);
        const DemoData &data = f.server.data();
        const QString location = firstOfType(data, "Location");
        QJsonObject attributes = data.segment(location);
        QJsonObject settings = attributes.value(QLatin1String("location")).toObject();
        settings.insert(QStringLiteral("radiusInKm"), 2);
        attributes.insert(QStringLiteral("location"), settings);
        const qint64 two
                = *DemoInsights::sizeOf(data, location, QStringLiteral("Location"), attributes);
        settings.insert(QStringLiteral("radiusInKm"), 4);
        attributes.insert(QStringLiteral("location"), settings);
        const qint64 four
                = *DemoInsights::sizeOf(data, location, QStringLiteral("Location"), attributes);
        QVERIFY(qAbs(four - 4 * two) <= 4); // points × radius²

        const QString inMarket = firstOfType(data, "InMarket");
        QJsonObject im = data.segment(inMarket).value(QLatin1String("inMarket")).toObject();
        const qint64 full = *DemoInsights::sizeOf(data, inMarket, QStringLiteral("InMarket"),
                                                  QJsonObject{{QStringLiteral("inMarket"), im}});
        QJsonArray interests = im.value(QLatin1String("interestIds")).toArray();
        interests.append(QStringLiteral("5322"));
        im.insert(QStringLiteral("interestIds"), interests);
        const qint64 more = *DemoInsights::sizeOf(data, inMarket, QStringLiteral("InMarket"),
                                                  QJsonObject{{QStringLiteral("inMarket"), im}});
        QVERIFY(more > full);
        im.insert(QStringLiteral("interestIds"), QJsonArray());
        im.insert(QStringLiteral("brandIds"), QJsonArray());
        QVERIFY(!DemoInsights::sizeOf(data, inMarket, QStringLiteral("InMarket"),
                                      QJsonObject{{QStringLiteral("inMarket"), im}}));
    }

    void estimateSize()
    {
        ServiceFixture f(60);
        const AudienceSegment location = f.segment(firstOfType(f.server.data(), "Location"));
        AudienceSegment edited = location;
        edited.location->radiusInKm = 10;
        EstimateSizeJob job(f.client.get(), SegmentInsights::estimateDefinition(edited));
        job.start();
        QVERIFY(waitFor(&job));
        QVERIFY(job.errorString().isEmpty());
        QVERIFY(job.problems().isEmpty());
        const qint64 ten = job.size().value_or(0);
        edited.location->radiusInKm = 5;
        EstimateSizeJob smaller(f.client.get(), SegmentInsights::estimateDefinition(edited));
        smaller.start();
        QVERIFY(waitFor(&smaller));
        QVERIFY(smaller.size() && *smaller.size() * 3 < ten);

        const AudienceSegment inMarket = f.segment(firstOfType(f.server.data(), "InMarket"));
        AudienceSegment nothing = inMarket;
        nothing.inMarket->brandIds.clear();
        nothing.inMarket->interestIds.clear();
        EstimateSizeJob cannot(f.client.get(), SegmentInsights::estimateDefinition(nothing));
        cannot.start();
        QVERIFY(waitFor(&cannot));
        QVERIFY(cannot.errorString().isEmpty());
        QVERIFY(!cannot.size());
        QCOMPARE(cannot.problems().size(), 1);
        QCOMPARE(cannot.problems().first().code, QStringLiteral("size-not-computable"));
        checkContract(f, estimatePath);

        // Another account's advertiser: refused, an error rather than "cannot compute".
        AudienceSegment foreign = inMarket;
        foreign.advertiserId = DemoDataGenerator::unreachableAdvertiserId();
        EstimateSizeJob refused(f.client.get(), SegmentInsights::estimateDefinition(foreign));
        refused.setRetryOptions(noRetries());
        refused.start();
        QVERIFY(waitFor(&refused));
        QVERIFY(!refused.errorString().isEmpty());
    }

    void audienceSearchIsPaged()
    {
        ServiceFixture f(300);
        const QStringList ids = f.server.data().segmentIdsOf(QStringLiteral("41825"));
        int expected = 0;
        for (const DemoData::Audience &a : f.server.data().audiences()) {
            bool uses = false;
            for (const QString &id : a.segmentIds)
                uses |= ids.contains(id);
            expected += uses ? 1 : 0;
        }
        QVERIFY(expected > 4);
        AudienceSearchJob job(f.client.get(), ids);
        job.setPageSize(4);
        job.start();
        QVERIFY(waitFor(&job));
        QVERIFY(job.errorString().isEmpty());
        QCOMPARE(job.audiences().size(), expected);
        QCOMPARE(job.pagesLoaded(), (expected + 3) / 4);
        QCOMPARE(f.received("POST", QStringLiteral("/audiences/search")).size(), job.pagesLoaded());
        const auto first = std::find_if(
                job.audiences().cbegin(), job.audiences().cend(),
                [](const AudienceUse &a) { return a.id == QLatin1String("700002"); });
        QVERIFY(first != job.audiences().cend());
        QCOMPARE(first->segmentIds,
                 QStringList({QStringLiteral("300001"), QStringLiteral("300002")}));
        QCOMPARE(first->adSetIds.size(), 1);
        QVERIFY(!first->name.isEmpty());
        checkContract(f, audiencesPath);
        for (const RecordedRequest &r : f.received("POST", QStringLiteral("/audiences/search")))
            QCOMPARE(r.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("4"));
    }

    void demoRoutesRefuseWrongRequests()
    {
        ServiceFixture f(60);
        const auto status = [&f](ApiReply *reply) {
            QSignalSpy spy(reply, &ApiReply::finished);
            if (!reply->isFinished())
                spy.wait(10000);
            return reply->httpStatus();
        };
        QCOMPARE(status(f.client->get(
                         QStringLiteral("marketing-solutions/audience-segments/compute-sizes"))),
                 405);
        QCOMPARE(status(f.client->post(
                         QStringLiteral("marketing-solutions/audience-segments/compute-sizes"),
                         QJsonObject{{QStringLiteral("items"), QJsonArray()}})),
                 400);
        QCOMPARE(status(f.client->post(
                         QStringLiteral("marketing-solutions/audiences/search"),
                         QJsonObject{{QStringLiteral("data"),
                                      QJsonObject{{QStringLiteral("attributes"),
                                                   QJsonObject{{QStringLiteral("segmentIds"),
                                                                QJsonArray()}}}}}})),
                 400);
        QUrlQuery tooMany;
        tooMany.addQueryItem(QStringLiteral("limit"), QStringLiteral("101"));
        QCOMPARE(status(f.client->post(QStringLiteral("marketing-solutions/audiences/search"),
                                       QJsonObject(), tooMany)),
                 400);
        QCOMPARE(status(f.client->post(
                         QStringLiteral("marketing-solutions/audience-segments/estimate-size"),
                         QJsonObject{{QStringLiteral("data"),
                                      QJsonObject{{QStringLiteral("attributes"),
                                                   QJsonObject{{QStringLiteral("advertiserId"),
                                                                QStringLiteral("41825")}}}}}})),
                 400);
    }

    void portAnswersWithTheTicket()
    {
        ServiceFixture f(60);
        ServiceInsightsPort port;
        port.setClient(f.client.get());
        QSignalSpy sizes(&port, &InsightsPort::sizesComputed);
        QSignalSpy usage(&port, &InsightsPort::audiencesFound);
        port.computeSizes(7, f.reachableIds(3));
        port.findAudiences(8, {QStringLiteral("300001")});
        QVERIFY(sizes.wait(10000));
        if (usage.isEmpty())
            QVERIFY(usage.wait(10000));
        const auto answer = sizes.first().first().value<InsightsPort::SizesAnswer>();
        QCOMPARE(answer.ticket, 7);
        QCOMPARE(answer.items.size(), 3);
        QCOMPARE(answer.requests, 1);
        const auto found = usage.first().first().value<InsightsPort::UsageAnswer>();
        QCOMPARE(found.ticket, 8);
        QCOMPARE(found.audiences.size(), 2);

        ServiceInsightsPort offline;
        QSignalSpy none(&offline, &InsightsPort::sizesComputed);
        offline.computeSizes(9, {QStringLiteral("1")});
        QVERIFY(none.wait(1000));
        QVERIFY(!none.first().first().value<InsightsPort::SizesAnswer>().error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInsightsJobs)
#include "tst_insightsjobs.moc"
