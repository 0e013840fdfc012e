#pragma once

#include <QString>

// How the demo server behaves where the real API leaves a choice or where a test wants another
// value. The credentials are fixed, well-known demo values (no real account has them).
struct DemoServerOptions
{
    QString apiVersion = QStringLiteral("2025-10");
    QString clientId = QStringLiteral("segment-editor-demo");
    QString clientSecret = QStringLiteral("demo-secret-0000");
    int tokenLifetimeSeconds = 900;
    int callsPerMinute = 250;    // per application, over a fixed clock minute; 0 = no limit
    bool sendRetryAfter = false; // the real API documents only x-ratelimit-*; Retry-After is extra
    // A path under another version ("2024-04", "2026-01", "preview") answers 410 Gone with a
    // deprecation problem; when false it is simply 404 Not Found.
    bool otherVersionsGone = true;
};
