#pragma once

#include <QList>
#include <QMap>
#include <QString>

// A problem the API reported (CommonProblem), or one the editor found itself (validation), with
// where it points: which segment, and which field in the API's own path form
// ("attributes/location/pointsOfInterest/3/latitude"; empty = the whole segment or batch).
struct Problem
{
    enum class Severity { Error, Warning };
    enum class Origin { Validator, Server, Transport };

    Severity severity = Severity::Error;
    Origin origin = Origin::Server;

    // CommonProblem, as sent by the server. `type` is the category (validation, authorization,
    // quota, availability, deprecation, access-control, authentication, unknown, or a newer one).
    QString type;
    QString code;
    QString title;
    QString detail;
    QString instance;
    QMap<QString, QString> source;
    QString stackTrace;
    QString traceId; // traceId, or the deprecated traceIdentifier when only that was sent

    // Where the problem points, once mapped (ProblemMapper) or as found by the validator.
    QString segmentId; // empty: a batch-level problem
    QString field;     // API field path relative to the resource, e.g. "attributes/name"

    // A one-line headline for lists: title, else detail, else code.
    QString headline() const;

    friend bool operator==(const Problem &a, const Problem &b);
    friend bool operator!=(const Problem &a, const Problem &b) { return !(a == b); }
};

using ProblemList = QList<Problem>;
