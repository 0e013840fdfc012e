#pragma once

#include <QObject>

#include <memory>

// Tells the event loop that the user asked the program to stop: Ctrl+C in its terminal and, on
// Unix, SIGTERM (what `kill`, `timeout` and service managers send). A long job connects
// interrupted() to its cancel, so that it stops between requests and writes what it has.
//
// The platform part is a subclass in a file of its own, which CMake picks by platform:
// PosixInterruptWatcher (signals through a self-pipe) or WindowsInterruptWatcher (a console control
// handler). Both hand the event over to the thread that made the watcher, through its event loop.
// One watcher at a time; the previous handling comes back when it is destroyed.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    // The watcher of this platform, watching until it is destroyed.
    static std::unique_ptr<InterruptWatcher> create(QObject *parent = nullptr);

    // False when the platform refused to install the handler (the program then stops the
    // default way, at once).
    virtual bool isValid() const = 0;

Q_SIGNALS:
    void interrupted();

protected:
    explicit InterruptWatcher(QObject *parent)
        : QObject(parent)
    { }
};
