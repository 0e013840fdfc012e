#include "SegmentCtl.h"

#include "ServeDemoCommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

QString usage()
{
    QString text = QCoreApplication::translate("SegmentCtl", "Usage: %1 <command> [options]")
                           .arg(QStringLiteral("segmentctl"))
            + QLatin1String("\n\n") + QCoreApplication::translate("SegmentCtl", "Commands:")
            + QLatin1Char('\n');
    for (const CliCommand &c : SegmentCtl::commands())
        text += QLatin1String("  ") + c.name.leftJustified(14) + c.summary + QLatin1Char('\n');
    text += QLatin1Char('\n')
            + QCoreApplication::translate("SegmentCtl",
                                          "Run “%1 <command> --help” for the options of a command.")
                      .arg(QStringLiteral("segmentctl"))
            + QLatin1Char('\n');
    return text;
}

} // namespace

namespace SegmentCtl {

QList<CliCommand> commands()
{
    return {
            {QStringLiteral("serve-demo"),
             QCoreApplication::translate("SegmentCtl",
                                         "Run a local server that behaves like the Criteo API"),
             &runServeDemo},
    };
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString first = arguments.value(1);
    if (first.isEmpty()) {
        err << usage();
        return CliExit::Usage;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || (first == QLatin1String("help") && arguments.size() == 2)) {
        out << usage();
        return CliExit::Ok;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QCoreApplication::applicationName() << QLatin1Char(' ')
            << QCoreApplication::applicationVersion() << Qt::endl;
        return CliExit::Ok;
    }

    // "help <command>" is "<command> --help".
    QString name = first;
    QStringList rest = arguments.mid(2);
    if (first == QLatin1String("help")) {
        name = arguments.at(2);
        rest = {QStringLiteral("--help")};
    }
    for (const CliCommand &c : commands()) {
        if (c.name == name)
            return c.run(QStringList{arguments.value(0)} + rest);
    }
    err << QCoreApplication::translate("SegmentCtl", "Unknown command “%1”.").arg(name)
        << QLatin1String("\n\n") << usage();
    return CliExit::Usage;
}

} // namespace SegmentCtl
