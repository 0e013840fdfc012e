#include "SegmentOutcome.h"

#include <array>
#include <utility>

namespace {
const std::array<std::pair<SegmentOutcome::Status, const char *>, 5> statusKeys{{
        {SegmentOutcome::Status::Updated, "updated"},
        {SegmentOutcome::Status::Warned, "warned"},
        {SegmentOutcome::Status::Failed, "failed"},
        {SegmentOutcome::Status::NotSent, "not-sent"},
        {SegmentOutcome::Status::Unknown, "unknown"},
}};
} // namespace

QString SegmentOutcome::statusKey(Status status)
{
    for (const auto &[value, key] : statusKeys)
        if (value == status)
            return QString::fromLatin1(key);
    return {};
}

std::optional<SegmentOutcome::Status> SegmentOutcome::statusFromKey(const QString &key)
{
    for (const auto &[value, name] : statusKeys)
        if (key == QLatin1String(name))
            return value;
    return std::nullopt;
}
