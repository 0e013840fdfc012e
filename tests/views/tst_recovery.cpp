// Nothing lost: the autosave follows every change, a window that died is offered back by the next
// one with its edits, files that cannot be read are kept and reported, the send journal marks the
// rows whose answer was lost as Unknown, and reconciling them against the demo server's copies
// tells applied from not applied. Real windows, the real ServiceBackend, real HTTP over loopback to
// the embedded demo server; a "crash" is a window destroyed without closing, its files left behind.

#include "DemoDataGenerator.h"
#include "DemoServer.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MessageBar.h"
#include "PatchBuilder.h"
#include "ProblemListModel.h"
#include "ProblemsPanel.h"
#include "RecoveryStore.h"
#include "SegmentEditor.h"
#include "SegmentJson.h"
#include "SendJournal.h"
#include "SendWorkflow.h"
#include "ServiceBackend.h"
#include "WorkingSet.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace {

using State = SegmentTableModel::RowState;

const QDateTime crashTime(QDate(2026, 3, 14), QTime(9, 30));

// One run of the editor: a backend and its window, keeping autosave and journal in `folder`.
struct Session
{
    Session(DemoServer &demo, const QString &folder)
        : server(demo)
        , backend(&memory)
        , window(&backend)
    {
        backend.setTimeoutMs(5000);
        window.setMaxConcurrentRequests(1);
        RetryPolicy::Options retry;
        retry.maxAttempts = 2;
        retry.baseDelayMs = 10;
        retry.maxDelayMs = 20;
        retry.seed = 7;
        backend.setRetryOptions(retry);
        window.setAutosaveDelay(20);
        enabled = window.enableRecovery(folder, [] { return crashTime; });
    }

    EditorBackend::ConnectionSettings settings() const
    {
        EditorBackend::ConnectionSettings s;
        s.baseUrl = server.baseUrl();
        s.apiVersion = server.apiVersion();
        s.clientId = server.clientId();
        s.clientSecret = server.clientSecret();
        return s;
    }

    SegmentTableModel *model() { return window.model(); }
    QAction *action(const char *name) { return window.findChild<QAction *>(QLatin1String(name)); }
    QString message() const { return window.messageBar()->text(); }
    void rename(const QString &id, const QString &name)
    {
        QVERIFY(model()->setData(model()->indexForId(id, SegmentTableModel::NameColumn), name));
    }
    void describe(const QString &id, const QString &text)
    {
        QVERIFY(model()->setData(model()->indexForId(id, SegmentTableModel::DescriptionColumn),
                                 text));
    }

    DemoServer &server;
    MemorySecretStore memory;
    ServiceBackend backend;
    MainWindow window;
    bool enabled = false;
};

