// The sizes and "where used" store, its fetcher over an in-memory port, the narrowing rules and
// the table's Size and Used by columns. No network, no sleeps: the port answers from the event
// loop, like the real one.

#include "InsightsPort.h"
#include "SampleSegments.h"
#include "SegmentEditor.h"
#include "SegmentInsights.h"
#include "SegmentInsightsFetcher.h"
#include "SegmentNarrowing.h"
#include "SegmentTableModel.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

Q_DECLARE_METATYPE(AudienceSegment)

namespace {

// Answers every call on the next turn of the event loop with what the test set.
class FakePort : public InsightsPort
{
public:
    using InsightsPort::InsightsPort;

    void computeSizes(int ticket, const QStringList &ids) override
    {
        sizeCalls.append(ids);
        SizesAnswer answer;
        answer.ticket = ticket;
        for (const QString &id : ids) {
            SizeItem item;
            item.segmentId = id;
            if (failIds.contains(id))
                item.error = QStringLiteral("HTTP 503");
            else if (!nullIds.contains(id))
                item.size = sizes.value(id, 1000 + id.toLongLong() % 1000);
            if (problemIds.contains(id)) {
                Problem p;
                p.title = QStringLiteral("Size cannot be computed");
                p.detail = QStringLiteral("Not supported for this type.");
                item.problems.append(p);
                item.size.reset();
            }
            answer.items.append(item);
        }
        queue([this, answer] { Q_EMIT sizesComputed(answer); });
    }
    void estimateSize(int ticket, const QJsonObject &definition) override
    {
        estimateCalls.append(definition);
        EstimateAnswer answer;
        answer.ticket = ticket;
        answer.size = estimate;
        queue([this, answer] { Q_EMIT sizeEstimated(answer); });
    }
    void findAudiences(int ticket, const QStringList &ids) override
    {
        usageCalls.append(ids);
        UsageAnswer answer;
        answer.ticket = ticket;
        answer.segmentIds = ids;
        for (const AudienceUse &a : std::as_const(audiences))
            for (const QString &id : ids)
                if (a.segmentIds.contains(id)) {
                    answer.audiences.append(a);
                    break;
                }
        answer.error = usageError;
        queue([this, answer] { Q_EMIT audiencesFound(answer); });
    }
    void cancel() override { }

    void queue(std::function<void()> f)
    {
        QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection);
    }

    QList<QStringList> sizeCalls;
    QList<QJsonObject> estimateCalls;
    QList<QStringList> usageCalls;
    QHash<QString, qint64> sizes;
    QSet<QString> nullIds, problemIds, failIds;
    std::optional<qint64> estimate = 340000;
    QList<AudienceUse> audiences;
    QString usageError;
};

AudienceSegment segmentWithId(SegmentType type, const QString &id)
{
    AudienceSegment s = SampleSegments::of(type);
    s.id = id;
    return s;
}

QList<AudienceSegment> manySegments(int n)
{
    QList<AudienceSegment> list;
    for (int i = 0; i < n; ++i)
        list.append(segmentWithId(SegmentType::Prospecting, QString::number(5000 + i)));
    return list;
}

} // namespace

class TestSegmentInsights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsSizesCompactly_data();
    void formatsSizesCompactly();
    void batchesSizesOneRequestAtATime();
    void skipsFreshSizesUnlessAskedAgain();
    void cannotComputeIsNotZero();
    void failedBatchMarksItsIdsFailed();
    void staleAfterTheDefinitionChanges();
    void estimatesOnlyTheLatestDefinition();
    void scheduledEstimateWaitsForTheLastChange();
    void estimateDefinitionPerType();
    void usageByAudienceAlgebra();
    void usageFailureIsUnknownNotUnused();
    void tableColumnsShowTheStore();
    void narrowing_data();
    void narrowing();
};

