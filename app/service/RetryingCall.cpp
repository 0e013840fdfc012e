#include "RetryingCall.h"

#include "ApiReply.h"
#include "ServiceLog.h"

#include <QTimer>

RetryingCall::RetryingCall(std::function<ApiReply *()> send, RetryPolicy *policy,
                           std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent)
    , m_send(std::move(send))
    , m_policy(policy)
    , m_clock(std::move(clock))
{ }

RetryingCall::~RetryingCall()
{
    if (m_current)
        m_current->deleteLater();
}

void RetryingCall::start()
{
    sendOnce();
}

void RetryingCall::cancel(CancelMode mode)
{
    m_cancelled = true;
    if (m_wait && m_wait->isActive()) {
        m_wait->stop();
        // The last failed attempt stands as the answer.
        Q_EMIT finished(m_current);
        return;
    }
    if (mode == CancelMode::AbortInFlight && m_current && !m_current->isFinished())
        m_current->abort();
}

void RetryingCall::sendOnce()
{
    ++m_attempts;
    if (m_current)
        m_current->deleteLater();
    m_current = m_send();
    ApiReply *reply = m_current;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply != m_current)
            return;
        const bool retry = !m_cancelled && reply->error() != ApiReply::Error::None
                && m_attempts < m_policy->maxAttempts() && m_policy->isRetryable(*reply);
        if (!retry) {
            Q_EMIT finished(reply);
            return;
        }
        const int delay = m_policy->delayMs(*reply, m_attempts + 1, m_clock());
        qCInfo(lcApi) << "attempt" << m_attempts << "failed (HTTP" << reply->httpStatus()
                      << "); retrying in" << delay << "ms";
        Q_EMIT retryScheduled(m_attempts + 1, delay, reply->errorString());
        if (!m_wait) {
            m_wait = new QTimer(this);
            m_wait->setSingleShot(true);
            // Coarse timers may fire up to 5% early: a wait the server asked for must not.
            m_wait->setTimerType(Qt::PreciseTimer);
            connect(m_wait, &QTimer::timeout, this, &RetryingCall::sendOnce);
        }
        m_wait->start(delay);
    });
}
