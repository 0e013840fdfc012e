#pragma once

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <functional>

// The socket end of the demo server: Qt HttpServer parses each request and hands it over with its
// socket, so the server can answer late, answer wrong, or not answer at all.
class DemoHttpListener : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit DemoHttpListener(Handler handler, QObject *parent = nullptr);

    // Like listen(), on sockets with Nagle's algorithm off (QAbstractSocket::LowDelayOption):
    // otherwise an answer of more than a few kilobytes on a kept-alive connection waits for the
    // client's delayed ACK, about 40 ms. The port, or 0 if it cannot be bound.
    quint16 listenLowDelay(const QHostAddress &address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
