#include "DemoLifecycleProcessor.h"

#include "DemoPatchProcessor.h"
#include "DemoProblems.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoLifecycleProcessor", text);
}

// The type sub-objects of a create, and the type each makes.
struct Kind
{
    const char *key;
    const char *type;
    QStringList required;
};

const QList<Kind> &kinds()
{
    static const QList<Kind> list{
            {"inMarket", "InMarket", {QStringLiteral("country")}},
            {"location",
             "Location",
             {QStringLiteral("pointsOfInterest"), QStringLiteral("radiusInKm")}},
            {"prospecting", "Prospecting", {QStringLiteral("usersType")}},
            {"retargeting",
             "Retargeting",
             {QStringLiteral("visitorsType"), QStringLiteral("daysSinceLastVisitMin"),
              QStringLiteral("daysSinceLastVisitMax")}},
            {"lookalike", "Lookalike", {QStringLiteral("seedSegmentId")}},
            {"contactList", "ContactList", {}},
    };
    return list;
}

// A problem the patch processor wrote about item 0, moved to item `index`.
QJsonObject moved(QJsonObject problem, int index)
{
    const QString to = QStringLiteral("data/%1/").arg(index);
    if (problem.value(QLatin1String("instance")).toString().startsWith(QLatin1String("@data/")))
        problem.insert(QLatin1String("instance"), QStringLiteral("@data/%1").arg(index));
    QJsonObject source = problem.value(QLatin1String("source")).toObject();
    for (auto it = source.begin(); it != source.end(); ++it) {
        QString path = it.value().toString();
        if (path.startsWith(QLatin1String("data/0/")))
            it.value() = QString(to + path.mid(7));
    }
    if (!source.isEmpty())
        problem.insert(QLatin1String("source"), source);
    return problem;
}

} // namespace

DemoLifecycleProcessor::DemoLifecycleProcessor(DemoData *data, const QDateTime &now,
                                               const QString &traceId)
    : m_data(data)
    , m_now(now)
    , m_traceId(traceId)
{ }

QJsonObject DemoLifecycleProcessor::problem(const QString &type, const QString &code,
                                            const QString &title, const QString &detail, int index,
                                            const QString &field) const
{
    QString path = QStringLiteral("data/%1").arg(index);
    if (!field.isEmpty())
        path += QLatin1Char('/') + field;
    return DemoProblems::make(type, code, title, detail, m_traceId,
                              QStringLiteral("@data/%1").arg(index),
                              DemoProblems::fieldSource(path));
}

