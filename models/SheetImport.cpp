#include "SheetImport.h"

#include "ChangeSet.h"
#include "DelimitedText.h"
#include "PatchBuilder.h"
#include "PoiCoordinate.h"
#include "PoiParser.h"
#include "PoiRecords.h"
#include "SegmentEditor.h"
#include "SegmentFields.h"
#include "SegmentSheet.h"
#include "SegmentTableModel.h"
#include "SegmentValidator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QStringDecoder>

#include <algorithm>
#include <array>

using SegmentSheet::Column;

// ---- messages and results

QString SheetMessage::text() const
{
    QString where;
    if (line > 0 && column > 0 && !header.isEmpty())
        where = SheetImport::tr("line %1, column %2 (%3)").arg(line).arg(column).arg(header);
    else if (line > 0 && column > 0)
        where = SheetImport::tr("line %1, column %2").arg(line).arg(column);
    else if (line > 0)
        where = SheetImport::tr("line %1").arg(line);
    if (!file.isEmpty())
        where = where.isEmpty() ? file : SheetImport::tr("%1, %2", "file, line").arg(file, where);
    return where.isEmpty() ? message
                           : SheetImport::tr("%1: %2", "where: message").arg(where, message);
}

QJsonObject SheetMessage::toJson() const
{
    QJsonObject o{{QLatin1String("message"), message}};
    if (!file.isEmpty())
        o.insert(QLatin1String("file"), file);
    if (line > 0)
        o.insert(QLatin1String("line"), line);
    if (column > 0)
        o.insert(QLatin1String("column"), column);
    if (!header.isEmpty())
        o.insert(QLatin1String("header"), header);
    if (!segmentId.isEmpty())
        o.insert(QLatin1String("id"), segmentId);
    return o;
}

int ImportedEdit::applicableCount() const
{
    return int(std::count_if(fields.begin(), fields.end(),
                             [](const ImportedField &f) { return !f.conflict; }));
}

int SheetImportResult::errorCount() const
{
    return int(std::count_if(messages.begin(), messages.end(), [](const SheetMessage &m) {
        return m.severity == SheetMessage::Severity::Error;
    }));
}

int SheetImportResult::warningCount() const
{
    return int(messages.size()) - errorCount();
}

int SheetImportResult::conflictCount() const
{
    int n = 0;
    for (const ImportedEdit &e : edits)
        n += int(e.fields.size()) - e.applicableCount();
    return n;
}

QJsonObject SheetImportResult::report(const QSet<QString> &applied) const
{
    QJsonArray appliedJson;
    QJsonArray notAppliedJson;
    QJsonArray conflicts;
    for (const ImportedEdit &e : edits) {
        QJsonArray fields;
        for (const ImportedField &f : e.fields) {
            const QJsonObject field{{QLatin1String("field"), f.path},
                                    {QLatin1String("label"), f.label},
                                    {QLatin1String("old"), f.currentText},
                                    {QLatin1String("new"), f.importedText}};
            if (f.conflict) {
                QJsonObject c = field;
                c.insert(QLatin1String("id"), e.id);
                c.insert(QLatin1String("expected"), f.expectedText);
                conflicts.append(c);
            } else {
                fields.append(field);
            }
        }
        if (fields.isEmpty())
            continue;
        const QJsonObject edit{{QLatin1String("id"), e.id},
                               {QLatin1String("name"), e.name},
                               {QLatin1String("line"), e.line},
                               {QLatin1String("fields"), fields}};
        (applied.contains(e.id) ? appliedJson : notAppliedJson).append(edit);
    }
    QJsonArray refused;
    QJsonArray warnings;
    for (const SheetMessage &m : messages)
        (m.severity == SheetMessage::Severity::Error ? refused : warnings).append(m.toJson());
    QJsonObject o{{QLatin1String("applied"), appliedJson},
                  {QLatin1String("refused"), refused},
                  {QLatin1String("conflicts"), conflicts},
                  {QLatin1String("warnings"), warnings},
                  {QLatin1String("unchanged"), rowsUnchanged}};
    if (!notAppliedJson.isEmpty())
        o.insert(QLatin1String("notApplied"), notAppliedJson);
    if (!fatalError.isEmpty())
        o.insert(QLatin1String("error"), fatalError);
    return o;
}

