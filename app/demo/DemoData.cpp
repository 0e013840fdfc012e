#include "DemoData.h"

#include <QJsonValue>

#include <algorithm>

void DemoData::addAdvertiser(const Advertiser &advertiser)
{
    for (Advertiser &known : m_advertisers) {
        if (known.id == advertiser.id) {
            known = advertiser;
            ++m_revision;
            return;
        }
    }
    m_advertisers.append(advertiser);
    ++m_revision;
}

std::optional<DemoData::Advertiser> DemoData::advertiser(const QString &id) const
{
    for (const Advertiser &a : m_advertisers) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

bool DemoData::isReachable(const QString &advertiserId) const
{
    const auto a = advertiser(advertiserId);
    return a && a->reachable;
}

QStringList DemoData::reachableAdvertiserIds() const
{
    QStringList ids;
    for (const Advertiser &a : m_advertisers) {
        if (a.reachable)
            ids.append(a.id);
    }
    return ids;
}

void DemoData::setBrands(const QList<Brand> &brands)
{
    m_brands = brands;
    m_brandIds.clear();
    for (const Brand &b : brands)
        m_brandIds.insert(b.id);
}

void DemoData::setInterests(const QList<Interest> &interests)
{
    m_interests = interests;
    m_interestIds.clear();
    for (const Interest &i : interests)
        m_interestIds.insert(i.id);
}

void DemoData::insertSegment(const QString &id, const QJsonObject &attributes)
{
    Entry entry;
    entry.id = id;
    entry.advertiserId = attributes.value(QLatin1String("advertiserId")).toString();
    entry.type = attributes.value(QLatin1String("type")).toString();
    entry.name = attributes.value(QLatin1String("name")).toString();
    entry.attributes = attributes;
    ++m_revision;
    bool numeric = false;
    const qint64 n = id.toLongLong(&numeric);
    if (numeric)
        m_highestId = std::max(m_highestId, n);

    const auto existing = m_indexById.constFind(id);
    if (existing == m_indexById.cend()) {
        const int index = int(m_segments.size());
        m_indexById.insert(id, index);
        m_indexByAdvertiser[entry.advertiserId].append(index);
        m_indexByName[entry.advertiserId].insert(entry.name, index);
        m_segments.append(std::move(entry));
        return;
    }

    const int index = *existing;
    Entry &old = m_segments[index];
    if (old.advertiserId != entry.advertiserId) {
        m_indexByAdvertiser[old.advertiserId].removeOne(index);
        QList<int> &list = m_indexByAdvertiser[entry.advertiserId];
        list.insert(std::lower_bound(list.begin(), list.end(), index), index);
    }
    QHash<QString, int> &oldNames = m_indexByName[old.advertiserId];
    if (oldNames.value(old.name, -1) == index)
        oldNames.remove(old.name);
    m_indexByName[entry.advertiserId].insert(entry.name, index);
    old = std::move(entry);
}

void DemoData::removeSegments(const QStringList &ids)
{
    const QSet<QString> gone(ids.cbegin(), ids.cend());
    QList<Entry> kept;
    kept.reserve(m_segments.size());
    for (Entry &entry : m_segments)
        if (!gone.contains(entry.id))
            kept.append(std::move(entry));
    if (kept.size() == m_segments.size()) {
        m_segments = std::move(kept);
        return;
    }
    m_segments = std::move(kept);
    m_indexById.clear();
    m_indexByAdvertiser.clear();
    m_indexByName.clear();
    for (int index = 0; index < m_segments.size(); ++index) {
        const Entry &entry = m_segments.at(index);
        m_indexById.insert(entry.id, index);
        m_indexByAdvertiser[entry.advertiserId].append(index);
        m_indexByName[entry.advertiserId].insert(entry.name, index);
    }
    ++m_revision;
}

QString DemoData::nextSegmentId() const
{
    return QString::number(m_highestId + 1);
}

void DemoData::reserve(int count)
{
    m_segments.reserve(count);
    m_indexById.reserve(count);
}

QJsonObject DemoData::segment(const QString &id) const
{
    const int index = m_indexById.value(id, -1);
    return index < 0 ? QJsonObject() : m_segments.at(index).attributes;
}

QJsonObject DemoData::segmentResource(const QString &id) const
{
    const int index = m_indexById.value(id, -1);
    if (index < 0)
        return {};
    return QJsonObject{{QLatin1String("id"), id},
                       {QLatin1String("type"), QLatin1String("AudienceSegment")},
                       {QLatin1String("attributes"), m_segments.at(index).attributes}};
}

QString DemoData::advertiserOf(const QString &segmentId) const
{
    const int index = m_indexById.value(segmentId, -1);
    return index < 0 ? QString() : m_segments.at(index).advertiserId;
}

QString DemoData::typeOf(const QString &segmentId) const
{
    const int index = m_indexById.value(segmentId, -1);
    return index < 0 ? QString() : m_segments.at(index).type;
}

QStringList DemoData::segmentIds() const
{
    QStringList ids;
    ids.reserve(m_segments.size());
    for (const Entry &e : m_segments)
        ids.append(e.id);
    return ids;
}

QStringList DemoData::segmentIdsOf(const QString &advertiserId) const
{
    QStringList ids;
    const QList<int> indexes = m_indexByAdvertiser.value(advertiserId);
    ids.reserve(indexes.size());
    for (int index : indexes)
        ids.append(m_segments.at(index).id);
    return ids;
}

QString DemoData::segmentIdNamed(const QString &advertiserId, const QString &name) const
{
    const int index = m_indexByName.value(advertiserId).value(name, -1);
    return index < 0 ? QString() : m_segments.at(index).id;
}

QStringList DemoData::search(const SegmentFilter &filter) const
{
    QSet<QString> advertisers;
    const QStringList wanted
            = filter.advertiserIds.isEmpty() ? reachableAdvertiserIds() : filter.advertiserIds;
    for (const QString &id : wanted) {
        if (isReachable(id))
            advertisers.insert(id);
    }
    const QSet<QString> types(filter.types.cbegin(), filter.types.cend());

    QList<int> candidates;
    if (!filter.segmentIds.isEmpty()) {
        for (const QString &id : filter.segmentIds) {
            const int index = m_indexById.value(id, -1);
            if (index >= 0)
                candidates.append(index);
        }
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    } else {
        for (const QString &advertiserId : advertisers)
            candidates.append(m_indexByAdvertiser.value(advertiserId));
        std::sort(candidates.begin(), candidates.end());
    }

    QStringList ids;
    for (int index : candidates) {
        const Entry &e = m_segments.at(index);
        if (!advertisers.contains(e.advertiserId))
            continue;
        if (!types.isEmpty() && !types.contains(e.type))
            continue;
        ids.append(e.id);
    }
    return ids;
}
