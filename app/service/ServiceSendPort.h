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
// Several reloads and requests may run at once; the workflow bounds how many.
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

    void reload(int ticket, const QStringList &ids) override;
    void reloadAdvertisers(int ticket, const QStringList &advertiserIds) override;
    void send(const Request &request) override;
    void cancel() override;

private:
    void search(int ticket, const SegmentSearchJob::Query &query);
    QPointer<ApiClient> m_client;
    RetryPolicy::Options m_retry;
    int m_pageSize = 100;
    QHash<int, QPointer<SegmentSearchJob>> m_reloads;
    QHash<int, QPointer<BulkUpdateJob>> m_requests;
};
