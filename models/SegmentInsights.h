#pragma once

#include "AudienceSegment.h"
#include "InsightsPort.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

// What is known about segments beyond their settings, per segment id, without any network: the
// current size of the saved segment, the estimated size of the edited definition, and the
// audiences (and through them the ad sets) that use it. SegmentInsightsFetcher fills it from an
// InsightsPort; the table's Size and Used by columns, the details panel and segmentctl read it.
//
// Sizes remember the definition they were computed for (definitionKey()). A size whose segment's
// saved definition has changed since (a send, a reload) is *stale*: still shown, marked so. An
// estimate is for one edited definition: once the edit changes again, it is stale until asked
// again. checkDefinitions() is how the store learns the current versions (the table model calls it
// for the rows that change). A size the server could not compute is CannotCompute, never 0.
class SegmentInsights : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Unknown,       // never asked
        Loading,       // asked, no answer yet
        Known,         // a number
        CannotCompute, // the server answered null, or named the item in a problem
        Failed         // the request failed as a whole: ask again
    };
    Q_ENUM(State)

    struct Size
    {
        State state = State::Unknown;
        std::optional<qint64> value; // Known; kept while Loading again
        QDateTime fetchedAt;         // UTC, of the last answer
        QString reason;              // CannotCompute / Failed: the server's words
        QString definitionKey;       // the definition it was computed for
        bool stale = false;          // the definition has changed since
    };

    struct Usage
    {
        State state = State::Unknown; // Known (possibly no audience), Loading, Failed
        QList<AudienceUse> audiences;
        QDateTime fetchedAt;
        QString reason;

        // The ad sets of all its audiences, each once.
        QStringList adSetIds() const;
    };

    using Clock = std::function<QDateTime()>;

    explicit SegmentInsights(QObject *parent = nullptr);

    void setClock(Clock clock);
    QDateTime now() const;

    Size size(const QString &id) const { return m_sizes.value(id); }
    Size estimate(const QString &id) const { return m_estimates.value(id); }
    Usage usage(const QString &id) const { return m_usage.value(id); }
    bool hasAnything(const QString &id) const;

    // --- the send path's questions
    // The audiences known to use the segment; empty when unknown or unused (see isUsed()).
    QList<AudienceUse> audiencesUsing(const QString &id) const;
    // true: used by at least one audience; false: known to be used by none; nothing: unknown
    // (never asked, loading or failed): ask SegmentInsightsFetcher::requestUsage() first.
    std::optional<bool> isUsed(const QString &id) const;

    // --- filled by the fetcher
    void setSizesLoading(const QStringList &ids);
    void setSize(const QString &id, const Size &size);
    void setEstimateLoading(const QString &id);
    void setEstimate(const QString &id, const Size &estimate);
    void setUsageLoading(const QStringList &ids);
    void setUsage(const QString &id, const Usage &usage);
    // Forgets everything (a new connection: the sizes were another account's).
    void clear();

    // The current versions of a segment: sizes of another definition become stale. Cheap for
    // an id the store knows nothing about.
    void checkDefinitions(const QString &id, const AudienceSegment &original,
                          const AudienceSegment &edited);
    // The ids with an entry (for checking them all after a model reset).
    QStringList knownIds() const;

    // --- definitions
    // A canonical text of the type-specific settings (the JSON of the type's sub-object): two
    // versions with the same key have the same size.
    static QString definitionKey(const AudienceSegment &segment);
    // Whether estimate-size can be asked for this segment: InMarket with a country, Location
    // with points and a radius.
    static bool canEstimate(const AudienceSegment &segment);
    // The AudienceSegmentSizeEstimationEntityV1 of a segment's definition ({advertiserId,
    // inMarket} or {advertiserId, location}); empty when canEstimate() is false.
    static QJsonObject estimateDefinition(const AudienceSegment &segment);

    // --- words
    // "1.2 M", "340 k", "950": compact, in the locale's digits and decimal separator.
    static QString formatSize(qint64 size, const QLocale &locale = QLocale());
    // What the Size column shows: the current size, and "→ estimate" when the edited definition
    // differs from the saved one ("1.2 M → 340 k", "? → 340 k", "1.2 M → …").
    QString sizeText(const QString &id, bool edited) const;
    // The tooltip: when each size was computed, whether it is stale, why one cannot be computed.
    QString sizeToolTip(const QString &id, bool edited) const;
    // What the Used by column shows: "3 audiences · 5 ad sets", "Not used", "…" or "".
    QString usageText(const QString &id) const;
    QString usageToolTip(const QString &id) const;
    // "1 audience", "3 audiences"; "1 ad set", "5 ad sets".
    static QString audienceCount(int n);
    static QString adSetCount(int n);

Q_SIGNALS:
    // Entries of these ids changed (state, value, staleness).
    void changed(const QStringList &ids);

private:
    struct Keys
    {
        QString original;
        QString edited;
    };
    QString stateWords(const Size &size, bool estimate) const;

    Clock m_clock;
    QHash<QString, Size> m_sizes;
    QHash<QString, Size> m_estimates;
    QHash<QString, Usage> m_usage;
    QHash<QString, Keys> m_keys; // the last versions checkDefinitions() saw
};
