#include "SegmentNarrowing.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

// "1 brand removed", "3 brands removed": English needs no "(s)", French and German have the
// same two forms.
QString counted(int n, const char *one, const char *many)
{
    return n == 1
            ? QCoreApplication::translate("SegmentNarrowing", one)
            : QCoreApplication::translate("SegmentNarrowing", many).arg(QLocale().toString(n));
}

// How many of `before` are not in `after`.
template<typename T> int removed(const QList<T> &before, const QList<T> &after)
{
    int n = 0;
    for (const T &x : before)
        n += after.contains(x) ? 0 : 1;
    return n;
}

// An allow-list where empty means "everyone": narrower when a value goes, or the first comes.
template<typename T> bool filterNarrows(const QList<T> &before, const QList<T> &after)
{
    if (after.isEmpty())
        return false;
    return before.isEmpty() || removed(before, after) > 0;
}

// A lower bound: nothing = none. Narrower when it rises or appears.
bool minNarrows(std::optional<qint64> before, std::optional<qint64> after)
{
    return after && (!before || *after > *before);
}

// An upper bound: nothing = none. Narrower when it falls or appears.
bool maxNarrows(std::optional<qint64> before, std::optional<qint64> after)
{
    return after && (!before || *after < *before);
}

std::optional<qint64> opt(const Nillable<qint64> &n)
{
    return n.hasValue() ? std::optional<qint64>(n.value()) : std::nullopt;
}

void inMarket(const InMarketSettings &b, const InMarketSettings &a, QStringList *reasons)
{
    if (b.country != a.country)
        reasons->append(
                QCoreApplication::translate("SegmentNarrowing", "the country changed from %1 to %2")
                        .arg(b.country.value_or(QStringLiteral("–")),
                             a.country.value_or(QStringLiteral("–"))));
    if (const int n = removed(b.brandIds, a.brandIds))
        reasons->append(counted(n, QT_TRANSLATE_NOOP("SegmentNarrowing", "1 brand removed"),
                                QT_TRANSLATE_NOOP("SegmentNarrowing", "%1 brands removed")));
    if (const int n = removed(b.interestIds, a.interestIds))
        reasons->append(counted(n, QT_TRANSLATE_NOOP("SegmentNarrowing", "1 interest removed"),
                                QT_TRANSLATE_NOOP("SegmentNarrowing", "%1 interests removed")));
    if (filterNarrows(b.buyingPower, a.buyingPower))
        reasons->append(QCoreApplication::translate("SegmentNarrowing", "fewer buying powers"));
    if (filterNarrows(b.priceRange, a.priceRange))
        reasons->append(QCoreApplication::translate("SegmentNarrowing", "fewer price ranges"));
    if (a.gender.hasValue() && (!b.gender.hasValue() || b.gender.value() != a.gender.value()))
        reasons->append(QCoreApplication::translate("SegmentNarrowing", "limited to one gender"));
}

void location(const LocationSettings &b, const LocationSettings &a, QStringList *reasons)
{
    if (const int n = removed(b.pointsOfInterest, a.pointsOfInterest))
        reasons->append(counted(
                n, QT_TRANSLATE_NOOP("SegmentNarrowing", "1 point of interest removed or moved"),
                QT_TRANSLATE_NOOP("SegmentNarrowing", "%1 points of interest removed or moved")));
    if (b.radiusInKm && a.radiusInKm && *a.radiusInKm < *b.radiusInKm)
        reasons->append(
                QCoreApplication::translate("SegmentNarrowing",
                                            "the radius shrank from %1 km to %2 km")
                        .arg(QLocale().toString(*b.radiusInKm), QLocale().toString(*a.radiusInKm)));
}

void days(std::optional<qint64> bMin, std::optional<qint64> bMax, std::optional<qint64> aMin,
          std::optional<qint64> aMax, QStringList *reasons)
{
    if (minNarrows(bMin, aMin) || maxNarrows(bMax, aMax))
        reasons->append(QCoreApplication::translate(
                "SegmentNarrowing", "a shorter window of days since the last visit"));
}

} // namespace

namespace SegmentNarrowing {

Result compare(const AudienceSegment &before, const AudienceSegment &after)
{
    Result result;
    QStringList &reasons = result.reasons;
    if (before.type != after.type || before.advertiserId != after.advertiserId) {
        reasons.append(
                QCoreApplication::translate("SegmentNarrowing", "a different kind of segment"));
    } else {
        switch (before.type) {
        case SegmentType::InMarket:
            if (before.inMarket && after.inMarket)
                inMarket(*before.inMarket, *after.inMarket, &reasons);
            break;
        case SegmentType::Location:
            if (before.location && after.location)
                location(*before.location, *after.location, &reasons);
            break;
        case SegmentType::Prospecting:
            if (before.prospecting && after.prospecting) {
                const ProspectingSettings &b = *before.prospecting;
                const ProspectingSettings &a = *after.prospecting;
                if (b.usersType == UsersType::ProspectsOrNonBuyers
                    && a.usersType == UsersType::Prospects)
                    reasons.append(QCoreApplication::translate(
                            "SegmentNarrowing", "prospects only, no more non-buyers"));
                days(opt(b.daysSinceLastVisitMin), opt(b.daysSinceLastVisitMax),
                     opt(a.daysSinceLastVisitMin), opt(a.daysSinceLastVisitMax), &reasons);
            }
            break;
        case SegmentType::Retargeting:
            if (before.retargeting && after.retargeting) {
                const RetargetingSettings &b = *before.retargeting;
                const RetargetingSettings &a = *after.retargeting;
                if (a.visitorsType && b.visitorsType != a.visitorsType
                    && a.visitorsType != VisitorsType::All)
                    reasons.append(QCoreApplication::translate("SegmentNarrowing",
                                                               "fewer kinds of visitors"));
                days(b.daysSinceLastVisitMin, b.daysSinceLastVisitMax, a.daysSinceLastVisitMin,
                     a.daysSinceLastVisitMax, &reasons);
            }
            break;
        case SegmentType::Lookalike:
            if (before.lookalike && after.lookalike && before.lookalike->targetSize
                && after.lookalike->targetSize
                && *after.lookalike->targetSize < *before.lookalike->targetSize)
                reasons.append(
                        QCoreApplication::translate("SegmentNarrowing", "a smaller target size"));
            break;
        case SegmentType::ContactList:
        case SegmentType::Behavioral:
        case SegmentType::Unknown:
            break;
        }
    }
    result.narrows = !reasons.isEmpty();
    return result;
}

} // namespace SegmentNarrowing
