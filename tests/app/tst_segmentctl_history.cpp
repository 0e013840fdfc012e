// segmentctl history and revert end to end, against the demo server in the test process over
// loopback HTTP: push records a send, history lists, shows, exports and reports it (the trace id,
// never the secret), revert writes the reverse edits into a working set (checked against the
// server: an unchanged one applies, a changed one is a conflict), and push sends them.
#include "DemoDataGenerator.h"
#include "DemoServer.h"
#include "SegmentCtlProcess.h"

#include <QJsonArray>
#include <QTemporaryDir>

namespace {

const QString kAdvertiser = QStringLiteral("41825");

QJsonArray segmentsOf(const QJsonObject &workingSet)
{
    return workingSet.value(QLatin1String("segments")).toArray();
}

QJsonObject entryOf(const QJsonObject &workingSet, const QString &id)
{
    for (const QJsonValue &item : segmentsOf(workingSet))
        if (item[QLatin1String("original")][QLatin1String("id")].toString() == id)
            return item.toObject();
    return {};
}

// Renames a segment of the file, as `jq '.segments[i].edited = …'` would.
void rename(QJsonObject &workingSet, const QString &id, const QString &name)
{
    QJsonArray items = segmentsOf(workingSet);
    for (int i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        if (item[QLatin1String("original")][QLatin1String("id")].toString() != id)
            continue;
        QJsonObject edited = item.value(QLatin1String("original")).toObject();
        QJsonObject attributes = edited.value(QLatin1String("attributes")).toObject();
        attributes.insert(QLatin1String("name"), name);
        edited.insert(QLatin1String("attributes"), attributes);
        item.insert(QLatin1String("edited"), edited);
        items[i] = item;
    }
    workingSet.insert(QLatin1String("segments"), items);
}

} // namespace

class TestSegmentCtlHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<DemoServer>(DemoDataGenerator::generate(1, 60));
        QVERIFY(m_server->listen());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_file = m_dir->filePath(QStringLiteral("segments.json"));
        m_history = m_dir->filePath(QStringLiteral("history.sqlite"));
    }
    void cleanup() { m_server.reset(); }

    void pushHistoryAndRevert()
    {
        const auto [renamed, refused, oldName] = pushTwoRenames();

        // The list, for scripts.
        SegmentCtlResult result = run({QStringLiteral("history"), QStringLiteral("--json")});
        SEGMENTCTL_EXPECT(result, 0);
        const QJsonArray list = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first()[QLatin1String("id")].toInt(), 1);
        QCOMPARE(list.first()[QLatin1String("origin")].toString(), QStringLiteral("segmentctl"));
        QCOMPARE(list.first()[QLatin1String("baseUrl")].toString(), m_server->baseUrl().toString());
        QCOMPARE(list.first()[QLatin1String("counts")][QLatin1String("updated")].toInt(), 1);
        QCOMPARE(list.first()[QLatin1String("counts")][QLatin1String("failed")].toInt(), 1);
        QCOMPARE(list.first()[QLatin1String("outcome")].toString(), QStringLiteral("failed"));
        // Filters.
        result = run({QStringLiteral("history"), QStringLiteral("--outcome"),
                      QStringLiteral("warned"), QStringLiteral("--json")});
        SEGMENTCTL_EXPECT(result, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array().size(), 0);
        result = run({QStringLiteral("history"), QStringLiteral("--segment"), renamed});
        SEGMENTCTL_EXPECT(result, 0);
        QVERIFY(result.out.startsWith(QStringLiteral("1\t")));

        // One send: the field with its values before and after, the problem with its trace id.
        result = run({QStringLiteral("history"), QStringLiteral("1")});
        SEGMENTCTL_EXPECT(result, 0);
        QVERIFY2(result.out.contains(
                         QStringLiteral("attributes/name: \"%1\" → \"Renamed by segmentctl\"")
                                 .arg(oldName)),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("name-must-be-unique")));
        QVERIFY(result.out.contains(QStringLiteral("(trace id demo-")));

        result = run({QStringLiteral("history"), QStringLiteral("1"), QStringLiteral("--json")});
        SEGMENTCTL_EXPECT(result, 0);
        const QJsonObject send = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QString traceId;
        for (const QJsonValue &entry : send[QLatin1String("segments")].toArray())
            if (entry[QLatin1String("segmentId")].toString() == refused)
                traceId = entry[QLatin1String("problems")][0][QLatin1String("traceId")].toString();
        QVERIFY(traceId.startsWith(QLatin1String("demo-")));

        result = run({QStringLiteral("history"), QStringLiteral("1"), QStringLiteral("--csv")});
        SEGMENTCTL_EXPECT(result, 0);
        QVERIFY(result.out.startsWith(QStringLiteral("send,started_at_utc,segment_id,")));
        QVERIFY(result.out.contains(
                QStringLiteral(",attributes/name,%1,Renamed by segmentctl,").arg(oldName)));

        // The support report about the refused segment.
        result = run({QStringLiteral("history"), QStringLiteral("1"),
                      QStringLiteral("--diagnostics"), QStringLiteral("--segment"), refused});
        SEGMENTCTL_EXPECT(result, 0);
        QVERIFY(result.out.contains(traceId));
        QVERIFY(result.out.contains(
                QStringLiteral("PATCH /2025-10/marketing-solutions/audience-segments")));
        QVERIFY(!result.out.contains(m_server->clientSecret()));
        QVERIFY(!result.out.contains(QStringLiteral("Bearer")));

        // Undo it into a new working set, against an unchanged server: the old name is pending.
        const QString back = m_dir->filePath(QStringLiteral("back.json"));
        result = runWithServer({QStringLiteral("revert"), back, QStringLiteral("--send"),
                                QStringLiteral("1"), QStringLiteral("--json")});
        SEGMENTCTL_EXPECT(result, 0);
        const QJsonObject reverted = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(reverted[QLatin1String("reverted")].toArray(), QJsonArray{renamed});
        QCOMPARE(reverted[QLatin1String("notApplied")].toArray(), QJsonArray{refused});
        const QJsonObject entry = entryOf(SegmentCtlProcess::readJson(back), renamed);
        QCOMPARE(entry[QLatin1String("edited")][QLatin1String("attributes")][QLatin1String("name")]
                         .toString(),
                 oldName);
        // The normal push sends it, and is in the history too.
        result = runWithServer(
                {QStringLiteral("push"), back, QStringLiteral("--history"), m_history});
        SEGMENTCTL_EXPECT(result, 0);
        QCOMPARE(m_server->data().segment(renamed).value(QLatin1String("name")).toString(),
                 oldName);
        result = run({QStringLiteral("history"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array().size(), 2);
    }

    void revertAgainstAChangedServerIsAConflict()
    {
        const auto [renamed, refused, oldName] = pushTwoRenames();
        Q_UNUSED(refused)
        Q_UNUSED(oldName)
        QJsonObject attributes = m_server->data().segment(renamed);
        attributes.insert(QLatin1String("name"), QStringLiteral("Renamed in Criteo's UI"));
        m_server->data().insertSegment(renamed, attributes);

        // Into the working set the push wrote.
        const SegmentCtlResult result
                = runWithServer({QStringLiteral("revert"), m_file, QStringLiteral("--send"),
                                 QStringLiteral("1"), QStringLiteral("--json")});
        SEGMENTCTL_EXPECT(result, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json[QLatin1String("reverted")].toArray().size(), 0);
        const QJsonArray conflicts = json[QLatin1String("conflicts")].toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first()[QLatin1String("id")].toString(), renamed);
        QCOMPARE(conflicts.first()[QLatin1String("fields")].toArray(),
                 QJsonArray{QStringLiteral("attributes/name")});
        QVERIFY(result.err.contains(QStringLiteral("conflict")));
        const QJsonObject entry = entryOf(SegmentCtlProcess::readJson(m_file), renamed);
        QVERIFY(entry.contains(QLatin1String("conflictBase")));
        // Never sent silently: a push reports the conflict and leaves the server's name.
        const SegmentCtlResult push
                = runWithServer({QStringLiteral("push"), m_file, QStringLiteral("--no-history")});
        QCOMPARE(m_server->data().segment(renamed).value(QLatin1String("name")).toString(),
                 QStringLiteral("Renamed in Criteo's UI"));
        QVERIFY(push.finished);
    }

    void unknownSendAndBrokenHistory()
    {
        SegmentCtlResult result = run({QStringLiteral("history"), QStringLiteral("7")});
        SEGMENTCTL_EXPECT(result, 1);
        QVERIFY(result.err.contains(QStringLiteral("no send 7")));
        // A history that is not one: kept aside, said so, nothing lost.
        QFile file(m_history);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not a database");
        file.close();
        result = run({QStringLiteral("history")});
        SEGMENTCTL_EXPECT(result, 0);
        QVERIFY2(result.err.contains(QStringLiteral("could not be read")), qPrintable(result.err));
        const QStringList kept
                = QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.broken-*")});
        QCOMPARE(kept.size(), 1);
        QFile keptFile(m_dir->filePath(kept.first()));
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), QByteArray("not a database"));
    }