DemoLifecycleProcessor::Result DemoLifecycleProcessor::create(const QJsonArray &items)
{
    Result result;
    const QString validation = QStringLiteral("validation");
    const QStringList known{QStringLiteral("advertiserId"), QStringLiteral("name"),
                            QStringLiteral("description"),  QStringLiteral("inMarket"),
                            QStringLiteral("location"),     QStringLiteral("prospecting"),
                            QStringLiteral("retargeting"),  QStringLiteral("lookalike"),
                            QStringLiteral("contactList")};
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        QList<QJsonObject> problems;
        const auto fail = [&](const QString &type, const QString &code, const QString &title,
                              const QString &detail, const QString &field = {}) {
            problems.append(problem(type, code, title, detail, i, field));
        };
        if (item.value(QLatin1String("type")).toString() != QLatin1String("AudienceSegment")
            || !item.value(QLatin1String("attributes")).isObject()) {
            fail(validation, QStringLiteral("invalid-resource-type"), tr("Invalid resource"),
                 tr("Each item must be {\"type\": \"AudienceSegment\", \"attributes\": {…}}."));
            for (const QJsonObject &p : std::as_const(problems))
                result.errors.append(p);
            continue;
        }
        const QJsonObject attributes = item.value(QLatin1String("attributes")).toObject();
        for (auto it = attributes.begin(); it != attributes.end(); ++it)
            if (!known.contains(it.key()))
                fail(validation, QStringLiteral("unknown-property"), tr("Unknown property"),
                     tr("“%1” is not part of a segment to create.").arg(it.key()),
                     QStringLiteral("attributes/") + it.key());

        const QString advertiserId = attributes.value(QLatin1String("advertiserId")).toString();
        if (advertiserId.isEmpty())
            fail(validation, QStringLiteral("required-field"), tr("Required field"),
                 tr("advertiserId is required."), QStringLiteral("attributes/advertiserId"));
        else if (!m_data->isReachable(advertiserId))
            fail(QStringLiteral("authorization"), QStringLiteral("advertiser-not-accessible"),
                 tr("Advertiser not accessible"),
                 tr("These credentials cannot create segments for advertiser %1.")
                         .arg(advertiserId),
                 QStringLiteral("attributes/advertiserId"));

        const QString name = attributes.value(QLatin1String("name")).toString().trimmed();
        if (!attributes.value(QLatin1String("name")).isString())
            fail(validation, QStringLiteral("required-field"), tr("Required field"),
                 tr("name is required."), QStringLiteral("attributes/name"));
        else if (name.isEmpty())
            fail(validation, QStringLiteral("name-must-not-be-empty"), tr("Empty name"),
                 tr("The name of a segment cannot be empty."), QStringLiteral("attributes/name"));
        else if (!m_data->segmentIdNamed(advertiserId, name).isEmpty())
            fail(validation, QStringLiteral("name-must-be-unique"), tr("Name already used"),
                 tr("Advertiser %1 already has a segment named “%2”.").arg(advertiserId, name),
                 QStringLiteral("attributes/name"));

        const Kind *kind = nullptr;
        int kindCount = 0;
        for (const Kind &k : kinds()) {
            if (attributes.contains(QLatin1String(k.key))) {
                kind = kind ? kind : &k;
                ++kindCount;
            }
        }
        QJsonObject settings;
        if (kindCount != 1) {
            fail(validation, QStringLiteral("required-field"), tr("Segment type"),
                 tr("A segment to create has exactly one of inMarket, location, prospecting, "
                    "retargeting, lookalike or contactList."),
                 QStringLiteral("attributes"));
        } else {
            const QString key = QLatin1String(kind->key);
            settings = attributes.value(key).toObject();
            for (const QString &field : kind->required) {
                const QJsonValue value = settings.value(field);
                if (value.isUndefined() || value.isNull()
                    || (value.isArray() && value.toArray().isEmpty()))
                    fail(validation, QStringLiteral("required-field"), tr("Required field"),
                         tr("%1.%2 is required to create a segment.").arg(key, field),
                         QStringLiteral("attributes/%1/%2").arg(key, field));
            }
            if (key == QLatin1String("lookalike")
                && settings.contains(QLatin1String("seedSegmentId"))) {
                const QString seed = settings.value(QLatin1String("seedSegmentId")).toString();
                if (m_data->advertiserOf(seed) != advertiserId)
                    fail(validation, QStringLiteral("seed-not-found"), tr("Seed not found"),
                         tr("Advertiser %1 has no segment %2 to look like.")
                                 .arg(advertiserId, seed),
                         QStringLiteral("attributes/lookalike/seedSegmentId"));
            }
        }
        if (!problems.isEmpty()) {
            for (const QJsonObject &p : std::as_const(problems))
                result.errors.append(p);
            continue;
        }

        // The segment, then its fields through the update's rules: a field a create may carry
        // is checked exactly as an update of it would be.
        const QString id = m_data->nextSegmentId();
        const QString key = QLatin1String(kind->key);
        const QString stamp = m_now.toUTC().toString(Qt::ISODateWithMs);
        QJsonObject shell{{QStringLiteral("advertiserId"), advertiserId},
                          {QStringLiteral("type"), QLatin1String(kind->type)},
                          {QStringLiteral("name"), QString()},
                          {QStringLiteral("createdAt"), stamp},
                          {QStringLiteral("updatedAt"), stamp}};
        QJsonObject patchSettings = settings;
        QJsonObject shellSettings;
        if (key == QLatin1String("lookalike")) {
            shellSettings.insert(QStringLiteral("seedSegmentId"),
                                 settings.value(QLatin1String("seedSegmentId")));
            patchSettings.remove(QStringLiteral("seedSegmentId"));
        } else if (key == QLatin1String("contactList")) {
            shellSettings.insert(QStringLiteral("isReadOnly"), false);
            patchSettings = {};
        }
        shell.insert(key, shellSettings);
        m_data->insertSegment(id, shell);

        QJsonObject patchAttributes{{QStringLiteral("name"), name}};
        if (attributes.contains(QLatin1String("description")))
            patchAttributes.insert(QStringLiteral("description"),
                                   QJsonObject{{QStringLiteral("value"),
                                                attributes.value(QLatin1String("description"))}});
        // The update wraps its nillable fields ({"value": …}); a create gives them plainly.
        for (const char *nillable : {"gender", "daysSinceLastVisitMin", "daysSinceLastVisitMax"}) {
            const QString field = QLatin1String(nillable);
            if (key != QLatin1String("inMarket") && key != QLatin1String("prospecting"))
                break;
            if (patchSettings.contains(field))
                patchSettings.insert(
                        field, QJsonObject{{QStringLiteral("value"), patchSettings.value(field)}});
        }
        if (!patchSettings.isEmpty())
            patchAttributes.insert(key, patchSettings);
        DemoPatchProcessor fields(m_data, m_now, m_traceId);
        const DemoPatchProcessor::Result checked = fields.process(
                QJsonArray{QJsonObject{{QStringLiteral("id"), id},
                                       {QStringLiteral("type"), QStringLiteral("AudienceSegment")},
                                       {QStringLiteral("attributes"), patchAttributes}}});
        for (const QJsonValue &p : checked.warnings)
            result.warnings.append(moved(p.toObject(), i));
        if (!checked.errors.isEmpty() || checked.data.isEmpty()) {
            m_data->removeSegments({id});
            for (const QJsonValue &p : checked.errors)
                result.errors.append(moved(p.toObject(), i));
            continue;
        }
        result.data.append(m_data->segmentResource(id));
    }
    return result;
}

