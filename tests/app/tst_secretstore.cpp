#include "KeychainSecretStore.h"
#include "MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace {

// Runs one store call and waits on the event loop (never sleeping) for its answer.
template<typename Call> std::optional<SecretStore::Result> await(Call call)
{
    std::optional<SecretStore::Result> result;
    call([&result](const SecretStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        qWarning("the store did not answer within 20 s");
    return result;
}

} // namespace

// The secret stores: the in-memory one, and the real Secret Service through QtKeychain (CI runs the
// tests with a private, throw-away gnome-keyring; see .ci/with-keyring).
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    void roundTrip(SecretStore &store, const QString &account)
    {
        using Status = SecretStore::Status;
        const QString secret = QStringLiteral("s3cr\u00e9t-%1").arg(QUuid::createUuid().toString());

        auto r = await([&](auto cb) { store.read(account, cb); });
        QVERIFY(r);
        QCOMPARE(r->status, Status::NotFound);
        QVERIFY(r->secret.isEmpty());

        r = await([&](auto cb) { store.write(account, secret, cb); });
        QCOMPARE(r->status, Status::Ok);

        r = await([&](auto cb) { store.read(account, cb); });
        QCOMPARE(r->status, Status::Ok);
        QCOMPARE(r->secret, secret);

        r = await([&](auto cb) { store.write(account, secret + QLatin1Char('2'), cb); });
        QCOMPARE(r->status, Status::Ok);
        r = await([&](auto cb) { store.read(account, cb); });
        QCOMPARE(r->secret, secret + QLatin1Char('2'));

        r = await([&](auto cb) { store.remove(account, cb); });
        QCOMPARE(r->status, Status::Ok);
        r = await([&](auto cb) { store.read(account, cb); });
        QCOMPARE(r->status, Status::NotFound);
    }

private Q_SLOTS:
    void memoryStore()
    {
        MemorySecretStore store;
        roundTrip(store, QStringLiteral("client-a"));
    }

    void memoryStoreAnswersLater()
    {
        MemorySecretStore store;
        bool answered = false;
        store.read(QStringLiteral("x"), [&](const SecretStore::Result &) { answered = true; });
        QVERIFY(!answered);
        QTRY_VERIFY(answered);
    }

    void realSecretService()
    {
        // .ci/with-keyring provides a private Secret Service and says so; outside it, there may be
        // no keychain (or the user's own): the test then does not touch it.
        if (qEnvironmentVariableIsEmpty("SEGMENT_PRIVATE_BUS"))
            QSKIP("Run through .ci/with-keyring to test against a real, throw-away Secret Service");
        KeychainSecretStore store(QStringLiteral("Segment Editor Tests"), 15000);
        roundTrip(store, QStringLiteral("client-%1").arg(QUuid::createUuid().toString()));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
