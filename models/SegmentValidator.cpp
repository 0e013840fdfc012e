#include "SegmentValidator.h"

#include "PatchBuilder.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPair>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr qint64 int32Max = std::numeric_limits<qint32>::max();

QString number(double v)
{
    return QLocale().toString(v, 'g', 12);
}

QString number(qint64 v)
{
    return QLocale().toString(v);
}

// The wire names a picker offers for an enum (every value but Unknown), for "choose one of" hints.
template<typename Enum> QString choices(std::initializer_list<Enum> values)
{
    QStringList names;
    for (Enum v : values)
        names.append(SegmentEnums::toString(v));
    return names.join(QLatin1String(", "));
}

// A value left unset in the edited segment keeps the original's.
template<typename T> Nillable<T> effective(const Nillable<T> &original, const Nillable<T> &edited)
{
    return edited.isUnset() ? original : edited;
}

template<typename T>
std::optional<T> effective(const std::optional<T> &original, const std::optional<T> &edited)
{
    return edited ? edited : original;
}

// The value a field holds, whatever its kind.
template<typename T> std::optional<T> valueOf(const Nillable<T> &n)
{
    return n.hasValue() ? std::optional<T>(n.value()) : std::nullopt;
}

template<typename T> std::optional<T> valueOf(const std::optional<T> &n)
{
    return n;
}

// How a point of interest is named in a message: its name, or its number (from 1) when unnamed.
QString poiLabel(const PointOfInterest &poi, qsizetype index)
{
    if (!poi.name.trimmed().isEmpty())
        return QCoreApplication::translate("SegmentValidator", "“%1”", "a quoted name")
                .arg(poi.name);
    return QCoreApplication::translate("SegmentValidator", "#%1", "an unnamed point of interest")
            .arg(index + 1);
}

// Checks one edited segment against its original. Only what the user changed is held against
// them: a rule runs when one of the fields it reads differs from the original.
class Checker
{
public:
    Checker(const AudienceSegment &original, const AudienceSegment &edited,
            const SegmentValidator::NameCount &nameCount)
        : m_original(original)
        , m_edited(edited)
        , m_nameCount(nameCount)
    { }

    ProblemList run()
    {
        checkName();
        const AudienceSegment &o = m_original;
        const AudienceSegment &e = m_edited;
        switch (o.type) {
        case SegmentType::InMarket:
            checkSettings(o.inMarket, e.inMarket, &Checker::checkInMarket);
            break;
        case SegmentType::Location:
            checkSettings(o.location, e.location, &Checker::checkLocation);
            break;
        case SegmentType::Prospecting:
            checkSettings(o.prospecting, e.prospecting, &Checker::checkProspecting);
            break;
        case SegmentType::Retargeting:
            checkSettings(o.retargeting, e.retargeting, &Checker::checkRetargeting);
            break;
        case SegmentType::Lookalike:
            checkSettings(o.lookalike, e.lookalike, &Checker::checkLookalike);
            break;
        case SegmentType::ContactList:
        case SegmentType::Behavioral:
        case SegmentType::Unknown:
            break;
        }
        return m_problems;
    }

