#pragma once

#include "SendJournal.h"
#include "WorkingSet.h"

#include <QDateTime>
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
// The autosave is a working set (docs/working-set.md) with one more member, "autosave": when it
// was written and the working-set file the work came from, if any. Files that cannot be read are
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
    // "autosave.json", "send.journal" in the first slot; "autosave-2.json", "send-2.journal"
    // in the second, and so on. Empty before acquire().
    QString autosavePath() const;
    QString journalPath() const;

    // Reads what the slot holds. Unreadable files are moved aside first (see above); a journal
    // is only returned when the send it records did not finish.
    Leftover takeLeftover();

    // Written atomically (QSaveFile): a crash leaves the previous autosave or this one.
    bool writeAutosave(const WorkingSet &set, const QString &sourceFile, QString *error);
    bool hasAutosave() const;
    void removeAutosave();
    void removeJournal();

    // Renames a file of the slot to "<name>.broken-<date>-<time>" (never over another file);
    // the new path, or empty when it could not be renamed.
    QString keepAside(const QString &path) const;

    // The member an autosave adds to a working set.
    static const QLatin1String autosaveMember;

private:
    QString slotFile(const QString &stem, const QString &suffix) const;

    QString m_folder;
    Clock m_clock;
    int m_slot = -1;
    std::unique_ptr<QLockFile> m_lock;
};
