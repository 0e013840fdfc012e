#include "OpenApiChecker.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>

// The messages are diagnostics for test output, never shown to a user: they are not translated.

namespace {

const QLatin1String schemaPrefix("#/components/schemas/");

QString display(const QString &path)
{
    return path.isEmpty() ? QStringLiteral("/") : path;
}

// RFC 6901: '~' and '/' inside a key are escaped so the pointer stays unambiguous.
QString child(const QString &path, const QString &key)
{
    QString escaped = key;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"))
            .replace(QLatin1Char('/'), QLatin1String("~1"));
    return path + QLatin1Char('/') + escaped;
}

QString problemAt(const QString &path, const QString &message)
{
    return display(path) + QLatin1String(": ") + message;
}

bool fitsInt64(const QJsonValue &value)
{
    // toInteger() falls back to its default unless the number is an integer that fits a qint64.
    return value.toInteger(0) == value.toInteger(1);
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

// A short picture of a value for a message: scalars as JSON text, containers by their type.
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return fitsInt64(value)
                ? QString::number(value.toInteger())
                : QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    default:
        return jsonTypeName(value);
    }
}

QString integerProblem(const QJsonValue &value, const QString &format)
{
    if (!fitsInt64(value)) {
        const double number = value.toDouble();
        if (std::trunc(number) != number)
            return QStringLiteral("%1 is not an integer").arg(describe(value));
        if (format.isEmpty())
            return {};
        return QStringLiteral("%1 is outside the %2 range").arg(describe(value), format);
    }
    const qint64 number = value.toInteger();
    if (format == QLatin1String("int32")
        && (number < std::numeric_limits<qint32>::min()
            || number > std::numeric_limits<qint32>::max()))
        return QStringLiteral("%1 is outside the int32 range").arg(describe(value));
    return {};
}

// RFC 3339 date-time (what OpenAPI's format means): the shape by pattern, the calendar by QDate.
bool isDateTime(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(
            "^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\\.[0-9]+)?"
            "([Zz]|[+-]([0-9]{2}):([0-9]{2}))$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return false;
    const auto number = [&match](int group) { return match.capturedView(group).toInt(); };
    const bool offsetOk = match.capturedLength(9) == 0 || (number(9) <= 23 && number(10) <= 59);
    // Second 60 is a leap second, which RFC 3339 allows.
    return QDate::isValid(number(1), number(2), number(3)) && number(4) <= 23 && number(5) <= 59
            && number(6) <= 60 && offsetOk;
}

const QStringList &httpMethods()
{
    static const QStringList methods
            = {QStringLiteral("get"),     QStringLiteral("put"),   QStringLiteral("post"),
               QStringLiteral("delete"),  QStringLiteral("patch"), QStringLiteral("head"),
               QStringLiteral("options"), QStringLiteral("trace")};
    return methods;
}

QJsonObject jsonSchemaOf(const QJsonObject &requestBodyOrResponse)
{
    return requestBodyOrResponse.value(QLatin1String("content"))
            .toObject()
            .value(QLatin1String("application/json"))
            .toObject()
            .value(QLatin1String("schema"))
            .toObject();
}

} // namespace

