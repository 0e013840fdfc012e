#include "CliFormat.h"

#include "SegmentJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace CliFormat {

QString problemText(const Problem &problem)
{
    const QString headline = problem.headline();
    const QString detail = problem.detail.trimmed();
    if (detail.isEmpty() || detail == headline)
        return headline;
    return QCoreApplication::translate("CliFormat", "%1 — %2", "problem title — detail")
            .arg(headline, detail);
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return QCoreApplication::translate("CliFormat", "(not set)");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Bool:
    case QJsonValue::Double:
    case QJsonValue::String:
        break;
    }
    // A scalar: wrapped in an array for QJsonDocument, then unwrapped, so strings get their JSON
    // quoting and numbers their shortest form.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QJsonValue valueAt(const QJsonObject &object, const QString &path)
{
    return SegmentJson::valueAt(object, path);
}

std::optional<WorkingSet> readWorkingSet(const QString &path, QTextStream &err)
{
    QString error;
    auto set = WorkingSet::read(path, &error);
    if (!set)
        err << error << Qt::endl;
    return set;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("CliFormat", "Cannot write %1: %2")
                             .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace CliFormat
