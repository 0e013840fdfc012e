#pragma once

#include "AudienceSegment.h"
#include "Lookups.h"
#include "SegmentOutcome.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>
#include <QUrl>

#include <optional>

// Where a segment is in its life, beside its edit: one that exists on the server; one made here
// (a new or duplicated segment, with a temporary id "new-<n>", created by the next send); one
// marked for deletion by the next send (it stays until the server confirms).
enum class SegmentLifecycle { Existing, New, ToDelete };
Q_DECLARE_METATYPE(SegmentLifecycle)

// A working set on disk: the segments as loaded from the server, the user's edits, and after a send
// the last outcome of each. It is what Open/Save, autosave and `segmentctl` read and write; the
// format is documented in docs/working-set.md. It never holds a secret or a token.
struct WorkingSetEntry
{
    AudienceSegment original;
    std::optional<AudienceSegment> edited; // absent when unchanged
    bool excluded = false;                 // left out of the next send
    // New: `original` is the local skeleton (temporary id, advertiser, type) and `edited` the
    // segment to create. ToDelete: the segment is deleted by the next send.
    SegmentLifecycle lifecycle = SegmentLifecycle::Existing;
    std::optional<SegmentOutcome> outcome; // of the last send; `entity` is not stored
    // A conflict with the server's copy (original) found before a send: the version the user
    // started from, and the fields still to resolve (empty: every field both the user and the
    // server changed since conflictBase, to different values). Absent without a conflict.
    std::optional<AudienceSegment> conflictBase;
    QStringList conflictFields;

    // The state the user wants: edited when present, else original.
    const AudienceSegment &wanted() const { return edited ? *edited : original; }
    bool isModified() const { return edited.has_value() && *edited != original; }
    // Whether the next send has something to do for it.
    bool hasChange() const { return isModified() || lifecycle != SegmentLifecycle::Existing; }
};

struct WorkingSet
{
    static constexpr int formatVersion = 1;

    QUrl baseUrl;
    QString apiVersion;
    // The names of the segments' advertisers, as the API listed them when the set was saved (so
    // that a file opened offline shows names, not bare ids); by id, without duplicates. Optional:
    // older files have none.
    QList<Advertiser> advertisers;
    QList<WorkingSetEntry> segments;

    QByteArray toJson() const;
    // The same document as an object, for files that add members of their own (the autosave).
    QJsonObject toJsonObject() const;
    // Written atomically (QSaveFile): a crash leaves the old file or the new one, never half.
    bool write(const QString &path, QString *error) const;
    // Any bytes of a working set written the same way (WorkingSetFile writes its own).
    static bool writeBytes(const QString &path, const QByteArray &json, QString *error);

    // A message naming the line (for JSON syntax) or the JSON path (for content) on failure.
    static std::optional<WorkingSet> fromJson(const QByteArray &json, QString *error);
    static std::optional<WorkingSet> read(const QString &path, QString *error);

    // One entry of "segments", for stores that keep entries apart (the autosave). `base` is the
    // JSON path messages name ("segments/3").
    static QJsonObject entryToJson(const WorkingSetEntry &entry);
    static std::optional<WorkingSetEntry> entryFromJson(const QJsonValue &value,
                                                        const QString &base, QString *error);
    // The "advertisers" member: [{"id": …, "name": …}], sorted by id, one per id. Reading keeps
    // what it can: an entry without a text id and name is skipped, the first of an id wins (the
    // names only label ids, so a damaged list never stops a file from opening).
    static QJsonArray advertisersToJson(const QList<Advertiser> &advertisers);
    static QList<Advertiser> advertisersFromJson(const QJsonValue &value);
    // A problem as the file keeps it (a CommonProblem with severity, field and origin), for
    // other stores of outcomes (the send history).
    static QJsonObject problemToJson(const Problem &problem);
    static Problem problemFromJson(const QJsonValue &value, const QString &segmentId);
};
