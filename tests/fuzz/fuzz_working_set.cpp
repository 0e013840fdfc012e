// A working-set file (Open, `segmentctl` check/diff/push/…): WorkingSet::fromJson, and the scan of
// `segmentctl push` (WorkingSetFile), which must agree with it on every input.
#include "FuzzSupport.h"
#include "WorkingSet.h"
#include "WorkingSetFile.h"

#include <QRegularExpression>

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
    // The scan takes what the full reader takes, refuses with its words, and writes a file that
    // reads as the same working set.
    QString fileError;
    const std::optional<WorkingSetFile> file = WorkingSetFile::fromJson(bytes, &fileError);
    if (!set) {
        if (!file) {
            require(fileError == error, "the scan refuses with the full reader's words");
            return 0;
        }
        // Taken by the scan and refused by the full reader: only for what the full reader finds
        // inside an entry the scan keeps as bytes (a push copies it back unchanged).
        const QRegularExpressionMatch where
                = QRegularExpression(QStringLiteral("^segments/(\\d+)/")).match(error);
        require(where.hasMatch() && file->isUntouched(where.captured(1).toInt()),
                "the scan takes only what is wrong inside an untouched entry", error);
        return 0;
    }
    require(file.has_value(), "the scan takes what the full reader takes", fileError);
    const QByteArray composed = file->toJson(file->workingSet().segments);
    QString composedError;
    const std::optional<WorkingSet> fromScan = WorkingSet::fromJson(composed, &composedError);
    require(fromScan.has_value(), "what the scan writes reads back", composedError);
    require(fromScan->toJson() == set->toJson(), "what the scan writes is the same working set");
    // What is read is written the same way again, and reads back the same.
    const QByteArray written = set->toJson();
    QString again;
    const std::optional<WorkingSet> reread = WorkingSet::fromJson(written, &again);
    require(reread.has_value(), "a written working set reads back", again);
    require(reread->toJson() == written, "a working set survives a save and an open");
    return 0;
}
