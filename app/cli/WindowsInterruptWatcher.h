#pragma once

#include "InterruptWatcher.h"

#ifdef Q_OS_WIN

// InterruptWatcher on Windows: Ctrl+C and Ctrl+Break in the console become interrupted(), through
// SetConsoleCtrlHandler. Windows calls the handler on a thread of its own, so the handler only
// queues the signal to the watcher's thread. Closing the console, logging off and shutting down
// are left to the default handling (Windows ends the process soon after anyway). Built on Windows
// only (app/cli/CMakeLists.txt); it has not been compiled yet, as no Windows build exists.
class WindowsInterruptWatcher : public InterruptWatcher
{
    Q_OBJECT

public:
    explicit WindowsInterruptWatcher(QObject *parent = nullptr);
    ~WindowsInterruptWatcher() override;

    bool isValid() const override { return m_installed; }

private:
    bool m_installed = false;
};

#endif // Q_OS_WIN
