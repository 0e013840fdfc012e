#include "PatchBuilder.h"

#include "SegmentJson.h"

#include <QJsonArray>
#include <QPair>

#include <cmath>

namespace PatchBuilder {
namespace {

// One JSON object of the patch being built, with the API path of every member it carries, in the
// order they were put (that order is what changedFields() reports).
class PatchObject
{
public:
    explicit PatchObject(QString path)
        : m_path(std::move(path))
    { }

    QString childPath(const char *key) const
    {
        return m_path + QLatin1Char('/') + QLatin1String(key);
    }

    void put(const char *key, const QJsonValue &value)
    {
        m_object.insert(QLatin1String(key), value);
        m_fields.append(childPath(key));
    }

    // Nests `child` under `key` unless it carries nothing.
    void putObject(const char *key, const PatchObject &child)
    {
        if (child.isEmpty())
            return;
        m_object.insert(QLatin1String(key), child.m_object);
        m_fields.append(child.m_fields);
    }

    bool isEmpty() const { return m_object.isEmpty(); }
    const QJsonObject &object() const { return m_object; }
    const QStringList &fields() const { return m_fields; }

private:
    QString m_path;
    QJsonObject m_object;
    QStringList m_fields;
};

// Encoders: the JSON the API takes for a value, or nothing when the value must never be sent
// (Unknown enum values).

std::optional<QJsonValue> stringJson(const QString &s)
{
    return QJsonValue(s);
}

// QJsonValue(qint64) keeps the integer exact and writes it without a fraction or exponent.
std::optional<QJsonValue> integerJson(qint64 v)
{
    return QJsonValue(v);
}

template<typename Enum> std::optional<QJsonValue> enumJson(Enum v)
{
    if (v == Enum::Unknown)
        return std::nullopt;
    return QJsonValue(SegmentEnums::toString(v));
}

std::optional<QJsonValue> pointOfInterestJson(const PointOfInterest &poi)
{
    QJsonObject o;
    if (!poi.name.isEmpty())
        o.insert(QLatin1String("name"), poi.name);
    if (poi.latitude)
        o.insert(QLatin1String("latitude"), roundCoordinate(*poi.latitude));
    if (poi.longitude)
        o.insert(QLatin1String("longitude"), roundCoordinate(*poi.longitude));
    return QJsonValue(o);
}

// The rules every field follows: an unset edited value means "leave alone"; an unchanged one is
// omitted; a value that cannot be sent is omitted.

template<typename T, typename Encode>
void putChanged(PatchObject &patch, const char *key, const std::optional<T> &original,
                const std::optional<T> &edited, Encode encode)
{
    if (!edited || edited == original)
        return;
    if (const std::optional<QJsonValue> json = encode(*edited))
        patch.put(key, *json);
}

// Nillable fields travel wrapped: {"value": x}, or {"value": null} to clear.
template<typename T, typename Encode>
void putNillable(PatchObject &patch, const char *key, const Nillable<T> &original,
                 const Nillable<T> &edited, Encode encode)
{
    if (edited.isUnset() || edited == original)
        return;
    std::optional<QJsonValue> json = QJsonValue(QJsonValue::Null);
    if (edited.hasValue())
        json = encode(edited.value());
    if (json)
        patch.put(key, QJsonObject{{QLatin1String("value"), *json}});
}

// Set-valued fields: compared without order or duplicates, sent whole (the API replaces the
// list), each value once in the order of its first appearance, unsendable values left out. When
// only unsendable values differ, there is nothing to send.
template<typename T, typename Encode>
void putSet(PatchObject &patch, const char *key, const QList<T> &original, const QList<T> &edited,
            Encode encode)
{
    if (sameSet(original, edited))
        return;
    QList<T> sent;
    QJsonArray array;
    for (const T &item : edited) {
        if (sent.contains(item))
            continue;
        if (const std::optional<QJsonValue> json = encode(item)) {
            sent.append(item);
            array.append(*json);
        }
    }
    if (!sameSet(original, sent))
        patch.put(key, array);
}

void diffInMarket(PatchObject &patch, const InMarketSettings &o, const InMarketSettings &e)
{
    putChanged(patch, "country", o.country, e.country, &stringJson);
    putSet(patch, "brandIds", o.brandIds, e.brandIds, &stringJson);
    putSet(patch, "interestIds", o.interestIds, e.interestIds, &stringJson);
    putSet(patch, "buyingPower", o.buyingPower, e.buyingPower, &enumJson<BuyingPower>);
    putSet(patch, "priceRange", o.priceRange, e.priceRange, &enumJson<PriceRange>);
    putNillable(patch, "gender", o.gender, e.gender, &enumJson<Gender>);
}

// registryType has a single sendable value, PointOfInterest, which tells the API what kind of
// location the update describes. It is sent when it changed, and echoed with any other location
// change when the edited segment has it, so that a location update is always self-describing.
void diffLocation(PatchObject &patch, const LocationSettings &o, const LocationSettings &e)
{
    putSet(patch, "pointsOfInterest", o.pointsOfInterest, e.pointsOfInterest, &pointOfInterestJson);
    putChanged(patch, "radiusInKm", o.radiusInKm, e.radiusInKm, &integerJson);
    const bool echo = !patch.isEmpty() || e.registryType != o.registryType;
    if (echo && e.registryType == RegistryType::PointOfInterest)
        patch.put("registryType", *enumJson(RegistryType::PointOfInterest));
}

void diffProspecting(PatchObject &patch, const ProspectingSettings &o, const ProspectingSettings &e)
{
    putChanged(patch, "usersType", o.usersType, e.usersType, &enumJson<UsersType>);
    putNillable(patch, "daysSinceLastVisitMin", o.daysSinceLastVisitMin, e.daysSinceLastVisitMin,
                &integerJson);
    putNillable(patch, "daysSinceLastVisitMax", o.daysSinceLastVisitMax, e.daysSinceLastVisitMax,
                &integerJson);
}

void diffRetargeting(PatchObject &patch, const RetargetingSettings &o, const RetargetingSettings &e)
{
    putChanged(patch, "visitorsType", o.visitorsType, e.visitorsType, &enumJson<VisitorsType>);
    putChanged(patch, "daysSinceLastVisitMin", o.daysSinceLastVisitMin, e.daysSinceLastVisitMin,
               &integerJson);
    putChanged(patch, "daysSinceLastVisitMax", o.daysSinceLastVisitMax, e.daysSinceLastVisitMax,
               &integerJson);
}

// The seed of a lookalike is fixed once created: only the target size is ever sent.
void diffLookalike(PatchObject &patch, const LookalikeSettings &o, const LookalikeSettings &e)
{
    putChanged(patch, "targetSize", o.targetSize, e.targetSize, &integerJson);
}

// A sub-object missing from the original compares as an empty one: whatever the edited one sets
// is sent.
template<typename Settings>
void putSettings(PatchObject &attributes, const char *key, const std::optional<Settings> &original,
                 const std::optional<Settings> &edited,
                 void (*diff)(PatchObject &, const Settings &, const Settings &))
{
    if (!edited)
        return;
    PatchObject child(attributes.childPath(key));
    diff(child, original.value_or(Settings()), *edited);
    attributes.putObject(key, child);
}

// Only the sub-object of the segment's own type (as the server knows it: the original's) is
// considered; ContactList, Behavioral and Unknown segments change name and description only.
void diffTypeSettings(PatchObject &attributes, const AudienceSegment &o, const AudienceSegment &e)
{
    switch (o.type) {
    case SegmentType::InMarket:
        putSettings(attributes, "inMarket", o.inMarket, e.inMarket, &diffInMarket);
        break;
    case SegmentType::Location:
        putSettings(attributes, "location", o.location, e.location, &diffLocation);
        break;
    case SegmentType::Prospecting:
        putSettings(attributes, "prospecting", o.prospecting, e.prospecting, &diffProspecting);
        break;
    case SegmentType::Retargeting:
        putSettings(attributes, "retargeting", o.retargeting, e.retargeting, &diffRetargeting);
        break;
    case SegmentType::Lookalike:
        putSettings(attributes, "lookalike", o.lookalike, e.lookalike, &diffLookalike);
        break;
    case SegmentType::ContactList:
    case SegmentType::Behavioral:
    case SegmentType::Unknown:
        break;
    }
}

PatchObject diffAttributes(const AudienceSegment &o, const AudienceSegment &e)
{
    PatchObject attributes(QStringLiteral("attributes"));
    putChanged(attributes, "name", o.name, e.name, &stringJson);
    putNillable(attributes, "description", o.description, e.description, &stringJson);
    diffTypeSettings(attributes, o, e);
    return attributes;
}

} // namespace

std::optional<QJsonObject> build(const AudienceSegment &original, const AudienceSegment &edited)
{
    const PatchObject attributes = diffAttributes(original, edited);
    if (attributes.isEmpty())
        return std::nullopt;
    return QJsonObject{{QLatin1String("id"), original.id},
                       {QLatin1String("type"), QLatin1String("AudienceSegment")},
                       {QLatin1String("attributes"), attributes.object()}};
}

QStringList changedFields(const AudienceSegment &original, const AudienceSegment &edited)
{
    return diffAttributes(original, edited).fields();
}

QJsonObject buildCreate(const AudienceSegment &segment)
{
    // The create schema's fields of each type's sub-object (LocationCreateV1 has no registry
    // type, for one).
    const auto allowedFields = [](SegmentType type) -> std::optional<QPair<QString, QStringList>> {
        const QString min = QStringLiteral("daysSinceLastVisitMin");
        const QString max = QStringLiteral("daysSinceLastVisitMax");
        switch (type) {
        case SegmentType::InMarket:
            return QPair<QString, QStringList>{
                    QStringLiteral("inMarket"),
                    {QStringLiteral("country"), QStringLiteral("brandIds"),
                     QStringLiteral("interestIds"), QStringLiteral("buyingPower"),
                     QStringLiteral("priceRange"), QStringLiteral("gender")}};
        case SegmentType::Location:
            return QPair<QString, QStringList>{
                    QStringLiteral("location"),
                    {QStringLiteral("pointsOfInterest"), QStringLiteral("radiusInKm")}};
        case SegmentType::Prospecting:
            return QPair<QString, QStringList>{QStringLiteral("prospecting"),
                                               {QStringLiteral("usersType"), min, max}};
        case SegmentType::Retargeting:
            return QPair<QString, QStringList>{QStringLiteral("retargeting"),
                                               {QStringLiteral("visitorsType"), min, max}};
        case SegmentType::Lookalike:
            return QPair<QString, QStringList>{
                    QStringLiteral("lookalike"),
                    {QStringLiteral("seedSegmentId"), QStringLiteral("targetSize")}};
        case SegmentType::ContactList:
        case SegmentType::Behavioral:
        case SegmentType::Unknown:
            break;
        }
        return std::nullopt;
    };
    QJsonObject attributes;
    attributes.insert(QLatin1String("advertiserId"), segment.advertiserId);
    if (segment.name)
        attributes.insert(QLatin1String("name"), segment.name->trimmed());
    if (segment.description.hasValue() && !segment.description.value().isEmpty())
        attributes.insert(QLatin1String("description"), segment.description.value());

    if (const auto kind = allowedFields(segment.type)) {
        const QJsonObject all = SegmentJson::toResource(segment)
                                        .value(QLatin1String("attributes"))
                                        .toObject()
                                        .value(kind->first)
                                        .toObject();
        const QString unknown = QStringLiteral("Unknown");
        QJsonObject settings;
        for (const QString &field : kind->second) {
            const QJsonValue value = all.value(field);
            if (value.isUndefined() || value.isNull() || value == QJsonValue(unknown))
                continue;
            if (!value.isArray()) {
                settings.insert(field, value);
                continue;
            }
            // Sets: once each, without Unknown values; points of interest rounded.
            QJsonArray items;
            for (const QJsonValue &item : value.toArray()) {
                if (item == QJsonValue(unknown) || items.contains(item))
                    continue;
                if (!item.isObject()) {
                    items.append(item);
                    continue;
                }
                QJsonObject poi = item.toObject();
                for (const char *axis : {"latitude", "longitude"}) {
                    const QJsonValue v = poi.value(QLatin1String(axis));
                    if (v.isDouble())
                        poi.insert(QLatin1String(axis), roundCoordinate(v.toDouble()));
                }
                items.append(poi);
            }
            settings.insert(field, items);
        }
        attributes.insert(kind->first, settings);
    }
    return QJsonObject{{QLatin1String("type"), QStringLiteral("AudienceSegment")},
                       {QLatin1String("attributes"), attributes}};
}

QJsonObject buildDelete(const QString &segmentId)
{
    return QJsonObject{{QLatin1String("id"), segmentId},
                       {QLatin1String("type"), QStringLiteral("AudienceSegment")},
                       {QLatin1String("attributes"), QJsonObject()}};
}

QJsonObject requestBody(const QList<QJsonObject> &items)
{
    QJsonArray data;
    for (const QJsonObject &item : items)
        data.append(item);
    return QJsonObject{{QLatin1String("data"), data}};
}

double roundCoordinate(double value)
{
    if (!std::isfinite(value))
        return value;
    // Adding 0.0 turns -0.0 (a tiny negative value rounded) into 0.0.
    return std::round(value * 1e5) / 1e5 + 0.0;
}

} // namespace PatchBuilder
