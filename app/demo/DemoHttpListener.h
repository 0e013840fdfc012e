#pragma once

#include <QAbstractHttpServer>

#include <functional>

// The socket end of the demo server: Qt HttpServer parses each request and hands it over with its
// socket, so the server can answer late, answer wrong, or not answer at all.
class DemoHttpListener : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit DemoHttpListener(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
