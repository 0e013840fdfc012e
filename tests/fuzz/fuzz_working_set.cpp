// A working-set file (Open, `segmentctl` check/diff/push/…): WorkingSet::fromJson.
#include "FuzzSupport.h"
#include "WorkingSet.h"

SEGMENT_FUZZ_INIT

namespace {

using FuzzSupport::require;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<WorkingSet> set = WorkingSet::fromJson(bytes, &error);
    require(set.has_value() || !error.isEmpty(), "a reason for a rejected file");
    if (!set)
        return 0;
    // What is read is written the same way again, and reads back the same.
    const QByteArray written = set->toJson();
    QString again;
    const std::optional<WorkingSet> reread = WorkingSet::fromJson(written, &again);
    require(reread.has_value(), "a written working set reads back", again);
    require(reread->toJson() == written, "a working set survives a save and an open");
    return 0;
}
