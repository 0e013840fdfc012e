#include "DemoFault.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

struct KindName
{
    DemoFault::Kind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
        {DemoFault::Kind::Latency, "latency"},
        {DemoFault::Kind::ServerError, "5xx"},
        {DemoFault::Kind::Reset, "reset"},
        {DemoFault::Kind::Hang, "hang"},
        {DemoFault::Kind::Malformed, "malformed"},
        {DemoFault::Kind::Truncated, "truncated"},
        {DemoFault::Kind::Html, "html"},
        {DemoFault::Kind::ExpireToken, "expire-token"},
        {DemoFault::Kind::RenewalFails, "renew-fail"},
        {DemoFault::Kind::Quota, "429"},
        {DemoFault::Kind::BadIndex, "bad-index"},
        {DemoFault::Kind::DropIds, "drop-ids"},
        {DemoFault::Kind::ApplyThenDrop, "apply-drop"},
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// A glob where '*' also crosses '/' (QRegularExpression::wildcardToRegularExpression does not).
QRegularExpression globExpression(const QString &glob)
{
    QString pattern;
    for (const QChar c : glob) {
        if (c == QLatin1Char('*'))
            pattern += QLatin1String(".*");
        else if (c == QLatin1Char('?'))
            pattern += QLatin1Char('.');
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

bool parseRule(const QString &text, DemoFault *rule, QString *error)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    const QString head = parts.first().trimmed();
    const int eq = int(head.indexOf(QLatin1Char('=')));
    if (eq <= 0)
        return fail(
                error,
                QCoreApplication::translate("DemoFault", "“%1”: expected kind=value, e.g. 5xx=1")
                        .arg(text));
    const auto kind = DemoFault::kindFromName(head.left(eq).trimmed().toLower());
    if (!kind) {
        return fail(
                error,
                QCoreApplication::translate(
                        "DemoFault",
                        "“%1”: unknown fault; use latency, 5xx, reset, hang, malformed, truncated, "
                        "html, expire-token, renew-fail, 429, bad-index, drop-ids or apply-drop")
                        .arg(head.left(eq)));
    }
    rule->kind = *kind;
    const QString value = head.mid(eq + 1).trimmed();
    bool ok = false;
    if (*kind == DemoFault::Kind::Latency) {
        rule->latencyMs = value.toInt(&ok);
        if (!ok || rule->latencyMs < 0)
            return fail(error,
                        QCoreApplication::translate(
                                "DemoFault", "“%1”: latency takes milliseconds, e.g. latency=200")
                                .arg(text));
        rule->count = 0;
    } else if (value.contains(QLatin1Char('.'))) {
        rule->share = value.toDouble(&ok);
        if (!ok || rule->share <= 0 || rule->share > 1)
            return fail(error,
                        QCoreApplication::translate("DemoFault",
                                                    "“%1”: a share is between 0 and 1, e.g. 0.1")
                                .arg(text));
        rule->count = 0;
    } else {
        rule->nth = value.toInt(&ok);
        if (!ok || rule->nth < 1) {
            return fail(error,
                        QCoreApplication::translate(
                                "DemoFault", "“%1”: give the Nth request (1, 2…) or a share (0.1)")
                                .arg(text));
        }
        rule->count = 1;
    }

    for (int i = 1; i < parts.size(); ++i) {
        const QString option = parts.at(i).trimmed();
        const int oeq = int(option.indexOf(QLatin1Char('=')));
        const QString key = option.left(oeq).trimmed().toLower();
        const QString optionValue = oeq < 0 ? QString() : option.mid(oeq + 1).trimmed();
        if (oeq <= 0 || optionValue.isEmpty())
            return fail(error,
                        QCoreApplication::translate("DemoFault",
                                                    "“%1”: expected option=value after “:”")
                                .arg(text));
        if (key == QLatin1String("method")) {
            rule->method = optionValue.toUpper().toLatin1();
        } else if (key == QLatin1String("path")) {
            rule->path = optionValue;
        } else if (key == QLatin1String("count")) {
            rule->count = optionValue.toInt(&ok);
            if (!ok || rule->count < 0)
                return fail(error,
                            QCoreApplication::translate("DemoFault",
                                                        "“%1”: count is 0 (no bound) or more")
                                    .arg(text));
        } else if (key == QLatin1String("status") && *kind == DemoFault::Kind::ServerError) {
            rule->status = optionValue.toInt(&ok);
            if (!ok || rule->status < 500 || rule->status > 599)
                return fail(
                        error,
                        QCoreApplication::translate("DemoFault", "“%1”: status must be 500 to 599")
                                .arg(text));
        } else {
            return fail(error,
                        QCoreApplication::translate("DemoFault", "“%1”: unknown option “%2”")
                                .arg(text, key));
        }
    }
    return true;
}

} // namespace

DemoFault DemoFault::next(Kind kind, int count)
{
    DemoFault rule;
    rule.kind = kind;
    rule.count = count;
    return rule;
}

QString DemoFault::kindName(Kind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

std::optional<DemoFault::Kind> DemoFault::kindFromName(const QString &name)
{
    for (const KindName &k : kKindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

std::optional<QList<DemoFault>> DemoFault::parseSpec(const QString &spec, QString *error)
{
    QList<DemoFault> rules;
    const QStringList texts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &text : texts) {
        if (text.trimmed().isEmpty())
            continue;
        DemoFault rule;
        if (!parseRule(text.trimmed(), &rule, error))
            return std::nullopt;
        rules.append(rule);
    }
    return rules;
}

QString DemoFault::toSpec() const
{
    QString text = kindName(kind) + QLatin1Char('=');
    int defaultCount = 1;
    if (kind == Kind::Latency) {
        text += QString::number(latencyMs);
        defaultCount = 0;
    } else if (share > 0) {
        QString number = QString::number(share, 'g', 10);
        if (!number.contains(QLatin1Char('.')))
            number += QLatin1String(".0");
        text += number;
        defaultCount = 0;
    } else {
        text += QString::number(nth);
    }
    if (!method.isEmpty())
        text += QLatin1String(":method=") + QString::fromLatin1(method);
    if (!path.isEmpty())
        text += QLatin1String(":path=") + path;
    if (count != defaultCount)
        text += QLatin1String(":count=") + QString::number(count);
    if (kind == Kind::ServerError && status != 503)
        text += QLatin1String(":status=") + QString::number(status);
    return text;
}

bool DemoFault::matches(const QByteArray &requestMethod, const QString &requestPath) const
{
    if (!method.isEmpty() && method.compare(requestMethod, Qt::CaseInsensitive) != 0)
        return false;
    if (path.isEmpty())
        return true;
    return globExpression(path).match(requestPath).hasMatch();
}

bool operator==(const DemoFault &a, const DemoFault &b)
{
    return a.kind == b.kind && a.method == b.method && a.path == b.path && a.nth == b.nth
            && qFuzzyCompare(1 + a.share, 1 + b.share) && a.count == b.count
            && a.latencyMs == b.latencyMs && a.status == b.status;
}
