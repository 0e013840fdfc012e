#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// Everything the demo server knows: advertisers (some the demo application may not reach), the
// segments as AudienceSegmentEntityV1 JSON objects keyed by id, and the in-market catalogues.
// A plain value: the generator builds one, the server owns one and tests may read or change it.
// Segments keep their creation order (search pages follow it) and are indexed by advertiser and by
// (advertiser, name), so that search, paging and the name-must-be-unique rule stay fast at 100 000.
class DemoData
{
public:
    struct Advertiser
    {
        QString id;
        QString name;
        bool reachable = true; // false: exists, but the demo credentials may not use it
    };

    struct Brand
    {
        QString id;
        QString name;
        qint32 size = 0; // audience size before the per-country factor
    };

    // A node of the interest tree (ids follow the Google product taxonomy). The API only returns
    // id and parentId; the name is kept for building realistic segment names.
    struct Interest
    {
        QString id;
        QString parentId; // empty for a root
        QString name;
    };

    // An audience (AudienceEntityV1): what ad sets target, made of segments combined by an
    // and/or/not tree whose leaves name segment ids. `segmentIds` are those leaves, indexed.
    struct Audience
    {
        QString id;
        QString advertiserId;
        QString name;
        QStringList adSetIds;
        QJsonObject algebra; // AlgebraNodeV1
        QStringList segmentIds;
    };

    // Search filters, AND-ed; an empty list does not filter.
    struct SegmentFilter
    {
        QStringList advertiserIds;
        QStringList segmentIds;
        QStringList types;
    };

    void addAdvertiser(const Advertiser &advertiser);
    QList<Advertiser> advertisers() const { return m_advertisers; }
    std::optional<Advertiser> advertiser(const QString &id) const;
    bool isReachable(const QString &advertiserId) const;
    QStringList reachableAdvertiserIds() const;

    void setBrands(const QList<Brand> &brands);
    QList<Brand> brands() const { return m_brands; }
    bool hasBrand(const QString &id) const { return m_brandIds.contains(id); }

    void setInterests(const QList<Interest> &interests);
    QList<Interest> interests() const { return m_interests; }
    bool hasInterest(const QString &id) const { return m_interestIds.contains(id); }

    // Adds a segment, or replaces the one with the same id (keeping its place in the order).
    // `attributes` is an AudienceSegmentEntityV1; its advertiserId, type and name are indexed.
    void insertSegment(const QString &id, const QJsonObject &attributes);
    // Removes segments (the rest keep their order). Unknown ids are skipped.
    void removeSegments(const QStringList &ids);
    // An id no segment has had: one more than the highest numeric id so far.
    QString nextSegmentId() const;
    // Makes room for `count` segments (the generator calls it; it only saves reallocations).
    void reserve(int count);
    bool hasSegment(const QString &id) const { return m_indexById.contains(id); }
    int segmentCount() const { return int(m_segments.size()); }
    // The attributes of a segment; an empty object when there is no such segment.
    QJsonObject segment(const QString &id) const;
    // The resource as the API returns it: {id, type: "AudienceSegment", attributes}.
    QJsonObject segmentResource(const QString &id) const;
    QString advertiserOf(const QString &segmentId) const;
    QString typeOf(const QString &segmentId) const;
    // All ids in creation order, or those of one advertiser.
    QStringList segmentIds() const;
    QStringList segmentIdsOf(const QString &advertiserId) const;
    // The id of the advertiser's segment with exactly this name; empty if none.
    QString segmentIdNamed(const QString &advertiserId, const QString &name) const;

    // Ids of the segments of reachable advertisers that pass the filter, in creation order.
    QStringList search(const SegmentFilter &filter) const;

    // Audiences (DemoInsights.cpp): they replace the list and index it by segment id.
    void setAudiences(const QList<Audience> &audiences);
    QList<Audience> audiences() const { return m_audiences; }
    // Indexes into audiences() of those whose algebra names the segment, in order.
    QList<int> audiencesUsing(const QString &segmentId) const
    {
        return m_audiencesBySegment.value(segmentId);
    }

    // Changes with every insertSegment(): lets a caller cache what it derived from the segments.
    quint64 revision() const { return m_revision; }

private:
    struct Entry
    {
        QString id;
        QString advertiserId;
        QString type;
        QString name;
        QJsonObject attributes;
    };

    QList<Advertiser> m_advertisers;
    QList<Brand> m_brands;
    QSet<QString> m_brandIds;
    QList<Interest> m_interests;
    QSet<QString> m_interestIds;

    QList<Entry> m_segments;
    QHash<QString, int> m_indexById;
    QHash<QString, QList<int>> m_indexByAdvertiser;
    QHash<QString, QHash<QString, int>> m_indexByName; // advertiser -> name -> index
    quint64 m_revision = 0;
    qint64 m_highestId = 0;
    QList<Audience> m_audiences;
    QHash<QString, QList<int>> m_audiencesBySegment;
};
