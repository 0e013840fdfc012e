#include "SendHistoryRecorder.h"

#include "PatchBuilder.h"
#include "ProblemMapper.h"
#include "SegmentJson.h"
#include "SegmentTableModel.h"

#include <QJsonArray>

namespace {

using Kind = SendPort::RequestKind;

// Every leaf of a create item's attributes, as a field path with its value.
void leaves(const QJsonObject &object, const QString &prefix, QList<SendHistory::Field> *fields)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString path = prefix + it.key();
        if (it.value().isObject() && !it.value().toObject().contains(QLatin1String("value")))
            leaves(it.value().toObject(), path + QLatin1Char('/'), fields);
        else
            fields->append({path, QJsonValue(QJsonValue::Undefined), it.value()});
    }
}

// The part of an answer about the item at `index` (`ids` as sent): its entity in `data`, and the
// errors and warnings the problem mapper gives it. A refused request whose problems name no item
// is about every item: its whole body.
QJsonValue answerPart(const QJsonValue &body, const QStringList &ids, int index,
                      const QString &entityId)
{
    if (!body.isObject())
        return body;
    const QJsonObject object = body.toObject();
    const QString id = ids.value(index);
    QJsonObject part;
    QJsonArray data;
    for (const QJsonValue &item : object.value(QLatin1String("data")).toArray()) {
        const QString itemId = item.toObject().value(QLatin1String("id")).toString();
        if (!itemId.isEmpty() && (itemId == id || itemId == entityId))
            data.append(item);
    }
    if (!data.isEmpty())
        part.insert(QLatin1String("data"), data);
    bool anyMapped = false;
    for (const char *channel : {"errors", "warnings"}) {
        QJsonArray mine;
        for (const QJsonValue &raw : object.value(QLatin1String(channel)).toArray()) {
            SegmentJson::ParseIssues issues;
            const Problem problem
                    = SegmentJson::parseProblem(raw, Problem::Severity::Error, &issues);
            const ProblemMapper::Mapping mapping = ProblemMapper::map(ids, {problem});
            if (!mapping.bySegment.isEmpty())
                anyMapped = true;
            if (mapping.bySegment.contains(id))
                mine.append(raw);
        }
        if (!mine.isEmpty())
            part.insert(QLatin1String(channel), mine);
    }
    if (part.isEmpty() && !anyMapped && !object.value(QLatin1String("data")).isArray())
        return object; // an error answer about the request as a whole
    return part;
}

} // namespace