// ---- the builder

SheetImport::Builder::Builder(const SegmentTableModel &model)
    : m_model(model)
{
    m_ids.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row)
        m_ids.append(model.idAt(row));
}

AudienceSegment *SheetImport::Builder::proposed(const QString &id, int line)
{
    auto it = m_proposed.find(id);
    if (it == m_proposed.end()) {
        const std::optional<AudienceSegment> edited = m_model.edited(id);
        if (!edited)
            return nullptr;
        it = m_proposed.insert(id, *edited);
        m_order.append(id);
        m_lines.insert(id, line);
    }
    return &*it;
}

void SheetImport::Builder::refuse(const QString &id, SheetMessage message)
{
    message.severity = SheetMessage::Severity::Error;
    message.segmentId = id;
    if (!id.isEmpty())
        m_refused.insert(id);
    m_messages.append(message);
}

void SheetImport::Builder::warn(SheetMessage message)
{
    message.severity = SheetMessage::Severity::Warning;
    m_messages.append(message);
}

void SheetImport::Builder::conflict(const QString &id, ImportedField field)
{
    field.conflict = true;
    m_conflicts[id].append(field);
}

SheetImportResult SheetImport::Builder::finish(SheetImportResult result)
{
    QSet<QPair<QString, int>> refusedLines;
    for (const QString &id : std::as_const(m_order)) {
        if (m_refused.contains(id))
            continue;
        const AudienceSegment current = *m_model.edited(id);
        const AudienceSegment &proposed = m_proposed.value(id);
        ImportedEdit edit;
        edit.id = id;
        edit.name = current.name.value_or(QString());
        edit.type = current.type;
        edit.line = m_lines.value(id);
        edit.proposed = proposed;
        QStringList paths = PatchBuilder::changedFields(current, proposed);
        if (current.name != proposed.name && !paths.contains(QLatin1String("attributes/name")))
            paths.prepend(QStringLiteral("attributes/name"));
        for (const QString &path : std::as_const(paths)) {
            ImportedField field;
            field.path = path;
            field.label = SegmentFields::fieldLabel(path);
            field.currentText = SegmentFields::valueText(current, path);
            field.importedText = SegmentFields::valueText(proposed, path);
            if (field.currentText != field.importedText) // not an echoed registry type
                edit.fields.append(field);
        }
        // What the validator holds against an imported value refuses the segment.
        if (!edit.fields.isEmpty()) {
            const AudienceSegment original = m_model.original(id).value_or(current);
            const ProblemList problems = m_model.lifecycle(id) == SegmentLifecycle::New
                    ? SegmentValidator::validateNew(proposed)
                    : SegmentValidator::validate(original, proposed);
            const ProblemList before = m_model.lifecycle(id) == SegmentLifecycle::New
                    ? SegmentValidator::validateNew(current)
                    : SegmentValidator::validate(original, current);
            bool refused = false;
            for (const Problem &p : problems) {
                if (p.severity != Problem::Severity::Error || before.contains(p))
                    continue;
                const bool imported = std::any_of(
                        edit.fields.begin(), edit.fields.end(),
                        [&p](const ImportedField &f) { return p.field.startsWith(f.path); });
                if (!imported)
                    continue;
                SheetMessage m;
                m.line = edit.line;
                m.message = SheetImport::tr("%1: %2", "field: problem")
                                    .arg(SegmentFields::fieldLabel(p.field), p.headline());
                refuse(id, m);
                refused = true;
            }
            if (refused)
                continue;
        }
        edit.fields.append(m_conflicts.value(id));
        if (edit.fields.isEmpty()) {
            ++result.rowsUnchanged;
            continue;
        }
        result.edits.append(edit);
    }
    for (const SheetMessage &m : std::as_const(m_messages))
        if (m.severity == SheetMessage::Severity::Error)
            refusedLines.insert({m.file, m.line});
    // A segment refused by a later line has its earlier lines refused too.
    for (const QString &id : std::as_const(m_refused))
        if (m_lines.contains(id))
            refusedLines.insert({QString(), m_lines.value(id)});
    result.rowsRefused = int(refusedLines.size());
    result.messages += m_messages;
    std::stable_sort(result.messages.begin(), result.messages.end(),
                     [](const SheetMessage &a, const SheetMessage &b) {
                         if (a.file != b.file)
                             return a.file.isEmpty();
                         if (a.line != b.line)
                             return a.line < b.line;
                         return a.column < b.column;
                     });
    return result;
}

