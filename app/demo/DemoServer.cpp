#include "DemoServer.h"

#include "DemoApi.h"
#include "DemoDataGenerator.h"
#include "DemoFaultAnswers.h"
#include "DemoFaultInjector.h"
#include "DemoHttpListener.h"
#include "DemoProblems.h"
#include "DemoResponse.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#if defined(Q_OS_WIN)
#include <winsock2.h>
#elif defined(Q_OS_UNIX)
#include <sys/socket.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_LOGGING_CATEGORY(lcDemo, "segment.demo", QtInfoMsg)

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 410:
        return "Gone";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status >= 500 ? "Server Error" : "Unknown";
    }
}

QByteArray head(const DemoResponse &response, bool close)
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + reasonPhrase(response.status) + "\r\n";
    text += "Content-Type: " + response.contentType + "\r\n";
    text += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &h : response.headers)
        text += h.first + ": " + h.second + "\r\n";
    if (close)
        text += "Connection: close\r\n";
    text += "\r\n";
    return text;
}

DemoResponse serverError(int status, const QString &traceId)
{
    const bool unavailable = status == 502 || status == 503 || status == 504;
    return DemoProblems::errorResponse(
            status,
            DemoProblems::make(
                    unavailable ? QStringLiteral("availability") : QStringLiteral("unknown"),
                    unavailable ? QStringLiteral("service-unavailable")
                                : QStringLiteral("internal-error"),
                    unavailable ? QCoreApplication::translate("DemoServer", "Service unavailable")
                                : QCoreApplication::translate("DemoServer", "Internal error"),
                    QCoreApplication::translate("DemoServer",
                                                "The demo server was told to fail this request "
                                                "(fault injection)."),
                    traceId));
}

// What a proxy or captive portal answers in place of the API.
DemoResponse htmlPage()
{
    DemoResponse r;
    r.status = 200;
    r.contentType = "text/html; charset=utf-8";
    r.body = "<!DOCTYPE html>\n<html><head><title>Service maintenance</title></head>\n"
             "<body><h1>We'll be back soon</h1><p>The service is under maintenance.</p>"
             "</body></html>\n";
    return r;
}

// Valid HTTP, broken JSON: the body ends inside an unterminated string.
void breakJson(DemoResponse *response)
{
    if (!response->body.isEmpty())
        response->body.chop(1);
    response->body += ",\"";
}

void resetConnection(QTcpSocket *socket)
{
    // Linger 0 makes the close send RST instead of FIN: the client sees a reset, not an end.
    // (Qt has no socket option for it; the calls differ only in their types.)
    struct linger option
    {
        1, 0
    };
#if defined(Q_OS_WIN)
    ::setsockopt(static_cast<SOCKET>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER,
                 reinterpret_cast<const char *>(&option), int(sizeof(option)));
#elif defined(Q_OS_UNIX)
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option, sizeof(option));
#endif
    socket->abort();
}

void deliver(QTcpSocket *socket, const DemoResponse &response,
             std::optional<DemoFault::Kind> failure, bool close)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (failure == DemoFault::Kind::Hang)
        return; // the client's timeout ends it
    if (failure == DemoFault::Kind::Reset || failure == DemoFault::Kind::ApplyThenDrop) {
        resetConnection(socket);
        return;
    }
    // Head and body in one write: in two, the body of a large answer could leave as a segment
    // of its own and wait for the ACK of the head.
    if (failure == DemoFault::Kind::Truncated) {
        socket->write(head(response, true) + response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    socket->write(head(response, close) + response.body);
    if (close)
        socket->disconnectFromHost();
}

} // namespace

DemoServer::DemoServer(QObject *parent)
    : DemoServer(DemoDataGenerator::generate(1), parent)
{ }

DemoServer::DemoServer(DemoData data, QObject *parent)
    : QObject(parent)
    , m_api(std::make_unique<DemoApi>(std::move(data)))
    , m_faults(std::make_unique<DemoFaultInjector>())
{ }

DemoServer::~DemoServer() = default;

bool DemoServer::listen(quint16 port)
{
    if (m_listener)
        return true;
    auto *listener
            = new DemoHttpListener([this](const QHttpServerRequest &request,
                                          QTcpSocket *socket) { onRequest(request, socket); },
                                   this);
    m_port = listener->listenLowDelay(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        delete listener;
        return false;
    }
    m_listener = listener;
    return true;
}

QUrl DemoServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QString DemoServer::apiVersion() const
{
    return m_api->options().apiVersion;
}

QString DemoServer::clientId() const
{
    return m_api->options().clientId;
}

QString DemoServer::clientSecret() const
{
    return m_api->options().clientSecret;
}

DemoServerOptions DemoServer::options() const
{
    return m_api->options();
}

