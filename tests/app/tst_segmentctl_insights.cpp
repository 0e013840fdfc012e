// segmentctl sizes and used-by, the real executable against the demo server in this process:
// tab-separated and JSON output, estimates of edited rows only, "cannot compute" shown as such.

#include "DemoDataGenerator.h"
#include "DemoInsights.h"
#include "DemoServer.h"
#include "SegmentCtlProcess.h"
#include "SegmentJson.h"
#include "WorkingSet.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <memory>

class TestSegmentCtlInsights : public QObject
{
    Q_OBJECT

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
    AudienceSegment segment(const QString &id) const
    {
        SegmentJson::ParseIssues issues;
        return SegmentJson::parseSegmentResource(m_server->data().segmentResource(id), &issues);
    }
    // The first seven segments (one of each type); 300001 (in-market) and 300002 (location)
    // edited to reach fewer people, 300003 (prospecting) edited too (no estimate for it).
    QString writeSet()
    {
        WorkingSet set;
        set.baseUrl = m_server->baseUrl();
        set.apiVersion = m_server->apiVersion();
        for (int i = 0; i < 7; ++i) {
            WorkingSetEntry entry;
            entry.original = segment(QString::number(300001 + i));
            set.segments.append(entry);
        }
        AudienceSegment inMarket = set.segments[0].original;
        inMarket.inMarket->brandIds = inMarket.inMarket->brandIds.mid(0, 1);
        set.segments[0].edited = inMarket;
        AudienceSegment location = set.segments[1].original;
        location.location->radiusInKm = 1;
        set.segments[1].edited = location;
        AudienceSegment prospecting = set.segments[2].original;
        prospecting.prospecting->daysSinceLastVisitMax = 3;
        set.segments[2].edited = prospecting;
        const QString path = m_dir->filePath(QStringLiteral("set.json"));
        QString error;
        if (!set.write(path, &error))
            qWarning() << error;
        return path;
    }
    qint64 serverSize(const QString &id) const
    {
        const DemoData &data = m_server->data();
        return DemoInsights::sizeOf(data, id, data.typeOf(id), data.segment(id)).value_or(-1);
    }
    int requests(const QString &suffix) const
    {
        int n = 0;
        for (const RecordedRequest &r : m_server->requests())
            n += r.path.endsWith(suffix) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<DemoServer>(DemoDataGenerator::generate(1, 60));
        QVERIFY(m_server->listen());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_server.reset(); }

