// The whole loop through the real window: connect (dialog), load in pages, edit in place and in
// the details panel, undo/redo, Check, Preview, Send with partial failures, Retry failed, cancel
// mid-send, working sets and the close prompt. Real widgets on the offscreen platform, real HTTP
// over loopback to the embedded demo server, the real ServiceBackend; no sleeps.

#include "ConflictView.h"
#include "ConnectDialog.h"
#include "DemoDataGenerator.h"
#include "DemoServer.h"
#include "FieldText.h"
#include "FilterBar.h"
#include "FindReplaceDialog.h"
#include "HelpDialogs.h"
#include "InMarketCatalog.h"
#include "LoadDialog.h"
#include "LocationForm.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MessageBar.h"
#include "NewSegmentDialog.h"
#include "OpenApiChecker.h"
#include "PatchBuilder.h"
#include "PoiScatterView.h"
#include "PreviewDialog.h"
#include "ProblemBanner.h"
#include "ProblemListModel.h"
#include "ProblemsPanel.h"
#include "SegmentDetailsPanel.h"
#include "SegmentEditor.h"
#include "SegmentFilterProxy.h"
#include "SegmentForm.h"
#include "SendWorkflow.h"
#include "ServiceBackend.h"
#include "Translations.h"
#include "UsedSegmentsDialog.h"
#include "WorkingSet.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyleHints>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

namespace {

using State = SegmentTableModel::RowState;

// A secret store without a keychain behind it: every call answers "unavailable".
class NoKeychainStore : public SecretStore
{
public:
    using SecretStore::SecretStore;
    void read(const QString &, Callback callback) override { answer(std::move(callback)); }
    void write(const QString &, const QString &, Callback callback) override
    {
        answer(std::move(callback));
    }
    void remove(const QString &, Callback callback) override { answer(std::move(callback)); }
    QString description() const override { return QStringLiteral("nothing"); }

private:
    void answer(Callback callback)
    {
        QMetaObject::invokeMethod(
                this,
                [callback] {
                    callback({Status::Unavailable,
                              {},
                              QStringLiteral("No keychain is available on this computer.")});
                },
                Qt::QueuedConnection);
    }
};

// The demo server (500 sample segments), a backend on it and the window, built fresh per test.
struct Fixture
{
    explicit Fixture(SecretStore *store = nullptr)
        : server(DemoDataGenerator::generate(1, 500))
        , backend(store ? store : &memory)
        , window(&backend)
    {
        if (!server.listen())
            qFatal("the demo server cannot listen on loopback");
        backend.setTimeoutMs(5000);
        window.setMaxConcurrentRequests(1); // chunks in a known order
        RetryPolicy::Options retry;
        retry.maxAttempts = 2;
        retry.baseDelayMs = 10;
        retry.maxDelayMs = 20;
        retry.seed = 7;
        backend.setRetryOptions(retry);
        advertiser = server.data().reachableAdvertiserIds().constFirst();
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

    SegmentTableModel *model() const { return window.model(); }
    QAction *action(const char *name) const
    {
        return window.findChild<QAction *>(QLatin1String(name));
    }
    template<typename T> T *child(const char *name) const
    {
        return window.findChild<T *>(QLatin1String(name));
    }
    QString message() const { return window.messageBar()->text(); }

    QStringList patchedIds() const
    {
        QStringList ids;
        for (const RecordedRequest &r : server.requests()) {
            if (r.method != "PATCH")
                continue;
            const QJsonArray data = r.json().object().value(QLatin1String("data")).toArray();
            for (const QJsonValue &item : data)
                ids.append(item.toObject().value(QLatin1String("id")).toString());
        }
        return ids;
    }
    int requestCount(const QByteArray &method, const QString &suffix) const
    {
        int n = 0;
        for (const RecordedRequest &r : server.requests())
            if (r.method == method && r.path.endsWith(suffix))
                ++n;
        return n;
    }

    void rename(const QString &id, const QString &name) const
    {
        QVERIFY(model()->setData(model()->indexForId(id, SegmentTableModel::NameColumn), name));
    }

    DemoServer server;
    MemorySecretStore memory;
    ServiceBackend backend;
    MainWindow window;
    QString advertiser;
};

QString nameOf(const std::optional<AudienceSegment> &segment)
{
    return segment ? segment->name.value_or(QString()) : QStringLiteral("<none>");
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

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> f;
    QTemporaryDir dir;

    void showWindow()
    {
        f->window.show();
        QApplication::setActiveWindow(&f->window);
        QVERIFY(QTest::qWaitForWindowActive(&f->window));
    }

    // Connects without the dialog (the dialog has its own test).
    void connectDirectly()
    {
        f->window.connectWith(f->settings());
        QTRY_VERIFY(f->backend.isConnected());
    }

    // Loads the first advertiser's segments through the load dialog.
    void loadThroughDialog()
    {
        f->action("actionLoad")->trigger();
        auto *dialog = f->window.findChild<LoadDialog *>();
        QVERIFY(dialog);
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("advertiserList"));
        QTRY_COMPARE(list->count(), int(f->server.data().reachableAdvertiserIds().size()));
        // "Select all advertisers": all, none, and the mixed state of a hand-picked list.
        auto *all = dialog->findChild<QCheckBox *>(QStringLiteral("allAdvertisers"));
        QVERIFY(all);
        QVERIFY(list->count() > 1);
        QVERIFY(!all->isHidden());
        auto *load = dialog->findChild<QPushButton *>(QStringLiteral("loadButton"));
        const auto checkedCount = [list] {
            int n = 0;
            for (int i = 0; i < list->count(); ++i)
                n += list->item(i)->checkState() == Qt::Checked ? 1 : 0;
            return n;
        };
        if (all->checkState() == Qt::Checked)
            all->click(); // from a remembered choice of every advertiser
        if (all->checkState() != Qt::Checked)
            all->click();
        QCOMPARE(all->checkState(), Qt::Checked);
        QCOMPARE(checkedCount(), list->count());
        QVERIFY(load->isEnabled());
        all->click();
        QCOMPARE(all->checkState(), Qt::Unchecked);
        QCOMPARE(checkedCount(), 0);
        QVERIFY(!load->isEnabled());
        list->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(all->checkState(), Qt::PartiallyChecked);
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(list->item(i)->data(Qt::UserRole + 1).toString()
                                                         == f->advertiser
                                                 ? Qt::Checked
                                                 : Qt::Unchecked);
        QSignalSpy finished(&f->backend, &EditorBackend::loadFinished);
        dialog->findChild<QPushButton *>(QStringLiteral("loadButton"))->click();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toString(), QString());
        QTRY_VERIFY(!f->window.findChild<LoadDialog *>());
        // The offscreen platform does not hand activation back when a dialog closes.
        QApplication::setActiveWindow(&f->window);
        QVERIFY(QTest::qWaitForWindowActive(&f->window));
        waitForLookups();
    }

    // The first row is shown in its form; an in-market one asks the server for its brands and
    // interests. Tests that count requests start once those are answered.
    void waitForLookups()
    {
        if (auto *status
            = f->window.detailsPanel()->findChild<QLabel *>(QStringLiteral("lookupStatus")))
            QTRY_VERIFY2(!status->text().startsWith(QStringLiteral("Loading")),
                         qPrintable(status->text()));
    }

    // The first loaded segment of a type, in the table's order.
    QString firstOfType(SegmentType type) const
    {
        for (int row = 0; row < f->window.proxy()->rowCount(); ++row) {
            const QString id = f->window.proxy()
                                       ->index(row, 0)
                                       .data(SegmentTableModel::SegmentIdRole)
                                       .toString();
            if (f->model()->original(id)->type == type)
                return id;
        }
        return {};
    }

    QString formClass() const
    {
        SegmentForm *form = f->window.detailsPanel()->form();
        return form ? QString::fromLatin1(form->metaObject()->className()) : QString();
    }

    QString lookupStatus() const
    {
        auto *status
                = f->window.detailsPanel()->findChild<QLabel *>(QStringLiteral("lookupStatus"));
        return status ? status->text() : QStringLiteral("<no in-market form>");
    }

    // What the in-market form says once the demo server's lists for the segment are loaded.
    QString loadedLookupStatus(const QString &id) const
    {
        const AudienceSegment segment = *f->model()->original(id);
        return QStringLiteral("Brands: %1, interests: %2 (advertiser %3, %4).")
                .arg(f->server.data().brands().size())
                .arg(f->server.data().interests().size())
                .arg(segment.advertiserId, segment.inMarket->country.value_or(QString()).toUpper());
    }

    void connectAndLoad()
    {
        showWindow();
        connectDirectly();
        loadThroughDialog();
    }

    // The problems panel, one "id|field|code|severity" line per problem, sorted.
    QStringList problemLines() const
    {
        const ProblemListModel *problems = f->window.problemsPanel()->problemModel();
        QStringList lines;
        for (int row = 0; row < problems->rowCount(); ++row) {
            const Problem p = problems->problemAt(row);
            lines.append(QStringLiteral("%1|%2|%3|%4")
                                 .arg(p.segmentId, p.field, p.code,
                                      p.severity == Problem::Severity::Error
                                              ? QStringLiteral("error")
                                              : QStringLiteral("warning")));
        }
        lines.sort();
        return lines;
    }

    QModelIndex proxyIndex(const QString &id, int column) const
    {
        return f->window.proxy()->mapFromSource(f->model()->indexForId(id, column));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SegmentEditorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QVERIFY(dir.isValid());
        // English as the editor shows it: with its plural forms ("1 of them needs").
        QVERIFY(Translations::install(qApp, QStringLiteral("en")));
    }

    void init()
    {
        QSettings().clear();
        f = std::make_unique<Fixture>();
    }

    void cleanup()
    {
        // Nothing may ask on the way out.
        if (f) {
            f->window.setWindowModified(false);
            f->window.undoStack()->setClean();
        }
        f.reset();
    }

    void emptyStateGuidesToConnect()
    {
        showWindow();
        auto *hint = f->child<QLabel>("emptyHint");
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("Connect and load segments, or open a working set."));
        QCOMPARE(f->child<QPushButton>("emptyPrimaryButton")->text(), QStringLiteral("&Connect…"));
        QCOMPARE(f->child<QLabel>("connectionLabel")->text(), QStringLiteral("Offline"));
        QVERIFY(!f->action("actionSend")->isEnabled());
        QVERIFY(!f->action("actionLoad")->isEnabled());
        QVERIFY(f->action("actionOpen")->isEnabled());
        QCOMPARE(f->window.windowTitle(), QStringLiteral("Untitled[*] — Segment Editor"));

