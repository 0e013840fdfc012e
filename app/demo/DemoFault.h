#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// One fault the demo server injects: what goes wrong, on which requests, and how often.
//
// A rule looks at the requests that match `method` and `path` (a glob where `*` matches anything,
// slashes included, and `?` one character) and hits either the `nth` matching request counted
// from when the rule was set (and the following ones up to `count`), or, when `share` > 0, each
// matching request with that probability, drawn from the fault seed (so a run is repeatable).
// `count` bounds the hits; 0 means no bound. The token endpoint never counts for ExpireToken.
//
// When several failure rules hit the same request the first one in the list wins; the others are
// not used up. Latency adds up and combines with a failure. Malformed, Truncated, BadIndex,
// DropIds and ApplyThenDrop corrupt or withhold the answer of a request that was processed (a
// PATCH is applied: the client cannot know it was); ServerError, Reset, Hang, Html and Quota stop
// the request before it reaches the API.
//
// Spec syntax (segmentctl serve-demo --fault), rules separated by commas:
//   rule   := kind '=' value (':' option)*
//   kind   := latency | 5xx | reset | hang | malformed | truncated | html | expire-token
//             | renew-fail | 429 | bad-index | drop-ids | apply-drop
//   value  := latency: milliseconds, on every matching request unless count says otherwise;
//             others: an integer N >= 1 = the Nth matching request (count defaults to 1), or a
//             share with a decimal point, 0 < x <= 1 = that share of requests (count defaults to 0)
//   option := method=VERB | path=GLOB | count=N | status=CODE (5xx only, 500..599)
// Examples: "latency=200,5xx=0.1", "5xx=1:method=PATCH:count=2" (the next two PATCH requests
// fail with 503), "reset=1:path=*/search", "expire-token=3" (the third API call finds its token
// expired).
struct DemoFault
{
    enum class Kind {
        Latency,     // answer after latencyMs
        ServerError, // `status` (503 by default) with a CommonProblem body
        Reset,       // the connection is reset (TCP RST), nothing answered
        Hang,        // nothing is answered; the connection stays open until the client gives up
        Malformed,   // 200-style answer whose JSON body is broken (full length, valid HTTP)
        Truncated,   // Content-Length promises the whole body, half is sent, then the close
        Html,        // 200 with a text/html error page, as a captive portal or proxy sends
        ExpireToken, // every token issued so far expires; this request gets the 401
        // Like ExpireToken, and from then on (until the faults are set again) every token request
        // is refused with 401 invalid_client, as when the application's secret was revoked.
        RenewalFails,
        Quota,         // 429 with a quota problem and no header at all (no x-ratelimit-*)
        BadIndex,      // the answer's problems point at `@data/<i>` past the request's items
        DropIds,       // the answer's `data` leaves out every second applied item
        ApplyThenDrop, // processed (a PATCH applied), then the connection reset: nothing answered
    };

    Kind kind = Kind::ServerError;
    QByteArray method; // "PATCH"; empty = any method
    QString path;      // glob over the URL path; empty = any path
    int nth = 1;       // first matching request hit, 1-based (when share is 0)
    double share = 0;  // > 0: probability per matching request
    int count = 1;     // number of requests hit; 0 = no bound
    int latencyMs = 0; // Latency
    int status = 503;  // ServerError

    // A rule of `kind` on the next `count` matching requests.
    static DemoFault next(Kind kind, int count = 1);

    // The wire name of a kind ("5xx", "expire-token"…) and back.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

    // Parses a spec (see above). On a syntax error returns nullopt and a translated message.
    static std::optional<QList<DemoFault>> parseSpec(const QString &spec, QString *error = nullptr);
    // This rule in spec syntax; parseSpec(toSpec()) gives the rule back (a Latency rule's nth is
    // not part of the syntax: it is always 1 there).
    QString toSpec() const;

    // Whether `path` matches the `path` glob (an empty glob matches every path).
    bool matches(const QByteArray &requestMethod, const QString &requestPath) const;

    friend bool operator==(const DemoFault &a, const DemoFault &b);
    friend bool operator!=(const DemoFault &a, const DemoFault &b) { return !(a == b); }
};
