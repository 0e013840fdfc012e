// segmentctl: Segment Editor's jobs from a terminal or a script (see SegmentCtl for the commands).
#include "SegmentCtl.h"
#include "Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("segmentctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEGMENT_VERSION));
    Translations::install(&app, QString());
    return SegmentCtl::run(QCoreApplication::arguments());
}
