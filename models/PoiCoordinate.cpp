#include "PoiCoordinate.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace PoiParsing {

namespace {

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

} // namespace

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
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

bool usesDecimalCommas(QStringView text)
{
    const QStringView s = text.trimmed();
    bool comma = false;
    bool otherSeparator = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i].isSpace() || s[i] == u';') {
            otherSeparator = true;
            continue;
        }
        if (s[i] != u',')
            continue;
        comma = true;
        qsizetype from = i;
        while (from > 0 && isAsciiDigit(s[from - 1]))
            --from;
        qsizetype to = i + 1;
        while (to < s.size() && isAsciiDigit(s[to]))
            ++to;
        if (from == i || to == i + 1)
            return false;
        if (from > 0 && (s[from - 1] == u'.' || s[from - 1] == u','))
            return false;
        if (to < s.size() && (s[to] == u'.' || s[to] == u','))
            return false;
    }
    return comma && otherSeparator;
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

PairSplit splitPair(QStringView text, bool decimalCommas)
{
    PairSplit result;
    const QStringView s = text.trimmed();
    const bool commaCuts = !decimalCommas && !usesDecimalCommas(s);
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
        if (ch == u';' || (ch == u',' && commaCuts)) {
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

} // namespace PoiParsing
