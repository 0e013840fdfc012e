#include "PoiRecords.h"

#include "DelimitedText.h"

#include <QHash>

namespace PoiParsing {

namespace {

enum class HeaderKind { None, Name, Latitude, Longitude, LatLon, LonLat };

using DelimitedText::headerKey;

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

} // namespace

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

void tidyFields(QStringList &fields)
{
    for (QString &f : fields)
        f = f.trimmed();
    while (!fields.isEmpty() && fields.back().isEmpty())
        fields.removeLast();
}

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

} // namespace PoiParsing
