#include "JsonCompare.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace JsonCompare {
namespace {

QString at(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('/') + key;
}

bool isInteger(const QJsonValue &v)
{
    return v.toVariant().typeId() == QMetaType::LongLong;
}

QString objectDifference(const QJsonObject &actual, const QJsonObject &expected,
                         const QString &path)
{
    if (actual.keys() != expected.keys())
        return QStringLiteral("%1: keys %2, expected %3")
                .arg(path, actual.keys().join(QLatin1Char(',')),
                     expected.keys().join(QLatin1Char(',')));
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        const QString d = difference(actual.value(it.key()), it.value(), at(path, it.key()));
        if (!d.isEmpty())
            return d;
    }
    return {};
}

QString arrayDifference(const QJsonArray &actual, const QJsonArray &expected, const QString &path)
{
    if (actual.size() != expected.size())
        return QStringLiteral("%1: %2 items, expected %3")
                .arg(path)
                .arg(actual.size())
                .arg(expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QString d = difference(actual.at(i), expected.at(i), at(path, QString::number(i)));
        if (!d.isEmpty())
            return d;
    }
    return {};
}

} // namespace

QString difference(const QJsonValue &actual, const QJsonValue &expected, const QString &path)
{
    const auto mismatch = [&]() {
        return QStringLiteral("%1: %2, expected %3").arg(path, compact(actual), compact(expected));
    };
    if (actual.type() != expected.type())
        return mismatch();
    switch (expected.type()) {
    case QJsonValue::Object:
        return objectDifference(actual.toObject(), expected.toObject(), path);
    case QJsonValue::Array:
        return arrayDifference(actual.toArray(), expected.toArray(), path);
    case QJsonValue::Double:
        if (isInteger(actual) != isInteger(expected))
            return mismatch() + QStringLiteral(" (integer and double differ)");
        if (isInteger(expected) ? actual.toInteger() != expected.toInteger()
                                : actual.toDouble() != expected.toDouble())
            return mismatch();
        return {};
    case QJsonValue::String:
    case QJsonValue::Bool:
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return actual == expected ? QString() : mismatch();
}

QString compact(const QJsonValue &value)
{
    // Wrapped in an array so that scalars serialize too; the brackets are cut off again.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QJsonValue parse(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("Test JSON does not parse (%s at %d): %s", qPrintable(error.errorString()),
               error.offset, qPrintable(text));
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

} // namespace JsonCompare