    // A segment to create: what the create schema requires, then the same rules as an edit
    // (everything differs from the blank original, so every rule runs).
    ProblemList runNew()
    {
        const AudienceSegment &e = m_edited;
        const auto required = [this](bool present, const char *field, const QString &message) {
            if (!present)
                error(QLatin1String(field), "required", message);
        };
        const auto tr = [](const char *text) {
            return QCoreApplication::translate("SegmentValidator", text);
        };
        required(e.name && !e.name->trimmed().isEmpty(), "attributes/name",
                 tr("A new segment needs a name."));
        switch (e.type) {
        case SegmentType::InMarket:
            required(e.inMarket && e.inMarket->country, "attributes/inMarket/country",
                     tr("A new in-market segment needs a country."));
            break;
        case SegmentType::Location:
            required(e.location && !e.location->pointsOfInterest.isEmpty(),
                     "attributes/location/pointsOfInterest",
                     tr("A new location segment needs at least one point of interest."));
            required(e.location && e.location->radiusInKm, "attributes/location/radiusInKm",
                     tr("A new location segment needs a radius."));
            break;
        case SegmentType::Prospecting:
            required(e.prospecting && e.prospecting->usersType
                             && *e.prospecting->usersType != UsersType::Unknown,
                     "attributes/prospecting/usersType",
                     tr("A new prospecting segment needs its users type."));
            break;
        case SegmentType::Retargeting:
            required(e.retargeting && e.retargeting->visitorsType
                             && *e.retargeting->visitorsType != VisitorsType::Unknown,
                     "attributes/retargeting/visitorsType",
                     tr("A new retargeting segment needs its visitors type."));
            required(e.retargeting && e.retargeting->daysSinceLastVisitMin,
                     "attributes/retargeting/daysSinceLastVisitMin",
                     tr("A new retargeting segment needs the fewest days since the last visit."));
            required(e.retargeting && e.retargeting->daysSinceLastVisitMax,
                     "attributes/retargeting/daysSinceLastVisitMax",
                     tr("A new retargeting segment needs the most days since the last visit."));
            break;
        case SegmentType::Lookalike:
            required(e.lookalike && e.lookalike->seedSegmentId
                             && !e.lookalike->seedSegmentId->isEmpty(),
                     "attributes/lookalike/seedSegmentId",
                     tr("A new lookalike segment needs the segment it looks like (its seed)."));
            break;
        case SegmentType::ContactList:
        case SegmentType::Behavioral:
        case SegmentType::Unknown:
            error(QString(), "type-not-creatable",
                  tr("Segments of this type cannot be created with Segment Editor."));
            break;
        }
        const ProblemList missing = m_problems;
        m_problems.clear();
        ProblemList result = run();
        // A missing field is said once, not also as "empty".
        for (const Problem &p : missing) {
            result.erase(std::remove_if(result.begin(), result.end(),
                                        [&p](const Problem &q) { return q.field == p.field; }),
                         result.end());
            result.append(p);
        }
        return result;
    }

private:
    void add(Problem::Severity severity, const QString &field, const char *code,
             const QString &message)
    {
        Problem p;
        p.severity = severity;
        p.origin = Problem::Origin::Validator;
        p.type = QStringLiteral("validation");
        p.code = QLatin1String(code);
        p.title = message;
        p.segmentId = m_edited.id;
        p.field = field;
        m_problems.append(p);
    }
    void error(const QString &field, const char *code, const QString &message)
    {
        add(Problem::Severity::Error, field, code, message);
    }
    void warning(const QString &field, const char *code, const QString &message)
    {
        add(Problem::Severity::Warning, field, code, message);
    }

    // Only the sub-object of the segment's own type (the original's), as in the patch; one
    // missing from the original compares as an empty one.
    template<typename Settings>
    void checkSettings(const std::optional<Settings> &original,
                       const std::optional<Settings> &edited,
                       void (Checker::*check)(const Settings &, const Settings &))
    {
        if (edited)
            (this->*check)(original.value_or(Settings()), *edited);
    }

    void checkName()
    {
        if (!m_edited.name || m_edited.name == m_original.name)
            return;
        const QString name = m_edited.name->trimmed();
        const QString field = QStringLiteral("attributes/name");
        if (name.isEmpty()) {
            error(field, "name-required",
                  QCoreApplication::translate("SegmentValidator",
                                              "The name is empty. Enter a name for the segment."));
            return;
        }
        if (m_nameCount && m_nameCount(m_edited.advertiserId, name) > 1)
            error(field, "name-must-be-unique",
                  QCoreApplication::translate("SegmentValidator",
                                              "The name “%1” is already used by another segment "
                                              "of advertiser %2. Choose a different name.")
                          .arg(name, m_edited.advertiserId));
    }