void TestSegmentInsights::formatsSizesCompactly_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("text");
    const QString nb = QString(QChar(0x00a0));
    Q_UNUSED(nb);
    QTest::newRow("small") << "en_US" << qint64(950) << "950";
    QTest::newRow("1.2 k") << "en_US" << qint64(1234) << "1.2 k";
    QTest::newRow("340 k") << "en_US" << qint64(340000) << "340 k";
    QTest::newRow("1.2 M") << "en_US" << qint64(1234567) << "1.2 M";
    QTest::newRow("whole") << "en_US" << qint64(2000000) << "2 M";
    QTest::newRow("rounds up") << "en_US" << qint64(999960) << "1 M";
    QTest::newRow("12 M") << "en_US" << qint64(12345678) << "12 M";
    QTest::newRow("billions") << "en_US" << qint64(3400000000) << "3.4 B";
    QTest::newRow("zero") << "en_US" << qint64(0) << "0";
    QTest::newRow("French comma") << "fr_FR" << qint64(1234567) << "1,2 M";
    QTest::newRow("German comma") << "de_DE" << qint64(1234) << "1,2 k";
}

void TestSegmentInsights::formatsSizesCompactly()
{
    QFETCH(QString, locale);
    QFETCH(qint64, size);
    QFETCH(QString, text);
    QCOMPARE(SegmentInsights::formatSize(size, QLocale(locale)), text);
}

void TestSegmentInsights::batchesSizesOneRequestAtATime()
{
    SegmentInsights store;
    FakePort port;
    SegmentInsightsFetcher fetcher(&store);
    fetcher.setPort(&port);
    QSignalSpy idle(&fetcher, &SegmentInsightsFetcher::idle);
    const QList<AudienceSegment> segments = manySegments(250);
    QCOMPARE(fetcher.requestSizes(segments), 250);
    QCOMPARE(store.size(QStringLiteral("5000")).state, SegmentInsights::State::Loading);
    QVERIFY(fetcher.isBusy());
    // One request at a time: the second starts after the first answer.
    QCoreApplication::processEvents();
    QCOMPARE(port.sizeCalls.size(), 1);
    QVERIFY(idle.wait(5000));
    QCOMPARE(port.sizeCalls.size(), 3); // ceil(250 / 100)
    QCOMPARE(port.sizeCalls.at(0).size(), 100);
    QCOMPARE(port.sizeCalls.at(2).size(), 50);
    const SegmentInsights::Size size = store.size(QStringLiteral("5249"));
    QCOMPARE(size.state, SegmentInsights::State::Known);
    QCOMPARE(*size.value, 1000 + 5249 % 1000);
    QVERIFY(size.fetchedAt.isValid());
    QVERIFY(!size.stale);
}

void TestSegmentInsights::skipsFreshSizesUnlessAskedAgain()
{
    SegmentInsights store;
    FakePort port;
    SegmentInsightsFetcher fetcher(&store);
    fetcher.setPort(&port);
    QSignalSpy idle(&fetcher, &SegmentInsightsFetcher::idle);
    const QList<AudienceSegment> segments = manySegments(3);
    fetcher.requestSizes(segments);
    QVERIFY(idle.wait(5000));
    QCOMPARE(fetcher.requestSizes(segments), 0);
    QCOMPARE(fetcher.requestSizes(segments, true), 3);
    QVERIFY(idle.wait(5000));
    QCOMPARE(port.sizeCalls.size(), 2);
}

void TestSegmentInsights::cannotComputeIsNotZero()
{
    SegmentInsights store;
    FakePort port;
    port.nullIds = {QStringLiteral("5000")};
    port.problemIds = {QStringLiteral("5001")};
    SegmentInsightsFetcher fetcher(&store);
    fetcher.setPort(&port);
    QSignalSpy idle(&fetcher, &SegmentInsightsFetcher::idle);
    fetcher.requestSizes(manySegments(3));
    QVERIFY(idle.wait(5000));
    for (const char *id : {"5000", "5001"}) {
        const SegmentInsights::Size size = store.size(QLatin1String(id));
        QCOMPARE(size.state, SegmentInsights::State::CannotCompute);
        QVERIFY(!size.value);
        QVERIFY(!size.reason.isEmpty());
        QCOMPARE(store.sizeText(QLatin1String(id), false), QStringLiteral("n/a"));
        QVERIFY(store.sizeToolTip(QLatin1String(id), false).contains(QLatin1String("cannot")));
    }
    QVERIFY(store.size(QStringLiteral("5001")).reason.contains(QLatin1String("Not supported")));
    QCOMPARE(store.size(QStringLiteral("5002")).state, SegmentInsights::State::Known);
}

