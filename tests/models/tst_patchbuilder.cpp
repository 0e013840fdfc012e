#include "JsonCompare.h"
#include "PatchBuilder.h"
#include "PatchCases.h"
#include "SampleSegments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(AudienceSegment)

namespace {

const QStringList subObjects{QStringLiteral("inMarket"), QStringLiteral("location"),
                             QStringLiteral("prospecting"), QStringLiteral("retargeting"),
                             QStringLiteral("lookalike")};

// The API paths a payload carries, read from its JSON independently of the builder: each member
// of attributes, and each member of a type's sub-object. Nillable wrappers ({"value": …}) are
// fields, not sub-objects.
QStringList pathsOf(const QJsonObject &resource)
{
    QStringList paths;
    const QJsonObject attributes = resource.value(QLatin1String("attributes")).toObject();
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        const QString path = QStringLiteral("attributes/") + it.key();
        if (!subObjects.contains(it.key())) {
            paths.append(path);
            continue;
        }
        const QStringList keys = it.value().toObject().keys();
        for (const QString &key : keys)
            paths.append(path + QLatin1Char('/') + key);
    }
    return paths;
}

QString compact(const QJsonObject &o)
{
    return JsonCompare::compact(o);
}

} // namespace

// PatchBuilder: the minimal AudienceSegmentUpdateEntityV1Resource for every row of PatchCases, its
// changed-field list, coordinate rounding and the request body.
class TestPatchBuilder : public QObject
{
    Q_OBJECT

private:
    static void addCaseColumns()
    {
        QTest::addColumn<AudienceSegment>("original");
        QTest::addColumn<AudienceSegment>("edited");
        QTest::addColumn<QString>("expected");
        const QList<PatchCase> cases = patchCases();
        for (const PatchCase &c : cases)
            QTest::newRow(qPrintable(c.name)) << c.original << c.edited << c.expectedJson;
    }

private Q_SLOTS:
    void caseTableIsLargeAndNamedUniquely()
    {
        const QList<PatchCase> cases = patchCases();
        QVERIFY2(cases.size() >= 60, qPrintable(QString::number(cases.size())));
        QSet<QString> names;
        for (const PatchCase &c : cases) {
            QVERIFY2(!names.contains(c.name), qPrintable(c.name));
            names.insert(c.name);
        }
        const auto withPatch = std::count_if(cases.cbegin(), cases.cend(), [](const PatchCase &c) {
            return !c.expectedJson.isEmpty();
        });
        QVERIFY(withPatch >= 40);
        QVERIFY(cases.size() - withPatch >= 20);
    }

    void build_data() { addCaseColumns(); }
    void build()
    {
        QFETCH(AudienceSegment, original);
        QFETCH(AudienceSegment, edited);
        QFETCH(QString, expected);
        const std::optional<QJsonObject> actual = PatchBuilder::build(original, edited);
        if (expected.isEmpty()) {
            if (actual)
                QFAIL(qPrintable(QStringLiteral("expected no patch, got ") + compact(*actual)));
            return;
        }
        QVERIFY2(actual,
                 qPrintable(QStringLiteral("expected ") + expected
                            + QStringLiteral(", got no patch")));
        const QString difference = JsonCompare::difference(*actual, JsonCompare::parse(expected));
        QVERIFY2(difference.isEmpty(),
                 qPrintable(QStringLiteral("%1\n   actual: %2\n expected: %3")
                                    .arg(difference, compact(*actual), expected)));
    }

    // changedFields() names exactly what the payload carries, and nothing when there is none.
    void changedFieldsMatchPayload_data() { addCaseColumns(); }
    void changedFieldsMatchPayload()
    {
        QFETCH(AudienceSegment, original);
        QFETCH(AudienceSegment, edited);
        QFETCH(QString, expected);
        QStringList actual = PatchBuilder::changedFields(original, edited);
        QStringList wanted;
        if (!expected.isEmpty())
            wanted = pathsOf(JsonCompare::parse(expected).toObject());
        actual.sort();
        wanted.sort();
        QCOMPARE(actual, wanted);
    }

