#include "FieldText.h"

#include "SegmentFields.h"

#include <QCoreApplication>

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

} // namespace

QString changeLine(const AudienceSegment &original, const AudienceSegment &edited,
                   const QString &path)
{
    // The patch builder re-states a few fields along with a change (the registry type with any
    // location change): they are in the request, so they are listed, as what they are.
    const QString after = changeValue(edited, path);
    if (changeValue(original, path) == after)
        return Text::tr("%1: %2 (unchanged, sent along)", "field: value")
                .arg(SegmentFields::fieldLabel(path), after);
    return Text::tr("%1: %2 → %3", "field: old value → new value")
            .arg(SegmentFields::fieldLabel(path), changeValue(original, path),
                 changeValue(edited, path));
}

} // namespace FieldText
