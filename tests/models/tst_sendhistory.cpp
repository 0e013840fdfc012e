// The send history's store (SendHistory): written and read back by a new instance (a restart),
// pruned to its bound, filtered, exported; a file it cannot read kept aside, never lost.
#include "SendDiagnostics.h"
#include "SendHistory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDateTime kStart(QDate(2026, 3, 2), QTime(9, 0, 0), Qt::UTC);
const QUrl kServer(QStringLiteral("http://127.0.0.1:4000"));

SendHistory::Entry entry(const QString &id, SegmentOutcome::Status status, const QString &name,
                         const QString &advertiser = QStringLiteral("41825"))
{
    SendHistory::Entry e;
    e.segmentId = id;
    e.advertiserId = advertiser;
    e.name = name;
    e.status = status;
    e.request = 0;
    e.before = QJsonObject{{QLatin1String("id"), id},
                           {QLatin1String("attributes"),
                            QJsonObject{{QLatin1String("name"), QLatin1String("Old")}}}};
    e.after = QJsonObject{
            {QLatin1String("id"), id},
            {QLatin1String("attributes"), QJsonObject{{QLatin1String("name"), name}}}};
    e.sent = QJsonObject{{QLatin1String("id"), id},
                         {QLatin1String("type"), QLatin1String("AudienceSegment")},
                         {QLatin1String("attributes"), QJsonObject{{QLatin1String("name"), name}}}};
    e.fields.append({QStringLiteral("attributes/name"), QJsonValue(QStringLiteral("Old")),
                     QJsonValue(name)});
    // A field that was not set before: "unset" survives the round trip, apart from null.
    e.fields.append({QStringLiteral("attributes/description"), QJsonValue(QJsonValue::Undefined),
                     QJsonValue(QJsonValue::Null)});
    if (status == SegmentOutcome::Status::Failed) {
        Problem problem;
        problem.type = QStringLiteral("validation");
        problem.code = QStringLiteral("name-already-used");
        problem.title = QStringLiteral("Name already used");
        problem.traceId = QStringLiteral("trace-") + id;
        problem.segmentId = id;
        problem.field = QStringLiteral("attributes/name");
        e.problems.append(problem);
        e.answer = QJsonObject{
                {QLatin1String("errors"),
                 QJsonArray{QJsonObject{{QLatin1String("code"), QLatin1String("name-already-used")},
                                        {QLatin1String("traceId"), problem.traceId}}}}};
    }
    return e;
}

// One finished send of `entries` in one request, as the recorder writes it.
qint64 writeSend(SendHistory &history, const QList<SendHistory::Entry> &entries, int minute = 0,
                 const QUrl &server = kServer)
{
    SendHistory::Send send;
    send.startedAt = kStart.addSecs(60 * minute);
    send.baseUrl = server;
    send.apiVersion = QStringLiteral("2025-10");
    send.origin = QStringLiteral("segmentctl");
    QString error;
    if (!history.begin(&send, &error))
        return 0;
    SendHistory::Request request;
    request.sentAt = send.startedAt;
    QList<QPair<int, SendHistory::Entry>> numbered;
    for (const SendHistory::Entry &e : entries) {
        request.segmentIds.append(e.segmentId);
        numbered.append({int(numbered.size()), e});
    }
    if (!history.addRequest(send.id, 0, request, numbered, &error))
        return 0;
    request.answered = true;
    request.method = QStringLiteral("PATCH");
    request.path = QStringLiteral("/2025-10/marketing-solutions/audience-segments");
    request.apiVersion = QStringLiteral("2025-10");
    request.httpStatus = 200;
    request.attempts = 1;
    request.answeredAt = send.startedAt.addSecs(1);
    if (!history.updateRequest(send.id, 0, request, numbered, &error))
        return 0;
    send.finishedAt = send.startedAt.addSecs(2);
    if (!history.finish(send, {}, &error))
        return 0;
    return send.id;
}

} // namespace

class TestSendHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void readBackAfterRestart()
    {
        const QString path = m_dir.filePath(QStringLiteral("restart.sqlite"));
        qint64 id = 0;
        {
            SendHistory history;
            QString error;
            QVERIFY2(history.open(path, &error), qPrintable(error));
            id = writeSend(history,
                           {entry(QStringLiteral("101"), SegmentOutcome::Status::Updated,
                                  QStringLiteral("Alpha")),
                            entry(QStringLiteral("102"), SegmentOutcome::Status::Failed,
                                  QStringLiteral("Beta"))});
            QVERIFY(id > 0);
        }
        SendHistory history;
        QString error;
        QVERIFY2(history.open(path, &error), qPrintable(error));
        const QList<SendHistory::Summary> list = history.list({});
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, id);
        QCOMPARE(list.first().startedAt, kStart);
        QCOMPARE(list.first().startedAt.timeSpec(), Qt::UTC);
        QCOMPARE(list.first().segments(), 2);
        QCOMPARE(list.first().counts.value(SegmentOutcome::Status::Failed), 1);
        QCOMPARE(list.first().outcome(), SegmentOutcome::Status::Failed);
        QCOMPARE(list.first().requests, 1);

        const auto send = history.send(id);
        QVERIFY(send);
        QCOMPARE(send->baseUrl, kServer);
        QCOMPARE(send->apiVersion, QStringLiteral("2025-10"));
        QCOMPARE(send->finishedAt, kStart.addSecs(2));
        QCOMPARE(send->requests.size(), 1);
        QCOMPARE(send->requests.first().method, QStringLiteral("PATCH"));
        QCOMPARE(send->requests.first().httpStatus, 200);
        QCOMPARE(send->entries.size(), 2);
        const SendHistory::Entry *failed = send->entry(QStringLiteral("102"));
        QVERIFY(failed);
        QCOMPARE(failed->status, SegmentOutcome::Status::Failed);
        QCOMPARE(failed->fields.size(), 2);
        QCOMPARE(failed->fields.at(0).before.toString(), QStringLiteral("Old"));
        QCOMPARE(failed->fields.at(0).after.toString(), QStringLiteral("Beta"));
        QVERIFY(failed->fields.at(1).before.isUndefined());
        QVERIFY(failed->fields.at(1).after.isNull());
        QCOMPARE(failed->problems.size(), 1);
        QCOMPARE(failed->problems.first().code, QStringLiteral("name-already-used"));
        QCOMPARE(failed->traceIds(), QStringList{QStringLiteral("trace-102")});
        QCOMPARE(failed->sent.value(QLatin1String("id")).toString(), QStringLiteral("102"));
    }

    void interruptedSendIsThereWithoutAnEnd()
    {
        const QString path = m_dir.filePath(QStringLiteral("interrupted.sqlite"));
        qint64 id = 0;
        {
            SendHistory history;
            QVERIFY(history.open(path, nullptr));
            SendHistory::Send send;
            send.startedAt = kStart;
            send.baseUrl = kServer;
            QVERIFY(history.begin(&send, nullptr));
            id = send.id;
            SendHistory::Request request;
            request.segmentIds = {QStringLiteral("7")};
            SendHistory::Entry e = entry(QStringLiteral("7"), SegmentOutcome::Status::Unknown,
                                         QStringLiteral("Gamma"));
            QVERIFY(history.addRequest(id, 0, request, {{0, e}}, nullptr));
        } // the process ends here
        SendHistory history;
        QVERIFY(history.open(path, nullptr));
        const auto send = history.send(id);
        QVERIFY(send);
        QVERIFY(!send->finishedAt.isValid());
        QVERIFY(!send->requests.first().answered);
        QCOMPARE(send->entries.first().status, SegmentOutcome::Status::Unknown);
    }

    void oldestSendsArePruned()
    {
        SendHistory history;
        QVERIFY(history.open(m_dir.filePath(QStringLiteral("prune.sqlite")), nullptr));
        QCOMPARE(history.maxSends(), SendHistory::defaultMaxSends);
        QVERIFY(history.setMaxSends(3, nullptr));
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids.append(writeSend(history,
                                 {entry(QString::number(200 + i), SegmentOutcome::Status::Updated,
                                        QStringLiteral("S%1").arg(i))},
                                 i));
        QList<qint64> listed;
        for (const SendHistory::Summary &summary : history.list({}))
            listed.append(summary.id);
        QCOMPARE(listed, (QList<qint64>{ids.at(4), ids.at(3), ids.at(2)}));
        QVERIFY(!history.send(ids.at(0)));
        QVERIFY(!history.latestWith(QStringLiteral("200")));
        QVERIFY(history.latestWith(QStringLiteral("202")));
        // Lowering the bound prunes at once; it is kept in the file.
        QVERIFY(history.setMaxSends(1, nullptr));
        QCOMPARE(history.list({}).size(), 1);
        history.close();
        SendHistory again;
        QVERIFY(again.open(m_dir.filePath(QStringLiteral("prune.sqlite")), nullptr));
        QCOMPARE(again.maxSends(), 1);
    }

    void filters()
    {
        SendHistory history;
        QVERIFY(history.open(m_dir.filePath(QStringLiteral("filters.sqlite")), nullptr));
        const qint64 a = writeSend(history,
                                   {entry(QStringLiteral("1"), SegmentOutcome::Status::Updated,
                                          QStringLiteral("Shoes 100%"))});
        const qint64 b = writeSend(history,
                                   {entry(QStringLiteral("2"), SegmentOutcome::Status::Failed,
                                          QStringLiteral("Hats"), QStringLiteral("999"))},
                                   1);
        const qint64 c = writeSend(history,
                                   {entry(QStringLiteral("1"), SegmentOutcome::Status::Warned,
                                          QStringLiteral("Shoes"))},
                                   2, QUrl(QStringLiteral("https://api.criteo.com")));
        const auto ids = [&history](const SendHistory::Filter &filter) {
            QList<qint64> result;
            for (const SendHistory::Summary &s : history.list(filter))
                result.append(s.id);
            return result;
        };
        SendHistory::Filter filter;
        QCOMPARE(ids(filter), (QList<qint64>{c, b, a}));
        filter.baseUrl = kServer;
        QCOMPARE(ids(filter), (QList<qint64>{b, a}));
        filter = {};
        filter.segment = QStringLiteral("1");
        QCOMPARE(ids(filter), (QList<qint64>{c, a}));
        filter.segment = QStringLiteral("100%"); // a part of a name, LIKE characters literal
        QCOMPARE(ids(filter), (QList<qint64>{a}));
        filter = {};
        filter.status = SegmentOutcome::Status::Failed;
        QCOMPARE(ids(filter), (QList<qint64>{b}));
        filter = {};
        filter.advertiserId = QStringLiteral("999");
        QCOMPARE(ids(filter), (QList<qint64>{b}));
        filter = {};
        filter.limit = 1;
        QCOMPARE(ids(filter), (QList<qint64>{c}));
    }

    void unreadableFileIsKeptAside()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.sqlite"));
        const QByteArray garbage("this is not a database, but someone's data\n");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        SendHistory history([] { return kStart; });
        QString error;
        QString notice;
        QVERIFY2(history.open(path, &error, &notice), qPrintable(error));
        QVERIFY2(notice.contains(QStringLiteral("broken.sqlite.broken-20260302-090000")),
                 qPrintable(notice));
        QFile kept(path + QStringLiteral(".broken-20260302-090000"));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage);
        QVERIFY(writeSend(history,
                          {entry(QStringLiteral("5"), SegmentOutcome::Status::Updated,
                                 QStringLiteral("New"))})
                > 0);
        QCOMPARE(history.list({}).size(), 1);
    }

    void exports()
    {
        SendHistory history;
        QVERIFY(history.open(m_dir.filePath(QStringLiteral("export.sqlite")), nullptr));
        const qint64 id = writeSend(history,
                                    {entry(QStringLiteral("9"), SegmentOutcome::Status::Failed,
                                           QStringLiteral("Name, with \"quotes\""))});
        const auto send = history.send(id);
        QVERIFY(send);
        const QList<QByteArray> lines = SendHistory::toCsv(*send).split('\n');
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("send,started_at_utc,segment_id,temporary_id,advertiser_id,name,kind,"
                            "outcome,field,before,after,problems,trace_ids"));
        QCOMPARE(lines.size(), 4); // header, two fields, the empty end
        QCOMPARE(lines.at(1).trimmed(),
                 QByteArray("1,2026-03-02T09:00:00.000Z,9,,41825,\"Name, with \"\"quotes\"\"\","
                            "update,failed,attributes/name,Old,\"Name, with \"\"quotes\"\"\","
                            "name-already-used: Name already used,trace-9"));
        QVERIFY(lines.at(2).contains(",attributes/description,,null,"));

        const QJsonObject json = SendHistory::toJson(*send);
        QCOMPARE(json.value(QLatin1String("startedAt")).toString(),
                 QStringLiteral("2026-03-02T09:00:00.000Z"));
        const QJsonObject segment
                = json.value(QLatin1String("segments")).toArray().first().toObject();
        QCOMPARE(segment.value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
        QCOMPARE(segment.value(QLatin1String("problems"))
                         .toArray()
                         .first()[QLatin1String("traceId")]
                         .toString(),
                 QStringLiteral("trace-9"));
        // Read back from its own export: the same entry.
        const SendHistory::Entry back = SendHistory::entryFromJson(segment);
        QCOMPARE(back.fields.size(), 2);
        QCOMPARE(back.problems.first().traceId, QStringLiteral("trace-9"));
    }

    void diagnosticsOfARow()
    {
        SendHistory history;
        QVERIFY(history.open(m_dir.filePath(QStringLiteral("diagnostics.sqlite")), nullptr));
        const qint64 id = writeSend(history,
                                    {entry(QStringLiteral("11"), SegmentOutcome::Status::Failed,
                                           QStringLiteral("Delta")),
                                     entry(QStringLiteral("12"), SegmentOutcome::Status::Updated,
                                           QStringLiteral("Epsilon"))});
        const auto send = history.send(id);
        QVERIFY(send);
        const QString report = SendDiagnostics::segmentReport(*send, QStringLiteral("11"));
        for (const QString &expected :
             {QStringLiteral("PATCH /2025-10/marketing-solutions/audience-segments"),
              QStringLiteral("API version: 2025-10"), QStringLiteral("HTTP 200"),
              QStringLiteral("2026-03-02 09:00:00 UTC"), QStringLiteral("trace ids: trace-11"),
              QStringLiteral("validation/name-already-used"),
              QStringLiteral("\"name\": \"Delta\"")})
            QVERIFY2(report.contains(expected),
                     qPrintable(expected + QLatin1String("\n") + report));
        QVERIFY(SendDiagnostics::segmentReport(*send, QStringLiteral("404")).isEmpty());
        const QString whole = SendDiagnostics::sendReport(*send);
        QVERIFY(whole.contains(QStringLiteral("trace-11")));
        QVERIFY(whole.contains(QStringLiteral("Applied without a problem: 12")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSendHistory)
#include "tst_sendhistory.moc"
