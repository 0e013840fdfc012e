#include "WorkingSetFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WorkingSet", text);
}

constexpr int maxDepth = 512;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Walks JSON without building it: where each value begins and ends. It must never take what
// QJsonDocument refuses (what it passes over is copied, and the file must stay readable by the
// full reader), so it checks RFC 8259's grammar of numbers, literals and escapes, and the caller
// checks that the whole file is UTF-8; it takes control characters in strings, as QJsonDocument
// does. Where it is stricter than QJsonDocument the full reader decides (tests/fuzz checks both
// agree).
class Scanner
{
public:
    explicit Scanner(const QByteArray &bytes)
        : m_d(bytes.constData())
        , m_n(bytes.size())
    { }

    qsizetype pos() const { return m_p; }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_n;
    }

    void skipSpace()
    {
        while (m_p < m_n
               && (m_d[m_p] == ' ' || m_d[m_p] == '\n' || m_d[m_p] == '\r' || m_d[m_p] == '\t'))
            ++m_p;
    }

    bool next(char c)
    {
        skipSpace();
        if (m_p < m_n && m_d[m_p] == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    bool peek(char c)
    {
        skipSpace();
        return m_p < m_n && m_d[m_p] == c;
    }

    // A string; `text` receives it when it has no escape (and `plain` says whether it had none).
    bool string(QByteArray *text = nullptr, bool *plain = nullptr)
    {
        skipSpace();
        if (m_p >= m_n || m_d[m_p] != '"')
            return false;
        const qsizetype begin = ++m_p;
        bool escaped = false;
        while (m_p < m_n) {
            const char c = m_d[m_p];
            if (c == '"') {
                if (text)
                    *text = escaped ? QByteArray() : QByteArray(m_d + begin, m_p - begin);
                if (plain)
                    *plain = !escaped;
                ++m_p;
                return true;
            }
            if (c == '\\') {
                escaped = true;
                if (m_p + 1 >= m_n)
                    return false;
                const char e = m_d[m_p + 1];
                if (e == 'u') {
                    if (m_n - m_p < 6)
                        return false;
                    for (int i = 2; i < 6; ++i)
                        if (!isHex(m_d[m_p + i]))
                            return false;
                    m_p += 6;
                    continue;
                }
                if (!std::strchr("\"\\/bfnrt", e) || e == '\0')
                    return false;
                m_p += 2;
                continue;
            }
            ++m_p;
        }
        return false;
    }

    bool value(int depth = 0)
    {
        if (depth > maxDepth)
            return false;
        skipSpace();
        if (m_p >= m_n)
            return false;
        const char c = m_d[m_p];
        if (c == '"')
            return string();
        if (c == '{') {
            ++m_p;
            if (next('}'))
                return true;
            do {
                if (!string() || !next(':') || !value(depth + 1))
                    return false;
            } while (next(','));
            return next('}');
        }
        if (c == '[') {
            ++m_p;
            if (next(']'))
                return true;
            do {
                if (!value(depth + 1))
                    return false;
            } while (next(','));
            return next(']');
        }
        for (const char *literal : {"true", "false", "null"}) {
            const qsizetype length = qsizetype(qstrlen(literal));
            if (m_n - m_p >= length && qstrncmp(m_d + m_p, literal, size_t(length)) == 0) {
                m_p += length;
                return true;
            }
        }
        return number();
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    bool number()
    {
        const auto digits = [this] {
            const qsizetype begin = m_p;
            while (m_p < m_n && isDigit(m_d[m_p]))
                ++m_p;
            return m_p > begin;
        };
        if (m_p < m_n && m_d[m_p] == '-')
            ++m_p;
        if (m_p < m_n && m_d[m_p] == '0')
            ++m_p;
        else if (!digits())
            return false;
        if (m_p < m_n && m_d[m_p] == '.') {
            ++m_p;
            if (!digits())
                return false;
        }
        if (m_p < m_n && (m_d[m_p] == 'e' || m_d[m_p] == 'E')) {
            ++m_p;
            if (m_p < m_n && (m_d[m_p] == '+' || m_d[m_p] == '-'))
                ++m_p;
            if (!digits())
                return false;
        }
        return true;
    }

    // An object whose members are all skipped but one string member, returned in `found`
    // (empty when absent, escaped or not a string).
    bool objectWith(const QByteArray &key, QByteArray *found)
    {
        found->clear();
        if (!next('{'))
            return false;
        if (next('}'))
            return true;
        do {
            QByteArray name;
            if (!string(&name) || !next(':'))
                return false;
            if (name == key && peek('"')) {
                if (!string(found))
                    return false;
            } else if (!value(1)) {
                return false;
            }
        } while (next(','));
        return next('}');
    }

private:
    const char *m_d;
    qsizetype m_n;
    qsizetype m_p = 0;
};

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

std::optional<WorkingSetFile> WorkingSetFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString why;
    auto set = fromJson(file.readAll(), &why);
    if (!set && error)
        *error = tr("%1 is not a valid working set: %2").arg(path, why);
    return set;
}

std::optional<WorkingSetFile> WorkingSetFile::fromJson(const QByteArray &json, QString *error)
{
    // Anything the scan does not take is left to the full reader, for its words.
    const auto wholeFile = [&json, error]() -> std::optional<WorkingSetFile> {
        std::optional<WorkingSet> set = WorkingSet::fromJson(json, error);
        if (!set)
            return std::nullopt;
        WorkingSetFile file;
        for (const WorkingSetEntry &entry : std::as_const(set->segments))
            file.m_slots.append({0, 0, entry.original.id, false});
        file.m_set = std::move(*set);
        return file;
    };

    if (!json.isValidUtf8())
        return wholeFile();
    WorkingSetFile file;
    file.m_bytes = json;
    Scanner scan(file.m_bytes);
    QByteArray header("{");
    bool sawSegments = false;
    if (!scan.next('{'))
        return wholeFile();
    if (!scan.next('}')) {
        do {
            QByteArray key;
            bool plain = false;
            if (!scan.string(&key, &plain) || !plain || !scan.next(':'))
                return wholeFile();
            if (key != "segments") {
                scan.skipSpace();
                const qsizetype begin = scan.pos();
                if (!scan.value())
                    return wholeFile();
                if (key == "format" || key == "version" || key == "baseUrl" || key == "apiVersion"
                    || key == "advertisers")
                    header += '"' + key + "\":" + file.m_bytes.mid(begin, scan.pos() - begin) + ',';
                continue;
            }
            if (sawSegments || !scan.next('['))
                return wholeFile();
            sawSegments = true;
            if (scan.next(']'))
                continue;
            do {
                scan.skipSpace();
                const qsizetype begin = scan.pos();
                Slot slot;
                bool onlyOriginalAndOutcome = true;
                bool lostAnswer = false;
                if (!scan.next('{'))
                    return wholeFile();
                if (!scan.next('}')) {
                    do {
                        QByteArray member;
                        if (!scan.string(&member) || !scan.next(':'))
                            return wholeFile();
                        QByteArray found;
                        if (member == "original") {
                            if (!scan.peek('{'))
                                return wholeFile();
                            if (!scan.objectWith("id", &found))
                                return wholeFile();
                            slot.id = QString::fromUtf8(found);
                        } else if (member == "outcome") {
                            if (!scan.peek('{'))
                                return wholeFile();
                            if (!scan.objectWith("status", &found))
                                return wholeFile();
                            lostAnswer = found != "updated" && found != "warned"
                                    && found != "failed" && found != "not-sent";
                        } else {
                            onlyOriginalAndOutcome = false;
                            if (!scan.value(2))
                                return wholeFile();
                        }
                    } while (scan.next(','));
                    if (!scan.next('}'))
                        return wholeFile();
                }
                slot.begin = begin;
                slot.end = scan.pos();
                slot.untouched = onlyOriginalAndOutcome && !lostAnswer && !slot.id.isEmpty();
                file.m_slots.append(slot);
            } while (scan.next(','));
            if (!scan.next(']'))
                return wholeFile();
        } while (scan.next(','));
        if (!scan.next('}'))
            return wholeFile();
    }
    if (!scan.atEnd() || !sawSegments)
        return wholeFile();

    // The header, checked by the full reader's rules.
    header += "\"segments\":[]}";
    QString why;
    std::optional<WorkingSet> set = WorkingSet::fromJson(header, &why);
    if (!set)
        return wholeFile();
    file.m_set = std::move(*set);

    // The entries to work on, decoded and checked; every id once.
    QSet<QString> ids;
    ids.reserve(file.m_slots.size());
    for (int i = 0; i < file.m_slots.size(); ++i) {
        Slot &slot = file.m_slots[i];
        if (!slot.untouched) {
            QJsonParseError parseError{};
            const QJsonDocument document = QJsonDocument::fromJson(
                    file.m_bytes.mid(slot.begin, slot.end - slot.begin), &parseError);
            if (parseError.error != QJsonParseError::NoError)
                return wholeFile();
            std::optional<WorkingSetEntry> entry = WorkingSet::entryFromJson(
                    document.object(), QStringLiteral("segments/%1").arg(i), &why);
            if (!entry)
                return wholeFile();
            slot.id = entry->original.id;
            file.m_set.segments.append(std::move(*entry));
        } else {
            file.m_untouchedIds.insert(slot.id);
        }
        if (ids.contains(slot.id))
            return wholeFile();
        ids.insert(slot.id);
    }
    file.m_scanned = true;
    return file;
}

QByteArray WorkingSetFile::entryBytes(const WorkingSetEntry &entry)
{
    QByteArray bytes
            = QJsonDocument(WorkingSet::entryToJson(entry)).toJson(QJsonDocument::Indented);
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    return bytes.replace('\n', QByteArrayLiteral("\n        "));
}

QByteArray WorkingSetFile::toJson(const QList<WorkingSetEntry> &entries,
                                  const QHash<QString, QString> &renamed) const
{
    QHash<QString, qsizetype> byId;
    byId.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i)
        byId.insert(entries.at(i).original.id, i);
    QList<bool> used(entries.size(), false);

    QByteArray out;
    out.reserve(m_bytes.size() + 4096);
    out += "{\n";
    const QJsonArray advertisers = WorkingSet::advertisersToJson(m_set.advertisers);
    if (!advertisers.isEmpty()) {
        // As QJsonDocument indents a member of the root object.
        QByteArray list = QJsonDocument(advertisers).toJson(QJsonDocument::Indented);
        if (list.endsWith('\n'))
            list.chop(1);
        out += "    \"advertisers\": " + list.replace('\n', QByteArrayLiteral("\n    ")) + ",\n";
    }
    out += "    \"apiVersion\": " + jsonString(m_set.apiVersion)
            + ",\n    \"baseUrl\": " + jsonString(m_set.baseUrl.toString())
            + ",\n    \"format\": \"segment-working-set\",\n    \"segments\": [";
    bool first = true;
    const auto add = [&out, &first](const QByteArray &bytes) {
        out += first ? "\n        " : ",\n        ";
        out += bytes;
        first = false;
    };
    for (const Slot &slot : m_slots) {
        if (slot.untouched) {
            add(QByteArray::fromRawData(m_bytes.constData() + slot.begin, slot.end - slot.begin));
            continue;
        }
        const auto found = byId.constFind(renamed.value(slot.id, slot.id));
        if (found == byId.constEnd() || used.at(*found))
            continue;
        used[*found] = true;
        add(entryBytes(entries.at(*found)));
    }
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (!used.at(i))
            add(entryBytes(entries.at(i)));
    out += "\n    ],\n";
    out += "    \"version\": " + QByteArray::number(WorkingSet::formatVersion) + "\n}\n";
    return out;
}

bool WorkingSetFile::write(const QString &path, const QList<WorkingSetEntry> &entries,
                           const QHash<QString, QString> &renamed, QString *error) const
{
    return WorkingSet::writeBytes(path, toJson(entries, renamed), error);
}
