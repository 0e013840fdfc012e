#include "DemoProblems.h"

#include <QJsonArray>

namespace DemoProblems {

QJsonObject make(const QString &type, const QString &code, const QString &title,
                 const QString &detail, const QString &traceId, const QString &instance,
                 const QJsonObject &source)
{
    QJsonObject problem{{QStringLiteral("type"), type},
                        {QStringLiteral("code"), code},
                        {QStringLiteral("title"), title},
                        {QStringLiteral("detail"), detail},
                        {QStringLiteral("traceId"), traceId}};
    if (!instance.isEmpty())
        problem.insert(QStringLiteral("instance"), instance);
    if (!source.isEmpty())
        problem.insert(QStringLiteral("source"), source);
    return problem;
}

QJsonObject fieldSource(const QString &path)
{
    return QJsonObject{{QStringLiteral("field"), path}};
}

QJsonObject parameterSource(const QString &name)
{
    return QJsonObject{{QStringLiteral("parameter"), name}};
}

DemoResponse errorResponse(int status, const QJsonObject &problem)
{
    return DemoResponse::json(status,
                              QJsonObject{{QStringLiteral("errors"), QJsonArray{problem}},
                                          {QStringLiteral("warnings"), QJsonArray()}});
}

} // namespace DemoProblems
