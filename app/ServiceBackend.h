#pragma once

#include "ApiConfig.h"
#include "EditorBackend.h"
#include "RetryPolicy.h"

#include <QPointer>

class ApiClient;
class LookupJob;
class QNetworkAccessManager;
class SecretStore;
class SegmentSearchJob;
class ServiceInMarketCatalog;
class ServiceInsightsPort;
class ServiceSendPort;
class TokenProvider;

// The window's EditorBackend on the service layer: tokens (TokenProvider), lookups (LookupJob),
// paged search (SegmentSearchJob), and the send workflow's port (ServiceSendPort), over one
// QNetworkAccessManager it owns; the client secret is kept by a SecretStore (the system keychain
// in the application, memory in tests). Connections to the embedded demo server are described as
// such and never touch the secret store. Each connection has its ServiceInMarketCatalog on its
// ApiClient (the forms' brands and interests), made and dropped with it.
class ServiceBackend : public EditorBackend
{
    Q_OBJECT

public:
    explicit ServiceBackend(SecretStore *secrets, QObject *parent = nullptr);
    ~ServiceBackend() override;

    // The address of the demo server started with --demo (its connection is "Demo").
    void setDemoBaseUrl(const QUrl &url) { m_demoBaseUrl = url; }
    void setRetryOptions(const RetryPolicy::Options &options);
    void setPageSize(int pageSize);
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    // Calls a minute the connection keeps to whatever the server states (as segmentctl's
    // --calls-per-minute; 0: no pacing). Negative, the default: 250, or the server's figure.
    void setCallsPerMinute(int calls) { m_callsPerMinute = calls; }
    QNetworkAccessManager *network() const { return m_network; }

    void testConnection(const ConnectionSettings &settings) override;
    void connectToApi(const ConnectionSettings &settings) override;
    void disconnectFromApi() override;
    void readStoredSecret(const QString &clientId) override;
    ConnectionKind connectionKind() const override;
    QString connectionDescription() const override;
    ConnectionSettings connectionSettings() const override;
    InMarketCatalog *inMarketCatalog() const override;

    bool listAdvertisers() override;
    bool loadSegments(const SegmentQuery &query) override;
    bool reloadSegments(const QStringList &ids) override;
    void cancelLoad() override;
    bool isLoading() const override { return !m_searchJob.isNull(); }

    SendPort *sendPort() const override;
    InsightsPort *insightsPort() const override;

private:
    // A token provider and an API client for one set of settings; deleted with `owner`.
    struct Stack
    {
        TokenProvider *tokens = nullptr;
        ApiClient *client = nullptr;
    };
    Stack makeStack(const ConnectionSettings &settings, QObject *owner);
    bool isDemo(const QUrl &baseUrl) const;
    // Ends the connection's jobs and deletes it (the catalog before the client it talks to).
    void dropConnection();
    void applyProxy(const QUrl &baseUrl);
    // Runs the connection check; `done(ok, message, owner)` gets the stack's owner back.
    void check(const ConnectionSettings &settings,
               std::function<void(bool, const QString &, QObject *)> done);
    void rememberSecret(const ConnectionSettings &settings);

    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    QUrl m_demoBaseUrl;
    RetryPolicy::Options m_retry;
    int m_pageSize = 100;
    int m_timeoutMs = 30000;
    int m_callsPerMinute = -1;

    ConnectionSettings m_settings;  // the secret is not kept here, only in the token provider
    QPointer<QObject> m_connection; // owns the connection's Stack
    Stack m_stack;
    QPointer<ServiceInMarketCatalog> m_catalog; // the connection's, on m_stack.client

    QPointer<LookupJob> m_advertiserJob;
    QPointer<SegmentSearchJob> m_searchJob;
    ServiceSendPort *m_sendPort;
    ServiceInsightsPort *m_insightsPort;
};