// ---- reading

namespace {

struct Header
{
    QChar separator;
    QStringList cells;
    int known = 0;
};

// The separator that makes the most header cells known; on a tie the one that splits more.
Header chooseHeader(const QString &text, const std::function<bool(const QString &)> &isKnown)
{
    Header best;
    for (const QChar sep : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        Header h{sep, DelimitedText::firstRecord(text, sep), 0};
        for (const QString &cell : std::as_const(h.cells))
            h.known += isKnown(cell) ? 1 : 0;
        if (best.cells.isEmpty() || h.known > best.known
            || (h.known == best.known && h.cells.size() > best.cells.size()))
            best = h;
    }
    return best;
}

QString separatorName(QChar sep)
{
    if (sep == u';')
        return SheetImport::tr("semicolon-separated");
    if (sep == u'\t')
        return SheetImport::tr("tab-separated");
    return SheetImport::tr("comma-separated");
}

bool isBlankRow(const QStringList &fields)
{
    return std::all_of(fields.begin(), fields.end(),
                       [](const QString &f) { return f.trimmed().isEmpty(); });
}

// The id of a row, recovered from what a spreadsheet did to it; refuses the row when it cannot.
std::optional<QString> rowId(SheetImport::Builder &builder, const QString &cell, SheetMessage where)
{
    if (cell.trimmed().isEmpty()) {
        where.message = SheetImport::tr(
                "The id is missing: rows are matched to segments by id (a new segment cannot be "
                "imported from a sheet).");
        builder.refuse({}, where);
        return std::nullopt;
    }
    QString error;
    std::optional<QString> id = SegmentSheet::readId(cell, &error);
    if (!id) {
        where.message = error;
        builder.refuse({}, where);
        return std::nullopt;
    }
    const QString recovered = SegmentSheet::recoverLeadingZeros(*id, builder.ids());
    if (!builder.model().contains(recovered)) {
        where.message = SheetImport::tr("No segment %1 in the working set.").arg(*id);
        builder.refuse({}, where);
        return std::nullopt;
    }
    return recovered;
}

QString typeWord(SegmentType type)
{
    return SegmentFields::typeLabel(type);
}

void readSheetRows(SheetImport::Builder &builder, const QString &text, const Header &header,
                   SheetImportResult &result)
{
    QHash<int, Column> columns;
    QHash<Column, int> seen;
    int idColumn = -1;
    const QList<DelimitedText::Record> records = DelimitedText::records(text, header.separator);
    int first = 0;
    while (first < records.size() && records.at(first).fields.isEmpty())
        ++first;
    const int line = first < records.size() ? records.at(first).line : 1;
    for (int i = 0; i < header.cells.size(); ++i) {
        const QString cell = header.cells.at(i).trimmed();
        if (cell.isEmpty())
            continue;
        const std::optional<Column> column = SegmentSheet::columnForHeader(cell);
        SheetMessage m{SheetMessage::Severity::Warning, {}, line, i + 1, cell, {}, {}};
        if (!column || *column == Column::PointsOfInterest) {
            m.message = SheetImport::tr("Unknown column “%1”: ignored.").arg(cell);
            builder.warn(m);
            continue;
        }
        if (seen.contains(*column)) {
            m.message = SheetImport::tr("Column “%1” repeats column %2: ignored.")
                                .arg(cell)
                                .arg(seen.value(*column) + 1);
            builder.warn(m);
            continue;
        }
        seen.insert(*column, i);
        columns.insert(i, *column);
        if (*column == Column::Id)
            idColumn = i;
    }
    if (idColumn < 0) {
        result.fatalError = SheetImport::tr(
                "The sheet has no id column: rows are matched to segments by id. Export the "
                "segments again and edit that sheet.");
        return;
    }

    QHash<QString, int> lineOfId;
    for (int r = first + 1; r < records.size(); ++r) {
        const DelimitedText::Record &record = records.at(r);
        if (record.fields.isEmpty() || isBlankRow(record.fields))
            continue;
        ++result.rowsRead;
        SheetMessage where{SheetMessage::Severity::Error,       {}, record.line, idColumn + 1,
                           header.cells.at(idColumn).trimmed(), {}, {}};
        const std::optional<QString> id = rowId(builder, record.fields.value(idColumn), where);
        if (!id)
            continue;
        if (lineOfId.contains(*id)) {
            where.column = 0;
            where.header.clear();
            where.message = SheetImport::tr("Segment %1 is also on line %2: neither line is "
                                            "imported.")
                                    .arg(*id)
                                    .arg(lineOfId.value(*id));
            builder.refuse(*id, where);
            continue;
        }
        lineOfId.insert(*id, record.line);
        AudienceSegment *proposed = builder.proposed(*id, record.line);
        const AudienceSegment current = *builder.model().edited(*id);
        for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
            const Column column = it.value();
            const QString cell = record.fields.value(it.key());
            if (column == Column::Id || cell.trimmed().isEmpty())
                continue;
            SheetMessage m{SheetMessage::Severity::Error,       {}, record.line, it.key() + 1,
                           header.cells.at(it.key()).trimmed(), {}, {}};
            const auto refuse = [&](const QString &message) {
                m.message = message;
                builder.refuse(*id, m);
            };
            if (!SegmentSheet::applies(column, current.type)) {
                refuse(SheetImport::tr("This column does not apply to a segment of type %1: "
                                       "leave the cell empty.")
                               .arg(typeWord(current.type)));
                continue;
            }
            if (column == Column::Type) {
                AudienceSegment read = current;
                const QString error = SegmentSheet::readCell(cell, column, current, read);
                if (!error.isEmpty())
                    refuse(error);
                else if (read.type != current.type)
                    refuse(SheetImport::tr("The type cannot change (%1 in the working set, %2 "
                                           "here).")
                                   .arg(typeWord(current.type), typeWord(read.type)));
                continue;
            }
            if (!SegmentSheet::editable(column, current.type)) {
                AudienceSegment read = current;
                const QString error = SegmentSheet::readCell(cell, column, current, read);
                const QString now = SegmentSheet::cellText(current, column);
                if ((error.isEmpty() && SegmentSheet::cellText(read, column) != now)
                    || (!error.isEmpty() && cell.trimmed() != now))
                    refuse(current.type == SegmentType::Unknown
                                   ? SheetImport::tr("Segments of a type this version does not "
                                                     "know cannot be edited.")
                                   : SheetImport::tr("This field cannot be changed (it is %1 in "
                                                     "the working set).")
                                             .arg(now.isEmpty() ? SheetImport::tr("empty") : now));
                continue;
            }
            const QString error = SegmentSheet::readCell(cell, column, current, *proposed);
            if (!error.isEmpty())
                refuse(error);
        }
    }
}

