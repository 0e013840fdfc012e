#include "Problem.h"

QString Problem::headline() const
{
    if (!title.trimmed().isEmpty())
        return title.trimmed();
    if (!detail.trimmed().isEmpty())
        return detail.trimmed();
    return code;
}

bool operator==(const Problem &a, const Problem &b)
{
    return a.severity == b.severity && a.origin == b.origin && a.type == b.type && a.code == b.code
            && a.title == b.title && a.detail == b.detail && a.instance == b.instance
            && a.source == b.source && a.stackTrace == b.stackTrace && a.traceId == b.traceId
            && a.segmentId == b.segmentId && a.field == b.field;
}
