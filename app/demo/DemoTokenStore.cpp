#include "DemoTokenStore.h"

#include <QByteArray>
#include <QRandomGenerator>

QString DemoTokenStore::issue(const QDateTime &now, int lifetimeSeconds)
{
    // Drop what has expired so a long demo run does not grow without bound.
    for (auto it = m_expiry.begin(); it != m_expiry.end();) {
        if (it.value() <= now)
            it = m_expiry.erase(it);
        else
            ++it;
    }
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray raw(reinterpret_cast<const char *>(words), sizeof(words));
    const QString token = QString::fromLatin1(
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_expiry.insert(token, now.addSecs(lifetimeSeconds));
    return token;
}

bool DemoTokenStore::isValid(const QString &token, const QDateTime &now) const
{
    const auto it = m_expiry.constFind(token);
    return it != m_expiry.cend() && now < it.value();
}
