#include "SendRevert.h"

#include "SegmentEditor.h"
#include "SegmentFields.h"
#include "SegmentJson.h"
#include "SegmentTableModel.h"
#include "SendPort.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace {

using Status = SegmentOutcome::Status;
using Kind = SendPort::RequestKind;

// Far from the workflow's own tickets: both answer through the same port.
constexpr int firstTicket = 1 << 30;

bool wasApplied(const SendHistory::Entry &entry)
{
    return entry.status == Status::Updated || entry.status == Status::Warned;
}

AudienceSegment parsed(const QJsonObject &resource)
{
    SegmentJson::ParseIssues issues;
    return SegmentJson::parseSegmentResource(resource, &issues);
}

} // namespace

SendRevert::SendRevert(SegmentEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_lastTicket(firstTicket)
{ }

SendRevert::~SendRevert() = default;

void SendRevert::setPort(SendPort *port)
{
    if (m_port == port)
        return;
    if (m_port)
        m_port->disconnect(this);
    m_port = port;
    if (m_port)
        connect(m_port, &SendPort::reloaded, this, &SendRevert::reloaded);
}

QStringList SendRevert::idsToReload(const SendHistory::Send &send)
{
    QStringList ids;
    for (const SendHistory::Entry &entry : send.entries)
        if (wasApplied(entry) && entry.kind != Kind::Delete && !ids.contains(entry.segmentId))
            ids.append(entry.segmentId);
    return ids;
}

bool SendRevert::start(const SendHistory::Send &send)
{
    if (isRunning() || !m_port || !m_editor)
        return false;
    m_send = send;
    m_cancelled = false;
    m_ticket = ++m_lastTicket;
    const QStringList ids = idsToReload(send);
    if (ids.isEmpty()) {
        const int ticket = m_ticket;
        QMetaObject::invokeMethod(
                this, [this, ticket] { reloaded(ticket, {}, {}, {}); }, Qt::QueuedConnection);
        return true;
    }
    m_port->reload(m_ticket, ids);
    return true;
}

void SendRevert::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    if (m_port)
        m_port->cancel();
}

void SendRevert::reloaded(int ticket, const QList<AudienceSegment> &segments,
                          const QStringList &missingIds, const QString &error)
{
    if (ticket != m_ticket || !isRunning())
        return;
    m_ticket = 0;
    Result result;
    if (!error.isEmpty() || m_cancelled) {
        result.sendId = m_send.id;
        result.cancelled = m_cancelled;
        result.error = error.isEmpty() ? tr("Cancelled; nothing was changed.") : error;
    } else {
        result = apply(m_send, segments, missingIds);
    }
    m_send = {};
    Q_EMIT finished(result);
}

SendRevert::Result SendRevert::apply(const SendHistory::Send &send,
                                     const QList<AudienceSegment> &copies,
                                     const QStringList &missing)
{
    Q_UNUSED(missing) // a segment without a copy is gone, whether or not the reload said so
    Result result;
    result.sendId = send.id;
    if (!m_editor || !m_editor->model())
        return result;
    SegmentTableModel *rows = m_editor->model();
    QHash<QString, AudienceSegment> current;
    for (const AudienceSegment &copy : copies)
        current.insert(copy.id, copy);

    QList<AudienceSegment> toAdd;
    QList<const SendHistory::Entry *> updates;
    QList<AudienceSegment> afters;
    QList<AudienceSegment> servers;
    QStringList deletes;
    for (const SendHistory::Entry &entry : send.entries) {
        const QString &id = entry.segmentId;
        if (!wasApplied(entry)) {
            (entry.status == Status::Unknown ? result.unknown : result.notApplied).append(id);
            continue;
        }
        if (entry.kind == Kind::Delete) {
            result.cannotRestore.append(id);
            continue;
        }
        if (!current.contains(id)) {
            result.gone.append(id); // reported missing, or not found at all
            continue;
        }
        const AudienceSegment &server = current[id];
        if (!rows->contains(id)) {
            toAdd.append(server);
            result.added.append(id);
        }
        if (entry.kind == Kind::Create) {
            deletes.append(id);
            continue;
        }
        // Back already: every field the send changed has its earlier value on the server.
        const QJsonObject now = SegmentJson::toResource(server);
        bool back = !entry.fields.isEmpty();
        for (const SendHistory::Field &field : entry.fields)
            back = back && SegmentJson::valueAt(now, field.path) == field.before;
        if (back) {
            result.alreadyReverted.append(id);
            continue;
        }
        updates.append(&entry);
        afters.append(parsed(entry.after.isEmpty() ? entry.before : entry.after));
        servers.append(server);
    }
    if (!toAdd.isEmpty())
        rows->appendSegments(toAdd);
    // The base of the comparison is the segment as the send left it: the reverse edit is the
    // user's change from there, and whatever the server changed since is the server's.
    rows->replaceOriginals(afters);
    QList<AudienceSegment> edits;
    for (const SendHistory::Entry *entry : std::as_const(updates)) {
        std::optional<AudienceSegment> mine = rows->edited(entry->segmentId);
        if (!mine)
            continue;
        const AudienceSegment before = parsed(entry->before);
        for (const SendHistory::Field &field : entry->fields)
            SegmentFields::copyField(before, *mine, field.path);
        edits.append(*mine);
    }
    m_editor->editSegments(edits, tr("Undo send %1").arg(send.id));
    const QStringList conflicts = rows->checkServerVersions(servers);
    const QSet<QString> inConflict(conflicts.cbegin(), conflicts.cend());
    for (const SendHistory::Entry *entry : std::as_const(updates)) {
        const QString &id = entry->segmentId;
        if (inConflict.contains(id)) {
            result.conflicts.append(id);
            result.conflictFields.insert(id, rows->conflictFields(id));
        } else if (!rows->changedFields(id).isEmpty()) {
            result.reverted.append(id);
        } else {
            result.alreadyReverted.append(id);
        }
    }
    if (!deletes.isEmpty() && m_editor->setDeleted(deletes, true) >= 0) {
        for (const QString &id : std::as_const(deletes))
            if (rows->lifecycle(id) == SegmentLifecycle::ToDelete)
                result.toDelete.append(id);
    }
    return result;
}

