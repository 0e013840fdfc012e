#include "LookupJob.h"
#include "SegmentSearchJob.h"
#include "ServiceFixture.h"
#include "ServiceLog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

// Waits for one ApiReply.
bool waitFor(ApiReply *reply, int timeoutMs = 15000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &ApiReply::finished);
    return spy.wait(timeoutMs);
}

template<typename Job> bool waitFor(Job *job, int timeoutMs = 20000)
{
    QSignalSpy spy(job, &Job::finished);
    return spy.wait(timeoutMs);
}

// Answers every request with a redirect to `target` (another origin: same machine, other host
// name).
class RedirectServer : public QTcpServer
{
public:
    explicit RedirectServer(const QUrl &target)
        : m_target(target)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    const QByteArray answer
                            = "HTTP/1.1 307 Temporary Redirect\r\nLocation: " + m_target.toEncoded()
                            + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
                    socket->write(answer);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }

private:
    QUrl m_target;
};

QStringList capturedLog;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog.append(message);
}

} // namespace

// The API client, tokens, lookups and paged search, over real loopback HTTP against the demo
// server; every test asserts what the server received.
class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowedBaseUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://api.criteo.com" << true;
        QTest::newRow("http loopback ip") << "http://127.0.0.1:8080" << true;
        QTest::newRow("http localhost") << "http://localhost:1234" << true;
        QTest::newRow("http ipv6 loopback") << "http://[::1]:1234" << true;
        QTest::newRow("http remote") << "http://api.criteo.com" << false;
        QTest::newRow("http private network") << "http://192.168.1.10" << false;
        QTest::newRow("ftp") << "ftp://api.criteo.com" << false;
        QTest::newRow("no host") << "https://" << false;
        QTest::newRow("garbage") << "not a url" << false;
    }
    void allowedBaseUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QString why;
        QCOMPARE(ApiConfig::isAllowedBaseUrl(QUrl(url), &why), allowed);
        QCOMPARE(why.isEmpty(), allowed);
    }

    void versionedUrls()
    {
        ApiConfig config;
        config.baseUrl = QUrl(QStringLiteral("https://api.criteo.com"));
        QCOMPARE(config.versionedUrl(QStringLiteral("marketing-solutions/me")).toString(),
                 QStringLiteral("https://api.criteo.com/2025-10/marketing-solutions/me"));
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:99/proxy/"));
        config.apiVersion = QStringLiteral("2026-01");
        QCOMPARE(config.versionedUrl(QStringLiteral("/advertisers/me")).toString(),
                 QStringLiteral("http://127.0.0.1:99/proxy/2026-01/advertisers/me"));
        QCOMPARE(config.urlFor(QStringLiteral("oauth2/token")).toString(),
                 QStringLiteral("http://127.0.0.1:99/proxy/oauth2/token"));
    }

    void plainHttpToRemoteHostIsNotSent()
    {
        ServiceFixture f;
        ApiConfig config = f.config;
        config.baseUrl = QUrl(QStringLiteral("http://api.criteo.com"));
        TokenProvider tokens(&f.network, config);
        tokens.setClientCredentials(QStringLiteral("id"), QStringLiteral("secret"));
        ApiClient client(&f.network, &tokens, config);
        ApiReply *reply = client.get(QStringLiteral("marketing-solutions/me"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error(), ApiReply::Error::Refused);
        QVERIFY(reply->errorString().contains(QLatin1String("https://")));
        QCOMPARE(client.requestsSent(), 0);
        QCOMPARE(tokens.tokenRequests(), 0);
    }

    // What TokenProvider takes from the answer to a token request. The lifetimes past a day
    // were found by fuzz_token_answer: 2^63-1 seconds overflowed the renewal time.
    void tokenAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("token");
        QTest::addColumn<qint64>("lifetime");
        QTest::addColumn<qint64>("renewAfter");
        QTest::newRow("15 minutes") << 200 << QByteArray(R"({"access_token":"t","expires_in":900})")
                                    << "t" << qint64(900) << qint64(840);
        QTest::newRow("short: half-life")
                << 200 << QByteArray(R"({"access_token":"t","expires_in":3})") << "t" << qint64(3)
                << qint64(2);
        QTest::newRow("as a string")
                << 200 << QByteArray(R"({"access_token":"t","expires_in":"900"})") << "t"
                << qint64(900) << qint64(840);
        QTest::newRow("none") << 200 << QByteArray(R"({"access_token":"t"})") << "t" << qint64(900)
                              << qint64(840);
        QTest::newRow("negative") << 200 << QByteArray(R"({"access_token":"t","expires_in":-1})")
                                  << "t" << qint64(900) << qint64(840);
        QTest::newRow("int64 max (fuzz)")
                << 200 << QByteArray(R"({"access_token":"t","expires_in":9223372036854775807})")
                << "t" << qint64(86400) << qint64(86340);
        QTest::newRow("1e300 (fuzz)")
                << 200 << QByteArray(R"({"access_token":"t","expires_in":1e300})") << "t"
                << qint64(86400) << qint64(86340);
        QTest::newRow("not 200") << 400 << QByteArray(R"({"access_token":"t","expires_in":900})")
                                 << "" << qint64(0) << qint64(0);
        QTest::newRow("number token")
                << 200 << QByteArray(R"({"access_token":12,"expires_in":900})") << "" << qint64(0)
                << qint64(0);
        QTest::newRow("html") << 200 << QByteArray("<html>sign in</html>") << "" << qint64(0)
                              << qint64(0);
    }
    void tokenAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, token);
        QFETCH(qint64, lifetime);
        QFETCH(qint64, renewAfter);
        const TokenProvider::Answer answer = TokenProvider::readAnswer(status, body);
        QCOMPARE(answer.token, token);
        QCOMPARE(answer.lifetimeSeconds, lifetime);
        QCOMPARE(answer.renewAfterSeconds, renewAfter);
    }

    void getSendsTokenAndJsonHeaders()
    {
        ServiceFixture f;
        ApiReply *reply = f.client->get(QStringLiteral("marketing-solutions/me"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error(), ApiReply::Error::None);
        QCOMPARE(reply->httpStatus(), 200);

        const auto tokenRequests = f.received("POST", QStringLiteral("/oauth2/token"));
        QCOMPARE(tokenRequests.size(), 1);
        QCOMPARE(tokenRequests.first().header("Content-Type"),
                 QByteArray("application/x-www-form-urlencoded"));
        const QUrlQuery form(QString::fromUtf8(tokenRequests.first().body));
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")),
                 QStringLiteral("client_credentials"));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), f.server.clientId());

        const auto calls = f.received("GET", QStringLiteral("/2025-10/marketing-solutions/me"));
        QCOMPARE(calls.size(), 1);
        QVERIFY(calls.first().header("Authorization").startsWith("Bearer "));
        QCOMPARE(calls.first().header("Accept"), QByteArray("application/json"));
    }

    void wrongSecretSaysSo()
    {
        ServiceFixture f;
        f.tokens->setClientCredentials(f.server.clientId(), QStringLiteral("wrong"));
        ApiReply *reply = f.client->get(QStringLiteral("marketing-solutions/me"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error(), ApiReply::Error::Authentication);
        QVERIFY2(reply->errorString().contains(QLatin1String("secret was refused")),
                 qPrintable(reply->errorString()));
        QCOMPARE(f.received("GET", QStringLiteral("/marketing-solutions/me")).size(), 0);
    }

    void tokenIsRenewedAMinuteBeforeExpiry()
    {
        ServiceFixture f;
        QVERIFY(waitFor(f.client->get(QStringLiteral("marketing-solutions/me"))));
        QCOMPARE(f.tokens->tokenRequests(), 1);
        f.advance((900 - 60 - 2) * 1000); // just before the renewal point
        QVERIFY(waitFor(f.client->get(QStringLiteral("marketing-solutions/me"))));
        QCOMPARE(f.tokens->tokenRequests(), 1);
        f.advance(3 * 1000); // inside the last minute: renewed before use
        ApiReply *reply = f.client->get(QStringLiteral("marketing-solutions/me"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error(), ApiReply::Error::None);
        QCOMPARE(f.tokens->tokenRequests(), 2);
        QCOMPARE(f.received("GET", QStringLiteral("/marketing-solutions/me")).size(), 3);
        for (const auto &r : f.received("GET", QStringLiteral("/marketing-solutions/me")))
            QCOMPARE(r.status, 200);
    }

    void expiredTokenIsRenewedOnceAndTheRequestRetriedOnce()
    {
        ServiceFixture f;
        QVERIFY(waitFor(f.client->get(QStringLiteral("advertisers/me"))));
        f.server.clearRecorded();
        f.server.expireAccessTokens();
        ApiReply *reply = f.client->get(QStringLiteral("advertisers/me"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error(), ApiReply::Error::None);
        const auto requests = f.server.requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.at(0).status, 401);
        QVERIFY(requests.at(1).path.endsWith(QLatin1String("/oauth2/token")));
        QCOMPARE(requests.at(2).status, 200);
        QVERIFY(requests.at(0).header("Authorization") != requests.at(2).header("Authorization"));
    }

    void refusedStaticTokenIsNotRetried()
    {
        ServiceFixture f;
        f.tokens->setStaticToken(QStringLiteral("not-a-token"));
        ApiReply *reply = f.client->get(QStringLiteral("advertisers/me"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error(), ApiReply::Error::Authentication);
        QCOMPARE(f.server.requests().size(), 1);
        QCOMPARE(f.server.requests().first().status, 401);
        QVERIFY(!reply->problems().isEmpty());
    }

    void staticTokenWorks()
    {
        ServiceFixture f;
        f.tokens->setStaticToken(f.server.issueAccessToken());
        ApiReply *reply = f.client->get(QStringLiteral("advertisers/me"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error(), ApiReply::Error::None);
        QCOMPARE(f.received("POST", QStringLiteral("/oauth2/token")).size(), 0);
    }

    void concurrentRequestsShareOneRenewal()
    {
        ServiceFixture f;
        QList<ApiReply *> replies;
        for (int i = 0; i < 6; ++i)
            replies.append(f.client->get(QStringLiteral("marketing-solutions/me")));
        for (ApiReply *reply : replies) {
            QVERIFY(waitFor(reply));
            QCOMPARE(reply->error(), ApiReply::Error::None);
        }
        QCOMPARE(f.received("POST", QStringLiteral("/oauth2/token")).size(), 1);
        QCOMPARE(f.received("GET", QStringLiteral("/marketing-solutions/me")).size(), 6);
    }

    void redirectToAnotherHostIsNotFollowed()
    {
        ServiceFixture f;
        QUrl target = f.server.baseUrl();
        target.setHost(QStringLiteral("localhost")); // same machine, another origin
        target.setPath(QStringLiteral("/2025-10/advertisers/me"));
        RedirectServer redirector(target);
        QVERIFY(redirector.isListening());
        ApiConfig config = f.config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(redirector.serverPort()));
        TokenProvider tokens(&f.network, config);
        tokens.setStaticToken(f.server.issueAccessToken());
        ApiClient client(&f.network, &tokens, config);
        ApiReply *reply = client.get(QStringLiteral("advertisers/me"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error(), ApiReply::Error::Network);
        QVERIFY2(reply->errorString().contains(QLatin1String("redirected")),
                 qPrintable(reply->errorString()));
        QCOMPARE(f.server.requests().size(), 0); // the token never reached the other host
    }

    void retiredVersionSaysSo()
    {
        ServiceFixture f;
        ApiConfig config = f.config;
        config.apiVersion = QStringLiteral("2024-04");
        ApiClient client(&f.network, f.tokens.get(), config);
        ApiReply *reply = client.get(QStringLiteral("marketing-solutions/me"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->httpStatus(), 410);
        QCOMPARE(reply->error(), ApiReply::Error::Http);
        QVERIFY2(reply->errorString().contains(QLatin1String("2024-04")),
                 qPrintable(reply->errorString()));
        QVERIFY(reply->errorString().contains(QLatin1String("retired")));
    }

    void htmlWithOkStatusIsAnInvalidBody()
    {
        ServiceFixture f;
        QVERIFY(f.server.setFaults(QStringLiteral("html=1:path=*/marketing-solutions/me")));
        ApiReply *reply = f.client->get(QStringLiteral("marketing-solutions/me"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->httpStatus(), 200);
        QCOMPARE(reply->error(), ApiReply::Error::InvalidBody);
    }

    void timeoutIsATimeout()
    {
        ServiceFixture f;
        f.config.timeoutMs = 300;
        ApiClient client(&f.network, f.tokens.get(), f.config);
        QVERIFY(f.server.setFaults(QStringLiteral("hang=1:path=*/advertisers/me")));
        ApiReply *reply = client.get(QStringLiteral("advertisers/me"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error(), ApiReply::Error::Timeout);
        QVERIFY(reply->mayHaveReachedServer());
    }

    void clientSideRateLimitWaitsItsTurn()
    {
        ServiceFixture f;
        f.client->setCallsPerMinute(3, ApiClient::Pace::Fixed);
        for (int i = 0; i < 3; ++i)
            QVERIFY(waitFor(f.client->get(QStringLiteral("marketing-solutions/me"))));
        QVERIFY(f.client->rateLimitWaitMs() > 59000);
        // The fourth and fifth wait for the window; the others' answers come meanwhile.
        ApiReply *fourth = f.client->get(QStringLiteral("marketing-solutions/me"));
        ApiReply *fifth = f.client->get(QStringLiteral("marketing-solutions/me"));
        QCOMPARE(f.client->waitingForRateLimit(), 2); // held back, not handed to the network
        QVERIFY(f.client->rateLimitWaitMs() > 59000);
        f.advance(61000); // a minute after the first three, the window has room again
        QVERIFY(waitFor(fourth, 5000));
        QVERIFY(waitFor(fifth, 5000));
        QCOMPARE(fourth->error(), ApiReply::Error::None);
        QCOMPARE(f.client->waitingForRateLimit(), 0);
        // When each call reached the server, on the clock the limiter paces on: the first three
        // at once, the next ones only after the window moved on.
        const QList<RecordedRequest> calls
                = f.received("GET", QStringLiteral("/marketing-solutions/me"));
        QVERIFY(calls.size() >= 5);
        const QDateTime first = calls.at(0).receivedAt;
        QVERIFY(first.msecsTo(calls.at(2).receivedAt) < 30000);
        for (int i = 3; i < 5; ++i)
            QVERIFY2(first.msecsTo(calls.at(i).receivedAt) >= 60000,
                     qPrintable(QString::number(first.msecsTo(calls.at(i).receivedAt))));
    }

    // The server's x-ratelimit-limit replaces the documented 250, up or down; a pace the user
    // chose stays; no header, no change.
    void rateLimitIsLearnedFromTheServer()
    {
        ServiceFixture f;
        DemoServerOptions options = f.server.options();
        options.callsPerMinute = 1200;
        f.server.setOptions(options);
        QCOMPARE(f.client->callsPerMinute(), 250);
        QVERIFY(waitFor(f.client->get(QStringLiteral("marketing-solutions/me"))));
        QCOMPARE(f.client->callsPerMinute(), 1200);
        options.callsPerMinute = 40;
        f.server.setOptions(options);
        QVERIFY(waitFor(f.client->get(QStringLiteral("marketing-solutions/me"))));
        QCOMPARE(f.client->callsPerMinute(), 40);
        options.callsPerMinute = 0; // no limit: no header
        f.server.setOptions(options);
        QVERIFY(waitFor(f.client->get(QStringLiteral("marketing-solutions/me"))));
        QCOMPARE(f.client->callsPerMinute(), 40);

        f.client->setCallsPerMinute(0, ApiClient::Pace::Fixed);
        options.callsPerMinute = 100;
        f.server.setOptions(options);
        QVERIFY(waitFor(f.client->get(QStringLiteral("marketing-solutions/me"))));
        QCOMPARE(f.client->callsPerMinute(), 0);
    }

    // The pace follows the monotonic clock: a jump of the system time changes nothing.
    void rateLimitIgnoresTheWallClock()
    {
        ServiceFixture f;
        qint64 steady = 0;
        QDateTime wall = QDateTime::currentDateTimeUtc();
        ApiConfig config = f.config;
        config.monotonicMs = [&steady] { return steady; };
        config.clock = [&wall] { return wall; };
        ApiClient client(&f.network, f.tokens.get(), config);
        client.setCallsPerMinute(2, ApiClient::Pace::Fixed);
        QVERIFY(waitFor(client.get(QStringLiteral("marketing-solutions/me"))));
        QVERIFY(waitFor(client.get(QStringLiteral("marketing-solutions/me"))));
        wall = wall.addSecs(3600); // the system clock jumps an hour ahead
        QVERIFY(client.rateLimitWaitMs() > 59000);
        steady += 60001; // a minute passes
        QCOMPARE(client.rateLimitWaitMs(), 0);
        wall = wall.addSecs(-7200); // and back two hours
        QCOMPARE(client.rateLimitWaitMs(), 0);
    }

    void lookups()
    {
        ServiceFixture f;
        LookupJob advertisers(f.client.get(), LookupJob::Kind::Advertisers);
        advertisers.start();
        QVERIFY(waitFor(&advertisers));
        QVERIFY2(!advertisers.hasError(), qPrintable(advertisers.errorString()));
        QCOMPARE(advertisers.advertisers().size(), f.server.data().reachableAdvertiserIds().size());
        QVERIFY(!advertisers.advertisers().first().name.isEmpty());

        LookupJob application(f.client.get(), LookupJob::Kind::Application);
        application.start();
        QVERIFY(waitFor(&application));
        QVERIFY(!application.hasError());
        QVERIFY(!application.applicationName().isEmpty());

        const QString advertiser = f.server.data().reachableAdvertiserIds().first();
        LookupJob brands(f.client.get(), LookupJob::Kind::Brands);
        brands.setAdvertiserAndCountry(advertiser, QStringLiteral("FR"));
        brands.start();
        QVERIFY(waitFor(&brands));
        QVERIFY2(!brands.hasError(), qPrintable(brands.errorString()));
        QVERIFY(!brands.brands().isEmpty());
        QVERIFY(brands.brands().first().size.has_value());
        const auto brandCalls = f.received("GET", QStringLiteral("/in-market-brands"));
        QCOMPARE(brandCalls.size(), 1);
        QCOMPARE(brandCalls.first().query.queryItemValue(QStringLiteral("advertiser-id")),
                 advertiser);
        QCOMPARE(brandCalls.first().query.queryItemValue(QStringLiteral("country")),
                 QStringLiteral("FR"));

        LookupJob interests(f.client.get(), LookupJob::Kind::Interests);
        interests.setAdvertiserAndCountry(advertiser, QStringLiteral("DE"));
        interests.start();
        QVERIFY(waitFor(&interests));
        QVERIFY(!interests.hasError());
        int roots = 0;
        for (const InMarketInterest &interest : interests.interests())
            roots += interest.parentId.isEmpty() ? 1 : 0;
        QVERIFY(roots > 0 && roots < interests.interests().size());

        LookupJob missing(f.client.get(), LookupJob::Kind::Brands);
        missing.setAdvertiserAndCountry(advertiser, QString());
        missing.start();
        QVERIFY(waitFor(&missing));
        QVERIFY(missing.hasError());
        QCOMPARE(missing.httpStatus(), 400);
    }

    void searchPagesUntilTotalItems()
    {
        ServiceFixture f(900);
        QString advertiser;
        for (const QString &a : f.server.data().reachableAdvertiserIds())
            if (advertiser.isEmpty()
                || f.server.data().segmentIdsOf(a).size()
                        > f.server.data().segmentIdsOf(advertiser).size())
                advertiser = a;
        const int expected = int(f.server.data().segmentIdsOf(advertiser).size());
        QVERIFY(expected > 100);
        SegmentSearchJob job(f.client.get(), {{advertiser}, {}, {}});
        QSignalSpy progress(&job, &SegmentSearchJob::progress);
        job.start();
        QVERIFY(waitFor(&job));
        QVERIFY2(!job.hasError(), qPrintable(job.errorString()));
        QCOMPARE(job.segments().size(), expected);
        QCOMPARE(job.totalItems(), qint64(expected));
        QVERIFY(job.parseIssues().isEmpty());
        const int pages = (expected + 99) / 100;
        QCOMPARE(job.pagesLoaded(), pages);
        QCOMPARE(progress.size(), pages);
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(expected));

        const auto searches = f.received("POST", QStringLiteral("/audience-segments/search"));
        QCOMPARE(searches.size(), pages);
        for (int i = 0; i < searches.size(); ++i) {
            QCOMPARE(searches.at(i).query.queryItemValue(QStringLiteral("limit")),
                     QStringLiteral("100"));
            QCOMPARE(searches.at(i).query.queryItemValue(QStringLiteral("offset")),
                     QString::number(i * 100));
            QCOMPARE(searches.at(i).header("Content-Type"), QByteArray("application/json"));
            const QJsonObject attributes = searches.at(i)
                                                   .json()
                                                   .object()
                                                   .value(QLatin1String("data"))
                                                   .toObject()
                                                   .value(QLatin1String("attributes"))
                                                   .toObject();
            QCOMPARE(attributes.value(QLatin1String("advertiserIds")).toArray(),
                     QJsonArray{advertiser});
        }
        QSet<QString> ids;
        for (const AudienceSegment &s : job.segments())
            ids.insert(s.id);
        QCOMPARE(ids.size(), expected);
    }

    void searchByTypesAndIds()
    {
        ServiceFixture f(300);
        const QStringList wanted = f.reachableIds(150);
        QCOMPARE(wanted.size(), 150);
        SegmentSearchJob job(f.client.get(), {{}, wanted, {}});
        job.start();
        QVERIFY(waitFor(&job));
        QVERIFY(!job.hasError());
        QCOMPARE(job.segments().size(), wanted.size());
        QCOMPARE(job.totalItems(), qint64(150));
        QCOMPARE(f.received("POST", QStringLiteral("/search")).size(), 2); // ids go 100 a search

        SegmentSearchJob locations(f.client.get(), {{}, {}, {SegmentType::Location}});
        locations.start();
        QVERIFY(waitFor(&locations));
        QVERIFY(!locations.segments().isEmpty());
        for (const AudienceSegment &s : locations.segments())
            QCOMPARE(s.type, SegmentType::Location);
    }

    void searchRetriesA5xxPage()
    {
        ServiceFixture f(150);
        QVERIFY(f.server.setFaults(QStringLiteral("5xx=2:path=*/search")));
        SegmentSearchJob job(f.client.get(), {{}, {}, {}});
        job.setRetryOptions({3, 10, 100, 7});
        job.start();
        QVERIFY(waitFor(&job));
        QVERIFY2(!job.hasError(), qPrintable(job.errorString()));
        QCOMPARE(job.segments().size(),
                 150
                         - f.server.data()
                                   .segmentIdsOf(DemoDataGenerator::unreachableAdvertiserId())
                                   .size());
        const auto searches = f.received("POST", QStringLiteral("/search"));
        QCOMPARE(searches.size(), 3); // page 1, page 2 (503), page 2 again
        QCOMPARE(searches.at(1).status, 503);
        QCOMPARE(searches.at(2).query.queryItemValue(QStringLiteral("offset")),
                 QStringLiteral("100"));
    }

    void searchGivesUpWithinTheBound()
    {
        ServiceFixture f(150);
        QVERIFY(f.server.setFaults(QStringLiteral("5xx=1:path=*/search:count=0")));
        SegmentSearchJob job(f.client.get(), {{}, {}, {}});
        job.setRetryOptions({3, 10, 50, 7});
        job.start();
        QVERIFY(waitFor(&job));
        QVERIFY(job.hasError());
        QVERIFY(job.segments().isEmpty());
        QCOMPARE(f.received("POST", QStringLiteral("/search")).size(), 3);
    }

    void searchCancelStopsPaging()
    {
        ServiceFixture f(400);
        SegmentSearchJob job(f.client.get(), {{}, {}, {}});
        connect(&job, &SegmentSearchJob::pageLoaded, &job, &SegmentSearchJob::cancel);
        job.start();
        QVERIFY(waitFor(&job));
        QVERIFY(job.wasCancelled());
        QCOMPARE(job.segments().size(), 100);
        QCOMPARE(f.received("POST", QStringLiteral("/search")).size(), 1);
    }

    void logsNeverCarrySecrets()
    {
        capturedLog.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("segment.*=true"));
        const auto previous = qInstallMessageHandler(captureMessages);
        QString token;
        {
            ServiceFixture f;
            f.server.expireAccessTokens();
            QVERIFY(waitFor(f.client->get(QStringLiteral("advertisers/me"))));
            f.server.expireAccessTokens();
            QVERIFY(waitFor(f.client->get(QStringLiteral("advertisers/me"))));
            token = QString::fromUtf8(f.server.requests().last().header("Authorization").mid(7));
            QVERIFY(!token.isEmpty());
            QVERIFY(!capturedLog.isEmpty());
            for (const QString &line : std::as_const(capturedLog)) {
                QVERIFY2(!line.contains(token), qPrintable(line));
                QVERIFY2(!line.contains(f.server.clientSecret()), qPrintable(line));
            }
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
