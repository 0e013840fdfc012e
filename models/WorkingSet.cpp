#include "WorkingSet.h"

#include "SegmentJson.h"
#include "TestHooks.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace {

const QLatin1String formatName("segment-working-set");

QString tr(const char *text)
{
    return QCoreApplication::translate("WorkingSet", text);
}

QJsonObject problemJson(const Problem &problem)
{
    QJsonObject json = SegmentJson::toJson(problem);
    json.insert(QLatin1String("severity"),
                problem.severity == Problem::Severity::Warning ? QLatin1String("warning")
                                                               : QLatin1String("error"));
    if (!problem.field.isEmpty())
        json.insert(QLatin1String("field"), problem.field);
    const char *origin = problem.origin == Problem::Origin::Validator ? "validator"
            : problem.origin == Problem::Origin::Transport            ? "transport"
                                                                      : "server";
    json.insert(QLatin1String("origin"), QLatin1String(origin));
    return json;
}

Problem problemOf(const QJsonValue &value, const QString &segmentId,
                  SegmentJson::ParseIssues *issues, const QString &path)
{
    const QJsonObject json = value.toObject();
    const bool warning
            = json.value(QLatin1String("severity")).toString() == QLatin1String("warning");
    Problem problem = SegmentJson::parseProblem(
            value, warning ? Problem::Severity::Warning : Problem::Severity::Error, issues, path);
    problem.field = json.value(QLatin1String("field")).toString();
    const QString origin = json.value(QLatin1String("origin")).toString();
    problem.origin = origin == QLatin1String("validator") ? Problem::Origin::Validator
            : origin == QLatin1String("transport")        ? Problem::Origin::Transport
                                                          : Problem::Origin::Server;
    problem.segmentId = segmentId;
    return problem;
}

// Line and column of a byte offset, for JSON syntax errors.
QString position(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QCoreApplication::translate("WorkingSet", "line %1, column %2").arg(line).arg(column);
}

} // namespace

QByteArray WorkingSet::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

QJsonObject WorkingSet::entryToJson(const WorkingSetEntry &entry)
{
    QJsonObject item;
    item.insert(QLatin1String("original"), SegmentJson::toResource(entry.original));
    if (entry.isModified())
        item.insert(QLatin1String("edited"), SegmentJson::toResource(*entry.edited));
    if (entry.excluded)
        item.insert(QLatin1String("excluded"), true);
    if (entry.lifecycle == SegmentLifecycle::New)
        item.insert(QLatin1String("pending"), QStringLiteral("create"));
    else if (entry.lifecycle == SegmentLifecycle::ToDelete)
        item.insert(QLatin1String("pending"), QStringLiteral("delete"));
    if (entry.conflictBase) {
        item.insert(QLatin1String("conflictBase"), SegmentJson::toResource(*entry.conflictBase));
        if (!entry.conflictFields.isEmpty())
            item.insert(QLatin1String("conflictFields"),
                        QJsonArray::fromStringList(entry.conflictFields));
    }
    if (entry.outcome) {
        QJsonArray problems;
        for (const Problem &problem : entry.outcome->problems)
            problems.append(problemJson(problem));
        QJsonObject outcome{
                {QLatin1String("status"), SegmentOutcome::statusKey(entry.outcome->status)}};
        if (!problems.isEmpty())
            outcome.insert(QLatin1String("problems"), problems);
        item.insert(QLatin1String("outcome"), outcome);
    }
    return item;
}

QJsonObject WorkingSet::toJsonObject() const
{
    QJsonArray list;
    for (const WorkingSetEntry &entry : segments)
        list.append(entryToJson(entry));
    QJsonObject root{{QLatin1String("format"), formatName},
                     {QLatin1String("version"), formatVersion},
                     {QLatin1String("baseUrl"), baseUrl.toString()},
                     {QLatin1String("apiVersion"), apiVersion},
                     {QLatin1String("segments"), list}};
    const QJsonArray names = advertisersToJson(advertisers);
    if (!names.isEmpty())
        root.insert(QLatin1String("advertisers"), names);
    return root;
}

QJsonArray WorkingSet::advertisersToJson(const QList<Advertiser> &advertisers)
{
    QList<Advertiser> sorted;
    QSet<QString> seen;
    for (const Advertiser &a : advertisers)
        if (!a.id.isEmpty() && !seen.contains(a.id)) {
            seen.insert(a.id);
            sorted.append(a);
        }
    std::sort(sorted.begin(), sorted.end(),
              [](const Advertiser &a, const Advertiser &b) { return a.id < b.id; });
    QJsonArray list;
    for (const Advertiser &a : std::as_const(sorted))
        list.append(QJsonObject{{QLatin1String("id"), a.id}, {QLatin1String("name"), a.name}});
    return list;
}