    // The order is the form's: name, description, then the sub-object's fields as the API lists
    // them.
    void changedFieldsOrder()
    {
        const AudienceSegment original = SampleSegments::of(SegmentType::InMarket);
        AudienceSegment edited = original;
        edited.inMarket->gender.clear();
        edited.inMarket->brandIds.append(QStringLiteral("9"));
        edited.inMarket->country = QStringLiteral("DE");
        edited.description.clear();
        edited.name = QStringLiteral("New");
        const QStringList expected{QStringLiteral("attributes/name"),
                                   QStringLiteral("attributes/description"),
                                   QStringLiteral("attributes/inMarket/country"),
                                   QStringLiteral("attributes/inMarket/brandIds"),
                                   QStringLiteral("attributes/inMarket/gender")};
        QCOMPARE(PatchBuilder::changedFields(original, edited), expected);

        const AudienceSegment location = SampleSegments::of(SegmentType::Location);
        AudienceSegment moved = location;
        moved.location->radiusInKm = 5;
        moved.location->pointsOfInterest.removeFirst();
        QCOMPARE(PatchBuilder::changedFields(location, moved),
                 QStringList({QStringLiteral("attributes/location/pointsOfInterest"),
                              QStringLiteral("attributes/location/radiusInKm"),
                              QStringLiteral("attributes/location/registryType")}));
    }

    // Integers travel as JSON integers, exact beyond 2^53, never as 1.0e3-style doubles.
    void integersAreWrittenAsIntegers()
    {
        AudienceSegment original = SampleSegments::of(SegmentType::Lookalike);
        AudienceSegment edited = original;
        edited.lookalike->targetSize = Q_INT64_C(9223372036854775807);
        const QByteArray text = QJsonDocument(*PatchBuilder::build(original, edited))
                                        .toJson(QJsonDocument::Compact);
        QVERIFY2(text.contains(R"("targetSize":9223372036854775807})"), text.constData());

        original = SampleSegments::of(SegmentType::Location);
        edited = original;
        edited.location->radiusInKm = 1000;
        const QByteArray radius = QJsonDocument(*PatchBuilder::build(original, edited))
                                          .toJson(QJsonDocument::Compact);
        QVERIFY2(radius.contains(R"("radiusInKm":1000,)"), radius.constData());
    }

    void payloadUsesTheOriginalId()
    {
        const AudienceSegment original = SampleSegments::of(SegmentType::Retargeting);
        AudienceSegment edited = original;
        edited.name = QStringLiteral("Renamed");
        const QJsonObject patch = *PatchBuilder::build(original, edited);
        QCOMPARE(patch.keys(),
                 QStringList({QStringLiteral("attributes"), QStringLiteral("id"),
                              QStringLiteral("type")}));
        QCOMPARE(patch.value(QLatin1String("id")).toString(), QStringLiteral("1004"));
        QCOMPARE(patch.value(QLatin1String("type")).toString(), QStringLiteral("AudienceSegment"));
    }

    void roundCoordinate_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("rounded");
        QTest::newRow("already 5 decimals") << 48.85661 << 48.85661;
        QTest::newRow("down") << 48.856614 << 48.85661;
        QTest::newRow("up") << 48.856616 << 48.85662;
        QTest::newRow("negative down") << -43.1728965 << -43.1729;
        QTest::newRow("negative up") << -0.000004 << 0.0;
        QTest::newRow("integer") << 90.0 << 90.0;
        QTest::newRow("many decimals") << 2.3522219000001 << 2.35222;
        QTest::newRow("limit") << -180.0 << -180.0;
    }
    void roundCoordinate()
    {
        QFETCH(double, value);
        QFETCH(double, rounded);
        QCOMPARE(PatchBuilder::roundCoordinate(value), rounded);
    }

    void requestBody_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << 0 << QStringLiteral(R"({"data":[]})");
        QTest::newRow("one") << 1
                             << QStringLiteral(R"({"data":[{"id":"1001","type":"AudienceSegment",)"
                                               R"("attributes":{"name":"A"}}]})");
        QTest::newRow("two, in order")
                << 2
                << QStringLiteral(R"({"data":[{"id":"1001","type":"AudienceSegment",)"
                                  R"("attributes":{"name":"A"}},{"id":"1004",)"
                                  R"("type":"AudienceSegment","attributes":{"name":"B"}}]})");
    }
    void requestBody()
    {
        QFETCH(int, count);
        QFETCH(QString, expected);
        QList<QJsonObject> items;
        const QList<SegmentType> types{SegmentType::InMarket, SegmentType::Retargeting};
        const QStringList names{QStringLiteral("A"), QStringLiteral("B")};
        for (int i = 0; i < count; ++i) {
            const AudienceSegment original = SampleSegments::of(types.at(i));
            AudienceSegment edited = original;
            edited.name = names.at(i);
            items.append(*PatchBuilder::build(original, edited));
        }
        const QJsonObject body = PatchBuilder::requestBody(items);
        const QString difference = JsonCompare::difference(body, JsonCompare::parse(expected));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestPatchBuilder)
#include "tst_patchbuilder.moc"
