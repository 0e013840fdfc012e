#include "TestHooks.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace TestHooks {

void stopIfAsked(const char *step)
{
    static const QByteArray wanted = qgetenv("SEGMENT_TEST_STOP_AT");
    if (wanted.isEmpty())
        return;
    const QList<QByteArray> parts = wanted.split(':');
    if (parts.first() != step)
        return;
    static int reached = 0;
    const int nth = parts.size() > 1 ? qMax(1, parts.at(1).toInt()) : 1;
    if (++reached != nth)
        return;
    std::fprintf(stderr, "segment-test: stopped at %s\n", step);
    std::fflush(stderr);
#ifdef Q_OS_UNIX
    std::raise(SIGSTOP);
#endif
}

NetworkTiming networkTiming()
{
    NetworkTiming timing;
    const QByteArray text = qgetenv("SEGMENT_TEST_NETWORK");
    for (const QByteArray &pair : text.split(',')) {
        const int eq = int(pair.indexOf('='));
        if (eq <= 0)
            continue;
        bool ok = false;
        const int value = pair.mid(eq + 1).trimmed().toInt(&ok);
        if (!ok || value < 0)
            continue;
        const QByteArray key = pair.left(eq).trimmed();
        if (key == "timeout-ms")
            timing.timeoutMs = value;
        else if (key == "retry-delay-ms")
            timing.retryDelayMs = value;
    }
    return timing;
}

} // namespace TestHooks
