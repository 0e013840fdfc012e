#include "JsonCompare.h"
#include "SampleSegments.h"
#include "SegmentJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

Q_DECLARE_METATYPE(AudienceSegment)

using SampleSegments::utc;

namespace {

QJsonValue load(const char *name)
{
    QFile file(QStringLiteral(SEGMENT_TEST_DATA "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cannot open test data %s", name);
    return JsonCompare::parse(QString::fromUtf8(file.readAll()));
}

// `root` with the value at `path` replaced, or removed when `replacement` is nothing.
QJsonValue edited(const QJsonValue &root, QStringList path,
                  const std::optional<QJsonValue> &replacement)
{
    const QString step = path.takeFirst();
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        const int index = step.toInt();
        if (!path.isEmpty())
            array[index] = edited(array.at(index), path, replacement);
        else if (replacement)
            array[index] = *replacement;
        else
            array.removeAt(index);
        return array;
    }
    QJsonObject object = root.toObject();
    if (!path.isEmpty())
        object[step] = edited(object.value(step), path, replacement);
    else if (replacement)
        object[step] = *replacement;
    else
        object.remove(step);
    return object;
}

QString issuesText(const SegmentJson::ParseIssues &issues)
{
    QStringList lines;
    for (const SegmentJson::ParseIssue &issue : issues)
        lines.append(issue.path + QStringLiteral(": ") + issue.message);
    return lines.join(QLatin1Char('\n'));
}

// What a list answer says, in one comparable string-free form.
void compareResponses(const SegmentJson::SegmentListResponse &actual,
                      const SegmentJson::SegmentListResponse &expected)
{
    QCOMPARE(actual.data, expected.data);
    QCOMPARE(actual.errors, expected.errors);
    QCOMPARE(actual.warnings, expected.warnings);
    QCOMPARE(actual.meta.limit, expected.meta.limit);
    QCOMPARE(actual.meta.offset, expected.meta.offset);
    QCOMPARE(actual.meta.totalItems, expected.meta.totalItems);
}

// A search page with every kind of member: the eight sample segments, an error, a warning and
// meta. The wrong-type rows break one value of it at a time.
QJsonValue richAnswer()
{
    QJsonObject answer = load("search_page.json").toObject();
    const QJsonObject partial = load("patch_partial_success.json").toObject();
    answer.insert(QLatin1String("errors"), partial.value(QLatin1String("errors")));
    answer.insert(QLatin1String("warnings"), partial.value(QLatin1String("warnings")));
    return answer;
}

Problem serverProblem(Problem::Severity severity)
{
    Problem p;
    p.severity = severity;
    p.origin = Problem::Origin::Server;
    p.type = QStringLiteral("validation");
    return p;
}

} // namespace

