#include "DemoRateLimiter.h"

DemoRateLimiter::Verdict DemoRateLimiter::take(const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 windowStart = (nowMs / 60000) * 60;
    if (windowStart != m_windowStart) {
        m_windowStart = windowStart;
        m_used = 0;
    }
    Verdict v;
    v.limit = m_limit;
    v.resetAt = windowStart + 60;
    v.retryAfterSeconds = qMax<qint64>(1, (v.resetAt * 1000 - nowMs + 999) / 1000);
    if (m_limit <= 0) {
        v.remaining = 0;
        return v;
    }
    if (m_used >= m_limit) {
        v.allowed = false;
        return v;
    }
    ++m_used;
    v.remaining = m_limit - m_used;
    return v;
}

void DemoRateLimiter::reset()
{
    m_windowStart = -1;
    m_used = 0;
}
