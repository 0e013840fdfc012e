#pragma once

#include "Problem.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

// What ApiClient reads from the body of an answer, apart from the network so that it can be
// tested and fuzzed on bytes alone: the JSON document, whether a 2xx answer is what the contract
// promises, and the problems an error answer names.
namespace ApiAnswer {

struct Body
{
    QJsonValue json; // the document (an object or an array) when the body is JSON
    bool isJson = false;
    bool isObject = false;
    QString parseError; // QJsonParseError::errorString() when the body is not JSON
};
Body readBody(const QByteArray &bytes);

// A 2xx answer is usable when it is a JSON object with a JSON content type (or none).
bool isUsableSuccess(const Body &body, const QByteArray &contentType);

// Problems in an error body: {"errors": [CommonProblem…], "warnings": […]}, a bare CommonProblem,
// or the OAuth shape {error, error_description}.
ProblemList problemsIn(const QJsonValue &json);

} // namespace ApiAnswer
