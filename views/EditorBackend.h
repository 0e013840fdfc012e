#pragma once

#include "AudienceSegment.h"
#include "Lookups.h"
#include "Problem.h"
#include "SegmentOutcome.h"
#include "SendPort.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

class InMarketCatalog;
class InsightsPort;

// What the window needs from the outside world: connecting with client credentials, the
// advertisers they reach, loading and reloading segments, and sending changes. The window talks
// only to this interface, so views never see a network class; the application implements it on
// the service layer (ServiceBackend) and tests may use the real one against the demo server.
//
// Every operation answers later through a signal, never from inside the call. At most one load
// (or reload) and one send run at a time; starting another while one runs is refused (false).
// Messages are translated and meant for the user as they are.
class EditorBackend : public QObject
{
    Q_OBJECT

public:
    struct ConnectionSettings
    {
        QUrl baseUrl = QUrl(QStringLiteral("https://api.criteo.com"));
        QString apiVersion = QStringLiteral("2025-10");
        QString clientId;
        QString clientSecret; // kept in memory; the backend's secret store keeps it on request
        bool rememberSecret = false;
    };

    enum class ConnectionKind {
        Offline, // not connected: working sets can still be opened, edited and saved
        Demo,    // the embedded demo server
        Account  // a real API account
    };

    struct SegmentQuery
    {
        QStringList advertiserIds; // empty: every advertiser the credentials reach
        QList<SegmentType> types;  // empty: every type
    };

    using QObject::QObject;

    // --- connection
    // Checks settings without keeping them: a token, then `marketing-solutions/me`.
    // Answers with connectionTested().
    virtual void testConnection(const ConnectionSettings &settings) = 0;
    // The same check; on success the settings become the connection, and the secret is stored
    // (rememberSecret) or forgotten. Answers with connectFinished(); connectionChanged() follows
    // a success.
    virtual void connectToApi(const ConnectionSettings &settings) = 0;
    // Forgets the connection (offline).
    virtual void disconnectFromApi() = 0;
    // Reads the remembered secret of a client id. Answers with storedSecretRead().
    virtual void readStoredSecret(const QString &clientId) = 0;

    virtual ConnectionKind connectionKind() const = 0;
    bool isConnected() const { return connectionKind() != ConnectionKind::Offline; }
    // One line for the status bar: "Demo server (127.0.0.1:41234)", "Account “id” at …".
    virtual QString connectionDescription() const = 0;
    // The connection's settings without the secret (empty client id when offline).
    virtual ConnectionSettings connectionSettings() const = 0;
    // The in-market brands and interests of the connection, for the in-market form; nothing
    // when offline (the form then lists them by id). Owned by the backend, replaced with the
    // connection: read it again after connectionChanged().
    virtual InMarketCatalog *inMarketCatalog() const { return nullptr; }

    // --- lookups and loading
    // Answers with advertisersListed().
    virtual bool listAdvertisers() = 0;
    // Page by page: segmentsPageLoaded() per page, loadProgress(), then loadFinished().
    virtual bool loadSegments(const SegmentQuery &query) = 0;
    // The current versions of these segments: reloadFinished().
    virtual bool reloadSegments(const QStringList &ids) = 0;
    // Stops a load or reload; what arrived stays. loadFinished(cancelled = true) follows a load,
    // reloadFinished() with what arrived and an error saying so a reload.
    virtual void cancelLoad() = 0;
    virtual bool isLoading() const = 0;

    // --- sending
    // The send workflow's way to the API (SendWorkflow drives it): reloads and bulk requests on
    // the current connection; owned by the backend, the same object for every connection.
    virtual SendPort *sendPort() const = 0;

    // --- sizes and where segments are used
    // The way to compute-sizes, estimate-size and audiences/search on the current connection
    // (SegmentInsightsFetcher drives it); owned by the backend, the same object for every
    // connection. Nothing: the window offers no sizes.
    virtual InsightsPort *insightsPort() const { return nullptr; }

Q_SIGNALS:
    void connectionTested(bool ok, const QString &message);
    void connectFinished(bool ok, const QString &message);
    void connectionChanged();
    // `secret` empty when nothing is stored; `message` says why it could not be read, if so.
    void storedSecretRead(const QString &clientId, const QString &secret, const QString &message);
    // Something the user should know that is not an operation's answer ("no keychain: the
    // secret is kept for this session only").
    void notice(const QString &message);

    void advertisersListed(const QList<Advertiser> &advertisers, const QString &error);

    void segmentsPageLoaded(const QList<AudienceSegment> &segments);
    void loadProgress(qint64 loaded, qint64 total);
    void loadFinished(const QString &error, bool cancelled);
    // `missingIds`: asked for, but the server no longer has them (or no longer shows them).
    void reloadFinished(const QList<AudienceSegment> &segments, const QStringList &missingIds,
                        const QString &error);
};
