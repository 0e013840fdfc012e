#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

// The access tokens the demo server has issued and when each expires. Tokens are random (from the
// system generator): nothing about them is predictable from the data seed.
class DemoTokenStore
{
public:
    QString issue(const QDateTime &now, int lifetimeSeconds);
    bool isValid(const QString &token, const QDateTime &now) const;
    // Every token issued so far stops working, as if it had expired.
    void expireAll() { m_expiry.clear(); }
    int size() const { return int(m_expiry.size()); }

private:
    QHash<QString, QDateTime> m_expiry;
};
