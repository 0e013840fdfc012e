// Text pasted into the Location form or given to `segmentctl pois` (PoiParser, PoiLineReaders,
// PoiCoordinate).
#include "FuzzSupport.h"
#include "PoiParser.h"

#include <cmath>

SEGMENT_FUZZ_INIT

namespace {

using FuzzSupport::require;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const PoiParseResult result = PoiParser::parse(text);

    int previousLine = 0;
    for (const PoiLineMessage &message : result.messages) {
        require(message.line >= previousLine, "messages sorted by line");
        require(!message.message.isEmpty(), "a message says something");
        previousLine = message.line;
    }
    for (const ParsedPoi &poi : result.points) {
        require(poi.line >= 1, "points name their line");
        require(poi.point.latitude && poi.point.longitude, "points have both coordinates");
        require(std::isfinite(*poi.point.latitude) && std::abs(*poi.point.latitude) <= 90.0,
                "latitude in range");
        require(std::isfinite(*poi.point.longitude) && std::abs(*poi.point.longitude) <= 180.0,
                "longitude in range");
    }
    // The CSV the parser writes is read back unchanged.
    const QList<PointOfInterest> points = result.pointsOfInterest();
    const QString csv = PoiParser::toCsv(points);
    const PoiParseResult again = PoiParser::parse(csv);
    require(again.pointsOfInterest() == points, "toCsv reads back unchanged", csv.left(400));

    // Every line as one coordinate of each axis.
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size() && i < 8; ++i) {
        QString error;
        for (const auto axis : {PoiParser::Axis::Latitude, PoiParser::Axis::Longitude}) {
            const std::optional<double> value
                    = PoiParser::parseCoordinate(lines.at(i), axis, &error);
            const double bound = axis == PoiParser::Axis::Latitude ? 90.0 : 180.0;
            require(!value || (std::isfinite(*value) && std::abs(*value) <= bound),
                    "a coordinate in range", lines.at(i));
            require(value || !error.isEmpty(), "a reason for a rejected coordinate");
        }
    }
    return 0;
}
