#include "RetryPolicy.h"

#include "ApiReply.h"

#include <QLocale>

#include <cmath>

RetryPolicy::RetryPolicy(const Options &options)
    : m_options(options)
    , m_random(options.seed ? options.seed : QRandomGenerator::system()->generate())
{ }

bool RetryPolicy::isRetryable(const ApiReply &reply) const
{
    switch (reply.error()) {
    case ApiReply::Error::Network:
    case ApiReply::Error::Timeout:
        return !(m_options.changesData && reply.mayHaveReachedServer());
    case ApiReply::Error::Http:
        return reply.httpStatus() == 429 || reply.httpStatus() >= 500;
    case ApiReply::Error::None:
    case ApiReply::Error::Authentication:
    case ApiReply::Error::InvalidBody:
    case ApiReply::Error::Refused:
    case ApiReply::Error::Cancelled:
        break;
    }
    return false;
}

qint64 RetryPolicy::serverRequestedDelayMs(const ApiReply &reply, const QDateTime &now)
{
    const QByteArray retryAfter = reply.rawHeader("Retry-After").trimmed();
    if (!retryAfter.isEmpty()) {
        bool ok = false;
        const double seconds = retryAfter.toDouble(&ok);
        if (ok && seconds >= 0)
            return qint64(std::ceil(seconds * 1000));
        // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
        const QDateTime when = QLocale::c().toDateTime(
                QString::fromLatin1(retryAfter), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (when.isValid()) {
            QDateTime utc = when;
            utc.setTimeSpec(Qt::UTC);
            return qMax<qint64>(0, now.msecsTo(utc));
        }
    }
    const QByteArray reset = reply.rawHeader("x-ratelimit-reset").trimmed();
    if (!reset.isEmpty()) {
        bool ok = false;
        const qint64 epochSeconds = reset.toLongLong(&ok);
        if (ok && epochSeconds > 0)
            return qMax<qint64>(0,
                                now.msecsTo(QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC)));
    }
    return -1;
}

int RetryPolicy::delayMs(const ApiReply &reply, int nextAttempt, const QDateTime &now)
{
    if (reply.httpStatus() == 429) {
        const qint64 requested = serverRequestedDelayMs(reply, now);
        // The server's word beats our backoff ceiling (retrying earlier only earns another 429);
        // an absurd wait is bounded so that a broken header cannot stall a send for hours.
        if (requested >= 0)
            return int(qMin<qint64>(requested, maxServerWaitMs));
    }
    // Exponential backoff with "equal jitter": half fixed, half random, so retries of parallel
    // chunks spread out but never come back immediately.
    const int exponent = qBound(0, nextAttempt - 2, 20);
    const qint64 ceiling
            = qMin<qint64>(qint64(m_options.baseDelayMs) << exponent, m_options.maxDelayMs);
    const qint64 half = ceiling / 2;
    return int(half + qint64(m_random.bounded(quint32(half + 1))));
}
