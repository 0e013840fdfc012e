#pragma once

// The fault matrix of issue 15 (docs/reliability.md): the faults, the working set of 1 000 edited
// segments they are sent through, and the checks every row ends with, shared by the suite of
// `segmentctl push` and of the window.
#include "DemoDataGenerator.h"
#include "DemoServer.h"
#include "SegmentJson.h"
#include "WorkingSet.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTest>

namespace FaultMatrix {

constexpr int kSegments = 1000;
const QString kPatchPath = QStringLiteral("/2025-10/marketing-solutions/audience-segments");

struct Row
{
    const char *name;
    const char *spec; // DemoFault spec of the first send
    int chunkSize = 50;
    int callsPerMinute = 0; // the server's limit (0: none)
    enum class Disk { Fine, WorkingSet, Journal } disk = Disk::Fine;
};

inline QList<Row> rows()
{
    using D = Row::Disk;
    return {
            {"none", "", 50, 0, D::Fine},
            {"5xx 30%", "5xx=0.3:path=/2025-10/*", 50, 0, D::Fine},
            {"resets 20%", "reset=0.2:path=/2025-10/*", 50, 0, D::Fine},
            {"malformed 20%", "malformed=0.2:method=PATCH", 50, 0, D::Fine},
            {"truncated 20%", "truncated=0.2:method=PATCH", 50, 0, D::Fine},
            {"html 20%", "html=0.2:method=PATCH", 50, 0, D::Fine},
            {"token expires twice", "expire-token=3,expire-token=12", 50, 0, D::Fine},
            {"60 calls a minute", "", 10, 60, D::Fine},
            {"latency 300 ms", "latency=300:count=3", 50, 0, D::Fine},
            {"401, renewal fails", "renew-fail=5", 50, 0, D::Fine},
            {"429 without headers", "429=1:method=PATCH:count=3", 50, 0, D::Fine},
            {"hang past timeout", "hang=2:method=PATCH", 50, 0, D::Fine},
            {"@data index out of range", "bad-index=1:method=PATCH:count=0", 50, 0, D::Fine},
            {"ids missing from data", "drop-ids=1:method=PATCH:count=0", 50, 0, D::Fine},
            {"applied, then dropped", "apply-drop=0.3:method=PATCH", 50, 0, D::Fine},
            {"full disk: working set", "", 50, 0, D::WorkingSet},
            {"full disk: journal", "", 50, 0, D::Journal},
    };
}

// 1 300 sample segments: the first 1 000 the demo credentials may change.
inline DemoData data()
{
    return DemoDataGenerator::generate(1, 1300);
}

inline QString newName(const QString &oldName)
{
    return oldName + QStringLiteral(" (fm)");
}

// The working set of the matrix: every editable segment renamed, 1 000 of them.
inline WorkingSet workingSet(const DemoServer &server, QStringList *ids)
{
    WorkingSet set;
    set.baseUrl = server.baseUrl();
    set.apiVersion = server.apiVersion();
    for (const QString &advertiser : server.data().reachableAdvertiserIds())
        for (const QString &id : server.data().segmentIdsOf(advertiser)) {
            if (ids->size() >= kSegments)
                break;
            if (server.data().typeOf(id) == QLatin1String("ContactList"))
                continue;
            SegmentJson::ParseIssues issues;
            WorkingSetEntry entry;
            entry.original
                    = SegmentJson::parseSegmentResource(server.data().segmentResource(id), &issues);
            AudienceSegment edited = entry.original;
            edited.name = newName(entry.original.name.value_or(QString()));
            entry.edited = edited;
            set.segments.append(entry);
            ids->append(id);
        }
    return set;
}

inline QStringList idsIn(const RecordedRequest &r)
{
    QStringList ids;
    for (const QJsonValue &item : r.json().object().value(QLatin1String("data")).toArray())
        ids.append(item[QLatin1String("id")].toString());
    return ids;
}

inline bool isPatch(const RecordedRequest &r)
{
    return r.method == "PATCH" && r.path == kPatchPath;
}

// The server acted on this PATCH (whatever the client heard of it).
inline bool applied(const RecordedRequest &r)
{
    return isPatch(r) && r.processed && (r.status == 200 || r.fault == QLatin1String("apply-drop"));
}

// How each segment stands after a send, as its front end holds it.
struct RowState
{
    bool edited = false;  // the edit is still there (not known to be applied)
    QString editedName;   // then: its name
    bool definite = true; // an outcome, or the plain edit (never "sending")
    QString what;         // for messages
};

// Every row definite, no edit lost: a row without its edit is on the server; a row with it
// holds the new name. Retries within their bound: no PATCH of the same items more than
// `maxAttempts` times.
inline void checkFirstSend(const DemoServer &server, const QStringList &ids,
                           const QHash<QString, QString> &names,
                           const QHash<QString, RowState> &states, int maxAttempts,
                           QString *summary)
{
    int editedRows = 0;
    for (const QString &id : ids) {
        QVERIFY2(states.contains(id), qPrintable(id));
        const RowState &s = states.value(id);
        QVERIFY2(s.definite, qPrintable(QStringLiteral("%1: %2").arg(id, s.what)));
        const QString onServer = server.data().segment(id).value(QLatin1String("name")).toString();
        if (s.edited) {
            ++editedRows;
            QCOMPARE(s.editedName, names.value(id));
        } else {
            QVERIFY2(onServer == names.value(id),
                     qPrintable(QStringLiteral("%1 lost its edit: %2 on the server (%3)")
                                        .arg(id, onServer, s.what)));
        }
    }
    QHash<QString, int> sentTimes;
    for (const RecordedRequest &r : server.requests())
        if (isPatch(r))
            ++sentTimes[idsIn(r).join(QLatin1Char(','))];
    int most = 0;
    for (const int n : std::as_const(sentTimes))
        most = qMax(most, n);
    QVERIFY2(most <= maxAttempts, qPrintable(QString::number(most)));
    *summary = QStringLiteral("%1 still edited, %2 PATCH, most tries of one chunk %3")
                       .arg(editedRows)
                       .arg(sentTimes.size())
                       .arg(most);
}

// After the second send: every edit on the server, each applied exactly once over both sends.
inline void checkConverged(const DemoServer &server, const QStringList &ids,
                           const QHash<QString, QString> &names,
                           const QHash<QString, RowState> &states)
{
    QHash<QString, int> times;
    for (const RecordedRequest &r : server.requests())
        if (applied(r))
            for (const QString &id : idsIn(r))
                ++times[id];
    for (const QString &id : ids) {
        QVERIFY2(!states.value(id).edited,
                 qPrintable(QStringLiteral("%1: %2").arg(id, states.value(id).what)));
        QCOMPARE(server.data().segment(id).value(QLatin1String("name")).toString(),
                 names.value(id));
        QVERIFY2(times.value(id) == 1,
                 qPrintable(QStringLiteral("%1 applied %2 times").arg(id).arg(times.value(id))));
    }
}

// The server's clock stands still (long before the client's) and moves a minute on at each 429:
// the limit bites, and what x-ratelimit-reset names is already past for the client.
struct StandingClock
{
    QDateTime at = QDateTime(QDate(2020, 1, 6), QTime(9, 0, 0), Qt::UTC);
    void attach(DemoServer *server)
    {
        server->setClock([this] { return at; });
        QObject::connect(server, &DemoServer::requestHandled, server,
                         [this](const RecordedRequest &r) {
                             if (r.status == 429)
                                 at = at.addSecs(60);
                         });
    }
};

} // namespace FaultMatrix
