#include "PosixInterruptWatcher.h"

#ifdef Q_OS_UNIX

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_pipe[2] = {-1, -1};
struct sigaction g_previous[NSIG];

void onSignal(int signalNumber)
{
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const auto written = ::write(g_pipe[0], &byte, 1);
}

} // namespace

std::unique_ptr<InterruptWatcher> InterruptWatcher::create(QObject *parent)
{
    return std::make_unique<PosixInterruptWatcher>(parent);
}

PosixInterruptWatcher::PosixInterruptWatcher(QObject *parent)
    : InterruptWatcher(parent)
    , m_signalNumbers({SIGINT, SIGTERM})
{
    if (g_pipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    ::fcntl(g_pipe[0], F_SETFL, O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PosixInterruptWatcher::readPipe);

    for (int n : m_signalNumbers) {
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(n, &action, &g_previous[n]);
    }
}

PosixInterruptWatcher::~PosixInterruptWatcher()
{
    if (!m_notifier)
        return;
    for (int n : m_signalNumbers)
        ::sigaction(n, &g_previous[n], nullptr);
    delete m_notifier;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

void PosixInterruptWatcher::readPipe()
{
    unsigned char byte = 0;
    if (::read(g_pipe[1], &byte, 1) == 1)
        Q_EMIT interrupted();
}

#endif // Q_OS_UNIX
