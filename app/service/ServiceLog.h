#pragma once

#include <QLoggingCategory>

// Logging categories of the service layer. Nothing logged here ever carries a token or a secret:
// requests are logged by method, path and status only.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcBulk)
