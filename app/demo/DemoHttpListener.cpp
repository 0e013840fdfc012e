#include "DemoHttpListener.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace {

// Every accepted socket sends what it is given at once (TCP_NODELAY).
class LowDelayTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

} // namespace

DemoHttpListener::DemoHttpListener(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

quint16 DemoHttpListener::listenLowDelay(const QHostAddress &address, quint16 port)
{
    auto *server = new LowDelayTcpServer(this);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

bool DemoHttpListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true;
}

void DemoHttpListener::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // Never called: handleRequest() takes every request.
}
