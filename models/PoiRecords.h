#pragma once

#include <QChar>
#include <QStringList>
#include <QStringView>

#include <array>

// Internal to PoiParser: the text cut into records and fields, the separator it uses, and the
// columns a header row names. Not part of the parser's API.
namespace PoiParsing {

// ---------------------------------------------------------------------------------------------
// Records and fields.

// Reads the fields of the record that starts at `pos`, split at `sep`, with CSV quoting (a field
// that starts with a quote, doubled quotes inside). Returns where the next record starts. With
// `multiline`, quoted fields may hold line breaks; a quote that is not closed, or closed but
// followed by other text after a line break, gives -1 so that the caller reads the line again
// without it, where an unclosed quote is then taken literally (a stray quote must not swallow
// the lines below it).
qsizetype readRecord(QStringView text, qsizetype pos, QChar sep, bool multiline,
                     QStringList &fields);

// The record at `pos` read with quoted line breaks, or line by line when it does not read so.
qsizetype readRecordAnyQuoting(QStringView text, qsizetype pos, QChar sep, QStringList &fields);

// Line breaks (LF, CRLF or a lone CR) in text[from, to).
int countLineBreaks(QStringView text, qsizetype from, qsizetype to);

// Trims every field and drops the empty ones at the end (trailing separators).
void tidyFields(QStringList &fields);

enum SeparatorIndex { Tab, Semicolon, Comma, SeparatorCount };
inline constexpr std::array<char16_t, SeparatorCount> separators{u'\t', u';', u','};

// The separator that splits the most of the first lines; on a tie tab, then semicolon (a
// semicolon line with decimal commas splits just as well at its commas). -1 = none splits.
int detectSeparator(QStringView text);

// ---------------------------------------------------------------------------------------------
// Header rows.

struct Columns
{
    int name = -1;
    int latitude = -1;
    int longitude = -1;
    int combined = -1; // both coordinates in one column
    bool combinedLongitudeFirst = false;

    bool hasCoordinates() const { return combined >= 0 || (latitude >= 0 && longitude >= 0); }
};

struct HeaderMatch
{
    Columns columns;
    bool anyKeyword = false;
};

// The columns a row names when it is a header row: the first column of each kind; a latitude and
// a longitude only together, else one column holding both; the first column as the name when no
// column is named so and the coordinates are elsewhere. `anyKeyword`: some cell names a column.
HeaderMatch matchHeader(const QStringList &fields);

} // namespace PoiParsing
