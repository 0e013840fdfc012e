#include "ServiceBackend.h"

#include "ApiClient.h"
#include "LookupJob.h"
#include "SecretStore.h"
#include "SegmentSearchJob.h"
#include "ServiceInMarketCatalog.h"
#include "ServiceInsightsPort.h"
#include "ServiceSendPort.h"
#include "TokenProvider.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    const QHostAddress address(host);
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
            || (!address.isNull() && address.isLoopback());
}

QString hostAndPort(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

} // namespace

ServiceBackend::ServiceBackend(SecretStore *secrets, QObject *parent)
    : EditorBackend(parent)
    , m_secrets(secrets)
    , m_network(new QNetworkAccessManager(this))
    , m_sendPort(new ServiceSendPort(this))
    , m_insightsPort(new ServiceInsightsPort(this))
{
    m_insightsPort->setRetryOptions(m_retry);
    m_sendPort->setRetryOptions(m_retry);
    m_sendPort->setPageSize(m_pageSize);
}

void ServiceBackend::setRetryOptions(const RetryPolicy::Options &options)
{
    m_retry = options;
    m_sendPort->setRetryOptions(options);
    m_insightsPort->setRetryOptions(options);
}

void ServiceBackend::setPageSize(int pageSize)
{
    m_pageSize = pageSize;
    m_sendPort->setPageSize(pageSize);
}

SendPort *ServiceBackend::sendPort() const
{
    return m_sendPort;
}

InsightsPort *ServiceBackend::insightsPort() const
{
    return m_insightsPort;
}

ServiceBackend::~ServiceBackend()
{
    dropConnection();
}

void ServiceBackend::dropConnection()
{
    // Jobs first: they talk to the client that the connection object owns.
    m_sendPort->setClient(nullptr);
    m_insightsPort->setClient(nullptr);
    delete m_searchJob;
    delete m_advertiserJob;
    delete m_catalog;
    delete m_connection;
    m_stack = {};
}

void ServiceBackend::applyProxy(const QUrl &baseUrl)
{
    // The system's proxy settings do not apply to this computer (the demo server).
    m_network->setProxy(isLoopback(baseUrl) ? QNetworkProxy(QNetworkProxy::NoProxy)
                                            : QNetworkProxy(QNetworkProxy::DefaultProxy));
}

bool ServiceBackend::isDemo(const QUrl &baseUrl) const
{
    return m_demoBaseUrl.isValid()
            && baseUrl.adjusted(QUrl::StripTrailingSlash)
            == m_demoBaseUrl.adjusted(QUrl::StripTrailingSlash);
}

ServiceBackend::Stack ServiceBackend::makeStack(const ConnectionSettings &settings, QObject *owner)
{
    ApiConfig config;
    config.baseUrl = settings.baseUrl;
    config.apiVersion = settings.apiVersion;
    config.timeoutMs = m_timeoutMs;
    Stack stack;
    stack.tokens = new TokenProvider(m_network, config, owner);
    stack.tokens->setClientCredentials(settings.clientId, settings.clientSecret);
    stack.client = new ApiClient(m_network, stack.tokens, config, owner);
    if (m_callsPerMinute >= 0)
        stack.client->setCallsPerMinute(m_callsPerMinute, ApiClient::Pace::Fixed);
    return stack;
}

void ServiceBackend::check(const ConnectionSettings &settings,
                           std::function<void(bool, const QString &, QObject *)> done)
{
    auto *owner = new QObject(this);
    QString why;
    if (!ApiConfig::isAllowedBaseUrl(settings.baseUrl, &why)) {
        QMetaObject::invokeMethod(
                this, [done, why, owner] { done(false, why, owner); }, Qt::QueuedConnection);
        return;
    }
    applyProxy(settings.baseUrl);
    const Stack stack = makeStack(settings, owner);
    auto *job = new LookupJob(stack.client, LookupJob::Kind::Application, owner);
    job->setRetryOptions(m_retry);
    connect(job, &LookupJob::finished, this, [job, done, owner] {
        job->deleteLater();
        if (job->hasError()) {
            done(false, job->errorString(), owner);
            return;
        }
        const QString name = job->applicationName();
        done(true,
             name.isEmpty() ? tr("The connection works.")
                            : tr("The connection works: application “%1”.").arg(name),
             owner);
    });
    job->start();
}

void ServiceBackend::testConnection(const ConnectionSettings &settings)
{
    check(settings, [this](bool ok, const QString &message, QObject *owner) {
        owner->deleteLater();
        Q_EMIT connectionTested(ok, message);
    });
}

void ServiceBackend::connectToApi(const ConnectionSettings &settings)
{
    check(settings, [this, settings](bool ok, const QString &message, QObject *owner) {
        if (!ok) {
            owner->deleteLater();
            Q_EMIT connectFinished(false, message);
            return;
        }
        // The checked stack becomes the connection: its token is good for the next calls.
        dropConnection();
        m_connection = owner;
        m_stack.tokens = owner->findChild<TokenProvider *>();
        m_stack.client = owner->findChild<ApiClient *>();
        m_catalog = new ServiceInMarketCatalog(m_stack.client, owner);
        m_catalog->setRetryOptions(m_retry);
        m_sendPort->setClient(m_stack.client);
        m_insightsPort->setClient(m_stack.client);
        m_settings = settings;
        m_settings.clientSecret.clear();
        if (!isDemo(settings.baseUrl))
            rememberSecret(settings);
        Q_EMIT connectFinished(true, message);
        Q_EMIT connectionChanged();
    });
}

