#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <functional>

// Where the API is and how long to wait for it. Criteo retires a version about every quarter, so
// the version is configuration, not code.
struct ApiConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.criteo.com"));
    QString apiVersion = QStringLiteral("2025-10");
    int timeoutMs = 30000; // per request, without progress
    // The clock token expiry is computed with; tests inject their own.
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    // Milliseconds on a clock that never jumps (the rate limit paces on it, so that a change of
    // the system time neither stalls nor floods the API); tests inject their own.
    std::function<qint64()> monotonicMs = &ApiConfig::steadyMs;
    static qint64 steadyMs();

    // Plain http is accepted only for loopback hosts (the embedded demo server); anything else must
    // be https. Returns false with a translated reason otherwise.
    static bool isAllowedBaseUrl(const QUrl &url, QString *why = nullptr);

    // baseUrl joined with a relative path ("oauth2/token"); versionedUrl prefixes the API version
    // ("marketing-solutions/me" -> "/2025-10/marketing-solutions/me").
    QUrl urlFor(const QString &relativePath) const;
    QUrl versionedUrl(const QString &relativePath) const;
};
