#pragma once

#include "PoiCoordinate.h"
#include "PoiRecords.h"

#include <QChar>
#include <QString>
#include <QStringList>
#include <QStringView>

// Internal to PoiParser: one line of the text turned into a point, or the reason it was not. Not
// part of the parser's API.
namespace PoiParsing {

struct LineOutcome
{
    bool ok = false;
    QString error; // when !ok
    QString name;
    CoordinateText latitude;
    CoordinateText longitude;
    bool wholeLine = false; // read from the whole line, not from its columns
};

// A line read with the columns a header row named.
LineOutcome readWithColumns(const QStringList &fields, const Columns &columns);

// A line read without a header row: the coordinates found by what the fields look like, in two
// adjacent fields, in one field, or across the whole line (`record`, the line as written, split
// at `sep`); a line of a single field may start with a name.
LineOutcome readByPosition(const QStringList &fields, QStringView record, QChar sep);

} // namespace PoiParsing
