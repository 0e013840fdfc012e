#pragma once

#include "Problem.h"
#include "SegmentOutcome.h"
#include "SendPort.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

// Every send, remembered: when (UTC), against which server and API version, its requests (method,
// path, HTTP status, attempts) and per segment what went out (the fields with their values
// before and after, the exact JSON sent), what came back (the outcome, every problem with its
// code and trace id, the part of the answer about the segment). The window and segmentctl write
// it through SendHistoryRecorder and read it for the History panel, `segmentctl history`, the
// support report (SendDiagnostics) and the undo of a send (SendRevert).
//
// An SQLite database (Qt SQL, QSQLITE, WAL mode, a schema version) shared by the window and
// segmentctl (defaultPath()): one row per send, per request and per segment, each holding its
// JSON; every write is one transaction and costs what the request or answer holds. Bounded:
// after each send the oldest sends beyond maxSends() (a setting kept in the file) go. It holds
// what the API was sent and answered, never a header, a token or a secret.
//
// A file that cannot be read is never overwritten nor deleted: it is renamed
// "<name>.broken-<date>-<time>", reported, and a new history starts.
class SendHistory
{
public:
    using Clock = std::function<QDateTime()>;
    using Status = SegmentOutcome::Status;
    using Kind = SendPort::RequestKind;

    struct Field
    {
        QString path; // API path, "attributes/name"
        QJsonValue before;
        QJsonValue after; // undefined: not set
    };

    // One segment of a send.
    struct Entry
    {
        QString segmentId;   // the server's id (of a created segment: the one it was given)
        QString temporaryId; // a created segment's row id before it had one ("new-1")
        QString advertiserId;
        QString name;
        Kind kind = Kind::Update;
        Status status = Status::Unknown;
        QList<Field> fields; // what the request changed (every field sent, for a create)
        QJsonObject before;  // the segment before the send (empty for a create)
        QJsonObject after;   // after: the server's answer when it gave one, else what was sent
        QJsonObject sent;    // the exact item of the request
        QJsonValue answer;   // the part of the answer about this segment (data, errors, warnings)
        ProblemList problems;
        int request = -1; // index into Send::requests; -1: never sent

        QStringList traceIds() const;
    };

    struct Request
    {
        Kind kind = Kind::Update;
        QString method; // empty until answered
        QString path;
        QString apiVersion;
        int httpStatus = 0;
        int attempts = 0;
        bool answered = false;
        QDateTime sentAt; // UTC
        QDateTime answeredAt;
        QStringList segmentIds; // as sent (a create: the temporary ids)
        ProblemList batchProblems;
    };

    struct Send
    {
        qint64 id = 0;
        QDateTime startedAt;  // UTC
        QDateTime finishedAt; // UTC; invalid when the send never came to its end
        QUrl baseUrl;
        QString apiVersion;
        QString origin; // "segment-editor", "segmentctl"
        bool cancelled = false;
        QList<Request> requests;
        QList<Entry> entries;
        ProblemList batchProblems;

        int httpRequests() const; // retries included
        QStringList advertiserIds() const;
        const Entry *entry(const QString &segmentId) const; // by id or temporary id
    };

    // One line of the list.
    struct Summary
    {
        qint64 id = 0;
        QDateTime startedAt;
        QDateTime finishedAt;
        QUrl baseUrl;
        QString apiVersion;
        QString origin;
        bool cancelled = false;
        int requests = 0; // handed to the port
        QStringList advertiserIds;
        QHash<Status, int> counts; // segments per outcome
        int segments() const;
        // The worst outcome: failed or unknown, else warned, else not sent, else updated.
        Status outcome() const;
    };

    struct Filter
    {
        QUrl baseUrl;                 // empty: every server
        QString advertiserId;         // empty: every advertiser
        QString segment;              // an id, or a part of a name; empty: every send
        std::optional<Status> status; // sends with at least one segment of this outcome
        int limit = 0;                // the newest ones; 0: all
    };

    static constexpr int schemaVersion = 1;
    static constexpr int defaultMaxSends = 200;

    explicit SendHistory(Clock clock = {});
    ~SendHistory();
    SendHistory(const SendHistory &) = delete;
    SendHistory &operator=(const SendHistory &) = delete;

    // Where the window and segmentctl keep it by default (the generic data folder,
    // "SegmentEditor/history.sqlite").
    static QString defaultPath();

    // Opens (creating it and its folder if needed). An unreadable file is moved aside first and a
    // new history starts: true, with `notice` saying so. False with a translated message when no
    // history can be written there (a folder that cannot be made, a file of a newer version).
    bool open(const QString &path, QString *error, QString *notice = nullptr);
    void close();
    bool isOpen() const { return !m_connection.isEmpty(); }
    QString path() const { return m_path; }

    // The bound, kept in the file; setting it prunes at once.
    int maxSends() const;
    bool setMaxSends(int count, QString *error);

    // --- writing (SendHistoryRecorder): each one transaction; false with a message on failure.
    // A new send (its id is set); its requests and entries follow.
    bool begin(Send *send, QString *error);
    // A request as it leaves, with its segments.
    bool addRequest(qint64 sendId, int index, const Request &request,
                    const QList<QPair<int, Entry>> &entries, QString *error);
    // Its answer, and the segments it was about, as they are now.
    bool updateRequest(qint64 sendId, int index, const Request &request,
                       const QList<QPair<int, Entry>> &entries, QString *error);
    // The send's end: its last entries (those never sent), problems of the whole send; then the
    // oldest sends beyond maxSends() go.
    bool finish(const Send &send, const QList<QPair<int, Entry>> &entries, QString *error);

    // --- reading
    QList<Summary> list(const Filter &filter, QString *error = nullptr) const;
    std::optional<Send> send(qint64 id, QString *error = nullptr) const;
    // The newest send with this segment (by id) that has an entry for it.
    std::optional<Send> latestWith(const QString &segmentId, const QUrl &baseUrl = {}) const;

    // --- export (also the form of `segmentctl history --json`)
    static QJsonObject toJson(const Send &send);
    static QJsonObject toJson(const Summary &summary);
    static QJsonObject toJson(const Entry &entry);
    static QJsonObject toJson(const Request &request);
    static Entry entryFromJson(const QJsonObject &json);
    static Request requestFromJson(const QJsonObject &json);
    // One line per field of each segment (a segment with no field: one line).
    static QByteArray toCsv(const Send &send);

    static QString kindKey(Kind kind); // "update", "create", "delete"
    static Kind kindFromKey(const QString &key);

private:
    static bool writeFailed(QSqlDatabase &db, const QSqlQuery &query, QString *error);
    bool prune(QString *error);
    bool writeEntries(qint64 sendId, const QList<QPair<int, Entry>> &entries, QString *error);

    Clock m_clock;
    QString m_path;
    QString m_connection;
};