    void checkCountry(const QString &field, const std::optional<QString> &original,
                      const std::optional<QString> &edited)
    {
        if (!edited || edited == original || isCountryCode(*edited))
            return;
        const QString upper = edited->trimmed().toUpper();
        if (isCountryCode(upper))
            error(field, "country-invalid",
                  QCoreApplication::translate("SegmentValidator",
                                              "Country “%1” is not a two-letter code in capitals "
                                              "(ISO 3166-1 alpha-2). Did you mean “%2”?")
                          .arg(*edited, upper));
        else
            error(field, "country-invalid",
                  QCoreApplication::translate("SegmentValidator",
                                              "Country “%1” is not a two-letter code in capitals "
                                              "(ISO 3166-1 alpha-2). Enter one such as FR or DE.")
                          .arg(*edited));
    }

    static bool isCountryCode(const QString &s)
    {
        return s.size() == 2 && s.at(0) >= QLatin1Char('A') && s.at(0) <= QLatin1Char('Z')
                && s.at(1) >= QLatin1Char('A') && s.at(1) <= QLatin1Char('Z');
    }

    // Repeats in a set-valued field are harmless (the patch sends each value once) but usually a
    // slip: warn at each repeat.
    template<typename T, typename Describe>
    void checkRepeats(const QString &field, const QList<T> &original, const QList<T> &edited,
                      Describe describe)
    {
        if (edited == original)
            return;
        for (qsizetype i = 1; i < edited.size(); ++i) {
            if (edited.indexOf(edited.at(i)) == i)
                continue;
            warning(field + QLatin1Char('/') + QString::number(i), "duplicate-value",
                    QCoreApplication::translate("SegmentValidator",
                                                "“%1” is listed more than once; it will be sent "
                                                "once. Remove the repeat.")
                            .arg(describe(edited.at(i))));
        }
    }

    // An Unknown in an enum list is an error only when the original did not have one.
    template<typename Enum>
    void checkKnownItems(const QString &field, const QList<Enum> &original,
                         const QList<Enum> &edited, const QString &allowed)
    {
        if (original.contains(Enum::Unknown))
            return;
        for (qsizetype i = 0; i < edited.size(); ++i) {
            if (edited.at(i) == Enum::Unknown)
                unknownSelected(field + QLatin1Char('/') + QString::number(i), allowed);
        }
    }

    // A single enum value (optional or nillable) set to Unknown by the user.
    template<typename Field>
    void checkKnown(const QString &field, const Field &original, const Field &edited,
                    const QString &allowed)
    {
        using Enum = typename decltype(valueOf(edited))::value_type;
        if (edited != original && valueOf(edited) == Enum::Unknown)
            unknownSelected(field, allowed);
    }

    void unknownSelected(const QString &field, const QString &allowed)
    {
        error(field, "unknown-value",
              QCoreApplication::translate("SegmentValidator",
                                          "“Unknown” cannot be sent. Choose one of: %1.")
                      .arg(allowed));
    }

    void checkInMarket(const InMarketSettings &before, const InMarketSettings &after)
    {
        const QString at = QStringLiteral("attributes/inMarket/");
        checkCountry(at + QLatin1String("country"), before.country, after.country);
        const auto text = [](const QString &s) { return s; };
        checkRepeats(at + QLatin1String("brandIds"), before.brandIds, after.brandIds, text);
        checkRepeats(at + QLatin1String("interestIds"), before.interestIds, after.interestIds,
                     text);
        const auto wire = [](auto v) { return SegmentEnums::toString(v); };
        checkRepeats(at + QLatin1String("buyingPower"), before.buyingPower, after.buyingPower,
                     wire);
        checkRepeats(at + QLatin1String("priceRange"), before.priceRange, after.priceRange, wire);
        checkKnownItems(at + QLatin1String("buyingPower"), before.buyingPower, after.buyingPower,
                        choices({BuyingPower::Low, BuyingPower::Medium, BuyingPower::High,
                                 BuyingPower::VeryHigh}));
        checkKnownItems(at + QLatin1String("priceRange"), before.priceRange, after.priceRange,
                        choices({PriceRange::Low, PriceRange::Medium, PriceRange::High}));
        checkKnown(at + QLatin1String("gender"), before.gender, after.gender,
                   choices({Gender::Male, Gender::Female}));
    }

