#pragma once

#include "RetryPolicy.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ApiReply;
class QTimer;

// One logical request that is sent again while the policy says it is worth it: each attempt is a
// fresh ApiReply from `send`; finished() hands over the last one (success or final failure).
class RetryingCall : public QObject
{
    Q_OBJECT

public:
    RetryingCall(std::function<ApiReply *()> send, RetryPolicy *policy,
                 std::function<QDateTime()> clock, QObject *parent = nullptr);
    ~RetryingCall() override;

    void start();
    // No more retries: a wait for one ends now, with the last failed attempt as the answer. The
    // attempt in flight is aborted only with AbortInFlight; otherwise its answer is awaited, so a
    // request that reached the server is not left in an unknown state.
    enum class CancelMode { LetInFlightFinish, AbortInFlight };
    void cancel(CancelMode mode = CancelMode::AbortInFlight);
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void retryScheduled(int nextAttempt, int delayMs, const QString &reason);
    void finished(ApiReply *last);

private:
    void sendOnce();

    std::function<ApiReply *()> m_send;
    RetryPolicy *m_policy;
    std::function<QDateTime()> m_clock;
    QPointer<ApiReply> m_current;
    QTimer *m_wait = nullptr;
    int m_attempts = 0;
    bool m_cancelled = false;
};
