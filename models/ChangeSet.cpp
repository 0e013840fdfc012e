#include "ChangeSet.h"

#include "DelimitedText.h"
#include "SegmentFields.h"
#include "SegmentSheet.h"
#include "SegmentTableModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using SegmentSheet::Column;

namespace {

const QLatin1String formatName("segment-editor-change-set");

std::optional<Column> columnOf(const QString &field)
{
    if (field.contains(QLatin1String("/pointsOfInterest")))
        return Column::PointsOfInterest;
    if (const std::optional<Column> c = SegmentSheet::columnForPath(field))
        return c;
    return SegmentSheet::columnForHeader(field);
}

} // namespace

QList<ChangeSet::Change> ChangeSet::fromModel(const SegmentTableModel &model,
                                              const QStringList &ids)
{
    QList<Change> out;
    for (const SegmentTableModel::Change &c : model.changes()) {
        if (c.lifecycle != SegmentLifecycle::Existing || (!ids.isEmpty() && !ids.contains(c.id)))
            continue;
        QList<Column> done;
        for (const QString &path : c.changedFields) {
            const std::optional<Column> column = columnOf(path);
            if (!column || done.contains(*column))
                continue;
            done.append(*column);
            Change change;
            change.id = c.id;
            change.name = c.edited.name.value_or(QString());
            change.type = c.original.type;
            change.field = SegmentSheet::fieldPath(*column, c.original.type);
            change.oldValue = SegmentSheet::cellText(c.original, *column, true);
            change.newValue = SegmentSheet::cellText(c.edited, *column, true);
            if (change.oldValue != change.newValue) // not an echoed registry type
                out.append(change);
        }
    }
    return out;
}

