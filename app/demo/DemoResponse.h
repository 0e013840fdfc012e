#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

// An HTTP answer of the demo server before it is written to the socket (where faults may still
// delay, cut or replace it).
struct DemoResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length
    QByteArray body;

    static DemoResponse json(int status, const QJsonObject &object)
    {
        DemoResponse r;
        r.status = status;
        r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return r;
    }

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
};
