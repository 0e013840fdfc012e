// `segmentctl export` and `segmentctl import` as a script runs them: a working set out to a sheet
// and back, a messy sheet's report, change sets between two working sets.
#include "SampleSegments.h"
#include "SegmentCtlProcess.h"
#include "WorkingSet.h"

#include <QJsonArray>
#include <QTemporaryDir>

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(SEGMENT_TEST_DATA "/sheets/") + QLatin1String(name);
}

WorkingSet samples()
{
    WorkingSet set;
    set.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    set.apiVersion = QStringLiteral("2025-10");
    for (const AudienceSegment &s : SampleSegments::all()) {
        WorkingSetEntry e;
        e.original = s;
        set.segments.append(e);
    }
    return set;
}

std::optional<WorkingSet> readSet(const QString &path)
{
    QString error;
    auto set = WorkingSet::read(path, &error);
    if (!set)
        qWarning("%s", qPrintable(error));
    return set;
}

const WorkingSetEntry *entry(const WorkingSet &set, const char *id)
{
    for (const WorkingSetEntry &e : set.segments)
        if (e.original.id == QLatin1String(id))
            return &e;
    return nullptr;
}

} // namespace

class TestSegmentCtlSheets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(QStringLiteral("ws.json"));
        QString error;
        QVERIFY2(samples().write(m_ws, &error), qPrintable(error));
    }

    void exportThenImportChangesNothing()
    {
        using namespace SegmentCtlProcess;
        const QString sheet = m_dir.filePath(QStringLiteral("segments.csv"));
        SegmentCtlResult r = run({QStringLiteral("export"), m_ws, QStringLiteral("-o"), sheet,
                                  QStringLiteral("--separator"), QStringLiteral("semicolon")},
                                 environment());
        SEGMENTCTL_EXPECT(r, 0);
        QCOMPARE(r.out,
                 sheet + QStringLiteral(": 8 segments\n")
                         + m_dir.filePath(QStringLiteral("segments-points.csv"))
                         + QStringLiteral(": points of interest\n"));
        QVERIFY(readBytes(sheet).startsWith("\xEF\xBB\xBFid;advertiser id;type;name"));

        const QByteArray before = readBytes(m_ws);
        r = run({QStringLiteral("import"), sheet, QStringLiteral("--into"), m_ws}, environment());
        SEGMENTCTL_EXPECT(r, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QLatin1String("applied")).toArray(), QJsonArray());
        QCOMPARE(report.value(QLatin1String("refused")).toArray(), QJsonArray());
        QCOMPARE(report.value(QLatin1String("unchanged")).toInt(), 8);
        QCOMPARE(readBytes(m_ws), before); // not even rewritten
    }

    void messySheetAppliesItsGoodRows()
    {
        using namespace SegmentCtlProcess;
        const SegmentCtlResult r = run({QStringLiteral("import"), dataFile("messy-fr.csv"),
                                        QStringLiteral("--into"), m_ws},
                                       environment());
        SEGMENTCTL_EXPECT(r, 2);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QStringList applied;
        for (const QJsonValue &v : report.value(QLatin1String("applied")).toArray())
            applied.append(v.toObject().value(QLatin1String("id")).toString());
        QCOMPARE(applied,
                 (QStringList{QStringLiteral("1001"), QStringLiteral("1002"),
                              QStringLiteral("1004")}));
        const QJsonArray refused = report.value(QLatin1String("refused")).toArray();
        QCOMPARE(refused.size(), 5);
        QCOMPARE(refused.at(0).toObject().value(QLatin1String("line")).toInt(), 4);
        QCOMPARE(refused.at(0).toObject().value(QLatin1String("column")).toInt(), 2);
        QCOMPARE(report.value(QLatin1String("warnings")).toArray().size(), 1);
        QVERIFY(r.err.contains(QStringLiteral("line 5, column 5 (Jours depuis la dernière visite "
                                              "max): “#REF!” is a spreadsheet error")));

        const std::optional<WorkingSet> set = readSet(m_ws);
        QVERIFY(set);
        QCOMPARE(entry(*set, "1001")->wanted().inMarket->brandIds,
                 (QStringList{QStringLiteral("4101"), QStringLiteral("4102"),
                              QStringLiteral("4199")}));
        QVERIFY(entry(*set, "1002")->isModified());
        QVERIFY(entry(*set, "1004")->isModified());
        QVERIFY(!entry(*set, "1003")->isModified());
        QVERIFY(!entry(*set, "1005")->isModified());
    }

    void dryRunWritesNothing()
    {
        using namespace SegmentCtlProcess;
        const QByteArray before = readBytes(m_ws);
        const SegmentCtlResult r
                = run({QStringLiteral("import"), dataFile("edited.csv"), QStringLiteral("--into"),
                       m_ws, QStringLiteral("--dry-run")},
                      environment());
        SEGMENTCTL_EXPECT(r, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QLatin1String("applied")).toArray().size(), 0);
        QCOMPARE(report.value(QLatin1String("notApplied")).toArray().size(), 7);
        QCOMPARE(readBytes(m_ws), before);
    }

    void changeSetToAColleague()
    {
        using namespace SegmentCtlProcess;
        // Mine: the edited sheet (points beside it) imported, then the edits as a change set.
        SegmentCtlResult r = run(
                {QStringLiteral("import"), dataFile("edited.csv"), QStringLiteral("--into"), m_ws},
                environment());
        SEGMENTCTL_EXPECT(r, 0);
        const QString changes = m_dir.filePath(QStringLiteral("changes.csv"));
        r = run({QStringLiteral("export"), m_ws, QStringLiteral("--changes"), QStringLiteral("-o"),
                 changes},
                environment());
        SEGMENTCTL_EXPECT(r, 0);
        QCOMPARE(r.out, changes + QStringLiteral(": 29 changes\n"));

        // Theirs: the same segments, one of them renamed meanwhile.
        const QString theirs = m_dir.filePath(QStringLiteral("theirs.json"));
        WorkingSet set = samples();
        AudienceSegment renamed = set.segments[4].original;
        renamed.name = QStringLiteral("Renamed by a colleague");
        set.segments[4].edited = renamed;
        QString error;
        QVERIFY(set.write(theirs, &error));
        r = run({QStringLiteral("import"), changes, QStringLiteral("--into"), theirs},
                environment());
        SEGMENTCTL_EXPECT(r, 2);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QLatin1String("applied")).toArray().size(), 7);
        const QJsonArray conflicts = report.value(QLatin1String("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("1005"));
        QCOMPARE(conflicts.at(0).toObject().value(QLatin1String("field")).toString(),
                 QStringLiteral("attributes/name"));

        const std::optional<WorkingSet> mine = readSet(m_ws);
        const std::optional<WorkingSet> result = readSet(theirs);
        QVERIFY(mine && result);
        for (const WorkingSetEntry &e : mine->segments) {
            const WorkingSetEntry *other = entry(*result, qPrintable(e.original.id));
            QVERIFY(other);
            if (e.original.id == QLatin1String("1005"))
                QCOMPARE(other->wanted().name, renamed.name); // the conflict: theirs kept
            else
                QCOMPARE(other->wanted(), e.wanted());
        }
    }

    void refusedFiles()
    {
        using namespace SegmentCtlProcess;
        SegmentCtlResult r = run({QStringLiteral("import"), dataFile("segments-libreoffice.xlsx"),
                                  QStringLiteral("--into"), m_ws},
                                 environment());
        SEGMENTCTL_EXPECT(r, 1);
        QVERIFY(r.err.contains(QStringLiteral("“CSV UTF-8”")));
        r = run({QStringLiteral("import"), dataFile("messy-fr.csv")}, environment());
        SEGMENTCTL_EXPECT(r, 1);
        QVERIFY(r.err.contains(QStringLiteral("--into is required.")));
        r = run({QStringLiteral("export"), m_ws, QStringLiteral("-o"),
                 m_dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--separator"),
                 QStringLiteral("pipe")},
                environment());
        SEGMENTCTL_EXPECT(r, 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_ws;
};

QTEST_GUILESS_MAIN(TestSegmentCtlSheets)
#include "tst_segmentctl_sheets.moc"
