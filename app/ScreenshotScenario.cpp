#include "ScreenshotScenario.h"

#include "ConnectDialog.h"
#include "DemoServer.h"
#include "LoadDialog.h"
#include "LocationForm.h"
#include "MainWindow.h"
#include "PoiScatterView.h"
#include "PreviewDialog.h"
#include "SegmentDetailsPanel.h"
#include "SegmentEditor.h"
#include "SegmentTableModel.h"
#include "SendHistoryPanel.h"
#include "ServiceBackend.h"
#include "UsedSegmentsDialog.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <functional>

namespace {

// Long enough for layouts, icons and a repaint under Xvfb; this is a picture, not a test.
constexpr int settleMs = 400;

} // namespace

QStringList ScreenshotScenario::names()
{
    return {QStringLiteral("after-send"),     QStringLiteral("preview"),
            QStringLiteral("connect-dialog"), QStringLiteral("sizes"),
            QStringLiteral("lifecycle"),      QStringLiteral("used-segments"),
            QStringLiteral("import-review"),  QStringLiteral("history"),
            QStringLiteral("load-dialog")};
}

ScreenshotScenario::ScreenshotScenario(const QString &name, const QString &file, MainWindow *window,
                                       ServiceBackend *backend, DemoServer *server, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_file(file)
    , m_window(window)
    , m_backend(backend)
    , m_server(server)
{ }

void ScreenshotScenario::arm()
{
    connect(
            m_backend, &EditorBackend::connectFinished, this,
            [this](bool ok, const QString &m) {
                if (!ok)
                    fail(m);
                else
                    QTimer::singleShot(settleMs, this, &ScreenshotScenario::connected);
            },
            Qt::SingleShotConnection);
    // A scenario that does not end in a minute is broken: say so rather than hang a script.
    QTimer::singleShot(60000, this, [this] { fail(QStringLiteral("timed out")); });
}

void ScreenshotScenario::connected()
{
    if (m_name == QLatin1String("connect-dialog")) {
        m_window->showConnectDialog();
        auto *dialog = m_window->findChild<ConnectDialog *>();
        auto *test
                = dialog ? dialog->findChild<QPushButton *>(QStringLiteral("testButton")) : nullptr;
        if (!test)
            return fail(QStringLiteral("no connect dialog"));
        connect(
                m_backend, &EditorBackend::connectionTested, this,
                [this, dialog] {
                    QTimer::singleShot(settleMs, this, [this, dialog] { grab(dialog); });
                },
                Qt::SingleShotConnection);
        test->click();
        return;
    }
    openLoadDialog();
}

void ScreenshotScenario::openLoadDialog()
{
    // One slower PATCH in the middle, then a server error on the third chunk that outlasts the
    // retries: the picture shows each outcome the window can give.
    m_window->setMaxConcurrentRequests(1);
    RetryPolicy::Options retry;
    retry.maxAttempts = 2;
    retry.baseDelayMs = 50;
    retry.maxDelayMs = 100;
    m_backend->setRetryOptions(retry);
    m_window->setChunkSize(2);

    m_window->showLoadDialog();
    auto *dialog = m_window->findChild<LoadDialog *>();
    if (!dialog)
        return fail(QStringLiteral("no load dialog"));
    connect(
            m_backend, &EditorBackend::advertisersListed, this,
            [this, dialog] {
                auto *list = dialog->findChild<QListWidget *>(QStringLiteral("advertiserList"));
                const QString first = m_server->data().reachableAdvertiserIds().value(0);
                for (int i = 0; list && i < list->count(); ++i)
                    list->item(i)->setCheckState(list->item(i)->data(Qt::UserRole + 1).toString()
                                                                 == first
                                                         ? Qt::Checked
                                                         : Qt::Unchecked);
                if (m_name == QLatin1String("load-dialog")) {
                    QTimer::singleShot(settleMs, this, [this, dialog] { grab(dialog); });
                    return;
                }
                connect(
                        m_backend, &EditorBackend::loadFinished, this,
                        [this] { QTimer::singleShot(0, this, &ScreenshotScenario::loaded); },
                        Qt::SingleShotConnection);
                dialog->findChild<QPushButton *>(QStringLiteral("loadButton"))->click();
            },
            Qt::SingleShotConnection);
}

bool ScreenshotScenario::makeEdits()
{
    SegmentTableModel *model = m_window->model();
    const auto rename = [model](int row, const QString &name) {
        model->setData(model->index(row, SegmentTableModel::NameColumn), name);
    };
    // The second row is a location segment (the demo data's order): two more stores near its
    // first one, and a name a colleague gave another segment meanwhile (only the server can
    // tell), so that the picture shows its form with the failure, the points and the map.
    const QString locationId = model->idAt(1);
    std::optional<AudienceSegment> location = model->edited(locationId);
    if (!location || !location->location || location->location->pointsOfInterest.isEmpty()) {
        fail(QStringLiteral("the second row is not a location segment with points"));
        return false;
    }
    const PointOfInterest first = location->location->pointsOfInterest.constFirst();
    const auto near = [&first](const char *name, double dLatitude, double dLongitude) {
        PointOfInterest p;
        p.name = QString::fromUtf8(name);
        p.latitude = first.latitude.value_or(0) + dLatitude;
        p.longitude = first.longitude.value_or(0) + dLongitude;
        return p;
    };
    location->location->pointsOfInterest
            += {near("Pop-up store", -0.021, 0.034), near("North mall", 0.048, -0.012)};
    m_window->editor()->editSegment(locationId, *location,
                                    QStringLiteral("attributes/location/pointsOfInterest"));

    const QString taken = QStringLiteral("Store visitors — spring weekends");
    QJsonObject attributes = m_server->data().segment(locationId);
    attributes.insert(QStringLiteral("name"), taken);
    m_server->data().insertSegment(QStringLiteral("399001"), attributes);

    rename(0, QStringLiteral("Running shoes — spring buyers"));
    rename(1, taken);
    model->setData(model->index(2, SegmentTableModel::DescriptionColumn),
                   QStringLiteral("Visitors of the spring landing pages, last 30 days"));
    rename(3, QStringLiteral("Loyal customers — Paris stores"));
    rename(4, QStringLiteral("Gift buyers — December"));
    rename(5, QStringLiteral("Cart abandoners — high value"));
    rename(6, QString());
    m_window->tableView()->clearSelection();
    return true;
}

void ScreenshotScenario::loaded()
{
    if (m_window->model()->rowCount() < 8)
        return fail(QStringLiteral("too few segments loaded"));
    if (m_name == QLatin1String("sizes"))
        return sizes();
    if (m_name == QLatin1String("lifecycle"))
        return lifecycle();
    if (m_name == QLatin1String("used-segments"))
        return usedSegments();
    if (m_name == QLatin1String("import-review"))
        return importReview();
    if (!makeEdits())
        return;
    if (m_name == QLatin1String("preview")) {
        m_window->showPreview();
        auto *dialog = m_window->findChild<PreviewDialog *>();
        if (!dialog)
            return fail(QStringLiteral("no preview dialog"));
        QTimer::singleShot(settleMs, this, [this, dialog] { grab(dialog); });
        return;
    }
    if (m_name == QLatin1String("history"))
        return sendThen([this] { history(); });
    sendThen([this] {
        const QString id = m_window->model()->idAt(1);
        m_window->selectSegment(id);
        // The new store, in the table and on the map: the form scrolled down to
        // them (the banner above the fields keeps saying why the send failed).
        const qsizetype pointCount = m_window->model()
                                             ->edited(id)
                                             .value_or(AudienceSegment())
                                             .location.value_or(LocationSettings())
                                             .pointsOfInterest.size();
        m_window->detailsPanel()->focusField(
                id,
                QStringLiteral("attributes/location/pointsOfInterest/%1/name").arg(pointCount - 1));
        auto *form = qobject_cast<LocationForm *>(m_window->detailsPanel()->form());
        if (!form)
            return fail(QStringLiteral("no location form beside the table"));
        QTimer::singleShot(settleMs, this, [this, form] {
            // From the list's label down: the points and the map under them.
            auto *scroll = form->findChild<QScrollArea *>();
            QWidget *points
                    = form->decoratorFor(QStringLiteral("attributes/location/pointsOfInterest"));
            for (QLabel *label : form->findChildren<QLabel *>()) {
                if (scroll && points && label->buddy() && points->isAncestorOf(label->buddy()))
                    scroll->verticalScrollBar()->setValue(
                            label->mapTo(scroll->widget(), QPoint(0, 0)).y() - 6);
            }
            QTimer::singleShot(settleMs, this, [this] { grab(m_window); });
        });
    });
}

// The send of after-send: a server error on the third chunk that outlasts the retries; `then`
// runs once its outcomes are on the rows.
void ScreenshotScenario::sendThen(std::function<void()> then)
{
    QString error;
    if (!m_server->setFaults(QStringLiteral("5xx=3:method=PATCH:count=2"), &error))
        return fail(error);
    connect(
            m_window->sendWorkflow(), &SendWorkflow::finished, this,
            [this, then] { QTimer::singleShot(0, this, then); }, Qt::SingleShotConnection);
    m_window->send();
}

// New, duplicated and deleted segments waiting for the send, through the editor as the window's
// actions do it: the table shows them, the preview lists each kind of request.
void ScreenshotScenario::lifecycle()
{
    SegmentEditor *editor = m_window->editor();
    SegmentTableModel *model = m_window->model();
    const QString advertiser = model->original(model->idAt(1))->advertiserId;
    AudienceSegment stores = SegmentEditor::blankSegment(advertiser, SegmentType::Location,
                                                         QStringLiteral("New stores — Lyon"));
    PointOfInterest partDieu;
    partDieu.name = QStringLiteral("Lyon Part-Dieu");
    partDieu.latitude = 45.7606;
    partDieu.longitude = 4.8590;
    PointOfInterest confluence;
    confluence.name = QStringLiteral("Lyon Confluence");
    confluence.latitude = 45.7405;
    confluence.longitude = 4.8183;
    stores.location->pointsOfInterest = {partDieu, confluence};
    editor->duplicateSegments({model->idAt(0)});
    editor->setDeleted({model->idAt(2), model->idAt(3)}, true);
    const QString id = editor->createSegments({stores}).value(0);
    m_window->selectSegment(id);
    QTimer::singleShot(settleMs, this, [this] { grab(m_window); });
}

// The question before a send deletes a segment that audiences use and narrows another.
void ScreenshotScenario::usedSegments()
{
    SegmentEditor *editor = m_window->editor();
    SegmentTableModel *model = m_window->model();
    QString doomed;
    QString narrowed;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->idAt(row);
        if (m_server->data().audiencesUsing(id).isEmpty())
            continue;
        const AudienceSegment segment = *model->edited(id);
        if (narrowed.isEmpty() && segment.location
            && segment.location->radiusInKm.value_or(0) > 1) {
            AudienceSegment smaller = segment;
            smaller.location->radiusInKm = 1;
            if (!smaller.location->pointsOfInterest.isEmpty())
                smaller.location->pointsOfInterest.removeLast();
            editor->editSegment(id, smaller);
            narrowed = id;
        } else if (doomed.isEmpty() && segment.type != SegmentType::Location) {
            doomed = id;
        }
    }
    if (doomed.isEmpty() || narrowed.isEmpty())
        return fail(QStringLiteral("no loaded segments in use"));
    editor->setDeleted({doomed}, true);
    connect(
            m_window->sendWorkflow(), &SendWorkflow::confirmationNeeded, this,
            [this] {
                QTimer::singleShot(settleMs, this, [this] {
                    auto *dialog = m_window->findChild<UsedSegmentsDialog *>();
                    if (!dialog)
                        return fail(QStringLiteral("no question before the send"));
                    grab(dialog);
                });
            },
            Qt::SingleShotConnection);
    m_window->send();
}

// The same send as after-send, then its record in the Send History panel: the segment whose name
// was taken selected, with its problem and trace id.
void ScreenshotScenario::history()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("sendHistoryDock"));
    if (!dock)
        return fail(QStringLiteral("no send history dock"));
    dock->show();
    dock->raise();
    m_window->resizeDocks({dock}, {320}, Qt::Vertical);
    const QString id = m_window->model()->idAt(1);
    m_window->selectSegment(id);
    m_window->historyPanel()->selectSegment(id);
    QTimer::singleShot(settleMs, this, [this] { grab(m_window); });
}

void ScreenshotScenario::grab(QWidget *widget)
{
    if (m_done)
        return;
    const QFileInfo info(m_file);
    QDir().mkpath(info.absolutePath());
    if (!widget->grab().save(m_file))
        return fail(QStringLiteral("cannot write %1").arg(m_file));
    m_done = true;
    Q_EMIT finished(true, QStringLiteral("wrote %1").arg(m_file));
}

void ScreenshotScenario::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(false, message);
}