DemoLifecycleProcessor::Result DemoLifecycleProcessor::remove(const QJsonArray &items)
{
    Result result;
    QStringList gone;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString id = item.value(QLatin1String("id")).toString();
        if (item.value(QLatin1String("type")).toString() != QLatin1String("AudienceSegment")
            || id.isEmpty()) {
            result.errors.append(problem(QStringLiteral("validation"),
                                         QStringLiteral("invalid-resource-type"),
                                         tr("Invalid resource"),
                                         tr("Each item must be {\"id\": \"…\", \"type\": "
                                            "\"AudienceSegment\"}."),
                                         i));
            continue;
        }
        if (!m_data->hasSegment(id) || gone.contains(id)) {
            result.errors.append(
                    problem(QStringLiteral("validation"), QStringLiteral("segment-not-found"),
                            tr("Segment not found"), tr("There is no segment %1.").arg(id), i,
                            QStringLiteral("id")));
            continue;
        }
        if (!m_data->isReachable(m_data->advertiserOf(id))) {
            result.errors.append(problem(QStringLiteral("authorization"),
                                         QStringLiteral("segment-not-accessible"),
                                         tr("Segment not accessible"),
                                         tr("These credentials cannot delete segment %1.").arg(id),
                                         i, QStringLiteral("id")));
            continue;
        }
        gone.append(id);
        result.data.append(
                QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("type"), QStringLiteral("AudienceSegment")}});
    }
    m_data->removeSegments(gone);
    return result;
}
