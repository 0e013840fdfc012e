#pragma once

#include "AudienceSegment.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One point read from a line of pasted or imported text.
struct ParsedPoi
{
    PointOfInterest point; // coordinates already rounded to 5 decimals; name may be empty
    int line = 0;          // 1-based line of the input where the point's record starts
};

// Why a line was rejected (Error) or accepted but looks wrong (Warning).
struct PoiLineMessage
{
    enum class Severity { Error, Warning };

    int line = 0; // 1-based line of the input
    Severity severity = Severity::Error;
    QString message; // translated, a full sentence

    // "line N: message", translated: the form lists these and `segmentctl pois` prints them.
    QString text() const;

    friend bool operator==(const PoiLineMessage &a, const PoiLineMessage &b)
    {
        return a.line == b.line && a.severity == b.severity && a.message == b.message;
    }
    friend bool operator!=(const PoiLineMessage &a, const PoiLineMessage &b) { return !(a == b); }
};

// Everything the parser found in one text: the accepted points in input order, the messages
// sorted by line (a rejected line has exactly one Error and nothing else), and a short
// translated description of what the text looked like ("Tab-separated, header row, decimal
// commas"); that description is empty when nothing was recognised.
struct PoiParseResult
{
    QList<ParsedPoi> points;
    QList<PoiLineMessage> messages;
    QString detectedFormat;

    QList<PointOfInterest> pointsOfInterest() const;
    QStringList messageTexts() const; // PoiLineMessage::text() of every message
    int errorCount() const;
    int warningCount() const;
};

// Reads points of interest from text that people paste from spreadsheets or export from other
// tools, for the Location form and `segmentctl pois`. Pure and fast: no I/O, no regular
// expressions, one pass over the lines plus one over the accepted points.
//
// What it accepts, per line: tab-, semicolon- or comma-separated columns (one separator for the
// whole text, chosen by how many lines it splits; a line without it may use another), CSV quoting
// (doubled quotes, separators and line breaks inside quotes), a BOM, CRLF, blank lines, trailing
// separators. A header row in English, French or German decides which columns hold the name, the
// latitude and the longitude (or one combined "coordinates" column); without one, the latitude and
// longitude are the two adjacent columns that read as coordinates, or a single column holding both
// (also "Tour Eiffel 48.8584 2.2945" when only one reading exists), and the name is the first
// other column that is not a number. Lines without a name keep an empty name: the API accepts it
// and the form can ask for one.
//
// Coordinates: signed decimals with a decimal point or comma, hemisphere letters before or after
// (N/S/E/W; S and W negate), degrees-minutes(-seconds) with or without ° ' " marks (also ′ ″ º ’ ”)
// and decimal minutes. Values are rounded to 5 decimals, as the server does. A line whose commas
// are all decimal commas ("Paris 48,8566 2,3522", "Paris<TAB>48,8566<TAB>2,3522") is never cut at
// them: when it does not read as written, it is rejected with the reason, not read another way.
//
// Rejected (Error): no coordinates, ambiguous columns, a bad number, a coordinate out of range
// (suggesting the swap when swapped values would be valid), an exact duplicate of an earlier point
// (the API's list is a set). Accepted with a Warning: more than 5 decimals, the same coordinates as
// an earlier point under another name, and a likely latitude/longitude swap: with at least three
// points sharing a pattern (|latitude| above or below |longitude|) and forming the majority, a
// point of the other pattern that lies outside their bounding box (plus 1°) but inside it once
// swapped. Points written with hemisphere letters are never suspected of a swap.
class PoiParser
{
public:
    enum class Axis { Latitude, Longitude };

    static PoiParseResult parse(const QString &text);

    // "name,latitude,longitude" then one line per point, 5 decimals, names CSV-quoted when
    // needed, "\n" line ends. The parser reads this back unchanged.
    static QString toCsv(const QList<PointOfInterest> &points);

    // One coordinate in any accepted notation, range-checked for the axis; not rounded. On
    // failure returns nothing and, if `error` is given, sets it to the translated reason.
    static std::optional<double> parseCoordinate(const QString &text, Axis axis,
                                                 QString *error = nullptr);
};