QList<Advertiser> WorkingSet::advertisersFromJson(const QJsonValue &value)
{
    QList<Advertiser> advertisers;
    QSet<QString> seen;
    const QJsonArray list = value.toArray();
    for (const QJsonValue &item : list) {
        const QJsonValue id = item.toObject().value(QLatin1String("id"));
        const QJsonValue name = item.toObject().value(QLatin1String("name"));
        if (!id.isString() || !name.isString() || id.toString().isEmpty()
            || seen.contains(id.toString()))
            continue;
        seen.insert(id.toString());
        advertisers.append({id.toString(), name.toString()});
    }
    std::sort(advertisers.begin(), advertisers.end(),
              [](const Advertiser &a, const Advertiser &b) { return a.id < b.id; });
    return advertisers;
}

bool WorkingSet::write(const QString &path, QString *error) const
{
    return writeBytes(path, toJson(), error);
}

bool WorkingSet::writeBytes(const QString &path, const QByteArray &json, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const bool written = file.write(json) == json.size() && file.flush();
    TestHooks::stopIfAsked("file-write");
    if (!written || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<WorkingSet> WorkingSet::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString why;
    auto set = fromJson(file.readAll(), &why);
    if (!set && error)
        *error = tr("%1 is not a valid working set: %2").arg(path, why);
    return set;
}

std::optional<WorkingSetEntry> WorkingSet::entryFromJson(const QJsonValue &value,
                                                         const QString &base, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<WorkingSetEntry> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!value.isObject())
        return fail(tr("%1: each segment must be an object with “original”.").arg(base));
    const QJsonObject item = value.toObject();
    if (!item.value(QLatin1String("original")).isObject())
        return fail(tr("%1/original: missing or not an object.").arg(base));

    SegmentJson::ParseIssues issues;
    WorkingSetEntry entry;
    entry.original = SegmentJson::parseSegmentResource(item.value(QLatin1String("original")),
                                                       &issues, base + QStringLiteral("/original"));
    if (entry.original.id.isEmpty())
        return fail(tr("%1/original/id: every segment needs its id.").arg(base));

    const QJsonValue edited = item.value(QLatin1String("edited"));
    if (edited.isObject()) {
        AudienceSegment wanted = SegmentJson::parseSegmentResource(
                edited, &issues, base + QStringLiteral("/edited"));
        const QJsonObject editedObject = edited.toObject();
        if (editedObject.contains(QLatin1String("id")) && wanted.id != entry.original.id)
            return fail(tr("%1/edited/id: the edited segment must keep the id %2.")
                                .arg(base, entry.original.id));
        const QJsonObject attributes = editedObject.value(QLatin1String("attributes")).toObject();
        if (attributes.contains(QLatin1String("type")) && wanted.type != entry.original.type)
            return fail(tr("%1/edited/attributes/type: a segment's type cannot change.").arg(base));
        // What the server owns stays as loaded.
        wanted.id = entry.original.id;
        wanted.type = entry.original.type;
        wanted.advertiserId = entry.original.advertiserId;
        wanted.createdAt = entry.original.createdAt;
        wanted.updatedAt = entry.original.updatedAt;
        if (wanted != entry.original)
            entry.edited = wanted;
    } else if (!edited.isUndefined() && !edited.isNull()) {
        return fail(tr("%1/edited: must be an object (or left out when unchanged).").arg(base));
    }
    entry.excluded = item.value(QLatin1String("excluded")).toBool(false);
    const QJsonValue pending = item.value(QLatin1String("pending"));
    if (pending == QJsonValue(QStringLiteral("create")))
        entry.lifecycle = SegmentLifecycle::New;
    else if (pending == QJsonValue(QStringLiteral("delete")))
        entry.lifecycle = SegmentLifecycle::ToDelete;
    else if (!pending.isUndefined() && !pending.isNull())
        return fail(tr("%1/pending: “%2” is neither “create” nor “delete”.")
                            .arg(base, pending.toVariant().toString()));

    const QJsonValue conflictBase = item.value(QLatin1String("conflictBase"));
    if (conflictBase.isObject()) {
        AudienceSegment started = SegmentJson::parseSegmentResource(
                conflictBase, &issues, base + QStringLiteral("/conflictBase"));
        if (conflictBase.toObject().contains(QLatin1String("id"))
            && started.id != entry.original.id)
            return fail(tr("%1/conflictBase/id: must be the id %2 of the segment.")
                                .arg(base, entry.original.id));
        started.id = entry.original.id;
        entry.conflictBase = started;
        const QJsonValue fields = item.value(QLatin1String("conflictFields"));
        if (!fields.isUndefined() && !fields.isArray())
            return fail(tr("%1/conflictFields: must be a list of field paths.").arg(base));
        const QJsonArray paths = fields.toArray();
        for (int f = 0; f < paths.size(); ++f) {
            if (!paths.at(f).isString() || paths.at(f).toString().isEmpty())
                return fail(tr("%1/conflictFields/%2: must be a field path such as "
                               "“attributes/name”.")
                                    .arg(base)
                                    .arg(f));
            entry.conflictFields.append(paths.at(f).toString());
        }
    } else if (!conflictBase.isUndefined() && !conflictBase.isNull()) {
        return fail(tr("%1/conflictBase: must be an object (or left out without a conflict).")
                            .arg(base));
    } else if (item.contains(QLatin1String("conflictFields"))) {
        return fail(tr("%1/conflictFields: given without “conflictBase”.").arg(base));
    }

    const QJsonObject outcome = item.value(QLatin1String("outcome")).toObject();
    if (!outcome.isEmpty()) {
        const auto status
                = SegmentOutcome::statusFromKey(outcome.value(QLatin1String("status")).toString());
        if (!status)
            return fail(tr("%1/outcome/status: “%2” is not one of updated, warned, failed, "
                           "not-sent, unknown.")
                                .arg(base, outcome.value(QLatin1String("status")).toString()));
        SegmentOutcome last;
        last.segmentId = entry.original.id;
        last.status = *status;
        const QJsonArray problems = outcome.value(QLatin1String("problems")).toArray();
        for (int p = 0; p < problems.size(); ++p)
            last.problems.append(problemOf(problems.at(p), entry.original.id, &issues,
                                           base + QStringLiteral("/outcome/problems/%1").arg(p)));
        entry.outcome = last;
    }
    if (!issues.isEmpty())
        return fail(QStringLiteral("%1: %2").arg(issues.first().path, issues.first().message));
    return entry;
}

