#include "SendJournal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <unistd.h>

namespace {
const QLatin1String kindKey("kind");
} // namespace

SendJournal::~SendJournal()
{
    if (m_file.isOpen())
        m_file.close();
}

bool SendJournal::open(const QString &path, QString *error)
{
    if (m_file.isOpen())
        m_file.close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = QCoreApplication::translate("SendJournal",
                                                 "Cannot write the send journal %1: %2")
                             .arg(path, m_file.errorString());
        return false;
    }
    return append({{kindKey, QStringLiteral("start")}, {QLatin1String("version"), 1}});
}

bool SendJournal::append(const QJsonObject &record)
{
    if (!m_file.isOpen())
        return false;
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(line) != line.size() || !m_file.flush())
        return false;
    // On disk before the request leaves: a power cut must not lose the record.
    return ::fsync(m_file.handle()) == 0;
}

bool SendJournal::recordSending(const QList<Pending> &chunk)
{
    QJsonArray items;
    for (const Pending &p : chunk)
        items.append(
                QJsonObject{{QLatin1String("id"), p.segmentId}, {QLatin1String("patch"), p.patch}});
    return append({{kindKey, QStringLiteral("sending")}, {QLatin1String("items"), items}});
}

bool SendJournal::recordOutcomes(const QList<SegmentOutcome> &outcomes)
{
    QJsonArray items;
    for (const SegmentOutcome &o : outcomes)
        items.append(QJsonObject{{QLatin1String("id"), o.segmentId},
                                 {QLatin1String("status"), SegmentOutcome::statusKey(o.status)}});
    return append({{kindKey, QStringLiteral("outcomes")}, {QLatin1String("items"), items}});
}

void SendJournal::finish()
{
    if (!m_file.isOpen())
        return;
    append({{kindKey, QStringLiteral("finished")}});
    m_file.close();
    m_file.remove();
}

std::optional<SendJournal::Replay> SendJournal::replay(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("SendJournal",
                                                 "Cannot read the send journal %1: %2")
                             .arg(path, file.errorString());
        return std::nullopt;
    }
    Replay replay;
    QHash<QString, QJsonObject> inFlight; // id -> patch, in the order sent
    QStringList order;
    bool started = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError{};
        const QJsonObject record = QJsonDocument::fromJson(line, &parseError).object();
        if (parseError.error != QJsonParseError::NoError || record.isEmpty()) {
            ++replay.corruptLines;
            continue;
        }
        const QString kind = record.value(kindKey).toString();
        if (kind == QLatin1String("start")) {
            started = true;
        } else if (kind == QLatin1String("sending")) {
            for (const QJsonValue &item : record.value(QLatin1String("items")).toArray()) {
                const QString id = item.toObject().value(QLatin1String("id")).toString();
                if (!inFlight.contains(id))
                    order.append(id);
                inFlight.insert(id, item.toObject().value(QLatin1String("patch")).toObject());
                replay.answered.remove(id);
            }
        } else if (kind == QLatin1String("outcomes")) {
            for (const QJsonValue &item : record.value(QLatin1String("items")).toArray()) {
                const QJsonObject o = item.toObject();
                const QString id = o.value(QLatin1String("id")).toString();
                const auto status = SegmentOutcome::statusFromKey(
                        o.value(QLatin1String("status")).toString());
                if (!status)
                    continue;
                // An answer that says "unknown" leaves the segment to reconcile too.
                if (*status == SegmentOutcome::Status::Unknown)
                    continue;
                inFlight.remove(id);
                order.removeAll(id);
                replay.answered.insert(id, *status);
            }
        } else if (kind == QLatin1String("finished")) {
            replay.finished = true;
        }
    }
    if (!started) {
        if (error)
            *error = QCoreApplication::translate("SendJournal", "%1 is not a send journal.")
                             .arg(path);
        return std::nullopt;
    }
    for (const QString &id : std::as_const(order))
        replay.unanswered.append({id, inFlight.value(id)});
    return replay;
}
