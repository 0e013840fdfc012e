#pragma once

#include "SendHistory.h"
#include "SendPort.h"
#include "SendWorkflow.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

// Writes each send of a SendWorkflow into the SendHistory, watching the workflow's signals
// (requestSent, requestAnswered, finished) without taking part in the send: the window and
// segmentctl attach one the same way. A send is in the history from its first request on (each
// request and each answer one transaction), so a send cut short by a crash is there too,
// without an end. A history that cannot be written never stops a send: failed() says so once.
class SendHistoryRecorder : public QObject
{
    Q_OBJECT

public:
    explicit SendHistoryRecorder(SendHistory *history, QObject *parent = nullptr);
    ~SendHistoryRecorder() override;

    void attach(SendWorkflow *workflow);

    // What the history says about where the send went, and which front end made it.
    void setServer(const QUrl &baseUrl, const QString &apiVersion);
    void setOrigin(const QString &origin) { m_origin = origin; }
    // When a send starts and requests leave and are answered (UTC); tests inject their own.
    void setClock(SendHistory::Clock clock) { m_clock = std::move(clock); }

    // The send being recorded, or the last one recorded; 0 before any.
    qint64 lastSendId() const { return m_lastId; }

Q_SIGNALS:
    // A send ended and is in the history.
    void recorded(qint64 sendId);
    // The history could not be written (a full disk, a file taken away); the send goes on.
    void failed(const QString &message);

private:
    void requestSent(const SendPort::Request &request);
    void requestAnswered(const SendPort::Answer &answer, const QList<SegmentOutcome> &outcomes);
    void finished(const SendWorkflow::Result &result);
    SendHistory::Entry entryFor(const QString &segmentId, SendPort::RequestKind kind,
                                const QJsonObject &sent) const;
    void fail(const QString &message);

    SendHistory *m_history;
    QPointer<SendWorkflow> m_workflow;
    SendHistory::Clock m_clock;
    QUrl m_baseUrl;
    QString m_apiVersion;
    QString m_origin;

    // The send under way.
    SendHistory::Send m_send; // without its requests and entries: those are written as they come
    QList<SendHistory::Request> m_requests;
    QHash<int, int> m_requestOfTicket;               // port ticket -> index into m_requests
    QHash<QString, int> m_seq;                       // segment id -> its entry's number
    QHash<QString, SendHistory::Entry> m_unanswered; // entries whose request left, until answered
    qint64 m_lastId = 0;
    bool m_failed = false;
};
