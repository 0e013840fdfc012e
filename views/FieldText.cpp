#include "FieldText.h"

#include "SegmentFields.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

#include <optional>

namespace {

// The translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FieldText)
};

} // namespace

namespace FieldText {

QStringList settingPaths(SegmentType type)
{
    const auto paths = [](const char *object, std::initializer_list<const char *> members) {
        QStringList result;
        for (const char *member : members)
            result.append(QStringLiteral("attributes/%1/%2")
                                  .arg(QLatin1String(object), QLatin1String(member)));
        return result;
    };
    switch (type) {
    case SegmentType::InMarket:
        return paths("inMarket",
                     {"country", "brandIds", "interestIds", "buyingPower", "priceRange", "gender"});
    case SegmentType::Location:
        return paths("location", {"pointsOfInterest", "radiusInKm", "registryType"});
    case SegmentType::Prospecting:
        return paths("prospecting",
                     {"usersType", "daysSinceLastVisitMin", "daysSinceLastVisitMax"});
    case SegmentType::Retargeting:
        return paths("retargeting",
                     {"visitorsType", "daysSinceLastVisitMin", "daysSinceLastVisitMax"});
    case SegmentType::Lookalike:
        return paths("lookalike", {"seedSegmentId", "targetSize"});
    case SegmentType::ContactList:
        return paths("contactList", {"isReadOnly"});
    case SegmentType::Behavioral:
        return paths("behavioral", {"category", "country", "startDate", "endDate"});
    case SegmentType::Unknown:
        break;
    }
    return {};
}

namespace {

// Free text in quotes, so that a change of spaces shows; everything else as the models write it.
QString changeValue(const AudienceSegment &segment, const QString &path)
{
    std::optional<QString> text;
    if (path == QLatin1String("attributes/name"))
        text = segment.name;
    else if (path == QLatin1String("attributes/description") && segment.description.hasValue())
        text = segment.description.value();
    if (text)
        return Text::tr("“%1”", "a quoted text value").arg(*text);
    return SegmentFields::valueText(segment, path);
}

// A change of the point list as what was added, removed and moved, by name, instead of the two
// whole lists: "+3: Paris Louvre, Lyon Part-Dieu, Lille; −1: Nice".
std::optional<QString> pointsChange(const AudienceSegment &original, const AudienceSegment &edited)
{
    if (!original.location || !edited.location)
        return std::nullopt;
    const QList<PointOfInterest> &before = original.location->pointsOfInterest;
    const QList<PointOfInterest> &after = edited.location->pointsOfInterest;
    const QString pointsPath = QStringLiteral("attributes/location/pointsOfInterest/%1");
    const auto label = [&](const AudienceSegment &segment, const QList<PointOfInterest> &list,
                           qsizetype index) {
        const QString &name = list.at(index).name;
        return name.isEmpty() ? SegmentFields::valueText(segment, pointsPath.arg(index)) : name;
    };
    const auto names = [](const QStringList &labels) {
        constexpr int shown = 5;
        QStringList list = labels.mid(0, shown);
        if (labels.size() > shown)
            list.append(Text::tr("%n more", "points of interest, after the first names",
                                 static_cast<int>(labels.size() - shown)));
        return list.join(QLatin1String(", "));
    };
    QStringList added, removed, moved;
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (before.contains(after.at(i)))
            continue;
        // The same name elsewhere: the point moved (or was renamed with it; then added).
        const auto same = std::find_if(before.cbegin(), before.cend(), [&](const auto &p) {
            return !p.name.isEmpty() && p.name == after.at(i).name;
        });
        if (same != before.cend() && !after.contains(*same))
            moved.append(SegmentFields::valueText(edited, pointsPath.arg(i)));
        else
            added.append(label(edited, after, i));
    }
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (after.contains(before.at(i)))
            continue;
        const bool movedAway = !before.at(i).name.isEmpty()
                && std::any_of(after.cbegin(), after.cend(),
                               [&](const auto &p) { return p.name == before.at(i).name; });
        if (!movedAway)
            removed.append(label(original, before, i));
    }
    QStringList parts;
    if (!added.isEmpty())
        parts.append(Text::tr("+%1: %2", "points added: count, names")
                             .arg(QLocale().toString(added.size()), names(added)));
    if (!removed.isEmpty())
        parts.append(Text::tr("−%1: %2", "points removed: count, names")
                             .arg(QLocale().toString(removed.size()), names(removed)));
    if (!moved.isEmpty())
        parts.append(Text::tr("moved %1: %2", "points with new coordinates: count, points")
                             .arg(QLocale().toString(moved.size()), names(moved)));
    if (parts.isEmpty())
        parts.append(Text::tr("the same points in another order"));
    return Text::tr("%1: %2", "field: what changed")
            .arg(SegmentFields::fieldLabel(QStringLiteral("attributes/location/pointsOfInterest")),
                 parts.join(QLatin1String("; ")));
}

} // namespace

QString changeLine(const AudienceSegment &original, const AudienceSegment &edited,
                   const QString &path)
{
    // The patch builder re-states a few fields along with a change (the registry type with any
    // location change): they are in the request, so they are listed, as what they are.
    if (path == QLatin1String("attributes/location/pointsOfInterest"))
        if (const std::optional<QString> line = pointsChange(original, edited))
            return *line;
    const QString after = changeValue(edited, path);
    if (changeValue(original, path) == after)
        return Text::tr("%1: %2 (unchanged; the API needs it with this change)", "field: value")
                .arg(SegmentFields::fieldLabel(path), after);
    return Text::tr("%1: %2 → %3", "field: old value → new value")
            .arg(SegmentFields::fieldLabel(path), changeValue(original, path),
                 changeValue(edited, path));
}

} // namespace FieldText
