// The send history over real loopback HTTP: the send workflow on the service's port against the
// demo server, recorded by SendHistoryRecorder, read back after a restart; the support report
// (trace ids, never the secret or the token); the undo of a send against an unchanged server
// (it applies) and against a changed one (a conflict), a created segment marked for deletion and
// a deleted one that cannot come back.
#include "SegmentEditor.h"
#include "SegmentTableModel.h"
#include "SendDiagnostics.h"
#include "SendHistory.h"
#include "SendHistoryRecorder.h"
#include "SendRevert.h"
#include "SendWorkflow.h"
#include "ServiceFixture.h"
#include "ServiceSendPort.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace {

const QDateTime kClock(QDate(2026, 3, 2), QTime(14, 30, 0), Qt::UTC);

} // namespace

class TestSendHistoryHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        fx = std::make_unique<ServiceFixture>(40);
        port = std::make_unique<ServiceSendPort>();
        port->setClient(fx->client.get());
        rows = std::make_unique<SegmentTableModel>();
        stack = std::make_unique<QUndoStack>();
        editor = std::make_unique<SegmentEditor>(rows.get(), stack.get());
        workflow = std::make_unique<SendWorkflow>(rows.get());
        workflow->setPort(port.get());
        history = std::make_unique<SendHistory>();
        m_path = m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_run));
        QString error;
        QVERIFY2(history->open(m_path, &error), qPrintable(error));
        recorder = std::make_unique<SendHistoryRecorder>(history.get());
        recorder->attach(workflow.get());
        recorder->setServer(fx->config.baseUrl, fx->config.apiVersion);
        recorder->setOrigin(QStringLiteral("test"));
        recorder->setClock([] { return kClock; });
        ids = fx->editableIds(3);
        QCOMPARE(ids.size(), 3);
        QCOMPARE(fx->server.data().advertiserOf(ids.at(0)),
                 fx->server.data().advertiserOf(ids.at(2)));
        rows->setSegments({fx->segment(ids.at(0)), fx->segment(ids.at(1))});
    }

    void cleanup()
    {
        recorder.reset();
        history.reset();
        workflow.reset();
        editor.reset();
        stack.reset();
        rows.reset();
        port.reset();
        fx.reset();
    }

    void recordedAndReadBackAfterRestart()
    {
        const QString oldName = nameOf(ids.at(0));
        const qint64 id = sendRenames();
        // A restart: a new history on the same file.
        recorder.reset();
        history.reset();
        SendHistory again;
        QVERIFY(again.open(m_path, nullptr));
        const QList<SendHistory::Summary> list = again.list({});
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, id);
        QCOMPARE(list.first().baseUrl, fx->config.baseUrl);
        QCOMPARE(list.first().counts.value(SegmentOutcome::Status::Updated), 1);
        QCOMPARE(list.first().counts.value(SegmentOutcome::Status::Failed), 1);
        const auto send = again.send(id);
        QVERIFY(send);
        QCOMPARE(send->startedAt, kClock);
        QCOMPARE(send->apiVersion, QStringLiteral("2025-10"));
        QCOMPARE(send->origin, QStringLiteral("test"));
        QCOMPARE(send->requests.size(), 1);
        const SendHistory::Request &request = send->requests.first();
        QCOMPARE(request.method, QStringLiteral("PATCH"));
        QCOMPARE(request.path, QStringLiteral("/2025-10/marketing-solutions/audience-segments"));
        QCOMPARE(request.httpStatus, 200);
        QCOMPARE(request.attempts, 1);
        QCOMPARE(request.segmentIds, (QStringList{ids.at(0), ids.at(1)}));

        const SendHistory::Entry *updated = send->entry(ids.at(0));
        QVERIFY(updated);
        QCOMPARE(updated->status, SegmentOutcome::Status::Updated);
        QCOMPARE(updated->fields.size(), 1);
        QCOMPARE(updated->fields.first().path, QStringLiteral("attributes/name"));
        QCOMPARE(updated->fields.first().before.toString(), oldName);
        QCOMPARE(updated->fields.first().after.toString(), QStringLiteral("Renamed by the test"));
        QCOMPARE(updated->sent[QLatin1String("attributes")][QLatin1String("name")].toString(),
                 QStringLiteral("Renamed by the test"));

        const SendHistory::Entry *failed = send->entry(ids.at(1));
        QVERIFY(failed);
        QCOMPARE(failed->status, SegmentOutcome::Status::Failed);
        QVERIFY(!failed->problems.isEmpty());
        QCOMPARE(failed->problems.first().code, QStringLiteral("name-must-be-unique"));
        QVERIFY(failed->problems.first().traceId.startsWith(QLatin1String("demo-")));
        // The part of the answer about it: its error, not the other segment's entity.
        const QJsonArray errors = failed->answer[QLatin1String("errors")].toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first()[QLatin1String("traceId")].toString(),
                 failed->problems.first().traceId);
        QVERIFY(!failed->answer.toObject().contains(QLatin1String("data")));
    }

    void diagnosticsHaveTheTraceIdAndNoSecret()
    {
        const qint64 id = sendRenames();
        const auto send = history->send(id);
        QVERIFY(send);
        const SendHistory::Entry *failed = send->entry(ids.at(1));
        QVERIFY(failed && !failed->traceIds().isEmpty());
        const QString report = SendDiagnostics::segmentReport(*send, ids.at(1));
        const QString whole = SendDiagnostics::sendReport(*send);
        QVERIFY(report.contains(failed->traceIds().first()));
        QVERIFY(whole.contains(failed->traceIds().first()));
        QVERIFY(report.contains(
                QStringLiteral("PATCH /2025-10/marketing-solutions/audience-segments")));
        QVERIFY(report.contains(QStringLiteral("HTTP 200")));
        QVERIFY(report.contains(QStringLiteral("2026-03-02 14:30:00 UTC")));
        QVERIFY(report.contains(QStringLiteral("name-must-be-unique")));
        QVERIFY(report.contains(nameOf(ids.at(2)))); // the JSON that was sent
        // Whatever the client sent as credentials is in neither report, nor in the history file.
        QByteArray token;
        for (const RecordedRequest &r : fx->server.requests())
            if (!r.header("Authorization").isEmpty())
                token = r.header("Authorization").mid(int(qstrlen("Bearer ")));
        QVERIFY(token.size() > 8);
        history->close();
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll() + [this] {
            QFile wal(m_path + QStringLiteral("-wal"));
            return wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
        }();
        for (const QString &text : {report, whole}) {
            QVERIFY(!text.contains(QString::fromLatin1(token)));
            QVERIFY(!text.contains(fx->server.clientSecret()));
            QVERIFY(!text.contains(QStringLiteral("Bearer"), Qt::CaseInsensitive));
            QVERIFY(!text.contains(QStringLiteral("Authorization"), Qt::CaseInsensitive));
        }
        QVERIFY(!stored.contains(token));
        QVERIFY(!stored.contains(fx->server.clientSecret().toUtf8()));
    }

    void revertAgainstAnUnchangedServerApplies()
    {
        const QString oldName = nameOf(ids.at(0));
        const qint64 id = sendRenames();
        const auto send = history->send(id);
        QVERIFY(send);
        stack->clear();
        const SendRevert::Result result = revert(*send);
        QCOMPARE(result.reverted, QStringList{ids.at(0)});
        QVERIFY(result.conflicts.isEmpty());
        QCOMPARE(result.notApplied, QStringList{ids.at(1)});
        QCOMPARE(rows->edited(ids.at(0))->name.value_or(QString()), oldName);
        QCOMPARE(rows->state(ids.at(0)), SegmentTableModel::RowState::Modified);
        QCOMPARE(stack->count(), 1); // one undo step
        QCOMPARE(stack->text(0), QStringLiteral("Undo send %1").arg(id));
        // The normal send takes it to the server.
        QVERIFY(runSend({ids.at(0)}));
        QCOMPARE(nameOf(ids.at(0)), oldName);
        QCOMPARE(history->list({}).size(), 2);
    }

    void revertAgainstAChangedServerIsAConflict()
    {
        const qint64 id = sendRenames();
        const auto send = history->send(id);
        QVERIFY(send);
        // Someone renames it on the server after the send, and changes its description.
        QJsonObject attributes = fx->server.data().segment(ids.at(0));
        attributes.insert(QLatin1String("name"), QStringLiteral("Renamed by someone else"));
        attributes.insert(QLatin1String("description"), QStringLiteral("Theirs"));
        fx->server.data().insertSegment(ids.at(0), attributes);

        const SendRevert::Result result = revert(*send);
        QCOMPARE(result.conflicts, QStringList{ids.at(0)});
        QCOMPARE(result.conflictFields.value(ids.at(0)),
                 QStringList{QStringLiteral("attributes/name")});
        QVERIFY(result.reverted.isEmpty());
        QCOMPARE(rows->state(ids.at(0)), SegmentTableModel::RowState::Conflict);
        // Shown as such, never sent silently: the server's other change is followed.
        QCOMPARE(rows->edited(ids.at(0))->description.valueOr(QString()), QStringLiteral("Theirs"));
        for (const SegmentTableModel::Change &change : rows->sendableChanges())
            QVERIFY(change.id != ids.at(0));
        QVERIFY(!SendRevert::describe(result).join(QLatin1Char(' ')).isEmpty());
    }

    void createdIsDeletedAndDeletedCannotComeBack()
    {
        const QString advertiser = fx->server.data().advertiserOf(ids.at(0));
        const QStringList created = editor->createSegments({SegmentEditor::blankSegment(
                advertiser, SegmentType::Prospecting, QStringLiteral("Made by the history test"))});
        QCOMPARE(created.size(), 1);
        QCOMPARE(editor->setDeleted({ids.at(1)}, true), 1);
        QVERIFY(runSend({created.first(), ids.at(1)}));
        const qint64 id = recorder->lastSendId();
        const auto send = history->send(id);
        QVERIFY(send);
        QCOMPARE(send->entries.size(), 2);
        QCOMPARE(send->requests.size(), 2); // the delete, then the create
        QCOMPARE(send->requests.at(0).path,
                 QStringLiteral("/2025-10/marketing-solutions/audience-segments/delete"));
        const QString newId = fx->server.data().segmentIdNamed(
                advertiser, QStringLiteral("Made by the history test"));
        QVERIFY(!newId.isEmpty());
        const SendHistory::Entry *entry = send->entry(newId);
        QVERIFY(entry);
        QCOMPARE(entry->temporaryId, created.first());
        QCOMPARE(entry->kind, SendPort::RequestKind::Create);

        const SendRevert::Result result = revert(*send);
        QCOMPARE(result.toDelete, QStringList{newId});
        QCOMPARE(result.cannotRestore, QStringList{ids.at(1)});
        QCOMPARE(rows->lifecycle(newId), SegmentLifecycle::ToDelete);
        QVERIFY(SendRevert::describe(result).join(QLatin1Char(' ')).contains(ids.at(1)));
    }

