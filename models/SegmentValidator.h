#pragma once

#include "AudienceSegment.h"
#include "Problem.h"

#include <QHash>

#include <functional>

// Checks an edited segment before anything is sent. Problems carry the segment id, a field path in
// the API's own form ("attributes/location/pointsOfInterest/3/latitude") and a translated message
// that says what is wrong and what to do. Only what the schema and common sense say is checked;
// ranges the API does not document are left to the server's answer.
class SegmentValidator
{
public:
    // How many segments of an advertiser (in the loaded set) carry a name, compared
    // case-sensitively after trimming. Lets a model keep an index so that checking one row does not
    // walk all rows.
    using NameCount = std::function<int(const QString &advertiserId, const QString &name)>;

    // Problems of one segment. `original` is the server's version: only what differs from it is
    // held against the user (an Unknown value the server sent and the user left alone is fine).
    static ProblemList validate(const AudienceSegment &original, const AudienceSegment &edited,
                                const NameCount &nameCount = {});

    // Problems of a segment to create (SegmentLifecycle::New): the fields the create schema
    // requires for its type, then every rule of validate().
    static ProblemList validateNew(const AudienceSegment &edited, const NameCount &nameCount = {});

    // Convenience for a whole set (CLI, tests): builds the name index itself.
    static QHash<QString, ProblemList> validateAll(const QList<AudienceSegment> &originals,
                                                   const QList<AudienceSegment> &edited);
};
