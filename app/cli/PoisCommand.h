#pragma once

#include <QCoreApplication>
#include <QStringList>

// `segmentctl pois [FILE|-] [--json]`: reads points of interest from pasted or exported text
// (PoiParser) and prints them normalised: CSV `name,latitude,longitude` (or a JSON array of
// pointsOfInterest, ready for a Location segment) on stdout, one `line N: message` per rejected or
// suspicious line on stderr. Exit 1 if any line was rejected or the input cannot be read.
class PoisCommand
{
    Q_DECLARE_TR_FUNCTIONS(PoisCommand)

public:
    static int run(const QStringList &arguments);
};