QString nameOf(const std::optional<AudienceSegment> &segment)
{
    return segment ? segment->name.value_or(QString()) : QStringLiteral("<none>");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// With SEGMENT_TEST_SHOTS=<folder> in the environment, pictures of what a test shows land there
// (<name>.png) for a person to look at; otherwise nothing happens.
void grabIfAsked(QWidget *widget, const char *name)
{
    const QString folder = qEnvironmentVariable("SEGMENT_TEST_SHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + QLatin1Char('/') + QLatin1String(name)
                            + QStringLiteral(".png"));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class RecoveryTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoServer> server;
    std::unique_ptr<QTemporaryDir> data; // the application's data folder of this test
    QString advertiser;

    QString folder() const { return data->path(); }
    QString autosaveFile() const { return data->filePath(QStringLiteral("autosave.sqlite")); }
    // Where earlier versions wrote the autosave: still read.
    QString legacyAutosaveFile() const { return data->filePath(QStringLiteral("autosave.json")); }
    static std::optional<WorkingSet> readAutosave(const QString &path, QString *error = nullptr)
    {
        const auto autosave = RecoveryStore::readAutosave(path, error);
        return autosave ? std::optional<WorkingSet>(autosave->set) : std::nullopt;
    }
    // The autosave's bytes, with what SQLite keeps beside it.
    QByteArray autosaveBytes() const
    {
        return readAll(autosaveFile()) + readAll(autosaveFile() + QLatin1String("-wal"));
    }
    QString journalFile() const { return data->filePath(QStringLiteral("send.journal")); }

    std::unique_ptr<Session> start()
    {
        auto session = std::make_unique<Session>(*server, folder());
        return session;
    }

    void connectAndLoad(Session &s)
    {
        s.window.connectWith(s.settings());
        QTRY_VERIFY(s.backend.isConnected());
        QSignalSpy loaded(&s.backend, &EditorBackend::loadFinished);
        EditorBackend::SegmentQuery query;
        query.advertiserIds = {advertiser};
        s.window.loadSegments(query);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.first().at(0).toString(), QString());
    }

    // Answers the restore question the way a user would.
    QMessageBox *recoveryBox(Session &s)
    {
        return s.window.findChild<QMessageBox *>(QStringLiteral("recoveryBox"));
    }
    void answer(Session &s, const char *button)
    {
        QMessageBox *box = recoveryBox(s);
        QVERIFY(box);
        QVERIFY(box->isVisible());
        box->findChild<QPushButton *>(QLatin1String(button))->click();
        QTRY_VERIFY(!recoveryBox(s));
    }

    QString serverName(const QString &id) const
    {
        return server->data().segment(id).value(QLatin1String("name")).toString();
    }

    QStringList patchedIds() const
    {
        QStringList ids;
        for (const RecordedRequest &r : server->requests())
            if (r.method == "PATCH")
                for (const QJsonValue &item :
                     r.json().object().value(QLatin1String("data")).toArray())
                    ids.append(item.toObject().value(QLatin1String("id")).toString());
        return ids;
    }

    // Writes a leftover autosave of three edited segments as a window would, with `entries`
    // changed by `change` first.
    void leaveAutosave(const std::function<void(QList<WorkingSetEntry> &)> &change,
                       bool asEarlierVersion = false)
    {
        WorkingSet set;
        set.baseUrl = server->baseUrl();
        set.apiVersion = server->apiVersion();
        const QStringList ids = server->data().segmentIdsOf(advertiser);
        for (const QString &id : ids) {
            WorkingSetEntry entry;
            QVector<SegmentJson::ParseIssue> issues;
            entry.original = SegmentJson::parseSegmentResource(server->data().segmentResource(id),
                                                               &issues);
            set.segments.append(entry);
        }
        change(set.segments);
        if (asEarlierVersion) {
            // One JSON file: a working set with an "autosave" member.
            QJsonObject root = set.toJsonObject();
            root.insert(
                    RecoveryStore::autosaveMember,
                    QJsonObject{{QLatin1String("savedAt"), crashTime.toString(Qt::ISODateWithMs)}});
            writeFile(legacyAutosaveFile(), QJsonDocument(root).toJson());
            return;
        }
        RecoveryStore store(folder());
        QString error;
        QVERIFY2(store.acquire(&error), qPrintable(error));
        QVERIFY2(store.writeAutosave(set, {}, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SegmentEditorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_recovery"));
    }

    void init()
    {
        QSettings().clear();
        server = std::make_unique<DemoServer>(DemoDataGenerator::generate(1, 500));
        QVERIFY(server->listen());
        advertiser = server->data().reachableAdvertiserIds().constFirst();
        data = std::make_unique<QTemporaryDir>();
        QVERIFY(data->isValid());
    }

    void cleanup()
    {
        data.reset();
        server.reset();
    }

    // The application's own folder is the default place; tests never touch the user's.
    void dataFolderIsTheTestOne()
    {
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY2(appData.contains(QLatin1String(".qttest")), qPrintable(appData));
    }

    // The advertisers' names go into the autosave and come back with it.
    void autosaveKeepsAdvertiserNames()
    {
        WorkingSet set;
        set.baseUrl = server->baseUrl();
        set.apiVersion = QStringLiteral("2025-10");
        set.advertisers = {{QStringLiteral("41825"), QStringLiteral("Maison Lumière")},
                           {QStringLiteral("7"), QStringLiteral("Globex")}};
        RecoveryStore store(folder());
        QString error;
        QVERIFY2(store.acquire(&error), qPrintable(error));
        QVERIFY2(store.writeAutosave(set, {}, &error), qPrintable(error));
        const std::optional<WorkingSet> read = readAutosave(autosaveFile(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->advertisers,
                 (QList<Advertiser>{{QStringLiteral("41825"), QStringLiteral("Maison Lumière")},
                                    {QStringLiteral("7"), QStringLiteral("Globex")}}));
    }

    void autosaveFollowsEveryChange()
    {
        auto s = start();
        QVERIFY(s->enabled);
        QCOMPARE(s->window.autosavePath(), autosaveFile());
        connectAndLoad(*s);
        // Loading alone loses nothing: the server has it all.
        QVERIFY(!QFile::exists(autosaveFile()));

        const QString a = s->model()->idAt(0);
        const QString b = s->model()->idAt(1);
        QSignalSpy autosaved(&s->window, &MainWindow::autosaved);
        s->rename(a, QStringLiteral("Spring buyers"));
        s->describe(b, QStringLiteral("From the spring campaign"));
        QVERIFY(autosaved.wait(2000));
        QCOMPARE(autosaved.count(), 1); // one write for both edits (debounced)
        QCOMPARE(autosaved.first().at(0).toString(), autosaveFile());

        QString error;
        const std::optional<WorkingSet> set = readAutosave(autosaveFile(), &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(set->segments.size(), s->model()->rowCount());
        QCOMPARE(set->baseUrl, server->baseUrl());
        QCOMPARE(nameOf(set->segments.at(0).edited), QStringLiteral("Spring buyers"));
        QCOMPARE(set->segments.at(1).edited->description.valueOr(QString()),
                 QStringLiteral("From the spring campaign"));
        QVERIFY(!set->segments.at(2).edited);
        QCOMPARE(RecoveryStore::readAutosave(autosaveFile(), nullptr)->savedAt, crashTime);
        QVERIFY(!autosaveBytes().contains(server->clientSecret().toUtf8()));

        // Undo everything: nothing left to lose, the autosave goes.
        autosaved.clear();
        s->window.undoStack()->undo();
        QVERIFY(autosaved.wait(2000));
        QVERIFY(!readAutosave(autosaveFile(), nullptr)->segments.at(1).edited);
        s->window.undoStack()->undo();
        QTRY_VERIFY(!QFile::exists(autosaveFile()));

        // Leaving a segment out of the send is work too, undone like an edit.
        QVERIFY(s->window.selectSegment(a));
        autosaved.clear();
        s->action("actionExclude")->trigger();
        QVERIFY(s->model()->isExcluded(a));
        QVERIFY(s->window.isWindowModified());
        QVERIFY(autosaved.wait(2000));
        QVERIFY(readAutosave(autosaveFile(), nullptr)->segments.at(0).excluded);
        s->window.undoStack()->undo();
        QVERIFY(!s->model()->isExcluded(a));
        QVERIFY(!s->window.isWindowModified());
        QTRY_VERIFY(!QFile::exists(autosaveFile()));
    }

    void restoreOfferBringsTheWorkBack()
    {
        QString a, b, c, d;
        {
            auto s = start();
            connectAndLoad(*s);
            a = s->model()->idAt(0);
            b = s->model()->idAt(1);
            c = s->model()->idAt(2);
            d = s->model()->idAt(3);
            QSignalSpy autosaved(&s->window, &MainWindow::autosaved);
            s->rename(a, QStringLiteral("Spring buyers"));
            s->describe(b, QStringLiteral("From the spring campaign"));
            s->rename(c, QStringLiteral("Undone"));
            s->window.undoStack()->undo(); // the effect of the history, not the stack
            s->window.editor()->setExcluded({d}, true);
            QVERIFY(autosaved.wait(2000));
            // kill -9: no close, the files stay.
        }
        QVERIFY(QFile::exists(autosaveFile()));

        auto s = start();
        QVERIFY(s->enabled);
        QCOMPARE(s->window.autosavePath(), autosaveFile()); // the dead window's slot is free
        s->window.show();
        QVERIFY(s->window.offerRecovery());
        QMessageBox *box = recoveryBox(*s);
        QVERIFY(box);
        QCOMPARE(box->text(),
                 QStringLiteral("Segment Editor stopped before your work was saved or sent."));
        const int rows = int(server->data().segmentIdsOf(advertiser).size());
        QCOMPARE(box->informativeText(),
                 QStringLiteral("The autosave from %1 holds %2 segments, 2 of them with changes. "
                                "Restore it to go on where you stopped, or discard it.")
                         .arg(QLocale().toString(crashTime, QLocale::ShortFormat))
                         .arg(rows));
        QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("recoveryRestoreButton"));
        grabIfAsked(box, "restore-offer");
        // Nothing is written over the leftover while the question is open.
        const QByteArray leftover = autosaveBytes();
        s->window.autosaveNow();
        QCOMPARE(autosaveBytes(), leftover);
        answer(*s, "recoveryRestoreButton");

        QCOMPARE(s->model()->rowCount(), rows);
        QCOMPARE(nameOf(s->model()->edited(a)), QStringLiteral("Spring buyers"));
        QCOMPARE(s->model()->state(a), State::Modified);
        QCOMPARE(s->model()->edited(b)->description.valueOr(QString()),
                 QStringLiteral("From the spring campaign"));
        QCOMPARE(s->model()->state(c), State::Unchanged);
        QVERIFY(s->model()->isExcluded(d));
        QCOMPARE(s->model()->counts().modified, 2);
        // Unsaved until saved, whatever is undone.
        QVERIFY(s->window.isWindowModified());
        QCOMPARE(s->window.undoStack()->count(), 0);
        QCOMPARE(s->window.windowTitle(), QStringLiteral("Untitled[*] — Segment Editor"));
        QCOMPARE(s->message(),
                 QStringLiteral("Restored %1 segments (2 with changes) from the autosave of %2.")
                         .arg(rows)
                         .arg(QLocale().toString(crashTime, QLocale::ShortFormat)));
        QCOMPARE(s->window.messageBar()->kind(), MessageBar::Kind::Positive);
        // The restored work is this window's autosave now.
        QVERIFY(QFile::exists(autosaveFile()));
        QCOMPARE(readAutosave(autosaveFile(), nullptr)->segments.size(), rows);
        // Connecting afterwards does not hide that message behind "Load segments to start".
        const QString restored = s->message();
        s->window.connectWith(s->settings());
        QTRY_VERIFY(s->backend.isConnected());
        QCOMPARE(s->message(), restored);

        // A clean close (here: discarding at the prompt) removes it.
        QVERIFY(!s->window.close());
        auto *unsaved = s->window.findChild<QMessageBox *>(QStringLiteral("unsavedChangesBox"));
        QVERIFY(unsaved);
        unsaved->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(!s->window.isVisible());
        QVERIFY(!QFile::exists(autosaveFile()));
    }

    void restoreKeepsTheWorkingSetFile()
    {
        const QString path = data->filePath(QStringLiteral("spring.json"));
        QString id;
        {
            auto s = start();
            connectAndLoad(*s);
            id = s->model()->idAt(0);
            QVERIFY(s->window.saveWorkingSet(path));
            QVERIFY(!QFile::exists(autosaveFile()));
            QSignalSpy autosaved(&s->window, &MainWindow::autosaved);
            s->rename(id, QStringLiteral("Not saved yet"));
            QVERIFY(autosaved.wait(2000));
        }
        auto s = start();
        QVERIFY(s->window.offerRecovery());
        QVERIFY(recoveryBox(*s)->informativeText().contains(
                QStringLiteral("They come from the working set %1.")
                        .arg(QDir::toNativeSeparators(path))));
        answer(*s, "recoveryRestoreButton");
        QCOMPARE(s->window.currentFile(), path);
        QCOMPARE(s->window.windowTitle(), QStringLiteral("spring.json[*] — Segment Editor"));
        QVERIFY(s->window.isWindowModified());
        QCOMPARE(nameOf(s->model()->edited(id)), QStringLiteral("Not saved yet"));
        // Saving goes to that file, and the autosave goes.
        s->window.save();
        QVERIFY(!s->window.isWindowModified());
        QCOMPARE(nameOf(WorkingSet::read(path, nullptr)->segments.at(0).edited),
                 QStringLiteral("Not saved yet"));
        QVERIFY(!QFile::exists(autosaveFile()));
    }

    void discardRemovesTheLeftover()
    {
        {
            auto s = start();
            connectAndLoad(*s);
            QSignalSpy autosaved(&s->window, &MainWindow::autosaved);
            s->rename(s->model()->idAt(0), QStringLiteral("Thrown away"));
            QVERIFY(autosaved.wait(2000));
        }
        auto s = start();
        QVERIFY(s->window.offerRecovery());
        answer(*s, "recoveryDiscardButton");
        QVERIFY(!QFile::exists(autosaveFile()));
        QCOMPARE(s->model()->rowCount(), 0);
        QCOMPARE(s->message(), QStringLiteral("The work of the last session was discarded."));
        // Nothing left: the next window asks nothing.
        s.reset();
        auto next = start();
        QVERIFY(!next->window.offerRecovery());
    }

    void secondWindowDoesNotClobberTheFirst()
    {
        auto first = start();
        auto second = start();
        QVERIFY(first->enabled && second->enabled);
        QCOMPARE(second->window.autosavePath(),
                 data->filePath(QStringLiteral("autosave-2.sqlite")));
        QCOMPARE(second->window.journalPath(), data->filePath(QStringLiteral("send-2.journal")));
        connectAndLoad(*first);
        connectAndLoad(*second);
        QSignalSpy firstSaved(&first->window, &MainWindow::autosaved);
        QSignalSpy secondSaved(&second->window, &MainWindow::autosaved);
        first->rename(first->model()->idAt(0), QStringLiteral("First window"));
        second->rename(second->model()->idAt(0), QStringLiteral("Second window"));
        QVERIFY(firstSaved.wait(2000));
        QTRY_COMPARE(secondSaved.count(), 1);
        QCOMPARE(nameOf(readAutosave(autosaveFile(), nullptr)->segments.at(0).edited),
                 QStringLiteral("First window"));
        QCOMPARE(
                nameOf(readAutosave(second->window.autosavePath(), nullptr)->segments.at(0).edited),
                QStringLiteral("Second window"));
        // The first one dies: the next window gets its slot and its work, the second's stays.
        first.reset();
        auto third = start();
        QCOMPARE(third->window.autosavePath(), autosaveFile());
        QVERIFY(third->window.offerRecovery());
        answer(*third, "recoveryRestoreButton");
        QCOMPARE(nameOf(third->model()->edited(third->model()->idAt(0))),
                 QStringLiteral("First window"));
        QVERIFY(QFile::exists(second->window.autosavePath()));
    }

    // Files that cannot be read are kept under another name, said so, and never written over.
    void unreadableAutosaveIsKept_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");

        QByteArray whole;
        {
            WorkingSet set;
            set.baseUrl = QUrl(QStringLiteral("https://api.criteo.com"));
            set.apiVersion = QStringLiteral("2025-10");
            WorkingSetEntry entry;
            entry.original.id = QStringLiteral("300001");
            entry.original.name = QStringLiteral("Loyal buyers");
            set.segments = {entry, entry};
            set.segments[1].original.id = QStringLiteral("300002");
            whole = set.toJson();
        }
        QTest::newRow("truncated")
                << whole.left(whole.size() / 2) << QStringLiteral("could not be read: line ");
        QTest::newRow("corrupted") << QByteArray("\x7f"
                                                 "ELF\x02\x01\x01\x00\x00garbage",
                                                 16)
                                   << QStringLiteral("could not be read: line 1, column 2: "
                                                     "illegal value. It is kept");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("could not be read: line 1");
        QByteArray newer = whole;
        newer.replace("\"version\": 1", "\"version\": 3");
        QTest::newRow("newer version")
                << newer
                << QStringLiteral("could not be read: it was written by a newer version of "
                                  "Segment Editor (format version 3; this one reads version 1). "
                                  "Update Segment Editor to open it.");
        QTest::newRow("another program's JSON")
                << QByteArray("{\"name\": \"my-app\", \"dependencies\": {}}")
                << QStringLiteral("could not be read: “format” is not “segment-working-set”: "
                                  "this file was not written by Segment Editor or segmentctl.");
    }

    void unreadableAutosaveIsKept()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        writeFile(legacyAutosaveFile(), bytes);

        auto s = start();
        QVERIFY(s->enabled);
        const QString kept = legacyAutosaveFile() + QStringLiteral(".broken-20260314-093000");
        QVERIFY(QFile::exists(kept));
        QCOMPARE(readAll(kept), bytes);
        QVERIFY(!QFile::exists(legacyAutosaveFile()));
        QVERIFY(s->window.offerRecovery());
        QVERIFY(!recoveryBox(*s)); // nothing to restore
        QCOMPARE(s->window.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(s->message().startsWith(QStringLiteral("The autosave of the last session ")
                                         + reason),
                 qPrintable(s->message()));
        QVERIFY2(s->message().endsWith(QStringLiteral(" It is kept as %1; nothing was written "
                                                      "over it.")
                                               .arg(QDir::toNativeSeparators(kept))),
                 qPrintable(s->message()));

        // This window autosaves again; the kept file stays as it was.
        connectAndLoad(*s);
        QSignalSpy autosaved(&s->window, &MainWindow::autosaved);
        s->rename(s->model()->idAt(0), QStringLiteral("New work"));
        QVERIFY(autosaved.wait(2000));
        QCOMPARE(readAll(kept), bytes);
        // A second broken file the same second does not replace the first one's copy.
        s.reset();
        QFile::remove(autosaveFile()); // as if only an earlier version had run
        QFile::remove(autosaveFile() + QLatin1String("-wal"));
        writeFile(legacyAutosaveFile(), bytes);
        auto again = start();
        QVERIFY(QFile::exists(kept + QStringLiteral("-2")));
        QCOMPARE(readAll(kept), bytes);
    }

    // A working set that is not one this version can read (a newer version's, another
    // program's, a damaged one) is refused with the reason and never written to.
    void foreignWorkingSetIsNeverWritten_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        WorkingSet set;
        set.baseUrl = QUrl(QStringLiteral("https://api.criteo.com"));
        set.apiVersion = QStringLiteral("2025-10");
        WorkingSetEntry entry;
        entry.original.id = QStringLiteral("300001");
        set.segments = {entry};
        QByteArray newer = set.toJson();
        newer.replace("\"version\": 1", "\"version\": 2");
        QTest::newRow("newer version")
                << newer
                << QStringLiteral("it was written by a newer version of Segment Editor (format "
                                  "version 2; this one reads version 1). Update Segment Editor to "
                                  "open it.");
        QTest::newRow("another program's JSON")
                << QByteArray("[{\"id\": 1}]") << QStringLiteral("the file holds no JSON object.");
        QTest::newRow("truncated") << set.toJson().left(40) << QStringLiteral("line ");
    }

    void foreignWorkingSetIsNeverWritten()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString theirs = data->filePath(QStringLiteral("theirs.json"));
        writeFile(theirs, bytes);
        auto s = start();
        connectAndLoad(*s);
        const QString mine = data->filePath(QStringLiteral("mine.json"));
        QVERIFY(s->window.saveWorkingSet(mine));
        const QString id = s->model()->idAt(0);
        s->rename(id, QStringLiteral("Still mine"));

        QVERIFY(!s->window.openWorkingSet(theirs));
        const QString prefix = QStringLiteral("Could not open %1: ").arg(theirs);
        QVERIFY2(s->message().startsWith(prefix + reason), qPrintable(s->message()));
        QVERIFY2(s->message().endsWith(QStringLiteral(" The file was left as it is.")),
                 qPrintable(s->message()));
        QCOMPARE(s->window.messageBar()->kind(), MessageBar::Kind::Error);
        // The work shown and its file stay; saving goes there, not to the refused file.
        QCOMPARE(s->window.currentFile(), mine);
        QCOMPARE(nameOf(s->model()->edited(id)), QStringLiteral("Still mine"));
        s->window.save();
        QCOMPARE(nameOf(WorkingSet::read(mine, nullptr)->segments.at(0).edited),
                 QStringLiteral("Still mine"));
        QCOMPARE(readAll(theirs), bytes);
    }

    void unreadableJournalIsKept()
    {
        leaveAutosave([](QList<WorkingSetEntry> &entries) {
            entries[0].edited = entries[0].original;
            entries[0].edited->name = QStringLiteral("Edited");
        });
        writeFile(journalFile(), "{\"format\": \"something else\"}\n");
        auto s = start();
        const QString kept = journalFile() + QStringLiteral(".broken-20260314-093000");
        QVERIFY(QFile::exists(kept));
        QVERIFY(s->window.offerRecovery());
        QVERIFY(recoveryBox(*s)->informativeText().contains(
                QStringLiteral("The send journal of the last session could not be read: %1 is "
                               "not a send journal. It is kept as %2. Reload the segments you "
                               "sent last before sending them again.")
                        .arg(journalFile(), QDir::toNativeSeparators(kept))));
        answer(*s, "recoveryRestoreButton");
        QCOMPARE(s->model()->counts().modified, 1);
        QVERIFY(QFile::exists(kept));
    }

    // The journal of a send that never ended: sent without an answer is Unknown, with the patch
    // that went out; never sent stays Modified.
    // What an earlier version left (an autosave in one JSON file, a journal of JSON lines) is
    // restored, and its journal reconciled, by this one.
    void filesOfAnEarlierVersionAreRestored()
    {
        const QStringList ids = server->data().segmentIdsOf(advertiser);
        const QString sent = ids.at(0), edited = ids.at(1);
        leaveAutosave(
                [&](QList<WorkingSetEntry> &entries) {
                    for (int i = 0; i < 2; ++i) {
                        entries[i].edited = entries[i].original;
                        entries[i].edited->name = QStringLiteral("Old edit %1").arg(i);
                    }
                },
                true);
        writeFile(journalFile(),
                  QStringLiteral("{\"kind\":\"start\",\"version\":1}\n"
                                 "{\"kind\":\"sending\",\"items\":[{\"id\":\"%1\",\"patch\":"
                                 "{\"id\":\"%1\",\"type\":\"AudienceSegment\",\"attributes\":"
                                 "{\"name\":\"Old edit 0\"}}}]}\n")
                          .arg(sent)
                          .toUtf8());
        // The server got the patch before the old window died.
        QJsonObject copy = server->data().segment(sent);
        copy.insert(QStringLiteral("name"), QStringLiteral("Old edit 0"));
        server->data().insertSegment(sent, copy);

        auto s = start();
        QVERIFY(s->window.offerRecovery());
        answer(*s, "recoveryRestoreButton");
        QCOMPARE(s->model()->state(sent), State::Unknown);
        QCOMPARE(s->model()->state(edited), State::Modified);
        // Both now live in this version's files.
        QVERIFY(!QFile::exists(legacyAutosaveFile()));
        QVERIFY(!QFile::exists(journalFile()));
        QVERIFY(readAutosave(autosaveFile()));

        s->window.connectWith(s->settings());
        QTRY_VERIFY(s->backend.isConnected());
        QSignalSpy finished(s->window.sendWorkflow(), &SendWorkflow::finished);
        s->window.reconcileUnknown();
        QVERIFY(finished.wait(5000));
        QCOMPARE(s->model()->state(sent), State::Updated);
        QCOMPARE(patchedIds(), QStringList());
    }

    void journalReplayMarksUnknownRows()
    {
        const QStringList ids = server->data().segmentIdsOf(advertiser);
        const QString sentA = ids.at(0), sentB = ids.at(1), answered = ids.at(2),
                      neverSent = ids.at(3);
        leaveAutosave([&](QList<WorkingSetEntry> &entries) {
            for (int i = 0; i < 4; ++i) {
                entries[i].edited = entries[i].original;
                entries[i].edited->name = QStringLiteral("Edit %1").arg(i);
            }
        });
        {
            SendJournal journal;
            QVERIFY(journal.open(journalFile(), nullptr));
            const auto patch = [](const QString &id, int i) {
                return QJsonObject{
                        {QLatin1String("id"), id},
                        {QLatin1String("type"), QStringLiteral("AudienceSegment")},
                        {QLatin1String("attributes"),
                         QJsonObject{{QLatin1String("name"), QStringLiteral("Edit %1").arg(i)}}}};
            };
            QVERIFY(journal.recordSending({{answered, patch(answered, 2)}}));
            SegmentOutcome updated;
            updated.segmentId = answered;
            updated.status = SegmentOutcome::Status::Updated;
            QVERIFY(journal.recordOutcomes({updated}));
            QVERIFY(journal.recordSending({{sentA, patch(sentA, 0)}, {sentB, patch(sentB, 1)}}));
            // The process dies here.
        }
        auto s = start();
        s->window.resize(1280, 800);
        s->window.show();
        QVERIFY(s->window.offerRecovery());
        QVERIFY(recoveryBox(*s)->informativeText().contains(
                QStringLiteral("3 of them were being sent: whether Criteo applied them is "
                               "unknown until you reconcile them.")));
        grabIfAsked(recoveryBox(*s), "restore-offer-unknown");
        answer(*s, "recoveryRestoreButton");
        grabIfAsked(&s->window, "restored-unknown");

        QCOMPARE(s->model()->state(sentA), State::Unknown);
        QCOMPARE(s->model()->state(sentB), State::Unknown);
        // Answered "updated" after the autosave was written: reconciled like the others.
        QCOMPARE(s->model()->state(answered), State::Unknown);
        QCOMPARE(s->model()->state(neverSent), State::Modified);
        QCOMPARE(s->model()->counts().unknown, 3);
        QCOMPARE(s->model()->problems(sentA).constFirst().title, QStringLiteral("Answer lost"));
        QVERIFY(s->message().endsWith(
                QStringLiteral("3 segments were being sent when Segment Editor stopped: whether "
                               "Criteo applied them is unknown. Reconcile them before sending "
                               "again.")));
        QCOMPARE(s->window.messageBar()->actionText(),
                 QStringLiteral("Reconcile Unknown Segments"));
        QCOMPARE(s->window.selectedIds(), QStringList{sentA}); // the first unknown row
        // The journal's knowledge moved into the autosave.
        QVERIFY(!QFile::exists(journalFile()));
        const std::optional<WorkingSet> set = readAutosave(autosaveFile(), nullptr);
        QCOMPARE(set->segments.at(0).outcome->status, SegmentOutcome::Status::Unknown);
        QVERIFY(!set->segments.at(3).outcome);

        // Offline, the action says to connect first; connected, the bar offers it again.
        QVERIFY(s->action("actionReconcile")->isEnabled());
        s->action("actionReconcile")->trigger();
        QCOMPARE(s->message(),
                 QStringLiteral("Connect to Criteo to reconcile the 3 unknown "
                                "segments."));
        s->window.connectWith(s->settings());
        QTRY_VERIFY(s->backend.isConnected());
        QTRY_COMPARE(s->window.messageBar()->actionText(),
                     QStringLiteral("Reconcile Unknown Segments"));

        // The server applied A's patch before the answer was lost (someone else's edit of
        // another field meanwhile changes nothing); B's and the answered one's never arrived.
        QJsonObject a = server->data().segment(sentA);
        a.insert(QStringLiteral("name"), QStringLiteral("Edit 0"));
        a.insert(QStringLiteral("description"), QStringLiteral("Changed by a colleague"));
        server->data().insertSegment(sentA, a);
        server->clearRecorded();
        QSignalSpy reloaded(s->window.sendWorkflow(), &SendWorkflow::finished);
        s->window.findChild<QPushButton *>(QStringLiteral("messageBarAction"))->click();
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(patchedIds(), QStringList()); // reconciling sends nothing
        // One search reloads exactly the unknown rows (the form beside the table may look up
        // in-market brands and interests meanwhile: those are GETs; the selected segment's size
        // and audiences: compute-sizes and audiences/search).
        QList<RecordedRequest> searches;
        for (const RecordedRequest &r : server->requests())
            if (r.method != "GET" && !r.path.endsWith(QLatin1String("/compute-sizes"))
                && !r.path.endsWith(QLatin1String("/audiences/search")))
                searches.append(r);
        QCOMPARE(searches.size(), 1);
        QVERIFY(searches.constFirst().path.endsWith(QLatin1String("/audience-segments/search")));
        QCOMPARE(searches.constFirst()
                         .json()
                         .object()
                         .value(QLatin1String("data"))
                         .toObject()
                         .value(QLatin1String("attributes"))
                         .toObject()
                         .value(QLatin1String("audienceSegmentIds"))
                         .toArray(),
                 QJsonArray({sentA, sentB, answered}));
        QCOMPARE(s->model()->state(sentA), State::Updated);
        QCOMPARE(nameOf(s->model()->original(sentA)), QStringLiteral("Edit 0"));
        QCOMPARE(s->model()->original(sentA)->description.valueOr(QString()),
                 QStringLiteral("Changed by a colleague"));
        QCOMPARE(s->model()->state(sentB), State::Modified);
        QCOMPARE(nameOf(s->model()->edited(sentB)), QStringLiteral("Edit 1"));
        QCOMPARE(s->model()->state(answered), State::Modified);
        QCOMPARE(s->model()->counts().unknown, 0);
        QCOMPARE(s->message(),
                 QStringLiteral("Reconciled: 1 applied, now updated, 2 not applied, "
                                "to send again."));
        QVERIFY(!s->action("actionReconcile")->isEnabled());

        // Sending now carries only what the server does not have.
        QSignalSpy finished(s->window.sendWorkflow(), &SendWorkflow::finished);
        s->window.send();
        QVERIFY(finished.wait(5000));
        QCOMPARE(patchedIds(), (QStringList{sentB, answered, neverSent}));
        QCOMPARE(serverName(sentB), QStringLiteral("Edit 1"));
    }

    // A live send: the journal holds each chunk before it leaves; lost answers are Unknown and
    // reconcile against what the demo server really applied.
    void lostAnswersReconcileAgainstTheServer()
    {
        auto s = start();
        s->backend.setTimeoutMs(1000);
        connectAndLoad(*s);
        s->window.setChunkSize(1);
        const QString applied = s->model()->idAt(0); // applied, then a garbled answer
        const QString hung = s->model()->idAt(1);    // never processed, no answer
        const QString fine = s->model()->idAt(2);
        s->rename(applied, QStringLiteral("Applied, answer garbled"));
        s->rename(hung, QStringLiteral("Never arrived"));
        s->rename(fine, QStringLiteral("Plain update"));
        QString error;
        QVERIFY(server->setFaults(QStringLiteral("malformed=1:method=PATCH,hang=2:method=PATCH"),
                                  &error));

        // While the first chunk is in flight the journal already names it.
        QStringList journaledFirst;
        connect(server.get(), &DemoServer::requestHandled, this,
                [&](const RecordedRequest &request) {
                    if (request.method == "PATCH" && journaledFirst.isEmpty()) {
                        const auto replay = SendJournal::replay(journalFile(), nullptr);
                        for (const SendJournal::Pending &p : replay->unanswered)
                            journaledFirst.append(p.segmentId);
                    }
                });
        QSignalSpy finished(s->window.sendWorkflow(), &SendWorkflow::finished);
        s->window.send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(journaledFirst, QStringList{applied});
        QVERIFY(!QFile::exists(journalFile())); // the send ended

        QCOMPARE(serverName(applied), QStringLiteral("Applied, answer garbled"));
        QVERIFY(serverName(hung) != QStringLiteral("Never arrived"));
        QCOMPARE(s->model()->state(applied), State::Unknown);
        QCOMPARE(s->model()->state(hung), State::Unknown);
        QCOMPARE(s->model()->state(fine), State::Updated);
        QCOMPARE(s->message(),
                 QStringLiteral("Send finished: 1 updated, 2 unknown (reconcile "
                                "them before sending again)."));
        QCOMPARE(s->window.messageBar()->actionText(),
                 QStringLiteral("Reconcile Unknown Segments"));
        // The autosave says so too, in case the window dies now.
        const std::optional<WorkingSet> set = readAutosave(autosaveFile(), nullptr);
        QVERIFY(set);
        QCOMPARE(set->segments.at(0).outcome->status, SegmentOutcome::Status::Unknown);
        QCOMPARE(set->segments.at(2).outcome->status, SegmentOutcome::Status::Updated);

        server->clearFaults();
        server->clearRecorded();
        QSignalSpy reloaded(s->window.sendWorkflow(), &SendWorkflow::finished);
        s->window.findChild<QPushButton *>(QStringLiteral("messageBarAction"))->click();
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(patchedIds(), QStringList());
        QCOMPARE(s->model()->state(applied), State::Updated);
        QCOMPARE(nameOf(s->model()->original(applied)), QStringLiteral("Applied, answer garbled"));
        QCOMPARE(s->model()->state(hung), State::Modified);
        QCOMPARE(nameOf(s->model()->edited(hung)), QStringLiteral("Never arrived"));
        QCOMPARE(s->message(),
                 QStringLiteral("Reconciled: 1 applied, now updated, 1 not applied, "
                                "to send again."));
    }

    // Send with Unknown rows reconciles them first, from the same reload: nothing twice.
    void sendingUnknownRowsReconcilesFirst()
    {
        const QStringList ids = server->data().segmentIdsOf(advertiser);
        leaveAutosave([&](QList<WorkingSetEntry> &entries) {
            for (int i = 0; i < 2; ++i) {
                entries[i].edited = entries[i].original;
                entries[i].edited->name = QStringLiteral("Lost %1").arg(i);
                SegmentOutcome unknown;
                unknown.segmentId = entries[i].original.id;
                unknown.status = SegmentOutcome::Status::Unknown;
                entries[i].outcome = unknown;
            }
        });
        // The first one arrived before the answer was lost.
        QJsonObject first = server->data().segment(ids.at(0));
        first.insert(QStringLiteral("name"), QStringLiteral("Lost 0"));
        server->data().insertSegment(ids.at(0), first);

        auto s = start();
        QVERIFY(s->window.offerRecovery());
        answer(*s, "recoveryRestoreButton");
        QCOMPARE(s->model()->counts().unknown, 2);
        s->window.connectWith(s->settings());
        QTRY_VERIFY(s->backend.isConnected());
        server->clearRecorded();
        QSignalSpy finished(s->window.sendWorkflow(), &SendWorkflow::finished);
        s->window.send();
        QVERIFY(finished.wait(5000));
        QCOMPARE(patchedIds(), QStringList{ids.at(1)});
        QCOMPARE(s->model()->state(ids.at(0)), State::Updated);
        QCOMPARE(s->model()->state(ids.at(1)), State::Updated);
        QCOMPARE(s->message(),
                 QStringLiteral("Send finished: 1 updated. Already on the server, from a send "
                                "whose answer was lost: %1.")
                         .arg(ids.at(0)));
    }

    // A segment the server no longer has fails with a problem that says so.
    void goneSegmentFails()
    {
        leaveAutosave([](QList<WorkingSetEntry> &entries) {
            WorkingSetEntry gone = entries.at(0);
            gone.original.id = QStringLiteral("399999");
            gone.original.name = QStringLiteral("Deleted meanwhile");
            gone.edited = gone.original;
            gone.edited->name = QStringLiteral("Renamed before it was deleted");
            SegmentOutcome unknown;
            unknown.segmentId = gone.original.id;
            unknown.status = SegmentOutcome::Status::Unknown;
            gone.outcome = unknown;
            entries.append(gone);
        });
        auto s = start();
        QVERIFY(s->window.offerRecovery());
        answer(*s, "recoveryRestoreButton");
        s->window.connectWith(s->settings());
        QTRY_VERIFY(s->backend.isConnected());
        QSignalSpy reloaded(s->window.sendWorkflow(), &SendWorkflow::finished);
        s->window.reconcileUnknown();
        QVERIFY(reloaded.wait(5000));
        const QString id = QStringLiteral("399999");
        QCOMPARE(s->model()->state(id), State::Failed);
        QCOMPARE(nameOf(s->model()->edited(id)), QStringLiteral("Renamed before it was deleted"));
        const ProblemList problems = s->model()->problems(id);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.constFirst().title, QStringLiteral("Segment not found"));
        QCOMPARE(problems.constFirst().detail,
                 QStringLiteral("The server no longer has segment 399999 (deleted, or out of "
                                "reach of these credentials). Your edit is kept, but it cannot "
                                "be sent."));
        QCOMPARE(s->message(), QStringLiteral("Reconciled: 1 no longer on the server."));
        QCOMPARE(s->window.messageBar()->kind(), MessageBar::Kind::Error);
    }

    // A window that died mid-send: the journal and the autosave bring every row back in a known
    // or "unknown, reconcile" state, and reconciling follows what the server really applied.
    void windowDiesMidSend()
    {
        QString applied, hung, waiting;
        {
            auto s = start();
            connectAndLoad(*s);
            s->window.setMaxConcurrentRequests(2);
            s->window.setChunkSize(1);
            applied = s->model()->idAt(0);
            hung = s->model()->idAt(1);
            waiting = s->model()->idAt(2);
            s->rename(applied, QStringLiteral("In flight, applied"));
            s->rename(hung, QStringLiteral("In flight, never processed"));
            s->rename(waiting, QStringLiteral("Never left"));
            // Two chunks in flight: the first is applied but its answer is slow, the second
            // never reaches the API. The window dies meanwhile; the third chunk never left.
            QString error;
            QVERIFY(server->setFaults(
                    QStringLiteral("latency=60000:method=PATCH,hang=2:method=PATCH"), &error));
            s->window.send();
            QTRY_COMPARE(patchedIds(), (QStringList{applied, hung}));
            QVERIFY(QFile::exists(journalFile()));
        }
        server->clearFaults();
        const auto replay = SendJournal::replay(journalFile(), nullptr);
        QVERIFY(replay);
        QCOMPARE(replay->unanswered.size(), 2);
        QCOMPARE(serverName(applied), QStringLiteral("In flight, applied"));
        QVERIFY(serverName(hung) != QStringLiteral("In flight, never processed"));

        auto s = start();
        QVERIFY(s->window.offerRecovery());
        answer(*s, "recoveryRestoreButton");
        QCOMPARE(s->model()->state(applied), State::Unknown);
        QCOMPARE(s->model()->state(hung), State::Unknown);
        QCOMPARE(s->model()->state(waiting), State::Modified);
        QCOMPARE(nameOf(s->model()->edited(waiting)), QStringLiteral("Never left"));
        s->window.connectWith(s->settings());
        QTRY_VERIFY(s->backend.isConnected());
        QSignalSpy reloaded(s->window.sendWorkflow(), &SendWorkflow::finished);
        s->window.reconcileUnknown();
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(s->model()->state(applied), State::Updated);
        QCOMPARE(s->model()->state(hung), State::Modified);
        QCOMPARE(nameOf(s->model()->edited(hung)), QStringLiteral("In flight, never processed"));
        QCOMPARE(s->model()->counts().modified, 2);
    }
};

QTEST_MAIN(RecoveryTest)
#include "tst_recovery.moc"
