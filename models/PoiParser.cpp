#include "PoiParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace {

// ---------------------------------------------------------------------------------------------
// One coordinate, read without knowing its axis: what the text says, or why it says nothing.

enum class CoordinateError {
    None,
    Empty,
    NotANumber,
    MinutesTooLarge,
    SecondsTooLarge,
    FractionNotLast,
    SignAndHemisphere,
    AmbiguousO
};

struct CoordinateText
{
    CoordinateError error = CoordinateError::None;
    double value = 0.0;
    char hemisphere = 0; // 'N', 'S', 'E', 'W' or 0
    bool decimalComma = false;
    bool dms = false; // more than one of degrees, minutes, seconds
    int decimals = 0; // significant decimals of a plain decimal value (0 for DMS)

    bool ok() const { return error == CoordinateError::None; }
};

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isDegreeMark(QChar c)
{
    // °, º (ordinal often typed for it), ˚ (ring above)
    return c == u'\u00B0' || c == u'\u00BA' || c == u'\u02DA';
}

bool isMinuteMark(QChar c)
{
    // ' ′ ’ ‘ ´ ` : spreadsheets and word processors turn the apostrophe into any of these
    return c == u'\'' || c == u'\u2032' || c == u'\u2019' || c == u'\u2018' || c == u'\u00B4'
            || c == u'`';
}

bool isSecondMark(QChar c)
{
    return c == u'"' || c == u'\u2033' || c == u'\u201D' || c == u'\u201C';
}

bool isSign(QChar c)
{
    return c == u'-' || c == u'+' || c == u'\u2212';
}

// 'N', 'S', 'E', 'W', 'O' (ambiguous: Ost or Ouest) or 0.
char hemisphereLetter(QChar c)
{
    switch (c.toUpper().unicode()) {
    case u'N':
        return 'N';
    case u'S':
        return 'S';
    case u'E':
        return 'E';
    case u'W':
        return 'W';
    case u'O':
        return 'O';
    default:
        return 0;
    }
}

bool isLatitudeLetter(char h)
{
    return h == 'N' || h == 'S';
}

bool isLongitudeLetter(char h)
{
    return h == 'E' || h == 'W';
}

CoordinateText readCoordinate(QStringView text)
{
    CoordinateText c;
    auto fail = [&c](CoordinateError e) {
        c.error = e;
        return c;
    };
    QStringView s = text.trimmed();
    if (s.isEmpty())
        return fail(CoordinateError::Empty);

    if (s.front().isLetter()) {
        const char h = hemisphereLetter(s.front());
        if (h == 0)
            return fail(CoordinateError::NotANumber);
        if (h == 'O')
            return fail(CoordinateError::AmbiguousO);
        c.hemisphere = h;
        s = s.sliced(1).trimmed();
    }
    if (!s.isEmpty() && s.back().isLetter()) {
        const char h = hemisphereLetter(s.back());
        if (h == 0 || c.hemisphere != 0)
            return fail(CoordinateError::NotANumber);
        if (h == 'O')
            return fail(CoordinateError::AmbiguousO);
        c.hemisphere = h;
        s.chop(1);
        s = s.trimmed();
    }
    bool negative = false;
    if (!s.isEmpty() && isSign(s.front())) {
        negative = s.front() != u'+';
        if (negative && c.hemisphere != 0)
            return fail(CoordinateError::SignAndHemisphere);
        s = s.sliced(1).trimmed();
    }
    if (s.isEmpty())
        return fail(CoordinateError::NotANumber);

    std::array<double, 3> parts{0.0, 0.0, 0.0};
    std::array<bool, 3> fractional{false, false, false};
    int count = 0;
    int lastUnit = -1;
    int significantDecimals = 0;
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        char buffer[48];
        int length = 0;
        int digits = 0;
        int fractionDigits = 0;
        int trailingZeros = 0;
        while (i < n && isAsciiDigit(s[i])) {
            if (length >= 40)
                return fail(CoordinateError::NotANumber);
            buffer[length++] = char(s[i].unicode());
            ++digits;
            ++i;
        }
        bool hasFraction = false;
        if (i + 1 < n && (s[i] == u'.' || s[i] == u',') && isAsciiDigit(s[i + 1])) {
            if (s[i] == u',')
                c.decimalComma = true;
            if (digits == 0)
                buffer[length++] = '0';
            buffer[length++] = '.';
            hasFraction = true;
            ++i;
            while (i < n && isAsciiDigit(s[i])) {
                if (length >= 40)
                    return fail(CoordinateError::NotANumber);
                trailingZeros = s[i] == u'0' ? trailingZeros + 1 : 0;
                buffer[length++] = char(s[i].unicode());
                ++fractionDigits;
                ++i;
            }
        }
        if (digits + fractionDigits == 0)
            return fail(CoordinateError::NotANumber);
        double value = 0.0;
        const auto converted = std::from_chars(buffer, buffer + length, value);
        if (converted.ec != std::errc() || converted.ptr != buffer + length)
            return fail(CoordinateError::NotANumber);

        while (i < n && s[i].isSpace())
            ++i;
        int unit = lastUnit + 1;
        if (i < n) {
            if (isDegreeMark(s[i])) {
                unit = 0;
                ++i;
            } else if (isMinuteMark(s[i])) {
                if (i + 1 < n && isMinuteMark(s[i + 1])) { // '' for seconds
                    unit = 2;
                    i += 2;
                } else {
                    unit = 1;
                    ++i;
                }
            } else if (isSecondMark(s[i])) {
                unit = 2;
                ++i;
            }
        }
        if (unit != lastUnit + 1 || unit > 2)
            return fail(CoordinateError::NotANumber);
        parts[size_t(unit)] = value;
        fractional[size_t(unit)] = hasFraction;
        significantDecimals = fractionDigits - trailingZeros;
        lastUnit = unit;
        ++count;
        while (i < n && s[i].isSpace())
            ++i;
        if (i < n && !isAsciiDigit(s[i]))
            return fail(CoordinateError::NotANumber);
    }
    for (int k = 0; k + 1 < count; ++k) {
        if (fractional[size_t(k)])
            return fail(CoordinateError::FractionNotLast);
    }
    if (parts[1] >= 60.0)
        return fail(CoordinateError::MinutesTooLarge);
    if (parts[2] >= 60.0)
        return fail(CoordinateError::SecondsTooLarge);

    c.dms = count > 1;
    c.decimals = c.dms ? 0 : significantDecimals;
    c.value = parts[0] + parts[1] / 60.0 + parts[2] / 3600.0;
    if (negative || c.hemisphere == 'S' || c.hemisphere == 'W')
        c.value = -c.value;
    return c;
}

