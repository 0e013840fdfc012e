#include "WindowsInterruptWatcher.h"

#ifdef Q_OS_WIN

#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>

#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

namespace {

// The watcher the handler talks to; the mutex keeps it alive while the handler queues the signal.
QMutex g_mutex;
WindowsInterruptWatcher *g_watcher = nullptr;

BOOL WINAPI onConsoleEvent(DWORD event)
{
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT)
        return FALSE; // the next handler (in the end, the default one) decides
    const QMutexLocker locker(&g_mutex);
    if (!g_watcher)
        return FALSE;
    QMetaObject::invokeMethod(g_watcher, &InterruptWatcher::interrupted, Qt::QueuedConnection);
    return TRUE;
}

} // namespace

std::unique_ptr<InterruptWatcher> InterruptWatcher::create(QObject *parent)
{
    return std::make_unique<WindowsInterruptWatcher>(parent);
}

WindowsInterruptWatcher::WindowsInterruptWatcher(QObject *parent)
    : InterruptWatcher(parent)
{
    const QMutexLocker locker(&g_mutex);
    if (g_watcher)
        return;
    m_installed = SetConsoleCtrlHandler(onConsoleEvent, TRUE) != 0;
    if (m_installed)
        g_watcher = this;
}

WindowsInterruptWatcher::~WindowsInterruptWatcher()
{
    if (!m_installed)
        return;
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    const QMutexLocker locker(&g_mutex);
    g_watcher = nullptr;
}

#endif // Q_OS_WIN
