#pragma once

#include "InterruptWatcher.h"

#ifdef Q_OS_UNIX

#include <QList>

class QSocketNotifier;

// InterruptWatcher on Unix: SIGINT and SIGTERM become interrupted(), with the self-pipe pattern
// (the handler only writes a byte, which is async-signal-safe; a QSocketNotifier reads it in the
// event loop). Built on Unix only (app/cli/CMakeLists.txt).
class PosixInterruptWatcher : public InterruptWatcher
{
    Q_OBJECT

public:
    explicit PosixInterruptWatcher(QObject *parent = nullptr);
    ~PosixInterruptWatcher() override;

    bool isValid() const override { return m_notifier != nullptr; }

private:
    void readPipe();

    QList<int> m_signalNumbers;
    QSocketNotifier *m_notifier = nullptr;
};

#endif // Q_OS_UNIX
