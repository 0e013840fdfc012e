#include "MemorySecretStore.h"

#include <QMetaObject>

void MemorySecretStore::read(const QString &account, Callback callback)
{
    const auto it = m_secrets.constFind(account);
    if (it == m_secrets.constEnd())
        answer(std::move(callback),
               {Status::NotFound, {}, tr("No secret is stored for %1.").arg(account)});
    else
        answer(std::move(callback), {Status::Ok, *it, {}});
}

void MemorySecretStore::write(const QString &account, const QString &secret, Callback callback)
{
    m_secrets.insert(account, secret);
    answer(std::move(callback), {Status::Ok, {}, {}});
}

void MemorySecretStore::remove(const QString &account, Callback callback)
{
    m_secrets.remove(account);
    answer(std::move(callback), {Status::Ok, {}, {}});
}

QString MemorySecretStore::description() const
{
    return tr("memory only (forgotten when the application closes)");
}

void MemorySecretStore::answer(Callback callback, Result result)
{
    if (!callback)
        return;
    QMetaObject::invokeMethod(
            this,
            [callback = std::move(callback), result = std::move(result)] { callback(result); },
            Qt::QueuedConnection);
}
