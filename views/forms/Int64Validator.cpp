#include "Int64Validator.h"

#include <optional>

Int64Validator::Int64Validator(qint64 bottom, qint64 top, QObject *parent)
    : QValidator(parent)
    , m_bottom(bottom)
    , m_top(top)
{ }

std::optional<qint64> Int64Validator::valueOf(const QString &text) const
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    qint64 value = locale().toLongLong(trimmed, &ok);
    if (!ok)
        value = trimmed.toLongLong(&ok); // plain digits, whatever the locale groups with
    if (!ok || value < m_bottom || value > m_top)
        return std::nullopt;
    return value;
}

QValidator::State Int64Validator::validate(QString &input, int &) const
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty() || (m_bottom < 0 && trimmed == QLatin1String("-")))
        return Intermediate;
    const QString group = locale().groupSeparator();
    for (const QChar c : trimmed) {
        if (c.isDigit() || (c == QLatin1Char('-') && m_bottom < 0) || group.contains(c)
            || c.isSpace())
            continue;
        return Invalid;
    }
    if (valueOf(trimmed))
        return Acceptable;
    // Digits that overflow cannot become valid by typing more.
    QString digits;
    for (const QChar c : trimmed)
        if (c.isDigit())
            digits += c;
    bool ok = false;
    digits.toLongLong(&ok);
    return ok ? Intermediate : Invalid;
}
