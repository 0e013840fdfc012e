#pragma once

#include "Problem.h"
#include "WorkingSet.h"

#include <QJsonValue>
#include <QString>

#include <optional>

class QTextStream;

// How segmentctl writes what it has to say, the same way in every command: problems on one line,
// JSON values in their compact form, the working set's own message when a file cannot be read.
namespace CliFormat {

// The problem's headline, then its detail when it adds something: "Title — detail".
QString problemText(const Problem &problem);

// A JSON value as one line of compact JSON ("Paris", 12, ["a","b"], null); an undefined value
// (a field that is not set) as "(not set)".
QString jsonText(const QJsonValue &value);

// The value at an API field path ("attributes/location/radiusInKm") inside a JSON object;
// undefined when it is not there.
QJsonValue valueAt(const QJsonObject &object, const QString &path);

// Reads a working set; on failure prints WorkingSet's message (which names the line or the JSON
// path) to `err` and returns nothing.
std::optional<WorkingSet> readWorkingSet(const QString &path, QTextStream &err);

// Writes `data` atomically (QSaveFile); false with a message on failure.
bool writeFile(const QString &path, const QByteArray &data, QString *error);

} // namespace CliFormat
