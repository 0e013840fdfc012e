#pragma once

#include "Problem.h"
#include "SegmentOutcome.h"
#include "SendWorkflow.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>

// What one push did to each segment it touched, as `segmentctl push --report` writes it:
//   {"segments": [{"id", "action": "update|create|delete", "temporaryId" (creates only),
//                  "outcome": "updated|warned|failed|not-sent|unknown",
//                  "problems": [{"severity", "type", "code", "title", "detail", "field",
//                                "traceId"}]}],
//    "batchProblems": [...], "requests": N,
//    "usedSegments": [{"id", "name", "action": "update|delete", "reasons": [...],
//                      "audiences": [{"id", "name", "advertiserId", "adSetIds"}],
//                      "usageError"}],
//    "usedConfirmed": true|false}
// The last two are there when the push deleted or narrowed segments that audiences use (or would
// have, and stopped: usedConfirmed false).
// Every problem member is always present (an empty string when the server said nothing), so
// scripts can read them without checking.
class PushReport
{
public:
    // Records the outcome of a segment; a later outcome of the same segment replaces it (in
    // place: segments keep the order in which they were first reported).
    void set(const SegmentOutcome &outcome);
    void addBatchProblems(const ProblemList &problems) { m_batchProblems += problems; }
    void setRequests(int requests) { m_requests = requests; }
    // The changes to segments in use, and whether they were sent (--confirm-used) or stopped
    // the push.
    void setUsedChanges(const QList<SendWorkflow::UsedChange> &changes, bool confirmed)
    {
        m_used = changes;
        m_usedConfirmed = confirmed;
    }
    // What the push asked of a segment: "update" unless said otherwise. A create also names the
    // temporary id the working set had for it (the segment's id is the server's once created).
    enum class Action { Update, Create, Delete };
    void setAction(const QString &id, Action action, const QString &temporaryId = {});
    Action action(const QString &id) const { return m_actions.value(id).first; }
    QString temporaryId(const QString &id) const { return m_actions.value(id).second; }
    int count(Action action, SegmentOutcome::Status status) const;

    QList<SegmentOutcome> outcomes() const { return m_outcomes; }
    ProblemList batchProblems() const { return m_batchProblems; }
    int requests() const { return m_requests; }
    int count(SegmentOutcome::Status status) const;
    // Every reported segment was updated or warned (true when none was reported).
    bool allApplied() const;

    QJsonObject toJson() const;
    static QJsonObject problemJson(const Problem &problem);

private:
    QList<SegmentOutcome> m_outcomes;
    QHash<QString, qsizetype> m_index;
    QHash<QString, QPair<Action, QString>> m_actions;
    ProblemList m_batchProblems;
    int m_requests = 0;
    QList<SendWorkflow::UsedChange> m_used;
    bool m_usedConfirmed = false;
};
