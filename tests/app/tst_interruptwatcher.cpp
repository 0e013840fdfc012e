// InterruptWatcher, the platform seam behind Ctrl+C in segmentctl push and serve-demo: on Unix,
// SIGINT and SIGTERM raised in this process arrive as interrupted() through the event loop, and a
// watcher made after another was destroyed works as well. (The Windows watcher is not built here.)

#include "InterruptWatcher.h"

#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

class tst_InterruptWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signalsBecomeInterrupted()
    {
#ifndef Q_OS_UNIX
        QSKIP("raises Unix signals");
#else
        for (int round = 0; round < 2; ++round) {
            const std::unique_ptr<InterruptWatcher> watcher = InterruptWatcher::create();
            QVERIFY(watcher->isValid());
            QSignalSpy interrupted(watcher.get(), &InterruptWatcher::interrupted);
            QCOMPARE(std::raise(SIGINT), 0);
            QVERIFY(interrupted.wait(5000));
            QCOMPARE(std::raise(SIGTERM), 0);
            QTRY_COMPARE_WITH_TIMEOUT(interrupted.size(), 2, 5000);
        }
#endif
    }
};

QTEST_GUILESS_MAIN(tst_InterruptWatcher)
#include "tst_interruptwatcher.moc"