void DemoServer::setOptions(const DemoServerOptions &options)
{
    m_api->setOptions(options);
}

void DemoServer::setClock(Clock clock)
{
    m_api->setClock(std::move(clock));
}

void DemoServer::setFaults(const QList<DemoFault> &faults, quint64 seed)
{
    m_faults->setFaults(faults, seed);
    m_refuseRenewal = false;
}

bool DemoServer::setFaults(const QString &spec, QString *error, quint64 seed)
{
    const auto faults = DemoFault::parseSpec(spec, error);
    if (!faults)
        return false;
    setFaults(*faults, seed);
    return true;
}

QList<DemoFault> DemoServer::faults() const
{
    return m_faults->faults();
}

QString DemoServer::issueAccessToken()
{
    return m_api->tokens().issue(m_api->now(), m_api->options().tokenLifetimeSeconds);
}

void DemoServer::expireAccessTokens()
{
    m_api->tokens().expireAll();
}

QList<RecordedRequest> DemoServer::requests() const
{
    QMutexLocker lock(&m_recordMutex);
    return m_requests;
}

void DemoServer::clearRecorded()
{
    QMutexLocker lock(&m_recordMutex);
    m_recordBase += m_requests.size();
    m_requests.clear();
}

DemoData &DemoServer::data()
{
    return m_api->data();
}

const DemoData &DemoServer::data() const
{
    return m_api->data();
}

void DemoServer::setRecordedOutcome(qint64 serial, const RecordedRequest &outcome)
{
    QMutexLocker lock(&m_recordMutex);
    const qint64 index = serial - m_recordBase;
    if (index < 0 || index >= m_requests.size())
        return;
    m_requests[index].status = outcome.status;
    m_requests[index].fault = outcome.fault;
    m_requests[index].processed = outcome.processed;
}

void DemoServer::onRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // The request object is reused for the connection's next request: copy what is needed.
    RecordedRequest recorded;
    recorded.method = methodName(request.method());
    recorded.path = request.url().path();
    recorded.query = request.query();
    recorded.headers = request.headers();
    recorded.body = request.body();
    recorded.receivedAt = m_api->now();
    qint64 serial = 0;
    {
        QMutexLocker lock(&m_recordMutex);
        serial = m_recordBase + m_requests.size();
        m_requests.append(recorded);
    }

    const QString traceId
            = QStringLiteral("demo-%1").arg(++m_traceCounter, 12, 10, QLatin1Char('0'));
    const DemoFaultInjector::Decision decision = m_faults->decide(
            recorded.method, recorded.path, !DemoApi::isTokenPath(recorded.path));
    if (decision.expireTokens)
        m_api->tokens().expireAll();
    if (decision.refuseRenewal)
        m_refuseRenewal = true;

    using Kind = DemoFault::Kind;
    std::optional<Kind> failure;
    if (decision.failure)
        failure = decision.failure->kind;
    DemoResponse response;
    if (failure == Kind::ServerError) {
        response = serverError(decision.failure->status, traceId);
    } else if (failure == Kind::Html) {
        response = htmlPage();
    } else if (failure == Kind::Quota) {
        response = DemoFaultAnswers::quotaWithoutHeaders(traceId);
    } else if (m_refuseRenewal && DemoApi::isTokenPath(recorded.path)) {
        response = DemoFaultAnswers::renewalRefused();
    } else if (failure != Kind::Reset && failure != Kind::Hang) {
        response = m_api->handle(recorded, traceId);
        recorded.processed = true;
    }
    if (failure == Kind::Malformed)
        breakJson(&response);
    if (failure == Kind::BadIndex)
        DemoFaultAnswers::pointProblemsPastItems(
                &response, int(recorded.json()[QLatin1String("data")].toArray().size()));
    if (failure == Kind::DropIds)
        DemoFaultAnswers::dropEverySecondItem(&response);

    const bool answered
            = failure != Kind::Reset && failure != Kind::Hang && failure != Kind::ApplyThenDrop;
    recorded.status = answered ? response.status : 0;
    recorded.fault = failure ? DemoFault::kindName(*failure) : QString();
    setRecordedOutcome(serial, recorded);
    qCDebug(lcDemo) << recorded.method << recorded.path << "->" << recorded.status
                    << recorded.fault;
    Q_EMIT requestHandled(recorded);

    const bool close = recorded.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
    if (decision.latencyMs <= 0) {
        deliver(socket, response, failure, close);
        return;
    }
    QPointer<QTcpSocket> target(socket);
    QTimer::singleShot(decision.latencyMs, Qt::PreciseTimer, this,
                       [target, response, failure, close] {
                           deliver(target.data(), response, failure, close);
                       });
}