    void checkLocation(const LocationSettings &before, const LocationSettings &after)
    {
        const QString at = QStringLiteral("attributes/location/");
        if (after.radiusInKm && after.radiusInKm != before.radiusInKm)
            checkRadius(at + QLatin1String("radiusInKm"), *after.radiusInKm);
        checkKnown(at + QLatin1String("registryType"), before.registryType, after.registryType,
                   choices({RegistryType::PointOfInterest}));
        if (after.pointsOfInterest == before.pointsOfInterest)
            return;
        const QString pois = at + QLatin1String("pointsOfInterest/");
        for (qsizetype i = 0; i < after.pointsOfInterest.size(); ++i)
            checkPointOfInterest(pois + QString::number(i) + QLatin1Char('/'),
                                 after.pointsOfInterest, i);
    }

    void checkRadius(const QString &field, qint64 radius)
    {
        if (radius <= 0)
            error(field, "radius-not-positive",
                  QCoreApplication::translate("SegmentValidator",
                                              "Radius %1 km is not positive. Enter a radius of at "
                                              "least 1 km.")
                          .arg(number(radius)));
        else if (radius > int32Max)
            error(field, "radius-too-large",
                  QCoreApplication::translate("SegmentValidator",
                                              "Radius %1 km is too large. Enter at most %2 km.")
                          .arg(number(radius), number(int32Max)));
    }

    void checkPointOfInterest(const QString &at, const QList<PointOfInterest> &pois, qsizetype i)
    {
        const PointOfInterest &poi = pois.at(i);
        const QString label = poiLabel(poi, i);
        const bool latitudeOk = checkLatitude(at + QLatin1String("latitude"), label, poi);
        const bool longitudeOk = checkLongitude(at + QLatin1String("longitude"), label, poi);
        if (latitudeOk && longitudeOk)
            checkSamePlace(at, pois, i);
    }

    // Each returns whether the coordinate is usable.
    bool checkLatitude(const QString &field, const QString &label, const PointOfInterest &poi)
    {
        if (!poi.latitude) {
            error(field, "coordinate-missing",
                  QCoreApplication::translate("SegmentValidator",
                                              "Point of interest %1 has no latitude. Enter a "
                                              "latitude from -90 to 90.")
                          .arg(label));
            return false;
        }
        const double v = *poi.latitude;
        if (!isFinite(field, label, v))
            return false;
        if (std::fabs(v) <= 90.0)
            return true;
        // A latitude that would be a valid longitude next to a longitude that would be a valid
        // latitude: the classic swap.
        const bool swapped
                = std::fabs(v) <= 180.0 && poi.longitude && std::fabs(*poi.longitude) <= 90.0;
        error(field, "latitude-out-of-range",
              swapped ? QCoreApplication::translate("SegmentValidator",
                                                    "Latitude %1 is out of range (-90 to 90). Did "
                                                    "you swap latitude and longitude?")
                                .arg(number(v))
                      : QCoreApplication::translate("SegmentValidator",
                                                    "Latitude %1 is out of range (-90 to 90). "
                                                    "Enter a latitude from -90 to 90.")
                                .arg(number(v)));
        return false;
    }

