// The answer to `POST /oauth2/token` as TokenProvider reads it: the token and its lifetime from a
// 200, the plain-words reason from anything else.
#include "FuzzSupport.h"
#include "TokenProvider.h"

SEGMENT_FUZZ_INIT

namespace {

using FuzzSupport::require;

const QDateTime &now()
{
    static const QDateTime instant(QDate(2026, 3, 2), QTime(9, 0, 0), Qt::UTC);
    return instant;
}

TokenProvider &provider()
{
    static TokenProvider tokens(nullptr, [] {
        ApiConfig config;
        config.clock = [] { return now(); };
        return config;
    }());
    return tokens;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const TokenProvider::Answer answer = TokenProvider::readAnswer(200, bytes);
    if (!answer.token.isEmpty()) {
        require(answer.lifetimeSeconds > 0, "a positive lifetime");
        require(answer.renewAfterSeconds > 0 && answer.renewAfterSeconds <= answer.lifetimeSeconds,
                "renewal before expiry");
        // TokenProvider dates the renewal on its clock: it must be a valid time after now.
        const QDateTime renewal = now().addSecs(answer.renewAfterSeconds);
        require(renewal.isValid() && renewal > now(), "the renewal time is in the future");
    }
    for (const int status : {400, 401, 403, 429, 500, 200, 302})
        require(TokenProvider::readAnswer(status, bytes).token.isEmpty() || status == 200,
                "only a 200 gives a token");
    for (const int status : {0, 200, 400, 401, 429, 503})
        require(!provider().errorFor(status, false, QString(), bytes).isEmpty(),
                "every failure is worded");
    return 0;
}
