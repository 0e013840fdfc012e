#pragma once

#include "Problem.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QObject>

// The answer to one API request made through ApiClient: status, JSON body, the problems the server
// named, and a plain-words error for the user. It emits finished() exactly once.
class ApiReply : public QObject
{
    Q_OBJECT

public:
    enum class Error {
        None,
        Network,        // no connection, reset, refused…
        Timeout,        // no answer within the configured time
        Http,           // an HTTP error status (4xx other than 401, 5xx)
        Authentication, // no token could be had, or the server refused it twice
        InvalidBody,    // 2xx, but the body is not the JSON the contract promises
        Refused,        // not sent: the address is not allowed (plain http to a remote host)
        Cancelled
    };

    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray body() const { return m_body; }
    QJsonValue json() const { return m_json; }
    QByteArray rawHeader(const QByteArray &name) const { return m_headers.value(name.toLower()); }
    // Problems from the body of an error answer (CommonProblem list or the OAuth shape).
    ProblemList problems() const { return m_problems; }
    // Whether the request may have reached the server and been acted on before it failed; false
    // for errors that prove it never left (refused connection, not sent).
    bool mayHaveReachedServer() const { return m_mayHaveReachedServer; }
    int attempts() const { return m_attempts; }

    // Stops waiting: the reply finishes with Error::Cancelled.
    void abort();

Q_SIGNALS:
    void finished();
    void aborted(); // internal: ApiClient aborts the network request

private:
    friend class ApiClient;
    void finish(Error error, const QString &errorString);

    bool m_finished = false;
    Error m_error = Error::None;
    QString m_errorString;
    int m_httpStatus = 0;
    QByteArray m_body;
    QJsonValue m_json;
    QHash<QByteArray, QByteArray> m_headers;
    ProblemList m_problems;
    bool m_mayHaveReachedServer = false;
    int m_attempts = 0;
};
