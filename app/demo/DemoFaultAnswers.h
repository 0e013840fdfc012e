#pragma once

#include "DemoResponse.h"

#include <QString>

// The answers of the fault kinds that replace or rewrite what the API would have said
// (DemoFault): a 429 with no header, a refused token renewal, problems pointing past the items
// of the request, and an answer whose `data` leaves items out.
namespace DemoFaultAnswers {

// 429 with a quota problem and neither x-ratelimit-* nor Retry-After.
DemoResponse quotaWithoutHeaders(const QString &traceId);
// What the token endpoint answers once a RenewalFails rule hit: 401 invalid_client.
DemoResponse renewalRefused();
// Every problem's `instance: "@data/<i>"` becomes `@data/<i + items>` (past the request's last
// item), and when the answer has no problem, one warning at `@data/<items + 7>` is added.
void pointProblemsPastItems(DemoResponse *response, int items);
// Leaves out data[1], data[3]… of the answer (the items were processed all the same).
void dropEverySecondItem(DemoResponse *response);

} // namespace DemoFaultAnswers
