#pragma once

#include "DemoData.h"
#include "DemoRateLimiter.h"
#include "DemoResponse.h"
#include "DemoServerOptions.h"
#include "DemoTokenStore.h"
#include "RecordedRequest.h"

#include <QDateTime>

#include <functional>

// The Criteo API as the demo server answers it, without any transport: takes one request, returns
// one response. Token endpoint, version check (410 for other versions), bearer authentication
// (401 authentication problems), the calls-per-minute limit (429 and x-ratelimit-* headers on
// every authenticated answer), then the routes: advertisers/me, marketing-solutions/me,
// audience-segments search, in-market brands and interests lookups, and the bulk PATCH.
// Error answers are {"errors": [CommonProblem], "warnings": []}; token errors use the OAuth
// shape {error, error_description}.
class DemoApi
{
public:
    using Clock = std::function<QDateTime()>;

    explicit DemoApi(DemoData data);

    DemoData &data() { return m_data; }
    const DemoData &data() const { return m_data; }

    const DemoServerOptions &options() const { return m_options; }
    void setOptions(const DemoServerOptions &options);

    void setClock(Clock clock);
    QDateTime now() const;

    DemoTokenStore &tokens() { return m_tokens; }
    DemoRateLimiter &rateLimiter() { return m_rateLimiter; }

    static bool isTokenPath(const QString &path);

    DemoResponse handle(const RecordedRequest &request, const QString &traceId);

private:
    DemoResponse token(const RecordedRequest &request);
    DemoResponse route(const RecordedRequest &request, const QString &route,
                       const QString &traceId);
    DemoResponse advertisersMe();
    DemoResponse applicationMe();
    DemoResponse search(const RecordedRequest &request, const QString &traceId);
    DemoResponse lookup(const RecordedRequest &request, bool brands, const QString &traceId);
    DemoResponse patch(const RecordedRequest &request, const QString &traceId);
    enum class Bulk { Update, Create, Delete };
    DemoResponse bulk(const RecordedRequest &request, const QString &traceId, Bulk kind);

    QStringList cachedSearch(const DemoData::SegmentFilter &filter);

    DemoData m_data;
    DemoServerOptions m_options;
    Clock m_clock;
    DemoTokenStore m_tokens;
    DemoRateLimiter m_rateLimiter;

    // The last search's matches: paging through 100 000 segments asks the same filter 1000 times.
    QByteArray m_searchKey;
    quint64 m_searchRevision = 0;
    QStringList m_searchIds;
};