QStringList SendRevert::describe(const Result &result)
{
    const auto ids = [](const QStringList &list) { return list.join(QLatin1String(", ")); };
    QStringList lines;
    if (!result.error.isEmpty()) {
        lines.append(tr("Send %1 could not be undone: %2").arg(result.sendId).arg(result.error));
        return lines;
    }
    if (!result.reverted.isEmpty())
        lines.append(tr("Reverse edits of send %1 are pending for %n segment(s): %2. Preview and "
                        "send them to undo it.",
                        nullptr, int(result.reverted.size()))
                             .arg(result.sendId)
                             .arg(ids(result.reverted)));
    if (!result.conflicts.isEmpty()) {
        QStringList parts;
        for (const QString &id : result.conflicts)
            parts.append(QStringLiteral("%1 (%2)").arg(
                    id, result.conflictFields.value(id).join(QLatin1String(", "))));
        lines.append(tr("Changed on the server since the send, in fields it changed: %1. They "
                        "are in conflict: choose Keep My Values or Take the Server's Values for "
                        "each before sending.")
                             .arg(parts.join(QLatin1String("; "))));
    }
    if (!result.toDelete.isEmpty())
        lines.append(
                tr("Created by the send, now marked for deletion: %1.").arg(ids(result.toDelete)));
    if (!result.cannotRestore.isEmpty())
        lines.append(tr("Deleted by the send: %1. A deleted segment cannot come back; create it "
                        "again if you need it.")
                             .arg(ids(result.cannotRestore)));
    if (!result.alreadyReverted.isEmpty())
        lines.append(tr("Already back to their values from before the send: %1.")
                             .arg(ids(result.alreadyReverted)));
    if (!result.gone.isEmpty())
        lines.append(tr("No longer on the server, nothing to undo: %1.").arg(ids(result.gone)));
    if (!result.unknown.isEmpty())
        lines.append(tr("Whether the send applied these is unknown, so they are left alone: %1. "
                        "Reconcile them first.")
                             .arg(ids(result.unknown)));
    if (!result.hasEdits() && lines.isEmpty())
        lines.append(tr("Send %1 changed nothing that could be undone.").arg(result.sendId));
    return lines;
}

QJsonObject SendRevert::toJson(const Result &result)
{
    QJsonArray conflicts;
    for (const QString &id : result.conflicts)
        conflicts.append(
                QJsonObject{{QLatin1String("id"), id},
                            {QLatin1String("fields"),
                             QJsonArray::fromStringList(result.conflictFields.value(id))}});
    QJsonObject json{
            {QLatin1String("send"), result.sendId},
            {QLatin1String("reverted"), QJsonArray::fromStringList(result.reverted)},
            {QLatin1String("conflicts"), conflicts},
            {QLatin1String("toDelete"), QJsonArray::fromStringList(result.toDelete)},
            {QLatin1String("cannotRestore"), QJsonArray::fromStringList(result.cannotRestore)},
            {QLatin1String("alreadyReverted"), QJsonArray::fromStringList(result.alreadyReverted)},
            {QLatin1String("gone"), QJsonArray::fromStringList(result.gone)},
            {QLatin1String("notApplied"), QJsonArray::fromStringList(result.notApplied)},
            {QLatin1String("unknown"), QJsonArray::fromStringList(result.unknown)},
            {QLatin1String("added"), QJsonArray::fromStringList(result.added)}};
    if (!result.error.isEmpty())
        json.insert(QLatin1String("error"), result.error);
    return json;
}
