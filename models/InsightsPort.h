#pragma once

#include "Problem.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <optional>

// An audience (AudienceEntityV1) as far as "where is this segment used" needs it: its name, its
// advertiser, the ad sets that target it, and the segments its algebra (and/or/not tree) names.
struct AudienceUse
{
    QString id;
    QString name;
    QString advertiserId;
    QStringList adSetIds;
    QStringList segmentIds; // the leaves of its algebra, each once, in tree order

    friend bool operator==(const AudienceUse &a, const AudienceUse &b)
    {
        return a.id == b.id && a.name == b.name && a.advertiserId == b.advertiserId
                && a.adSetIds == b.adSetIds && a.segmentIds == b.segmentIds;
    }
};

// What the sizes and "where used" need from the outside world (SegmentInsightsFetcher drives
// it): compute the sizes of saved segments, estimate the size of one definition, and find the
// audiences that use segments. The application implements it on the service layer
// (ServiceInsightsPort: one job per call on the connection's ApiClient, with its retries and rate
// limit); tests may implement it in memory. No network type appears here.
//
// Every call answers later through a signal, never from inside the call, with the caller's
// ticket. The port may split a call into several requests (compute-sizes takes at most
// MaxIdsPerSizeRequest ids; the audience search is paged); the answer comes once, complete.
class InsightsPort : public QObject
{
    Q_OBJECT

public:
    // The API documents no limit for compute-sizes; the segment search takes 100 ids a page.
    static constexpr int MaxIdsPerSizeRequest = 100;

    struct SizeItem
    {
        QString segmentId;
        // The answer's size; nothing when the server said null, named the item in a problem, or
        // left it out: the size cannot be computed (never zero).
        std::optional<qint64> size;
        ProblemList problems; // the problems that name this item, if any
        QString error;        // the request of this item failed as a whole: nothing is known
    };

    struct SizesAnswer
    {
        int ticket = 0;
        QList<SizeItem> items;     // one per id asked, in the order asked
        ProblemList batchProblems; // problems no item could be given
        QString error;    // the first request that failed as a whole (network, 5xx, 403…), if any
        int requests = 0; // HTTP requests it took, retries included
    };

    struct EstimateAnswer
    {
        int ticket = 0;
        std::optional<qint64> size; // nothing: cannot be computed (problems say why)
        ProblemList problems;
        QString error; // the request failed as a whole
    };

    struct UsageAnswer
    {
        int ticket = 0;
        QStringList segmentIds;       // as asked
        QList<AudienceUse> audiences; // every audience naming one of them (each once)
        ProblemList problems;         // warnings and errors the server sent along
        QString error;                // the search stopped: what arrived is incomplete
        int pages = 0;
    };

    using QObject::QObject;

    // Answers with sizesComputed().
    virtual void computeSizes(int ticket, const QStringList &segmentIds) = 0;
    // `definition` is an AudienceSegmentSizeEstimationEntityV1 (advertiserId and inMarket or
    // location; SegmentInsights::estimateDefinition). Answers with sizeEstimated().
    virtual void estimateSize(int ticket, const QJsonObject &definition) = 0;
    // Answers with audiencesFound().
    virtual void findAudiences(int ticket, const QStringList &segmentIds) = 0;
    // Stops what runs; each call still answers, with an error saying it was cancelled.
    virtual void cancel() = 0;

Q_SIGNALS:
    void sizesComputed(const InsightsPort::SizesAnswer &answer);
    void sizeEstimated(const InsightsPort::EstimateAnswer &answer);
    void audiencesFound(const InsightsPort::UsageAnswer &answer);
};
Q_DECLARE_METATYPE(InsightsPort::SizesAnswer)
Q_DECLARE_METATYPE(InsightsPort::EstimateAnswer)
Q_DECLARE_METATYPE(InsightsPort::UsageAnswer)
