#pragma once

#include "DemoData.h"
#include "DemoFault.h"
#include "DemoServerOptions.h"
#include "RecordedRequest.h"

#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class DemoApi;
class DemoFaultInjector;
class DemoHttpListener;
class QHttpServerRequest;
class QTcpSocket;
struct DemoResponse;

// A local server on 127.0.0.1 that behaves like the Criteo Marketing Solutions API the editor
// uses (see DemoApi for the routes, DemoPatchProcessor for the bulk update rules), for the GUI's
// --demo mode, `segmentctl serve-demo` and the network tests. It records every request it
// receives and injects the faults it is given (DemoFault). It runs in the thread it lives in;
// requests() and clearRecorded() may be called from any thread, the rest from that one only.
class DemoServer : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // Sample data from seed 1 with DemoDataGenerator::DefaultSegments segments.
    explicit DemoServer(QObject *parent = nullptr);
    explicit DemoServer(DemoData data, QObject *parent = nullptr);
    ~DemoServer() override;

    // Listens on 127.0.0.1; port 0 picks a free one. False if the port cannot be bound.
    bool listen(quint16 port = 0);
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:<port>" (no version, no trailing slash).
    QUrl baseUrl() const;
    QString apiVersion() const;
    QString clientId() const;
    QString clientSecret() const;

    DemoServerOptions options() const;
    void setOptions(const DemoServerOptions &options);

    // The clock behind token expiry, the rate-limit windows and updatedAt. Default: the system's
    // UTC time. An empty function restores the default.
    void setClock(Clock clock);

    // Replaces the fault rules and restarts their counting; `seed` drives shares.
    void setFaults(const QList<DemoFault> &faults, quint64 seed = 1);
    // Parses a spec (DemoFault::parseSpec) and sets it; false and a message on a syntax error.
    bool setFaults(const QString &spec, QString *error = nullptr, quint64 seed = 1);
    void clearFaults() { setFaults(QList<DemoFault>()); }
    QList<DemoFault> faults() const;

    // A valid access token without the round trip (for tests of later steps).
    QString issueAccessToken();
    // Every token issued so far expires now.
    void expireAccessTokens();

    // Every request received since the start or the last clearRecorded(), in arrival order.
    QList<RecordedRequest> requests() const;
    void clearRecorded();

    DemoData &data();
    const DemoData &data() const;

Q_SIGNALS:
    // A request was read and decided (status and fault filled in; status 0 when nothing will be
    // answered). Emitted before the answer is written, which latency may delay.
    void requestHandled(const RecordedRequest &request);

private:
    void onRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    void setRecordedOutcome(qint64 serial, const RecordedRequest &outcome);

    std::unique_ptr<DemoApi> m_api;
    std::unique_ptr<DemoFaultInjector> m_faults;
    DemoHttpListener *m_listener = nullptr;
    quint16 m_port = 0;
    quint64 m_traceCounter = 0;
    bool m_refuseRenewal = false; // a RenewalFails rule hit: token requests fail (until setFaults)

    mutable QMutex m_recordMutex;
    QList<RecordedRequest> m_requests;
    qint64 m_recordBase = 0; // serial of m_requests.first()
};
