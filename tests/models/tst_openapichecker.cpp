#include "OpenApiChecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

Q_DECLARE_METATYPE(OpenApiChecker::Direction)
Q_DECLARE_METATYPE(OpenApiChecker::UnknownProperties)

namespace {

const QString patchPath = QStringLiteral("/2025-10/marketing-solutions/audience-segments");
const QString searchPath = QStringLiteral("/2025-10/marketing-solutions/audience-segments/search");

// A bulk PATCH body with one segment whose attributes are the given JSON text.
QByteArray patch(const char *attributes)
{
    return QByteArray(R"({"data":[{"id":"1001","type":"AudienceSegment","attributes":)")
            + attributes + QByteArray("}]}");
}

// JSON text to a value; the test data must parse, so a parse error is reported to the caller.
QJsonValue parsed(const QByteArray &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString() + QLatin1String(" at ")
                + QString::number(parseError.offset) + QLatin1String(" in ")
                + QString::fromUtf8(text);
        return {};
    }
    if (document.isArray())
        return document.array();
    return document.object();
}

// A realistic search answer: one segment of each type, nulls where the server sends them.
const char searchAnswer[] = R"({
  "data": [
    {"id": "1001", "type": "AudienceSegment", "attributes": {
      "advertiserId": "7", "name": "Shoe buyers FR", "description": "In-market for shoes",
      "type": "InMarket", "createdAt": "2025-03-01T09:30:00.123Z",
      "updatedAt": "2025-06-12T17:04:51.1234567+02:00",
      "inMarket": {"country": "FR", "brandIds": ["12", "34"], "interestIds": ["187"],
                   "buyingPower": ["High", "VeryHigh"], "priceRange": ["Medium"], "gender": null},
      "location": null, "prospecting": null, "retargeting": null, "lookalike": null,
      "contactList": null, "behavioral": null}},
    {"id": "1002", "type": "AudienceSegment", "attributes": {
      "advertiserId": "7", "name": "Near our shops", "description": null, "type": "Location",
      "createdAt": "2025-03-02T10:00:00Z", "updatedAt": null,
      "location": {"pointsOfInterest": [{"name": "Paris", "latitude": 48.85661, "longitude": 2.35222},
                                        {"name": null, "latitude": -33.86785, "longitude": 151.20732}],
                   "radiusInKm": 5, "registryType": "PointOfInterest"}}},
    {"id": "1003", "type": "AudienceSegment", "attributes": {
      "advertiserId": "7", "name": "Prospects", "type": "Prospecting",
      "prospecting": {"usersType": "ProspectsOrNonBuyers", "daysSinceLastVisitMin": null,
                      "daysSinceLastVisitMax": 30}}},
    {"id": "1004", "type": "AudienceSegment", "attributes": {
      "advertiserId": "7", "name": "All visitors", "type": "Retargeting",
      "retargeting": {"visitorsType": "All", "daysSinceLastVisitMin": 1, "daysSinceLastVisitMax": 30}}},
    {"id": "1005", "type": "AudienceSegment", "attributes": {
      "advertiserId": "7", "name": "Like our buyers", "type": "Lookalike",
      "lookalike": {"seedSegmentId": "1004", "targetSize": 5000000000}}},
    {"id": "1006", "type": "AudienceSegment", "attributes": {
      "advertiserId": "7", "name": "Newsletter", "type": "ContactList",
      "contactList": {"isReadOnly": false}}},
    {"id": "1007", "type": "AudienceSegment", "attributes": {
      "advertiserId": "7", "name": "Moving house", "type": "Behavioral",
      "behavioral": {"category": "LifeEvents", "country": "FR",
                     "startDate": "2025-01-01T00:00:00Z", "endDate": null}}}
  ],
  "errors": [], "warnings": [],
  "meta": {"limit": 100, "offset": 0, "totalItems": 7}
})";

// A PATCH answer with partial success: the first item updated, the second refused.
const char patchAnswer[] = R"({
  "data": [
    {"id": "1001", "type": "AudienceSegment", "attributes": {
      "advertiserId": "7", "name": "Shoe buyers FR", "type": "InMarket",
      "createdAt": "2025-03-01T09:30:00Z", "updatedAt": "2025-06-13T08:00:00Z",
      "inMarket": {"country": "FR", "brandIds": ["12"], "interestIds": [],
                   "buyingPower": ["Low"], "priceRange": [], "gender": "Female"}}}
  ],
  "errors": [
    {"type": "validation", "code": "name-must-be-unique", "instance": "@data/1",
     "title": "Name must be unique", "detail": "Advertiser 7 already has a segment with this name.",
     "source": {"name": "data/1/attributes/name"}, "traceId": "4c1f0d2e", "traceIdentifier": "4c1f0d2e"}
  ],
  "warnings": [
    {"type": "deprecation", "code": "field-deprecated", "instance": "@data/0", "title": "Deprecated",
     "detail": null, "source": null, "stackTrace": null, "traceId": "4c1f0d2f"}
  ]
})";

// text with before replaced by after; if before is missing the result is not JSON, so the row
// fails on parsing instead of silently testing the unedited text.
QByteArray edited(const char *text, const char *before, const char *after)
{
    QByteArray result(text);
    if (!result.contains(before))
        return QByteArray("edited(): not found: ") + before;
    return result.replace(before, after);
}