private:
    struct Pushed
    {
        QString renamed; // applied
        QString refused; // given the name of a segment the file does not hold
        QString oldName; // of `renamed`
    };

    // Pulls the advertiser's location segments, renames two, pushes: one applied, one refused.
    Pushed pushTwoRenames()
    {
        Pushed pushed;
        SegmentCtlResult result
                = runWithServer({QStringLiteral("pull"), QStringLiteral("--advertiser"),
                                 kAdvertiser, QStringLiteral("--type"), QStringLiteral("Location"),
                                 QStringLiteral("-o"), m_file});
        if (result.exitCode != 0)
            return pushed;
        QJsonObject workingSet = SegmentCtlProcess::readJson(m_file);
        const QJsonArray items = segmentsOf(workingSet);
        if (items.size() < 2)
            return pushed;
        pushed.renamed = items.at(0)[QLatin1String("original")][QLatin1String("id")].toString();
        pushed.refused = items.at(1)[QLatin1String("original")][QLatin1String("id")].toString();
        pushed.oldName
                = m_server->data().segment(pushed.renamed).value(QLatin1String("name")).toString();
        DemoData::SegmentFilter filter;
        filter.advertiserIds = {kAdvertiser};
        filter.types = {QStringLiteral("InMarket")};
        const QString other = m_server->data().search(filter).value(0);
        rename(workingSet, pushed.renamed, QStringLiteral("Renamed by segmentctl"));
        rename(workingSet, pushed.refused,
               m_server->data().segment(other).value(QLatin1String("name")).toString());
        SegmentCtlProcess::writeJson(m_file, workingSet);
        result = runWithServer(
                {QStringLiteral("push"), m_file, QStringLiteral("--history"), m_history});
        if (result.exitCode != 2 || !result.err.contains(QStringLiteral("as send 1")))
            qWarning().noquote() << result.err;
        return pushed;
    }

    SegmentCtlResult run(QStringList arguments) const
    {
        arguments << QStringLiteral("--history") << m_history;
        return SegmentCtlProcess::run(arguments, SegmentCtlProcess::environment());
    }
    SegmentCtlResult runWithServer(QStringList arguments) const
    {
        arguments << QStringLiteral("--base-url") << m_server->baseUrl().toString();
        if (arguments.first() == QLatin1String("revert"))
            arguments << QStringLiteral("--history") << m_history;
        return SegmentCtlProcess::run(
                arguments,
                SegmentCtlProcess::environment(m_server->clientId(), m_server->clientSecret()));
    }

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    QString m_history;
};

QTEST_GUILESS_MAIN(TestSegmentCtlHistory)
#include "tst_segmentctl_history.moc"