// SegmentJson: real-shaped answers, lenient reading, one issue per wrong value, and the full
// round trip through toResource.
class TestSegmentJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchPageMatchesTheSamples()
    {
        const SegmentJson::SegmentListResponse page
                = SegmentJson::parseSegmentListResponse(load("search_page.json"));
        QVERIFY2(page.issues.isEmpty(), qPrintable(issuesText(page.issues)));
        const QList<AudienceSegment> expected = SampleSegments::all();
        QCOMPARE(page.data.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(page.data.at(i), expected.at(i));
        QVERIFY(page.errors.isEmpty());
        QVERIFY(page.warnings.isEmpty());
        QCOMPARE(page.meta.limit, std::optional<qint64>(100));
        QCOMPARE(page.meta.offset, std::optional<qint64>(0));
        QCOMPARE(page.meta.totalItems, std::optional<qint64>(8));
    }

    void patchPartialSuccess()
    {
        const SegmentJson::SegmentListResponse answer
                = SegmentJson::parseSegmentListResponse(load("patch_partial_success.json"));
        QVERIFY2(answer.issues.isEmpty(), qPrintable(issuesText(answer.issues)));

        AudienceSegment updated = SampleSegments::of(SegmentType::InMarket);
        updated.name = QStringLiteral("Sneakers DE");
        updated.description.clear();
        updated.updatedAt = utc(2026, 2, 3, 8, 0, 0, 125);
        updated.inMarket->country = QStringLiteral("DE");
        updated.inMarket->gender.clear();
        QCOMPARE(answer.data, QList<AudienceSegment>{updated});

        Problem error = serverProblem(Problem::Severity::Error);
        error.code = QStringLiteral("name-must-be-unique");
        error.title = QStringLiteral("Name must be unique");
        error.detail = QStringLiteral(
                "A segment named 'Cart abandoners' already exists for advertiser 501");
        error.instance = QStringLiteral("@data/1");
        error.source.insert(QStringLiteral("name"), QStringLiteral("data/1/attributes/name"));
        error.traceId = QStringLiteral("0HN7B1Q2R3S4T:00000001"); // from traceIdentifier
        QCOMPARE(answer.errors, ProblemList{error});

        Problem warning = serverProblem(Problem::Severity::Warning);
        warning.code = QStringLiteral("invalid-ranged");
        warning.title = QStringLiteral("Radius out of range");
        warning.detail = QStringLiteral(
                "Segment 1002 was not updated: radiusInKm must be between 1 and 1000");
        warning.instance = QStringLiteral("@data/2");
        warning.source.insert(QStringLiteral("radiusInKm"),
                              QStringLiteral("data/2/attributes/location/radiusInKm"));
        warning.traceId = QStringLiteral("4bf92f3577b34da6a3ce929d0e0e4736"); // traceId wins
        QCOMPARE(answer.warnings, ProblemList{warning});
        QVERIFY(!answer.meta.totalItems);
    }

    void nullsEverywhere()
    {
        SegmentJson::ParseIssues issues;
        const AudienceSegment s
                = SegmentJson::parseSegmentResource(load("segment_nulls.json"), &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(issuesText(issues)));

        AudienceSegment expected;
        expected.id = QStringLiteral("2001");
        expected.description.clear();
        expected.inMarket = InMarketSettings();
        expected.inMarket->interestIds = {QStringLiteral("187")};
        expected.inMarket->gender.clear();
        expected.location = LocationSettings();
        expected.location->pointsOfInterest = {PointOfInterest()};
        expected.prospecting = ProspectingSettings();
        expected.prospecting->daysSinceLastVisitMin.clear();
        expected.prospecting->daysSinceLastVisitMax.clear();
        expected.retargeting = RetargetingSettings();
        expected.lookalike = LookalikeSettings();
        expected.contactList = ContactListSettings();
        expected.behavioral = BehavioralSettings();
        QCOMPARE(s, expected);
        QVERIFY(s.description.isCleared());
        QVERIFY(s.inMarket->gender.isCleared());
    }

    void emptyAnswers_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("members null")
                << QStringLiteral(R"({"data":null,"errors":null,"warnings":null,"meta":null})");
        QTest::newRow("members missing") << QStringLiteral("{}");
        QTest::newRow("empty lists")
                << QStringLiteral(R"({"data":[],"errors":[],"warnings":[],"meta":{}})");
        QTest::newRow("null items") << QStringLiteral(
                R"({"data":[null],"errors":[null],"warnings":[null,null],"meta":{"limit":null}})");
    }
    void emptyAnswers()
    {
        QFETCH(QString, body);
        const SegmentJson::SegmentListResponse answer
                = SegmentJson::parseSegmentListResponse(JsonCompare::parse(body));
        QVERIFY2(answer.issues.isEmpty(), qPrintable(issuesText(answer.issues)));
        compareResponses(answer, SegmentJson::SegmentListResponse());
    }

    void nullSegmentItemsAreSkipped()
    {
        QJsonArray data{QJsonValue(QJsonValue::Null),
                        SegmentJson::toResource(SampleSegments::of(SegmentType::Lookalike)),
                        QJsonValue(QJsonValue::Null)};
        const SegmentJson::SegmentListResponse answer
                = SegmentJson::parseSegmentListResponse(QJsonObject{{QLatin1String("data"), data}});
        QVERIFY(answer.issues.isEmpty());
        QCOMPARE(answer.data, QList<AudienceSegment>{SampleSegments::of(SegmentType::Lookalike)});
    }

    void unknownFieldsAndEnumValues()
    {
        SegmentJson::ParseIssues issues;
        const AudienceSegment s
                = SegmentJson::parseSegmentResource(load("segment_future_api.json"), &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(issuesText(issues)));

        AudienceSegment expected;
        expected.id = QStringLiteral("3001");
        expected.advertiserId = QStringLiteral("501");
        expected.type = SegmentType::Unknown;
        expected.name = QStringLiteral("Page readers");
        expected.createdAt = utc(2026, 6, 1, 12);
        InMarketSettings m;
        m.country = QStringLiteral("FR");
        m.brandIds = {QStringLiteral("4101")};
        m.buyingPower = {BuyingPower::Low, BuyingPower::Unknown};
        m.priceRange = {PriceRange::Unknown, PriceRange::High};
        m.gender = Gender::Unknown;
        expected.inMarket = m;
        LocationSettings l;
        l.pointsOfInterest = {{QStringLiteral("Nice"), 43.70313, 7.26608}};
        l.registryType = RegistryType::Unknown;
        expected.location = l;
        expected.prospecting = ProspectingSettings{UsersType::Unknown, {}, {}};
        expected.retargeting = RetargetingSettings{VisitorsType::Unknown, {}, {}};
        expected.behavioral = BehavioralSettings();
        QCOMPARE(s, expected);
        QVERIFY(s.inMarket->gender.hasValue());
    }

    // Each wrong JSON type is one issue at its exact path, and reads as if the value were absent:
    // nothing is defaulted from it.
    void wrongType_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        const auto row = [](const char *path, const char *value) {
            const QString tag = QStringLiteral("%1 = %2").arg(QString::fromUtf8(path),
                                                              QString::fromUtf8(value));
            QTest::newRow(qPrintable(tag)) << QString::fromUtf8(path) << QString::fromUtf8(value);
        };
        row("data", R"("segments")");
        row("data/2", R"("1003")");
        row("data/0/id", "1001");
        row("data/0/type", "5");
        row("data/0/attributes", R"("InMarket")");
        row("data/0/attributes/advertiserId", "501");
        row("data/0/attributes/type", "1");
        row("data/0/attributes/name", "true");
        row("data/0/attributes/description", R"({"value":"x"})");
        row("data/0/attributes/createdAt", "1709285400");
        row("data/0/attributes/updatedAt", R"("yesterday")");
        row("data/3/attributes/updatedAt", R"("2025-13-15T17:45:12Z")");
        row("data/0/attributes/inMarket", "[]");
        row("data/0/attributes/inMarket/country", "250");
        row("data/0/attributes/inMarket/brandIds", R"("4101,4102")");
        row("data/0/attributes/inMarket/brandIds/1", "4102");
        row("data/0/attributes/inMarket/interestIds", R"({"0":"187"})");
        row("data/0/attributes/inMarket/buyingPower/0", "2");
        row("data/0/attributes/inMarket/priceRange", R"("Medium")");
        row("data/0/attributes/inMarket/gender", "1");
        row("data/1/attributes/location", R"("Paris")");
        row("data/1/attributes/location/pointsOfInterest", "{}");
        row("data/1/attributes/location/pointsOfInterest/1", R"("Lyon")");
        row("data/1/attributes/location/pointsOfInterest/0/name", "7");
        row("data/1/attributes/location/pointsOfInterest/0/latitude", R"("48.85661")");
        row("data/1/attributes/location/pointsOfInterest/1/longitude", "false");
        row("data/1/attributes/location/radiusInKm", R"("10")");
        row("data/1/attributes/location/radiusInKm", "10.5");
        row("data/1/attributes/location/radiusInKm", "1e19");
        row("data/1/attributes/location/registryType", "0");
        row("data/2/attributes/prospecting", "[1]");
        row("data/2/attributes/prospecting/usersType", "true");
        row("data/2/attributes/prospecting/daysSinceLastVisitMin", R"("7")");
        row("data/2/attributes/prospecting/daysSinceLastVisitMax", "30.5");
        row("data/3/attributes/retargeting/visitorsType", R"(["All"])");
        row("data/3/attributes/retargeting/daysSinceLastVisitMin", R"("0")");
        row("data/3/attributes/retargeting/daysSinceLastVisitMax", "-9.3e18");
        row("data/4/attributes/lookalike/seedSegmentId", "1004");
        row("data/4/attributes/lookalike/targetSize", R"("500000")");
        row("data/4/attributes/lookalike/targetSize", "9.3e18");
        row("data/5/attributes/contactList/isReadOnly", R"("false")");
        row("data/6/attributes/behavioral/category", "3");
        row("data/6/attributes/behavioral/country", R"(["DE"])");
        row("data/6/attributes/behavioral/startDate", R"("01/11/2025")");
        row("data/6/attributes/behavioral/endDate", "20251231");
        row("errors", "{}");
        row("errors/0", "42");
        row("errors/0/title", "1");
        row("errors/0/source", R"(["name"])");
        row("errors/0/source/name", "1");
        row("warnings/0/traceId", "123");
        row("warnings/0/instance", "2");
        row("meta", "[]");
        row("meta/totalItems", R"("8")");
        row("meta/limit", "100.5");
    }
    void wrongType()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        const QStringList steps = path.split(QLatin1Char('/'));
        const QJsonValue replacement
                = JsonCompare::parse(QStringLiteral("[%1]").arg(value)).toArray().at(0);
        const SegmentJson::SegmentListResponse broken
                = SegmentJson::parseSegmentListResponse(edited(richAnswer(), steps, replacement));
        QCOMPARE(broken.issues.size(), 1);
        QCOMPARE(broken.issues.at(0).path, path);
        QVERIFY(!broken.issues.at(0).message.isEmpty());

        const SegmentJson::SegmentListResponse absent
                = SegmentJson::parseSegmentListResponse(edited(richAnswer(), steps, std::nullopt));
        QVERIFY2(absent.issues.isEmpty(), qPrintable(issuesText(absent.issues)));
        compareResponses(broken, absent);
    }

    void issueMessages_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("string for a string")
                << QStringLiteral("data/0/attributes/name") << QStringLiteral("true")
                << QStringLiteral("Expected a string, found true or false.");
        QTest::newRow("string for an integer")
                << QStringLiteral("data/1/attributes/location/radiusInKm")
                << QStringLiteral(R"("10")")
                << QStringLiteral("Expected a whole number, found a string.");
        QTest::newRow("fraction") << QStringLiteral("data/1/attributes/location/radiusInKm")
                                  << QStringLiteral("10.5")
                                  << QStringLiteral("Expected a whole number, found 10.5.");
        QTest::newRow("beyond int64")
                << QStringLiteral("data/4/attributes/lookalike/targetSize")
                << QStringLiteral("1e19")
                << QStringLiteral("1e+19 is outside the range of a 64-bit integer.");
        QTest::newRow("date") << QStringLiteral("data/0/attributes/createdAt")
                              << QStringLiteral(R"("yesterday")")
                              << QStringLiteral("“yesterday” is not an ISO 8601 date and time.");
        QTest::newRow("object") << QStringLiteral("data/0/attributes/inMarket")
                                << QStringLiteral("[]")
                                << QStringLiteral("Expected an object, found an array.");
        QTest::newRow("array") << QStringLiteral("data/0/attributes/inMarket/brandIds")
                               << QStringLiteral("{}")
                               << QStringLiteral("Expected an array, found an object.");
        QTest::newRow("boolean") << QStringLiteral("data/5/attributes/contactList/isReadOnly")
                                 << QStringLiteral("0")
                                 << QStringLiteral("Expected true or false, found a number.");
    }
    void issueMessages()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const QJsonValue replacement
                = JsonCompare::parse(QStringLiteral("[%1]").arg(value)).toArray().at(0);
        const SegmentJson::SegmentListResponse answer = SegmentJson::parseSegmentListResponse(
                edited(load("search_page.json"), path.split(QLatin1Char('/')), replacement));
        const SegmentJson::ParseIssues expected{SegmentJson::ParseIssue{path, message}};
        QCOMPARE(answer.issues, expected);
    }

    void bodyNotAnObject_data()
    {
        QTest::addColumn<QJsonValue>("body");
        QTest::newRow("array") << QJsonValue(QJsonArray{1, 2});
        QTest::newRow("string") << QJsonValue(QStringLiteral("<html>Bad gateway</html>"));
        QTest::newRow("number") << QJsonValue(502);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined);
    }
    void bodyNotAnObject()
    {
        QFETCH(QJsonValue, body);
        const SegmentJson::SegmentListResponse answer = SegmentJson::parseSegmentListResponse(body);
        QCOMPARE(answer.issues.size(), 1);
        QCOMPARE(answer.issues.at(0).path, QString());
        QVERIFY(answer.issues.at(0).message.startsWith(QLatin1String("Expected an object, found")));
        compareResponses(answer, SegmentJson::SegmentListResponse());
    }

    void integers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("value");
        QTest::newRow("plain") << QStringLiteral("500000") << Q_INT64_C(500000);
        QTest::newRow("exponent") << QStringLiteral("1e3") << Q_INT64_C(1000);
        QTest::newRow("integral fraction") << QStringLiteral("100.0") << Q_INT64_C(100);
        QTest::newRow("zero") << QStringLiteral("0.0") << Q_INT64_C(0);
        QTest::newRow("negative") << QStringLiteral("-3") << Q_INT64_C(-3);
        QTest::newRow("beyond int32") << QStringLiteral("3000000000") << Q_INT64_C(3000000000);
        QTest::newRow("beyond 2^53")
                << QStringLiteral("9007199254740993") << Q_INT64_C(9007199254740993);
        QTest::newRow("int64 max")
                << QStringLiteral("9223372036854775807") << std::numeric_limits<qint64>::max();
        QTest::newRow("int64 min")
                << QStringLiteral("-9223372036854775808") << std::numeric_limits<qint64>::min();
    }
    void integers()
    {
        QFETCH(QString, text);
        QFETCH(qint64, value);
        const QString json
                = QStringLiteral(R"({"attributes":{"lookalike":{"targetSize":%1}}})").arg(text);
        SegmentJson::ParseIssues issues;
        const AudienceSegment s
                = SegmentJson::parseSegmentResource(JsonCompare::parse(json), &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(issuesText(issues)));
        QCOMPARE(s.lookalike->targetSize, std::optional<qint64>(value));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("Z") << QStringLiteral("2024-03-01T09:30:00Z") << utc(2024, 3, 1, 9, 30);
        QTest::newRow("milliseconds")
                << QStringLiteral("2024-03-01T09:30:00.125Z") << utc(2024, 3, 1, 9, 30, 0, 125);
        QTest::newRow(".NET seven digits") << QStringLiteral("2024-03-01T09:30:12.3456789Z")
                                           << utc(2024, 3, 1, 9, 30, 12, 346);
        QTest::newRow("offset") << QStringLiteral("2024-03-01T11:30:00+02:00")
                                << utc(2024, 3, 1, 9, 30);
        QTest::newRow("negative offset")
                << QStringLiteral("2024-02-29T23:30:00-10:00") << utc(2024, 3, 1, 9, 30);
        QTest::newRow("no offset means UTC")
                << QStringLiteral("2024-03-01T09:30:00") << utc(2024, 3, 1, 9, 30);
        QTest::newRow("date only") << QStringLiteral("2024-03-01") << utc(2024, 3, 1);
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QJsonObject attributes{{QLatin1String("createdAt"), text}};
        SegmentJson::ParseIssues issues;
        const AudienceSegment s = SegmentJson::parseSegmentResource(
                QJsonObject{{QLatin1String("attributes"), attributes}}, &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(issuesText(issues)));
        QVERIFY(s.createdAt);
        QCOMPARE(*s.createdAt, expected);
        QCOMPARE(s.createdAt->timeSpec(), Qt::UTC);
    }

    void roundTrip_data()
    {
        QTest::addColumn<AudienceSegment>("segment");
        for (const AudienceSegment &s : SampleSegments::all())
            QTest::newRow(qPrintable(SegmentEnums::toString(s.type))) << s;

        const auto variant = [](const char *name, SegmentType type,
                                const std::function<void(AudienceSegment &)> &edit) {
            AudienceSegment s = SampleSegments::of(type);
            edit(s);
            QTest::newRow(name) << s;
        };
        variant("description cleared", SegmentType::InMarket,
                [](AudienceSegment &s) { s.description.clear(); });
        variant("description and name unset", SegmentType::InMarket, [](AudienceSegment &s) {
            s.description.reset();
            s.name.reset();
        });
        variant("empty description", SegmentType::InMarket,
                [](AudienceSegment &s) { s.description = QString(); });
        variant("gender cleared", SegmentType::InMarket,
                [](AudienceSegment &s) { s.inMarket->gender.clear(); });
        variant("Unknown enum values", SegmentType::InMarket, [](AudienceSegment &s) {
            s.inMarket->gender = Gender::Unknown;
            s.inMarket->buyingPower.append(BuyingPower::Unknown);
            s.inMarket->priceRange = {PriceRange::Unknown};
        });
        variant("repeated set values kept", SegmentType::InMarket,
                [](AudienceSegment &s) { s.inMarket->brandIds.append(QStringLiteral("4101")); });
        variant("unnamed point, missing coordinate", SegmentType::Location, [](AudienceSegment &s) {
            s.location->pointsOfInterest.append({QString(), std::nullopt, -0.5});
        });
        variant("registry Unknown, radius beyond int32", SegmentType::Location,
                [](AudienceSegment &s) {
                    s.location->registryType = RegistryType::Unknown;
                    s.location->radiusInKm = Q_INT64_C(3000000000);
                });
        variant("days cleared", SegmentType::Prospecting, [](AudienceSegment &s) {
            s.prospecting->daysSinceLastVisitMin.clear();
            s.prospecting->daysSinceLastVisitMax.clear();
            s.prospecting->usersType = UsersType::Unknown;
        });
        variant("negative days, Unknown visitors", SegmentType::Retargeting,
                [](AudienceSegment &s) {
                    s.retargeting->daysSinceLastVisitMin = -4;
                    s.retargeting->visitorsType = VisitorsType::Unknown;
                });
        variant("int64 extremes", SegmentType::Lookalike, [](AudienceSegment &s) {
            s.lookalike->targetSize = std::numeric_limits<qint64>::max();
        });
        variant("contact list read-only unset", SegmentType::ContactList,
                [](AudienceSegment &s) { s.contactList->isReadOnly.reset(); });
        variant("behavioral dates unset", SegmentType::Behavioral, [](AudienceSegment &s) {
            s.behavioral->startDate.reset();
            s.behavioral->category = BehavioralCategory::Unknown;
        });
        variant("every sub-object at once", SegmentType::InMarket, [](AudienceSegment &s) {
            for (const AudienceSegment &other : SampleSegments::all()) {
                s.location = s.location ? s.location : other.location;
                s.prospecting = s.prospecting ? s.prospecting : other.prospecting;
                s.retargeting = s.retargeting ? s.retargeting : other.retargeting;
                s.lookalike = s.lookalike ? s.lookalike : other.lookalike;
                s.contactList = s.contactList ? s.contactList : other.contactList;
                s.behavioral = s.behavioral ? s.behavioral : other.behavioral;
            }
        });
        variant("empty sub-objects", SegmentType::Unknown, [](AudienceSegment &s) {
            s.inMarket = InMarketSettings();
            s.location = LocationSettings();
            s.prospecting = ProspectingSettings();
        });
        QTest::newRow("empty segment") << AudienceSegment();
    }
    void roundTrip()
    {
        QFETCH(AudienceSegment, segment);
        SegmentJson::ParseIssues issues;
        const QJsonObject resource = SegmentJson::toResource(segment);
        QCOMPARE(SegmentJson::parseSegmentResource(resource, &issues), segment);
        QVERIFY2(issues.isEmpty(), qPrintable(issuesText(issues)));

        // Through the text of a working-set file, too.
        const QByteArray text = QJsonDocument(resource).toJson();
        QCOMPARE(SegmentJson::parseSegmentResource(QJsonDocument::fromJson(text).object(), &issues),
                 segment);
        QVERIFY2(issues.isEmpty(), qPrintable(issuesText(issues)));
    }

    void toResourceShape()
    {
        AudienceSegment s = SampleSegments::of(SegmentType::Prospecting);
        s.description.clear();
        s.prospecting->daysSinceLastVisitMax.clear();
        const QString expected = QStringLiteral(
                R"({"id":"1003","type":"AudienceSegment","attributes":{"advertiserId":"501",)"
                R"("type":"Prospecting","name":"Prospects and lapsed visitors","description":null,)"
                R"("createdAt":"2024-03-01T09:30:00.000Z","updatedAt":"2025-01-15T17:45:12.345Z",)"
                R"("prospecting":{"usersType":"ProspectsOrNonBuyers","daysSinceLastVisitMin":7,)"
                R"("daysSinceLastVisitMax":null}}})");
        const QString difference
                = JsonCompare::difference(SegmentJson::toResource(s), JsonCompare::parse(expected));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void problemToJson()
    {
        Problem p = serverProblem(Problem::Severity::Warning);
        p.code = QStringLiteral("invalid-ranged");
        p.title = QStringLiteral("Radius out of range");
        p.instance = QStringLiteral("@data/0");
        p.source.insert(QStringLiteral("radiusInKm"),
                        QStringLiteral("data/0/attributes/location/radiusInKm"));
        p.traceId = QStringLiteral("abc");
        const QString expected = QStringLiteral(
                R"({"type":"validation","code":"invalid-ranged","title":"Radius out of range",)"
                R"("instance":"@data/0","traceId":"abc",)"
                R"("source":{"radiusInKm":"data/0/attributes/location/radiusInKm"}})");
        const QJsonObject json = SegmentJson::toJson(p);
        const QString difference = JsonCompare::difference(json, JsonCompare::parse(expected));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        SegmentJson::ParseIssues issues;
        QCOMPARE(SegmentJson::parseProblem(json, Problem::Severity::Warning, &issues), p);
        QVERIFY(issues.isEmpty());
        QCOMPARE(SegmentJson::toJson(Problem()), QJsonObject());
    }

    void traceIdFallback_data()
    {
        QTest::addColumn<QString>("members");
        QTest::addColumn<QString>("traceId");
        QTest::newRow("traceId only")
                << QStringLiteral(R"("traceId":"new")") << QStringLiteral("new");
        QTest::newRow("traceIdentifier only")
                << QStringLiteral(R"("traceIdentifier":"old")") << QStringLiteral("old");
        QTest::newRow("both") << QStringLiteral(R"("traceIdentifier":"old","traceId":"new")")
                              << QStringLiteral("new");
        QTest::newRow("traceId null") << QStringLiteral(R"("traceId":null,"traceIdentifier":"old")")
                                      << QStringLiteral("old");
        QTest::newRow("neither") << QStringLiteral(R"("code":"x")") << QString();
    }
    void traceIdFallback()
    {
        QFETCH(QString, members);
        QFETCH(QString, traceId);
        SegmentJson::ParseIssues issues;
        const Problem p = SegmentJson::parseProblem(
                JsonCompare::parse(QLatin1Char('{') + members + QLatin1Char('}')),
                Problem::Severity::Error, &issues);
        QVERIFY(issues.isEmpty());
        QCOMPARE(p.traceId, traceId);
        QCOMPARE(p.severity, Problem::Severity::Error);
        QCOMPARE(p.origin, Problem::Origin::Server);
    }

    // The caller's path prefixes every issue; a null issue list is allowed.
    void pathPrefixAndNoIssueList()
    {
        const QJsonObject resource{
                {QLatin1String("id"), QStringLiteral("9")},
                {QLatin1String("attributes"), QJsonObject{{QLatin1String("name"), 12}}}};
        SegmentJson::ParseIssues issues;
        const AudienceSegment s
                = SegmentJson::parseSegmentResource(resource, &issues, QStringLiteral("data/7"));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).path, QStringLiteral("data/7/attributes/name"));
        QCOMPARE(s.id, QStringLiteral("9"));
        QVERIFY(!s.name);
        QCOMPARE(SegmentJson::parseSegmentResource(resource, nullptr), s);

        SegmentJson::parseProblem(QJsonValue(3), Problem::Severity::Warning, &issues,
                                  QStringLiteral("warnings/4"));
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(1).path, QStringLiteral("warnings/4"));
    }
};

QTEST_GUILESS_MAIN(TestSegmentJson)
#include "tst_segmentjson.moc"
