#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// The command line of one segmentctl command: a QCommandLineParser with --help, a usage line
// ("Usage: segmentctl pull --advertiser ID… -o FILE [options]") in place of Qt's generic one, and
// usage errors that say what was wrong and point at the command's --help.
class CliCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CliCommandLine)

public:
    // `command` is the command word ("pull"); `synopsis` what follows it in the usage line.
    CliCommandLine(const QString &command, const QString &synopsis, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    const QCommandLineParser &parser() const { return m_parser; }
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addOptions(const QList<QCommandLineOption> &options) { m_parser.addOptions(options); }
    void addPositional(const QString &name, const QString &description, const QString &syntax = {})
    {
        m_parser.addPositionalArgument(name, description, syntax);
    }

    // Parses `arguments` (program name first). Returns nothing when the command should go on;
    // otherwise the exit code, after printing the help (--help) or the error. At most
    // `maxPositional` positional arguments are accepted.
    std::optional<int> parse(const QStringList &arguments, int maxPositional);

    QString helpText() const;
    QStringList positional() const { return m_parser.positionalArguments(); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    // Every value of a repeatable option, commas splitting a value into several
    // ("--type Location,InMarket" = "--type Location --type InMarket"), blanks dropped.
    QStringList listValues(const QString &name) const;

    // The option's value as a number within [min, max] (`value` untouched when the option is not
    // given). False after printing a usage error naming the option and the range.
    bool intValue(const QString &name, int min, int max, int *value) const;

    // Prints "<message>" and a hint to run --help; returns CliExit::Usage.
    int usageError(const QString &message) const;

private:
    QString m_command;
    QString m_synopsis;
    QCommandLineParser m_parser;
};
