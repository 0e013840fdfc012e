#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class DemoServer;
class MainWindow;
class ServiceBackend;

// Drives the window against the embedded demo server to a state worth a picture, through the
// same actions a user takes (the load dialog, edits through the model, Send, the preview and
// connect dialogs), then saves a picture of the window or the dialog. Behind the hidden
// `--screenshot-scenario NAME --screenshot FILE` options, for .ci/screenshots and the README.
//
//   after-send      a send with failures: updated, failed (name taken, server error), invalid;
//                   the location segment whose name was taken is shown in its form
//   preview         the payload preview of the same edits
//   connect-dialog  the connect dialog after a successful Test
//   sizes           sizes of the rows in view, the in-market and location rows edited to reach
//                   fewer people (size → estimate), the in-market one selected with its audiences
//   lifecycle       new, duplicated and deleted segments waiting for the send
//   import-review   a sheet edited in a spreadsheet imported back: its review dialog
//   history         the after-send send in the Send History panel, the refused segment selected
class ScreenshotScenario : public QObject
{
    Q_OBJECT

public:
    static QStringList names();

    ScreenshotScenario(const QString &name, const QString &file, MainWindow *window,
                       ServiceBackend *backend, DemoServer *server, QObject *parent = nullptr);

    // Call before the window connects: the scenario starts when the connection is made.
    void arm();

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void connected();
    void openLoadDialog();
    void loaded();
    bool makeEdits();
    void sizes(); // ScreenshotSizes.cpp
    void lifecycle();
    void usedSegments();
    void importReview(); // ScreenshotSheets.cpp
    void history();
    void sendThen(std::function<void()> then);
    void grab(QWidget *widget);
    void fail(const QString &message);

    QString m_name;
    QString m_file;
    QPointer<MainWindow> m_window;
    QPointer<ServiceBackend> m_backend;
    DemoServer *m_server;
    bool m_done = false;
};
