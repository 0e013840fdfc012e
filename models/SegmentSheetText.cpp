// The text side of a sheet: ids as a spreadsheet leaves them, spreadsheet error values, the
// separator of the user's locale, and the CSV files a sheet is written as (SegmentSheet.cpp has
// the columns and their cells).
#include "SegmentSheet.h"

#include "DelimitedText.h"
#include "PoiCoordinate.h"
#include "SegmentTableModel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace SegmentSheet {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("SegmentSheet", text, disambiguation);
}

// A text a spreadsheet would take for a formula (=, +, -, @) is written after an apostrophe,
// which the import takes away again.
bool looksLikeFormula(const QString &text)
{
    return !text.isEmpty()
            && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-'
                || text.front() == u'@');
}

} // namespace

QString protectText(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString unprotectText(const QString &cell)
{
    return cell.size() > 1 && cell.front() == u'\'' && looksLikeFormula(cell.mid(1)) ? cell.mid(1)
                                                                                     : cell;
}

std::optional<QString> readId(const QString &rawCell, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString cell = rawCell.trimmed();
    if (const QString e = spreadsheetError(cell); !e.isEmpty())
        return fail(e);
    // ="1001" (as the export writes it), '1001, and a leading tab: text markers.
    if (cell.startsWith(QLatin1String("=\"")) && cell.endsWith(u'"') && cell.size() >= 3)
        cell = cell.mid(2, cell.size() - 3).trimmed();
    else if (cell.startsWith(u'\''))
        cell = cell.mid(1).trimmed();
    if (cell.isEmpty())
        return fail(tr("The id is missing."));
    const auto allDigits = [](QStringView t) {
        return !t.isEmpty()
                && std::all_of(t.begin(), t.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (allDigits(cell) || SegmentTableModel::isNewId(cell))
        return cell;
    // 1001.0, 1001,00: a number with a zero fraction.
    const qsizetype point = cell.indexOf(QRegularExpression(QStringLiteral("[.,]")));
    if (point > 0 && allDigits(QStringView(cell).first(point))
        && QStringView(cell).sliced(point + 1).size() > 0
        && std::all_of(cell.begin() + point + 1, cell.end(), [](QChar c) { return c == u'0'; }))
        return cell.left(point);
    // 1.23456E+05: scientific notation, which keeps the id only when every digit is there.
    static const QRegularExpression scientific(
            QStringLiteral("^([0-9])(?:[.,]([0-9]+))?[eE]\\+?([0-9]+)$"));
    const QRegularExpressionMatch m = scientific.match(cell);
    if (m.hasMatch()) {
        const QString fraction = m.captured(2);
        const int exponent = m.captured(3).toInt();
        if (fraction.size() == exponent && m.captured(1) != QLatin1String("0"))
            return m.captured(1) + fraction;
        return fail(tr("“%1” is an id that a spreadsheet turned into a number in scientific "
                       "notation, losing digits: format the column as text and type the id "
                       "again, or export the sheet again.")
                            .arg(cell));
    }
    return fail(tr("“%1” is not an id (ids are digits).").arg(cell));
}

QString recoverLeadingZeros(const QString &id, const QStringList &known)
{
    if (known.contains(id))
        return id;
    QString found;
    for (const QString &k : known) {
        if (k.size() <= id.size() || !k.endsWith(id))
            continue;
        if (!std::all_of(k.begin(), k.end() - id.size(), [](QChar c) { return c == u'0'; }))
            continue;
        if (!found.isEmpty())
            return id; // two candidates: do not guess
        found = k;
    }
    return found.isEmpty() ? id : found;
}

QString spreadsheetError(const QString &cell)
{
    static const QHash<QString, const char *> known{
            {QStringLiteral("#REF!"),
             QT_TRANSLATE_NOOP("SegmentSheet", "a formula whose cells were deleted")},
            {QStringLiteral("#VALUE!"),
             QT_TRANSLATE_NOOP("SegmentSheet", "a formula with a value of the wrong kind")},
            {QStringLiteral("#N/A"),
             QT_TRANSLATE_NOOP("SegmentSheet", "a lookup that found nothing")},
            {QStringLiteral("#NAME?"),
             QT_TRANSLATE_NOOP("SegmentSheet", "a formula with an unknown name")},
            {QStringLiteral("#DIV/0!"), QT_TRANSLATE_NOOP("SegmentSheet", "a division by zero")},
            {QStringLiteral("#NUM!"), QT_TRANSLATE_NOOP("SegmentSheet", "an impossible number")},
            {QStringLiteral("#NULL!"),
             QT_TRANSLATE_NOOP("SegmentSheet", "a formula with an empty range")},
    };
    const QString upper = cell.trimmed().toUpper();
    if (const auto it = known.constFind(upper); it != known.constEnd())
        return tr("“%1” is a spreadsheet error (%2), not a value: fix the formula or type the "
                  "value.")
                .arg(cell.trimmed(), QCoreApplication::translate("SegmentSheet", *it));
    static const QRegularExpression libreOffice(QStringLiteral("^ERR:[0-9]{3}$"));
    if (libreOffice.match(upper).hasMatch() || upper == QLatin1String("#NV")
        || upper == QLatin1String("#BEZUG!") || upper == QLatin1String("#WERT!"))
        return tr("“%1” is a spreadsheet error, not a value: fix the formula or type the value.")
                .arg(cell.trimmed());
    return {};
}

QChar separatorFor(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? u';' : u',';
}

namespace {

const QLatin1String lineEnd("\r\n");

QString protectId(const QString &id)
{
    return id.isEmpty() ? id : QLatin1String("=\"") + id + QLatin1Char('"');
}

QByteArray withBom(const QString &text)
{
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace

QByteArray toCsv(const QList<AudienceSegment> &segments, QChar separator)
{
    const QList<Column> columns = columnsFor(segments);
    QStringList headers;
    for (const Column c : columns)
        headers.append(header(c));
    QString out = DelimitedText::record(headers, separator, lineEnd);
    for (const AudienceSegment &s : segments) {
        QStringList cells;
        for (const Column c : columns) {
            const QString text = cellText(s, c, true);
            switch (c) {
            case Column::Id:
            case Column::AdvertiserId:
            case Column::SeedSegmentId:
                cells.append(protectId(text));
                break;
            case Column::BrandIds:
            case Column::InterestIds:
                // One id alone would be a number to a spreadsheet; a list is text already.
                cells.append(text.contains(u';') ? text : protectId(text));
                break;
            case Column::Name:
            case Column::Description:
                cells.append(protectText(text));
                break;
            default:
                cells.append(text);
                break;
            }
        }
        out += DelimitedText::record(cells, separator, lineEnd);
    }
    return withBom(out);
}

bool hasPoints(const QList<AudienceSegment> &segments)
{
    return std::any_of(segments.begin(), segments.end(), [](const AudienceSegment &s) {
        return s.type == SegmentType::Location && s.location
                && !s.location->pointsOfInterest.isEmpty();
    });
}

QByteArray pointsToCsv(const QList<AudienceSegment> &segments, QChar separator)
{
    if (!hasPoints(segments))
        return {};
    QString out = DelimitedText::record({QStringLiteral("segment id"), QStringLiteral("name"),
                                         QStringLiteral("latitude"), QStringLiteral("longitude")},
                                        separator, lineEnd);
    // Coordinates with a decimal point: in a ";" sheet, a spreadsheet of a decimal-comma locale
    // reads them as text, never as a number to round; the import reads both.
    const auto coordinate
            = [](const std::optional<double> &v) { return v ? PoiParsing::fixed5(*v) : QString(); };
    for (const AudienceSegment &s : segments) {
        if (s.type != SegmentType::Location || !s.location)
            continue;
        for (const PointOfInterest &p : s.location->pointsOfInterest)
            out += DelimitedText::record({protectId(s.id), protectText(p.name),
                                          coordinate(p.latitude), coordinate(p.longitude)},
                                         separator, lineEnd);
    }
    return withBom(out);
}

QString pointsPathFor(const QString &sheetPath)
{
    const qsizetype slash = qMax(sheetPath.lastIndexOf(u'/'), sheetPath.lastIndexOf(u'\\'));
    const qsizetype dot = sheetPath.lastIndexOf(u'.');
    if (dot > slash + 1)
        return sheetPath.left(dot) + QLatin1String("-points") + sheetPath.mid(dot);
    return sheetPath + QLatin1String("-points.csv");
}

} // namespace SegmentSheet
