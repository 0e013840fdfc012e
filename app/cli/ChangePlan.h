#pragma once

#include "Problem.h"
#include "WorkingSet.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// The changes a working set asks for, as `check`, `diff` and `push` see them: for each modified
// segment its minimal patch, the fields it changes, the validator's problems (names are checked
// for uniqueness across the whole set), and whether it is excluded. A change is sent when it is
// neither excluded nor invalid (a validator error).
class ChangePlan
{
public:
    struct Change
    {
        int entry = -1; // index into WorkingSet::segments
        QString id;
        QJsonObject patch; // AudienceSegmentUpdateEntityV1Resource; empty when nothing to send
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

    // The exact PATCH request bodies ({"data": [...]}) of the sendable changes, `chunkSize` items
    // each, in file order: what push sends.
    QList<QJsonObject> requestBodies(int chunkSize) const;

private:
    QList<Change> m_changes;
};