// Cheap test used to find the coordinate columns of a line: digits and the characters a
// coordinate is written with, letters only as a hemisphere at either end.
bool looksLikeCoordinate(QStringView text)
{
    const QStringView s = text.trimmed();
    bool digit = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar ch = s[i];
        if (isAsciiDigit(ch)) {
            digit = true;
        } else if (ch.isLetter()) {
            if ((i != 0 && i != s.size() - 1) || hemisphereLetter(ch) == 0)
                return false;
        } else if (!(ch.isSpace() || ch == u'.' || ch == u',' || isSign(ch) || isDegreeMark(ch)
                     || isMinuteMark(ch) || isSecondMark(ch))) {
            return false;
        }
    }
    return digit;
}

bool isPlainInteger(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return false;
    return std::all_of(s.begin(), s.end(), isAsciiDigit);
}

double roundTo5(double v)
{
    const double r = std::round(v * 1e5) / 1e5;
    return r == 0.0 ? 0.0 : r; // no "-0.00000"
}

QString fixed5(double v)
{
    return QString::number(roundTo5(v), 'f', 5);
}

// A value as people write it: up to 6 decimals, no trailing zeros.
QString shortNumber(double v)
{
    QString s = QString::number(v, 'f', 6);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

using Axis = PoiParser::Axis;

QString coordinateErrorMessage(CoordinateError error, Axis axis, const QString &text)
{
    const bool lat = axis == Axis::Latitude;
    switch (error) {
    case CoordinateError::None:
        break;
    case CoordinateError::Empty:
        return lat ? QCoreApplication::translate("PoiParser", "Latitude is missing.")
                   : QCoreApplication::translate("PoiParser", "Longitude is missing.");
    case CoordinateError::NotANumber:
        return (lat ? QCoreApplication::translate(
                        "PoiParser",
                        "Latitude “%1” is not a number or a degrees-minutes-seconds value.")
                    : QCoreApplication::translate(
                            "PoiParser",
                            "Longitude “%1” is not a number or a degrees-minutes-seconds value."))
                .arg(text);
    case CoordinateError::MinutesTooLarge:
        return (lat ? QCoreApplication::translate("PoiParser",
                                                  "Latitude “%1”: minutes must be below 60.")
                    : QCoreApplication::translate("PoiParser",
                                                  "Longitude “%1”: minutes must be below 60."))
                .arg(text);
    case CoordinateError::SecondsTooLarge:
        return (lat ? QCoreApplication::translate("PoiParser",
                                                  "Latitude “%1”: seconds must be below 60.")
                    : QCoreApplication::translate("PoiParser",
                                                  "Longitude “%1”: seconds must be below 60."))
                .arg(text);
    case CoordinateError::FractionNotLast:
        return (lat ? QCoreApplication::translate("PoiParser",
                                                  "Latitude “%1”: only the last of degrees, "
                                                  "minutes and seconds may have decimals.")
                    : QCoreApplication::translate("PoiParser",
                                                  "Longitude “%1”: only the last of degrees, "
                                                  "minutes and seconds may have decimals."))
                .arg(text);
    case CoordinateError::SignAndHemisphere:
        return (lat ? QCoreApplication::translate("PoiParser",
                                                  "Latitude “%1” has both a minus sign and a "
                                                  "hemisphere letter; use only one of them.")
                    : QCoreApplication::translate("PoiParser",
                                                  "Longitude “%1” has both a minus sign and a "
                                                  "hemisphere letter; use only one of them."))
                .arg(text);
    case CoordinateError::AmbiguousO:
        return (lat ? QCoreApplication::translate("PoiParser",
                                                  "Latitude “%1”: the letter O is ambiguous (Ost "
                                                  "is east, Ouest is west); use N or S.")
                    : QCoreApplication::translate("PoiParser",
                                                  "Longitude “%1”: the letter O is ambiguous (Ost "
                                                  "is east, Ouest is west); use E or W."))
                .arg(text);
    }
    return {};
}

QString wrongHemisphereMessage(Axis axis, const QString &text, char letter)
{
    const QString l = QString(QLatin1Char(letter));
    return axis == Axis::Latitude
            ? QCoreApplication::translate(
                      "PoiParser",
                      "Latitude “%1” has the hemisphere letter %2, which is for longitudes.")
                      .arg(text, l)
            : QCoreApplication::translate(
                      "PoiParser",
                      "Longitude “%1” has the hemisphere letter %2, which is for latitudes.")
                      .arg(text, l);
}

QString latitudeRangeMessage(double value, bool suggestSwap)
{
    return suggestSwap
            ? QCoreApplication::translate("PoiParser",
                                          "Latitude %1 is out of range (-90 to 90). Did "
                                          "you swap latitude and longitude?")
                      .arg(shortNumber(value))
            : QCoreApplication::translate("PoiParser", "Latitude %1 is out of range (-90 to 90).")
                      .arg(shortNumber(value));
}

QString longitudeRangeMessage(double value)
{
    return QCoreApplication::translate("PoiParser", "Longitude %1 is out of range (-180 to 180).")
            .arg(shortNumber(value));
}

// Axis-specific checks of a coordinate that was read: hemisphere letter, range. Empty = fine.
QString axisError(const CoordinateText &c, Axis axis, const QString &text)
{
    if (!c.ok())
        return coordinateErrorMessage(c.error, axis, text);
    if (axis == Axis::Latitude) {
        if (isLongitudeLetter(c.hemisphere))
            return wrongHemisphereMessage(axis, text, c.hemisphere);
        if (std::abs(c.value) > 90.0)
            return latitudeRangeMessage(c.value, false);
    } else {
        if (isLatitudeLetter(c.hemisphere))
            return wrongHemisphereMessage(axis, text, c.hemisphere);
        if (std::abs(c.value) > 180.0)
            return longitudeRangeMessage(c.value);
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Both coordinates in one piece of text ("48.8566, 2.3522", "48°51'24"N 2°21'08"E").

struct PairSplit
{
    enum class Outcome { Found, OneNumber, Ambiguous, NotFound };
    Outcome outcome = Outcome::NotFound;
    QString first;
    QString second;
};

// Tries every place the text could be cut (at a semicolon, a comma, a run of spaces) and keeps
// the cuts where both halves read as coordinates; among several, those valid as latitude then
// longitude. Exactly one cut left = found; more = ambiguous.
PairSplit splitPair(QStringView text)
{
    PairSplit result;
    const QStringView s = text.trimmed();
    struct Cut
    {
        qsizetype at;
        qsizetype length;
    };
    QList<Cut> readable;
    QList<Cut> valid;
    auto tryCut = [&](qsizetype at, qsizetype length) {
        const QStringView a = s.first(at);
        const QStringView b = s.sliced(at + length);
        const CoordinateText ca = readCoordinate(a);
        if (!ca.ok())
            return;
        const CoordinateText cb = readCoordinate(b);
        if (!cb.ok())
            return;
        readable.append({at, length});
        CoordinateText lat = ca;
        CoordinateText lon = cb;
        if (isLongitudeLetter(lat.hemisphere) && isLatitudeLetter(lon.hemisphere))
            std::swap(lat, lon);
        if (!isLongitudeLetter(lat.hemisphere) && !isLatitudeLetter(lon.hemisphere)
            && std::abs(lat.value) <= 90.0 && std::abs(lon.value) <= 180.0)
            valid.append({at, length});
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar ch = s[i];
        if (ch == u';' || ch == u',') {
            tryCut(i, 1);
        } else if (ch.isSpace()) {
            qsizetype j = i;
            while (j < s.size() && s[j].isSpace())
                ++j;
            // A space right after a separator belongs to that cut, not a cut of its own.
            if (i > 0 && s[i - 1] != u';' && s[i - 1] != u',' && j < s.size() && s[j] != u';'
                && s[j] != u',')
                tryCut(i, j - i);
            i = j - 1;
        }
    }
    const QList<Cut> &chosen = readable.size() == 1 ? readable : valid;
    if (chosen.size() == 1 && !readable.isEmpty()) {
        result.outcome = PairSplit::Outcome::Found;
        result.first = s.first(chosen.front().at).trimmed().toString();
        result.second = s.sliced(chosen.front().at + chosen.front().length).trimmed().toString();
    } else if (readable.size() > 1) {
        result.outcome = PairSplit::Outcome::Ambiguous;
    } else if (readCoordinate(s).ok()) {
        result.outcome = PairSplit::Outcome::OneNumber;
    }
    return result;
}

// ---------------------------------------------------------------------------------------------
// Records and fields.

// Reads the fields of the record that starts at `pos`, split at `sep`, with CSV quoting (a field
// that starts with a quote, doubled quotes inside). Returns where the next record starts. With
// `multiline`, quoted fields may hold line breaks; a quote that is not closed, or closed but
// followed by other text after a line break, gives -1 so that the caller reads the line again
// without it, where an unclosed quote is then taken literally (a stray quote must not swallow
// the lines below it).
qsizetype readRecord(QStringView text, qsizetype pos, QChar sep, bool multiline,
                     QStringList &fields)
{
    fields.clear();
    const qsizetype n = text.size();
    auto atLineEnd = [&](qsizetype k) { return k >= n || text[k] == u'\n' || text[k] == u'\r'; };
    auto isBlank = [&](qsizetype k) {
        return k < n && text[k] != sep && (text[k] == u' ' || text[k] == u'\t');
    };
    qsizetype i = pos;
    for (;;) {
        qsizetype j = i;
        while (isBlank(j))
            ++j;
        bool done = false;
        if (j < n && text[j] == u'"') {
            QString content;
            qsizetype k = j + 1;
            bool closed = false;
            bool crossedLine = false;
            while (k < n) {
                const QChar ch = text[k];
                if (ch == u'"') {
                    if (k + 1 < n && text[k + 1] == u'"') {
                        content += u'"';
                        k += 2;
                        continue;
                    }
                    closed = true;
                    ++k;
                    break;
                }
                if (ch == u'\n' || ch == u'\r') {
                    if (!multiline)
                        break;
                    crossedLine = true;
                }
                content += ch;
                ++k;
            }
            if (closed) {
                qsizetype m = k;
                while (isBlank(m))
                    ++m;
                if (atLineEnd(m) || text[m] == sep) {
                    fields.append(content);
                    i = m;
                    done = true;
                } else if (crossedLine) {
                    return -1;
                } else { // "Store" A: keep what follows the closing quote
                    qsizetype e = m;
                    while (!atLineEnd(e) && text[e] != sep)
                        ++e;
                    fields.append(content + text.sliced(k, e - k));
                    i = e;
                    done = true;
                }
            } else if (multiline) {
                return -1;
            }
        }
        if (!done) {
            qsizetype e = i;
            while (!atLineEnd(e) && text[e] != sep)
                ++e;
            fields.append(text.sliced(i, e - i).toString());
            i = e;
        }
        if (i < n && text[i] == sep) {
            ++i;
            continue;
        }
        break;
    }
    if (i < n && text[i] == u'\r') {
        ++i;
        if (i < n && text[i] == u'\n')
            ++i;
    } else if (i < n && text[i] == u'\n') {
        ++i;
    }
    return i;
}

qsizetype readRecordAnyQuoting(QStringView text, qsizetype pos, QChar sep, QStringList &fields)
{
    const qsizetype end = readRecord(text, pos, sep, true, fields);
    return end >= 0 ? end : readRecord(text, pos, sep, false, fields);
}

int countLineBreaks(QStringView text, qsizetype from, qsizetype to)
{
    int breaks = 0;
    for (qsizetype i = from; i < to; ++i) {
        if (text[i] == u'\n')
            ++breaks;
        else if (text[i] == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n'))
            ++breaks;
    }
    return breaks;
}

// Trims every field and drops the empty ones at the end (trailing separators).
void tidyFields(QStringList &fields)
{
    for (QString &f : fields)
        f = f.trimmed();
    while (!fields.isEmpty() && fields.back().isEmpty())
        fields.removeLast();
}

enum SeparatorIndex { Tab, Semicolon, Comma, SeparatorCount };
constexpr std::array<char16_t, SeparatorCount> separators{u'\t', u';', u','};

// ---------------------------------------------------------------------------------------------
// Header rows.

enum class HeaderKind { None, Name, Latitude, Longitude, LatLon, LonLat };

// Lower case, no accents, ß as ss, words separated by single spaces: "Längengrad (WGS 84)" ->
// "langengrad wgs 84".
QString headerKey(const QString &cell)
{
    const QString decomposed = cell.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch == u'\u00DF') {
            key += QLatin1String("ss");
        } else if (ch.isLetterOrNumber()) {
            key += ch.toLower();
        } else {
            key += u' ';
        }
    }
    return key.simplified();
}

HeaderKind exactHeaderKind(const QString &key)
{
    static const QHash<QString, HeaderKind> kinds = [] {
        QHash<QString, HeaderKind> h;
        const auto add = [&h](HeaderKind kind, std::initializer_list<const char *> keys) {
            for (const char *k : keys)
                h.insert(QString::fromLatin1(k), kind);
        };
        add(HeaderKind::Name,
            {"name",     "nom",     "bezeichnung",       "title",           "titre",
             "titel",    "label",   "libelle",           "store",           "store name",
             "shop",     "magasin", "nom du magasin",    "enseigne",        "filiale",
             "geschaft", "poi",     "point of interest", "point d interet", "place",
             "lieu"});
        add(HeaderKind::Latitude,
            {"latitude", "lat", "breite", "breitengrad", "geographische breite", "latitud"});
        add(HeaderKind::Longitude,
            {"longitude", "lon", "lng", "long", "laenge", "lange", "langengrad", "laengengrad",
             "geographische lange", "geographische laenge", "longitud"});
        add(HeaderKind::LatLon,
            {"coordinates", "coordinate", "coords", "coordonnees", "coordonnees gps", "koordinaten",
             "gps", "gps coordinates", "lat lon", "lat lng", "lat long", "latitude longitude",
             "latlon", "latlng", "latlong", "breite lange", "breitengrad langengrad"});
        add(HeaderKind::LonLat,
            {"lon lat", "lng lat", "long lat", "longitude latitude", "lonlat", "lnglat"});
        return h;
    }();
    return kinds.value(key, HeaderKind::None);
}

// "GPS Latitude", "Latitude (WGS84)", "Store name": a header word names the column.
HeaderKind headerKindByWord(const QString &key)
{
    static const QHash<QString, HeaderKind> words = [] {
        QHash<QString, HeaderKind> h;
        for (const char *k : {"latitude", "lat", "breite", "breitengrad"})
            h.insert(QString::fromLatin1(k), HeaderKind::Latitude);
        for (const char *k : {"longitude", "lon", "lng", "lange", "laenge", "langengrad"})
            h.insert(QString::fromLatin1(k), HeaderKind::Longitude);
        for (const char *k : {"name", "nom", "bezeichnung"})
            h.insert(QString::fromLatin1(k), HeaderKind::Name);
        return h;
    }();
    HeaderKind found = HeaderKind::None;
    for (const QStringView word : QStringView(key).split(u' ')) {
        const HeaderKind kind = words.value(word.toString(), HeaderKind::None);
        if (kind == HeaderKind::None)
            continue;
        if (found != HeaderKind::None && found != kind)
            return HeaderKind::None; // names two things: trust neither
        found = kind;
    }
    return found;
}

struct Columns
{
    int name = -1;
    int latitude = -1;
    int longitude = -1;
    int combined = -1; // both coordinates in one column
    bool combinedLongitudeFirst = false;

    bool hasCoordinates() const { return combined >= 0 || (latitude >= 0 && longitude >= 0); }
};

struct HeaderMatch
{
    Columns columns;
    bool anyKeyword = false;
};

HeaderMatch matchHeader(const QStringList &fields)
{
    HeaderMatch match;
    QList<HeaderKind> kinds(fields.size(), HeaderKind::None);
    for (qsizetype i = 0; i < fields.size(); ++i)
        kinds[i] = exactHeaderKind(headerKey(fields[i]));
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (kinds[i] == HeaderKind::None)
            kinds[i] = headerKindByWord(headerKey(fields[i]));
    }
    Columns &c = match.columns;
    int latLon = -1;
    int lonLat = -1;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const int column = int(i);
        switch (kinds[i]) {
        case HeaderKind::None:
            continue;
        case HeaderKind::Name:
            if (c.name < 0)
                c.name = column;
            break;
        case HeaderKind::Latitude:
            if (c.latitude < 0)
                c.latitude = column;
            break;
        case HeaderKind::Longitude:
            if (c.longitude < 0)
                c.longitude = column;
            break;
        case HeaderKind::LatLon:
            if (latLon < 0)
                latLon = column;
            break;
        case HeaderKind::LonLat:
            if (lonLat < 0)
                lonLat = column;
            break;
        }
        match.anyKeyword = true;
    }
    if (c.latitude < 0 || c.longitude < 0) {
        c.latitude = -1;
        c.longitude = -1;
        if (latLon >= 0) {
            c.combined = latLon;
        } else if (lonLat >= 0) {
            c.combined = lonLat;
            c.combinedLongitudeFirst = true;
        }
    }
    // No column named like a name: the first column, where names usually are.
    if (c.name < 0 && c.hasCoordinates() && c.latitude != 0 && c.longitude != 0 && c.combined != 0)
        c.name = 0;
    return match;
}

// ---------------------------------------------------------------------------------------------
// One line turned into a point, or the reason it was not.

struct LineOutcome
{
    bool ok = false;
    QString error; // when !ok
    QString name;
    CoordinateText latitude;
    CoordinateText longitude;
    bool wholeLine = false; // read from the whole line, not from its columns
};

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

LineOutcome readWithColumns(const QStringList &fields, const Columns &columns)
{
    const QString name = fieldAt(fields, columns.name).simplified();
    if (columns.combined >= 0)
        return readCombined(name, fieldAt(fields, columns.combined),
                            columns.combinedLongitudeFirst);
    return readPair(name, fieldAt(fields, columns.latitude), fieldAt(fields, columns.longitude));
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
// exactly one place to end the name leaves a valid pair.
LineOutcome readNameThenPair(const QString &text, const LineOutcome &otherwise)
{
    LineOutcome found;
    int readings = 0;
    bool oneNumber = false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (!text[i].isSpace() || text[i - 1].isSpace())
            continue;
        const QStringView name = QStringView(text).first(i);
        if (looksLikeCoordinate(name))
            continue;
        const PairSplit split = splitPair(QStringView(text).sliced(i));
        if (split.outcome == PairSplit::Outcome::OneNumber)
            oneNumber = true;
        if (split.outcome != PairSplit::Outcome::Found)
            continue;
        const LineOutcome o = readPair(name.toString().simplified(), split.first, split.second);
        if (o.ok) {
            found = o;
            ++readings;
        }
    }
    if (readings == 1)
        return found;
    if (readings > 1)
        return fail(QCoreApplication::translate("PoiParser",
                                                "Cannot tell where the name ends and the "
                                                "coordinates begin; separate them with commas, "
                                                "semicolons or tabs."));
    return oneNumber ? fail(oneNumberMessage()) : otherwise;
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

// ---------------------------------------------------------------------------------------------

QString separatorName(int index)
{
    switch (index) {
    case Tab:
        return QCoreApplication::translate("PoiParser", "Tab-separated");
    case Semicolon:
        return QCoreApplication::translate("PoiParser", "Semicolon-separated");
    case Comma:
        return QCoreApplication::translate("PoiParser", "Comma-separated");
    default:
        break;
    }
    return QCoreApplication::translate("PoiParser", "One coordinate pair per line");
}

// The separator that splits the most of the first lines; on a tie tab, then semicolon (a
// semicolon line with decimal commas splits just as well at its commas). -1 = none splits.
int detectSeparator(QStringView text)
{
    constexpr int sampleLines = 200;
    std::array<int, SeparatorCount> score{0, 0, 0};
    QStringList fields;
    for (int s = 0; s < SeparatorCount; ++s) {
        qsizetype pos = 0;
        int lines = 0;
        while (pos < text.size() && lines < sampleLines) {
            pos = readRecord(text, pos, QChar(separators[size_t(s)]), false, fields);
            tidyFields(fields);
            if (fields.isEmpty())
                continue;
            ++lines;
            if (fields.size() >= 2)
                ++score[size_t(s)];
        }
    }
    int best = -1;
    for (int s = 0; s < SeparatorCount; ++s) {
        if (score[size_t(s)] > 0 && (best < 0 || score[size_t(s)] > score[size_t(best)]))
            best = s;
    }
    return best;
}

bool hasDigit(const QStringList &fields)
{
    for (const QString &f : fields) {
        if (std::any_of(f.begin(), f.end(), isAsciiDigit))
            return true;
    }
    return false;
}

// Likely swaps (see the class comment): with at least three points of one pattern, |latitude|
// above or below |longitude|, forming the majority, a point of the other pattern that lies
// outside their bounding box (plus a margin) but inside it once swapped.
void flagLikelySwaps(PoiParseResult &result, const QList<bool> &explicitHemisphere)
{
    const qsizetype n = result.points.size();
    auto pattern = [](const PointOfInterest &p) {
        const double d = std::abs(*p.latitude) - std::abs(*p.longitude);
        return d > 0 ? 1 : (d < 0 ? -1 : 0);
    };
    qsizetype latitudeLarger = 0;
    qsizetype longitudeLarger = 0;
    for (const ParsedPoi &p : result.points) {
        const int k = pattern(p.point);
        latitudeLarger += k > 0 ? 1 : 0;
        longitudeLarger += k < 0 ? 1 : 0;
    }
    int majority = 0;
    if (latitudeLarger >= 3 && latitudeLarger * 2 > n)
        majority = 1;
    else if (longitudeLarger >= 3 && longitudeLarger * 2 > n)
        majority = -1;
    if (majority == 0)
        return;

    double minLat = 90.0, maxLat = -90.0, minLon = 180.0, maxLon = -180.0;
    for (const ParsedPoi &p : result.points) {
        if (pattern(p.point) != majority)
            continue;
        minLat = std::min(minLat, *p.point.latitude);
        maxLat = std::max(maxLat, *p.point.latitude);
        minLon = std::min(minLon, *p.point.longitude);
        maxLon = std::max(maxLon, *p.point.longitude);
    }
    constexpr double margin = 1.0; // degrees: about 111 km of latitude
    auto inBox = [&](double lat, double lon) {
        return lat >= minLat - margin && lat <= maxLat + margin && lon >= minLon - margin
                && lon <= maxLon + margin;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const PointOfInterest &p = result.points.at(i).point;
        if (explicitHemisphere.at(i) || pattern(p) != -majority)
            continue;
        if (!inBox(*p.latitude, *p.longitude) && std::abs(*p.longitude) <= 90.0
            && inBox(*p.longitude, *p.latitude))
            result.messages.append(
                    {result.points.at(i).line, PoiLineMessage::Severity::Warning,
                     QCoreApplication::translate("PoiParser",
                                                 "Far from the other points, but among them with "
                                                 "latitude and longitude swapped (%1, %2). Did you "
                                                 "swap latitude and longitude?")
                             .arg(fixed5(*p.longitude), fixed5(*p.latitude))});
    }
}

// What the accepted points were written with.
struct FormatFacts
{
    std::array<int, SeparatorCount + 1> pointsBySeparator{0, 0, 0, 0}; // last: one pair per line
    bool decimalComma = false;
    bool dms = false;
    bool hemisphere = false;
    bool header = false;
};

// "Tab-separated, header row, decimal commas"; empty when nothing was recognised.
QString describeFormat(const FormatFacts &facts, int primary, int detected)
{
    const auto &counts = facts.pointsBySeparator;
    QStringList parts;
    int total = 0;
    for (const int c : counts)
        total += c;
    if (total > 0) {
        // The separator most points were read with; on a tie the one detected for the text.
        int best = counts[size_t(primary)] > 0 ? primary : -1;
        int kinds = 0;
        for (int s = 0; s < SeparatorCount; ++s) {
            if (counts[size_t(s)] == 0)
                continue;
            ++kinds;
            if (best < 0 || counts[size_t(s)] > counts[size_t(best)])
                best = s;
        }
        if (best >= 0 && counts[SeparatorCount] > counts[size_t(best)])
            best = -1; // most points were one pair per line
        parts.append(separatorName(best));
        if (kinds > 1)
            parts.append(QCoreApplication::translate("PoiParser", "mixed separators"));
    } else if (facts.header) {
        parts.append(separatorName(detected));
    } else {
        return {};
    }
    parts.append(facts.header ? QCoreApplication::translate("PoiParser", "header row")
                              : QCoreApplication::translate("PoiParser", "no header row"));
    if (facts.decimalComma)
        parts.append(QCoreApplication::translate("PoiParser", "decimal commas"));
    if (facts.dms)
        parts.append(QCoreApplication::translate("PoiParser", "degrees-minutes-seconds"));
    if (facts.hemisphere)
        parts.append(QCoreApplication::translate("PoiParser", "hemisphere letters"));
    return parts.join(QLatin1String(", "));
}

using CoordinateKey = QPair<qint64, qint64>;

CoordinateKey keyOf(double latitude, double longitude)
{
    return {qint64(std::llround(latitude * 1e5)), qint64(std::llround(longitude * 1e5))};
}

} // namespace

QString PoiLineMessage::text() const
{
    return QCoreApplication::translate("PoiParser", "line %1: %2")
            .arg(QString::number(line), message);
}

QList<PointOfInterest> PoiParseResult::pointsOfInterest() const
{
    QList<PointOfInterest> list;
    list.reserve(points.size());
    for (const ParsedPoi &p : points)
        list.append(p.point);
    return list;
}

QStringList PoiParseResult::messageTexts() const
{
    QStringList list;
    list.reserve(messages.size());
    for (const PoiLineMessage &m : messages)
        list.append(m.text());
    return list;
}

int PoiParseResult::errorCount() const
{
    return int(std::count_if(messages.begin(), messages.end(), [](const PoiLineMessage &m) {
        return m.severity == PoiLineMessage::Severity::Error;
    }));
}

int PoiParseResult::warningCount() const
{
    return int(messages.size()) - errorCount();
}

PoiParseResult PoiParser::parse(const QString &input)
{
    PoiParseResult result;
    QStringView text(input);
    if (text.startsWith(u'\uFEFF'))
        text = text.sliced(1);

    const int detected = detectSeparator(text);
    const int primary = detected >= 0 ? detected : int(Comma);

    auto addMessage
            = [&result](int line, PoiLineMessage::Severity severity, const QString &message) {
                  result.messages.append({line, severity, message});
              };
    auto error = [&](int line, const QString &m) {
        addMessage(line, PoiLineMessage::Severity::Error, m);
    };
    auto warning = [&](int line, const QString &m) {
        addMessage(line, PoiLineMessage::Severity::Warning, m);
    };

    Columns columns;
    bool haveColumns = false;
    bool firstRecord = true;

    FormatFacts format;

    QHash<CoordinateKey, QList<qsizetype>> pointsAt; // indexes into result.points
    QList<bool> explicitHemisphere;

    QList<int> others; // the separators a line may use instead of the primary one
    for (int s = 0; s < SeparatorCount; ++s) {
        if (s != primary)
            others.append(s);
    }

    QStringList fields;
    QStringList alternative;
    qsizetype pos = 0;
    int line = 1;
    while (pos < text.size()) {
        const int recordLine = line;
        int sepIndex = primary;
        qsizetype end
                = readRecordAnyQuoting(text, pos, QChar(separators[size_t(sepIndex)]), fields);
        tidyFields(fields);
        const qsizetype start = pos;
        line += countLineBreaks(text, pos, end);
        pos = end;
        if (fields.isEmpty())
            continue; // blank line, or only separators

        // A line the text's separator does not split may use another one.
        if (fields.size() == 1) {
            for (const int s : others) {
                const qsizetype e = readRecordAnyQuoting(text, start, QChar(separators[size_t(s)]),
                                                         alternative);
                tidyFields(alternative);
                if (alternative.isEmpty()) { // only separators: an empty spreadsheet row
                    fields.clear();
                    break;
                }
                if (alternative.size() >= 2) {
                    fields = alternative;
                    sepIndex = s;
                    line = recordLine + countLineBreaks(text, start, e);
                    pos = e;
                    end = e;
                    break;
                }
            }
            if (fields.isEmpty())
                continue;
        }

        bool noCoordinateField = true;
        for (const QString &f : fields) {
            if (looksLikeCoordinate(f)) {
                noCoordinateField = false;
                break;
            }
        }
        if (noCoordinateField) {
            const HeaderMatch header = matchHeader(fields);
            if (header.columns.hasCoordinates()) {
                if (format.header || !result.points.isEmpty())
                    warning(recordLine,
                            QCoreApplication::translate("PoiParser",
                                                        "Another header row: its column names "
                                                        "apply to the lines below."));
                columns = header.columns;
                haveColumns = true;
                format.header = true;
                firstRecord = false;
                continue;
            }
            if (firstRecord && (header.anyKeyword || (fields.size() >= 2 && !hasDigit(fields)))) {
                warning(recordLine,
                        QCoreApplication::translate("PoiParser",
                                                    "Header row without a latitude and a longitude "
                                                    "column; columns are read by position."));
                format.header = true;
                firstRecord = false;
                continue;
            }
        }
        firstRecord = false;

        const QStringView record = text.sliced(start, end - start).trimmed();
        auto interpret = [&](const QStringList &f, int s) {
            return haveColumns ? readWithColumns(f, columns)
                               : readByPosition(f, record, QChar(separators[size_t(s)]));
        };
        LineOutcome outcome = interpret(fields, sepIndex);
        if (!outcome.ok) {
            // Mixed separators: a line that does not read with one may read with another.
            for (const int s : others) {
                if (s == sepIndex)
                    continue;
                const qsizetype e = readRecordAnyQuoting(text, start, QChar(separators[size_t(s)]),
                                                         alternative);
                tidyFields(alternative);
                if (alternative.size() < 2)
                    continue;
                const LineOutcome retry = interpret(alternative, s);
                if (retry.ok) {
                    outcome = retry;
                    fields = alternative;
                    sepIndex = s;
                    line = recordLine + countLineBreaks(text, start, e);
                    pos = e;
                    break;
                }
            }
        }
        if (!outcome.ok) {
            error(recordLine, outcome.error);
            continue;
        }

        PointOfInterest point;
        point.name = outcome.name;
        point.latitude = roundTo5(outcome.latitude.value);
        point.longitude = roundTo5(outcome.longitude.value);
        const CoordinateKey key = keyOf(*point.latitude, *point.longitude);
        const auto same = pointsAt.constFind(key);
        if (same != pointsAt.constEnd()) {
            bool exact = false;
            for (const qsizetype index : *same) {
                if (result.points.at(index).point.name == point.name) {
                    error(recordLine,
                          QCoreApplication::translate("PoiParser",
                                                      "Duplicate of line %1 (same name and "
                                                      "coordinates); not added again.")
                                  .arg(result.points.at(index).line));
                    exact = true;
                    break;
                }
            }
            if (exact)
                continue;
        }
        if (outcome.latitude.decimals > 5 || outcome.longitude.decimals > 5)
            warning(recordLine,
                    QCoreApplication::translate("PoiParser",
                                                "More than 5 decimals; the coordinates will be "
                                                "rounded to %1, %2.")
                            .arg(fixed5(*point.latitude), fixed5(*point.longitude)));
        if (same != pointsAt.constEnd())
            warning(recordLine,
                    QCoreApplication::translate("PoiParser", "Same coordinates as line %1.")
                            .arg(result.points.at(same->front()).line));

        pointsAt[key].append(result.points.size());
        result.points.append({point, recordLine});
        const bool hemisphere
                = outcome.latitude.hemisphere != 0 || outcome.longitude.hemisphere != 0;
        explicitHemisphere.append(hemisphere);
        ++format.pointsBySeparator[size_t(outcome.wholeLine ? SeparatorCount : sepIndex)];
        format.decimalComma = format.decimalComma || outcome.latitude.decimalComma
                || outcome.longitude.decimalComma;
        format.dms = format.dms || outcome.latitude.dms || outcome.longitude.dms;
        format.hemisphere = format.hemisphere || hemisphere;
    }

    flagLikelySwaps(result, explicitHemisphere);
    std::stable_sort(
            result.messages.begin(), result.messages.end(),
            [](const PoiLineMessage &a, const PoiLineMessage &b) { return a.line < b.line; });

    result.detectedFormat = describeFormat(format, primary, detected);
    return result;
}

QString PoiParser::toCsv(const QList<PointOfInterest> &points)
{
    auto field = [](const QString &name) -> QString {
        const bool quote = name.contains(u',') || name.contains(u'"') || name.contains(u'\n')
                || name.contains(u'\r') || name.contains(u';') || name.contains(u'\t')
                || name != name.trimmed();
        if (!quote)
            return name;
        QString escaped = name;
        escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    };
    auto coordinate = [](const std::optional<double> &v) { return v ? fixed5(*v) : QString(); };
    QString out = QStringLiteral("name,latitude,longitude\n");
    for (const PointOfInterest &p : points)
        out += field(p.name) + QLatin1Char(',') + coordinate(p.latitude) + QLatin1Char(',')
                + coordinate(p.longitude) + QLatin1Char('\n');
    return out;
}

std::optional<double> PoiParser::parseCoordinate(const QString &text, Axis axis, QString *error)
{
    const CoordinateText c = readCoordinate(text);
    const QString message = axisError(c, axis, text.trimmed());
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return std::nullopt;
    }
    if (error)
        error->clear();
    return c.value;
}