        connectDirectly();
        QTRY_COMPARE(f->child<QPushButton>("emptyPrimaryButton")->text(),
                     QStringLiteral("&Load segments…"));
        QVERIFY(hint->text().startsWith(
                QStringLiteral("Connected to Account segment-editor-demo")));
        QVERIFY(f->action("actionLoad")->isEnabled());
    }

    // What Test says, in plain words from the service layer, for each way it can go.
    void connectDialogTest_data()
    {
        QTest::addColumn<QString>("baseUrl"); // empty: the demo server's
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("secret"); // empty: the right one
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("message");

        QTest::newRow("works") << QString() << QStringLiteral("2025-10") << QString() << true
                               << QStringLiteral("The connection works");
        QTest::newRow("wrong secret")
                << QString() << QStringLiteral("2025-10") << QStringLiteral("wrong") << false
                << QStringLiteral("The client id or secret was refused.");
        QTest::newRow("version retired")
                << QString() << QStringLiteral("2024-04") << QString() << false
                << QStringLiteral("API version 2024-04 has been retired");
        QTest::newRow("no network")
                << QStringLiteral("http://127.0.0.1:1") << QStringLiteral("2025-10") << QString()
                << false << QStringLiteral("Cannot reach 127.0.0.1");
        QTest::newRow("plain http elsewhere")
                << QStringLiteral("http://api.example.com") << QStringLiteral("2025-10")
                << QString() << false
                << QStringLiteral("Plain http is only allowed to this computer (localhost).");
    }

    void connectDialogTest()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QString, version);
        QFETCH(QString, secret);
        QFETCH(bool, ok);
        QFETCH(QString, message);

        showWindow();
        f->action("actionConnect")->trigger();
        auto *dialog = f->window.findChild<ConnectDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))
                ->setText(baseUrl.isEmpty() ? f->server.baseUrl().toString() : baseUrl);
        dialog->findChild<QComboBox *>(QStringLiteral("apiVersionEdit"))->setCurrentText(version);
        dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))
                ->setText(f->server.clientId());
        dialog->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"))
                ->setText(secret.isEmpty() ? f->server.clientSecret() : secret);

        QSignalSpy tested(&f->backend, &EditorBackend::connectionTested);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testButton")),
                          Qt::LeftButton);
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.first().at(0).toBool(), ok);
        QVERIFY2(dialog->statusText().startsWith(message), qPrintable(dialog->statusText()));
        QVERIFY(!f->backend.isConnected()); // Test never connects
        dialog->reject();
    }

    void connectDialogConnectsAndRemembers()
    {
        showWindow();
        f->action("actionConnect")->trigger();
        auto *dialog = f->window.findChild<ConnectDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))
                ->setText(f->server.baseUrl().toString());
        dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))
                ->setText(f->server.clientId());
        auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        secret->setText(QStringLiteral("wrong"));
        dialog->findChild<QCheckBox *>(QStringLiteral("rememberSecretCheck"))->setChecked(true);
        auto *connectButton = dialog->findChild<QPushButton *>(QStringLiteral("connectButton"));

        // A refused secret keeps the dialog open, with the reason.
        QSignalSpy finished(&f->backend, &EditorBackend::connectFinished);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->statusText().startsWith(
                QStringLiteral("The client id or secret was refused.")));
        QVERIFY(!f->backend.isConnected());

        secret->setText(f->server.clientSecret());
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_VERIFY(f->backend.isConnected());
        QTRY_VERIFY(!f->window.findChild<ConnectDialog *>());
        const QString description = QStringLiteral("Account segment-editor-demo at 127.0.0.1:%1 "
                                                   "(API 2025-10)")
                                            .arg(f->server.port());
        QCOMPARE(f->backend.connectionDescription(), description);
        QCOMPARE(f->child<QLabel>("connectionLabel")->text(), description);

        // Client id and address in the settings, the secret only in the secret store.
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("connection/clientId")).toString(),
                 f->server.clientId());
        QCOMPARE(settings.value(QStringLiteral("connection/baseUrl")).toUrl(), f->server.baseUrl());
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(f->server.clientSecret()),
                     qPrintable(key));
        QSignalSpy read(&f->backend, &EditorBackend::storedSecretRead);
        f->backend.readStoredSecret(f->server.clientId());
        QVERIFY(read.wait(2000));
        QCOMPARE(read.first().at(1).toString(), f->server.clientSecret());

        // The next dialog starts from there and fills the remembered secret in.
        f->backend.disconnectFromApi();
        f->action("actionConnect")->trigger();
        dialog = f->window.findChild<ConnectDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->text(),
                 f->server.clientId());
        QTRY_COMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"))->text(),
                     f->server.clientSecret());
        dialog->reject();
    }

    void noKeychainKeepsTheSecretForTheSession()
    {
        NoKeychainStore store;
        f.reset();
        f = std::make_unique<Fixture>(&store);
        showWindow();
        EditorBackend::ConnectionSettings s = f->settings();
        s.rememberSecret = true;
        f->window.connectWith(s);
        QTRY_VERIFY(f->backend.isConnected());
        QTRY_COMPARE(f->message(),
                     QStringLiteral("The secret could not be stored in the keychain: No keychain "
                                    "is available on this computer. It is kept in memory for "
                                    "this session only."));
        QCOMPARE(f->window.messageBar()->kind(), MessageBar::Kind::Warning);
        f.reset(); // before the store
    }

    void loadsPageByPage()
    {
        showWindow();
        connectDirectly();
        const int expected = int(f->server.data().segmentIdsOf(f->advertiser).size());
        QVERIFY2(expected > 100 && expected <= 200, "the sample data must need two pages");

        QList<int> rowsAtPage;
        connect(&f->backend, &EditorBackend::segmentsPageLoaded, this,
                [&] { rowsAtPage.append(f->model()->rowCount()); });
        loadThroughDialog();
        QCOMPARE(rowsAtPage, (QList<int>{100, expected})); // rows appear as pages arrive
        QCOMPARE(f->model()->rowCount(), expected);
        QCOMPARE(f->requestCount("POST", QStringLiteral("/audience-segments/search")), 2);
        QCOMPARE(f->window.proxy()->rowCount(), expected);
        QVERIFY(f->window.tableView()->isVisible());
        QVERIFY(!f->child<QProgressBar>("operationProgress")->isVisible());
        QCOMPARE(f->child<QLabel>("countsLabel")->text(),
                 QStringLiteral("%1 loaded · 0 modified · 0 invalid · 0 failed · 0 warned")
                         .arg(expected));
        QCOMPARE(f->message(), QStringLiteral("Segments loaded: %1.").arg(expected));
        // The advertiser filter offers it by name; the table says the name too.
        auto *advertiserFilter = f->child<QComboBox>("advertiserFilter");
        QCOMPARE(advertiserFilter->count(), 2);
        QCOMPARE(advertiserFilter->itemData(1).toString(), f->advertiser);
        const QString name = f->server.data().advertiser(f->advertiser)->name;
        QCOMPARE(f->model()->index(0, SegmentTableModel::AdvertiserColumn).data().toString(),
                 QStringLiteral("%1 (%2)").arg(name, f->advertiser));
        // The first row is selected and shown.
        QCOMPARE(f->window.detailsPanel()->shownSegments(), QStringList{f->model()->idAt(0)});
    }

    void cancelLoadKeepsWhatArrived()
    {
        showWindow();
        connectDirectly();
        QString error;
        QVERIFY(f->server.setFaults(QStringLiteral("latency=300:path=*/search"), &error));
        EditorBackend::SegmentQuery query;
        query.advertiserIds = {f->advertiser};
        f->window.loadSegments(query);
        QSignalSpy page(&f->backend, &EditorBackend::segmentsPageLoaded);
        QVERIFY(page.wait(5000));
        QVERIFY(f->child<QToolButton>("cancelButton")->isVisible());
        QTest::mouseClick(f->child<QToolButton>("cancelButton"), Qt::LeftButton);
        QTRY_VERIFY(!f->backend.isLoading());
        QCOMPARE(f->model()->rowCount(), 100);
        QCOMPARE(f->message(), QStringLiteral("Loading cancelled. Segments loaded: 100."));
    }

    void editInPlaceAndInDetailsWithUndo()
    {
        connectAndLoad();
        QTableView *table = f->window.tableView();
        const QString first = f->model()->idAt(0);
        const QString second = f->model()->idAt(1);
        const QString firstName = nameOf(f->model()->original(first));
        const QString secondName = nameOf(f->model()->original(second));

        // In place: double-click the name cell, type, Enter.
        const QModelIndex cell = proxyIndex(first, SegmentTableModel::NameColumn);
        table->scrollTo(cell);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        auto *editor = table->findChild<QLineEdit *>();
        QTRY_VERIFY(editor && editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Spring buyers"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(nameOf(f->model()->edited(first)), QStringLiteral("Spring buyers"));
        QCOMPARE(f->model()->state(first), State::Modified);
        QCOMPARE(f->window.undoStack()->count(), 1);
        QCOMPARE(f->window.undoStack()->text(0),
                 QStringLiteral("Edit name of “%1”").arg(firstName));
        QVERIFY(f->window.isWindowModified());
        // The form beside the table follows (it refreshes once the edit's signals are in).
        QTRY_COMPARE(f->window.detailsPanel()
                             ->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
                             ->text(),
                     QStringLiteral("Spring buyers"));

        // In the form beside the table: typing is one undo step.
        QVERIFY(f->window.selectSegment(second));
        QCOMPARE(f->window.detailsPanel()->shownSegments(), QStringList{second});
        QCOMPARE(f->window.detailsPanel()->form()->segmentIds(), QStringList{second});
        auto *nameEdit
                = f->window.detailsPanel()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QCOMPARE(nameEdit->text(), secondName);
        // The changed field has a Revert button, enabled once the field differs.
        auto *revertName = f->window.detailsPanel()->findChild<QToolButton *>(
                QStringLiteral("nameRevertButton"));
        QVERIFY(revertName->isVisible());
        QVERIFY(!revertName->isEnabled());
        nameEdit->setFocus();
        QTest::keyClicks(nameEdit, QStringLiteral(" (EU)"));
        QCOMPARE(nameOf(f->model()->edited(second)), secondName + QStringLiteral(" (EU)"));
        QCOMPARE(f->window.undoStack()->count(), 2);
        QCOMPARE(f->model()
                         ->index(f->model()->rowForId(second), SegmentTableModel::NameColumn)
                         .data()
                         .toString(),
                 secondName + QStringLiteral(" (EU)"));
        QVERIFY(revertName->isEnabled());

        // Undo and redo with the standard shortcuts.
        table->setFocus();
        QTest::keySequence(&f->window, QKeySequence::Undo);
        QCOMPARE(nameOf(f->model()->edited(second)), secondName);
        QTRY_COMPARE(nameEdit->text(), secondName);
        QVERIFY(!revertName->isEnabled());
        QTest::keySequence(&f->window, QKeySequence::Redo);
        QCOMPARE(nameOf(f->model()->edited(second)), secondName + QStringLiteral(" (EU)"));
        QTRY_COMPARE(nameEdit->text(), secondName + QStringLiteral(" (EU)"));
        QVERIFY(revertName->isEnabled());

        // Revert field from the form: one more undoable step.
        QTest::mouseClick(revertName, Qt::LeftButton);
        QCOMPARE(nameOf(f->model()->edited(second)), secondName);
        QCOMPARE(f->model()->state(second), State::Unchanged);
        QCOMPARE(f->window.undoStack()->count(), 3);
        QTRY_VERIFY(!revertName->isEnabled());
        QCOMPARE(nameEdit->text(), secondName);
        f->action("actionUndo")->trigger();
        QCOMPARE(nameOf(f->model()->edited(second)), secondName + QStringLiteral(" (EU)"));

        // Revert the selection: both rows in one step.
        table->selectionModel()->select(proxyIndex(first, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(f->window.selectedIds().size(), 2);
        QTest::keyClick(&f->window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f->model()->counts().modified, 0);
        QCOMPARE(f->window.undoStack()->text(f->window.undoStack()->index() - 1),
                 QStringLiteral("Revert 2 segments"));

        // Undo everything: back to clean, the title drops its mark.
        while (f->window.undoStack()->canUndo())
            f->window.undoStack()->undo();
        QVERIFY(!f->window.isWindowModified());
        QCOMPARE(nameOf(f->model()->edited(first)), firstName);
    }

    // The area beside the table is the form of the selection's type: the in-market form gets
    // its lists from the server through the connection's catalog; several rows of one type share
    // the bulk form, different types the summary. It takes about 40 % of the width.
    // Within a selection of several rows, a click selects only the row clicked and renames
    // nothing; a click on the one selected row renames it (the control: same clicks, same
    // event processing). The Name field of a multi-selection is read-only, with Find and
    // Replace beside it.
    void clickInSelectionSelectsThatRow()
    {
        connectAndLoad();
        QTableView *table = f->window.tableView();
        QStyleHints *hints = QGuiApplication::styleHints();
        const int interval = hints->mouseDoubleClickInterval();
        hints->setMouseDoubleClickInterval(0); // the delayed rename starts at once
        const auto restore = qScopeGuard([&] { hints->setMouseDoubleClickInterval(interval); });
        const auto clickName = [&](int row) {
            const QModelIndex cell = table->model()->index(row, SegmentTableModel::NameColumn);
            table->scrollTo(cell);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(cell).center());
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
        };
        // Three rows of one type (one form for all three).
        QAbstractItemModel *rows = table->model();
        const QVariant type = rows->index(0, SegmentTableModel::TypeColumn).data();
        QItemSelection three;
        QList<int> picked;
        for (int row = 0; row < rows->rowCount() && picked.size() < 3; ++row)
            if (rows->index(row, SegmentTableModel::TypeColumn).data() == type) {
                picked.append(row);
                three.select(rows->index(row, 0), rows->index(row, 0));
            }
        QCOMPARE(picked.size(), 3);
        table->selectionModel()->select(
                three, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 3);
        const auto shown = [this](const char *objectName) -> QWidget * {
            for (QWidget *w : f->window.findChildren<QWidget *>(QString::fromLatin1(objectName)))
                if (w->isVisible())
                    return w;
            return nullptr;
        };
        QTRY_VERIFY(shown("findReplaceButton")); // the details show the three
        auto *name = qobject_cast<QLineEdit *>(shown("nameEdit"));
        QVERIFY(name && name->isReadOnly());

        clickName(picked.at(1));
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().constFirst().row(), picked.at(1));
        const QModelIndex second = rows->index(picked.at(1), SegmentTableModel::NameColumn);
        QVERIFY(!table->indexWidget(second)); // no editor opened
        QTRY_VERIFY(!shown("findReplaceButton"));
        name = qobject_cast<QLineEdit *>(shown("nameEdit"));
        QVERIFY(name && !name->isReadOnly());

        clickName(picked.at(1));
        QVERIFY(table->indexWidget(second)); // the rename editor
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    }

    void formsBesideTheTable()
    {
        connectAndLoad();
        SegmentDetailsPanel *panel = f->window.detailsPanel();
        const QList<int> sizes = f->child<QSplitter>("mainSplitter")->sizes();
        QCOMPARE(sizes.size(), 2);
        const double share = double(sizes.at(1)) / (sizes.at(0) + sizes.at(1));
        QVERIFY2(share > 0.35 && share < 0.45, qPrintable(QString::number(share)));

        const QString inMarket = firstOfType(SegmentType::InMarket);
        QVERIFY(f->window.selectSegment(inMarket));
        QCOMPARE(formClass(), QStringLiteral("InMarketForm"));
        QCOMPARE(panel->form()->catalog(), f->backend.inMarketCatalog());
        QVERIFY(panel->form()->catalog());
        QTRY_COMPARE(lookupStatus(), loadedLookupStatus(inMarket));
        QCOMPARE(f->requestCount("GET", QStringLiteral("/in-market-brands")), 1);
        QCOMPARE(f->requestCount("GET", QStringLiteral("/in-market-interests")), 1);
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("detailsTitle"))->text(),
                 nameOf(f->model()->original(inMarket)));

        const QString location = firstOfType(SegmentType::Location);
        QVERIFY(f->window.selectSegment(location));
        QCOMPARE(formClass(), QStringLiteral("LocationForm"));
        auto *locationForm = qobject_cast<LocationForm *>(panel->form());
        QCOMPARE(locationForm->pointsTable()->model()->rowCount(),
                 int(f->model()->original(location)->location->pointsOfInterest.size()));
        QVERIFY(locationForm->scatter()->isVisible());

        // Two in-market rows: the bulk form; with a location row too: the summary.
        QStringList inMarketIds;
        for (int row = 0; row < f->model()->rowCount() && inMarketIds.size() < 2; ++row)
            if (f->model()->original(f->model()->idAt(row))->type == SegmentType::InMarket)
                inMarketIds.append(f->model()->idAt(row));
        QVERIFY(f->window.selectSegment(inMarketIds.at(0)));
        QItemSelectionModel *selection = f->window.tableView()->selectionModel();
        selection->select(proxyIndex(inMarketIds.at(1), 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(formClass(), QStringLiteral("InMarketForm"));
        QCOMPARE(panel->form()->segmentIds().size(), 2);
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("detailsTitle"))->text(),
                 QStringLiteral("2 segments selected (In-market)"));
        selection->select(proxyIndex(location, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(formClass(), QStringLiteral("MixedTypesForm"));
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("detailsTitle"))->text(),
                 QStringLiteral("3 segments selected (different types)"));

        // An edit in the form is an edit of the row: the table shows it, Undo takes it back.
        QVERIFY(f->window.selectSegment(location));
        auto *description = panel->findChild<QLineEdit *>(QStringLiteral("descriptionEdit"));
        description->setFocus();
        description->selectAll();
        QTest::keyClicks(description, QStringLiteral("Stores of the spring campaign"));
        QCOMPARE(f->model()
                         ->index(f->model()->rowForId(location),
                                 SegmentTableModel::DescriptionColumn)
                         .data()
                         .toString(),
                 QStringLiteral("Stores of the spring campaign"));
        QCOMPARE(f->model()->state(location), State::Modified);
        f->action("actionUndo")->trigger();
        QCOMPARE(f->model()->state(location), State::Unchanged);
    }

    // The catalog belongs to the connection: gone offline (the form lists ids), a new one after
    // connecting again.
    void catalogFollowsTheConnection()
    {
        connectAndLoad();
        const QString inMarket = firstOfType(SegmentType::InMarket);
        QVERIFY(f->window.selectSegment(inMarket));
        QPointer<InMarketCatalog> first = f->backend.inMarketCatalog();
        QVERIFY(first);
        QTRY_COMPARE(lookupStatus(), loadedLookupStatus(inMarket));

        f->backend.disconnectFromApi();
        QVERIFY(first.isNull());
        QCOMPARE(f->backend.inMarketCatalog(), nullptr);
        QCOMPARE(formClass(), QStringLiteral("InMarketForm"));
        QCOMPARE(f->window.detailsPanel()->form()->catalog(), nullptr);
        QCOMPARE(lookupStatus(),
                 QStringLiteral("Brand names are not available without a connection: brands "
                                "are listed by id, interests by their names in the Google "
                                "product taxonomy."));

        f->server.clearRecorded();
        connectDirectly();
        QVERIFY(f->backend.inMarketCatalog());
        QCOMPARE(f->window.detailsPanel()->form()->catalog(), f->backend.inMarketCatalog());
        QTRY_COMPARE(lookupStatus(), loadedLookupStatus(inMarket));
        QCOMPARE(f->requestCount("GET", QStringLiteral("/in-market-brands")), 1);
    }

    // A working set opened without a connection: the forms work, in-market lists by id.
    void formsWorkOffline()
    {
        connectAndLoad();
        const QString path = dir.filePath(QStringLiteral("offline.json"));
        QVERIFY(f->window.saveWorkingSet(path));
        f.reset();
        f = std::make_unique<Fixture>();
        showWindow();
        QVERIFY(!f->backend.isConnected());
        QVERIFY(f->window.openWorkingSet(path));

        // The file kept the advertiser's name: the table and the filter say it offline too.
        const QString advertiserName = f->server.data().advertiser(f->advertiser)->name;
        QCOMPARE(f->model()->index(0, SegmentTableModel::AdvertiserColumn).data().toString(),
                 QStringLiteral("%1 (%2)").arg(advertiserName, f->advertiser));
        QCOMPARE(f->child<QComboBox>("advertiserFilter")->itemText(1),
                 QStringLiteral("%1 (%2)").arg(advertiserName, f->advertiser));

        const QString inMarket = firstOfType(SegmentType::InMarket);
        QVERIFY(f->window.selectSegment(inMarket));
        QCOMPARE(formClass(), QStringLiteral("InMarketForm"));
        QCOMPARE(f->window.detailsPanel()->form()->catalog(), nullptr);
        QCOMPARE(lookupStatus(),
                 QStringLiteral("Brand names are not available without a connection: brands "
                                "are listed by id, interests by their names in the Google "
                                "product taxonomy."));
        auto *name = f->window.detailsPanel()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->setFocus();
        name->end(false);
        QTest::keyClicks(name, QStringLiteral(" (offline)"));
        QCOMPARE(nameOf(f->model()->edited(inMarket)),
                 nameOf(f->model()->original(inMarket)) + QStringLiteral(" (offline)"));
        QCOMPARE(f->model()->state(inMarket), State::Modified);
        QVERIFY(f->window.isWindowModified());
        QCOMPARE(f->server.requests().size(), 0); // nothing asked the server
    }

    // Edit > Find and Replace (Ctrl+H): the forms' dialog over the selected rows, or all of them.
    void findAndReplace()
    {
        showWindow();
        QAction *action = f->action("actionFindReplace");
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
        QVERIFY(!action->isEnabled()); // nothing loaded
        connectDirectly();
        loadThroughDialog();
        QVERIFY(action->isEnabled());
        const QString a = f->model()->idAt(0);
        const QString b = f->model()->idAt(1);
        const QString c = f->model()->idAt(2);
        f->rename(a, QStringLiteral("Zebra shoppers"));
        f->rename(b, QStringLiteral("Zebra visitors"));
        f->rename(c, QStringLiteral("Zebra prospects"));
        const int steps = f->window.undoStack()->count();

        QVERIFY(f->window.selectSegment(a));
        f->window.tableView()->selectionModel()->select(
                proxyIndex(b, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        f->window.tableView()->setFocus();
        QTest::keyClick(&f->window, Qt::Key_H, Qt::ControlModifier);
        auto *dialog = f->window.findChild<FindReplaceDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->scopeIds(), (QStringList{a, b}));
        auto *selectionScope
                = dialog->findChild<QRadioButton *>(QStringLiteral("selectionScopeRadio"));
        QVERIFY(selectionScope->isChecked());
        QCOMPARE(selectionScope->text(), QStringLiteral("&Selected segments (2)"));
        dialog->findChild<QLineEdit *>(QStringLiteral("findEdit"))
                ->setText(QStringLiteral("Zebra"));
        dialog->findChild<QLineEdit *>(QStringLiteral("replaceEdit"))
                ->setText(QStringLiteral("Okapi"));
        QCOMPARE(dialog->changes().size(), 2);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("replaceButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!f->window.findChild<FindReplaceDialog *>());
        QCOMPARE(nameOf(f->model()->edited(a)), QStringLiteral("Okapi shoppers"));
        QCOMPARE(nameOf(f->model()->edited(b)), QStringLiteral("Okapi visitors"));
        QCOMPARE(nameOf(f->model()->edited(c)), QStringLiteral("Zebra prospects"));
        QCOMPARE(f->window.undoStack()->count(), steps + 1);
        QCOMPARE(f->window.undoStack()->text(steps),
                 QStringLiteral("Replace “Zebra” with “Okapi” in 2 segments"));
        // The selection stays shown beside the table.
        QCOMPARE(f->window.detailsPanel()->shownSegments(), (QStringList{a, b}));

        // All loaded segments: the third one too, from the menu.
        QApplication::setActiveWindow(&f->window);
        action->trigger();
        dialog = f->window.findChild<FindReplaceDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QRadioButton *>(QStringLiteral("allScopeRadio"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("findEdit"))
                ->setText(QStringLiteral("Zebra"));
        dialog->findChild<QLineEdit *>(QStringLiteral("replaceEdit"))
                ->setText(QStringLiteral("Okapi"));
        QCOMPARE(dialog->changes().size(), 1);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("replaceButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!f->window.findChild<FindReplaceDialog *>());
        QCOMPARE(nameOf(f->model()->edited(c)), QStringLiteral("Okapi prospects"));
        f->action("actionUndo")->trigger();
        QCOMPARE(nameOf(f->model()->edited(c)), QStringLiteral("Zebra prospects"));
        QCOMPARE(nameOf(f->model()->edited(a)), QStringLiteral("Okapi shoppers"));
    }

    // Many failed rows selected at once: the form's banner sums them up and scrolls within a few
    // lines; the window keeps its size, and every panel stays on the screen.
    void manyFailuresNeverGrowTheWindow()
    {
        connectAndLoad();
        f->window.resize(1280, 800);
        QTRY_COMPARE(f->window.size(), QSize(1280, 800));
        QStringList ids;
        for (int row = 0; row < 68; ++row) {
            ids.append(f->model()->idAt(row));
            f->rename(ids.last(), QStringLiteral("Renamed %1").arg(row));
        }
        QString error;
        // Every PATCH answers 503, the retries too.
        QVERIFY(f->server.setFaults(QStringLiteral("5xx=1.0:method=PATCH"), &error));
        QSignalSpy finished(f->window.sendWorkflow(), &SendWorkflow::finished);
        f->window.send();
        QVERIFY(finished.wait(20000));
        QCOMPARE(f->model()->state(ids.first()), State::Failed);
        f->window.tableView()->selectAll();
        QCoreApplication::processEvents();

        const QList<ProblemBanner *> banners
                = f->window.detailsPanel()->findChildren<ProblemBanner *>();
        QCOMPARE(banners.size(), 1);
        ProblemBanner *banner = banners.constFirst();
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(f->window.size(), QSize(1280, 800));
        QVERIFY2(f->window.minimumSizeHint().height() <= 800,
                 qPrintable(QString::number(f->window.minimumSizeHint().height())));
        const auto *scroll
                = banner->findChild<QScrollArea *>(QStringLiteral("problemBannerScroll"));
        QVERIFY(scroll);
        QVERIFY(scroll->height() <= banner->maximumListHeight());
        QVERIFY(scroll->verticalScrollBar()->maximum() > 0); // the rest scrolls
        QVERIFY(f->window.problemsPanel()->isVisible());
        QVERIFY(f->window.problemsPanel()->height() > 40);
        QVERIFY2(banner->text().contains(QStringLiteral("all: Service unavailable")),
                 qPrintable(banner->text()));
    }

    void checkMarksInvalidRowsAndJumps()
    {
        connectAndLoad();
        const QString a = f->model()->idAt(3);
        const QString b = f->model()->idAt(10);
        f->rename(f->model()->idAt(1), QStringLiteral("Fine new name"));
        f->rename(a, QString());
        QCOMPARE(f->model()->state(a), State::Invalid);
        QCOMPARE(problemLines(),
                 QStringList{QStringLiteral("%1|attributes/name|name-required|error").arg(a)});

        QVERIFY(f->window.selectSegment(f->model()->idAt(20)));
        QTest::keyClick(&f->window, Qt::Key_F7);
        QCOMPARE(f->window.messageBar()->kind(), MessageBar::Kind::Error);
        QCOMPARE(f->message(),
                 QStringLiteral("Invalid: 1 of 2 changed segments. They will not be sent until "
                                "fixed (or excluded). Press F8 for the next one."));
        QCOMPARE(f->window.selectedIds(), QStringList{a});
        // The form's banner (the only one) says why; the name field has the focus.
        const QList<ProblemBanner *> banners
                = f->window.detailsPanel()->findChildren<ProblemBanner *>();
        QCOMPARE(banners.size(), 1);
        QVERIFY(banners.constFirst()->isVisible());
        QVERIFY(banners.constFirst()->text().contains(QStringLiteral("The name is empty.")));
        QVERIFY(f->window.detailsPanel()
                        ->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
                        ->hasFocus());

        // F8 / Shift+F8 walk the rows with problems, wrapping around.
        f->rename(b, QStringLiteral("   "));
        QCOMPARE(f->model()->state(b), State::Invalid);
        f->window.tableView()->setFocus();
        QTest::keyClick(&f->window, Qt::Key_F8);
        QCOMPARE(f->window.selectedIds(), QStringList{b});
        // The cursor is in the field the problem names, as after a double click on it.
        QTRY_VERIFY(f->window.detailsPanel()
                            ->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
                            ->hasFocus());
        QTest::keyClick(&f->window, Qt::Key_F8);
        QCOMPARE(f->window.selectedIds(), QStringList{a});
        QTest::keyClick(&f->window, Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(f->window.selectedIds(), QStringList{b});

        // Check's message follows the counts: one fixed, then the fix undone.
        f->action("actionCheck")->trigger();
        QCOMPARE(f->message(),
                 QStringLiteral("Invalid: 2 of 3 changed segments. They will not be sent until "
                                "fixed (or excluded). Press F8 for the next one."));
        f->rename(b, QStringLiteral("Named for a moment"));
        QCOMPARE(f->message(),
                 QStringLiteral("Invalid: 1 of 3 changed segments. They will not be sent until "
                                "fixed (or excluded). Press F8 for the next one."));
        f->window.undoStack()->undo();
        QCOMPARE(f->message(),
                 QStringLiteral("Invalid: 2 of 3 changed segments. They will not be sent until "
                                "fixed (or excluded). Press F8 for the next one."));

        // "Only invalid" shows just those.
        f->window.filterBar()->setStateChoice(FilterBar::StateChoice::Invalid);
        QCOMPARE(f->window.proxy()->rowCount(), 2);
        f->window.filterBar()->clearFilters();

        // Fixed: Check passes.
        f->rename(a, QStringLiteral("Named again"));
        f->rename(b, QStringLiteral("Named too"));
        f->action("actionCheck")->trigger();
        QCOMPARE(f->window.messageBar()->kind(), MessageBar::Kind::Positive);
        QCOMPARE(f->message(),
                 QStringLiteral("Check passed: every changed segment (3) is ready to send."));
    }

    void previewShowsExactlyWhatIsSent()
    {
        connectAndLoad();
        f->window.setChunkSize(2);
        const QString a = f->model()->idAt(0);
        const QString b = f->model()->idAt(1);
        const QString c = f->model()->idAt(2);
        const QString d = f->model()->idAt(3);
        const QString oldA = nameOf(f->model()->original(a));
        f->rename(a, QStringLiteral("Preview A"));
        f->rename(b, QStringLiteral("Preview B"));
        f->rename(c, QStringLiteral("Preview C"));
        f->rename(d, QString()); // invalid: left out

        f->action("actionPreview")->trigger();
        auto *preview = f->window.findChild<PreviewDialog *>();
        QVERIFY(preview);
        QCOMPARE(preview->chunkCount(), 2);
        const auto built = [&](const QString &id) {
            return *PatchBuilder::build(*f->model()->original(id), *f->model()->edited(id));
        };
        const QString first
                = QString::fromUtf8(QJsonDocument(PatchBuilder::requestBody({built(a), built(b)}))
                                            .toJson(QJsonDocument::Indented));
        const QString second
                = QString::fromUtf8(QJsonDocument(PatchBuilder::requestBody({built(c)}))
                                            .toJson(QJsonDocument::Indented));
        QCOMPARE(preview->shownJson(), first);
        preview->showChunk(1);
        QCOMPARE(preview->shownJson(), second);
        QCOMPARE(preview->summaryText(),
                 QStringLiteral("Changed segments: 4 · in this send: 3 · invalid, left out until "
                                "fixed: 1 · PATCH requests: 2 (up to 2 segments each)"));

        auto *tree = preview->findChild<QTreeWidget *>(QStringLiteral("previewChangeList"));
        QCOMPARE(tree->topLevelItemCount(), 4);
        QTreeWidgetItem *itemA = tree->topLevelItem(0);
        QCOMPARE(itemA->childCount(), 1);
        QCOMPARE(itemA->child(0)->text(1), QStringLiteral("Name: “%1” → “Preview A”").arg(oldA));
        QTreeWidgetItem *itemD = tree->topLevelItem(3);
        QVERIFY(!(itemD->flags() & Qt::ItemIsUserCheckable));
        QCOMPARE(itemD->text(0), QStringLiteral("Left out: invalid"));
        QCOMPARE(itemA->text(0), QStringLiteral("Included"));

        // Unchecking a segment leaves it out of this send (the model's exclusion), as one undo
        // step.
        QUndoStack *stack = f->window.undoStack();
        const int steps = stack->count();
        itemA->setCheckState(0, Qt::Unchecked);
        QVERIFY(f->model()->isExcluded(a));
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(stack->text(steps), QStringLiteral("Exclude “Preview A” from the send"));
        QCOMPARE(itemA->text(0), QStringLiteral("Left out"));
        QCOMPARE(preview->chunkCount(), 1);
        const QString withoutA
                = QString::fromUtf8(QJsonDocument(PatchBuilder::requestBody({built(b), built(c)}))
                                            .toJson(QJsonDocument::Indented));
        QCOMPARE(preview->shownJson(), withoutA);

        // Undo brings it back into the send; the checkbox and the requests follow.
        stack->undo();
        QVERIFY(!f->model()->isExcluded(a));
        QCOMPARE(stack->index(), steps);
        QCOMPARE(itemA->checkState(0), Qt::Checked);
        QCOMPARE(itemA->text(0), QStringLiteral("Included"));
        QCOMPARE(preview->chunkCount(), 2);
        stack->redo();
        QVERIFY(f->model()->isExcluded(a));
        QCOMPARE(itemA->checkState(0), Qt::Unchecked);
        QCOMPARE(preview->chunkCount(), 1);

        // Checking it again is a step of its own.
        itemA->setCheckState(0, Qt::Checked);
        QVERIFY(!f->model()->isExcluded(a));
        QCOMPARE(stack->count(), steps + 2);
        QCOMPARE(stack->text(steps + 1), QStringLiteral("Include “Preview A” in the send again"));
        QCOMPARE(preview->chunkCount(), 2);
        stack->undo();
        QVERIFY(f->model()->isExcluded(a));
        QCOMPARE(itemA->checkState(0), Qt::Unchecked);
        QCOMPARE(preview->shownJson(), withoutA);
        preview->reject();
        QCOMPARE(f->requestCount("PATCH", QStringLiteral("/audience-segments")), 0);
    }

    // Without an editor an exclusion could not be undone: the preview only shows it.
    void previewWithoutAnEditorOnlyShowsExclusions()
    {
        SegmentTableModel model;
        AudienceSegment s;
        s.id = QStringLiteral("7");
        s.advertiserId = QStringLiteral("1");
        s.type = SegmentType::Retargeting;
        s.name = QStringLiteral("Seven");
        s.retargeting = RetargetingSettings{VisitorsType::All, 1, 30};
        model.setSegments({s});
        s.name = QStringLiteral("Seven (EU)");
        model.setEdited({s});
        PreviewDialog preview(&model, 50);
        auto *tree = preview.findChild<QTreeWidget *>(QStringLiteral("previewChangeList"));
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *item = tree->topLevelItem(0);
        QVERIFY(!(item->flags() & Qt::ItemIsUserCheckable));
        QCOMPARE(item->checkState(0), Qt::Checked);
        QCOMPARE(item->text(0), QStringLiteral("Included"));
        QCOMPARE(preview.chunkCount(), 1);
        // It still follows the model.
        model.setExcluded({s.id}, true);
        QCOMPARE(item->checkState(0), Qt::Unchecked);
        QCOMPARE(item->text(0), QStringLiteral("Left out"));
        QCOMPARE(preview.chunkCount(), 0);
    }

    // Ctrl+E leaves the selection out of the send as one undo step, like an edit: the window is
    // modified, and undo brings the rows back into the send.
    // Duplicate (Ctrl+D), Delete (the key, in the table only) and New Segment, then one send:
    // the deletion first, the creates after; the rows follow the server's answer.
    void newDuplicateDeleteAndSend()
    {
        connectAndLoad();
        SegmentTableModel *model = f->model();
        const QString source = model->idAt(0);
        // A segment an audience uses: deleting it asks first.
        QString doomed;
        for (int row = 1; row < model->rowCount() && doomed.isEmpty(); ++row)
            if (!f->server.data().audiencesUsing(model->idAt(row)).isEmpty())
                doomed = model->idAt(row);
        QVERIFY2(!doomed.isEmpty(), "the demo data should have a loaded segment in use");
        const DemoData::Audience audience
                = f->server.data().audiences().at(f->server.data().audiencesUsing(doomed).first());
        const QString sourceName = *model->original(source)->name;
        QVERIFY(f->window.selectSegment(source));
        f->window.tableView()->setFocus();
        QTest::keyClick(&f->window, Qt::Key_D, Qt::ControlModifier);
        const QString copy = model->idAt(model->rowCount() - 1);
        QCOMPARE(model->state(copy), State::New);
        QCOMPARE(model->edited(copy)->name, QStringLiteral("%1 (copy)").arg(sourceName));
        QCOMPARE(f->window.selectedIds(), QStringList{copy});

        QVERIFY(f->window.selectSegment(doomed));
        f->window.tableView()->setFocus();
        QTest::keyClick(f->window.tableView(), Qt::Key_Delete);
        QCOMPARE(model->state(doomed), State::ToDelete);
        auto *deleteAction = f->window.findChild<QAction *>(QStringLiteral("actionDelete"));
        QVERIFY(deleteAction);
        QCOMPARE(deleteAction->text(), MainWindow::tr("&Keep (Do Not Delete)"));

        // The New Segment dialog: advertiser of the selection, a name, then its form.
        auto *newAction = f->window.findChild<QAction *>(QStringLiteral("actionNewSegment"));
        QVERIFY(newAction && newAction->isEnabled());
        newAction->trigger();
        auto *dialog = f->window.findChild<NewSegmentDialog *>();
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no name yet
        auto *type = dialog->findChild<QComboBox *>(QStringLiteral("type"));
        type->setCurrentIndex(type->findData(QVariant::fromValue(SegmentType::Retargeting)));
        dialog->findChild<QLineEdit *>(QStringLiteral("name"))
                ->setText(QStringLiteral("Cart abandoners — new"));
        QVERIFY(ok->isEnabled());
        ok->click();
        const QString fresh = model->idAt(model->rowCount() - 1);
        QCOMPARE(model->state(fresh), State::New);
        QCOMPARE(model->original(fresh)->advertiserId, model->original(doomed)->advertiserId);
        QCOMPARE(f->window.selectedIds(), QStringList{fresh});
        QCOMPARE(model->counts().toCreate, 2);
        QCOMPARE(model->counts().toDelete, 1);

        // The send asks before deleting a segment in use, and names who uses it; Cancel sends
        // nothing and keeps every change.
        QSignalSpy finished(f->window.sendWorkflow(), &SendWorkflow::finished);
        const auto usedDialog = [this]() -> UsedSegmentsDialog * {
            UsedSegmentsDialog *found = nullptr;
            [&] {
                QTRY_VERIFY_WITH_TIMEOUT(found = f->window.findChild<UsedSegmentsDialog *>(),
                                         10000);
            }();
            return found;
        };
        f->window.send();
        UsedSegmentsDialog *used = usedDialog();
        QVERIFY(used);
        QCOMPARE(f->window.sendWorkflow()->stage(), SendWorkflow::Stage::Confirming);
        QCOMPARE(used->tree()->topLevelItemCount(), 1);
        QTreeWidgetItem *item = used->tree()->topLevelItem(0);
        QVERIFY2(item->text(0).contains(doomed), qPrintable(item->text(0)));
        QVERIFY(item->text(0).startsWith(UsedSegmentsDialog::tr("Delete %1").arg(QString())));
        QStringList audiences;
        for (int i = 0; i < item->childCount(); ++i)
            audiences.append(item->child(i)->text(0));
        QVERIFY2(audiences.join(QLatin1Char('\n')).contains(audience.name),
                 qPrintable(audiences.join(QLatin1Char('\n'))));
        used->reject();
        if (finished.isEmpty())
            QVERIFY(finished.wait(10000));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!f->window.findChild<UsedSegmentsDialog *>());
        auto result = finished.takeFirst().at(0).value<SendWorkflow::Result>();
        QCOMPARE(result.stoppedAt, SendWorkflow::Result::Stop::Usage);
        QVERIFY(result.sent.isEmpty());
        QVERIFY(f->server.data().hasSegment(doomed));
        QCOMPARE(model->state(doomed), State::ToDelete);
        QCOMPARE(model->counts().toCreate, 2);
        QVERIFY(f->window.isWindowModified());
        for (const RecordedRequest &request : f->server.requests())
            QVERIFY(!request.path.endsWith(QLatin1String("/create"))
                    && !request.path.endsWith(QLatin1String("/delete")));

        // Send Anyway sends all three kinds.
        f->window.send();
        used = usedDialog();
        QVERIFY(used);
        used->findChild<QPushButton *>(QStringLiteral("sendAnyway"))->click();
        QVERIFY(finished.wait(10000));
        result = finished.first().at(0).value<SendWorkflow::Result>();
        QCOMPARE(result.usedChanges.size(), 1);
        QCOMPARE(result.deleted, QStringList{doomed});
        QCOMPARE(result.created.size(), 2);
        QVERIFY(!model->contains(doomed));
        QVERIFY(!f->server.data().hasSegment(doomed));
        const QString created = result.created.value(fresh);
        QCOMPARE(model->state(created), State::Created);
        QVERIFY(f->server.data().hasSegment(created));
        QCOMPARE(f->server.data().segment(created).value(QLatin1String("name")).toString(),
                 QStringLiteral("Cart abandoners — new"));
        // The selection followed the row to its new id.
        QCOMPARE(f->window.selectedIds(), QStringList{created});
        QCOMPARE(model->counts().toCreate, 0);
        QCOMPARE(model->counts().modified, 0);
        // Every request went to the endpoint of its kind, and matched the contract.
        QString error;
        const OpenApiChecker checker
                = OpenApiChecker::fromFile(OpenApiChecker::defaultSpecPath(), &error);
        QVERIFY2(checker.isValid(), qPrintable(error));
        int creates = 0, deletes = 0;
        for (const RecordedRequest &request : f->server.requests()) {
            if (request.path.endsWith(QLatin1String("/audience-segments/create")))
                ++creates;
            else if (request.path.endsWith(QLatin1String("/audience-segments/delete")))
                ++deletes;
            else
                continue;
            QCOMPARE(checker.checkRequestBody(QString::fromLatin1(request.method), request.path,
                                              request.json().object()),
                     QStringList());
        }
        QCOMPARE(creates, 1);
        QCOMPARE(deletes, 1);
    }

    void excludeIsUndoable()
    {
        connectAndLoad();
        QUndoStack *stack = f->window.undoStack();
        const QString a = f->model()->idAt(0);
        const QString b = f->model()->idAt(1);
        QCOMPARE(stack->count(), 0);
        QVERIFY(!f->window.isWindowModified());
        QVERIFY(f->window.selectSegment(b));
        f->window.tableView()->selectionModel()->select(
                proxyIndex(a, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(f->window.selectedIds().size(), 2);
        f->window.tableView()->setFocus();

        QTest::keyClick(&f->window, Qt::Key_E, Qt::ControlModifier);
        QVERIFY(f->model()->isExcluded(a));
        QVERIFY(f->model()->isExcluded(b));
        QCOMPARE(f->model()->counts().excluded, 2);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->text(0), QStringLiteral("Exclude 2 segments from the send"));
        QVERIFY(f->window.isWindowModified());

        QTest::keySequence(&f->window, QKeySequence::Undo);
        QVERIFY(!f->model()->isExcluded(a));
        QVERIFY(!f->model()->isExcluded(b));
        QCOMPARE(f->model()->counts().excluded, 0);
        QCOMPARE(stack->index(), 0);
        QVERIFY(!f->window.isWindowModified());
        QTest::keySequence(&f->window, QKeySequence::Redo);
        QVERIFY(f->model()->isExcluded(a));
        QVERIFY(f->model()->isExcluded(b));
        QVERIFY(f->window.isWindowModified());

        // Again: all of the selection is left out, so it comes back into the send.
        QTest::keyClick(&f->window, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(f->model()->counts().excluded, 0);
        QCOMPARE(stack->count(), 2);
        QCOMPARE(stack->text(1), QStringLiteral("Include 2 segments in the send again"));
        f->action("actionUndo")->trigger();
        QCOMPARE(f->model()->counts().excluded, 2);
        QCOMPARE(stack->index(), 1);
    }

    void sendWithPartialFailuresThenRetryFailed()
    {
        connectAndLoad();
        f->window.setChunkSize(2);
        SegmentTableModel *model = f->model();
        const QString taken = model->idAt(0); // a colleague takes its new name meanwhile
        const QString good1 = model->idAt(1);
        const QString down1 = model->idAt(2); // in the chunk the server fails
        const QString down2 = model->idAt(3);
        const QString good2 = model->idAt(4);
        const QString invalid = model->idAt(5);
        QJsonObject other = f->server.data().segment(model->idAt(6));
        other.insert(QStringLiteral("name"), QStringLiteral("Weekend shoppers — Lyon"));
        f->server.data().insertSegment(QStringLiteral("399001"), other);
        f->rename(taken, QStringLiteral("Weekend shoppers — Lyon"));
        f->rename(good1, QStringLiteral("Runners — spring"));
        f->rename(down1, QStringLiteral("Gift buyers — December"));
        f->rename(down2, QStringLiteral("Cart abandoners — high value"));
        f->rename(good2, QStringLiteral("Loyal customers — Paris"));
        f->rename(invalid, QString());
        QString error;
        // The second PATCH and its retry answer 503.
        QVERIFY(f->server.setFaults(QStringLiteral("5xx=2:method=PATCH:count=2"), &error));

        QList<State> statesAtFirstChunk;
        // When the send starts: the rows are marked, the first request leaves.
        connect(f->window.sendWorkflow(), &SendWorkflow::progress, this, [&](int done) {
            if (done == 0 && statesAtFirstChunk.isEmpty())
                for (const QString &id : {taken, good1, down1, down2, good2, invalid})
                    statesAtFirstChunk.append(model->state(id));
        });
        QSignalSpy finished(f->window.sendWorkflow(), &SendWorkflow::finished);
        f->window.tableView()->setFocus();
        QTest::keyClick(&f->window, Qt::Key_Return, Qt::ControlModifier); // Send
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY(!f->window.sendWorkflow()->isRunning());

        QCOMPARE(statesAtFirstChunk,
                 (QList<State>{State::Sending, State::Sending, State::Sending, State::Sending,
                               State::Sending, State::Invalid}));
        QCOMPARE(model->state(taken), State::Failed);
        QCOMPARE(model->state(good1), State::Updated);
        QCOMPARE(model->state(down1), State::Failed);
        QCOMPARE(model->state(down2), State::Failed);
        QCOMPARE(model->state(good2), State::Updated);
        QCOMPARE(model->state(invalid), State::Invalid);
        // Updated rows took the server's answer as their original; failed ones kept the edit.
        QCOMPARE(nameOf(model->original(good1)), QStringLiteral("Runners — spring"));
        QCOMPARE(f->server.data().segment(good1).value(QLatin1String("name")).toString(),
                 QStringLiteral("Runners — spring"));
        QCOMPARE(nameOf(model->edited(taken)), QStringLiteral("Weekend shoppers — Lyon"));
        QCOMPARE(nameOf(model->edited(down1)), QStringLiteral("Gift buyers — December"));
        QVERIFY(nameOf(model->original(down1)) != QStringLiteral("Gift buyers — December"));
        QCOMPARE(f->patchedIds(), (QStringList{taken, good1, down1, down2, down1, down2, good2}));

        QCOMPARE(problemLines(),
                 (QStringList{
                         QStringLiteral("%1|attributes/name|name-must-be-unique|error").arg(taken),
                         QStringLiteral("%1||service-unavailable|error").arg(down1),
                         QStringLiteral("%1||service-unavailable|error").arg(down2),
                         QStringLiteral("%1|attributes/name|name-required|error").arg(invalid)}));
        QVERIFY(f->child<QWidget>("problemsDock")->isVisible());
        QCOMPARE(f->message(),
                 QStringLiteral("Send finished: 2 updated, 3 failed. 1 of them needs a fix "
                                "first: the Problems panel says what; then choose Retry "
                                "Failed. The server was unavailable for 2 of them, also when "
                                "tried again: they need no fix; retry later. Your edits are "
                                "kept."));
        QCOMPARE(f->child<QLabel>("countsLabel")->text(),
                 QStringLiteral("%1 loaded · 4 modified · 1 invalid · 3 failed · 0 warned")
                         .arg(model->rowCount()));
        QVERIFY(f->action("actionRetryFailed")->isEnabled());

        // Double-click the name problem: its row is selected and the field has the focus.
        QTableView *problems = f->window.problemsPanel()->view();
        QModelIndex line;
        for (int row = 0; row < problems->model()->rowCount(); ++row) {
            const QModelIndex index = problems->model()->index(row, ProblemListModel::TitleColumn);
            if (index.data(ProblemListModel::SegmentIdRole).toString() == taken)
                line = index;
        }
        QVERIFY(line.isValid());
        QCOMPARE(line.data().toString(), QStringLiteral("Name already used"));
        problems->scrollTo(line);
        QSignalSpy activated(f->window.problemsPanel(), &ProblemsPanel::problemActivated);
        QTest::mouseClick(problems->viewport(), Qt::LeftButton, {},
                          problems->visualRect(line).center());
        QCOMPARE(activated.count(), 0); // a single click only selects the line
        QTest::mouseDClick(problems->viewport(), Qt::LeftButton, {},
                           problems->visualRect(line).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(f->window.selectedIds(), QStringList{taken});
        auto *nameEdit
                = f->window.detailsPanel()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QTRY_VERIFY2(nameEdit->hasFocus(),
                     qPrintable(QApplication::focusWidget()
                                        ? QApplication::focusWidget()->objectName()
                                        : QStringLiteral("no focus")));

        // Fix it where the focus is, then Retry failed sends only the three that failed.
        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, QStringLiteral("Weekend shoppers in Lyon"));
        QCOMPARE(model->state(taken), State::Modified);
        f->server.clearFaults();
        f->server.clearRecorded();
        finished.clear();
        f->action("actionRetryFailed")->trigger();
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY(!f->window.sendWorkflow()->isRunning());
        QCOMPARE(f->patchedIds(), (QStringList{taken, down1, down2}));
        for (const QString &id : {taken, down1, down2, good1, good2})
            QCOMPARE(model->state(id), State::Updated);
        QCOMPARE(
                problemLines(),
                QStringList{QStringLiteral("%1|attributes/name|name-required|error").arg(invalid)});
        QVERIFY(!f->action("actionRetryFailed")->isEnabled());
        QCOMPARE(f->message(), QStringLiteral("Send finished: 3 updated."));
    }

    // Send reads the server's copies first: a field someone else changed too is a conflict, not
    // overwritten; a field only they changed follows the server.
    void serverChangesAreCheckedBeforeSending()
    {
        connectAndLoad();
        SegmentTableModel *model = f->model();
        const QString both = model->idAt(0);
        const QString theirs = model->idAt(1);
        f->rename(both, QStringLiteral("Mine A"));
        f->rename(theirs, QStringLiteral("Mine B"));
        QJsonObject a = f->server.data().segment(both);
        a.insert(QStringLiteral("name"), QStringLiteral("Theirs A"));
        f->server.data().insertSegment(both, a);
        QJsonObject b = f->server.data().segment(theirs);
        b.insert(QStringLiteral("description"), QStringLiteral("Changed on the server"));
        f->server.data().insertSegment(theirs, b);
        f->server.clearRecorded();

        QSignalSpy finished(f->window.sendWorkflow(), &SendWorkflow::finished);
        f->action("actionSend")->trigger();
        QVERIFY(finished.wait(5000));
        const QList<RecordedRequest> requests = f->server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).method, QByteArray("POST")); // the check, then the PATCH
        QCOMPARE(requests.at(0)
                         .json()
                         .object()
                         .value(QLatin1String("data"))
                         .toObject()
                         .value(QLatin1String("attributes"))
                         .toObject()
                         .value(QLatin1String("audienceSegmentIds"))
                         .toArray(),
                 QJsonArray({both, theirs}));
        QCOMPARE(f->patchedIds(), QStringList{theirs});
        QCOMPARE(model->state(both), State::Conflict);
        QCOMPARE(model->conflictFields(both), QStringList{QStringLiteral("attributes/name")});
        QCOMPARE(model->state(theirs), State::Updated);
        QCOMPARE(f->server.data().segment(theirs).value(QLatin1String("description")).toString(),
                 QStringLiteral("Changed on the server"));
        QCOMPARE(f->message(),
                 QStringLiteral("Send finished: 1 updated. Not sent because the server's copies "
                                "changed in fields you changed too: %1. Choose Keep My Values or "
                                "Take the Server's Values for each, then send again.")
                         .arg(both));
        QVERIFY(f->child<QLabel>("countsLabel")
                        ->text()
                        .endsWith(QStringLiteral(" · 1 in conflict")));

        // Keep mine: the next send overwrites the server's name, knowingly.
        QVERIFY(f->window.selectSegment(both));
        QVERIFY(f->action("actionKeepMine")->isEnabled());
        f->action("actionKeepMine")->trigger();
        QCOMPARE(model->state(both), State::Modified);
        finished.clear();
        f->action("actionSend")->trigger();
        QVERIFY(finished.wait(5000));
        QCOMPARE(model->state(both), State::Updated);
        QCOMPARE(f->server.data().segment(both).value(QLatin1String("name")).toString(),
                 QStringLiteral("Mine A"));
    }

    // The three values of each field in conflict, beside the table: as loaded, mine, the
    // server's; keep or take per field and for all, each an undoable step.
    void conflictViewShowsThreeValues()
    {
        connectAndLoad();
        SegmentTableModel *model = f->model();
        const QString id = model->idAt(0);
        const QString loadedName = nameOf(model->original(id));
        f->rename(id, QStringLiteral("Mine A"));
        QVERIFY(model->setData(model->indexForId(id, SegmentTableModel::DescriptionColumn),
                               QStringLiteral("My description")));
        // A colleague changes both fields on the server meanwhile.
        QJsonObject theirs = f->server.data().segment(id);
        theirs.insert(QStringLiteral("name"), QStringLiteral("Theirs A"));
        theirs.insert(QStringLiteral("description"), QStringLiteral("Their description"));
        f->server.data().insertSegment(id, theirs);

        QSignalSpy reloaded(f->window.sendWorkflow(), &SendWorkflow::finished);
        f->action("actionSend")->trigger();
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(model->state(id), State::Conflict);
        QVERIFY(f->window.selectSegment(id));
        ConflictView *view = f->window.detailsPanel()->conflictView();
        QTRY_VERIFY(view->isVisible());
        const QString name = QStringLiteral("attributes/name");
        const QString description = QStringLiteral("attributes/description");
        QCOMPARE(view->fields(), (QStringList{name, description}));
        const auto text = [view](const QString &kind, const QString &field) {
            auto *label = view->findChild<QLabel *>(kind + QLatin1Char(':') + field);
            return label ? label->text() : QStringLiteral("<no label>");
        };
        QCOMPARE(text(QStringLiteral("conflictBase"), name), loadedName);
        QCOMPARE(text(QStringLiteral("conflictMine"), name), QStringLiteral("Mine A"));
        QCOMPARE(text(QStringLiteral("conflictServer"), name), QStringLiteral("Theirs A"));
        QCOMPARE(text(QStringLiteral("conflictBase"), description), QStringLiteral("(none)"));
        QCOMPARE(text(QStringLiteral("conflictMine"), description),
                 QStringLiteral("My description"));
        QCOMPARE(text(QStringLiteral("conflictServer"), description),
                 QStringLiteral("Their description"));
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("conflictHeadline"))->text(),
                 QStringLiteral("Changed on the server too: 2 fields to decide"));
        grabIfAsked(&f->window, "conflict-view");
        // Above the form in the details panel; only for that one segment.
        auto *formHost
                = f->window.detailsPanel()->findChild<QWidget *>(QStringLiteral("detailsFormHost"));
        QVERIFY(formHost);
        QVERIFY(view->mapTo(&f->window, QPoint(0, view->height())).y()
                <= formHost->mapTo(&f->window, QPoint(0, 0)).y());
        QVERIFY(f->window.selectSegment(model->idAt(1)));
        QTRY_VERIFY(!view->isVisible());
        f->window.tableView()->selectAll();
        QTRY_VERIFY(!view->isVisible());
        QVERIFY(f->window.selectSegment(id));
        QTRY_VERIFY(view->isVisible());

        // Take the server's name: one undoable step, the description still to decide.
        const int steps = f->window.undoStack()->count();
        auto *takeName
                = view->findChild<QPushButton *>(QStringLiteral("conflictTakeServer:") + name);
        QVERIFY(takeName && takeName->isVisible());
        QTest::mouseClick(takeName, Qt::LeftButton);
        QCOMPARE(nameOf(model->edited(id)), QStringLiteral("Theirs A"));
        QCOMPARE(view->fields(), QStringList{description});
        QCOMPARE(model->state(id), State::Conflict);
        QCOMPARE(f->window.undoStack()->count(), steps + 1);
        QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("conflictTakeServer:") + name));
        // One field left: no buttons for all of them.
        QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("conflictKeepAllMine"))
                         ->isVisible());

        // Undo brings the conflict and my name back.
        f->action("actionUndo")->trigger();
        QCOMPARE(nameOf(model->edited(id)), QStringLiteral("Mine A"));
        QCOMPARE(view->fields(), (QStringList{name, description}));
        QCOMPARE(text(QStringLiteral("conflictMine"), name), QStringLiteral("Mine A"));

        // Keep mine for the description, then for all that is left.
        QTest::mouseClick(
                view->findChild<QPushButton *>(QStringLiteral("conflictKeepMine:") + description),
                Qt::LeftButton);
        QCOMPARE(view->fields(), QStringList{name});
        QCOMPARE(model->edited(id)->description.valueOr(QString()),
                 QStringLiteral("My description"));
        f->action("actionUndo")->trigger();
        auto *keepAll = view->findChild<QPushButton *>(QStringLiteral("conflictKeepAllMine"));
        QVERIFY(keepAll->isVisible());
        QTest::mouseClick(keepAll, Qt::LeftButton);
        QCOMPARE(model->state(id), State::Modified);
        QVERIFY(!view->isVisible());
        QCOMPARE(f->window.undoStack()->text(f->window.undoStack()->index() - 1),
                 QStringLiteral("Keep your values for “Mine A”"));

        // Or take all of the server's.
        f->action("actionUndo")->trigger();
        QVERIFY(view->isVisible());
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("conflictTakeAllServer")),
                          Qt::LeftButton);
        QCOMPARE(nameOf(model->edited(id)), QStringLiteral("Theirs A"));
        QCOMPARE(model->edited(id)->description.valueOr(QString()),
                 QStringLiteral("Their description"));
        QCOMPARE(model->state(id), State::Unchanged);
        QVERIFY(!view->isVisible());

        // Keep mine after all, and send: the server gets my values, knowingly.
        f->action("actionUndo")->trigger();
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("conflictKeepAllMine")),
                          Qt::LeftButton);
        QSignalSpy finished(f->window.sendWorkflow(), &SendWorkflow::finished);
        f->action("actionSend")->trigger();
        QVERIFY(finished.wait(5000));
        QCOMPARE(model->state(id), State::Updated);
        QCOMPARE(f->server.data().segment(id).value(QLatin1String("name")).toString(),
                 QStringLiteral("Mine A"));
        QCOMPARE(f->server.data().segment(id).value(QLatin1String("description")).toString(),
                 QStringLiteral("My description"));
    }

    void cancelMidSendKeepsEdits()
    {
        connectAndLoad();
        f->window.setChunkSize(1);
        QStringList ids;
        for (int row = 0; row < 4; ++row) {
            ids.append(f->model()->idAt(row));
            f->rename(ids.last(), QStringLiteral("Cancelled send %1").arg(row));
        }
        QString error;
        QVERIFY(f->server.setFaults(QStringLiteral("latency=300:method=PATCH"), &error));
        QSignalSpy finished(f->window.sendWorkflow(), &SendWorkflow::finished);
        f->action("actionSend")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(f->model()->state(ids.at(0)), State::Updated, 5000);
        // The first chunk is in; the second is in flight. Cancel lets it finish, and only it.
        QCOMPARE(f->model()->state(ids.at(0)), State::Updated);
        QCOMPARE(f->model()->state(ids.at(1)), State::Sending);
        QTest::mouseClick(f->child<QToolButton>("cancelButton"), Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.first().at(0).value<SendWorkflow::Result>().cancelled);
        QCOMPARE(f->patchedIds(), (QStringList{ids.at(0), ids.at(1)}));
        QCOMPARE(f->model()->state(ids.at(1)), State::Updated);
        for (int row = 2; row < 4; ++row) {
            QCOMPARE(f->model()->state(ids.at(row)), State::NotSent);
            QCOMPARE(nameOf(f->model()->edited(ids.at(row))),
                     QStringLiteral("Cancelled send %1").arg(row));
            QCOMPARE(f->model()->changedFields(ids.at(row)),
                     QStringList{QStringLiteral("attributes/name")});
        }
        QCOMPARE(f->message(),
                 QStringLiteral("Send cancelled: 2 updated, 2 not sent. What was not "
                                "sent keeps its edit: Retry Failed sends it."));
        QCOMPARE(f->window.messageBar()->kind(), MessageBar::Kind::Warning);

        // The rest goes with Retry failed.
        f->server.clearFaults();
        finished.clear();
        f->action("actionRetryFailed")->trigger();
        QVERIFY(finished.wait(5000));
        QCOMPARE(f->patchedIds(), (QStringList{ids.at(0), ids.at(1), ids.at(2), ids.at(3)}));
        QCOMPARE(f->model()->counts().modified, 0);
        QVERIFY(!f->window.isWindowModified()); // everything typed is on the server
    }

    void workingSetRoundTrip()
    {
        connectAndLoad();
        f->window.setChunkSize(1);
        const QString failed = f->model()->idAt(0);
        const QString excluded = f->model()->idAt(1);
        const QString invalid = f->model()->idAt(2);
        f->rename(failed, QStringLiteral("Will fail"));
        f->rename(excluded, QStringLiteral("Left out"));
        f->window.editor()->setExcluded({excluded}, true);
        f->rename(invalid, QString());
        QString error;
        QVERIFY(f->server.setFaults(QStringLiteral("5xx=1:method=PATCH:count=2"), &error));
        QSignalSpy finished(f->window.sendWorkflow(), &SendWorkflow::finished);
        f->action("actionSend")->trigger();
        QVERIFY(finished.wait(5000));
        QCOMPARE(f->model()->state(failed), State::Failed);
        const SegmentTableModel::Counts before = f->model()->counts();
        const QList<WorkingSetEntry> entries = f->model()->workingSetEntries();

        // Save As… through the file dialog.
        const QString path = dir.filePath(QStringLiteral("roundtrip.json"));
        QVERIFY(f->window.isWindowModified());
        f->action("actionSaveAs")->trigger();
        auto *save = f->window.findChild<QFileDialog *>(QStringLiteral("saveWorkingSetDialog"));
        QVERIFY(save);
        save->selectFile(path);
        static_cast<QDialog *>(save)->accept(); // QFileDialog::accept() through the public base
        QTRY_VERIFY(QFile::exists(path));
        QVERIFY(!f->window.isWindowModified());
        QCOMPARE(f->window.currentFile(), path);
        QCOMPARE(f->window.windowTitle(), QStringLiteral("roundtrip.json[*] — Segment Editor"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(f->server.clientSecret().toUtf8()));
        QString readError;
        const std::optional<WorkingSet> set = WorkingSet::read(path, &readError);
        QVERIFY2(set, qPrintable(readError));
        QCOMPARE(set->baseUrl, f->server.baseUrl());
        QCOMPARE(set->apiVersion, f->server.apiVersion());

        // Another edit, then Open: the prompt, Discard, the file dialog, the set as saved.
        f->rename(f->model()->idAt(5), QStringLiteral("Not saved"));
        QVERIFY(f->window.isWindowModified());
        f->action("actionOpen")->trigger();
        auto *box = f->window.findChild<QMessageBox *>(QStringLiteral("unsavedChangesBox"));
        QVERIFY(box);
        box->button(QMessageBox::Discard)->click();
        auto *open = f->window.findChild<QFileDialog *>(QStringLiteral("openWorkingSetDialog"));
        QVERIFY(open);
        open->selectFile(path);
        static_cast<QDialog *>(open)->accept();
        QTRY_COMPARE(f->model()->counts(), before);
        QCOMPARE(f->model()->workingSetEntries().size(), entries.size());
        QCOMPARE(f->model()->state(failed), State::Failed);
        QCOMPARE(nameOf(f->model()->edited(failed)), QStringLiteral("Will fail"));
        QVERIFY(f->model()->isExcluded(excluded));
        QCOMPARE(f->model()->state(invalid), State::Invalid);
        QCOMPARE(nameOf(f->model()->edited(f->model()->idAt(5))),
                 nameOf(f->model()->original(f->model()->idAt(5))));
        QVERIFY(!f->window.isWindowModified());
        QCOMPARE(f->window.undoStack()->count(), 0);
        QCOMPARE(f->message(),
                 QStringLiteral("Opened roundtrip.json (segments: %1, with changes: 3).")
                         .arg(before.loaded));
        // What failed before can be retried from the reopened set.
        QVERIFY(f->action("actionRetryFailed")->isEnabled());
    }

    // Help > About: the version, the licence (its full text in the details, as in LICENSE) and
    // the credits, in a box that does not block.
    // Help: the review loop with its keys, and every key of every command, from the actions
    // themselves.
    void helpNamesTheKeysThatWork()
    {
        f->window.show();
        f->action("actionGettingStarted")->trigger();
        auto *started = f->window.findChild<QDialog *>(QStringLiteral("gettingStartedDialog"));
        QVERIFY(started && started->isVisible());
        const QString text
                = started->findChild<QTextBrowser *>(QStringLiteral("gettingStartedText"))
                          ->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Check (F7)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Send (Ctrl+Return)")));
        started->close();

        f->action("actionKeyboardShortcuts")->trigger();
        auto *keys = f->window.findChild<QDialog *>(QStringLiteral("keyboardShortcutsDialog"));
        QVERIFY(keys && keys->isVisible());
        const QList<QStringList> rows = HelpDialogs::shortcutRows(f->window.menuBar());
        QVERIFY(rows.contains(QStringList{QStringLiteral("Segments"),
                                          QStringLiteral("Send Changes"),
                                          QStringLiteral("Ctrl+Return")}));
        // Every command that has a key is listed with it.
        QStringList listedKeys;
        for (const QStringList &row : rows)
            listedKeys.append(row.at(2));
        for (QAction *action : f->window.findChildren<QAction *>()) {
            if (action->shortcut().isEmpty() || action->menu())
                continue;
            const QString key = action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(std::any_of(listedKeys.cbegin(), listedKeys.cend(),
                                 [&key](const QString &k) { return k.contains(key); }),
                     qPrintable(action->objectName() + QLatin1Char(' ') + key));
        }
        keys->close();
    }

    void aboutBoxShowsVersionLicenceAndCredits()
    {
        const QString version = QCoreApplication::applicationVersion();
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        showWindow();
        f->action("actionAbout")->trigger();
        QCoreApplication::setApplicationVersion(version);
        auto *box = f->window.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->windowTitle(), QStringLiteral("About Segment Editor"));
        const QString text = box->text();
        for (const QString &part :
             {QStringLiteral("<h3>Segment Editor 9.8.7</h3>"), QStringLiteral("MIT licence"),
              QStringLiteral("Qt %1 (LGPL 3)").arg(QLatin1String(qVersion())),
              QStringLiteral("QtKeychain (BSD licence)"), QStringLiteral("Google product taxonomy"),
              QStringLiteral("English edition of 2021-09-21, German edition of 2015-02-19"),
              QStringLiteral("French and every language but German show the English names")})
            QVERIFY2(text.contains(part), qPrintable(text));
        QVERIFY2(box->detailedText().startsWith(QLatin1String("MIT License\n")),
                 qPrintable(box->detailedText()));
        QVERIFY(box->detailedText().contains(QLatin1String("Permission is hereby granted")));
        QVERIFY(!box->iconPixmap().isNull());
        box->button(QMessageBox::Close)->click();
        QTRY_VERIFY(!f->window.findChild<QMessageBox *>(QStringLiteral("aboutBox")));
        QVERIFY(f->action("actionAboutQt"));
    }

    void closeWithChangesAsks()
    {
        connectAndLoad();
        f->rename(f->model()->idAt(0), QStringLiteral("Unsaved"));
        QVERIFY(f->window.isWindowModified());

        // Cancel: the window stays.
        QVERIFY(!f->window.close());
        auto *box = f->window.findChild<QMessageBox *>(QStringLiteral("unsavedChangesBox"));
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("You have changes that are neither saved nor sent."));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!f->window.findChild<QMessageBox *>(QStringLiteral("unsavedChangesBox")));
        QVERIFY(f->window.isVisible());

        // Save: the file dialog, then the window closes.
        QVERIFY(!f->window.close());
        box = f->window.findChild<QMessageBox *>(QStringLiteral("unsavedChangesBox"));
        QVERIFY(box);
        box->button(QMessageBox::Save)->click();
        auto *save = f->window.findChild<QFileDialog *>(QStringLiteral("saveWorkingSetDialog"));
        QVERIFY(save);
        const QString path = dir.filePath(QStringLiteral("on-close.json"));
        save->selectFile(path);
        static_cast<QDialog *>(save)->accept(); // QFileDialog::accept() through the public base
        QTRY_VERIFY(!f->window.isVisible());
        QVERIFY(QFile::exists(path));
    }

    void closeWithChangesDiscard()
    {
        connectAndLoad();
        f->rename(f->model()->idAt(0), QStringLiteral("Unsaved"));
        QVERIFY(!f->window.close());
        auto *box = f->window.findChild<QMessageBox *>(QStringLiteral("unsavedChangesBox"));
        QVERIFY(box);
        box->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(!f->window.isVisible());
    }

    void keyboardAndAccessibility()
    {
        connectAndLoad();
        // Find focuses the filter; typing filters as you type.
        QTest::keySequence(&f->window, QKeySequence::Find);
        QLineEdit *search = f->window.filterBar()->searchEdit();
        QVERIFY(search->hasFocus());
        const QString id = f->model()->idAt(7);
        QTest::keyClicks(search, id);
        // The filter applies once typing pauses (FilterBar::textFilterDelayMs).
        QVERIFY(QTest::qWaitFor([&] { return f->window.proxy()->rowCount() == 1; }));
        QCOMPARE(f->window.proxy()->index(0, 0).data(SegmentTableModel::SegmentIdRole).toString(),
                 id);
        search->clear();
        QVERIFY(f->window.selectSegment(id));

        // Tab reaches the filter bar, the table and the details panel.
        QList<QWidget *> chain;
        QWidget *w = search;
        do {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
                chain.append(w);
            w = w->nextInFocusChain();
        } while (w && w != search);
        QVERIFY(chain.contains(f->window.tableView()));
        QVERIFY(chain.contains(f->child<QComboBox>("stateFilter")));
        QVERIFY(chain.contains(
                f->window.detailsPanel()->findChild<QLineEdit *>(QStringLiteral("nameEdit"))));
        QVERIFY(chain.contains(f->window.problemsPanel()->view())
                || !f->window.problemsPanel()->view()->isVisible());

        // Every input has an accessible name; every label with a buddy has a mnemonic.
        for (QWidget *input : f->window.findChildren<QWidget *>()) {
            if (!input->isVisible())
                continue;
            if (qobject_cast<QLineEdit *>(input) || qobject_cast<QComboBox *>(input)
                || qobject_cast<QPlainTextEdit *>(input)
                || (qobject_cast<QAbstractItemView *>(input)
                    && !qobject_cast<QHeaderView *>(input))) {
                if (qobject_cast<QLineEdit *>(input) && qobject_cast<QComboBox *>(input->parent()))
                    continue; // the line edit inside an editable combo box
                QVERIFY2(!input->accessibleName().isEmpty(),
                         qPrintable(QLatin1String(input->metaObject()->className())
                                    + QLatin1Char(' ') + input->objectName()));
            }
            // (Labels of read-only values are buddies for screen readers, not for typing.)
            if (auto *label = qobject_cast<QLabel *>(input);
                label && label->buddy() && !qobject_cast<QLabel *>(label->buddy()))
                QVERIFY2(label->text().contains(QLatin1Char('&')), qPrintable(label->text()));
        }
        // Actions that open dialogs say so.
        for (const char *name :
             {"actionConnect", "actionLoad", "actionOpen", "actionSaveAs", "actionPreview"})
            QVERIFY2(f->action(name)->text().endsWith(QStringLiteral("…")), name);
        QCOMPARE(f->action("actionSend")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
        QCOMPARE(f->action("actionCheck")->shortcut(), QKeySequence(Qt::Key_F7));
        QCOMPARE(f->action("actionNextProblem")->shortcut(), QKeySequence(Qt::Key_F8));
        QCOMPARE(f->action("actionPreviousProblem")->shortcut(),
                 QKeySequence(Qt::SHIFT | Qt::Key_F8));
        QCOMPARE(f->action("actionUndo")->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(f->action("actionRedo")->shortcut(), QKeySequence(QKeySequence::Redo));
        QCOMPARE(f->action("actionOpen")->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(f->action("actionSave")->shortcut(), QKeySequence(QKeySequence::Save));
    }

    void reloadKeepsEdits()
    {
        connectAndLoad();
        const QString id = f->model()->idAt(0);
        f->rename(id, QStringLiteral("Mine"));
        // Someone changes the description on the server meanwhile.
        QJsonObject attributes = f->server.data().segment(id);
        attributes.insert(QStringLiteral("description"), QStringLiteral("Changed on the server"));
        f->server.data().insertSegment(id, attributes);

        QVERIFY(f->window.selectSegment(id));
        QSignalSpy reloaded(&f->backend, &EditorBackend::reloadFinished);
        f->action("actionReload")->trigger();
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(f->model()->original(id)->description.valueOr(QString()),
                 QStringLiteral("Changed on the server"));
        QCOMPARE(nameOf(f->model()->edited(id)), QStringLiteral("Mine"));
        QCOMPARE(f->model()->edited(id)->description.valueOr(QString()),
                 QStringLiteral("Changed on the server"));
        QCOMPARE(f->message(), QStringLiteral("Reloaded from the server: 1. Your edits are kept."));
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
