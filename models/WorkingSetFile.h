#pragma once

#include "WorkingSet.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// A working-set file opened for a job that changes few of its segments (segmentctl push): only
// the entries the job may touch are decoded; every other one stays the bytes it was in the file
// and is written back as they were. A push of N edits into a file of S segments then costs what
// the N entries cost plus one scan and one copy of the bytes, instead of parsing and serialising
// all S entries (QJsonDocument spends seconds on a 100 000-segment file; the scan tens of
// milliseconds).
//
// "Untouched" entries are those with nothing for a send to do and nothing to reconcile: only
// `original`, and an `outcome` other than "unknown" at most. Every other entry (an edit, a pending
// create or delete, an exclusion, a conflict, a lost answer) is decoded and checked as
// WorkingSet::read() checks it; the header is checked the same way; every entry's id is read, so a
// duplicate is refused as the full reader refuses it. Untouched entries are not checked further:
// they are written back unchanged, so nothing the job does can make them worse (a date the full
// reader cannot read, in a segment the push does not send, does not stop the push; `segmentctl
// check` names it).
//
// The scan is hand-written (Qt offers no JSON reader that gives byte ranges): it only walks the
// structure (strings, escapes, nesting). On anything it does not understand it gives up and the
// full reader runs, so a broken file gets the full reader's message naming the line and column.
//
// A file written by write() is byte for byte what WorkingSet::write() writes for the same
// segments when the file was written by either (the same indented JSON, keys in Qt's order).
class WorkingSetFile
{
public:
    static std::optional<WorkingSetFile> read(const QString &path, QString *error);
    static std::optional<WorkingSetFile> fromJson(const QByteArray &json, QString *error);

    // baseUrl, apiVersion and advertisers; `segments` holds the entries to work on, in file order.
    const WorkingSet &workingSet() const { return m_set; }
    // The ids of the untouched entries.
    const QSet<QString> &untouchedIds() const { return m_untouchedIds; }
    int size() const { return int(m_slots.size()); }
    // Whether the entry at this index of "segments" is untouched (kept as bytes, not checked).
    bool isUntouched(int index) const
    {
        return index >= 0 && index < m_slots.size() && m_slots.at(index).untouched;
    }
    // Whether the scan was used (false: the file was read whole, every entry decoded).
    bool isScanned() const { return m_scanned; }

    // The file with `entries` in place of the entries to work on, matched by id; `renamed` maps
    // an entry's id in the file to its id now (a created segment's temporary id to the server's).
    // An entry to work on that is not among `entries` is left out (deleted); an entry of
    // `entries` that matches none is added at the end.
    QByteArray toJson(const QList<WorkingSetEntry> &entries,
                      const QHash<QString, QString> &renamed = {}) const;
    // The same, written atomically (QSaveFile).
    bool write(const QString &path, const QList<WorkingSetEntry> &entries,
               const QHash<QString, QString> &renamed, QString *error) const;

    // One entry as WorkingSet::toJson() writes it inside "segments" (indented, no trailing
    // newline).
    static QByteArray entryBytes(const WorkingSetEntry &entry);

private:
    struct Slot
    {
        qsizetype begin = 0; // into m_bytes; untouched entries only
        qsizetype end = 0;
        QString id; // original/id
        bool untouched = false;
    };

    QByteArray m_bytes;
    QList<Slot> m_slots;
    WorkingSet m_set;
    QSet<QString> m_untouchedIds;
    bool m_scanned = false;
};