// Specs the loader must refuse, with its exact error. They live outside the test class because
// moc 6.4 gives up on a class body holding some raw strings with "$ref":"#/..." in them.
struct RefusedSpec
{
    const char *tag;
    const char *document;
    const char *error;
};
#define SCHEMAS(json) R"({"openapi":"3.0.1","paths":{},"components":{"schemas":)" json "}}"
const RefusedSpec refusedSpecs[] = {
        {"dangling $ref",
         SCHEMAS(R"({"A":{"type":"object","properties":{"b":{"$ref":"#/components/schemas/Missing"}}}})"),
         R"(#/components/schemas/A/properties/b: unresolvable $ref "#/components/schemas/Missing")"},
        {"$ref outside components", SCHEMAS(R"({"A":{"$ref":"other.json#/B"}})"),
         R"(#/components/schemas/A: unresolvable $ref "other.json#/B")"},
        {"$ref cycle",
         SCHEMAS(R"({"A":{"$ref":"#/components/schemas/B"},"B":{"$ref":"#/components/schemas/A"}})"),
         "#/components/schemas/A: $ref cycle through \"#/components/schemas/A\"\n"
         "#/components/schemas/B: $ref cycle through \"#/components/schemas/B\""},
        {"oneOf", SCHEMAS(R"({"A":{"oneOf":[{"type":"string"},{"type":"integer"}]}})"),
         R"(#/components/schemas/A: unsupported keyword "oneOf")"},
        {"allOf in an item", SCHEMAS(R"({"A":{"type":"array","items":{"allOf":[]}}})"),
         R"(#/components/schemas/A/items: unsupported keyword "allOf")"},
        {"format uuid", SCHEMAS(R"({"A":{"type":"string","format":"uuid"}})"),
         R"(#/components/schemas/A: unsupported format "uuid")"},
        {"type list", SCHEMAS(R"({"A":{"type":["string","null"]}})"),
         "#/components/schemas/A: unsupported type array"},
        {"no schemas", SCHEMAS("{}"), "#/components/schemas: no schemas"},
        {"OpenAPI 3.1", R"({"openapi":"3.1.0","components":{"schemas":{"A":{}}}})",
         "#/openapi: only OpenAPI 3.0 documents are supported"},
        {"dangling $ref in a response",
         R"({"openapi":"3.0.1","components":{"schemas":{"A":{}}},
         "paths":{"/x":{"get":{"responses":{"200":{"content":{"application/json":
         {"schema":{"$ref":"#/components/schemas/Gone"}}}}}}}}})",
         R"(GET /x response 200: unresolvable $ref "#/components/schemas/Gone")"},
};
#undef SCHEMAS

// A small spec of our own: additionalProperties false and true, inline operation schemas, a
// default response and a response without content.
const char tinySpec[] = R"({"openapi":"3.0.1","components":{"schemas":{
    "Closed":{"type":"object","properties":{"a":{"type":"boolean"}},"additionalProperties":false},
    "Open":{"type":"object","properties":{"a":{"type":"boolean"}},"additionalProperties":true}}},
    "paths":{"/x/{id}":{"post":{
        "requestBody":{"content":{"application/json":
            {"schema":{"type":"array","items":{"type":"integer"}}}}},
        "responses":{"default":{"content":{"application/json":
                        {"schema":{"$ref":"#/components/schemas/Open"}}}},
                     "204":{"description":"nothing"}}}}}})";

} // namespace

// Proves the contract checker: the bodies the editor sends pass, and every kind of mistake it
// must catch (unknown property, wrong type, enum, uniqueItems, ranges, formats, required,
// readOnly) fails with the exact JSON pointer of the offending value.
class TestOpenApiChecker : public QObject
{
    Q_OBJECT

private:
    OpenApiChecker m_checker;

private Q_SLOTS:
    void initTestCase()
    {
        QString error = QStringLiteral("not cleared");
        m_checker = OpenApiChecker::fromFile(OpenApiChecker::defaultSpecPath(), &error);
        QVERIFY2(m_checker.isValid(), qPrintable(error));
        QCOMPARE(error, QString());
    }

