#include "PoiParser.h"

#include "DelimitedText.h"
#include "PoiCoordinate.h"
#include "PoiLineReaders.h"
#include "PoiRecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>

#include <algorithm>
#include <array>
#include <cmath>

// The parser's internals: PoiCoordinate.h, PoiRecords.h, PoiLineReaders.h.
using PoiParsing::axisError;
using PoiParsing::Columns;
using PoiParsing::Comma;
using PoiParsing::CoordinateText;
using PoiParsing::countLineBreaks;
using PoiParsing::detectSeparator;
using PoiParsing::fixed5;
using PoiParsing::HeaderMatch;
using PoiParsing::isAsciiDigit;
using PoiParsing::LineOutcome;
using PoiParsing::looksLikeCoordinate;
using PoiParsing::matchHeader;
using PoiParsing::readByPosition;
using PoiParsing::readCoordinate;
using PoiParsing::readRecordAnyQuoting;
using PoiParsing::readWithColumns;
using PoiParsing::roundTo5;
using PoiParsing::Semicolon;
using PoiParsing::SeparatorCount;
using PoiParsing::separators;
using PoiParsing::Tab;
using PoiParsing::tidyFields;
using PoiParsing::usesDecimalCommas;

namespace {

QString separatorName(int index)
{
    switch (index) {
    case Tab:
        return QCoreApplication::translate("PoiParser", "Tab-separated");
    case Semicolon:
        return QCoreApplication::translate("PoiParser", "Semicolon-separated");
    case Comma:
        return QCoreApplication::translate("PoiParser", "Comma-separated");
    default:
        break;
    }
    return QCoreApplication::translate("PoiParser", "One coordinate pair per line");
}

bool hasDigit(const QStringList &fields)
{
    for (const QString &f : fields) {
        if (std::any_of(f.begin(), f.end(), isAsciiDigit))
            return true;
    }
    return false;
}

// Likely swaps (see the class comment): with at least three points of one pattern, |latitude|
// above or below |longitude|, forming the majority, a point of the other pattern that lies
// outside their bounding box (plus a margin) but inside it once swapped.
void flagLikelySwaps(PoiParseResult &result, const QList<bool> &explicitHemisphere)
{
    const qsizetype n = result.points.size();
    auto pattern = [](const PointOfInterest &p) {
        const double d = std::abs(*p.latitude) - std::abs(*p.longitude);
        return d > 0 ? 1 : (d < 0 ? -1 : 0);
    };
    qsizetype latitudeLarger = 0;
    qsizetype longitudeLarger = 0;
    for (const ParsedPoi &p : result.points) {
        const int k = pattern(p.point);
        latitudeLarger += k > 0 ? 1 : 0;
        longitudeLarger += k < 0 ? 1 : 0;
    }
    int majority = 0;
    if (latitudeLarger >= 3 && latitudeLarger * 2 > n)
        majority = 1;
    else if (longitudeLarger >= 3 && longitudeLarger * 2 > n)
        majority = -1;
    if (majority == 0)
        return;

    double minLat = 90.0, maxLat = -90.0, minLon = 180.0, maxLon = -180.0;
    for (const ParsedPoi &p : result.points) {
        if (pattern(p.point) != majority)
            continue;
        minLat = std::min(minLat, *p.point.latitude);
        maxLat = std::max(maxLat, *p.point.latitude);
        minLon = std::min(minLon, *p.point.longitude);
        maxLon = std::max(maxLon, *p.point.longitude);
    }
    constexpr double margin = 1.0; // degrees: about 111 km of latitude
    auto inBox = [&](double lat, double lon) {
        return lat >= minLat - margin && lat <= maxLat + margin && lon >= minLon - margin
                && lon <= maxLon + margin;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const PointOfInterest &p = result.points.at(i).point;
        if (explicitHemisphere.at(i) || pattern(p) != -majority)
            continue;
        if (!inBox(*p.latitude, *p.longitude) && std::abs(*p.longitude) <= 90.0
            && inBox(*p.longitude, *p.latitude))
            result.messages.append(
                    {result.points.at(i).line, PoiLineMessage::Severity::Warning,
                     QCoreApplication::translate("PoiParser",
                                                 "Far from the other points, but among them with "
                                                 "latitude and longitude swapped (%1, %2). Did you "
                                                 "swap latitude and longitude?")
                             .arg(fixed5(*p.longitude), fixed5(*p.latitude))});
    }
}

// What the accepted points were written with.
struct FormatFacts
{
    std::array<int, SeparatorCount + 1> pointsBySeparator{0, 0, 0, 0}; // last: one pair per line
    bool decimalComma = false;
    bool dms = false;
    bool hemisphere = false;
    bool header = false;
};

// "Tab-separated, header row, decimal commas"; empty when nothing was recognised.
QString describeFormat(const FormatFacts &facts, int primary, int detected)
{
    const auto &counts = facts.pointsBySeparator;
    QStringList parts;
    int total = 0;
    for (const int c : counts)
        total += c;
    if (total > 0) {
        // The separator most points were read with; on a tie the one detected for the text.
        int best = counts[size_t(primary)] > 0 ? primary : -1;
        int kinds = 0;
        for (int s = 0; s < SeparatorCount; ++s) {
            if (counts[size_t(s)] == 0)
                continue;
            ++kinds;
            if (best < 0 || counts[size_t(s)] > counts[size_t(best)])
                best = s;
        }
        if (best >= 0 && counts[SeparatorCount] > counts[size_t(best)])
            best = -1; // most points were one pair per line
        parts.append(separatorName(best));
        if (kinds > 1)
            parts.append(QCoreApplication::translate("PoiParser", "mixed separators"));
    } else if (facts.header) {
        parts.append(separatorName(detected));
    } else {
        return {};
    }
    parts.append(facts.header ? QCoreApplication::translate("PoiParser", "header row")
                              : QCoreApplication::translate("PoiParser", "no header row"));
    if (facts.decimalComma)
        parts.append(QCoreApplication::translate("PoiParser", "decimal commas"));
    if (facts.dms)
        parts.append(QCoreApplication::translate("PoiParser", "degrees-minutes-seconds"));
    if (facts.hemisphere)
        parts.append(QCoreApplication::translate("PoiParser", "hemisphere letters"));
    return parts.join(QLatin1String(", "));
}

using CoordinateKey = QPair<qint64, qint64>;

CoordinateKey keyOf(double latitude, double longitude)
{
    return {qint64(std::llround(latitude * 1e5)), qint64(std::llround(longitude * 1e5))};
}

} // namespace

