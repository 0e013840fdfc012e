#pragma once

#include "AudienceSegment.h"

#include <QTimeZone>

// Many plain segments for the large-set tests and the benchmark: ids "100000" upwards, three
// advertisers ("501", "502", "503" in turn), retargeting and location in turn, unique names
// ("Segment <i>") per advertiser.
namespace GeneratedSegments {

inline AudienceSegment make(int i)
{
    AudienceSegment s;
    s.id = QString::number(100000 + i);
    s.advertiserId = QString::number(501 + i % 3);
    s.name = QStringLiteral("Segment %1").arg(i);
    s.description = QStringLiteral("Generated segment number %1").arg(i);
    s.createdAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
    s.updatedAt = s.createdAt->addSecs(60LL * i);
    if (i % 2 == 0) {
        s.type = SegmentType::Retargeting;
        RetargetingSettings r;
        r.visitorsType = VisitorsType::All;
        r.daysSinceLastVisitMin = 1;
        r.daysSinceLastVisitMax = 30;
        s.retargeting = r;
    } else {
        s.type = SegmentType::Location;
        LocationSettings l;
        l.pointsOfInterest = {PointOfInterest{QStringLiteral("Store %1").arg(i), 48.85, 2.35}};
        l.radiusInKm = 5;
        l.registryType = RegistryType::PointOfInterest;
        s.location = l;
    }
    return s;
}

inline QList<AudienceSegment> many(int count)
{
    QList<AudienceSegment> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i)
        list.append(make(i));
    return list;
}

} // namespace GeneratedSegments
