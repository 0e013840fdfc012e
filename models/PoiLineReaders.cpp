#include "PoiLineReaders.h"

#include <QCoreApplication>
#include <QList>

#include <cmath>
#include <utility>

namespace PoiParsing {

namespace {

LineOutcome fail(const QString &message)
{
    LineOutcome o;
    o.error = message;
    return o;
}

QString missingMessage(bool latitudeMissing, bool longitudeMissing)
{
    if (latitudeMissing && longitudeMissing)
        return QCoreApplication::translate("PoiParser", "Latitude and longitude are missing.");
    return latitudeMissing ? QCoreApplication::translate("PoiParser", "Latitude is missing.")
                           : QCoreApplication::translate("PoiParser", "Longitude is missing.");
}

QString noCoordinatesMessage()
{
    return QCoreApplication::translate("PoiParser", "No latitude and longitude found.");
}

QString oneNumberMessage()
{
    return QCoreApplication::translate(
            "PoiParser", "Only one number found; a latitude and a longitude are needed.");
}

QString splitFailureMessage(const PairSplit &split)
{
    switch (split.outcome) {
    case PairSplit::Outcome::Ambiguous:
        return QCoreApplication::translate("PoiParser",
                                           "Cannot tell where the latitude ends and the longitude "
                                           "begins; separate them with a comma or a semicolon.");
    case PairSplit::Outcome::OneNumber:
        return oneNumberMessage();
    case PairSplit::Outcome::Found:
    case PairSplit::Outcome::NotFound:
        break;
    }
    return noCoordinatesMessage();
}

// Reads and checks a latitude and a longitude given as text.
LineOutcome readPair(const QString &name, const QString &latitudeText, const QString &longitudeText)
{
    if (latitudeText.isEmpty() || longitudeText.isEmpty())
        return fail(missingMessage(latitudeText.isEmpty(), longitudeText.isEmpty()));
    LineOutcome o;
    o.name = name;
    o.latitude = readCoordinate(latitudeText);
    o.longitude = readCoordinate(longitudeText);
    QString latText = latitudeText;
    QString lonText = longitudeText;
    // Hemisphere letters say outright that the two are in the other order.
    if (o.latitude.ok() && o.longitude.ok() && isLongitudeLetter(o.latitude.hemisphere)
        && isLatitudeLetter(o.longitude.hemisphere)) {
        std::swap(o.latitude, o.longitude);
        std::swap(latText, lonText);
    }
    if (!o.latitude.ok())
        return fail(coordinateErrorMessage(o.latitude.error, Axis::Latitude, latText));
    if (!o.longitude.ok())
        return fail(coordinateErrorMessage(o.longitude.error, Axis::Longitude, lonText));
    if (isLongitudeLetter(o.latitude.hemisphere))
        return fail(wrongHemisphereMessage(Axis::Latitude, latText, o.latitude.hemisphere));
    if (isLatitudeLetter(o.longitude.hemisphere))
        return fail(wrongHemisphereMessage(Axis::Longitude, lonText, o.longitude.hemisphere));
    const double lat = o.latitude.value;
    const double lon = o.longitude.value;
    if (std::abs(lat) > 90.0) {
        const bool swapWouldFit = o.latitude.hemisphere == 0 && o.longitude.hemisphere == 0
                && std::abs(lat) <= 180.0 && std::abs(lon) <= 90.0;
        return fail(latitudeRangeMessage(lat, swapWouldFit));
    }
    if (std::abs(lon) > 180.0)
        return fail(longitudeRangeMessage(lon));
    o.ok = true;
    return o;
}

LineOutcome readCombined(const QString &name, const QString &text, bool longitudeFirst)
{
    if (text.isEmpty())
        return fail(missingMessage(true, true));
    const PairSplit split = splitPair(text);
    if (split.outcome != PairSplit::Outcome::Found)
        return fail(splitFailureMessage(split));
    return longitudeFirst ? readPair(name, split.second, split.first)
                          : readPair(name, split.first, split.second);
}

QString fieldAt(const QStringList &fields, int column)
{
    return column >= 0 && column < fields.size() ? fields.at(column) : QString();
}

// The first field outside the coordinates that is not itself a number.
QString positionalName(const QStringList &fields, qsizetype skipFrom, qsizetype skipTo)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i >= skipFrom && i <= skipTo)
            continue;
        if (!fields[i].isEmpty() && !looksLikeCoordinate(fields[i]))
            return fields[i].simplified();
    }
    return {};
}

bool validAsPair(const QString &latitudeText, const QString &longitudeText)
{
    return readPair(QString(), latitudeText, longitudeText).ok;
}

