#pragma once

#include "PoiParser.h"

#include <QChar>
#include <QString>
#include <QStringView>

// Internal to PoiParser: one coordinate read from text, both coordinates of a point read from one
// piece of text, and the translated messages that say what is wrong with a coordinate. Not part of
// the parser's API.
namespace PoiParsing {

using Axis = PoiParser::Axis;

// ---------------------------------------------------------------------------------------------
// One coordinate, read without knowing its axis: what the text says, or why it says nothing.

enum class CoordinateError {
    None,
    Empty,
    NotANumber,
    MinutesTooLarge,
    SecondsTooLarge,
    FractionNotLast,
    SignAndHemisphere,
    AmbiguousO
};

struct CoordinateText
{
    CoordinateError error = CoordinateError::None;
    double value = 0.0;
    char hemisphere = 0; // 'N', 'S', 'E', 'W' or 0
    bool decimalComma = false;
    bool dms = false; // more than one of degrees, minutes, seconds
    int decimals = 0; // significant decimals of a plain decimal value (0 for DMS)

    bool ok() const { return error == CoordinateError::None; }
};

CoordinateText readCoordinate(QStringView text);

bool isAsciiDigit(QChar c);
bool isLatitudeLetter(char h);  // 'N' or 'S'
bool isLongitudeLetter(char h); // 'E' or 'W'

// Cheap test used to find the coordinate columns of a line: digits and the characters a
// coordinate is written with, letters only as a hemisphere at either end.
bool looksLikeCoordinate(QStringView text);

// Digits only, spaces around them aside.
bool isPlainInteger(QStringView text);

// A line or a field whose commas are all decimal commas: each between two digits, in a number
// without a point or another comma ("48,8566"), and something else (spaces, tabs, semicolons)
// to separate the numbers. Such commas are never a separator.
bool usesDecimalCommas(QStringView text);

// Rounded to 5 decimals, as the server does; never -0.
double roundTo5(double v);

// Rounded to 5 decimals and written with all 5: "48.85660".
QString fixed5(double v);

// The messages for a coordinate that does not read, or does not fit its axis; `text` is the
// coordinate as it was written.
QString coordinateErrorMessage(CoordinateError error, Axis axis, const QString &text);
QString wrongHemisphereMessage(Axis axis, const QString &text, char letter);
QString latitudeRangeMessage(double value, bool suggestSwap);
QString longitudeRangeMessage(double value);

// Axis-specific checks of a coordinate that was read: hemisphere letter, range. Empty = fine.
QString axisError(const CoordinateText &c, Axis axis, const QString &text);

// ---------------------------------------------------------------------------------------------
// Both coordinates in one piece of text ("48.8566, 2.3522", "48°51'24"N 2°21'08"E").

struct PairSplit
{
    enum class Outcome { Found, OneNumber, Ambiguous, NotFound };
    Outcome outcome = Outcome::NotFound;
    QString first;
    QString second;
};

// Tries every place the text could be cut (at a semicolon, a comma, a run of spaces) and keeps
// the cuts where both halves read as coordinates; among several, those valid as latitude then
// longitude. Exactly one cut left = found; more = ambiguous. Not at a comma with `decimalCommas`
// (the line the text comes from uses decimal commas) or when the text itself uses them.
PairSplit splitPair(QStringView text, bool decimalCommas = false);

} // namespace PoiParsing
