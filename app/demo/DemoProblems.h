#pragma once

#include "DemoResponse.h"

#include <QJsonObject>
#include <QString>

// CommonProblem objects as the demo server writes them, and the error envelope around them.
//
// `source` keys (the contract leaves the map's keys open; these are the demo server's choice):
//   "field"     a path into the request body without a leading slash, e.g.
//               "data/2/attributes/location/pointsOfInterest/0/latitude"
//   "parameter" a query parameter name, e.g. "limit" or "advertiser-id"
namespace DemoProblems {

QJsonObject make(const QString &type, const QString &code, const QString &title,
                 const QString &detail, const QString &traceId, const QString &instance = {},
                 const QJsonObject &source = {});

QJsonObject fieldSource(const QString &path);
QJsonObject parameterSource(const QString &name);

// {"errors": [problem], "warnings": []} with `status`.
DemoResponse errorResponse(int status, const QJsonObject &problem);

} // namespace DemoProblems
