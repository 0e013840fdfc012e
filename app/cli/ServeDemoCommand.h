#pragma once

#include <QStringList>

// `segmentctl serve-demo [--port N] [--segments N] [--seed S] [--fault SPEC]…`: runs the demo
// server on 127.0.0.1, prints its base URL, API version and demo credentials, and serves until
// interrupted (Ctrl+C, or SIGTERM on Unix: InterruptWatcher). Returns the exit code.
int runServeDemo(const QStringList &arguments);
