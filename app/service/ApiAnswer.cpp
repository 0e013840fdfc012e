#include "ApiAnswer.h"

#include "SegmentJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ApiAnswer {

Body readBody(const QByteArray &bytes)
{
    Body body;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        body.parseError = parseError.errorString();
    body.isJson = !bytes.isEmpty() && parseError.error == QJsonParseError::NoError;
    if (body.isJson) {
        body.isObject = document.isObject();
        body.json = document.isObject() ? QJsonValue(document.object())
                                        : QJsonValue(document.array());
    }
    return body;
}

bool isUsableSuccess(const Body &body, const QByteArray &contentType)
{
    const bool jsonContent = contentType.isEmpty() || contentType.contains("json");
    return body.isJson && jsonContent && body.isObject;
}

ProblemList problemsIn(const QJsonValue &json)
{
    ProblemList problems;
    SegmentJson::ParseIssues ignored;
    const QJsonObject object = json.toObject();
    const auto collect = [&](const char *key, Problem::Severity severity) {
        const QJsonArray list = object.value(QLatin1String(key)).toArray();
        for (const QJsonValue &item : list)
            problems.append(SegmentJson::parseProblem(item, severity, &ignored));
    };
    collect("errors", Problem::Severity::Error);
    collect("warnings", Problem::Severity::Warning);
    if (problems.isEmpty()
        && (object.contains(QLatin1String("title")) || object.contains(QLatin1String("detail")))) {
        problems.append(SegmentJson::parseProblem(object, Problem::Severity::Error, &ignored));
    } else if (problems.isEmpty() && object.contains(QLatin1String("error"))) {
        Problem problem;
        problem.type = QStringLiteral("authentication");
        problem.code = object.value(QLatin1String("error")).toString();
        problem.title = object.value(QLatin1String("error_description")).toString();
        problems.append(problem);
    }
    for (Problem &problem : problems)
        problem.origin = Problem::Origin::Server;
    return problems;
}

} // namespace ApiAnswer