std::optional<WorkingSet> WorkingSet::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<WorkingSet> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("%1: %2").arg(position(json, parseError.offset), parseError.errorString()));
    if (!document.isObject())
        return fail(tr("the file holds no JSON object."));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != formatName)
        return fail(tr("“format” is not “segment-working-set”: this file was not written by "
                       "Segment Editor or segmentctl."));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble())
        return fail(tr("“version” is missing or not a number."));
    if (version.toInt() > formatVersion)
        return fail(tr("it was written by a newer version of Segment Editor (format version %1; "
                       "this one reads version %2). Update Segment Editor to open it.")
                            .arg(version.toInt())
                            .arg(formatVersion));
    if (version.toInt() < 1)
        return fail(tr("“version” %1 is not a known format version.").arg(version.toInt()));
    const QJsonValue list = root.value(QLatin1String("segments"));
    if (!list.isArray())
        return fail(tr("“segments” is missing or not a list."));

    WorkingSet set;
    set.baseUrl = QUrl(root.value(QLatin1String("baseUrl")).toString());
    set.apiVersion = root.value(QLatin1String("apiVersion")).toString();
    set.advertisers = advertisersFromJson(root.value(QLatin1String("advertisers")));

    const QJsonArray items = list.toArray();
    QSet<QString> ids;
    for (int i = 0; i < items.size(); ++i) {
        const QString base = QStringLiteral("segments/%1").arg(i);
        QString why;
        std::optional<WorkingSetEntry> entry = entryFromJson(items.at(i), base, &why);
        if (!entry)
            return fail(why);
        if (ids.contains(entry->original.id))
            return fail(
                    tr("%1/original/id: segment %2 appears twice.").arg(base, entry->original.id));
        ids.insert(entry->original.id);
        set.segments.append(std::move(*entry));
    }
    return set;
}

QJsonObject WorkingSet::problemToJson(const Problem &problem)
{
    return problemJson(problem);
}

Problem WorkingSet::problemFromJson(const QJsonValue &value, const QString &segmentId)
{
    SegmentJson::ParseIssues issues;
    return problemOf(value, segmentId, &issues, {});
}