    bool checkLongitude(const QString &field, const QString &label, const PointOfInterest &poi)
    {
        if (!poi.longitude) {
            error(field, "coordinate-missing",
                  QCoreApplication::translate("SegmentValidator",
                                              "Point of interest %1 has no longitude. Enter a "
                                              "longitude from -180 to 180.")
                          .arg(label));
            return false;
        }
        const double v = *poi.longitude;
        if (!isFinite(field, label, v))
            return false;
        if (std::fabs(v) <= 180.0)
            return true;
        error(field, "longitude-out-of-range",
              QCoreApplication::translate("SegmentValidator",
                                          "Longitude %1 is out of range (-180 to 180). Enter a "
                                          "longitude from -180 to 180.")
                      .arg(number(v)));
        return false;
    }

    bool isFinite(const QString &field, const QString &label, double v)
    {
        if (std::isfinite(v))
            return true;
        error(field, "coordinate-not-finite",
              QCoreApplication::translate("SegmentValidator",
                                          "Point of interest %1 has the coordinate %2, which is "
                                          "not a number. Enter a decimal number.")
                      .arg(label, QString::number(v)));
        return false;
    }

    // Two points at the same place (as the server keeps it, 5 decimals) are likely a repeat, but
    // may be meant (two names for one site): a warning, at the later point.
    void checkSamePlace(const QString &at, const QList<PointOfInterest> &pois, qsizetype i)
    {
        using PatchBuilder::roundCoordinate;
        const PointOfInterest &poi = pois.at(i);
        for (qsizetype j = 0; j < i; ++j) {
            const PointOfInterest &earlier = pois.at(j);
            if (!earlier.latitude || !earlier.longitude
                || roundCoordinate(*earlier.latitude) != roundCoordinate(*poi.latitude)
                || roundCoordinate(*earlier.longitude) != roundCoordinate(*poi.longitude))
                continue;
            warning(at.chopped(1), "duplicate-point-of-interest",
                    QCoreApplication::translate("SegmentValidator",
                                                "Point of interest %1 is at the same place (%2, "
                                                "%3) as %4. Remove one of them if it is a repeat.")
                            .arg(poiLabel(poi, i), number(*poi.latitude), number(*poi.longitude),
                                 poiLabel(earlier, j)));
            return;
        }
    }

    // Days since last visit: not negative, within int32, and min <= max. Unset edited values keep
    // the original's, so a range is judged on what the server will hold after the patch.
    template<typename Days>
    void checkDays(const QString &at, const Days &beforeMin, const Days &afterMin,
                   const Days &beforeMax, const Days &afterMax)
    {
        const QString minField = at + QLatin1String("daysSinceLastVisitMin");
        const QString maxField = at + QLatin1String("daysSinceLastVisitMax");
        const bool minTouched = afterMin != beforeMin && valueOf(afterMin);
        const bool maxTouched = afterMax != beforeMax && valueOf(afterMax);
        const bool minOk = !minTouched || checkDayCount(minField, *valueOf(afterMin));
        const bool maxOk = !maxTouched || checkDayCount(maxField, *valueOf(afterMax));
        const std::optional<qint64> min = valueOf(effective(beforeMin, afterMin));
        const std::optional<qint64> max = valueOf(effective(beforeMax, afterMax));
        if (!(minTouched || maxTouched) || !minOk || !maxOk || !min || !max || *min <= *max)
            return;
        error(minTouched ? minField : maxField, "days-min-above-max",
              QCoreApplication::translate("SegmentValidator",
                                          "The minimum of %1 days since the last visit is above "
                                          "the maximum of %2 days. Make the minimum at most the "
                                          "maximum.")
                      .arg(number(*min), number(*max)));
    }

    bool checkDayCount(const QString &field, qint64 days)
    {
        if (days < 0) {
            error(field, "days-negative",
                  QCoreApplication::translate("SegmentValidator",
                                              "Days since the last visit cannot be negative (%1). "
                                              "Enter 0 or more.")
                          .arg(number(days)));
            return false;
        }
        if (days > int32Max) {
            error(field, "days-too-large",
                  QCoreApplication::translate("SegmentValidator",
                                              "Days since the last visit %1 is too large. Enter "
                                              "at most %2.")
                          .arg(number(days), number(int32Max)));
            return false;
        }
        return true;
    }