void readPointRows(SheetImport::Builder &builder, const QString &text, const Header &header,
                   const QString &file)
{
    const PoiParsing::HeaderMatch match = PoiParsing::matchHeader(header.cells);
    int idColumn = -1;
    for (int i = 0; i < header.cells.size(); ++i)
        if (SegmentSheet::columnForHeader(header.cells.at(i)) == Column::Id && idColumn < 0)
            idColumn = i;
    int nameColumn = match.columns.name == idColumn ? -1 : match.columns.name;
    const int latColumn = match.columns.latitude;
    const int lonColumn = match.columns.longitude;
    const QList<DelimitedText::Record> records = DelimitedText::records(text, header.separator);
    int first = 0;
    while (first < records.size() && records.at(first).fields.isEmpty())
        ++first;
    if (idColumn < 0 || latColumn < 0 || lonColumn < 0) {
        SheetMessage m;
        m.file = file;
        m.message = SheetImport::tr("The points of interest need the columns segment id, name, "
                                    "latitude and longitude; none was imported.");
        builder.refuse({}, m);
        return;
    }
    for (int i = 0; i < header.cells.size(); ++i) {
        if (i == idColumn || i == nameColumn || i == latColumn || i == lonColumn
            || header.cells.at(i).trimmed().isEmpty())
            continue;
        SheetMessage m{
                SheetMessage::Severity::Warning,
                file,
                records.value(first).line,
                i + 1,
                header.cells.at(i).trimmed(),
                {},
                SheetImport::tr("Unknown column “%1”: ignored.").arg(header.cells.at(i).trimmed())};
        builder.warn(m);
    }

    QHash<QString, QList<PointOfInterest>> points;
    QStringList order;
    for (int r = first + 1; r < records.size(); ++r) {
        const DelimitedText::Record &record = records.at(r);
        if (record.fields.isEmpty() || isBlankRow(record.fields))
            continue;
        SheetMessage where{SheetMessage::Severity::Error,       file, record.line, idColumn + 1,
                           header.cells.at(idColumn).trimmed(), {},   {}};
        const std::optional<QString> id = rowId(builder, record.fields.value(idColumn), where);
        if (!id)
            continue;
        const AudienceSegment current = *builder.model().edited(*id);
        if (current.type != SegmentType::Location) {
            where.message = SheetImport::tr("Segment %1 is of type %2: only location segments "
                                            "have points of interest.")
                                    .arg(*id, typeWord(current.type));
            builder.refuse(*id, where);
            continue;
        }
        builder.proposed(*id, record.line);
        PointOfInterest point;
        if (nameColumn >= 0) {
            QString name = record.fields.value(nameColumn).trimmed();
            AudienceSegment scratch = current;
            if (!name.isEmpty()
                && SegmentSheet::readCell(name, Column::Name, current, scratch).isEmpty())
                name = scratch.name.value_or(name);
            point.name = name;
        }
        bool ok = true;
        for (const auto &[column, axis] : {std::pair{latColumn, PoiParser::Axis::Latitude},
                                           std::pair{lonColumn, PoiParser::Axis::Longitude}}) {
            const QString cell = record.fields.value(column).trimmed();
            QString error = SegmentSheet::spreadsheetError(cell);
            std::optional<double> value;
            if (error.isEmpty())
                value = PoiParser::parseCoordinate(cell, axis, &error);
            if (!value) {
                SheetMessage m = where;
                m.column = column + 1;
                m.header = header.cells.at(column).trimmed();
                m.message = error;
                builder.refuse(*id, m);
                ok = false;
                break;
            }
            (axis == PoiParser::Axis::Latitude ? point.latitude : point.longitude)
                    = PoiParsing::roundTo5(*value);
        }
        if (!ok)
            continue;
        if (!points.contains(*id))
            order.append(*id);
        points[*id].append(point);
    }
    for (const QString &id : std::as_const(order)) {
        AudienceSegment *proposed = builder.proposed(id, 0);
        if (!proposed->location)
            proposed->location = LocationSettings();
        proposed->location->pointsOfInterest = points.value(id);
    }
}

