#include "DemoFaultAnswers.h"

#include "DemoProblems.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject bodyOf(const DemoResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

void setBody(DemoResponse *response, const QJsonObject &body)
{
    response->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonArray shifted(const QJsonArray &problems, int items, bool *any)
{
    QJsonArray out;
    for (const QJsonValue &value : problems) {
        QJsonObject problem = value.toObject();
        const QString instance = problem.value(QLatin1String("instance")).toString();
        if (instance.startsWith(QLatin1String("@data/"))) {
            bool ok = false;
            const int index = instance.mid(6).toInt(&ok);
            if (ok) {
                problem.insert(QStringLiteral("instance"),
                               QStringLiteral("@data/%1").arg(index + items));
                *any = true;
            }
        }
        out.append(problem);
    }
    return out;
}

} // namespace

namespace DemoFaultAnswers {

DemoResponse quotaWithoutHeaders(const QString &traceId)
{
    return DemoProblems::errorResponse(
            429,
            DemoProblems::make(QStringLiteral("quota"), QStringLiteral("rate-limit-exceeded"),
                               QCoreApplication::translate("DemoServer", "Too many requests"),
                               QCoreApplication::translate(
                                       "DemoServer",
                                       "The demo server was told to refuse this request with 429 "
                                       "and no rate-limit header (fault injection)."),
                               traceId));
}

DemoResponse renewalRefused()
{
    DemoResponse r = DemoResponse::json(
            401,
            QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_client")},
                        {QStringLiteral("error_description"),
                         QCoreApplication::translate("DemoServer",
                                                     "The client id or secret is no longer valid "
                                                     "(fault injection).")}});
    r.setHeader("Cache-Control", "no-store");
    return r;
}

void pointProblemsPastItems(DemoResponse *response, int items)
{
    QJsonObject body = bodyOf(*response);
    if (body.isEmpty())
        return;
    bool any = false;
    body.insert(QStringLiteral("errors"),
                shifted(body.value(QLatin1String("errors")).toArray(), items, &any));
    QJsonArray warnings = shifted(body.value(QLatin1String("warnings")).toArray(), items, &any);
    if (!any)
        warnings.append(DemoProblems::make(
                QStringLiteral("validation"), QStringLiteral("unknown-item"),
                QStringLiteral("Unknown item"),
                QStringLiteral("A problem about an item the request does not have."),
                QStringLiteral("demo-bad-index"), QStringLiteral("@data/%1").arg(items + 7)));
    body.insert(QStringLiteral("warnings"), warnings);
    setBody(response, body);
}

void dropEverySecondItem(DemoResponse *response)
{
    QJsonObject body = bodyOf(*response);
    const QJsonArray data = body.value(QLatin1String("data")).toArray();
    if (data.isEmpty())
        return;
    QJsonArray kept;
    for (qsizetype i = 0; i < data.size(); i += 2)
        kept.append(data.at(i));
    body.insert(QStringLiteral("data"), kept);
    setBody(response, body);
}

} // namespace DemoFaultAnswers
