#include "SendDiagnostics.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using Status = SegmentOutcome::Status;

// The report's words, as static members so that lupdate files them under "SendDiagnostics".
struct Report
{
    Q_DECLARE_TR_FUNCTIONS(SendDiagnostics)

public:
    static QString utc(const QDateTime &time)
    {
        return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                              : tr("(never)");
    }

    static QString indented(const QJsonValue &value, const QString &margin)
    {
        QByteArray json;
        if (value.isObject())
            json = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
        else if (value.isArray())
            json = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
        else if (value.isUndefined())
            return margin + tr("(none)") + QLatin1Char('\n');
        else
            json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        QString text;
        for (const QString &line :
             QString::fromUtf8(json).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            text += margin + line + QLatin1Char('\n');
        return text;
    }

    static QString problemLines(const ProblemList &problems, const QString &margin)
    {
        QString text;
        for (const Problem &p : problems) {
            QStringList what;
            what << (p.severity == Problem::Severity::Warning ? tr("warning") : tr("error"));
            if (!p.type.isEmpty() || !p.code.isEmpty())
                what << QStringList{p.type, p.code}.join(QLatin1Char('/'));
            text += margin + what.join(QLatin1Char(' ')) + QLatin1String(": ") + p.headline();
            if (!p.detail.isEmpty() && p.detail != p.headline())
                text += QLatin1String(" — ") + p.detail;
            text += QLatin1Char('\n');
            if (!p.field.isEmpty())
                text += margin + QLatin1String("  ") + tr("field: %1").arg(p.field)
                        + QLatin1Char('\n');
            if (!p.traceId.isEmpty())
                text += margin + QLatin1String("  ") + tr("trace id: %1").arg(p.traceId)
                        + QLatin1Char('\n');
            if (!p.instance.isEmpty())
                text += margin + QLatin1String("  ") + tr("instance: %1").arg(p.instance)
                        + QLatin1Char('\n');
        }
        return text;
    }

    static QString header(const SendHistory::Send &send)
    {
        QString text = tr("Segment Editor support report") + QLatin1Char('\n');
        text += tr("Send %1, started %2, ended %3")
                        .arg(send.id)
                        .arg(utc(send.startedAt), utc(send.finishedAt))
                + QLatin1Char('\n');
        text += tr("Server: %1; API version: %2")
                        .arg(send.baseUrl.toDisplayString(QUrl::RemoveUserInfo), send.apiVersion)
                + QLatin1Char('\n');
        return text;
    }

    static QString requestLine(const SendHistory::Request &request)
    {
        if (!request.answered)
            return tr("%1 request sent %2, never answered")
                    .arg(SendHistory::kindKey(request.kind), utc(request.sentAt));
        return tr("%1 %2 (API version %3): HTTP %4 after %n attempt(s), sent %5, answered %6",
                  nullptr, request.attempts)
                .arg(request.method, request.path, request.apiVersion,
                     request.httpStatus > 0 ? QString::number(request.httpStatus) : tr("none"),
                     utc(request.sentAt), utc(request.answeredAt));
    }

    static QString entryBlock(const SendHistory::Send &send, const SendHistory::Entry &entry)
    {
        const QString margin = QStringLiteral("  ");
        QString text = tr("Segment %1 “%2” (advertiser %3): %4 %5")
                               .arg(entry.segmentId, entry.name, entry.advertiserId,
                                    SendHistory::kindKey(entry.kind),
                                    SegmentOutcome::statusKey(entry.status))
                + QLatin1Char('\n');
        if (!entry.temporaryId.isEmpty() && entry.temporaryId != entry.segmentId)
            text += margin + tr("temporary id: %1").arg(entry.temporaryId) + QLatin1Char('\n');
        if (entry.request >= 0 && entry.request < send.requests.size())
            text += margin + requestLine(send.requests.at(entry.request)) + QLatin1Char('\n');
        else
            text += margin + tr("never sent") + QLatin1Char('\n');
        const QStringList traceIds = entry.traceIds();
        text += margin
                + tr("trace ids: %1")
                          .arg(traceIds.isEmpty() ? tr("(none)")
                                                  : traceIds.join(QLatin1String(", ")))
                + QLatin1Char('\n');
        if (!entry.problems.isEmpty())
            text += margin + tr("problems:") + QLatin1Char('\n')
                    + problemLines(entry.problems, margin + margin);
        text += margin + tr("sent:") + QLatin1Char('\n')
                + indented(entry.sent.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                                : QJsonValue(entry.sent),
                           margin + margin);
        text += margin + tr("answer about it:") + QLatin1Char('\n')
                + indented(entry.answer, margin + margin);
        return text;
    }
};

} // namespace

namespace SendDiagnostics {

QString segmentReport(const SendHistory::Send &send, const QString &segmentId)
{
    const SendHistory::Entry *entry = send.entry(segmentId);
    if (!entry)
        return {};
    return Report::header(send) + QLatin1Char('\n') + Report::entryBlock(send, *entry);
}

QString sendReport(const SendHistory::Send &send)
{
    QString text = Report::header(send);
    text += Report::tr("Requests: %1 (%n HTTP request(s), retries included)", nullptr,
                       send.httpRequests())
                    .arg(send.requests.size())
            + QLatin1Char('\n');
    for (const SendHistory::Request &request : send.requests)
        text += QLatin1String("  ") + Report::requestLine(request) + QLatin1Char('\n');
    if (send.cancelled)
        text += Report::tr("The send was cancelled.") + QLatin1Char('\n');
    if (!send.batchProblems.isEmpty())
        text += Report::tr("Problems about the whole send:") + QLatin1Char('\n')
                + Report::problemLines(send.batchProblems, QStringLiteral("  "));
    QStringList fine;
    QString blocks;
    for (const SendHistory::Entry &entry : send.entries) {
        if (entry.problems.isEmpty()
            && (entry.status == Status::Updated || entry.status == Status::Warned))
            fine.append(entry.segmentId);
        else
            blocks += QLatin1Char('\n') + Report::entryBlock(send, entry);
    }
    if (!fine.isEmpty())
        text += Report::tr("Applied without a problem: %1").arg(fine.join(QLatin1String(", ")))
                + QLatin1Char('\n');
    return text + blocks;
}

} // namespace SendDiagnostics