QString PoiLineMessage::text() const
{
    return QCoreApplication::translate("PoiParser", "line %1: %2")
            .arg(QString::number(line), message);
}

QList<PointOfInterest> PoiParseResult::pointsOfInterest() const
{
    QList<PointOfInterest> list;
    list.reserve(points.size());
    for (const ParsedPoi &p : points)
        list.append(p.point);
    return list;
}

QStringList PoiParseResult::messageTexts() const
{
    QStringList list;
    list.reserve(messages.size());
    for (const PoiLineMessage &m : messages)
        list.append(m.text());
    return list;
}

int PoiParseResult::errorCount() const
{
    return int(std::count_if(messages.begin(), messages.end(), [](const PoiLineMessage &m) {
        return m.severity == PoiLineMessage::Severity::Error;
    }));
}

int PoiParseResult::warningCount() const
{
    return int(messages.size()) - errorCount();
}

PoiParseResult PoiParser::parse(const QString &input)
{
    PoiParseResult result;
    QStringView text(input);
    if (text.startsWith(u'\uFEFF'))
        text = text.sliced(1);

    const int detected = detectSeparator(text);
    const int primary = detected >= 0 ? detected : int(Comma);

    auto addMessage
            = [&result](int line, PoiLineMessage::Severity severity, const QString &message) {
                  result.messages.append({line, severity, message});
              };
    auto error = [&](int line, const QString &m) {
        addMessage(line, PoiLineMessage::Severity::Error, m);
    };
    auto warning = [&](int line, const QString &m) {
        addMessage(line, PoiLineMessage::Severity::Warning, m);
    };

    Columns columns;
    bool haveColumns = false;
    bool firstRecord = true;

    FormatFacts format;

    QHash<CoordinateKey, QList<qsizetype>> pointsAt; // indexes into result.points
    QList<bool> explicitHemisphere;

    QList<int> others; // the separators a line may use instead of the primary one
    for (int s = 0; s < SeparatorCount; ++s) {
        if (s != primary)
            others.append(s);
    }

    QStringList fields;
    QStringList alternative;
    qsizetype pos = 0;
    int line = 1;
    while (pos < text.size()) {
        const int recordLine = line;
        int sepIndex = primary;
        qsizetype end
                = readRecordAnyQuoting(text, pos, QChar(separators[size_t(sepIndex)]), fields);
        // A line whose commas are all decimal commas ("Paris 48,8566 2,3522") is never split at
        // them, whatever the text's separator: split at tabs, or not at all.
        const bool decimalCommas = usesDecimalCommas(text.sliced(pos, end - pos));
        if (decimalCommas && sepIndex == Comma) {
            sepIndex = Tab;
            end = readRecordAnyQuoting(text, pos, QChar(separators[size_t(sepIndex)]), fields);
        }
        tidyFields(fields);
        const qsizetype start = pos;
        line += countLineBreaks(text, pos, end);
        pos = end;
        if (fields.isEmpty())
            continue; // blank line, or only separators

        // A line the text's separator does not split may use another one.
        if (fields.size() == 1) {
            for (const int s : others) {
                if (decimalCommas && s == Comma)
                    continue;
                const qsizetype e = readRecordAnyQuoting(text, start, QChar(separators[size_t(s)]),
                                                         alternative);
                tidyFields(alternative);
                if (alternative.isEmpty()) { // only separators: an empty spreadsheet row
                    fields.clear();
                    break;
                }
                if (alternative.size() >= 2) {
                    fields = alternative;
                    sepIndex = s;
                    line = recordLine + countLineBreaks(text, start, e);
                    pos = e;
                    end = e;
                    break;
                }
            }
            if (fields.isEmpty())
                continue;
        }

        bool noCoordinateField = true;
        for (const QString &f : fields) {
            if (looksLikeCoordinate(f)) {
                noCoordinateField = false;
                break;
            }
        }
        if (noCoordinateField) {
            const HeaderMatch header = matchHeader(fields);
            if (header.columns.hasCoordinates()) {
                if (format.header || !result.points.isEmpty())
                    warning(recordLine,
                            QCoreApplication::translate("PoiParser",
                                                        "Another header row: its column names "
                                                        "apply to the lines below."));
                columns = header.columns;
                haveColumns = true;
                format.header = true;
                firstRecord = false;
                continue;
            }
            if (firstRecord && (header.anyKeyword || (fields.size() >= 2 && !hasDigit(fields)))) {
                warning(recordLine,
                        QCoreApplication::translate("PoiParser",
                                                    "Header row without a latitude and a longitude "
                                                    "column; columns are read by position."));
                format.header = true;
                firstRecord = false;
                continue;
            }
        }
        firstRecord = false;

        const QStringView record = text.sliced(start, end - start).trimmed();
        auto interpret = [&](const QStringList &f, int s) {
            return haveColumns ? readWithColumns(f, columns)
                               : readByPosition(f, record, QChar(separators[size_t(s)]));
        };
        LineOutcome outcome = interpret(fields, sepIndex);
        if (!outcome.ok) {
            // Mixed separators: a line that does not read with one may read with another, but
            // not with its decimal commas as a separator.
            for (const int s : others) {
                if (s == sepIndex || (decimalCommas && s == Comma))
                    continue;
                const qsizetype e = readRecordAnyQuoting(text, start, QChar(separators[size_t(s)]),
                                                         alternative);
                tidyFields(alternative);
                if (alternative.size() < 2)
                    continue;
                const LineOutcome retry = interpret(alternative, s);
                if (retry.ok) {
                    outcome = retry;
                    fields = alternative;
                    sepIndex = s;
                    line = recordLine + countLineBreaks(text, start, e);
                    pos = e;
                    break;
                }
            }
        }
        if (!outcome.ok) {
            error(recordLine, outcome.error);
            continue;
        }

        PointOfInterest point;
        point.name = outcome.name;
        point.latitude = roundTo5(outcome.latitude.value);
        point.longitude = roundTo5(outcome.longitude.value);
        const CoordinateKey key = keyOf(*point.latitude, *point.longitude);
        const auto same = pointsAt.constFind(key);
        if (same != pointsAt.constEnd()) {
            bool exact = false;
            for (const qsizetype index : *same) {
                if (result.points.at(index).point.name == point.name) {
                    error(recordLine,
                          QCoreApplication::translate("PoiParser",
                                                      "Duplicate of line %1 (same name and "
                                                      "coordinates); not added again.")
                                  .arg(result.points.at(index).line));
                    exact = true;
                    break;
                }
            }
            if (exact)
                continue;
        }
        if (outcome.latitude.decimals > 5 || outcome.longitude.decimals > 5)
            warning(recordLine,
                    QCoreApplication::translate("PoiParser",
                                                "More than 5 decimals; the coordinates will be "
                                                "rounded to %1, %2.")
                            .arg(fixed5(*point.latitude), fixed5(*point.longitude)));
        if (same != pointsAt.constEnd())
            warning(recordLine,
                    QCoreApplication::translate("PoiParser", "Same coordinates as line %1.")
                            .arg(result.points.at(same->front()).line));

        pointsAt[key].append(result.points.size());
        result.points.append({point, recordLine});
        const bool hemisphere
                = outcome.latitude.hemisphere != 0 || outcome.longitude.hemisphere != 0;
        explicitHemisphere.append(hemisphere);
        ++format.pointsBySeparator[size_t(outcome.wholeLine ? SeparatorCount : sepIndex)];
        format.decimalComma = format.decimalComma || outcome.latitude.decimalComma
                || outcome.longitude.decimalComma;
        format.dms = format.dms || outcome.latitude.dms || outcome.longitude.dms;
        format.hemisphere = format.hemisphere || hemisphere;
    }

    flagLikelySwaps(result, explicitHemisphere);
    std::stable_sort(
            result.messages.begin(), result.messages.end(),
            [](const PoiLineMessage &a, const PoiLineMessage &b) { return a.line < b.line; });

    result.detectedFormat = describeFormat(format, primary, detected);
    return result;
}

QString PoiParser::toCsv(const QList<PointOfInterest> &points)
{
    auto coordinate = [](const std::optional<double> &v) { return v ? fixed5(*v) : QString(); };
    QString out = QStringLiteral("name,latitude,longitude\n");
    for (const PointOfInterest &p : points)
        out += DelimitedText::field(p.name) + QLatin1Char(',') + coordinate(p.latitude)
                + QLatin1Char(',') + coordinate(p.longitude) + QLatin1Char('\n');
    return out;
}

std::optional<double> PoiParser::parseCoordinate(const QString &text, Axis axis, QString *error)
{
    const CoordinateText c = readCoordinate(text);
    const QString message = axisError(c, axis, text.trimmed());
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return std::nullopt;
    }
    if (error)
        error->clear();
    return c.value;
}
