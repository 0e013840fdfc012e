#include "KeychainSecretStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcKeychain, "segment.keychain")

namespace {

constexpr int defaultTimeoutMs = 10000;

SecretStore::Result resultOf(QKeychain::Job *job, const QString &secret)
{
    using Status = SecretStore::Status;
    switch (job->error()) {
    case QKeychain::NoError:
        return {Status::Ok, secret, {}};
    case QKeychain::EntryNotFound:
        return {Status::NotFound,
                {},
                KeychainSecretStore::tr("No secret is stored in the keychain yet.")};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {Status::AccessDenied,
                {},
                KeychainSecretStore::tr(
                        "The keychain refused access (%1). Unlock it and try again.")
                        .arg(job->errorString())};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {Status::Unavailable,
                {},
                KeychainSecretStore::tr(
                        "No keychain is available on this computer. The secret is kept "
                        "for this session only.")};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return {Status::Failed,
            {},
            KeychainSecretStore::tr("The keychain reported an error: %1").arg(job->errorString())};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QStringLiteral("Segment Editor"), defaultTimeoutMs, parent)
{ }

KeychainSecretStore::KeychainSecretStore(const QString &service, int timeoutMs, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
    , m_timeoutMs(timeoutMs)
{ }

void KeychainSecretStore::read(const QString &account, Callback callback)
{
    run(Operation::Read, account, {}, std::move(callback));
}

void KeychainSecretStore::write(const QString &account, const QString &secret, Callback callback)
{
    run(Operation::Write, account, secret, std::move(callback));
}

void KeychainSecretStore::remove(const QString &account, Callback callback)
{
    run(Operation::Remove, account, {}, std::move(callback));
}

QString KeychainSecretStore::description() const
{
    return tr("the system keychain");
}

void KeychainSecretStore::run(Operation operation, const QString &account, const QString &secret,
                              Callback callback)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setKey(account);
    job->setInsecureFallback(false);
    job->setAutoDelete(false);

    // Whichever comes first, the job's answer or the timeout, answers the caller; the other is
    // ignored.
    auto answered = std::make_shared<bool>(false);
    auto shared = std::make_shared<Callback>(std::move(callback));
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, answered, shared, job] {
        if (std::exchange(*answered, true))
            return;
        qCWarning(lcKeychain) << "keychain job timed out after" << m_timeoutMs << "ms";
        if (*shared)
            (*shared)({Status::Unavailable,
                       {},
                       tr("The keychain did not answer within %n second(s). The secret is kept for "
                          "this session only.",
                          nullptr, m_timeoutMs / 1000)});
        // The job may still finish later; its finished handler deletes it then.
    });
    connect(job, &QKeychain::Job::finished, this, [operation, answered, shared](QKeychain::Job *j) {
        j->deleteLater();
        if (std::exchange(*answered, true))
            return;
        QString text;
        if (operation == Operation::Read && j->error() == QKeychain::NoError)
            text = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        const Result result = resultOf(j, text);
        if (result.status != Status::Ok && result.status != Status::NotFound)
            qCWarning(lcKeychain) << "keychain job failed:" << j->error() << j->errorString();
        if (*shared)
            (*shared)(result);
    });
    timer->start(m_timeoutMs);
    job->start();
}