    void checkProspecting(const ProspectingSettings &before, const ProspectingSettings &after)
    {
        const QString at = QStringLiteral("attributes/prospecting/");
        checkKnown(at + QLatin1String("usersType"), before.usersType, after.usersType,
                   choices({UsersType::Prospects, UsersType::ProspectsOrNonBuyers}));
        checkDays(at, before.daysSinceLastVisitMin, after.daysSinceLastVisitMin,
                  before.daysSinceLastVisitMax, after.daysSinceLastVisitMax);
    }

    void checkRetargeting(const RetargetingSettings &before, const RetargetingSettings &after)
    {
        const QString at = QStringLiteral("attributes/retargeting/");
        checkKnown(at + QLatin1String("visitorsType"), before.visitorsType, after.visitorsType,
                   choices({VisitorsType::All, VisitorsType::Buyers, VisitorsType::NonBuyers}));
        checkDays(at, before.daysSinceLastVisitMin, after.daysSinceLastVisitMin,
                  before.daysSinceLastVisitMax, after.daysSinceLastVisitMax);
    }

    // targetSize is int64 in the API, the very range qint64 holds: only the sign is checked.
    void checkLookalike(const LookalikeSettings &before, const LookalikeSettings &after)
    {
        if (!after.targetSize || after.targetSize == before.targetSize || *after.targetSize > 0)
            return;
        error(QStringLiteral("attributes/lookalike/targetSize"), "target-size-not-positive",
              QCoreApplication::translate("SegmentValidator",
                                          "Target size %1 is not positive. Enter a number of "
                                          "users of at least 1.")
                      .arg(number(*after.targetSize)));
    }

    const AudienceSegment &m_original;
    const AudienceSegment &m_edited;
    const SegmentValidator::NameCount &m_nameCount;
    ProblemList m_problems;
};

} // namespace

ProblemList SegmentValidator::validate(const AudienceSegment &original,
                                       const AudienceSegment &edited, const NameCount &nameCount)
{
    return Checker(original, edited, nameCount).run();
}

ProblemList SegmentValidator::validateNew(const AudienceSegment &edited, const NameCount &nameCount)
{
    AudienceSegment blank;
    blank.id = edited.id;
    blank.advertiserId = edited.advertiserId;
    blank.type = edited.type;
    return Checker(blank, edited, nameCount).runNew();
}

QHash<QString, ProblemList> SegmentValidator::validateAll(const QList<AudienceSegment> &originals,
                                                          const QList<AudienceSegment> &edited)
{
    QHash<QString, AudienceSegment> originalById;
    for (const AudienceSegment &s : originals)
        originalById.insert(s.id, s);

    // A segment without an original is checked in full: it is compared with an empty segment of
    // the same identity.
    const auto originalOf = [&originalById](const AudienceSegment &s) {
        AudienceSegment blank;
        blank.id = s.id;
        blank.advertiserId = s.advertiserId;
        blank.type = s.type;
        return originalById.value(s.id, blank);
    };

    QHash<QPair<QString, QString>, int> names;
    for (const AudienceSegment &s : edited) {
        if (const std::optional<QString> name = effective(originalOf(s).name, s.name))
            ++names[qMakePair(s.advertiserId, name->trimmed())];
    }
    const NameCount count = [&names](const QString &advertiserId, const QString &name) {
        return names.value(qMakePair(advertiserId, name.trimmed()));
    };

    QHash<QString, ProblemList> result;
    for (const AudienceSegment &s : edited) {
        const ProblemList problems = validate(originalOf(s), s, count);
        if (!problems.isEmpty())
            result[s.id].append(problems);
    }
    return result;
}
