#pragma once

#include "DemoData.h"

#include <QDateTime>
#include <QJsonArray>
#include <QString>

// The demo server's bulk create (POST .../audience-segments/create) and bulk delete (POST
// .../audience-segments/delete), answered like the PATCH: HTTP 200, every item on its own.
//
// Create: each item is an AudienceSegmentCreateEntityV1Resource. Checked: the resource type,
// known attributes, advertiserId (required, reachable), name (required, not empty, unique per
// advertiser, also against earlier items of the request), exactly one type sub-object and the
// fields its create schema requires, a lookalike's seed (a segment of the same advertiser). The
// fields themselves are checked by DemoPatchProcessor's rules, as the update would check them.
// A created item comes back in `data` with its new id; problems point at `@data/<i>`; a failed
// item has no id in the answer.
//
// Delete: each item is {id, type: "AudienceSegment", attributes: {}}. A deleted segment comes
// back in `data` as {id, type}; one that does not exist is an error (segment-not-found), one of
// an advertiser the credentials cannot reach too (segment-not-accessible).
class DemoLifecycleProcessor
{
public:
    struct Result
    {
        QJsonArray data;
        QJsonArray errors;
        QJsonArray warnings;
    };

    DemoLifecycleProcessor(DemoData *data, const QDateTime &now, const QString &traceId);

    Result create(const QJsonArray &items);
    Result remove(const QJsonArray &items);

private:
    QJsonObject problem(const QString &type, const QString &code, const QString &title,
                        const QString &detail, int index, const QString &field = {}) const;

    DemoData *m_data;
    QDateTime m_now;
    QString m_traceId;
};
