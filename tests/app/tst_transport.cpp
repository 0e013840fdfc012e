// The transport rules of the service layer, over real sockets on loopback: plain http only to
// this computer, redirects followed only within the origin (so neither the bearer token nor the
// client secret reaches another server), TLS errors never ignored and worded in plain terms, the
// system's proxy settings honoured by both front ends.
#include "ApiClient.h"
#include "MemorySecretStore.h"
#include "SegmentCtlProcess.h"
#include "ServiceBackend.h"
#include "TlsErrorText.h"
#include "TokenProvider.h"

#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

bool waitFor(ApiReply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &ApiReply::finished);
    return spy.wait(15000);
}

// A plain HTTP/1.1 server on loopback that records every request as it came (head and body) and
// answers each path with a redirect to `redirects[path]`, or with a small JSON object.
class RecordingServer : public QTcpServer
{
public:
    RecordingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket,
                        [this, socket] { readFrom(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }

    QUrl url(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }

    QHash<QString, QUrl> redirects;
    QList<QByteArray> requests; // every request received, head and body

private:
    void readFrom(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = buffer.left(headEnd);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return;
        const QByteArray request = buffer.left(headEnd + 4 + length);
        buffer.remove(0, request.size());
        requests.append(request);
        const QString path = QString::fromLatin1(head.split(' ').value(1)).section(u'?', 0, 0);
        QByteArray answer;
        if (redirects.contains(path)) {
            answer = "HTTP/1.1 307 Temporary Redirect\r\nLocation: " + redirects[path].toEncoded()
                    + "\r\nContent-Length: 0\r\n\r\n";
        } else {
            const QByteArray body = R"({"data":[],"access_token":"tok","expires_in":900})";
            answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        }
        socket->write(answer);
    }

    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// A stand-in for a proxy: records the first line of what each client sends, answers nothing.
class ProxyRecorder : public QTcpServer
{
public:
    ProxyRecorder()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    firstLines.append(socket->readAll().split('\r').value(0));
                    socket->abort();
                });
        });
        listen(QHostAddress::LocalHost);
    }
    QByteArray address() const { return "http://127.0.0.1:" + QByteArray::number(serverPort()); }
    QList<QByteArray> firstLines;
};

ApiConfig configFor(const QUrl &baseUrl)
{
    ApiConfig config;
    config.baseUrl = baseUrl;
    config.timeoutMs = 5000;
    return config;
}

// Asks `tokens` for a token that must not come: the reason it gives, or "(token)" / "(no answer)".
QString refusal(TokenProvider &tokens)
{
    QString answer;
    bool called = false;
    tokens.withToken([&](const QString &token, const QString &why) {
        called = true;
        answer = token.isEmpty() ? why : QStringLiteral("(token)");
    });
    return QTest::qWaitFor([&] { return called; }, 10000) ? answer : QStringLiteral("(no answer)");
}

QSslCertificate testCertificate()
{
    QFile file(QStringLiteral(SEGMENT_TEST_DATA "/tls/test-only-localhost.crt"));
    return file.open(QIODevice::ReadOnly) ? QSslCertificate(file.readAll(), QSsl::Pem)
                                          : QSslCertificate();
}

QSslKey testKey()
{
    QFile file(QStringLiteral(SEGMENT_TEST_DATA "/tls/test-only-localhost.key"));
    return file.open(QIODevice::ReadOnly) ? QSslKey(file.readAll(), QSsl::Rsa, QSsl::Pem)
                                          : QSslKey();
}