void TestSegmentInsights::failedBatchMarksItsIdsFailed()
{
    SegmentInsights store;
    FakePort port;
    port.failIds = {QStringLiteral("5001")};
    SegmentInsightsFetcher fetcher(&store);
    fetcher.setPort(&port);
    QSignalSpy idle(&fetcher, &SegmentInsightsFetcher::idle);
    fetcher.requestSizes(manySegments(2));
    QVERIFY(idle.wait(5000));
    QCOMPARE(store.size(QStringLiteral("5000")).state, SegmentInsights::State::Known);
    QCOMPARE(store.size(QStringLiteral("5001")).state, SegmentInsights::State::Failed);
    QCOMPARE(store.sizeText(QStringLiteral("5001"), false), QStringLiteral("failed"));
    // Failed is asked again without `again`.
    QCOMPARE(fetcher.requestSizes(manySegments(2)), 1);
}

void TestSegmentInsights::staleAfterTheDefinitionChanges()
{
    SegmentTableModel model;
    QUndoStack undo;
    SegmentEditor editor(&model, &undo);
    SegmentInsights store;
    model.setInsights(&store);
    FakePort port;
    SegmentInsightsFetcher fetcher(&store);
    fetcher.setPort(&port);
    QSignalSpy idle(&fetcher, &SegmentInsightsFetcher::idle);
    const AudienceSegment location = SampleSegments::of(SegmentType::Location);
    model.setSegments({location});
    fetcher.requestSizes({location});
    QVERIFY(idle.wait(5000));
    QVERIFY(!store.size(location.id).stale);

    // An edit: the current size is still the saved segment's; the edit has no estimate yet.
    AudienceSegment edited = location;
    edited.location->radiusInKm = *location.location->radiusInKm + 5;
    editor.editSegment(location.id, edited, QStringLiteral("attributes/location/radiusInKm"));
    QVERIFY(!store.size(location.id).stale);
    const QString cell = model.index(0, SegmentTableModel::SizeColumn).data().toString();
    QVERIFY2(cell.endsWith(QStringLiteral("→ ?")), qPrintable(cell));

    fetcher.requestEstimate(edited);
    QVERIFY(idle.wait(5000));
    QCOMPARE(store.estimate(location.id).state, SegmentInsights::State::Known);
    QVERIFY(!store.estimate(location.id).stale);
    QCOMPARE(model.index(0, SegmentTableModel::SizeColumn).data().toString(),
             SegmentInsights::formatSize(*store.size(location.id).value) + QStringLiteral(" → ")
                     + QStringLiteral("340 k"));

    // Another edit: the estimate was for the previous definition.
    edited.location->radiusInKm = 1;
    editor.editSegment(location.id, edited, QStringLiteral("attributes/location/radiusInKm"));
    QVERIFY(store.estimate(location.id).stale);
    QVERIFY(model.index(0, SegmentTableModel::SizeColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("340 k*")));

    // The server's copy changes (a send, a reload): the current size is stale.
    AudienceSegment server = location;
    server.location->radiusInKm = 1;
    model.replaceOriginals({server});
    QVERIFY(store.size(location.id).stale);
    QVERIFY(store.sizeToolTip(location.id, false).contains(QLatin1String("changed since")));
    // The estimate is still of the first edit, not of what the row holds now.
    QVERIFY(store.estimate(location.id).stale);
}

