#pragma once

#include "SecretStore.h"

// The client secret in the operating system's keychain (Secret Service on Linux, through
// QtKeychain). The insecure plain-text fallback is off. A job that does not finish within the
// timeout is reported as Unavailable, so a keychain waiting on a prompt nobody answers never hangs
// the application.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    KeychainSecretStore(const QString &service, int timeoutMs, QObject *parent = nullptr);

    void read(const QString &account, Callback callback) override;
    void write(const QString &account, const QString &secret, Callback callback) override;
    void remove(const QString &account, Callback callback) override;
    QString description() const override;

    QString service() const { return m_service; }

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &account, const QString &secret, Callback callback);

    QString m_service;
    int m_timeoutMs;
};
