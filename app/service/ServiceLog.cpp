#include "ServiceLog.h"

Q_LOGGING_CATEGORY(lcApi, "segment.api")
Q_LOGGING_CATEGORY(lcAuth, "segment.auth")
Q_LOGGING_CATEGORY(lcBulk, "segment.bulk")
