#include "ApiConfig.h"

#include <QElapsedTimer>

#include <QCoreApplication>
#include <QHostAddress>

bool ApiConfig::isAllowedBaseUrl(const QUrl &url, QString *why)
{
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(QCoreApplication::translate("ApiConfig", "“%1” is not a valid address.")
                            .arg(url.toDisplayString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme != QLatin1String("http"))
        return fail(
                QCoreApplication::translate("ApiConfig", "The address must start with https://."));
    const QString host = url.host();
    const QHostAddress address(host);
    const bool loopback = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
            || (!address.isNull() && address.isLoopback());
    if (!loopback)
        return fail(QCoreApplication::translate("ApiConfig",
                                                "Plain http is only allowed to this computer "
                                                "(localhost). Use https:// for %1.")
                            .arg(host));
    return true;
}

QUrl ApiConfig::urlFor(const QString &relativePath) const
{
    QUrl url = baseUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    QString relative = relativePath;
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    url.setPath(path + relative);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl ApiConfig::versionedUrl(const QString &relativePath) const
{
    QString relative = relativePath;
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    return urlFor(apiVersion + QLatin1Char('/') + relative);
}

qint64 ApiConfig::steadyMs()
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}
