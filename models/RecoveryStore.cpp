#include "RecoveryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

const QLatin1String RecoveryStore::autosaveMember("autosave");

RecoveryStore::RecoveryStore(const QString &folder, Clock clock)
    : m_folder(QDir::cleanPath(folder))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
{ }

RecoveryStore::~RecoveryStore() = default; // the lock's destructor releases the slot

QString RecoveryStore::slotFile(const QString &stem, const QString &suffix) const
{
    if (m_slot < 0)
        return {};
    const QString name = m_slot == 0 ? stem : QStringLiteral("%1-%2").arg(stem).arg(m_slot + 1);
    return m_folder + QLatin1Char('/') + name + suffix;
}

QString RecoveryStore::autosavePath() const
{
    return slotFile(QStringLiteral("autosave"), QStringLiteral(".json"));
}

QString RecoveryStore::journalPath() const
{
    return slotFile(QStringLiteral("send"), QStringLiteral(".journal"));
}

bool RecoveryStore::acquire(QString *error)
{
    if (m_slot >= 0)
        return true;
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = QCoreApplication::translate("RecoveryStore",
                                                 "The folder %1 cannot be created.")
                             .arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    for (int slot = 0; slot < maxSlots; ++slot) {
        const QString name = slot == 0 ? QStringLiteral("autosave.lock")
                                       : QStringLiteral("autosave-%1.lock").arg(slot + 1);
        auto lock = std::make_unique<QLockFile>(m_folder + QLatin1Char('/') + name);
        // Never stale by age: a window may run for days. A lock whose process is gone is stale.
        lock->setStaleLockTime(0);
        if (lock->tryLock(0)) {
            m_slot = slot;
            m_lock = std::move(lock);
            return true;
        }
        if (lock->error() != QLockFile::LockFailedError) {
            if (error)
                *error = QCoreApplication::translate("RecoveryStore",
                                                     "The folder %1 cannot be written.")
                                 .arg(QDir::toNativeSeparators(m_folder));
            return false;
        }
    }
    if (error)
        *error = QCoreApplication::translate(
                         "RecoveryStore",
                         "Every autosave place in %1 is taken by another Segment Editor window.")
                         .arg(QDir::toNativeSeparators(m_folder));
    return false;
}

QString RecoveryStore::keepAside(const QString &path) const
{
    const QString base = path + QStringLiteral(".broken-")
            + m_clock().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = base;
    for (int n = 2; QFile::exists(target); ++n)
        target = QStringLiteral("%1-%2").arg(base).arg(n);
    if (!QFile::rename(path, target))
        return {};
    // What SQLite keeps beside a database belongs to it.
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm")})
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    return target;
}

RecoveryStore::Leftover RecoveryStore::takeLeftover()
{
    Leftover leftover;
    if (m_slot < 0)
        return leftover;

    const QString autosave = autosavePath();
    if (QFile::exists(autosave)) {
        QFile file(autosave);
        QString why;
        std::optional<WorkingSet> set;
        QByteArray bytes;
        if (!file.open(QIODevice::ReadOnly)) {
            why = file.errorString();
        } else {
            bytes = file.readAll();
            file.close();
            set = WorkingSet::fromJson(bytes, &why);
        }
        if (set) {
            leftover.autosave = std::move(set);
            const QJsonObject about
                    = QJsonDocument::fromJson(bytes).object().value(autosaveMember).toObject();
            leftover.sourceFile = about.value(QLatin1String("sourceFile")).toString();
            leftover.savedAt = QDateTime::fromString(
                    about.value(QLatin1String("savedAt")).toString(), Qt::ISODateWithMs);
            if (!leftover.savedAt.isValid())
                leftover.savedAt = QFileInfo(autosave).lastModified();
        } else {
            leftover.autosaveError = why;
            leftover.autosaveKeptAs = keepAside(autosave);
        }
    }

    const QString journal = journalPath();
    if (QFile::exists(journal)) {
        QString why;
        std::optional<SendJournal::Replay> replay = SendJournal::replay(journal, &why);
        if (!replay) {
            leftover.journalError = why;
            leftover.journalKeptAs = keepAside(journal);
        } else if (replay->finished) {
            SendJournal::remove(journal); // the send ended; only the removal was missed
        } else {
            leftover.journal = std::move(replay);
        }
    }
    return leftover;
}

bool RecoveryStore::writeAutosave(const WorkingSet &set, const QString &sourceFile, QString *error)
{
    if (m_slot < 0)
        return false;
    QJsonObject root = set.toJsonObject();
    QJsonObject about{{QLatin1String("savedAt"), m_clock().toString(Qt::ISODateWithMs)}};
    if (!sourceFile.isEmpty())
        about.insert(QLatin1String("sourceFile"), sourceFile);
    root.insert(autosaveMember, about);

    QSaveFile file(autosavePath());
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("RecoveryStore", "Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(autosavePath()), file.errorString());
        return false;
    }
    return true;
}

bool RecoveryStore::hasAutosave() const
{
    return m_slot >= 0 && QFile::exists(autosavePath());
}

void RecoveryStore::removeAutosave()
{
    if (m_slot >= 0)
        QFile::remove(autosavePath());
}

void RecoveryStore::removeJournal()
{
    if (m_slot >= 0)
        SendJournal::remove(journalPath());
}
