#pragma once

#include "AudienceSegment.h"
#include "Problem.h"
#include "RetryPolicy.h"
#include "SegmentJson.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class RetryingCall;

// Loads segments with `POST audience-segments/search`, page by page (limit 100) until
// meta.totalItems, with progress and cancel. The filters are AND-ed by the server. Many ids are
// reloaded in groups, since there is no GET by id. Failed pages are retried per the policy; a page
// that still fails ends the job with what was loaded so far and a plain-words error.
class SegmentSearchJob : public QObject
{
    Q_OBJECT

public:
    struct Query
    {
        QStringList advertiserIds;
        QStringList segmentIds;
        QList<SegmentType> types;
    };

    SegmentSearchJob(ApiClient *client, const Query &query, QObject *parent = nullptr);

    void setPageSize(int pageSize) { m_pageSize = qBound(1, pageSize, 100); }
    void setRetryOptions(const RetryPolicy::Options &options) { m_policy = RetryPolicy(options); }

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    bool wasCancelled() const { return m_cancelled; }
    bool hasError() const { return !m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }
    QList<AudienceSegment> segments() const { return m_segments; }
    // Of the ids asked for, those the server did not return; empty unless the job completed
    // (an error or a cancel leaves it unknown which ids exist).
    QStringList missingIds() const;
    // Problems the server sent along with pages, and what could not be read in its answers.
    ProblemList problems() const { return m_problems; }
    SegmentJson::ParseIssues parseIssues() const { return m_issues; }
    qint64 totalItems() const { return m_total; }
    int pagesLoaded() const { return m_pages; }

Q_SIGNALS:
    void progress(qint64 loaded, qint64 total);
    void pageLoaded(const QList<AudienceSegment> &segments);
    void finished();

private:
    void requestPage();
    void finish(const QString &error = {});
    QJsonObject bodyFor(const QStringList &ids) const;

    ApiClient *m_client;
    Query m_query;
    RetryPolicy m_policy{RetryPolicy::Options{}};
    int m_pageSize = 100;
    QList<QStringList> m_idGroups; // one search per group of ids (one group of none without ids)
    int m_group = 0;
    qint64 m_offset = 0;
    qint64 m_total = -1;
    qint64 m_groupTotal = -1;
    int m_pages = 0;
    QPointer<RetryingCall> m_call;
    QList<AudienceSegment> m_segments;
    ProblemList m_problems;
    SegmentJson::ParseIssues m_issues;
    QString m_errorString;
    bool m_finished = false;
    bool m_cancelled = false;
};
