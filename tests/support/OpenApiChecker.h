#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Checks JSON payloads against the OpenAPI 3.0 contract in resources/spec/, so that every body the
// tests see the editor, the CLI or the demo server produce is proven to match the API.
//
// It walks the schema keywords the spec uses: $ref (#/components/schemas/...), type, properties,
// additionalProperties, items, required, nullable, enum, uniqueItems, readOnly and the formats
// int32, int64, double and date-time. Loading fails on any other keyword or format, so a new spec
// that needs more (allOf, oneOf, pattern, ...) is noticed instead of being silently half-checked.
//
// Each problem is one string "json/pointer: what is wrong", the pointer in RFC 6901 form from the
// payload root ("/data/0/attributes/name"; the root itself is "/"). An empty list means valid.
//
// Decisions:
// - Unknown properties are errors by default (the spec never says additionalProperties: false, but
//   a property we send that the API does not know is a bug on our side). Answers from a real
//   server may carry fields newer than our spec: check them with UnknownProperties::Allow.
//   An explicit additionalProperties (a schema or true) always allows other keys.
// - readOnly properties are errors in a request (Direction::Request), allowed in a response.
// - date-time is RFC 3339 as OpenAPI says: date, 'T', time, optional fraction, and a 'Z' or
//   +hh:mm offset. A date-time without an offset is an error.
// - Integers must be integral; int32 and int64 values must fit their range. The check is exact
//   beyond 2^53 for integers that Qt keeps as qint64 (anything parsed from integral JSON text).
class OpenApiChecker
{
public:
    enum class Direction { Request, Response };
    enum class UnknownProperties { Reject, Allow };

    // An invalid checker: every check reports that no spec was loaded.
    OpenApiChecker() = default;

    // Loads a JSON OpenAPI document. On failure returns an invalid checker and, if error is set,
    // says why (unreadable file, bad JSON, unsupported keyword or format, dangling $ref).
    static OpenApiChecker fromFile(const QString &specPath, QString *error);
    static OpenApiChecker fromJson(const QJsonObject &spec, QString *error);

    // The audience spec of API 2025-10 in the source tree.
    static QString defaultSpecPath();

    bool isValid() const { return !m_schemas.isEmpty(); }

    // Checks payload against #/components/schemas/<schemaName>.
    QStringList check(const QJsonValue &payload, const QString &schemaName,
                      Direction direction = Direction::Request,
                      UnknownProperties unknown = UnknownProperties::Reject) const;

    // Checks a request body we send against the operation's application/json requestBody schema,
    // strictly. path is the URL path ("/2025-10/marketing-solutions/audience-segments"); a query
    // string is ignored and {placeholders} of the spec's paths match any one segment.
    // QJsonValue::Undefined (the default) means "no body"; QJsonValue() is a JSON null.
    QStringList checkRequestBody(const QString &method, const QString &path,
                                 const QJsonValue &body = QJsonValue(QJsonValue::Undefined)) const;

    // Checks an answer against the operation's response schema for that status (or "default").
    // An undocumented status is a problem. QJsonValue::Undefined means "no body".
    QStringList checkResponse(const QString &method, const QString &path, int status,
                              const QJsonValue &body = QJsonValue(QJsonValue::Undefined),
                              UnknownProperties unknown = UnknownProperties::Reject) const;

private:
    struct Context
    {
        Direction direction;
        UnknownProperties unknown;
    };

    QJsonObject resolve(const QJsonObject &schema, QString *error) const;
    void walk(const QJsonValue &value, const QJsonObject &schema, const QString &path,
              const Context &context, QStringList *problems) const;
    void vet(const QJsonValue &schema, const QString &where, QStringList *problems) const;
    QJsonObject operation(const QString &method, const QString &path, QString *error) const;

    QJsonObject m_paths;
    QJsonObject m_schemas;
};
