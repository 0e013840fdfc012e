#pragma once

#include "SecretStore.h"

#include <QHash>

// Keeps secrets in memory for this session only: the fallback when no keychain is available, and
// the store tests use. It answers asynchronously like a real keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &account, Callback callback) override;
    void write(const QString &account, const QString &secret, Callback callback) override;
    void remove(const QString &account, Callback callback) override;
    QString description() const override;

private:
    void answer(Callback callback, Result result);

    QHash<QString, QString> m_secrets;
};
