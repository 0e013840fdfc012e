#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// One request as the demo server received it, kept so tests can assert on the verb, headers and
// body a client really sent; also what the server's API handler reads.
struct RecordedRequest
{
    QByteArray method; // "GET", "PATCH"…
    QString path;      // URL path, decoded: "/2025-10/marketing-solutions/audience-segments"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // as received (names keep the client's case)
    QByteArray body;
    QDateTime receivedAt; // on the server's clock (DemoServer::setClock)

    // Filled in once the request was answered.
    int status = 0; // 0: nothing answered (a reset or a hang)
    QString fault;  // DemoFault::kindName() of the failure injected, empty if none
    // The API acted on it (a PATCH was applied), whatever reached the client afterwards.
    bool processed = false;

    // The first header of that name (case-insensitive); empty if absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }

    // The body read as JSON (null document when it is not JSON).
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};