// A TLS server with a self-signed certificate (for localhost and 127.0.0.1) that records every
// byte it receives once the connection is encrypted.
class SelfSignedServer : public QSslServer
{
public:
    SelfSignedServer()
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(testCertificate());
        configuration.setPrivateKey(testKey());
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        setSslConfiguration(configuration);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket,
                        [this, socket] { received += socket->readAll(); });
        });
        listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(serverPort())); }
    QByteArray received;
};

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_network.setProxy(QNetworkProxy::NoProxy); }

    void plainHttpTokenRequestToRemoteHostIsNotSent()
    {
        ApiConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://api.criteo.com"));
        TokenProvider tokens(&m_network, config);
        tokens.setClientCredentials(QStringLiteral("id"), QStringLiteral("secret"));
        const QString error = refusal(tokens);
        QVERIFY2(error.contains(QLatin1String("https://")), qPrintable(error));
        QCOMPARE(tokens.tokenRequests(), 0);
    }

    // Who may receive the request after a redirect from server A: only A itself. B is another
    // port on the same machine; "localhost" is another host name for A; https another scheme.
    void redirectsStayWithinTheOrigin_data()
    {
        QTest::addColumn<QString>("target"); // "A", "B", "A as localhost", "A over https"
        QTest::addColumn<bool>("followed");
        QTest::newRow("same origin") << QStringLiteral("A") << true;
        QTest::newRow("other port") << QStringLiteral("B") << false;
        QTest::newRow("other host name") << QStringLiteral("A as localhost") << false;
        QTest::newRow("other scheme") << QStringLiteral("A over https") << false;
    }
    void redirectsStayWithinTheOrigin()
    {
        QFETCH(QString, target);
        QFETCH(bool, followed);
        RecordingServer a;
        RecordingServer b;
        QVERIFY(a.isListening() && b.isListening());
        const QString from = QStringLiteral("/2025-10/marketing-solutions/me");
        QUrl to = target == QLatin1String("B") ? b.url(QStringLiteral("/landing"))
                                               : a.url(QStringLiteral("/landing"));
        if (target == QLatin1String("A as localhost"))
            to.setHost(QStringLiteral("localhost"));
        if (target == QLatin1String("A over https"))
            to.setScheme(QStringLiteral("https"));
        a.redirects.insert(from, to);

        const ApiConfig config = configFor(a.url());
        TokenProvider tokens(&m_network, config);
        tokens.setStaticToken(QStringLiteral("unique-token-6f1c"));
        ApiClient client(&m_network, &tokens, config);
        ApiReply *reply = client.get(QStringLiteral("marketing-solutions/me"));
        QVERIFY(waitFor(reply));

        QCOMPARE(reply->error() == ApiReply::Error::None, followed);
        QVERIFY(b.requests.isEmpty());
        QVERIFY(!a.requests.isEmpty());
        bool landed = false;
        for (const QByteArray &request : std::as_const(a.requests)) {
            QVERIFY(request.contains("Authorization: Bearer unique-token-6f1c"));
            landed = landed || request.startsWith("GET /landing ");
        }
        QCOMPARE(landed, followed);
        if (!followed)
            QVERIFY2(reply->errorString().contains(QLatin1String("redirected")),
                     qPrintable(reply->errorString()));
    }

    // The token request carries the client secret in its body: a redirect to another server
    // must not take it there (a 307 would resend the body).
    void tokenRequestRedirectKeepsTheSecret()
    {
        RecordingServer a;
        RecordingServer b;
        a.redirects.insert(QStringLiteral("/oauth2/token"), b.url(QStringLiteral("/oauth2/token")));
        const ApiConfig config = configFor(a.url());
        TokenProvider tokens(&m_network, config);
        tokens.setClientCredentials(QStringLiteral("client"), QStringLiteral("unique-secret-93ad"));
        const QString error = refusal(tokens);
        QVERIFY2(error.contains(QLatin1String("HTTP 307")), qPrintable(error)); // not followed
        QCOMPARE(a.requests.size(), 1);
        QVERIFY(a.requests.first().contains("unique-secret-93ad")); // the configured server
        QVERIFY(b.requests.isEmpty());
    }

    void tlsErrorsInPlainWords_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("words");
        const QSslCertificate certificate = testCertificate();
        const QString expiry
                = QLocale().toString(certificate.expiryDate().toUTC().date(), QLocale::LongFormat);
        const QString start = QLocale().toString(certificate.effectiveDate().toUTC().date(),
                                                 QLocale::LongFormat);
        QTest::newRow("expired") << int(QSslError::CertificateExpired)
                                 << QStringLiteral("its certificate expired on %1").arg(expiry);
        QTest::newRow("not yet valid")
                << int(QSslError::CertificateNotYetValid)
                << QStringLiteral("its certificate is only valid from %1").arg(start);
        QTest::newRow("self-signed") << int(QSslError::SelfSignedCertificate)
                                     << QStringLiteral("its certificate is self-signed");
        QTest::newRow("unknown authority")
                << int(QSslError::UnableToGetLocalIssuerCertificate)
                << QStringLiteral("issued by an authority this computer does not trust");
        QTest::newRow("other name")
                << int(QSslError::HostNameMismatch)
                << QStringLiteral("its certificate is for another address (localhost, 127.0.0.1)");
        QTest::newRow("revoked") << int(QSslError::CertificateRevoked)
                                 << QStringLiteral("its certificate has been revoked");
        QTest::newRow("forged") << int(QSslError::CertificateSignatureFailed)
                                << QStringLiteral("its signature does not check out");
    }
    void tlsErrorsInPlainWords()
    {
        QFETCH(int, error);
        QFETCH(QString, words);
        const QSslCertificate certificate = testCertificate();
        QVERIFY(!certificate.isNull());
        const QSslError sslError(QSslError::SslError(error), certificate);
        QVERIFY2(TlsErrorText::describe(sslError).contains(words),
                 qPrintable(TlsErrorText::describe(sslError)));
        const QString message
                = TlsErrorText::message(QStringLiteral("api.criteo.com"), {sslError, sslError});
        QVERIFY2(message.contains(QLatin1String("The connection to api.criteo.com is not secure")),
                 qPrintable(message));
        QCOMPARE(message.count(words), 1); // each problem once
    }

    // The whole path: a server whose certificate this computer does not trust gets neither the
    // secret nor a request, and the user is told why in words.
    void untrustedCertificateIsNeverIgnored()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        SelfSignedServer server;
        QVERIFY(server.isListening());
        const ApiConfig config = configFor(server.url());

        TokenProvider tokens(&m_network, config);
        tokens.setClientCredentials(QStringLiteral("client"), QStringLiteral("unique-secret-5b2e"));
        const QString tokenError = refusal(tokens);
        QVERIFY2(tokenError.contains(QLatin1String("self-signed")), qPrintable(tokenError));

        TokenProvider staticToken(&m_network, config);
        staticToken.setStaticToken(QStringLiteral("unique-token-5b2e"));
        ApiClient client(&m_network, &staticToken, config);
        ApiReply *reply = client.get(QStringLiteral("marketing-solutions/me"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error(), ApiReply::Error::Network);
        QVERIFY2(reply->errorString().contains(QLatin1String("self-signed")),
                 qPrintable(reply->errorString()));
        QVERIFY(!reply->mayHaveReachedServer());
        QVERIFY(!server.received.contains("unique-secret-5b2e"));
        QVERIFY(!server.received.contains("unique-token-5b2e"));
        QVERIFY(server.received.isEmpty());
    }

    // segmentctl: a remote API is reached through the proxy the environment names.
    void segmentctlHonoursTheSystemProxy()
    {
        ProxyRecorder proxy;
        QProcessEnvironment env = SegmentCtlProcess::environment(QStringLiteral("client"),
                                                                 QStringLiteral("secret"));
        env.insert(QStringLiteral("https_proxy"), QString::fromLatin1(proxy.address()));
        QProcess process;
        SegmentCtlProcess::start(process,
                                 {QStringLiteral("advertisers"), QStringLiteral("--base-url"),
                                  QStringLiteral("https://api.example.test")},
                                 env);
        QTRY_VERIFY_WITH_TIMEOUT(!proxy.firstLines.isEmpty(), 20000);
        QCOMPARE(proxy.firstLines.first(), QByteArray("CONNECT api.example.test:443 HTTP/1.1"));
        SegmentCtlProcess::wait(process);
    }

    // The window's backend: the same, through Qt's system proxy configuration.
    void windowHonoursTheSystemProxy()
    {
        ProxyRecorder proxy;
        const QByteArray previous = qgetenv("https_proxy");
        qputenv("https_proxy", proxy.address());
        MemorySecretStore secrets;
        ServiceBackend backend(&secrets);
        EditorBackend::ConnectionSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("https://api.example.test"));
        settings.clientId = QStringLiteral("client");
        settings.clientSecret = QStringLiteral("secret");
        backend.testConnection(settings);
        QTRY_VERIFY_WITH_TIMEOUT(!proxy.firstLines.isEmpty(), 20000);
        QCOMPARE(proxy.firstLines.first(), QByteArray("CONNECT api.example.test:443 HTTP/1.1"));
        if (previous.isEmpty())
            qunsetenv("https_proxy");
        else
            qputenv("https_proxy", previous);
    }

private:
    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
