#pragma once

#include <QDateTime>

// Calls per minute for the demo application, counted over fixed clock minutes (the window resets
// at each full minute of the injected clock), as x-ratelimit-reset then names one instant.
class DemoRateLimiter
{
public:
    struct Verdict
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetAt = 0;           // Unix seconds when the next window starts
        qint64 retryAfterSeconds = 0; // from now to resetAt, at least 1
    };

    void setLimit(int callsPerMinute) { m_limit = callsPerMinute; }
    int limit() const { return m_limit; }

    // Counts one call at `now` unless the window is full. With limit 0 every call is allowed.
    Verdict take(const QDateTime &now);
    void reset();

private:
    int m_limit = 250;
    qint64 m_windowStart = -1;
    int m_used = 0;
};
