#include "ScreenshotScenario.h"

#include "ConnectDialog.h"
#include "DemoServer.h"
#include "LoadDialog.h"
#include "MainWindow.h"
#include "PreviewDialog.h"
#include "SegmentTableModel.h"
#include "ServiceBackend.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

namespace {

// Long enough for layouts, icons and a repaint under Xvfb; this is a picture, not a test.
constexpr int settleMs = 400;

} // namespace

QStringList ScreenshotScenario::names()
{
    return {QStringLiteral("after-send"), QStringLiteral("preview"),
            QStringLiteral("connect-dialog")};
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
    m_backend->setMaxConcurrentChunks(1);
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
                connect(
                        m_backend, &EditorBackend::loadFinished, this,
                        [this] { QTimer::singleShot(0, this, &ScreenshotScenario::loaded); },
                        Qt::SingleShotConnection);
                dialog->findChild<QPushButton *>(QStringLiteral("loadButton"))->click();
            },
            Qt::SingleShotConnection);
}

void ScreenshotScenario::makeEdits()
{
    SegmentTableModel *model = m_window->model();
    const auto rename = [model](int row, const QString &name) {
        model->setData(model->index(row, SegmentTableModel::NameColumn), name);
    };
    // A colleague created a segment with this name meanwhile: only the server can tell.
    const QString taken = QStringLiteral("Weekend shoppers — Lyon");
    QJsonObject attributes = m_server->data().segment(model->idAt(2));
    attributes.insert(QStringLiteral("name"), taken);
    m_server->data().insertSegment(QStringLiteral("399001"), attributes);

    rename(0, QStringLiteral("Running shoes — spring buyers"));
    model->setData(model->index(1, SegmentTableModel::DescriptionColumn),
                   QStringLiteral("Visitors of the spring landing pages, last 30 days"));
    rename(2, taken);
    rename(3, QStringLiteral("Loyal customers — Paris stores"));
    rename(4, QStringLiteral("Gift buyers — December"));
    rename(5, QStringLiteral("Cart abandoners — high value"));
    rename(6, QString());
    m_window->tableView()->clearSelection();
}

void ScreenshotScenario::loaded()
{
    if (m_window->model()->rowCount() < 8)
        return fail(QStringLiteral("too few segments loaded"));
    makeEdits();
    if (m_name == QLatin1String("preview")) {
        m_window->showPreview();
        auto *dialog = m_window->findChild<PreviewDialog *>();
        if (!dialog)
            return fail(QStringLiteral("no preview dialog"));
        QTimer::singleShot(settleMs, this, [this, dialog] { grab(dialog); });
        return;
    }
    QString error;
    if (!m_server->setFaults(QStringLiteral("5xx=3:method=PATCH:count=2"), &error))
        return fail(error);
    connect(
            m_backend, &EditorBackend::sendFinished, this,
            [this] {
                QTimer::singleShot(0, this, [this] {
                    m_window->selectSegment(m_window->model()->idAt(2));
                    QTimer::singleShot(settleMs, this, [this] { grab(m_window); });
                });
            },
            Qt::SingleShotConnection);
    m_window->send();
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
