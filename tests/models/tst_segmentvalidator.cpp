#include "SampleSegments.h"
#include "SegmentValidator.h"

#include <QLocale>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

namespace {

// What one problem must be: severity, field, code, and text fragments its message must contain
// (the offending value, at least).
struct Expected
{
    Problem::Severity severity;
    QString field;
    QString code;
    QStringList fragments;
};

Expected error(const QString &field, const char *code, const QStringList &fragments)
{
    return {Problem::Severity::Error, field, QLatin1String(code), fragments};
}

Expected warning(const QString &field, const char *code, const QStringList &fragments)
{
    return {Problem::Severity::Warning, field, QLatin1String(code), fragments};
}

using Edit = std::function<void(AudienceSegment &)>;

AudienceSegment with(AudienceSegment s, const Edit &edit)
{
    edit(s);
    return s;
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const PointOfInterest paris{QStringLiteral("Paris Rivoli"), 48.85661, 2.35222};
const PointOfInterest lyon{QStringLiteral("Lyon Part-Dieu"), 45.76042, 4.85974};
const PointOfInterest marseille{QStringLiteral("Marseille Vieux-Port"), 43.29648, 5.36978};

const QString poiAt = QStringLiteral("attributes/location/pointsOfInterest/");
const QString inMarketAt = QStringLiteral("attributes/inMarket/");
const QString prospectingAt = QStringLiteral("attributes/prospecting/");
const QString retargetingAt = QStringLiteral("attributes/retargeting/");

QString describe(const ProblemList &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(QStringLiteral("%1 %2 %3: %4")
                             .arg(p.severity == Problem::Severity::Error ? QLatin1String("error")
                                                                         : QLatin1String("warning"),
                                  p.field, p.code, p.title));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

Q_DECLARE_METATYPE(AudienceSegment)
Q_DECLARE_METATYPE(QList<Expected>)

// SegmentValidator: every rule with its exact field path, severity and code, messages that name
// the offending value, and the rule that only what the user changed is held against them.
class TestSegmentValidator : public QObject
{
    Q_OBJECT

private:
    // One row: `edit` turns a copy of `original` into the edited segment. `nameCount` is what the
    // name index answers (-1: no index given).
    static void row(const char *name, const AudienceSegment &original, const Edit &edit,
                    const QList<Expected> &expected, int nameCount = -1)
    {
        QTest::newRow(name) << original << with(original, edit) << nameCount << expected;
    }

    static void addColumns()
    {
        QTest::addColumn<AudienceSegment>("original");
        QTest::addColumn<AudienceSegment>("edited");
        QTest::addColumn<int>("nameCount");
        QTest::addColumn<QList<Expected>>("expected");
    }

    static void check(const ProblemList &actual, const QList<Expected> &expected,
                      const QString &segmentId)
    {
        QVERIFY2(actual.size() == expected.size(), qPrintable(describe(actual)));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const Problem &p = actual.at(i);
            const Expected &e = expected.at(i);
            QCOMPARE(p.field, e.field);
            QCOMPARE(p.severity, e.severity);
            QCOMPARE(p.code, e.code);
            QCOMPARE(p.origin, Problem::Origin::Validator);
            QCOMPARE(p.type, QStringLiteral("validation"));
            QCOMPARE(p.segmentId, segmentId);
            QVERIFY(p.headline() == p.title);
            for (const QString &fragment : e.fragments)
                QVERIFY2(p.title.contains(fragment),
                         qPrintable(QStringLiteral("“%1” not in “%2”").arg(fragment, p.title)));
        }
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void name_data()
    {
        addColumns();
        const AudienceSegment in = SampleSegments::of(SegmentType::InMarket);
        const QString name = QStringLiteral("attributes/name");
        row("emptied", in, [](AudienceSegment &x) { x.name = QString(); },
            {error(name, "name-required", {s("empty")})});
        row("only spaces", in, [](AudienceSegment &x) { x.name = QStringLiteral("  \t"); },
            {error(name, "name-required", {s("empty")})});
        row("empty from the server, left alone",
            with(in, [](AudienceSegment &x) { x.name = QString(); }), [](AudienceSegment &) {}, {});
        row("unset in edited", in, [](AudienceSegment &x) { x.name.reset(); }, {});
        row(
                "used twice", in,
                [](AudienceSegment &x) { x.name = QStringLiteral(" Cart abandoners "); },
                {error(name, "name-must-be-unique", {s("“Cart abandoners”"), s("501")})}, 2);
        row(
                "unique", in, [](AudienceSegment &x) { x.name = QStringLiteral("Fresh"); }, {}, 1);
        row(
                "not changed, counted twice", in, [](AudienceSegment &) {}, {}, 2);
        row("without a name index", in, [](AudienceSegment &x) { x.name = QStringLiteral("Any"); },
            {});
        row("ContactList too", SampleSegments::of(SegmentType::ContactList),
            [](AudienceSegment &x) { x.name = QString(); },
            {error(name, "name-required", {s("empty")})});
    }
    void name() { validate(); }

    void inMarket_data()
    {
        addColumns();
        const AudienceSegment in = SampleSegments::of(SegmentType::InMarket);
        const QString country = inMarketAt + QLatin1String("country");
        row("country lower case", in,
            [](AudienceSegment &x) { x.inMarket->country = QStringLiteral("fr"); },
            {error(country, "country-invalid", {s("“fr”"), s("“FR”")})});
        row("country three letters", in,
            [](AudienceSegment &x) { x.inMarket->country = QStringLiteral("FRA"); },
            {error(country, "country-invalid", {s("“FRA”"), s("FR or DE")})});
        row("country with a digit", in,
            [](AudienceSegment &x) { x.inMarket->country = QStringLiteral("F1"); },
            {error(country, "country-invalid", {s("“F1”")})});
        row("country accented", in,
            [](AudienceSegment &x) { x.inMarket->country = QStringLiteral("ÉS"); },
            {error(country, "country-invalid", {s("“ÉS”")})});
        row("country empty", in, [](AudienceSegment &x) { x.inMarket->country = QString(); },
            {error(country, "country-invalid", {s("“”")})});
        row("country valid", in,
            [](AudienceSegment &x) { x.inMarket->country = QStringLiteral("DE"); }, {});
        row("country invalid from the server, left alone",
            with(in, [](AudienceSegment &x) { x.inMarket->country = QStringLiteral("fr"); }),
            [](AudienceSegment &) {}, {});
        row("brand repeated", in,
            [](AudienceSegment &x) { x.inMarket->brandIds.append(QStringLiteral("4101")); },
            {warning(inMarketAt + QLatin1String("brandIds/2"), "duplicate-value", {s("“4101”")})});
        row("interest repeated twice", in,
            [](AudienceSegment &x) {
                x.inMarket->interestIds << QStringLiteral("187") << QStringLiteral("187");
            },
            {warning(inMarketAt + QLatin1String("interestIds/2"), "duplicate-value", {s("“187”")}),
             warning(inMarketAt + QLatin1String("interestIds/3"), "duplicate-value",
                     {s("“187”")})});
        row("buying power repeated", in,
            [](AudienceSegment &x) { x.inMarket->buyingPower.prepend(BuyingPower::High); },
            {warning(inMarketAt + QLatin1String("buyingPower/2"), "duplicate-value",
                     {s("“High”")})});
        row("price range repeated", in,
            [](AudienceSegment &x) { x.inMarket->priceRange.append(PriceRange::Medium); },
            {warning(inMarketAt + QLatin1String("priceRange/1"), "duplicate-value",
                     {s("“Medium”")})});
        row("repeats from the server, left alone",
            with(in,
                 [](AudienceSegment &x) { x.inMarket->brandIds.append(QStringLiteral("4101")); }),
            [](AudienceSegment &) {}, {});
    }
    void inMarket() { validate(); }

    void unknownValues_data()
    {
        addColumns();
        const AudienceSegment in = SampleSegments::of(SegmentType::InMarket);
        row("buying power Unknown added", in,
            [](AudienceSegment &x) { x.inMarket->buyingPower.append(BuyingPower::Unknown); },
            {error(inMarketAt + QLatin1String("buyingPower/2"), "unknown-value",
                   {s("“Unknown”"), s("Low, Medium, High, VeryHigh")})});
        row("buying power Unknown from the server, other value added",
            with(in,
                 [](AudienceSegment &x) {
                     x.inMarket->buyingPower = {BuyingPower::Unknown, BuyingPower::High};
                 }),
            [](AudienceSegment &x) { x.inMarket->buyingPower.append(BuyingPower::Low); }, {});
        row("price range Unknown added", in,
            [](AudienceSegment &x) { x.inMarket->priceRange = {PriceRange::Unknown}; },
            {error(inMarketAt + QLatin1String("priceRange/0"), "unknown-value",
                   {s("“Unknown”"), s("Low, Medium, High")})});
        row("gender Unknown chosen", in,
            [](AudienceSegment &x) { x.inMarket->gender = Gender::Unknown; },
            {error(inMarketAt + QLatin1String("gender"), "unknown-value",
                   {s("“Unknown”"), s("Male, Female")})});
        row("gender Unknown from the server, left alone",
            with(in, [](AudienceSegment &x) { x.inMarket->gender = Gender::Unknown; }),
            [](AudienceSegment &x) { x.inMarket->country = QStringLiteral("DE"); }, {});
        row("gender cleared", in, [](AudienceSegment &x) { x.inMarket->gender.clear(); }, {});
        const AudienceSegment p = SampleSegments::of(SegmentType::Prospecting);
        row("users type Unknown chosen", p,
            [](AudienceSegment &x) { x.prospecting->usersType = UsersType::Unknown; },
            {error(prospectingAt + QLatin1String("usersType"), "unknown-value",
                   {s("“Unknown”"), s("Prospects, ProspectsOrNonBuyers")})});
        row("users type Unknown from the server, left alone",
            with(p, [](AudienceSegment &x) { x.prospecting->usersType = UsersType::Unknown; }),
            [](AudienceSegment &) {}, {});
        const AudienceSegment r = SampleSegments::of(SegmentType::Retargeting);
        row("visitors type Unknown chosen", r,
            [](AudienceSegment &x) { x.retargeting->visitorsType = VisitorsType::Unknown; },
            {error(retargetingAt + QLatin1String("visitorsType"), "unknown-value",
                   {s("“Unknown”"), s("All, Buyers, NonBuyers")})});
        const AudienceSegment l = SampleSegments::of(SegmentType::Location);
        row("registry type Unknown chosen", l,
            [](AudienceSegment &x) { x.location->registryType = RegistryType::Unknown; },
            {error(QStringLiteral("attributes/location/registryType"), "unknown-value",
                   {s("“Unknown”"), s("PointOfInterest")})});
        row("registry type Unknown from the server, radius changed",
            with(l, [](AudienceSegment &x) { x.location->registryType = RegistryType::Unknown; }),
            [](AudienceSegment &x) { x.location->radiusInKm = 20; }, {});
    }
    void unknownValues() { validate(); }

    void pointsOfInterest_data()
    {
        addColumns();
        const AudienceSegment l = SampleSegments::of(SegmentType::Location);
        const auto points = [](const QList<PointOfInterest> &list) {
            return [list](AudienceSegment &x) { x.location->pointsOfInterest = list; };
        };
        const PointOfInterest swapped{QStringLiteral("Swapped"), 95.2, 2.35222};
        row("latitude out of range at index 3, swapped", l,
            points({paris, lyon, marseille, swapped}),
            {error(poiAt + QLatin1String("3/latitude"), "latitude-out-of-range",
                   {s("95.2"), s("-90 to 90"), s("swap")})});
        row("latitude far out of range, no swap hint", l,
            points({{QStringLiteral("Far"), -200.0, 10.0}}),
            {error(poiAt + QLatin1String("0/latitude"), "latitude-out-of-range",
                   {s("-200"), s("-90 to 90")})});
        row("latitude out of range with a longitude beyond 90, no swap hint", l,
            points({{QStringLiteral("Odd"), 91.0, 120.0}}),
            {error(poiAt + QLatin1String("0/latitude"), "latitude-out-of-range", {s("91")})});
        row("longitude out of range", l, points({paris, {QStringLiteral("East"), 10.0, 181.5}}),
            {error(poiAt + QLatin1String("1/longitude"), "longitude-out-of-range",
                   {s("181.5"), s("-180 to 180")})});
        row("both out of range", l, points({{QStringLiteral("Nowhere"), -95.0, -190.0}}),
            {error(poiAt + QLatin1String("0/latitude"), "latitude-out-of-range", {s("-95")}),
             error(poiAt + QLatin1String("0/longitude"), "longitude-out-of-range", {s("-190")})});
        row("limits are valid", l,
            points({{QStringLiteral("Pole"), 90.0, -180.0},
                    {QStringLiteral("Other"), -90.0, 180.0}}),
            {});
        row("latitude missing", l, points({{QStringLiteral("Blank"), std::nullopt, 2.0}}),
            {error(poiAt + QLatin1String("0/latitude"), "coordinate-missing",
                   {s("“Blank”"), s("latitude")})});
        row("longitude missing, unnamed point", l, points({paris, {QString(), 2.0, std::nullopt}}),
            {error(poiAt + QLatin1String("1/longitude"), "coordinate-missing",
                   {s("#2"), s("longitude")})});
        row("latitude not a number", l, points({{QStringLiteral("NaN"), std::nan(""), 2.0}}),
            {error(poiAt + QLatin1String("0/latitude"), "coordinate-not-finite", {s("nan")})});
        row("longitude infinite", l,
            points({{QStringLiteral("Inf"), 2.0, std::numeric_limits<double>::infinity()}}),
            {error(poiAt + QLatin1String("0/longitude"), "coordinate-not-finite", {s("inf")})});
        row("same place twice", l,
            points({paris, lyon, {QStringLiteral("Paris bis"), 48.856612, 2.352221}}),
            {warning(poiAt + QLatin1String("2"), "duplicate-point-of-interest",
                     {s("“Paris bis”"), s("“Paris Rivoli”"), s("48.856612"), s("2.352221")})});
        row("one decimal unit apart is another place", l,
            points({paris, {QStringLiteral("Next door"), 48.85662, 2.35222}}), {});
        row("bad points from the server, left alone",
            with(l, points({{QStringLiteral("Bad"), 95.0, 2.0}, paris, paris})),
            [](AudienceSegment &x) { x.location->radiusInKm = 20; }, {});
        row("bad point from the server, list changed",
            with(l, points({{QStringLiteral("Bad"), 95.0, 2.0}})),
            [](AudienceSegment &x) { x.location->pointsOfInterest.append(lyon); },
            {error(poiAt + QLatin1String("0/latitude"), "latitude-out-of-range", {s("95")})});
    }
    void pointsOfInterest() { validate(); }

    void radius_data()
    {
        addColumns();
        const AudienceSegment l = SampleSegments::of(SegmentType::Location);
        const QString radius = QStringLiteral("attributes/location/radiusInKm");
        const auto set = [](qint64 km) {
            return [km](AudienceSegment &x) { x.location->radiusInKm = km; };
        };
        row("zero", l, set(0), {error(radius, "radius-not-positive", {s("Radius 0 km")})});
        row("negative", l, set(-5), {error(radius, "radius-not-positive", {s("-5")})});
        row("beyond int32", l, set(Q_INT64_C(2147483648)),
            {error(radius, "radius-too-large", {s("2147483648"), s("2147483647")})});
        row("int32 max", l, set(Q_INT64_C(2147483647)), {});
        row("one", l, set(1), {});
        row("zero from the server, left alone", with(l, set(0)), [](AudienceSegment &) {}, {});
    }
    void radius() { validate(); }

    void days_data()
    {
        addColumns();
        const AudienceSegment p = SampleSegments::of(SegmentType::Prospecting); // 7..30
        const QString pMin = prospectingAt + QLatin1String("daysSinceLastVisitMin");
        const QString pMax = prospectingAt + QLatin1String("daysSinceLastVisitMax");
        row("prospecting min negative", p,
            [](AudienceSegment &x) { x.prospecting->daysSinceLastVisitMin = -1; },
            {error(pMin, "days-negative", {s("-1")})});
        row("prospecting max beyond int32", p,
            [](AudienceSegment &x) {
                x.prospecting->daysSinceLastVisitMax = Q_INT64_C(2147483648);
            },
            {error(pMax, "days-too-large", {s("2147483648"), s("2147483647")})});
        row("prospecting min above max, min changed", p,
            [](AudienceSegment &x) { x.prospecting->daysSinceLastVisitMin = 40; },
            {error(pMin, "days-min-above-max", {s("40"), s("30")})});
        row("prospecting max below min, max changed", p,
            [](AudienceSegment &x) { x.prospecting->daysSinceLastVisitMax = 5; },
            {error(pMax, "days-min-above-max", {s("7"), s("5")})});
        row("prospecting max below the original min, min unset in edited", p,
            [](AudienceSegment &x) {
                x.prospecting->daysSinceLastVisitMin.reset();
                x.prospecting->daysSinceLastVisitMax = 3;
            },
            {error(pMax, "days-min-above-max", {s("7"), s("3")})});
        row("prospecting both changed, min above max", p,
            [](AudienceSegment &x) {
                x.prospecting->daysSinceLastVisitMin = 9;
                x.prospecting->daysSinceLastVisitMax = 8;
            },
            {error(pMin, "days-min-above-max", {s("9"), s("8")})});
        row("prospecting min cleared, max small", p,
            [](AudienceSegment &x) {
                x.prospecting->daysSinceLastVisitMin.clear();
                x.prospecting->daysSinceLastVisitMax = 1;
            },
            {});
        row("prospecting zero to zero", p,
            [](AudienceSegment &x) {
                x.prospecting->daysSinceLastVisitMin = 0;
                x.prospecting->daysSinceLastVisitMax = 0;
            },
            {});
        row("prospecting negative min above max: only the sign", p,
            [](AudienceSegment &x) {
                x.prospecting->daysSinceLastVisitMin = -1;
                x.prospecting->daysSinceLastVisitMax = -2;
            },
            {error(pMin, "days-negative", {s("-1")}), error(pMax, "days-negative", {s("-2")})});

        const AudienceSegment r = SampleSegments::of(SegmentType::Retargeting); // 0..30
        const QString rMin = retargetingAt + QLatin1String("daysSinceLastVisitMin");
        const QString rMax = retargetingAt + QLatin1String("daysSinceLastVisitMax");
        row("retargeting max negative", r,
            [](AudienceSegment &x) { x.retargeting->daysSinceLastVisitMax = -30; },
            {error(rMax, "days-negative", {s("-30")})});
        row("retargeting min beyond int32", r,
            [](AudienceSegment &x) {
                x.retargeting->daysSinceLastVisitMin = Q_INT64_C(3000000000);
            },
            {error(rMin, "days-too-large", {s("3000000000")})});
        row("retargeting min above max", r,
            [](AudienceSegment &x) { x.retargeting->daysSinceLastVisitMin = 31; },
            {error(rMin, "days-min-above-max", {s("31"), s("30")})});
        row("retargeting min equal to max", r,
            [](AudienceSegment &x) { x.retargeting->daysSinceLastVisitMin = 30; }, {});
        row("retargeting inverted range from the server, left alone",
            with(r,
                 [](AudienceSegment &x) {
                     x.retargeting->daysSinceLastVisitMin = 40;
                     x.retargeting->visitorsType = VisitorsType::All;
                 }),
            [](AudienceSegment &x) { x.retargeting->visitorsType = VisitorsType::Buyers; }, {});
    }
    void days() { validate(); }

    void targetSize_data()
    {
        addColumns();
        const AudienceSegment l = SampleSegments::of(SegmentType::Lookalike);
        const QString size = QStringLiteral("attributes/lookalike/targetSize");
        const auto set
                = [](qint64 v) { return [v](AudienceSegment &x) { x.lookalike->targetSize = v; }; };
        row("zero", l, set(0), {error(size, "target-size-not-positive", {s("Target size 0")})});
        row("negative", l, set(-10), {error(size, "target-size-not-positive", {s("-10")})});
        row("int64 max", l, set(std::numeric_limits<qint64>::max()), {});
        row("one", l, set(1), {});
        row("unset in edited", l, [](AudienceSegment &x) { x.lookalike->targetSize.reset(); }, {});
    }
    void targetSize() { validate(); }

    // Only the sub-object of the original's type is read, as in the patch.
    void otherSubObjectsIgnored_data()
    {
        addColumns();
        const AudienceSegment in = SampleSegments::of(SegmentType::InMarket);
        row("location on an InMarket segment", in,
            [](AudienceSegment &x) {
                x.location = LocationSettings{{{QStringLiteral("Bad"), 95.0, 2.0}}, 0, {}};
            },
            {});
        row("inMarket on a Behavioral segment", SampleSegments::of(SegmentType::Behavioral),
            [](AudienceSegment &x) {
                x.inMarket = InMarketSettings();
                x.inMarket->country = QStringLiteral("fr");
            },
            {});
        row("inMarket on an Unknown segment", SampleSegments::of(SegmentType::Unknown),
            [](AudienceSegment &x) {
                x.inMarket = InMarketSettings();
                x.inMarket->buyingPower = {BuyingPower::Unknown};
            },
            {});
        row("every sample unchanged", in, [](AudienceSegment &) {}, {});
    }
    void otherSubObjectsIgnored() { validate(); }

    // The example of UX.md, word for word.
    void latitudeMessage()
    {
        const AudienceSegment original = SampleSegments::of(SegmentType::Location);
        AudienceSegment edited = original;
        edited.location->pointsOfInterest[1].latitude = 95.2;
        edited.location->pointsOfInterest[1].longitude = 4.85974;
        const ProblemList problems = SegmentValidator::validate(original, edited);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).field,
                 QStringLiteral("attributes/location/pointsOfInterest/1/latitude"));
        QCOMPARE(problems.at(0).title,
                 QStringLiteral("Latitude 95.2 is out of range (-90 to 90). Did you swap latitude "
                                "and longitude?"));
    }

    void nameIndexIsAskedWithTheTrimmedName()
    {
        const AudienceSegment original = SampleSegments::of(SegmentType::Retargeting);
        AudienceSegment edited = original;
        edited.name = QStringLiteral("  Buyers  ");
        QStringList asked;
        SegmentValidator::validate(original, edited,
                                   [&asked](const QString &advertiserId, const QString &name) {
                                       asked << advertiserId << name;
                                       return 1;
                                   });
        QCOMPARE(asked, QStringList({QStringLiteral("501"), QStringLiteral("Buyers")}));
    }

    void validateAllNames()
    {
        const auto named = [](const char *id, const char *advertiser, const char *name) {
            AudienceSegment x = SampleSegments::of(SegmentType::ContactList);
            x.id = QLatin1String(id);
            x.advertiserId = QLatin1String(advertiser);
            x.name = QLatin1String(name);
            return x;
        };
        const QList<AudienceSegment> originals{
                named("1", "501", "Alpha"),   named("2", "501", "Beta"),
                named("3", "502", "Gamma"),   named("4", "501", "Delta"),
                named("5", "501", "Epsilon"), named("6", "501", "Zeta")};
        QList<AudienceSegment> edited = originals;
        edited[0].name = QStringLiteral("Beta");   // collides with 2, left alone
        edited[2].name = QStringLiteral("Alpha");  // another advertiser
        edited[3].name = QStringLiteral(" Beta "); // collides after trimming
        edited[4].name = QStringLiteral("beta");   // case differs: another name
        edited[5].name.reset();                    // keeps "Zeta"

        const QHash<QString, ProblemList> result = SegmentValidator::validateAll(originals, edited);
        QStringList ids = result.keys();
        ids.sort();
        QCOMPARE(ids, QStringList({QStringLiteral("1"), QStringLiteral("4")}));
        for (const QString &id : ids) {
            check(result.value(id),
                  {error(QStringLiteral("attributes/name"), "name-must-be-unique", {s("“Beta”")})},
                  id);
        }
    }

    void validateAllSwappedNamesAreFine()
    {
        AudienceSegment a = SampleSegments::of(SegmentType::InMarket);
        AudienceSegment b = SampleSegments::of(SegmentType::Retargeting);
        const QList<AudienceSegment> originals{a, b};
        std::swap(a.name, b.name);
        QVERIFY(SegmentValidator::validateAll(originals, {a, b}).isEmpty());
    }

    void validateAllUnsetNameKeepsTheOriginal()
    {
        AudienceSegment a = SampleSegments::of(SegmentType::InMarket);
        AudienceSegment b = SampleSegments::of(SegmentType::Retargeting);
        const QList<AudienceSegment> originals{a, b};
        a.name.reset();
        b.name = SampleSegments::of(SegmentType::InMarket).name;
        const QHash<QString, ProblemList> result = SegmentValidator::validateAll(originals, {a, b});
        QCOMPARE(result.keys(), QStringList{QStringLiteral("1004")});
        check(result.value(QStringLiteral("1004")),
              {error(QStringLiteral("attributes/name"), "name-must-be-unique",
                     {s("Sneaker intenders FR")})},
              QStringLiteral("1004"));
    }

    // A segment without an original (not loaded from the server) is checked in full.
    void validateAllWithoutOriginal()
    {
        AudienceSegment orphan = SampleSegments::of(SegmentType::Location);
        orphan.id = QStringLiteral("9");
        orphan.name = QString();
        orphan.location->radiusInKm = 0;
        const QHash<QString, ProblemList> result = SegmentValidator::validateAll({}, {orphan});
        QCOMPARE(result.keys(), QStringList{QStringLiteral("9")});
        check(result.value(QStringLiteral("9")),
              {error(QStringLiteral("attributes/name"), "name-required", {}),
               error(QStringLiteral("attributes/location/radiusInKm"), "radius-not-positive",
                     {s("0")})},
              QStringLiteral("9"));
    }

    void validateAllCleanSetIsEmpty()
    {
        const QList<AudienceSegment> all = SampleSegments::all();
        QVERIFY(SegmentValidator::validateAll(all, all).isEmpty());
    }

private:
    void validate()
    {
        QFETCH(AudienceSegment, original);
        QFETCH(AudienceSegment, edited);
        QFETCH(int, nameCount);
        QFETCH(QList<Expected>, expected);
        SegmentValidator::NameCount count;
        if (nameCount >= 0)
            count = [nameCount](const QString &, const QString &) { return nameCount; };
        check(SegmentValidator::validate(original, edited, count), expected, edited.id);
    }
};

QTEST_GUILESS_MAIN(TestSegmentValidator)
#include "tst_segmentvalidator.moc"
