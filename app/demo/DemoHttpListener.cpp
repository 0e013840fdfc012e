#include "DemoHttpListener.h"

DemoHttpListener::DemoHttpListener(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

bool DemoHttpListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true;
}

void DemoHttpListener::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // Never called: handleRequest() takes every request.
}