OpenApiChecker OpenApiChecker::fromFile(const QString &specPath, QString *error)
{
    QFile file(specPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(specPath, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = QStringLiteral("%1 is not a JSON object: %2 at offset %3")
                             .arg(specPath, parseError.errorString())
                             .arg(parseError.offset);
        return {};
    }
    return fromJson(document.object(), error);
}

OpenApiChecker OpenApiChecker::fromJson(const QJsonObject &spec, QString *error)
{
    OpenApiChecker checker;
    checker.m_paths = spec.value(QLatin1String("paths")).toObject();
    checker.m_schemas = spec.value(QLatin1String("components"))
                                .toObject()
                                .value(QLatin1String("schemas"))
                                .toObject();

    QStringList problems;
    if (!spec.value(QLatin1String("openapi")).toString().startsWith(QLatin1String("3.0.")))
        problems.append(QStringLiteral("#/openapi: only OpenAPI 3.0 documents are supported"));
    if (checker.m_schemas.isEmpty())
        problems.append(QStringLiteral("#/components/schemas: no schemas"));
    for (auto it = checker.m_schemas.begin(); it != checker.m_schemas.end(); ++it)
        checker.vet(it.value(), schemaPrefix + it.key(), &problems);
    for (auto path = checker.m_paths.begin(); path != checker.m_paths.end(); ++path) {
        const QJsonObject pathItem = path.value().toObject();
        for (const QString &method : httpMethods()) {
            const QJsonObject operation = pathItem.value(method).toObject();
            const QString name = method.toUpper() + QLatin1Char(' ') + path.key();
            const QJsonObject body = operation.value(QLatin1String("requestBody")).toObject();
            if (!jsonSchemaOf(body).isEmpty())
                checker.vet(jsonSchemaOf(body), name + QLatin1String(" request body"), &problems);
            const QJsonObject responses = operation.value(QLatin1String("responses")).toObject();
            for (auto response = responses.begin(); response != responses.end(); ++response) {
                const QJsonObject schema = jsonSchemaOf(response.value().toObject());
                if (!schema.isEmpty())
                    checker.vet(schema, name + QLatin1String(" response ") + response.key(),
                                &problems);
            }
        }
    }

    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return {};
    }
    if (error)
        error->clear();
    return checker;
}

QString OpenApiChecker::defaultSpecPath()
{
    return QStringLiteral(SEGMENT_AUDIENCE_SPEC);
}

QStringList OpenApiChecker::check(const QJsonValue &payload, const QString &schemaName,
                                  Direction direction, UnknownProperties unknown) const
{
    if (!isValid())
        return {problemAt({}, QStringLiteral("no spec loaded"))};
    if (!m_schemas.value(schemaName).isObject())
        return {problemAt({}, QStringLiteral("unknown schema \"%1\"").arg(schemaName))};
    QStringList problems;
    const QJsonObject reference{{QStringLiteral("$ref"), QString(schemaPrefix + schemaName)}};
    walk(payload, reference, {}, Context{direction, unknown}, &problems);
    return problems;
}

QStringList OpenApiChecker::checkRequestBody(const QString &method, const QString &path,
                                             const QJsonValue &body) const
{
    QString error;
    const QJsonObject found = operation(method, path, &error);
    if (!error.isEmpty())
        return {problemAt({}, error)};
    const QJsonObject requestBody = found.value(QLatin1String("requestBody")).toObject();
    const bool noBody = body.isUndefined();
    if (requestBody.isEmpty()) {
        if (noBody)
            return {};
        return {problemAt(
                {}, QStringLiteral("%1 %2 takes no request body").arg(method.toUpper(), path))};
    }
    if (noBody) {
        if (!requestBody.value(QLatin1String("required")).toBool())
            return {};
        return {problemAt(
                {}, QStringLiteral("%1 %2 requires a request body").arg(method.toUpper(), path))};
    }
    const QJsonObject schema = jsonSchemaOf(requestBody);
    if (schema.isEmpty())
        return {problemAt({},
                          QStringLiteral("%1 %2 has no application/json request schema")
                                  .arg(method.toUpper(), path))};
    QStringList problems;
    walk(body, schema, {}, Context{Direction::Request, UnknownProperties::Reject}, &problems);
    return problems;
}

QStringList OpenApiChecker::checkResponse(const QString &method, const QString &path, int status,
                                          const QJsonValue &body, UnknownProperties unknown) const
{
    QString error;
    const QJsonObject found = operation(method, path, &error);
    if (!error.isEmpty())
        return {problemAt({}, error)};
    const QJsonObject responses = found.value(QLatin1String("responses")).toObject();
    QJsonValue response = responses.value(QString::number(status));
    if (response.isUndefined())
        response = responses.value(QLatin1String("default"));
    if (!response.isObject())
        return {problemAt({},
                          QStringLiteral("status %1 is not documented for %2 %3")
                                  .arg(status)
                                  .arg(method.toUpper(), path))};
    const QJsonObject schema = jsonSchemaOf(response.toObject());
    if (schema.isEmpty()) {
        if (body.isUndefined())
            return {};
        return {problemAt({},
                          QStringLiteral("status %1 of %2 %3 has no application/json body")
                                  .arg(status)
                                  .arg(method.toUpper(), path))};
    }
    QStringList problems;
    walk(body, schema, {}, Context{Direction::Response, unknown}, &problems);
    return problems;
}

