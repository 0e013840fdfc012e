#pragma once

#include "ApiClient.h"
#include "DemoDataGenerator.h"
#include "DemoServer.h"
#include "SegmentJson.h"
#include "TokenProvider.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTest>

#include <memory>

// The real thing over loopback: the embedded demo server with `segments` sample segments, and a
// service stack (network manager, tokens, API client) pointed at it. Both share one injected clock
// that starts at a fixed instant and advances with a monotonic timer (plus what a test adds), so
// token expiry and rate-limit windows are deterministic.
struct ServiceFixture
{
    explicit ServiceFixture(int segments = 60, quint64 seed = 1)
        : server(DemoDataGenerator::generate(seed, segments))
    {
        monotonic.start();
        server.setClock([this] { return now(); });
        if (!server.listen())
            qFatal("the demo server cannot listen on loopback");
        network.setProxy(QNetworkProxy::NoProxy);
        config.baseUrl = server.baseUrl();
        config.apiVersion = server.apiVersion();
        config.timeoutMs = 5000;
        config.clock = [this] { return now(); };
        config.monotonicMs = [this] { return monotonic.elapsed() + skewMs; };
        tokens = std::make_unique<TokenProvider>(&network, config);
        tokens->setClientCredentials(server.clientId(), server.clientSecret());
        client = std::make_unique<ApiClient>(&network, tokens.get(), config);
    }

    QDateTime now() const { return start.addMSecs(monotonic.elapsed() + skewMs); }
    void advance(qint64 ms) { skewMs += ms; }

    // The requests the server received on `path` (suffix match) with `method`.
    QList<RecordedRequest> received(const QByteArray &method, const QString &pathSuffix) const
    {
        QList<RecordedRequest> matching;
        for (const RecordedRequest &r : server.requests())
            if (r.method == method && r.path.endsWith(pathSuffix))
                matching.append(r);
        return matching;
    }

    AudienceSegment segment(const QString &id) const
    {
        SegmentJson::ParseIssues issues;
        return SegmentJson::parseSegmentResource(server.data().segmentResource(id), &issues);
    }

    // Ids of the first `count` segments the demo credentials may change (reachable advertisers,
    // no contact lists: some of those are read-only).
    QStringList editableIds(int count) const
    {
        QStringList ids;
        for (const QString &advertiser : server.data().reachableAdvertiserIds())
            for (const QString &id : server.data().segmentIdsOf(advertiser)) {
                if (ids.size() >= count)
                    return ids;
                if (server.data().typeOf(id) != QLatin1String("ContactList"))
                    ids.append(id);
            }
        return ids;
    }
    QStringList reachableIds(int count) const { return editableIds(count); }

    QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(9, 0, 0), Qt::UTC);
    QElapsedTimer monotonic;
    qint64 skewMs = 0;
    DemoServer server;
    QNetworkAccessManager network;
    ApiConfig config;
    std::unique_ptr<TokenProvider> tokens;
    std::unique_ptr<ApiClient> client;
};