// No header: find the coordinates by what the fields look like.
LineOutcome readColumnsByPosition(const QStringList &fields, const QList<bool> &like, QChar sep)
{
    int likeCount = 0;
    QList<qsizetype> candidates;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        likeCount += like[i] ? 1 : 0;
        if (i + 1 < fields.size() && like[i] && like[i + 1])
            candidates.append(i);
    }
    if (candidates.size() > 1) {
        if (sep == u',') {
            for (qsizetype i = 0; i + 1 < fields.size(); ++i) {
                if (isPlainInteger(fields[i]) && isPlainInteger(fields[i + 1]))
                    return fail(QCoreApplication::translate(
                            "PoiParser",
                            "Decimal commas in comma-separated columns are ambiguous; separate the "
                            "columns with semicolons or tabs, or put the numbers in quotes."));
            }
        }
        QList<qsizetype> valid;
        for (const qsizetype i : candidates) {
            if (validAsPair(fields[i], fields[i + 1]))
                valid.append(i);
        }
        if (valid.size() != 1)
            return fail(QCoreApplication::translate(
                    "PoiParser",
                    "Cannot tell which columns are the latitude and the longitude; add a header "
                    "row such as “name,latitude,longitude”."));
        candidates = valid;
    }
    if (candidates.size() == 1) {
        const qsizetype i = candidates.front();
        return readPair(positionalName(fields, i, i + 1), fields[i], fields[i + 1]);
    }

    // One field holding both ("Paris<TAB>48.8566, 2.3522").
    qsizetype found = -1;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (!like[i] || splitPair(fields[i]).outcome != PairSplit::Outcome::Found)
            continue;
        if (found >= 0)
            return fail(noCoordinatesMessage());
        found = i;
    }
    if (found >= 0)
        return readCombined(positionalName(fields, found, found), fields[found], false);
    return fail(likeCount == 1 ? oneNumberMessage() : noCoordinatesMessage());
}

// "Tour Eiffel 48.8584 2.2945": a name, then the pair, separated by spaces only. Accepted when
// exactly one place to end the name leaves a valid pair; when none does but exactly one leaves a
// pair that reads, that pair's error ("Bad point 95,2 2,1": latitude out of range).
LineOutcome readNameThenPair(const QString &text, const LineOutcome &otherwise)
{
    const bool decimalCommas = usesDecimalCommas(text);
    LineOutcome found;
    LineOutcome invalid;
    int readings = 0;
    int invalidReadings = 0;
    bool oneNumber = false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (!text[i].isSpace() || text[i - 1].isSpace())
            continue;
        const QStringView name = QStringView(text).first(i);
        if (looksLikeCoordinate(name))
            continue;
        const PairSplit split = splitPair(QStringView(text).sliced(i), decimalCommas);
        if (split.outcome == PairSplit::Outcome::OneNumber)
            oneNumber = true;
        if (split.outcome != PairSplit::Outcome::Found)
            continue;
        const LineOutcome o = readPair(name.toString().simplified(), split.first, split.second);
        if (o.ok) {
            found = o;
            ++readings;
        } else {
            invalid = o;
            ++invalidReadings;
        }
    }
    if (readings == 1)
        return found;
    if (readings > 1)
        return fail(QCoreApplication::translate("PoiParser",
                                                "Cannot tell where the name ends and the "
                                                "coordinates begin; separate them with commas, "
                                                "semicolons or tabs."));
    if (invalidReadings == 1)
        return invalid;
    return oneNumber ? fail(oneNumberMessage()) : otherwise;
}

} // namespace

LineOutcome readWithColumns(const QStringList &fields, const Columns &columns)
{
    const QString name = fieldAt(fields, columns.name).simplified();
    if (columns.combined >= 0)
        return readCombined(name, fieldAt(fields, columns.combined),
                            columns.combinedLongitudeFirst);
    return readPair(name, fieldAt(fields, columns.latitude), fieldAt(fields, columns.longitude));
}

LineOutcome readByPosition(const QStringList &fields, QStringView record, QChar sep)
{
    if (fields.size() == 1) {
        LineOutcome o = readCombined(QString(), fields.front(), false);
        if (!o.ok && !looksLikeCoordinate(fields.front()))
            o = readNameThenPair(fields.front(), o);
        o.wholeLine = true;
        return o;
    }
    QList<bool> like(fields.size());
    bool allLike = true;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        like[i] = looksLikeCoordinate(fields[i]);
        allLike = allLike && (like[i] || fields[i].isEmpty());
    }
    LineOutcome o = readColumnsByPosition(fields, like, sep);
    // Only numbers on the line, and the columns did not read: perhaps one pair cut at another
    // character than the separator ("48,85 2,35" split at its commas).
    if (!o.ok && allLike) {
        const PairSplit split = splitPair(record);
        if (split.outcome == PairSplit::Outcome::Found) {
            LineOutcome whole = readPair(QString(), split.first, split.second);
            if (whole.ok) {
                whole.wholeLine = true;
                return whole;
            }
        }
    }
    return o;
}

} // namespace PoiParsing