bool isPointsHeader(const QStringList &cells)
{
    const PoiParsing::HeaderMatch match = PoiParsing::matchHeader(cells);
    bool hasId = false;
    bool hasType = false;
    for (const QString &cell : cells) {
        const std::optional<Column> c = SegmentSheet::columnForHeader(cell);
        hasId = hasId || c == Column::Id;
        hasType = hasType || c == Column::Type;
    }
    return hasId && !hasType && match.columns.latitude >= 0 && match.columns.longitude >= 0;
}

} // namespace

std::optional<QString> SheetImport::decode(const QByteArray &bytes, QString *note, QString *error)
{
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("\xD0\xCF\x11\xE0")) {
        if (error)
            *error = tr("This is a workbook (.xlsx, .ods or .xls), which Segment Editor cannot "
                        "read. In your spreadsheet, choose File › Save As… and the type “CSV "
                        "UTF-8”, then import that file.");
        return std::nullopt;
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        text = QString::fromLatin1(bytes);
        if (note)
            *note = tr("not UTF-8, read as Latin-1: check the accented letters");
    } else if (note) {
        note->clear();
    }
    if (text.startsWith(u'\uFEFF'))
        text.remove(0, 1);
    return text;
}

SheetImportResult SheetImport::read(const SegmentTableModel &model, const QByteArray &sheet,
                                    const QByteArray &points)
{
    SheetImportResult result;
    Builder builder(model);
    QString note;
    const std::optional<QString> text = decode(sheet, &note, &result.fatalError);
    if (!text)
        return result;
    const Header header = chooseHeader(*text, [](const QString &cell) {
        return SegmentSheet::columnForHeader(cell).has_value();
    });
    if (header.known == 0) {
        result.fatalError = tr("The first line does not name the columns (id, name, type…): "
                               "import a sheet exported by Segment Editor, with its header row.");
        return result;
    }
    result.format = separatorName(header.separator);
    if (!note.isEmpty())
        result.format += QLatin1String(", ") + note;
    const QString pointsFile = tr("points of interest");
    if (isPointsHeader(header.cells)) {
        readPointRows(builder, *text, header, pointsFile);
        return builder.finish(result);
    }
    readSheetRows(builder, *text, header, result);
    if (!result.fatalError.isEmpty())
        return result;
    if (!points.isEmpty()) {
        QString pointsNote;
        QString pointsError;
        const std::optional<QString> pointsText = decode(points, &pointsNote, &pointsError);
        if (!pointsText) {
            SheetMessage m;
            m.file = pointsFile;
            m.message = pointsError;
            builder.refuse({}, m);
        } else {
            const Header pointsHeader = chooseHeader(*pointsText, [](const QString &cell) {
                return SegmentSheet::columnForHeader(cell).has_value()
                        || PoiParsing::matchHeader({cell}).anyKeyword;
            });
            readPointRows(builder, *pointsText, pointsHeader, pointsFile);
        }
    }
    return builder.finish(result);
}