private:
    QString nameOf(const QString &id) const
    {
        return fx->server.data().segment(id).value(QLatin1String("name")).toString();
    }

    bool runSend(const QStringList &sendIds)
    {
        QSignalSpy finished(workflow.get(), &SendWorkflow::finished);
        QSignalSpy recorded(recorder.get(), &SendHistoryRecorder::recorded);
        if (!workflow->start(sendIds, {}))
            return false;
        return finished.wait(10000) && recorded.count() == 1;
    }

    // The first segment renamed (applied), the second given the third's name (refused).
    qint64 sendRenames()
    {
        AudienceSegment a = *rows->edited(ids.at(0));
        a.name = QStringLiteral("Renamed by the test");
        AudienceSegment b = *rows->edited(ids.at(1));
        b.name = nameOf(ids.at(2));
        editor->editSegments({a, b});
        if (!runSend({ids.at(0), ids.at(1)}))
            return 0;
        return recorder->lastSendId();
    }

    SendRevert::Result revert(const SendHistory::Send &send)
    {
        SendRevert revert(editor.get());
        revert.setPort(port.get());
        QSignalSpy finished(&revert, &SendRevert::finished);
        if (!revert.start(send) || !finished.wait(10000))
            return {};
        return finished.first().first().value<SendRevert::Result>();
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_run = 0;
    std::unique_ptr<ServiceFixture> fx;
    std::unique_ptr<ServiceSendPort> port;
    std::unique_ptr<SegmentTableModel> rows;
    std::unique_ptr<QUndoStack> stack;
    std::unique_ptr<SegmentEditor> editor;
    std::unique_ptr<SendWorkflow> workflow;
    std::unique_ptr<SendHistory> history;
    std::unique_ptr<SendHistoryRecorder> recorder;
    QStringList ids;
};

QTEST_MAIN(TestSendHistoryHttp)
#include "tst_sendhistory_http.moc"
