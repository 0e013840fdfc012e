#include "CliCommandLine.h"

#include "CliCommand.h"

#include <QCoreApplication>
#include <QTextStream>

CliCommandLine::CliCommandLine(const QString &command, const QString &synopsis,
                               const QString &description)
    : m_command(command)
    , m_synopsis(synopsis)
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                          tr("Show this help.")));
}

QString CliCommandLine::helpText() const
{
    // Qt's first line says "Usage: <program> [options]": ours names the command and its arguments.
    const QString text = m_parser.helpText();
    return tr("Usage: %1").arg(QStringLiteral("segmentctl %1 %2").arg(m_command, m_synopsis))
            + text.mid(text.indexOf(QLatin1Char('\n')));
}

std::optional<int> CliCommandLine::parse(const QStringList &arguments, int maxPositional)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << helpText();
        return CliExit::Ok;
    }
    const QStringList extra = m_parser.positionalArguments().mid(maxPositional);
    if (!extra.isEmpty())
        return usageError(tr("Unexpected argument “%1”.").arg(extra.first()));
    return std::nullopt;
}

QStringList CliCommandLine::listValues(const QString &name) const
{
    QStringList values;
    for (const QString &value : m_parser.values(name))
        for (const QString &part : value.split(QLatin1Char(','))) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty())
                values.append(trimmed);
        }
    return values;
}

bool CliCommandLine::intValue(const QString &name, int min, int max, int *value) const
{
    if (!m_parser.isSet(name))
        return true;
    bool ok = false;
    const int v = m_parser.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        usageError(tr("--%1 takes a number from %2 to %3, not “%4”.")
                           .arg(name, QString::number(min), QString::number(max),
                                m_parser.value(name)));
        return false;
    }
    *value = v;
    return true;
}

int CliCommandLine::usageError(const QString &message) const
{
    QTextStream(stderr) << message << QLatin1Char('\n')
                        << tr("Run “segmentctl %1 --help” for the options.").arg(m_command)
                        << Qt::endl;
    return CliExit::Usage;
}