    void validPatchBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("name only") << patch(R"({"name":"Summer shoppers"})");
        QTest::newRow("description set") << patch(R"({"description":{"value":"Shoe buyers"}})");
        QTest::newRow("description cleared") << patch(R"({"description":{"value":null}})");
        QTest::newRow("inMarket all fields") << patch(
                R"({"inMarket":{"country":"FR","brandIds":["12","34"],"interestIds":["187","5"],
                    "buyingPower":["Low","VeryHigh"],"priceRange":["Medium"],
                    "gender":{"value":"Female"}}})");
        QTest::newRow("inMarket gender cleared")
                << patch(R"({"inMarket":{"gender":{"value":null}}})");
        QTest::newRow("inMarket empty sets")
                << patch(R"({"inMarket":{"brandIds":[],"buyingPower":[]}})");
        QTest::newRow("location with POIs") << patch(
                R"({"location":{"pointsOfInterest":[
                    {"name":"Paris","latitude":48.85661,"longitude":2.35222},
                    {"name":"Sydney","latitude":-33.86785,"longitude":151.20732}],
                    "radiusInKm":10,"registryType":"PointOfInterest"}})");
        // pointsOfInterest is not a uniqueItems array: equal items are the server's business.
        QTest::newRow("location repeated POI") << patch(
                R"({"location":{"pointsOfInterest":[{"name":"A","latitude":1,"longitude":2},
                                                    {"name":"A","latitude":1,"longitude":2}]}})");
        QTest::newRow("location radius int32 max")
                << patch(R"({"location":{"radiusInKm":2147483647}})");
        QTest::newRow("location radius written 10.0")
                << patch(R"({"location":{"radiusInKm":10.0}})");
        QTest::newRow("prospecting NillableInt32 null") << patch(
                R"({"prospecting":{"usersType":"Prospects","daysSinceLastVisitMin":{"value":null},
                    "daysSinceLastVisitMax":{"value":30}}})");
        QTest::newRow("prospecting int32 min")
                << patch(R"({"prospecting":{"daysSinceLastVisitMin":{"value":-2147483648}}})");
        QTest::newRow("retargeting") << patch(
                R"({"retargeting":{"visitorsType":"NonBuyers","daysSinceLastVisitMin":0,
                    "daysSinceLastVisitMax":90}})");
        QTest::newRow("lookalike int64 beyond 2^53")
                << patch(R"({"lookalike":{"targetSize":9007199254740993}})");
        QTest::newRow("lookalike int64 max")
                << patch(R"({"lookalike":{"targetSize":9223372036854775807}})");
        QTest::newRow("two segments") << QByteArray(R"({"data":[
                    {"id":"1","type":"AudienceSegment","attributes":{"name":"A"}},
                    {"id":"2","type":"AudienceSegment","attributes":{"description":{"value":"B"}}}]})");
        QTest::newRow("empty batch") << QByteArray(R"({"data":[]})");
    }
    void validPatchBodies()
    {
        QFETCH(QByteArray, body);
        QString error;
        const QJsonValue payload = parsed(body, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_checker.checkRequestBody(QStringLiteral("PATCH"), patchPath, payload),
                 QStringList());
        QCOMPARE(m_checker.check(payload, QStringLiteral("AudienceSegmentBulkUpdateInputV1")),
                 QStringList());
    }

    void invalidPatchBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("expected");

        // Unknown properties, from the root down to a Nillable wrapper.
        QTest::newRow("unknown at root")
                << QByteArray(R"({"data":[],"dryRun":true})")
                << QStringList{QStringLiteral("/dryRun: unknown property")};
        QTest::newRow("unknown in resource")
                << QByteArray(R"({"data":[{"id":"1","type":"AudienceSegment","attributes":{},
                                  "version":3}]})")
                << QStringList{QStringLiteral("/data/0/version: unknown property")};
        QTest::newRow("unknown in attributes")
                << patch(R"({"name":"A","colour":"red"})")
                << QStringList{QStringLiteral("/data/0/attributes/colour: unknown property")};
        QTest::newRow("type is not patchable")
                << patch(R"({"type":"InMarket"})")
                << QStringList{QStringLiteral("/data/0/attributes/type: unknown property")};
        QTest::newRow("advertiserId is not patchable")
                << patch(R"({"advertiserId":"7"})")
                << QStringList{QStringLiteral("/data/0/attributes/advertiserId: unknown property")};
        QTest::newRow("lookalike seed is not patchable")
                << patch(R"({"lookalike":{"seedSegmentId":"1004"}})")
                << QStringList{QStringLiteral(
                           "/data/0/attributes/lookalike/seedSegmentId: unknown property")};
        QTest::newRow("unknown in inMarket")
                << patch(R"({"inMarket":{"brands":["12"]}})")
                << QStringList{
                           QStringLiteral("/data/0/attributes/inMarket/brands: unknown property")};
        QTest::newRow("unknown in POI")
                << patch(R"({"location":{"pointsOfInterest":[{"name":"P","lat":1}]}})")
                << QStringList{QStringLiteral(
                           "/data/0/attributes/location/pointsOfInterest/0/lat: unknown property")};
        QTest::newRow("unknown in nillable wrapper")
                << patch(R"({"description":{"value":"x","clear":true}})")
                << QStringList{QStringLiteral(
                           "/data/0/attributes/description/clear: unknown property")};

        // Wrong JSON types.
        QTest::newRow("root is an array")
                << QByteArray("[]") << QStringList{QStringLiteral("/: expected object, got array")};
        QTest::newRow("data is an object")
                << QByteArray(R"({"data":{"id":"1"}})")
                << QStringList{QStringLiteral("/data: expected array, got object")};
        QTest::newRow("id is a number")
                << QByteArray(R"({"data":[{"id":1001,"type":"AudienceSegment"}]})")
                << QStringList{QStringLiteral("/data/0/id: expected string, got 1001")};
        QTest::newRow("string for int")
                << patch(R"({"location":{"radiusInKm":"10"}})")
                << QStringList{QStringLiteral(
                           "/data/0/attributes/location/radiusInKm: expected integer, got \"10\"")};
        QTest::newRow("number for string")
                << patch(R"({"name":42})")
                << QStringList{QStringLiteral("/data/0/attributes/name: expected string, got 42")};
        QTest::newRow("object for array")
                << patch(R"({"inMarket":{"brandIds":{"0":"12"}}})")
                << QStringList{QStringLiteral(
                           "/data/0/attributes/inMarket/brandIds: expected array, got object")};
        QTest::newRow("number in string array")
                << patch(R"({"inMarket":{"interestIds":["187",5]}})")
                << QStringList{QStringLiteral(
                           "/data/0/attributes/inMarket/interestIds/1: expected string, got 5")};
        QTest::newRow("bool for NillableInt32 value")
                << patch(R"({"prospecting":{"daysSinceLastVisitMax":{"value":true}}})")
                << QStringList{
                           QStringLiteral("/data/0/attributes/prospecting/daysSinceLastVisitMax/"
                                          "value: expected integer, got true")};
        QTest::newRow("plain int for NillableInt32")
                << patch(R"({"prospecting":{"daysSinceLastVisitMax":30}})")
                << QStringList{QStringLiteral(
                           "/data/0/attributes/prospecting/daysSinceLastVisitMax: expected object, "
                           "got 30")};
        QTest::newRow("plain string for NillableString")
                << patch(R"({"description":"Shoe buyers"})")
                << QStringList{QStringLiteral(
                           "/data/0/attributes/description: expected object, got \"Shoe buyers\"")};
        QTest::newRow("string for latitude")
                << patch(R"({"location":{"pointsOfInterest":[{"latitude":"48.8"}]}})")
                << QStringList{QStringLiteral("/data/0/attributes/location/pointsOfInterest/0/"
                                              "latitude: expected number, got \"48.8\"")};
        QTest::newRow("null name")
                << patch(R"({"name":null})")
                << QStringList{QStringLiteral("/data/0/attributes/name: null is not allowed")};

        // Values outside an enum (case matters; Unknown is never sent).
        QTest::newRow("gender Other")
                << patch(R"({"inMarket":{"gender":{"value":"Other"}}})")
                << QStringList{QStringLiteral("/data/0/attributes/inMarket/gender/value: \"Other\" "
                                              "is not one of \"Male\", \"Female\"")};
        QTest::newRow("buyingPower Ultra")
                << patch(R"({"inMarket":{"buyingPower":["Low","Ultra"]}})")
                << QStringList{QStringLiteral(
                           "/data/0/attributes/inMarket/buyingPower/1: \"Ultra\" is not one of "
                           "\"Low\", \"Medium\", \"High\", \"VeryHigh\"")};
        QTest::newRow("visitorsType Unknown")
                << patch(R"({"retargeting":{"visitorsType":"Unknown"}})")
                << QStringList{QStringLiteral("/data/0/attributes/retargeting/visitorsType: "
                                              "\"Unknown\" is not one of \"All\", \"Buyers\", "
                                              "\"NonBuyers\"")};
        QTest::newRow("usersType wrong case")
                << patch(R"({"prospecting":{"usersType":"prospects"}})")
                << QStringList{QStringLiteral("/data/0/attributes/prospecting/usersType: "
                                              "\"prospects\" is not one of \"Prospects\", "
                                              "\"ProspectsOrNonBuyers\"")};

        // Duplicates in uniqueItems arrays.
        QTest::newRow("duplicate brandIds")
                << patch(R"({"inMarket":{"brandIds":["12","34","12"]}})")
                << QStringList{QStringLiteral("/data/0/attributes/inMarket/brandIds/2: duplicates "
                                              "item 0 in a uniqueItems array")};
        QTest::newRow("duplicate buyingPower")
                << patch(R"({"inMarket":{"buyingPower":["High","High"]}})")
                << QStringList{QStringLiteral("/data/0/attributes/inMarket/buyingPower/1: "
                                              "duplicates item 0 in a uniqueItems array")};

        // Integer formats: range and integrality.
        QTest::newRow("radius int32 overflow")
                << patch(R"({"location":{"radiusInKm":2147483648}})")
                << QStringList{QStringLiteral("/data/0/attributes/location/radiusInKm: 2147483648 "
                                              "is outside the int32 range")};
        QTest::newRow("radius int32 underflow")
                << patch(R"({"location":{"radiusInKm":-2147483649}})")
                << QStringList{QStringLiteral("/data/0/attributes/location/radiusInKm: -2147483649 "
                                              "is outside the int32 range")};
        QTest::newRow("NillableInt32 overflow")
                << patch(R"({"prospecting":{"daysSinceLastVisitMin":{"value":2147483648}}})")
                << QStringList{
                           QStringLiteral("/data/0/attributes/prospecting/daysSinceLastVisitMin/"
                                          "value: 2147483648 is outside the int32 range")};
        QTest::newRow("retargeting days 1e10")
                << patch(R"({"retargeting":{"daysSinceLastVisitMax":1e10}})")
                << QStringList{
                           QStringLiteral("/data/0/attributes/retargeting/daysSinceLastVisitMax: "
                                          "10000000000 is outside the int32 range")};
        QTest::newRow("radius 1.5")
                << patch(R"({"location":{"radiusInKm":1.5}})")
                << QStringList{QStringLiteral(
                           "/data/0/attributes/location/radiusInKm: 1.5 is not an integer")};
        QTest::newRow("NillableInt32 2.5")
                << patch(R"({"prospecting":{"daysSinceLastVisitMax":{"value":2.5}}})")
                << QStringList{
                           QStringLiteral("/data/0/attributes/prospecting/daysSinceLastVisitMax/"
                                          "value: 2.5 is not an integer")};
        QTest::newRow("targetSize int64 overflow")
                << patch(R"({"lookalike":{"targetSize":9223372036854775808}})")
                << QStringList{QStringLiteral("/data/0/attributes/lookalike/targetSize: "
                                              "9223372036854776000 is outside the int64 range")};
        QTest::newRow("targetSize 0.5")
                << patch(R"({"lookalike":{"targetSize":0.5}})")
                << QStringList{QStringLiteral(
                           "/data/0/attributes/lookalike/targetSize: 0.5 is not an integer")};

        // Every problem is reported, in document order.
        QTest::newRow("problems in two items")
                << QByteArray(R"({"data":[
                    {"id":"1","type":"AudienceSegment","attributes":{"name":7}},
                    {"id":"2","type":"AudienceSegment","attributes":{
                        "inMarket":{"buyingPower":["Low","Low","Ultra"],"gender":{"value":"X"}}}}]})")
                << QStringList{
                           QStringLiteral("/data/0/attributes/name: expected string, got 7"),
                           QStringLiteral("/data/1/attributes/inMarket/buyingPower/1: duplicates "
                                          "item 0 in a uniqueItems array"),
                           QStringLiteral("/data/1/attributes/inMarket/buyingPower/2: \"Ultra\" is "
                                          "not one of \"Low\", \"Medium\", \"High\", \"VeryHigh\""),
                           QStringLiteral("/data/1/attributes/inMarket/gender/value: \"X\" is not "
                                          "one of \"Male\", \"Female\"")};
    }
    void invalidPatchBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, expected);
        QString error;
        const QJsonValue payload = parsed(body, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_checker.checkRequestBody(QStringLiteral("PATCH"), patchPath, payload), expected);
        QCOMPARE(m_checker.check(payload, QStringLiteral("AudienceSegmentBulkUpdateInputV1")),
                 expected);
    }

    // Answers from a server: strict for what our demo server produces, lenient for newer fields.
    void responses_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("strict");
        QTest::addColumn<QStringList>("lenient");

        const QString post = QStringLiteral("POST");
        const QString patchVerb = QStringLiteral("PATCH");
        QTest::newRow("search answer") << post << searchPath << 200 << QByteArray(searchAnswer)
                                       << QStringList() << QStringList();
        QTest::newRow("search answer with query string")
                << post << searchPath + QStringLiteral("?limit=100&offset=0") << 200
                << QByteArray(searchAnswer) << QStringList() << QStringList();
        QTest::newRow("search answer from a newer server")
                << post << searchPath << 200
                << edited(edited(searchAnswer, R"("totalItems": 7})",
                                 R"("totalItems": 7, "nextOffset": null})"),
                          R"("name": "Shoe buyers FR",)",
                          R"("name": "Shoe buyers FR", "audienceSize": 120000,)")
                << QStringList{QStringLiteral("/data/0/attributes/audienceSize: unknown property"),
                               QStringLiteral("/meta/nextOffset: unknown property")}
                << QStringList();
        QTest::newRow("search answer, totalItems a string")
                << post << searchPath << 200
                << edited(searchAnswer, R"("totalItems": 7)", R"("totalItems": "7")")
                << QStringList{QStringLiteral("/meta/totalItems: expected integer, got \"7\"")}
                << QStringList{QStringLiteral("/meta/totalItems: expected integer, got \"7\"")};
        QTest::newRow("search answer, behavioral without category")
                << post << searchPath << 200
                << edited(searchAnswer, R"("category": "LifeEvents", )", "")
                << QStringList{QStringLiteral(
                           "/data/6/attributes/behavioral/category: required property is missing")}
                << QStringList{QStringLiteral(
                           "/data/6/attributes/behavioral/category: required property is missing")};
        QTest::newRow("search answer, bad date-time")
                << post << searchPath << 200
                << edited(searchAnswer, "2025-03-02T10:00:00Z", "2025-03-02 10:00")
                << QStringList{QStringLiteral("/data/1/attributes/createdAt: \"2025-03-02 10:00\" "
                                              "is not an RFC 3339 date-time")}
                << QStringList{QStringLiteral("/data/1/attributes/createdAt: \"2025-03-02 10:00\" "
                                              "is not an RFC 3339 date-time")};
        QTest::newRow("search answer, new segment type")
                << post << searchPath << 200
                << edited(searchAnswer, R"("Newsletter", "type": "ContactList")",
                          R"("Newsletter", "type": "Contextual")")
                << QStringList{QStringLiteral(
                           "/data/5/attributes/type: \"Contextual\" is not one of \"Unknown\", "
                           "\"InMarket\", \"Prospecting\", \"ContactList\", \"Location\", "
                           "\"Behavioral\", \"Retargeting\", \"Lookalike\"")}
                << QStringList{QStringLiteral(
                           "/data/5/attributes/type: \"Contextual\" is not one of \"Unknown\", "
                           "\"InMarket\", \"Prospecting\", \"ContactList\", \"Location\", "
                           "\"Behavioral\", \"Retargeting\", \"Lookalike\"")};
        QTest::newRow("patch partial success")
                << patchVerb << patchPath << 200 << QByteArray(patchAnswer) << QStringList()
                << QStringList();
        QTest::newRow("patch answer, problem with extensions")
                << patchVerb << patchPath << 200
                << edited(patchAnswer, R"("traceId": "4c1f0d2e",)",
                          R"("traceId": "4c1f0d2e", "extensions": {"retry": false},)")
                << QStringList{QStringLiteral("/errors/0/extensions: unknown property")}
                << QStringList();
        QTest::newRow("patch answer, problem type fatal")
                << patchVerb << patchPath << 200
                << edited(patchAnswer, R"("type": "validation")", R"("type": "fatal")")
                << QStringList{QStringLiteral(
                           "/errors/0/type: \"fatal\" is not one of \"unknown\", "
                           "\"access-control\", "
                           "\"authentication\", \"authorization\", \"availability\", "
                           "\"deprecation\", \"quota\", \"validation\"")}
                << QStringList{QStringLiteral(
                           "/errors/0/type: \"fatal\" is not one of \"unknown\", "
                           "\"access-control\", "
                           "\"authentication\", \"authorization\", \"availability\", "
                           "\"deprecation\", \"quota\", \"validation\"")};
        QTest::newRow("patch answer, source value not a string")
                << patchVerb << patchPath << 200
                << edited(patchAnswer, R"({"name": "data/1/attributes/name"})",
                          R"({"name": "data/1/attributes/name", "a/b~c": 3})")
                << QStringList{QStringLiteral("/errors/0/source/a~1b~0c: expected string, got 3")}
                << QStringList{QStringLiteral("/errors/0/source/a~1b~0c: expected string, got 3")};
        QTest::newRow("patch answer, duplicate brandIds")
                << patchVerb << patchPath << 200
                << edited(patchAnswer, R"("brandIds": ["12"])", R"("brandIds": ["12", "12"])")
                << QStringList{QStringLiteral("/data/0/attributes/inMarket/brandIds/1: duplicates "
                                              "item 0 in a uniqueItems array")}
                << QStringList{QStringLiteral("/data/0/attributes/inMarket/brandIds/1: duplicates "
                                              "item 0 in a uniqueItems array")};
        QTest::newRow("patch answer, undocumented status 400")
                << patchVerb << patchPath << 400 << QByteArray(patchAnswer)
                << QStringList{QStringLiteral("/: status 400 is not documented for PATCH "
                                              "/2025-10/marketing-solutions/audience-segments")}
                << QStringList{QStringLiteral("/: status 400 is not documented for PATCH "
                                              "/2025-10/marketing-solutions/audience-segments")};
        QTest::newRow("contact list statistics, templated path")
                << QStringLiteral("GET")
                << QStringLiteral("/2025-10/marketing-solutions/audience-segments/1006/"
                                  "contact-list/statistics")
                << 200
                << QByteArray(R"({"data":{"id":"1006","type":"ContactListStatistics","attributes":
                                  {"matchRate":0.62,"numberOfIdentifiers":1000,"numberOfMatches":620}},
                                  "errors":[],"warnings":[]})")
                << QStringList() << QStringList();
    }
    void responses()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, strict);
        QFETCH(QStringList, lenient);
        QString error;
        const QJsonValue payload = parsed(body, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_checker.checkResponse(method, path, status, payload), strict);
        QCOMPARE(m_checker.checkResponse(method, path, status, payload,
                                         OpenApiChecker::UnknownProperties::Allow),
                 lenient);
    }

    // Single schemas: date-time, readOnly by direction, nillable roots.
    void schemas_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<OpenApiChecker::Direction>("direction");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QStringList>("expected");

        const QString entity = QStringLiteral("AudienceSegmentEntityV1");
        const auto response = OpenApiChecker::Direction::Response;
        const auto request = OpenApiChecker::Direction::Request;
        const auto dateTimeRow = [&](const char *tag, const char *text, bool valid) {
            const QString quoted = QLatin1Char('"') + QLatin1String(text) + QLatin1Char('"');
            QTest::newRow(tag) << entity << response
                               << (QByteArray("{\"createdAt\":\"") + text + QByteArray("\"}"))
                               << (valid ? QStringList()
                                         : QStringList{QStringLiteral("/createdAt: ") + quoted
                                                       + QStringLiteral(
                                                               " is not an RFC 3339 date-time")});
        };
        dateTimeRow("date-time Z", "2025-01-15T10:00:00Z", true);
        dateTimeRow("date-time offset and 7 digit fraction", "2025-01-15T10:00:00.1234567+02:00",
                    true);
        dateTimeRow("date-time lower-case t and z", "2025-01-15t10:00:00z", true);
        dateTimeRow("date-time leap day", "2024-02-29T23:59:59-05:00", true);
        dateTimeRow("date-time without offset", "2025-01-15T10:00:00", false);
        dateTimeRow("date-time date only", "2025-01-15", false);
        dateTimeRow("date-time February 30", "2025-02-30T10:00:00Z", false);
        dateTimeRow("date-time hour 24", "2025-01-15T24:00:00Z", false);
        dateTimeRow("date-time offset +25:00", "2025-01-15T10:00:00+25:00", false);
        dateTimeRow("date-time words", "yesterday", false);

        QTest::newRow("behavioral entity without category")
                << entity << response << QByteArray(R"({"type":"Behavioral","behavioral":{}})")
                << QStringList{
                           QStringLiteral("/behavioral/category: required property is missing")};
        QTest::newRow("nullable entity root null")
                << entity << response << QByteArray("null") << QStringList();
        QTest::newRow("non-nullable root null")
                << QStringLiteral("AudienceSegmentBulkUpdateInputV1") << request
                << QByteArray("null") << QStringList{QStringLiteral("/: null is not allowed")};
        QTest::newRow("readOnly errors in a request")
                << QStringLiteral("AudienceSegmentEntityV1ListResponse") << request
                << QByteArray(R"({"data":[],"errors":[],"warnings":null})")
                << QStringList{
                           QStringLiteral("/errors: read-only, must not be sent in a request"),
                           QStringLiteral("/warnings: read-only, must not be sent in a request")};
        QTest::newRow("readOnly errors in a response")
                << QStringLiteral("AudienceSegmentEntityV1ListResponse") << response
                << QByteArray(R"({"data":[],"errors":[],"warnings":null})") << QStringList();
    }
    void schemas()
    {
        QFETCH(QString, schema);
        QFETCH(OpenApiChecker::Direction, direction);
        QFETCH(QByteArray, payload);
        QFETCH(QStringList, expected);
        QString error;
        QJsonValue value = QJsonValue::Null;
        if (payload != "null") {
            value = parsed(payload, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QCOMPARE(m_checker.check(value, schema, direction), expected);
    }

    void operations_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body"); // empty: no body
        QTest::addColumn<QStringList>("expected");

        const QString brands
                = QStringLiteral("/2025-10/marketing-solutions/audience-segments/in-market-brands"
                                 "?advertiser-id=7&country=FR");
        QTest::newRow("search body") << QStringLiteral("POST") << searchPath
                                     << QByteArray(R"({"data":{"type":"AudienceSegment",
                                         "attributes":{"advertiserIds":["7"],
                                         "audienceSegmentTypes":["InMarket","Location"]}}})")
                                     << QStringList();
        QTest::newRow("search body, unknown filter")
                << QStringLiteral("POST") << searchPath
                << QByteArray(R"({"data":{"attributes":{"names":["x"]}}})")
                << QStringList{QStringLiteral("/data/attributes/names: unknown property")};
        QTest::newRow("lower-case method") << QStringLiteral("patch") << patchPath
                                           << patch(R"({"name":"A"})") << QStringList();
        QTest::newRow("GET without body")
                << QStringLiteral("GET") << brands << QByteArray() << QStringList();
        QTest::newRow("GET with a body") << QStringLiteral("GET") << brands << QByteArray("{}")
                                         << QStringList{QStringLiteral("/: GET ") + brands
                                                        + QStringLiteral(" takes no request body")};
        QTest::newRow("PATCH without body")
                << QStringLiteral("PATCH") << patchPath << QByteArray()
                << QStringList{QStringLiteral("/: PATCH ") + patchPath
                               + QStringLiteral(" requires a request body")};
        QTest::newRow("PUT is not in the spec")
                << QStringLiteral("PUT") << patchPath << patch(R"({"name":"A"})")
                << QStringList{QStringLiteral("/: no operation PUT ") + patchPath
                               + QStringLiteral(" in the spec")};
        QTest::newRow("unknown path")
                << QStringLiteral("POST") << QStringLiteral("/2025-10/marketing-solutions/segments")
                << QByteArray("{}")
                << QStringList{QStringLiteral("/: no operation POST "
                                              "/2025-10/marketing-solutions/segments in the spec")};
        QTest::newRow("template needs a segment")
                << QStringLiteral("GET")
                << QStringLiteral("/2025-10/marketing-solutions/audience-segments//contact-list/"
                                  "statistics")
                << QByteArray()
                << QStringList{QStringLiteral(
                           "/: no operation GET /2025-10/marketing-solutions/audience-segments//"
                           "contact-list/statistics in the spec")};
    }
    void operations()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, expected);
        QString error;
        QJsonValue payload(QJsonValue::Undefined);
        if (!body.isEmpty()) {
            payload = parsed(body, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QCOMPARE(m_checker.checkRequestBody(method, path, payload), expected);
    }

    // $ref resolution: a name that is not in the spec is a clear problem, never a crash.
    void unknownSchemaName()
    {
        const QJsonObject payload{{QStringLiteral("name"), QStringLiteral("A")}};
        QCOMPARE(m_checker.check(payload, QStringLiteral("AudienceSegmentUpdateV9")),
                 QStringList{QStringLiteral("/: unknown schema \"AudienceSegmentUpdateV9\"")});
        QCOMPARE(m_checker.check(payload, QString()),
                 QStringList{QStringLiteral("/: unknown schema \"\"")});
    }

    void noValueIsAProblem()
    {
        QCOMPARE(m_checker.check(QJsonValue(QJsonValue::Undefined),
                                 QStringLiteral("NillableString")),
                 QStringList{QStringLiteral("/: no value")});
    }

    // Values built in C++ rather than parsed: qint64 stays exact.
    void builtValues()
    {
        const QJsonObject lookalike{
                {QStringLiteral("targetSize"), QJsonValue(std::numeric_limits<qint64>::max() - 1)}};
        QCOMPARE(m_checker.check(lookalike, QStringLiteral("LookalikeUpdateV1")), QStringList());
        const QJsonObject location{{QStringLiteral("radiusInKm"),
                                    QJsonValue(qint64(std::numeric_limits<qint32>::max()) + 1)}};
        QCOMPARE(m_checker.check(location, QStringLiteral("LocationUpdateV1")),
                 QStringList{QStringLiteral("/radiusInKm: 2147483648 is outside the int32 range")});
    }

    void invalidChecker()
    {
        const OpenApiChecker none;
        QVERIFY(!none.isValid());
        const QStringList expected{QStringLiteral("/: no spec loaded")};
        QCOMPARE(none.check(QJsonObject(), QStringLiteral("NillableString")), expected);
        QCOMPARE(none.checkRequestBody(QStringLiteral("PATCH"), patchPath, QJsonObject()),
                 expected);
        QCOMPARE(none.checkResponse(QStringLiteral("PATCH"), patchPath, 200, QJsonObject()),
                 expected);
    }

    void unreadableSpecFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        QString error;
        QVERIFY(!OpenApiChecker::fromFile(missing, &error).isValid());
        QCOMPARE(error,
                 QStringLiteral("cannot read ") + missing
                         + QStringLiteral(": No such file or directory"));

        const QString yaml = dir.filePath(QStringLiteral("spec.yaml"));
        QFile file(yaml);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("openapi: 3.0.1\n");
        file.close();
        QVERIFY(!OpenApiChecker::fromFile(yaml, &error).isValid());
        QVERIFY2(error.startsWith(yaml + QStringLiteral(" is not a JSON object: ")),
                 qPrintable(error));
        // A null error pointer is allowed.
        QVERIFY(!OpenApiChecker::fromFile(missing, nullptr).isValid());
    }

    // What the walker does not understand is refused when the spec is loaded.
    void specProblemsAreRefusedAtLoad_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QString>("expected");

        for (const RefusedSpec &refused : refusedSpecs)
            QTest::newRow(refused.tag)
                    << QByteArray(refused.document) << QString::fromUtf8(refused.error);
    }
    void specProblemsAreRefusedAtLoad()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QString, expected);
        QString error;
        const QJsonValue document = parsed(spec, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const OpenApiChecker checker = OpenApiChecker::fromJson(document.toObject(), &error);
        QVERIFY(!checker.isValid());
        QCOMPARE(error, expected);
    }

    // additionalProperties false and true, inline operation schemas, default responses.
    void additionalPropertiesKeyword()
    {
        QString error;
        const QJsonValue document = parsed(tinySpec, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const OpenApiChecker checker = OpenApiChecker::fromJson(document.toObject(), &error);
        QVERIFY2(checker.isValid(), qPrintable(error));

        const QJsonObject extra{{QStringLiteral("a"), true}, {QStringLiteral("b"), 1}};
        const auto allow = OpenApiChecker::UnknownProperties::Allow;
        const auto response = OpenApiChecker::Direction::Response;
        QCOMPARE(checker.check(extra, QStringLiteral("Closed"), response, allow),
                 QStringList{QStringLiteral("/b: unknown property")});
        QCOMPARE(checker.check(extra, QStringLiteral("Open")), QStringList());

        const QString path = QStringLiteral("/x/12");
        QCOMPARE(checker.checkRequestBody(QStringLiteral("POST"), path, QJsonArray{1, 2}),
                 QStringList());
        QCOMPARE(checker.checkRequestBody(QStringLiteral("POST"), path, QJsonArray{1, true}),
                 QStringList{QStringLiteral("/1: expected integer, got true")});
        // An unlisted status falls back to "default"; a listed one without content has no body.
        QCOMPARE(checker.checkResponse(QStringLiteral("POST"), path, 500, extra), QStringList());
        QCOMPARE(checker.checkResponse(QStringLiteral("POST"), path, 500, QJsonArray()),
                 QStringList{QStringLiteral("/: expected object, got array")});
        QCOMPARE(checker.checkResponse(QStringLiteral("POST"), path, 204), QStringList());
        QCOMPARE(checker.checkResponse(QStringLiteral("POST"), path, 204, extra),
                 QStringList{QStringLiteral("/: status 204 of POST /x/12 has no application/json "
                                            "body")});
    }
};

QTEST_GUILESS_MAIN(TestOpenApiChecker)
#include "tst_openapichecker.moc"
