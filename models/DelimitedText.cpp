#include "DelimitedText.h"

#include "PoiRecords.h"

namespace DelimitedText {

namespace {

QStringView withoutBom(QStringView text)
{
    return text.startsWith(u'\uFEFF') ? text.sliced(1) : text;
}

} // namespace

QList<Record> records(QStringView input, QChar sep)
{
    const QStringView text = withoutBom(input);
    QList<Record> out;
    qsizetype pos = 0;
    int line = 1;
    QStringList fields;
    while (pos < text.size()) {
        const qsizetype end = PoiParsing::readRecordAnyQuoting(text, pos, sep, fields);
        Record r;
        r.line = line;
        const bool blank = fields.size() == 1 && fields.front().trimmed().isEmpty();
        if (!blank)
            r.fields = fields;
        out.append(r);
        line += PoiParsing::countLineBreaks(text, pos, end);
        if (end <= pos)
            break; // cannot happen: a record always moves on; never loop
        pos = end;
    }
    return out;
}

QStringList firstRecord(QStringView input, QChar sep)
{
    const QStringView text = withoutBom(input);
    qsizetype pos = 0;
    QStringList fields;
    while (pos < text.size()) {
        const qsizetype end = PoiParsing::readRecordAnyQuoting(text, pos, sep, fields);
        if (!(fields.size() == 1 && fields.front().trimmed().isEmpty()))
            return fields;
        if (end <= pos)
            break;
        pos = end;
    }
    return {};
}

QString field(const QString &value)
{
    const bool quote = value.contains(u',') || value.contains(u';') || value.contains(u'\t')
            || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')
            || value != value.trimmed();
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString record(const QStringList &values, QChar sep, QLatin1String lineEnd)
{
    QString out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += sep;
        out += field(values.at(i));
    }
    out += lineEnd;
    return out;
}

QString headerKey(const QString &cell)
{
    const QString decomposed = cell.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch == u'\u00DF') {
            key += QLatin1String("ss");
        } else if (ch.isLetterOrNumber()) {
            key += ch.toLower();
        } else {
            key += u' ';
        }
    }
    return key.simplified();
}

} // namespace DelimitedText
