#pragma once

#include "InsightsPort.h"
#include "RetryPolicy.h"

#include <QHash>
#include <QPointer>

class ApiClient;

// The sizes' and "where used" port on the service layer: each call is one job (InsightsJobs.h) on
// the connection's ApiClient, whose rate limit paces them. Several may run at once; the fetcher
// keeps it to one of each kind.
class ServiceInsightsPort : public InsightsPort
{
    Q_OBJECT

public:
    explicit ServiceInsightsPort(QObject *parent = nullptr);
    ~ServiceInsightsPort() override;

    // The connection's client (not owned). Without one every call answers with an error.
    void setClient(ApiClient *client);
    ApiClient *client() const;
    void setRetryOptions(const RetryPolicy::Options &options) { m_retry = options; }

    void computeSizes(int ticket, const QStringList &segmentIds) override;
    void estimateSize(int ticket, const QJsonObject &definition) override;
    void findAudiences(int ticket, const QStringList &segmentIds) override;
    void cancel() override;

private:
    QString notConnected() const;

    QPointer<ApiClient> m_client;
    RetryPolicy::Options m_retry;
    QList<QPointer<QObject>> m_jobs;
};
