#pragma once

#include <optional>

// Two environment variables the crash and fault tests set on a real segmentctl or segment-editor
// (docs/reliability.md). Unset, as they always are outside those tests, nothing happens.
//
//   SEGMENT_TEST_STOP_AT=STEP[:N]  at the Nth time (default the first) the program reaches STEP,
//       it writes "segment-test: stopped at STEP" to stderr and stops itself (SIGSTOP; Unix
//       only), so that a test can kill -9 it at exactly that point. Steps: before-journal (the
//       send is about to journal a request), after-journal (journaled, not yet handed to the
//       network), after-answer (an answer arrived, not yet journaled or applied to the rows),
//       file-write (the working set's bytes are written to the temporary file, not yet renamed
//       over the file).
//   SEGMENT_TEST_NETWORK=timeout-ms=N,retry-delay-ms=N  a shorter request timeout and retry
//       backoff for segmentctl, so that a test of a hang or of retries takes milliseconds.
namespace TestHooks {

void stopIfAsked(const char *step);

struct NetworkTiming
{
    std::optional<int> timeoutMs;
    std::optional<int> retryDelayMs;
};
NetworkTiming networkTiming();

} // namespace TestHooks
