#include "SendReconciler.h"

#include "PatchBuilder.h"

namespace SendReconciler {

namespace {

// "attributes/location/pointsOfInterest/2/latitude" -> "attributes/location/pointsOfInterest": the
// patch builder names whole fields, list elements belong to their list.
QStringList sentFields(const QJsonObject &patch)
{
    QStringList fields;
    const QJsonObject attributes = patch.value(QLatin1String("attributes")).toObject();
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const QString top = QStringLiteral("attributes/") + it.key();
        if (it.value().isObject() && it.key() != QLatin1String("description")) {
            const QJsonObject sub = it.value().toObject();
            for (auto s = sub.begin(); s != sub.end(); ++s)
                fields.append(top + QLatin1Char('/') + s.key());
        } else {
            fields.append(top);
        }
    }
    return fields;
}

} // namespace

Verdict verdict(const AudienceSegment &sentFrom, const QJsonObject &patch,
                const std::optional<AudienceSegment> &server)
{
    if (!server)
        return Verdict::Gone;
    // What would still have to be sent to bring the server to the user's version: if none of
    // the fields that went out is among it, they all arrived.
    const QStringList remaining = PatchBuilder::changedFields(*server, sentFrom);
    for (const QString &field : sentFields(patch))
        if (remaining.contains(field))
            return Verdict::NotApplied;
    return Verdict::Applied;
}

} // namespace SendReconciler