void ServiceBackend::rememberSecret(const ConnectionSettings &settings)
{
    if (!m_secrets)
        return;
    if (settings.rememberSecret) {
        m_secrets->write(settings.clientId, settings.clientSecret,
                         [this](const SecretStore::Result &result) {
                             if (result.status != SecretStore::Status::Ok)
                                 Q_EMIT notice(tr("The secret could not be stored in the "
                                                  "keychain: %1 It is kept in memory for this "
                                                  "session only.")
                                                       .arg(result.message));
                         });
    } else {
        // "Remember" unchecked: forget a secret stored earlier. Nothing stored is fine.
        m_secrets->remove(settings.clientId, [](const SecretStore::Result &) {});
    }
}

void ServiceBackend::disconnectFromApi()
{
    if (!m_connection)
        return;
    dropConnection();
    m_settings = {};
    Q_EMIT connectionChanged();
}

void ServiceBackend::readStoredSecret(const QString &clientId)
{
    if (!m_secrets || clientId.isEmpty()) {
        QMetaObject::invokeMethod(
                this, [this, clientId] { Q_EMIT storedSecretRead(clientId, {}, {}); },
                Qt::QueuedConnection);
        return;
    }
    m_secrets->read(clientId, [this, clientId](const SecretStore::Result &result) {
        switch (result.status) {
        case SecretStore::Status::Ok:
            Q_EMIT storedSecretRead(clientId, result.secret, {});
            break;
        case SecretStore::Status::NotFound:
            Q_EMIT storedSecretRead(clientId, {}, {});
            break;
        case SecretStore::Status::Unavailable:
        case SecretStore::Status::AccessDenied:
        case SecretStore::Status::Failed:
            Q_EMIT storedSecretRead(clientId, {}, result.message);
            break;
        }
    });
}

EditorBackend::ConnectionKind ServiceBackend::connectionKind() const
{
    if (!m_connection)
        return ConnectionKind::Offline;
    return isDemo(m_settings.baseUrl) ? ConnectionKind::Demo : ConnectionKind::Account;
}

QString ServiceBackend::connectionDescription() const
{
    switch (connectionKind()) {
    case ConnectionKind::Offline:
        return tr("Offline");
    case ConnectionKind::Demo:
        return tr("Demo server (%1)").arg(hostAndPort(m_settings.baseUrl));
    case ConnectionKind::Account:
        return tr("Account %1 at %2 (API %3)")
                .arg(m_settings.clientId, hostAndPort(m_settings.baseUrl), m_settings.apiVersion);
    }
    return {};
}

EditorBackend::ConnectionSettings ServiceBackend::connectionSettings() const
{
    if (!m_connection)
        return {};
    return m_settings;
}

InMarketCatalog *ServiceBackend::inMarketCatalog() const
{
    return m_catalog;
}

bool ServiceBackend::listAdvertisers()
{
    if (!m_stack.client)
        return false;
    applyProxy(m_settings.baseUrl);
    delete m_advertiserJob;
    m_advertiserJob = new LookupJob(m_stack.client, LookupJob::Kind::Advertisers, this);
    m_advertiserJob->setRetryOptions(m_retry);
    LookupJob *job = m_advertiserJob;
    connect(job, &LookupJob::finished, this, [this, job] {
        job->deleteLater();
        Q_EMIT advertisersListed(job->advertisers(), job->errorString());
    });
    job->start();
    return true;
}

bool ServiceBackend::loadSegments(const SegmentQuery &query)
{
    if (!m_stack.client || m_searchJob)
        return false;
    applyProxy(m_settings.baseUrl);
    SegmentSearchJob::Query q;
    q.advertiserIds = query.advertiserIds;
    q.types = query.types;
    m_searchJob = new SegmentSearchJob(m_stack.client, q, this);
    SegmentSearchJob *job = m_searchJob;
    job->setPageSize(m_pageSize);
    job->setRetryOptions(m_retry);
    connect(job, &SegmentSearchJob::pageLoaded, this, &EditorBackend::segmentsPageLoaded);
    connect(job, &SegmentSearchJob::progress, this, &EditorBackend::loadProgress);
    connect(job, &SegmentSearchJob::finished, this, [this, job] {
        job->deleteLater();
        m_searchJob = nullptr;
        if (!job->parseIssues().isEmpty())
            Q_EMIT notice(tr("Parts of the server's answers did not match the API contract and "
                             "were left out (%1), for example %2: %3")
                                  .arg(QString::number(job->parseIssues().size()),
                                       job->parseIssues().constFirst().path,
                                       job->parseIssues().constFirst().message));
        Q_EMIT loadFinished(job->errorString(), job->wasCancelled());
    });
    job->start();
    return true;
}

bool ServiceBackend::reloadSegments(const QStringList &ids)
{
    if (!m_stack.client || m_searchJob || ids.isEmpty())
        return false;
    applyProxy(m_settings.baseUrl);
    SegmentSearchJob::Query q;
    q.segmentIds = ids;
    m_searchJob = new SegmentSearchJob(m_stack.client, q, this);
    SegmentSearchJob *job = m_searchJob;
    job->setPageSize(m_pageSize);
    job->setRetryOptions(m_retry);
    connect(job, &SegmentSearchJob::progress, this, &EditorBackend::loadProgress);
    connect(job, &SegmentSearchJob::finished, this, [this, job] {
        job->deleteLater();
        m_searchJob = nullptr;
        const QList<AudienceSegment> segments = job->segments();
        const QStringList missing = job->missingIds();
        QString error = job->errorString();
        if (error.isEmpty() && job->wasCancelled())
            error = tr("Reload cancelled.");
        Q_EMIT reloadFinished(segments, missing, error);
    });
    job->start();
    return true;
}

void ServiceBackend::cancelLoad()
{
    if (m_searchJob)
        m_searchJob->cancel();
}
