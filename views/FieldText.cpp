#include "FieldText.h"

#include "SegmentFields.h"
#include "SegmentJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace {

constexpr int maxListItems = 12;

// The translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FieldText)
};

QJsonValue valueAt(const AudienceSegment &segment, const QString &path)
{
    QJsonValue value = SegmentJson::toResource(segment);
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (!object.contains(part))
                return QJsonValue(QJsonValue::Undefined);
            value = object.value(part);
        } else if (value.isArray()) {
            bool numeric = false;
            const int index = part.toInt(&numeric);
            const QJsonArray array = value.toArray();
            if (!numeric || index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            value = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return value;
}

QString numberText(double v)
{
    if (v == static_cast<double>(static_cast<qint64>(v)) && std::abs(v) < 1e15)
        return QLocale().toString(static_cast<qint64>(v));
    return QLocale().toString(v, 'g', 10);
}

QString text(const QJsonValue &value, bool quoted);

QString objectText(const QJsonObject &object, bool quoted)
{
    // A point of interest: "Store 12 (48.85661, 2.35222)".
    if (object.contains(QLatin1String("latitude")) || object.contains(QLatin1String("longitude"))) {
        const QString name = object.value(QLatin1String("name")).toString();
        const auto coordinate = [&](const char *key) {
            const QJsonValue v = object.value(QLatin1String(key));
            return v.isDouble() ? QLocale().toString(v.toDouble(), 'f', 5) : Text::tr("?");
        };
        const QString where = Text::tr("%1, %2", "latitude, longitude")
                                      .arg(coordinate("latitude"), coordinate("longitude"));
        return name.isEmpty() ? where
                              : Text::tr("%1 (%2)", "point name (coordinates)").arg(name, where);
    }
    QStringList parts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        parts.append(Text::tr("%1: %2", "field: value")
                             .arg(SegmentFields::fieldLabel(it.key()), text(it.value(), quoted)));
    return parts.join(QLatin1String("; "));
}

QString text(const QJsonValue &value, bool quoted)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return Text::tr("(not set)");
    case QJsonValue::Null:
        return Text::tr("(none)", "a cleared value");
    case QJsonValue::Bool:
        return value.toBool() ? Text::tr("Yes") : Text::tr("No");
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::String:
        return quoted ? Text::tr("“%1”", "a quoted text value").arg(value.toString())
                      : value.toString();
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return Text::tr("(empty list)");
        QStringList items;
        for (qsizetype i = 0; i < array.size() && i < maxListItems; ++i)
            items.append(text(array.at(i), false));
        QString joined = items.join(QLatin1String(", "));
        if (array.size() > maxListItems)
            joined = Text::tr("%1 … (+%2)", "list shown in part: first items … (+ how many more)")
                             .arg(joined, QLocale().toString(array.size() - maxListItems));
        return joined;
    }
    case QJsonValue::Object:
        return objectText(value.toObject(), quoted);
    }
    return {};
}

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

QString valueText(const AudienceSegment &segment, const QString &path, bool quoted)
{
    return text(valueAt(segment, path), quoted);
}

QString changeLine(const AudienceSegment &original, const AudienceSegment &edited,
                   const QString &path)
{
    return Text::tr("%1: %2 → %3", "field: old value → new value")
            .arg(SegmentFields::fieldLabel(path), valueText(original, path, true),
                 valueText(edited, path, true));
}

} // namespace FieldText