SendHistoryRecorder::SendHistoryRecorder(SendHistory *history, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

SendHistoryRecorder::~SendHistoryRecorder() = default;

void SendHistoryRecorder::attach(SendWorkflow *workflow)
{
    if (m_workflow)
        m_workflow->disconnect(this);
    m_workflow = workflow;
    if (!workflow)
        return;
    connect(workflow, &SendWorkflow::requestSent, this, &SendHistoryRecorder::requestSent);
    connect(workflow, &SendWorkflow::requestAnswered, this, &SendHistoryRecorder::requestAnswered);
    connect(workflow, &SendWorkflow::finished, this, &SendHistoryRecorder::finished);
}

void SendHistoryRecorder::setServer(const QUrl &baseUrl, const QString &apiVersion)
{
    m_baseUrl = baseUrl;
    m_apiVersion = apiVersion;
}

void SendHistoryRecorder::fail(const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    Q_EMIT failed(message);
}

SendHistory::Entry SendHistoryRecorder::entryFor(const QString &segmentId, Kind kind,
                                                 const QJsonObject &sent) const
{
    SendHistory::Entry entry;
    entry.segmentId = segmentId;
    entry.kind = kind;
    entry.sent = sent;
    const SegmentTableModel *rows = m_workflow ? m_workflow->rows() : nullptr;
    const std::optional<AudienceSegment> original = rows ? rows->original(segmentId) : std::nullopt;
    const std::optional<AudienceSegment> edited = rows ? rows->edited(segmentId) : std::nullopt;
    if (edited) {
        entry.advertiserId = edited->advertiserId;
        entry.name = edited->name.value_or(QString());
    }
    switch (kind) {
    case Kind::Create:
        entry.temporaryId = segmentId;
        if (edited)
            entry.after = SegmentJson::toResource(*edited);
        leaves(sent.value(QLatin1String("attributes")).toObject(), QStringLiteral("attributes/"),
               &entry.fields);
        break;
    case Kind::Delete:
        if (original)
            entry.before = SegmentJson::toResource(*original);
        break;
    case Kind::Update:
        if (original && edited) {
            entry.before = SegmentJson::toResource(*original);
            entry.after = SegmentJson::toResource(*edited);
            for (const QString &path : PatchBuilder::changedFields(*original, *edited))
                entry.fields.append({path, SegmentJson::valueAt(entry.before, path),
                                     SegmentJson::valueAt(entry.after, path)});
        }
        break;
    }
    return entry;
}

void SendHistoryRecorder::requestSent(const SendPort::Request &request)
{
    if (!m_history || !m_history->isOpen())
        return;
    QString error;
    if (m_send.id == 0) {
        m_send = {};
        m_requests.clear();
        m_requestOfTicket.clear();
        m_seq.clear();
        m_unanswered.clear();
        m_failed = false;
        m_send.startedAt = m_clock().toUTC();
        m_send.baseUrl = m_baseUrl;
        m_send.apiVersion = m_apiVersion;
        m_send.origin = m_origin;
        if (!m_history->begin(&m_send, &error)) {
            m_send.id = 0;
            fail(error);
            return;
        }
        m_lastId = m_send.id;
    }
    SendHistory::Request record;
    record.kind = request.kind;
    record.sentAt = m_clock().toUTC();
    const int index = int(m_requests.size());
    QList<QPair<int, SendHistory::Entry>> entries;
    for (const SendPort::Item &item : request.items) {
        record.segmentIds.append(item.segmentId);
        SendHistory::Entry entry = entryFor(item.segmentId, request.kind, item.resource);
        entry.request = index;
        const int seq = int(m_seq.size());
        m_seq.insert(item.segmentId, seq);
        m_unanswered.insert(item.segmentId, entry);
        entries.append({seq, entry});
    }
    m_requests.append(record);
    m_requestOfTicket.insert(request.ticket, index);
    if (!m_history->addRequest(m_send.id, index, record, entries, &error))
        fail(error);
}

void SendHistoryRecorder::requestAnswered(const SendPort::Answer &answer,
                                          const QList<SegmentOutcome> &outcomes)
{
    if (m_send.id == 0 || !m_requestOfTicket.contains(answer.ticket))
        return;
    const int index = m_requestOfTicket.take(answer.ticket);
    SendHistory::Request &record = m_requests[index];
    record.answered = true;
    record.answeredAt = m_clock().toUTC();
    record.method = answer.method;
    record.path = answer.path;
    record.apiVersion = answer.apiVersion;
    record.httpStatus = answer.httpStatus;
    record.attempts = answer.attempts;
    record.batchProblems = answer.batchProblems;
    if (!answer.apiVersion.isEmpty())
        m_send.apiVersion = answer.apiVersion;
    QList<QPair<int, SendHistory::Entry>> entries;
    for (const SegmentOutcome &outcome : outcomes) {
        if (!m_unanswered.contains(outcome.segmentId))
            continue;
        SendHistory::Entry entry = m_unanswered.take(outcome.segmentId);
        entry.status = outcome.status;
        entry.problems = outcome.problems;
        QString entityId;
        if (outcome.entity && entry.kind != Kind::Delete) {
            entry.after = SegmentJson::toResource(*outcome.entity);
            entityId = outcome.entity->id;
            if (entry.kind == Kind::Create && !entityId.isEmpty()
                && (outcome.status == SegmentOutcome::Status::Updated
                    || outcome.status == SegmentOutcome::Status::Warned))
                entry.segmentId = entityId;
        }
        entry.answer = answerPart(answer.body, record.segmentIds,
                                  int(record.segmentIds.indexOf(outcome.segmentId)), entityId);
        entries.append({m_seq.value(outcome.segmentId), entry});
    }
    QString error;
    if (!m_history->updateRequest(m_send.id, index, record, entries, &error))
        fail(error);
}

void SendHistoryRecorder::finished(const SendWorkflow::Result &result)
{
    if (m_send.id == 0)
        return; // nothing left the machine: not a send to remember
    // What never left: the rows keep their edit, and the history says they were not sent.
    QList<QPair<int, SendHistory::Entry>> entries;
    for (const SegmentOutcome &outcome : result.outcomes) {
        if (m_seq.contains(outcome.segmentId))
            continue;
        SendHistory::Entry entry = entryFor(outcome.segmentId, Kind::Update, {});
        if (m_workflow && m_workflow->rows()) {
            const SegmentLifecycle lifecycle = m_workflow->rows()->lifecycle(outcome.segmentId);
            if (lifecycle != SegmentLifecycle::Existing) {
                const Kind kind = lifecycle == SegmentLifecycle::New ? Kind::Create : Kind::Delete;
                entry = entryFor(outcome.segmentId, kind, {});
            }
        }
        entry.status = outcome.status;
        entry.problems = outcome.problems;
        const int seq = int(m_seq.size());
        m_seq.insert(outcome.segmentId, seq);
        entries.append({seq, entry});
    }
    // A request never answered (the send ended without it) keeps its segments Unknown.
    m_send.finishedAt = m_clock().toUTC();
    m_send.cancelled = result.cancelled;
    m_send.batchProblems = result.batchProblems;
    QString error;
    if (!m_history->finish(m_send, entries, &error))
        fail(error);
    const qint64 id = m_send.id;
    m_send = {};
    m_requests.clear();
    m_requestOfTicket.clear();
    m_seq.clear();
    m_unanswered.clear();
    Q_EMIT recorded(id);
}