// Follows a chain of $ref (OpenAPI 3.0 ignores a $ref's siblings) to the schema it names.
QJsonObject OpenApiChecker::resolve(const QJsonObject &schema, QString *error) const
{
    QJsonObject current = schema;
    for (qsizetype hops = 0; current.contains(QLatin1String("$ref")); ++hops) {
        const QString ref = current.value(QLatin1String("$ref")).toString();
        const QJsonValue target = ref.startsWith(schemaPrefix)
                ? m_schemas.value(ref.mid(schemaPrefix.size()))
                : QJsonValue();
        if (!target.isObject()) {
            *error = QStringLiteral("unresolvable $ref \"%1\"").arg(ref);
            return {};
        }
        if (hops > m_schemas.size()) {
            *error = QStringLiteral("$ref cycle through \"%1\"").arg(ref);
            return {};
        }
        current = target.toObject();
    }
    return current;
}

// The one recursive check: each schema keyword the spec uses, applied to the value at path.
void OpenApiChecker::walk(const QJsonValue &value, const QJsonObject &schemaOrRef,
                          const QString &path, const Context &context, QStringList *problems) const
{
    const auto report = [&](const QString &message) { problems->append(problemAt(path, message)); };
    QString refError;
    const QJsonObject schema = resolve(schemaOrRef, &refError);
    if (!refError.isEmpty())
        return report(refError);
    if (value.isUndefined())
        return report(QStringLiteral("no value"));
    if (context.direction == Direction::Request && schema.value(QLatin1String("readOnly")).toBool())
        return report(QStringLiteral("read-only, must not be sent in a request"));
    if (value.isNull()) {
        if (!schema.value(QLatin1String("nullable")).toBool())
            report(QStringLiteral("null is not allowed"));
        return;
    }

    const QString type = schema.value(QLatin1String("type")).toString();
    const bool isInteger = type == QLatin1String("integer");
    if (!type.isEmpty() && type != jsonTypeName(value) && !(isInteger && value.isDouble()))
        return report(QStringLiteral("expected %1, got %2").arg(type, describe(value)));

    if (schema.contains(QLatin1String("enum"))) {
        const QJsonArray allowed = schema.value(QLatin1String("enum")).toArray();
        if (!allowed.contains(value)) {
            QStringList names;
            for (const QJsonValue &name : allowed)
                names.append(describe(name));
            report(QStringLiteral("%1 is not one of %2")
                           .arg(describe(value), names.join(QLatin1String(", "))));
        }
    }

    const QString format = schema.value(QLatin1String("format")).toString();
    if (isInteger) {
        const QString problem = integerProblem(value, format);
        if (!problem.isEmpty())
            report(problem);
    } else if (format == QLatin1String("date-time") && !isDateTime(value.toString())) {
        report(QStringLiteral("%1 is not an RFC 3339 date-time").arg(describe(value)));
    }

    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        const QJsonObject itemSchema = schema.value(QLatin1String("items")).toObject();
        const bool unique = schema.value(QLatin1String("uniqueItems")).toBool();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = child(path, QString::number(i));
            walk(items.at(i), itemSchema, itemPath, context, problems);
            for (qsizetype earlier = 0; unique && earlier < i; ++earlier) {
                if (items.at(earlier) == items.at(i)) {
                    problems->append(
                            problemAt(itemPath,
                                      QStringLiteral("duplicates item %1 in a uniqueItems array")
                                              .arg(earlier)));
                    break;
                }
            }
        }
    }

    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
        for (const QJsonValue &required : schema.value(QLatin1String("required")).toArray()) {
            if (!object.contains(required.toString()))
                problems->append(problemAt(child(path, required.toString()),
                                           QStringLiteral("required property is missing")));
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString propertyPath = child(path, it.key());
            if (properties.contains(it.key()))
                walk(it.value(), properties.value(it.key()).toObject(), propertyPath, context,
                     problems);
            else if (additional.isObject())
                walk(it.value(), additional.toObject(), propertyPath, context, problems);
            else if (additional.isBool() ? !additional.toBool()
                                         : context.unknown == UnknownProperties::Reject)
                problems->append(problemAt(propertyPath, QStringLiteral("unknown property")));
        }
    }
}

