#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// Delimited text as spreadsheets write it (CSV with `,` or `;`, tab-separated): the one reader and
// writer of records, shared by the points-of-interest parser (PoiParser, which also guesses a
// separator line by line) and the segment sheets (SegmentSheet). Records follow RFC 4180 and what
// Excel and LibreOffice do beyond it: quoted fields with doubled quotes, separators and line breaks
// inside quotes, CRLF, LF or a lone CR, a UTF-8 byte order mark.
namespace DelimitedText {

struct Record
{
    int line = 0;       // 1-based line of the text where the record starts
    QStringList fields; // as written, quotes removed, not trimmed
};

// Every record of `text` split at `sep` (a BOM at the start is skipped; blank lines are kept as
// records without fields so that line numbers stay those of the file).
QList<Record> records(QStringView text, QChar sep);

// The fields of the first record that has any (for choosing a separator by the header row).
QStringList firstRecord(QStringView text, QChar sep);

// One field ready to write: quoted when it holds a separator (any of tab, `;` and `,`, so that a
// reader guessing the separator is not misled), a quote, a line break, or space at either end.
QString field(const QString &value);

// One record ready to write, ended by `lineEnd`.
QString record(const QStringList &values, QChar sep, QLatin1String lineEnd);

// A header cell reduced to what people mean by it: lower case, no accents, ß as ss, words
// separated by single spaces ("Längengrad (WGS 84)" -> "langengrad wgs 84",
// "advertiserId" -> "advertiserid"). Header rows are matched on these keys.
QString headerKey(const QString &cell);

} // namespace DelimitedText
