#pragma once

#include "RetryPolicy.h"
#include "SegmentSearchJob.h"
#include "SendPort.h"

#include <QHash>
#include <QPointer>

class ApiClient;
class BulkUpdateJob;

// The send workflow's port on the service layer: a reload is a SegmentSearchJob by ids, a request
// is a BulkUpdateJob of one chunk (its retries, problem mapping and per-item outcomes included).
// Several reloads and requests may run at once; the workflow bounds how many requests. A reload of
// many ids is split into up to reloadConcurrency() searches that run at once (each pages 100 ids a
// call), answered together: 5 000 edits no longer wait for 50 searches one after the other before
// the first PATCH leaves. The client's rate limit paces them all.
class ServiceSendPort : public SendPort
{
    Q_OBJECT

public:
    explicit ServiceSendPort(QObject *parent = nullptr);
    ~ServiceSendPort() override;

    // The connection's client (not owned). Without one every call answers with an error.
    void setClient(ApiClient *client);
    ApiClient *client() const;
    void setRetryOptions(const RetryPolicy::Options &options) { m_retry = options; }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    void setReloadConcurrency(int searches) { m_reloadConcurrency = qMax(1, searches); }
    int reloadConcurrency() const { return m_reloadConcurrency; }

    void reload(int ticket, const QStringList &ids) override;
    void reloadAdvertisers(int ticket, const QStringList &advertiserIds) override;
    void send(const Request &request) override;
    void cancel() override;

private:
    void search(int ticket, const QList<SegmentSearchJob::Query> &queries);
    // A reload's searches until the last answers.
    struct Reload
    {
        QList<QPointer<SegmentSearchJob>> jobs;
        int pending = 0;
        QList<QList<AudienceSegment>> segments; // per search, in the order asked
        QList<QStringList> missing;
        QString error;
    };
    QPointer<ApiClient> m_client;
    RetryPolicy::Options m_retry;
    int m_pageSize = 100;
    int m_reloadConcurrency = 4;
    QHash<int, Reload> m_reloads;
    QHash<int, QPointer<BulkUpdateJob>> m_requests;
};
