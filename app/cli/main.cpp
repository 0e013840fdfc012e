// segmentctl: Segment Editor's jobs from a terminal or a script (see SegmentCtl for the commands).
#include "SegmentCtl.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("segmentctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEGMENT_VERSION));
    Translations::install(&app, QString());
    // The commands say themselves what happens; the service's request log is for debugging
    // (QT_LOGGING_RULES="segment.*=true" turns it back on). Warnings stay.
    QLoggingCategory::setFilterRules(QStringLiteral("segment.*.debug=false\nsegment.*.info=false"));
    return SegmentCtl::run(QCoreApplication::arguments());
}
