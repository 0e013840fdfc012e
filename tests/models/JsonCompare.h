#pragma once

#include <QJsonValue>
#include <QString>

// Exact comparison of JSON for tests: the first difference, with its path, or nothing. Stricter
// than QJsonValue's operator==: an integer and a double are different even when numerically
// equal, so that a payload that would write 1000 as a double (or lose digits beyond 2^53) fails.
namespace JsonCompare {

// Empty when `actual` equals `expected`; otherwise "path: what differs".
QString difference(const QJsonValue &actual, const QJsonValue &expected, const QString &path = {});

// Compact text of any JSON value (for failure messages).
QString compact(const QJsonValue &value);

// Parses JSON text that a test wrote by hand; aborts the test program on a typo in it.
QJsonValue parse(const QString &text);

} // namespace JsonCompare