    void sizesOfAWorkingSet()
    {
        const QString file = writeSet();
        const SegmentCtlResult result = SegmentCtlProcess::run(
                withServer({QStringLiteral("sizes"), file}), credentials());
        SEGMENTCTL_EXPECT(result, 0);
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7);
        const QStringList inMarket = lines.at(0).split(QLatin1Char('\t'));
        QCOMPARE(inMarket.value(0), QStringLiteral("300001"));
        QCOMPARE(inMarket.value(1), QString::number(serverSize(QStringLiteral("300001"))));
        QVERIFY(inMarket.value(2).toLongLong() > 0);
        QVERIFY(inMarket.value(2).toLongLong() < inMarket.value(1).toLongLong());
        QCOMPARE(inMarket.value(3), QStringLiteral("InMarket"));
        const QStringList location = lines.at(1).split(QLatin1Char('\t'));
        QVERIFY(location.value(2).toLongLong() < location.value(1).toLongLong());
        // Prospecting cannot be estimated: its edit has no estimate.
        QCOMPARE(lines.at(2).split(QLatin1Char('\t')).value(2), QStringLiteral("-"));
        // Behavioral: cannot be computed, with the server's reason on stderr.
        QCOMPARE(lines.at(6).split(QLatin1Char('\t')).value(1), QStringLiteral("n/a"));
        QVERIFY2(result.err.contains(QLatin1String("300007: size n/a:")), qPrintable(result.err));
        // Seven ids: one compute-sizes request; two estimates.
        QCOMPARE(requests(QStringLiteral("/compute-sizes")), 1);
        QCOMPARE(requests(QStringLiteral("/estimate-size")), 2);
    }

    void sizesAsJson()
    {
        const QString file = writeSet();
        const SegmentCtlResult result = SegmentCtlProcess::run(
                withServer({QStringLiteral("sizes"), file, QStringLiteral("--id"),
                            QStringLiteral("300002,300007"), QStringLiteral("--json")}),
                credentials());
        SEGMENTCTL_EXPECT(result, 0);
        const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        const QJsonObject location = array.at(0).toObject();
        QCOMPARE(location.value(QLatin1String("id")).toString(), QStringLiteral("300002"));
        QCOMPARE(location.value(QLatin1String("type")).toString(), QStringLiteral("Location"));
        QCOMPARE(location[QLatin1String("current")][QLatin1String("size")].toInteger(),
                 serverSize(QStringLiteral("300002")));
        QCOMPARE(location[QLatin1String("current")][QLatin1String("state")].toString(),
                 QStringLiteral("known"));
        QCOMPARE(location[QLatin1String("estimate")][QLatin1String("state")].toString(),
                 QStringLiteral("known"));
        const QJsonObject behavioral = array.at(1).toObject();
        QVERIFY(behavioral[QLatin1String("current")][QLatin1String("size")].isNull());
        QCOMPARE(behavioral[QLatin1String("current")][QLatin1String("state")].toString(),
                 QStringLiteral("cannot-compute"));
        QVERIFY(!behavioral[QLatin1String("current")][QLatin1String("reason")]
                         .toString()
                         .isEmpty());
        QVERIFY(behavioral.value(QLatin1String("estimate")).isNull());
    }

    void sizesByIdWithoutAFile()
    {
        const SegmentCtlResult result = SegmentCtlProcess::run(
                withServer({QStringLiteral("sizes"), QStringLiteral("--id"),
                            QStringLiteral("300003")}),
                credentials());
        SEGMENTCTL_EXPECT(result, 0);
        QCOMPARE(result.out,
                 QStringLiteral("300003\t%1\t-\t\t\n").arg(serverSize(QStringLiteral("300003"))));
    }

    void sizesFailedRequestExitsOne()
    {
        QVERIFY(m_server->setFaults(QStringLiteral("5xx=1:path=*/compute-sizes:count=0")));
        const SegmentCtlResult result = SegmentCtlProcess::run(
                withServer({QStringLiteral("sizes"), QStringLiteral("--id"),
                            QStringLiteral("300003")}),
                credentials());
        SEGMENTCTL_EXPECT(result, 1);
        QCOMPARE(result.out.split(QLatin1Char('\t')).value(1), QStringLiteral("failed"));
    }

    void usedBy()
    {
        const QString file = writeSet();
        const SegmentCtlResult result = SegmentCtlProcess::run(
                withServer({QStringLiteral("used-by"), file}), credentials());
        SEGMENTCTL_EXPECT(result, 0);
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // 300001: two audiences; 300002: one; the five others none.
        QCOMPARE(lines.size(), 8);
        QCOMPARE(lines.at(0),
                 QStringLiteral("300001\t700001\tFlagship – in-market shoppers\t910001,910002"));
        QCOMPARE(lines.at(1),
                 QStringLiteral("300001\t700002\tFlagship – in-market near stores\t910003"));
        QCOMPARE(lines.at(2),
                 QStringLiteral("300002\t700002\tFlagship – in-market near stores\t910003"));
        QCOMPARE(lines.at(3), QStringLiteral("300003\t-\t\t"));
        QCOMPARE(requests(QStringLiteral("/audiences/search")), 1);
    }

    void usedByAsJson()
    {
        const SegmentCtlResult result = SegmentCtlProcess::run(
                withServer({QStringLiteral("used-by"), QStringLiteral("--id"),
                            QStringLiteral("300002,300003"), QStringLiteral("--json")}),
                credentials());
        SEGMENTCTL_EXPECT(result, 0);
        const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0)[QLatin1String("segmentId")].toString(), QStringLiteral("300002"));
        QCOMPARE(array.at(0)[QLatin1String("used")].toBool(), true);
        const QJsonObject audience = array.at(0)[QLatin1String("audiences")][0].toObject();
        QCOMPARE(audience.value(QLatin1String("id")).toString(), QStringLiteral("700002"));
        QCOMPARE(audience.value(QLatin1String("advertiserId")).toString(), QStringLiteral("41825"));
        QCOMPARE(audience.value(QLatin1String("adSetIds")).toArray(),
                 QJsonArray({QStringLiteral("910003")}));
        QCOMPARE(array.at(1)[QLatin1String("used")].toBool(), false);
    }

    void usageErrors()
    {
        const SegmentCtlResult none
                = SegmentCtlProcess::run({QStringLiteral("used-by")}, credentials());
        SEGMENTCTL_EXPECT(none, 1);
        QVERIFY(none.err.contains(QLatin1String("--id")));
        QVERIFY(m_server->setFaults(QStringLiteral("5xx=1:path=*/audiences/search:count=0")));
        const SegmentCtlResult failed = SegmentCtlProcess::run(
                withServer({QStringLiteral("used-by"), QStringLiteral("--id"),
                            QStringLiteral("300001")}),
                credentials(), {}, 120000);
        SEGMENTCTL_EXPECT(failed, 1);
        QVERIFY(failed.err.contains(QLatin1String("300001: not looked up")));
    }

private:
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestSegmentCtlInsights)
#include "tst_segmentctl_insights.moc"