void TestSegmentInsights::estimatesOnlyTheLatestDefinition()
{
    SegmentInsights store;
    FakePort port;
    SegmentInsightsFetcher fetcher(&store);
    fetcher.setPort(&port);
    QSignalSpy idle(&fetcher, &SegmentInsightsFetcher::idle);
    AudienceSegment a = SampleSegments::of(SegmentType::InMarket);
    AudienceSegment b = SampleSegments::of(SegmentType::Location);
    QVERIFY(fetcher.requestEstimate(a));
    // While the first waits or runs, three versions of b: only the last is asked.
    for (int radius : {3, 4, 5}) {
        b.location->radiusInKm = radius;
        QVERIFY(fetcher.requestEstimate(b));
    }
    QVERIFY(idle.wait(5000));
    QCOMPARE(port.estimateCalls.size(), 2);
    QCOMPARE(port.estimateCalls.at(1)
                     .value(QLatin1String("location"))
                     .toObject()
                     .value(QLatin1String("radiusInKm"))
                     .toInt(),
             5);
    // The same definition again is not asked; other types cannot be estimated.
    QVERIFY(!fetcher.requestEstimate(b));
    QVERIFY(!fetcher.requestEstimate(SampleSegments::of(SegmentType::Retargeting)));
    QCOMPARE(port.estimateCalls.size(), 2);
}

void TestSegmentInsights::scheduledEstimateWaitsForTheLastChange()
{
    SegmentInsights store;
    FakePort port;
    SegmentInsightsFetcher fetcher(&store);
    fetcher.setPort(&port);
    fetcher.setEstimateDelay(20);
    QSignalSpy idle(&fetcher, &SegmentInsightsFetcher::idle);
    AudienceSegment b = SampleSegments::of(SegmentType::Location);
    for (int radius = 1; radius <= 10; ++radius) {
        b.location->radiusInKm = radius;
        fetcher.scheduleEstimate(b); // typing
    }
    QVERIFY(fetcher.isBusy());
    QCOMPARE(port.estimateCalls.size(), 0);
    QVERIFY(idle.wait(5000));
    QCOMPARE(port.estimateCalls.size(), 1);
    QCOMPARE(store.estimate(b.id).definitionKey, SegmentInsights::definitionKey(b));
}

void TestSegmentInsights::estimateDefinitionPerType()
{
    const AudienceSegment inMarket = SampleSegments::of(SegmentType::InMarket);
    const QJsonObject definition = SegmentInsights::estimateDefinition(inMarket);
    QCOMPARE(definition.value(QLatin1String("advertiserId")).toString(), inMarket.advertiserId);
    const QJsonObject im = definition.value(QLatin1String("inMarket")).toObject();
    QCOMPARE(im.value(QLatin1String("country")).toString(), *inMarket.inMarket->country);
    QCOMPARE(im.value(QLatin1String("brandIds")).toArray().size(),
             inMarket.inMarket->brandIds.size());
    QVERIFY(!definition.contains(QLatin1String("location")));

    const AudienceSegment location = SampleSegments::of(SegmentType::Location);
    const QJsonObject loc = SegmentInsights::estimateDefinition(location)
                                    .value(QLatin1String("location"))
                                    .toObject();
    QCOMPARE(loc.value(QLatin1String("radiusInKm")).toInteger(), *location.location->radiusInKm);
    QCOMPARE(loc.value(QLatin1String("pointsOfInterest")).toArray().size(),
             location.location->pointsOfInterest.size());
    QVERIFY(!loc.contains(QLatin1String("registryType"))); // not in LocationSizeEstimationV1

    for (SegmentType type :
         {SegmentType::Prospecting, SegmentType::Retargeting, SegmentType::Lookalike,
          SegmentType::ContactList, SegmentType::Behavioral})
        QVERIFY(SegmentInsights::estimateDefinition(SampleSegments::of(type)).isEmpty());
    AudienceSegment noCountry = inMarket;
    noCountry.inMarket->country.reset();
    QVERIFY(!SegmentInsights::canEstimate(noCountry));
}