QByteArray ChangeSet::toJson(const QList<Change> &changes)
{
    QJsonArray array;
    for (const Change &c : changes)
        array.append(QJsonObject{
                {QLatin1String("id"), c.id},
                {QLatin1String("type"), SegmentEnums::toString(c.type)},
                {QLatin1String("name"), c.name},
                {QLatin1String("field"), c.field},
                {QLatin1String("label"), SegmentFields::fieldLabel(c.field)},
                {QLatin1String("old"), c.oldValue},
                {QLatin1String("new"), c.newValue},
        });
    const QJsonObject root{{QLatin1String("format"), formatName},
                           {QLatin1String("version"), 1},
                           {QLatin1String("changes"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray ChangeSet::toCsv(const QList<Change> &changes, QChar separator)
{
    const QLatin1String lineEnd("\r\n");
    QString out = DelimitedText::record({QStringLiteral("id"), QStringLiteral("type"),
                                         QStringLiteral("name"), QStringLiteral("field"),
                                         QStringLiteral("label"), QStringLiteral("old"),
                                         QStringLiteral("new")},
                                        separator, lineEnd);
    for (const Change &c : changes)
        out += DelimitedText::record({QLatin1String("=\"") + c.id + QLatin1Char('"'),
                                      SegmentEnums::toString(c.type), c.name, c.field,
                                      SegmentFields::fieldLabel(c.field), c.oldValue, c.newValue},
                                     separator, lineEnd);
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool ChangeSet::isChangeSet(const QByteArray &bytes)
{
    if (bytes.trimmed().startsWith('{'))
        return bytes.contains(formatName.latin1());
    const std::optional<QString> text = SheetImport::decode(bytes, nullptr, nullptr);
    if (!text)
        return false;
    for (const QChar sep : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        QStringList keys;
        for (const QString &cell : DelimitedText::firstRecord(*text, sep))
            keys.append(DelimitedText::headerKey(cell));
        if (keys.contains(QLatin1String("field")) && keys.contains(QLatin1String("old"))
            && keys.contains(QLatin1String("new")))
            return true;
    }
    return false;
}

std::optional<QList<ChangeSet::Change>> ChangeSet::parse(const QByteArray &bytes, QString *error)
{
    QString note;
    const std::optional<QString> text = SheetImport::decode(bytes, &note, error);
    if (!text)
        return std::nullopt;
    QList<Change> changes;
    if (text->trimmed().startsWith(u'{')) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &parseError);
        const QJsonObject root = doc.object();
        if (doc.isNull() || root.value(QLatin1String("format")).toString() != formatName) {
            if (error)
                *error = tr("This is not a change set of Segment Editor (“format”: “%1” is "
                            "missing).")
                                 .arg(formatName);
            return std::nullopt;
        }
        if (root.value(QLatin1String("version")).toInt() > 1) {
            if (error)
                *error = tr("This change set was made by a newer version of Segment Editor.");
            return std::nullopt;
        }
        const QJsonArray array = root.value(QLatin1String("changes")).toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject o = array.at(i).toObject();
            Change c;
            c.id = o.value(QLatin1String("id")).toString();
            c.name = o.value(QLatin1String("name")).toString();
            c.type = SegmentEnums::segmentTypeFromString(o.value(QLatin1String("type")).toString());
            c.field = o.value(QLatin1String("field")).toString();
            c.oldValue = o.value(QLatin1String("old")).toString();
            c.newValue = o.value(QLatin1String("new")).toString();
            c.line = int(i) + 1;
            changes.append(c);
        }
        return changes;
    }
    // CSV: the separator that finds the columns.
    for (const QChar sep : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        const QList<DelimitedText::Record> records = DelimitedText::records(*text, sep);
        int first = 0;
        while (first < records.size() && records.at(first).fields.isEmpty())
            ++first;
        if (first >= records.size())
            break;
        QHash<QString, int> columns;
        const QStringList header = records.at(first).fields;
        for (int i = 0; i < header.size(); ++i)
            columns.insert(DelimitedText::headerKey(header.at(i)), i);
        const QStringList needed{QStringLiteral("id"), QStringLiteral("field"),
                                 QStringLiteral("old"), QStringLiteral("new")};
        if (!std::all_of(needed.begin(), needed.end(),
                         [&columns](const QString &k) { return columns.contains(k); }))
            continue;
        const auto cell = [&columns](const QStringList &fields, const char *key) {
            const int i = columns.value(QLatin1String(key), -1);
            return i >= 0 ? fields.value(i) : QString();
        };
        for (int r = first + 1; r < records.size(); ++r) {
            const QStringList &fields = records.at(r).fields;
            if (fields.isEmpty())
                continue;
            Change c;
            c.id = cell(fields, "id").trimmed();
            c.name = cell(fields, "name");
            c.type = SegmentEnums::segmentTypeFromString(cell(fields, "type").trimmed());
            c.field = cell(fields, "field").trimmed();
            c.oldValue = cell(fields, "old");
            c.newValue = cell(fields, "new");
            c.line = records.at(r).line;
            changes.append(c);
        }
        return changes;
    }
    if (error)
        *error = tr("This is not a change set: it needs the columns id, field, old and new.");
    return std::nullopt;
}

SheetImportResult ChangeSet::importInto(const SegmentTableModel &model, const QByteArray &bytes)
{
    SheetImportResult result;
    const std::optional<QList<Change>> changes = parse(bytes, &result.fatalError);
    if (!changes)
        return result;
    SheetImport::Builder builder(model);
    for (const Change &c : *changes) {
        ++result.rowsRead;
        SheetMessage where;
        where.line = c.line;
        where.header = c.field;
        QString error;
        const std::optional<QString> read = SegmentSheet::readId(c.id, &error);
        const QString id = read ? SegmentSheet::recoverLeadingZeros(*read, builder.ids()) : c.id;
        if (!read || !model.contains(id)) {
            where.message = read ? tr("No segment %1 in the working set.").arg(c.id) : error;
            builder.refuse({}, where);
            continue;
        }
        const AudienceSegment current = *model.edited(id);
        const std::optional<Column> column = columnOf(c.field);
        if (c.type != SegmentType::Unknown && c.type != current.type) {
            where.message = tr("Segment %1 is of type %2 here, %3 in the change set.")
                                    .arg(id, SegmentFields::typeLabel(current.type),
                                         SegmentFields::typeLabel(c.type));
            builder.refuse(id, where);
            continue;
        }
        if (!column || !SegmentSheet::editable(*column, current.type)) {
            where.message = tr("The field “%1” cannot be changed here.").arg(c.field);
            builder.refuse(id, where);
            continue;
        }
        AudienceSegment *proposed = builder.proposed(id, c.line);
        const QString now = SegmentSheet::cellText(current, *column, true);
        if (now == c.newValue)
            continue; // already so
        const QString path = SegmentSheet::fieldPath(*column, current.type);
        if (now != c.oldValue) {
            ImportedField field;
            field.path = path;
            field.label = SegmentFields::fieldLabel(path);
            field.currentText = SegmentFields::valueText(current, path);
            AudienceSegment wanted = current;
            AudienceSegment expected = current;
            field.importedText
                    = SegmentSheet::readCell(c.newValue, *column, current, wanted).isEmpty()
                    ? SegmentFields::valueText(wanted, path)
                    : c.newValue;
            field.expectedText = c.oldValue.isEmpty()
                    ? SegmentFields::valueText(AudienceSegment(), path)
                    : SegmentSheet::readCell(c.oldValue, *column, current, expected).isEmpty()
                    ? SegmentFields::valueText(expected, path)
                    : c.oldValue;
            builder.conflict(id, field);
            SheetMessage m = where;
            m.segmentId = id;
            m.message = tr("%1 of segment %2 changed since the change set was made (it was %3 "
                           "there, it is %4 here): not applied.")
                                .arg(field.label, id, field.expectedText, field.currentText);
            builder.warn(m);
            continue;
        }
        if (c.newValue.isEmpty())
            continue; // "not set": nothing a sheet can say
        const QString readError = SegmentSheet::readCell(c.newValue, *column, current, *proposed);
        if (!readError.isEmpty()) {
            where.message = readError;
            builder.refuse(id, where);
        }
    }
    result.format = tr("change set");
    return builder.finish(result);
}
