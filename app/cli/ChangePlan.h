#pragma once

#include "Problem.h"
#include "WorkingSet.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

// The changes a working set asks for, as `check`, `diff` and `push` see them: for each modified,
// new or to-delete segment the request item it needs (a minimal patch, a create, a delete), the
// fields it changes, the validator's problems (names are checked for uniqueness across the whole
// set), and whether it is excluded. A change is sent when it is neither excluded nor invalid (a
// validator error). It is read off a SegmentTableModel holding the set: the rules are the
// window's and the send workflow's, not a copy of them.
class ChangePlan
{
public:
    struct Change
    {
        int entry = -1; // index into WorkingSet::segments
        QString id;
        SegmentLifecycle lifecycle = SegmentLifecycle::Existing;
        // The request item: AudienceSegment{Update,Create,Delete}EntityV1Resource; empty when
        // nothing is to be sent.
        QJsonObject patch;
        QStringList changedFields;
        ProblemList problems; // the validator's, in its order
        bool excluded = false;

        bool isInvalid() const;
        bool isSendable() const { return !excluded && !isInvalid() && !patch.isEmpty(); }
    };

    static ChangePlan of(const WorkingSet &set);

    QList<Change> changes() const { return m_changes; } // in file order
    QList<Change> sendable() const;
    QList<Change> notSendable() const;

    // The exact request bodies ({"data": [...]}) of the sendable changes, `chunkSize` items each,
    // in the order push sends them: deletes, then PATCH updates, then creates, each in file order.
    QList<QJsonObject> requestBodies(int chunkSize) const;
    // The same with the lifecycle of each body's items (Existing for a PATCH).
    QList<QPair<SegmentLifecycle, QJsonObject>> requests(int chunkSize) const;

private:
    QList<Change> m_changes;
};