void TestSegmentInsights::usageByAudienceAlgebra()
{
    SegmentInsights store;
    FakePort port;
    port.audiences = {{QStringLiteral("a1"),
                       QStringLiteral("Shoppers"),
                       QStringLiteral("501"),
                       {QStringLiteral("s1"), QStringLiteral("s2")},
                       {QStringLiteral("10")}},
                      {QStringLiteral("a2"),
                       QStringLiteral("Near stores"),
                       QStringLiteral("501"),
                       {QStringLiteral("s3")},
                       {QStringLiteral("10"), QStringLiteral("11")}}};
    SegmentInsightsFetcher fetcher(&store);
    fetcher.setPort(&port);
    fetcher.setBatchSize(2);
    QSignalSpy found(&fetcher, &SegmentInsightsFetcher::usageFound);
    const int ticket = fetcher.requestUsage(
            {QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("12")});
    QVERIFY(found.wait(5000));
    QCOMPARE(found.count(), 1);
    QCOMPARE(found.at(0).at(0).toInt(), ticket);
    QCOMPARE(found.at(0).at(2).toString(), QString());
    QCOMPARE(port.usageCalls.size(), 2); // batches of 2
    QCOMPARE(store.isUsed(QStringLiteral("10")), std::optional<bool>(true));
    QCOMPARE(store.audiencesUsing(QStringLiteral("10")).size(), 2);
    QCOMPARE(store.usage(QStringLiteral("10")).adSetIds(),
             QStringList({QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")}));
    QCOMPARE(store.isUsed(QStringLiteral("12")), std::optional<bool>(false));
    QCOMPARE(store.usageText(QStringLiteral("10")), QStringLiteral("2 audiences · 3 ad sets"));
    QCOMPARE(store.usageText(QStringLiteral("11")), QStringLiteral("1 audience · 1 ad set"));
    QCOMPARE(store.usageText(QStringLiteral("12")), QStringLiteral("Not used"));
    QVERIFY(!store.isUsed(QStringLiteral("99")));
    // Known ids are not asked again.
    fetcher.requestUsage({QStringLiteral("10")});
    QVERIFY(found.wait(5000));
    QCOMPARE(port.usageCalls.size(), 2);
}

void TestSegmentInsights::usageFailureIsUnknownNotUnused()
{
    SegmentInsights store;
    FakePort port;
    port.usageError = QStringLiteral("HTTP 503");
    SegmentInsightsFetcher fetcher(&store);
    fetcher.setPort(&port);
    QSignalSpy found(&fetcher, &SegmentInsightsFetcher::usageFound);
    fetcher.requestUsage({QStringLiteral("10")});
    QVERIFY(found.wait(5000));
    QCOMPARE(found.at(0).at(2).toString(), QStringLiteral("HTTP 503"));
    QCOMPARE(store.usage(QStringLiteral("10")).state, SegmentInsights::State::Failed);
    QVERIFY(!store.isUsed(QStringLiteral("10")).has_value());
    QVERIFY(store.audiencesUsing(QStringLiteral("10")).isEmpty());
}

void TestSegmentInsights::tableColumnsShowTheStore()
{
    SegmentTableModel model;
    SegmentInsights store;
    model.setSegments(SampleSegments::all());
    QCOMPARE(model.headerData(SegmentTableModel::SizeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Size"));
    QCOMPARE(model.headerData(SegmentTableModel::UsedByColumn, Qt::Horizontal).toString(),
             QStringLiteral("Used by"));
    model.setInsights(&store);
    const QModelIndex size
            = model.indexForId(QStringLiteral("1003"), SegmentTableModel::SizeColumn);
    const QModelIndex used
            = model.indexForId(QStringLiteral("1003"), SegmentTableModel::UsedByColumn);
    QCOMPARE(size.data().toString(), QString());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    SegmentInsights::Size s;
    s.state = SegmentInsights::State::Known;
    s.value = 1234567;
    s.fetchedAt = QDateTime::currentDateTimeUtc();
    store.setSize(QStringLiteral("1003"), s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(SegmentTableModel::SizeColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), int(SegmentTableModel::UsedByColumn));
    QCOMPARE(size.data().toString(), QStringLiteral("1.2 M"));
    QCOMPARE(size.data(SegmentTableModel::SortRole).toLongLong(), 1234567);
    QVERIFY(size.data(Qt::ToolTipRole).toString().contains(QLatin1String("1,234,567")));
    SegmentInsights::Usage u;
    u.state = SegmentInsights::State::Known;
    store.setUsage(QStringLiteral("1003"), u);
    QCOMPARE(used.data().toString(), QStringLiteral("Not used"));
    QCOMPARE(used.data(SegmentTableModel::SortRole).toLongLong(), 0);
    // The other roles of these columns are the row's, as in any column.
    QCOMPARE(size.data(SegmentTableModel::SegmentIdRole).toString(), QStringLiteral("1003"));
}

void TestSegmentInsights::narrowing_data()
{
    QTest::addColumn<AudienceSegment>("before");
    QTest::addColumn<AudienceSegment>("after");
    QTest::addColumn<bool>("narrows");

    const AudienceSegment im = SampleSegments::of(SegmentType::InMarket);
    QTest::newRow("in-market unchanged") << im << im << false;
    AudienceSegment fewerBrands = im;
    fewerBrands.inMarket->brandIds.removeLast();
    QTest::newRow("a brand removed") << im << fewerBrands << true;
    QTest::newRow("a brand added") << fewerBrands << im << false;
    AudienceSegment otherCountry = im;
    otherCountry.inMarket->country = QStringLiteral("ZZ");
    QTest::newRow("country changed") << im << otherCountry << true;
    AudienceSegment noPower = im;
    noPower.inMarket->buyingPower.clear();
    QTest::newRow("buying power filter dropped") << im << noPower << false;
    QTest::newRow("buying power filter set") << noPower << im << true;

    const AudienceSegment loc = SampleSegments::of(SegmentType::Location);
    AudienceSegment smaller = loc;
    smaller.location->radiusInKm = *loc.location->radiusInKm - 1;
    QTest::newRow("smaller radius") << loc << smaller << true;
    QTest::newRow("larger radius") << smaller << loc << false;
    AudienceSegment fewerPoints = loc;
    fewerPoints.location->pointsOfInterest.removeLast();
    QTest::newRow("a point removed") << loc << fewerPoints << true;
    QTest::newRow("a point added") << fewerPoints << loc << false;

    const AudienceSegment rt = SampleSegments::of(SegmentType::Retargeting);
    AudienceSegment shorter = rt;
    shorter.retargeting->daysSinceLastVisitMax = *rt.retargeting->daysSinceLastVisitMax - 1;
    QTest::newRow("shorter retargeting window") << rt << shorter << true;
    QTest::newRow("longer retargeting window") << shorter << rt << false;
    AudienceSegment allVisitors = rt;
    allVisitors.retargeting->visitorsType = VisitorsType::All;
    AudienceSegment buyers = rt;
    buyers.retargeting->visitorsType = VisitorsType::Buyers;
    QTest::newRow("all visitors to buyers") << allVisitors << buyers << true;
    QTest::newRow("buyers to all visitors") << buyers << allVisitors << false;

    const AudienceSegment pr = SampleSegments::of(SegmentType::Prospecting);
    AudienceSegment limited = pr;
    limited.prospecting->daysSinceLastVisitMin
            = pr.prospecting->daysSinceLastVisitMin.valueOr(0) + 1;
    QTest::newRow("later prospecting minimum") << pr << limited << true;

    const AudienceSegment la = SampleSegments::of(SegmentType::Lookalike);
    AudienceSegment smallerTarget = la;
    smallerTarget.lookalike->targetSize = *la.lookalike->targetSize / 2;
    QTest::newRow("smaller lookalike") << la << smallerTarget << true;

    AudienceSegment renamed = SampleSegments::of(SegmentType::ContactList);
    const AudienceSegment contacts = renamed;
    renamed.name = QStringLiteral("Another name");
    QTest::newRow("contact list renamed") << contacts << renamed << false;
}

void TestSegmentInsights::narrowing()
{
    QFETCH(AudienceSegment, before);
    QFETCH(AudienceSegment, after);
    QFETCH(bool, narrows);
    const SegmentNarrowing::Result result = SegmentNarrowing::compare(before, after);
    QCOMPARE(result.narrows, narrows);
    QCOMPARE(result.reasons.isEmpty(), !narrows);
    QCOMPARE(SegmentNarrowing::narrows(before, after), narrows);
}

QTEST_GUILESS_MAIN(TestSegmentInsights)
#include "tst_segmentinsights.moc"
