#pragma once

#include <QDateTime>
#include <QRandomGenerator>

class ApiReply;

// Which failed requests are worth another try, and after how long: 429 waits for what the server
// says (Retry-After, else x-ratelimit-reset, else backoff); 5xx, timeouts and network failures back
// off exponentially with jitter; everything else (validation, permission) is never retried. The
// number of attempts is bounded. A write is not sent again once it may have reached the server
// without an answer (Options::changesData).
class RetryPolicy
{
public:
    struct Options
    {
        int maxAttempts = 4; // including the first
        int baseDelayMs = 1000;
        int maxDelayMs = 60000;
        quint32 seed = 0; // jitter; 0 = seeded from the system
        // The request changes data (a bulk PATCH, create or delete): a network failure or a
        // timeout after it may have reached the server is not retried, since the server may
        // have applied it (the caller reconciles instead); a refused connection still is.
        bool changesData = false;
    };

    static constexpr qint64 maxServerWaitMs = 10 * 60 * 1000;

    explicit RetryPolicy(const Options &options);

    int maxAttempts() const { return m_options.maxAttempts; }
    bool isRetryable(const ApiReply &reply) const;
    // The wait before attempt number `nextAttempt` (2 for the first retry).
    int delayMs(const ApiReply &reply, int nextAttempt, const QDateTime &now);
    // What the server asked for on a 429, in ms from `now`; -1 when it said nothing usable.
    static qint64 serverRequestedDelayMs(const ApiReply &reply, const QDateTime &now);

private:
    Options m_options;
    QRandomGenerator m_random;
};
