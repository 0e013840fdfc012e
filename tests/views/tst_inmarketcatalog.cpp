#include "FormSamples.h"
#include "FormTestSupport.h"
#include "InMarketForm.h"
#include "MemoryInMarketCatalog.h"
#include "SampleSegments.h"
#include "ServiceFixture.h"
#include "ServiceInMarketCatalog.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A reachable advertiser of the demo data, and one the demo credentials may not use.
QString reachableAdvertiser(const ServiceFixture &f)
{
    return f.server.data().reachableAdvertiserIds().constFirst();
}

QString unreachableAdvertiser(const ServiceFixture &f)
{
    for (const DemoData::Advertiser &a : f.server.data().advertisers())
        if (!a.reachable)
            return a.id;
    return {};
}

} // namespace

// The in-market catalog: caching and its signals (in memory), and the service-backed one against
// the embedded demo server over loopback (the requests it sends, cache, refresh, failures,
// retries), down to the in-market form that uses it.
class TestInMarketCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryCachesPerAdvertiserAndCountry()
    {
        MemoryInMarketCatalog catalog;
        FormSamples::fill(catalog);
        QSignalSpy loaded(&catalog, &InMarketCatalog::loaded);
        QSignalSpy failed(&catalog, &InMarketCatalog::failed);
        QVERIFY(!catalog.isCached(s("501"), s("FR")));
        catalog.request(s("501"), s("fr"));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0), (QVariantList{s("501"), s("FR")}));
        QVERIFY(catalog.isCached(s("501"), s("FR")));
        QCOMPARE(catalog.brands(s("501"), s("FR")), FormSamples::brandsFr());
        QCOMPARE(catalog.interests(s("501"), s("fr")), FormSamples::interestsFr());
        // Cached: answered at once, without a fetch.
        catalog.request(s("501"), s("FR"));
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(catalog.fetchCount(), 1);
        // Another country or advertiser is another entry; unknown pairs get empty lists.
        catalog.request(s("502"), s("FR"));
        QCOMPARE(catalog.fetchCount(), 2);
        QVERIFY(catalog.isCached(s("502"), s("FR")));
        QVERIFY(catalog.brands(s("502"), s("FR")).isEmpty());
        QCOMPARE(failed.size(), 0);
    }

    void memoryRefreshKeepsOldListsUntilAnswered()
    {
        MemoryInMarketCatalog catalog;
        FormSamples::fill(catalog);
        catalog.request(s("501"), s("FR"));
        catalog.setDeferred(true);
        catalog.setLists(s("501"), s("FR"), FormSamples::brandsDe(), {});
        QSignalSpy loaded(&catalog, &InMarketCatalog::loaded);
        catalog.request(s("501"), s("FR"), true);
        catalog.request(s("501"), s("FR"), true); // the same fetch is waited for once
        QVERIFY(catalog.isLoading(s("501"), s("FR")));
        QCOMPARE(catalog.fetchCount(), 2);
        QCOMPARE(catalog.brands(s("501"), s("FR")), FormSamples::brandsFr());
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(catalog.answerPending(), 1);
        QCOMPARE(loaded.size(), 1);
        QVERIFY(!catalog.isLoading(s("501"), s("FR")));
        QCOMPARE(catalog.brands(s("501"), s("FR")), FormSamples::brandsDe());
    }

    void memoryFailure()
    {
        MemoryInMarketCatalog catalog;
        catalog.setFailure(s("501"), s("FR"), s("No lists today."));
        QSignalSpy failed(&catalog, &InMarketCatalog::failed);
        catalog.request(s("501"), s("FR"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0), (QVariantList{s("501"), s("FR"), s("No lists today.")}));
        QCOMPARE(catalog.lastError(s("501"), s("FR")), s("No lists today."));
        QVERIFY(!catalog.isCached(s("501"), s("FR")));
        catalog.setFailure(s("501"), s("FR"), QString());
        catalog.request(s("501"), s("FR"));
        QVERIFY(catalog.isCached(s("501"), s("FR")));
        QCOMPARE(catalog.lastError(s("501"), s("FR")), QString());
    }

    void serviceLoadsFromTheDemoServer()
    {
        ServiceFixture f(20);
        ServiceInMarketCatalog catalog(f.client.get());
        const QString advertiser = reachableAdvertiser(f);
        QSignalSpy loaded(&catalog, &InMarketCatalog::loaded);
        QSignalSpy failed(&catalog, &InMarketCatalog::failed);
        catalog.request(advertiser, s("fr"));
        QVERIFY(catalog.isLoading(advertiser, s("FR")));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(loaded.at(0), (QVariantList{advertiser, s("FR")}));

        // What the server has, as it sends it.
        const QList<DemoData::Brand> brands = f.server.data().brands();
        const QList<InMarketBrand> got = catalog.brands(advertiser, s("FR"));
        QCOMPARE(got.size(), brands.size());
        QVERIFY(!got.isEmpty());
        QCOMPARE(got.at(0).id, brands.at(0).id);
        QCOMPARE(got.at(0).name, brands.at(0).name);
        const int factor = 40 + ('F' * 31 + 'R') % 80;
        QCOMPARE(got.at(0).size, std::optional<qint64>(qint64(brands.at(0).size) * factor / 100));
        const QList<DemoData::Interest> interests = f.server.data().interests();
        const QList<InMarketInterest> gotInterests = catalog.interests(advertiser, s("FR"));
        QCOMPARE(gotInterests.size(), interests.size());
        for (qsizetype i = 0; i < interests.size(); ++i) {
            QCOMPARE(gotInterests.at(i).id, interests.at(i).id);
            QCOMPARE(gotInterests.at(i).parentId, interests.at(i).parentId);
        }

        // One GET per list, with the advertiser and the country in capitals.
        const QList<RecordedRequest> brandRequests
                = f.received("GET", s("/audience-segments/in-market-brands"));
        const QList<RecordedRequest> interestRequests
                = f.received("GET", s("/audience-segments/in-market-interests"));
        QCOMPARE(brandRequests.size(), 1);
        QCOMPARE(interestRequests.size(), 1);
        QCOMPARE(brandRequests.at(0).query.queryItemValue(s("advertiser-id")), advertiser);
        QCOMPARE(brandRequests.at(0).query.queryItemValue(s("country")), s("FR"));
        QCOMPARE(interestRequests.at(0).query.queryItemValue(s("country")), s("FR"));

        // Cached: nothing is sent again; a refresh sends both again.
        catalog.request(advertiser, s("FR"));
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(f.received("GET", s("/in-market-brands")).size(), 1);
        catalog.request(advertiser, s("FR"), true);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(f.received("GET", s("/in-market-brands")).size(), 2);
        QCOMPARE(f.received("GET", s("/in-market-interests")).size(), 2);
    }

    void serviceFailures_data()
    {
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("errorStart");
        QTest::addColumn<int>("status");
        QTest::newRow("advertiser not reachable")
                << false << s("FR") << s("The in-market brands could not be loaded: ") << 403;
        QTest::newRow("not a country code")
                << true << s("F1") << s("The in-market brands could not be loaded: ") << 400;
    }

    void serviceFailures()
    {
        QFETCH(bool, reachable);
        QFETCH(QString, country);
        QFETCH(QString, errorStart);
        QFETCH(int, status);
        ServiceFixture f(20);
        ServiceInMarketCatalog catalog(f.client.get());
        const QString advertiser = reachable ? reachableAdvertiser(f) : unreachableAdvertiser(f);
        QVERIFY(!advertiser.isEmpty());
        QSignalSpy failed(&catalog, &InMarketCatalog::failed);
        catalog.request(advertiser, country);
        QVERIFY(failed.wait(5000));
        const QString error = failed.at(0).at(2).toString();
        QVERIFY2(error.startsWith(errorStart), qPrintable(error));
        QCOMPARE(catalog.lastError(advertiser, country), error);
        QVERIFY(!catalog.isCached(advertiser, country));
        // Not retried: the server's refusal is the answer.
        const QList<RecordedRequest> requests = f.received("GET", s("/in-market-brands"));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0).status, status);
    }

    void serviceRetriesAServerError()
    {
        ServiceFixture f(20);
        ServiceInMarketCatalog catalog(f.client.get());
        RetryPolicy::Options retry;
        retry.baseDelayMs = 10;
        retry.maxDelayMs = 20;
        retry.seed = 7;
        catalog.setRetryOptions(retry);
        f.server.setFaults({[] {
            DemoFault fault = DemoFault::next(DemoFault::Kind::ServerError);
            fault.path = QStringLiteral("*/in-market-interests");
            return fault;
        }()});
        QSignalSpy loaded(&catalog, &InMarketCatalog::loaded);
        catalog.request(reachableAdvertiser(f), s("DE"));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(f.received("GET", s("/in-market-interests")).size(), 2);
        QCOMPARE(f.received("GET", s("/in-market-brands")).size(), 1);
        QVERIFY(!catalog.interests(reachableAdvertiser(f), s("DE")).isEmpty());
    }

    void formListsWhatTheServerHas()
    {
        ServiceFixture service(20);
        ServiceInMarketCatalog catalog(service.client.get());
        const QString advertiser = reachableAdvertiser(service);
        FormFixture f;
        AudienceSegment segment = SampleSegments::of(SegmentType::InMarket);
        segment.advertiserId = advertiser;
        segment.inMarket->brandIds = {service.server.data().brands().at(1).id};
        f.load({segment});
        f.form.reset(SegmentForm::create(SegmentType::InMarket, &f.model, &f.editor, &catalog));
        f.form->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.form.get()));
        f.form->showSegments({segment.id});
        auto *status = f.find<QLabel>(QStringLiteral("lookupStatus"));
        QCOMPARE(status->text(), s("Loading the brands and interests of FR…"));
        QTRY_VERIFY2(status->text().startsWith(s("Brands: ")), qPrintable(status->text()));
        const QString brandName = service.server.data().brands().at(1).name;
        QString error;
        QVERIFY2(f.run({QStringLiteral("check brandsView %1").arg(brandName)}, &error),
                 qPrintable(error));
        QCOMPARE(f.patchDifference(segment.id,
                                   QStringLiteral(R"({"id":"1001","type":"AudienceSegment",
                                                     "attributes":{"inMarket":{"brandIds":[]}}})")),
                 QString());
    }
};

QTEST_MAIN(TestInMarketCatalog)
#include "tst_inmarketcatalog.moc"
