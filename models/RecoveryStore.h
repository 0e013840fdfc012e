#pragma once

#include "SendJournal.h"
#include "WorkingSet.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

// Where one window keeps what a crash, a kill or a lost connection must not take from the user:
// the autosave of its work and the journal of a send under way (SendJournal), side by side in a
// folder (the application's data folder). A lock file next to them (QLockFile) makes one window
// their owner: a second window takes the next free slot and never writes over the first one's
// files, while the slot of a window that died is free again (its lock is stale) with what that
// window left behind.
//
// The autosave is an SQLite database (Qt SQL, QSQLITE, WAL mode, a schema version): the members of
// a working set (docs/working-set.md), when it was written and the working-set file the work came
// from, and one row per segment entry in the working-set format. A window writes all entries once
// (after a load or an open) and from then on only the rows that changed, in one transaction: the
// cost of an autosave follows the edit, not the size of the set. Autosaves of earlier versions (a
// working-set JSON file with an "autosave" member) are still read. Files that cannot be read are
// never deleted nor overwritten: they are renamed "<name>.broken-<date>-<time>" and reported.
class RecoveryStore
{
public:
    using Clock = std::function<QDateTime()>;

    // What the previous owner of the slot left behind.
    struct Leftover
    {
        std::optional<WorkingSet> autosave;
        QString sourceFile; // the working-set file the autosaved work came from; empty if none
        QDateTime savedAt;
        std::optional<SendJournal::Replay> journal; // a send that did not come to its end

        // Files that could not be read: why (translated), and where they are kept now.
        QString autosaveError;
        QString autosaveKeptAs;
        QString journalError;
        QString journalKeptAs;

        bool hasWork() const { return autosave.has_value(); }
        bool isEmpty() const
        {
            return !autosave && !journal && autosaveError.isEmpty() && journalError.isEmpty();
        }
    };

    static constexpr int maxSlots = 8;

    // `clock` dates the autosave and the names of broken files (the local time by default).
    explicit RecoveryStore(const QString &folder, Clock clock = {});
    ~RecoveryStore(); // releases the slot; the files stay
    RecoveryStore(const RecoveryStore &) = delete;
    RecoveryStore &operator=(const RecoveryStore &) = delete;

    // Takes the first slot no living window holds (creating the folder). False with a
    // translated message when the folder cannot be written or every slot is taken.
    bool acquire(QString *error);
    bool isAcquired() const { return m_slot >= 0; }
    int slot() const { return m_slot; }

    QString folder() const { return m_folder; }
    // "autosave.sqlite", "send.journal" in the first slot; "autosave-2.sqlite", "send-2.journal"
    // in the second, and so on. Empty before acquire(). legacyAutosavePath() is where earlier
    // versions wrote theirs ("autosave.json").
    QString autosavePath() const;
    QString legacyAutosavePath() const;
    QString journalPath() const;

    // Reads what the slot holds. Unreadable files are moved aside first (see above); a journal
    // is only returned when the send it records did not finish.
    Leftover takeLeftover();

    // Every entry of `set` (what was there before goes), in one transaction: a crash leaves the
    // previous autosave or this one.
    bool writeAutosave(const WorkingSet &set, const QString &sourceFile, QString *error);
    // Only these entries, by row (0-based), and the members of `members` (its segments are not
    // read); rows from `rowCount` on go. Needs writeAutosave() first (canUpdateAutosave()).
    bool updateAutosave(const WorkingSet &members, int rowCount,
                        const QList<QPair<int, WorkingSetEntry>> &rows, const QString &sourceFile,
                        QString *error);
    bool hasAutosave() const;
    bool canUpdateAutosave() const { return m_written; }
    void removeAutosave();
    void removeJournal();

    // An autosave as it was written: the working set, the file it came from, when.
    struct Autosave
    {
        WorkingSet set;
        QString sourceFile;
        QDateTime savedAt;
    };
    // Reads an autosave of this version or an earlier one; a translated message on failure.
    static std::optional<Autosave> readAutosave(const QString &path, QString *error);
    // The autosave's schema (PRAGMA user_version).
    static constexpr int autosaveSchemaVersion = 1;

    // Renames a file of the slot to "<name>.broken-<date>-<time>" (never over another file);
    // the new path, or empty when it could not be renamed.
    QString keepAside(const QString &path) const;

    // The member an autosave adds to a working set.
    static const QLatin1String autosaveMember;

private:
    QString slotFile(const QString &stem, const QString &suffix) const;
    // The open connection to the slot's autosave, creating the file and its tables if needed.
    bool openAutosave(QString *error);
    void closeAutosave();
    bool writeEntries(const WorkingSet &members, int rowCount,
                      const QList<QPair<int, WorkingSetEntry>> &rows, bool replaceAll,
                      const QString &sourceFile, QString *error);

    QString m_folder;
    Clock m_clock;
    int m_slot = -1;
    std::unique_ptr<QLockFile> m_lock;
    QString m_connection;       // of the autosave database, while open
    bool m_written = false;     // writeAutosave() wrote every entry since the slot was taken
    bool m_legacyTaken = false; // takeLeftover() read an earlier version's autosave
};