// Load-time guard: a schema may only use what walk() understands, and every $ref must resolve.
void OpenApiChecker::vet(const QJsonValue &schemaValue, const QString &where,
                         QStringList *problems) const
{
    static const QStringList keywords
            = {QStringLiteral("$ref"),       QStringLiteral("type"),
               QStringLiteral("format"),     QStringLiteral("nullable"),
               QStringLiteral("properties"), QStringLiteral("additionalProperties"),
               QStringLiteral("items"),      QStringLiteral("required"),
               QStringLiteral("enum"),       QStringLiteral("uniqueItems"),
               QStringLiteral("readOnly"),   QStringLiteral("description"),
               QStringLiteral("example")};
    static const QStringList types
            = {QStringLiteral("object"),  QStringLiteral("array"),  QStringLiteral("string"),
               QStringLiteral("integer"), QStringLiteral("number"), QStringLiteral("boolean")};
    static const QStringList formats = {QStringLiteral("int32"), QStringLiteral("int64"),
                                        QStringLiteral("double"), QStringLiteral("date-time")};

    if (!schemaValue.isObject()) {
        problems->append(where + QLatin1String(": a schema must be an object"));
        return;
    }
    const QJsonObject schema = schemaValue.toObject();
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!it.key().startsWith(QLatin1String("x-")) && !keywords.contains(it.key()))
            problems->append(QStringLiteral("%1: unsupported keyword \"%2\"").arg(where, it.key()));
    }
    if (schema.contains(QLatin1String("$ref"))) {
        QString error;
        resolve(schema, &error);
        if (!error.isEmpty())
            problems->append(where + QLatin1String(": ") + error);
    }
    const QJsonValue type = schema.value(QLatin1String("type"));
    if (!type.isUndefined() && !types.contains(type.toString()))
        problems->append(QStringLiteral("%1: unsupported type %2").arg(where, describe(type)));
    const QJsonValue format = schema.value(QLatin1String("format"));
    if (!format.isUndefined() && !formats.contains(format.toString()))
        problems->append(QStringLiteral("%1: unsupported format %2").arg(where, describe(format)));

    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        vet(it.value(), where + QLatin1String("/properties/") + it.key(), problems);
    if (schema.contains(QLatin1String("items")))
        vet(schema.value(QLatin1String("items")), where + QLatin1String("/items"), problems);
    const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
    if (additional.isObject())
        vet(additional, where + QLatin1String("/additionalProperties"), problems);
}

// Finds the operation for a concrete URL path: the literal path first, then the templated ones.
QJsonObject OpenApiChecker::operation(const QString &method, const QString &path,
                                      QString *error) const
{
    const QString bare = path.section(QLatin1Char('?'), 0, 0);
    const QString verb = method.toLower();
    const QJsonValue literal = m_paths.value(bare).toObject().value(verb);
    if (literal.isObject())
        return literal.toObject();

    const QStringList wanted = bare.split(QLatin1Char('/'));
    for (auto it = m_paths.begin(); it != m_paths.end(); ++it) {
        const QStringList pattern = it.key().split(QLatin1Char('/'));
        if (pattern.size() != wanted.size())
            continue;
        bool matches = true;
        for (qsizetype i = 0; matches && i < pattern.size(); ++i) {
            const QString &part = pattern.at(i);
            const bool placeholder
                    = part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}'));
            matches = placeholder ? !wanted.at(i).isEmpty() : part == wanted.at(i);
        }
        const QJsonValue found = it.value().toObject().value(verb);
        if (matches && found.isObject())
            return found.toObject();
    }
    *error = isValid()
            ? QStringLiteral("no operation %1 %2 in the spec").arg(method.toUpper(), bare)
            : QStringLiteral("no spec loaded");
    return {};
}