int SheetImport::apply(SegmentEditor &editor, const QList<ImportedEdit> &edits, const QString &text)
{
    const SegmentTableModel *model = editor.model();
    if (!model)
        return 0;
    QList<AudienceSegment> changed;
    for (const ImportedEdit &edit : edits) {
        const std::optional<AudienceSegment> current = model->edited(edit.id);
        if (!current)
            continue;
        AudienceSegment next = *current;
        for (const ImportedField &field : edit.fields)
            if (!field.conflict)
                SegmentFields::copyField(edit.proposed, next, field.path);
        if (next != *current)
            changed.append(next);
    }
    return editor.editSegments(changed, text);
}

SheetImportResult SheetImport::readFile(const SegmentTableModel &model, const QString &path,
                                        const QString &pointsPath, QString *pointsRead)
{
    const auto readAll = [](const QString &p, QString *error) -> std::optional<QByteArray> {
        QFile file(p);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1: %2").arg(p, file.errorString());
            return std::nullopt;
        }
        return file.readAll();
    };
    SheetImportResult failed;
    const std::optional<QByteArray> bytes = readAll(path, &failed.fatalError);
    if (!bytes)
        return failed;
    if (ChangeSet::isChangeSet(*bytes))
        return ChangeSet::importInto(model, *bytes);
    QString points = pointsPath;
    if (points.isEmpty()) {
        const QString beside = SegmentSheet::pointsPathFor(path);
        if (QFileInfo(beside) != QFileInfo(path) && QFileInfo::exists(beside))
            points = beside;
    }
    QByteArray pointBytes;
    if (!points.isEmpty()) {
        const std::optional<QByteArray> read = readAll(points, &failed.fatalError);
        if (!read)
            return failed;
        pointBytes = *read;
        if (pointsRead)
            *pointsRead = points;
    }
    return SheetImport::read(model, *bytes, pointBytes);
}

QString SheetImport::stepText(int count)
{
    return tr("Import %n segment(s)", "undo step", count);
}
