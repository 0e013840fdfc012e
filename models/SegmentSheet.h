#pragma once

#include "AudienceSegment.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

// The columns of a segment sheet (one row per segment, for Excel or LibreOffice) and the text of
// each cell: what the export writes and the import reads back (SheetImport), and the values of a
// change set (ChangeSet). One column per field of every type; a column shared by two types
// (country, the days since the last visit) reads the field of the row's own type.
//
// Cells: ids as digits, written as the formula ="1001" so that a spreadsheet keeps them as text
// (no scientific notation, no lost leading zeros); read back plain, as a formula, with a leading
// apostrophe or tab, as "1001.0", or in scientific notation when that still carries every digit
// ("1.23456E+05"; "1.23E+05" has lost some and is refused as damaged). Lists are ids or values
// joined with ";" (";" or "," read). Enum values in the API's own words ("VeryHigh", any case,
// spaces allowed). Dates as ISO days (2025-11-01, UTC). A blank cell keeps the current value; the
// keyword [clear] clears a nillable field (description, gender, a prospecting day limit) or
// empties a list. Spreadsheet errors (#REF!, #VALUE!, Err:502…) are refused with what they mean.
namespace SegmentSheet {

enum class Column {
    Id,
    AdvertiserId,
    Type,
    Name,
    Description,
    Country, // in-market or behavioral
    BrandIds,
    InterestIds,
    BuyingPower,
    PriceRange,
    Gender,
    RadiusInKm,
    RegistryType,
    UsersType,
    VisitorsType,
    DaysSinceLastVisitMin, // prospecting or retargeting
    DaysSinceLastVisitMax,
    SeedSegmentId,
    TargetSize,
    IsReadOnly,
    Category,
    StartDate,
    EndDate,
    PointsOfInterest, // never a column of the sheet (second file); a field of change sets
};

// The keyword of a cell that clears a nillable field or empties a list.
QString clearKeyword();

// The header the export writes (English, as the API names the field: "brand ids").
QString header(Column column);
// The column a header cell names, in English, French or German (accents, case, spaces, `-` and
// `_` ignored) or as the API's member name ("brandIds"); nothing for any other header.
std::optional<Column> columnForHeader(const QString &cell);

// Whether segments of `type` have this field (the common columns: every type).
bool applies(Column column, SegmentType type);
// Whether the editor may change it for that type (name and description for all known types;
// the settings of the five editable types, but not the seed of a lookalike nor the registry type).
bool editable(Column column, SegmentType type);
// Whether [clear] clears it for that type (nillable fields and lists).
bool clearable(Column column, SegmentType type);
// The API path of the field for that type ("attributes/inMarket/country"); empty when it does
// not apply. The common columns: "id", "advertiserId", "type", "attributes/name"….
QString fieldPath(Column column, SegmentType type);
// The column of an API path (as PatchBuilder::changedFields reports them).
std::optional<Column> columnForPath(const QString &path);

// The columns of a sheet of these segments: the common ones, then those of the types present,
// in the API's order of the types. Points of interest are not among them.
QList<Column> columnsFor(const QList<AudienceSegment> &segments);

// The cell of a segment: empty when unset, cleared or not applicable; `clearedAsKeyword` writes
// [clear] for a cleared nillable field and an empty list (change sets need the difference).
// Points of interest as a JSON array of {name, latitude, longitude}.
QString cellText(const AudienceSegment &segment, Column column, bool clearedAsKeyword = false);

// Reads a non-blank cell into `segment` (its type decides where a shared column goes; a missing
// sub-object is made). `current` is what the cell replaces, used to recover ids a spreadsheet
// changed (leading zeros). Returns the translated reason when the cell cannot be read (segment
// untouched), else an empty string. Read-only columns are read too: the caller compares.
QString readCell(const QString &cell, Column column, const AudienceSegment &current,
                 AudienceSegment &segment);

// An id as a spreadsheet may have left it (="1001", '1001, 1001.0, 1.001E+03); nothing when it
// is not one, with the reason in `error` (damaged scientific notation, a spreadsheet error…).
std::optional<QString> readId(const QString &cell, QString *error = nullptr);

// The id among `known` that a spreadsheet made `id` into by dropping its leading zeros; `id`
// itself when it is known or when none (or more than one) matches.
QString recoverLeadingZeros(const QString &id, const QStringList &known);

// The reason when `cell` is a spreadsheet error value (#REF!, #N/A, Err:502…), else empty.
QString spreadsheetError(const QString &cell);

// Text a spreadsheet would take for a formula (=, +, -, @) is written after an apostrophe, which
// the import takes away again.
QString protectText(const QString &text);
QString unprotectText(const QString &cell);

// The separator a sheet for this locale uses: ";" where numbers are written with a decimal
// comma (Excel and LibreOffice expect it there), "," elsewhere.
QChar separatorFor(const QLocale &locale);

// The sheet: UTF-8 with a byte order mark (Excel needs it to read UTF-8), CRLF line ends, a
// header row, one row per segment in the given order; id cells as ="…"; a cleared field and an
// empty list as [clear] (so that the sheet says it, and reads back the same).
QByteArray toCsv(const QList<AudienceSegment> &segments, QChar separator);
// The points of interest of the Location segments: segment id, name, latitude, longitude, one row
// per point. Empty (nothing to write) when none of the segments has a point.
QByteArray pointsToCsv(const QList<AudienceSegment> &segments, QChar separator);
bool hasPoints(const QList<AudienceSegment> &segments);
// Where the points file goes beside a sheet: "segments.csv" -> "segments-points.csv".
QString pointsPathFor(const QString &sheetPath);

} // namespace SegmentSheet
