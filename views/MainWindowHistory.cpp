// The window and the send history: every send recorded (SendHistoryRecorder on the window's send
// workflow), the History panel, the undo of a send (SendRevert: reverse edits checked against the
// server, then the normal preview and send) and the support report of a failed or warned row.
#include "MainWindow.h"

#include "MessageBar.h"
#include "SegmentEditor.h"
#include "SendDiagnostics.h"
#include "SendHistoryPanel.h"
#include "SendHistoryRecorder.h"
#include "SendRevert.h"
#include "WindowSupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QTableView>

void MainWindow::createHistory()
{
    m_sendHistory = std::make_unique<SendHistory>();
    m_historyRecorder = new SendHistoryRecorder(m_sendHistory.get(), this);
    m_historyRecorder->setOrigin(QStringLiteral("segment-editor"));
    m_historyRecorder->attach(m_send);
    connect(m_historyRecorder, &SendHistoryRecorder::recorded, this, [this](qint64 id) {
        m_historyPanel->refresh();
        m_historyPanel->selectSend(id);
    });
    connect(m_historyRecorder, &SendHistoryRecorder::failed, this, [this](const QString &error) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("%1 The send goes on; it is not in the history.")
                                          .arg(WindowSupport::sentence(error)));
    });
    m_revert = new SendRevert(m_editor, this);
    if (m_backend)
        m_revert->setPort(m_backend->sendPort());
    connect(m_revert, &SendRevert::finished, this, &MainWindow::revertFinished);

    m_historyPanel = new SendHistoryPanel(this);
    m_historyPanel->setObjectName(QStringLiteral("historyPanel"));
    m_historyPanel->setHistory(m_sendHistory.get());
    m_sendHistoryDock = new QDockWidget(tr("Send History"), this);
    m_sendHistoryDock->setObjectName(QStringLiteral("sendHistoryDock"));
    m_sendHistoryDock->setWidget(m_historyPanel);
    m_sendHistoryDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    addDockWidget(Qt::BottomDockWidgetArea, m_sendHistoryDock);
    tabifyDockWidget(m_historyDock, m_sendHistoryDock);
    m_problemsDock->raise();
    connect(m_historyPanel, &SendHistoryPanel::undoRequested, this, &MainWindow::revertSend);
    connect(m_historyPanel, &SendHistoryPanel::segmentActivated, this,
            [this](const QString &id) { selectSegment(id); });
    connect(m_historyPanel, &SendHistoryPanel::notice, this,
            [this](const QString &text, bool isError) {
                m_messageBar->showMessage(
                        isError ? MessageBar::Kind::Error : MessageBar::Kind::Information, text);
            });

    m_copyDiagnosticsAction = new QAction(tr("Copy &Diagnostics"), this);
    m_copyDiagnosticsAction->setObjectName(QStringLiteral("copyDiagnosticsAction"));
    m_copyDiagnosticsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    m_copyDiagnosticsAction->setStatusTip(
            tr("Copy a support report of the selected segment's last send: trace ids, HTTP "
               "status, problems and the JSON sent and answered; no token or secret."));
    connect(m_copyDiagnosticsAction, &QAction::triggered, this, &MainWindow::copyDiagnostics);
    m_table->addAction(m_copyDiagnosticsAction);
    // Cancel stops the reload of an undo too.
    connect(m_cancelAction, &QAction::triggered, m_revert, &SendRevert::cancel);
    if (m_backend)
        connect(m_backend, &EditorBackend::connectionChanged, this,
                &MainWindow::updateHistoryServer);
}

bool MainWindow::enableHistory(const QString &path, SendHistory::Clock clock)
{
    if (clock)
        m_historyRecorder->setClock(std::move(clock));
    QString error;
    QString notice;
    const bool ok = m_sendHistory->open(path, &error, &notice);
    m_historyPanel->setHistory(m_sendHistory.get());
    updateHistoryServer();
    if (!ok)
        m_messageBar->showMessage(
                MessageBar::Kind::Warning,
                tr("%1 Sends are not recorded.").arg(WindowSupport::sentence(error)));
    else if (!notice.isEmpty())
        m_messageBar->showMessage(MessageBar::Kind::Warning, notice);
    return ok;
}

SendHistory *MainWindow::sendHistory() const
{
    return m_sendHistory.get();
}

void MainWindow::updateHistoryServer()
{
    const EditorBackend::ConnectionSettings settings
            = m_backend ? m_backend->connectionSettings() : EditorBackend::ConnectionSettings();
    const bool connected = m_backend && m_backend->isConnected();
    m_historyRecorder->setServer(connected ? settings.baseUrl : QUrl(), settings.apiVersion);
    // Offline, every send is listed; connected, those to this server.
    m_historyPanel->setServer(connected ? settings.baseUrl : QUrl());
    updateHistoryActions();
}

void MainWindow::updateHistoryActions()
{
    if (!m_historyPanel)
        return;
    const bool idle = m_busy == Busy::None;
    const bool connected = m_backend && m_backend->isConnected();
    m_historyPanel->setUndoAvailable(idle && connected);
    const QStringList ids = selectedIds();
    bool reportable = false;
    if (ids.size() == 1) {
        const SegmentTableModel::RowState state = m_model->state(ids.constFirst());
        reportable = state == SegmentTableModel::RowState::Failed
                || state == SegmentTableModel::RowState::Warned
                || state == SegmentTableModel::RowState::Unknown;
    }
    m_copyDiagnosticsAction->setEnabled(reportable && m_sendHistory->isOpen());
}

void MainWindow::copyDiagnostics()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    const QString id = ids.constFirst();
    const auto send = m_sendHistory->latestWith(id);
    const QString report = send ? SendDiagnostics::segmentReport(*send, id) : QString();
    if (report.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("No send of segment %1 is in the history.").arg(id));
        return;
    }
    QApplication::clipboard()->setText(report);
    m_messageBar->showMessage(
            MessageBar::Kind::Information,
            tr("The support report of segment %1 (send %2) is on the clipboard: paste it into "
               "your support ticket.")
                    .arg(id)
                    .arg(send->id));
}

void MainWindow::revertSend(qint64 sendId)
{
    if (!m_backend || m_busy != Busy::None)
        return;
    const auto send = m_sendHistory->send(sendId);
    if (!send)
        return;
    const EditorBackend::ConnectionSettings settings = m_backend->connectionSettings();
    if (!m_backend->isConnected()
        || settings.baseUrl.adjusted(QUrl::StripTrailingSlash)
                != send->baseUrl.adjusted(QUrl::StripTrailingSlash)) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("Send %1 went to %2: connect to it to undo the send.")
                                          .arg(sendId)
                                          .arg(send->baseUrl.toDisplayString()),
                                  tr("Connect…"));
        return;
    }
    setBusy(Busy::Checking, tr("Checking the server's copies…"));
    if (!m_revert->start(*send)) {
        setBusy(Busy::None);
        return;
    }
    m_messageBar->clear();
}

void MainWindow::revertFinished(const SendRevert::Result &result)
{
    setBusy(Busy::None);
    const QString text = SendRevert::describe(result).join(QLatin1Char(' '));
    MessageBar::Kind kind = MessageBar::Kind::Positive;
    if (!result.error.isEmpty())
        kind = result.cancelled ? MessageBar::Kind::Information : MessageBar::Kind::Error;
    else if (!result.conflicts.isEmpty() || !result.cannotRestore.isEmpty()
             || !result.unknown.isEmpty())
        kind = MessageBar::Kind::Warning;
    else if (!result.hasEdits())
        kind = MessageBar::Kind::Information;
    m_messageBar->showMessage(kind, text, result.hasEdits() ? m_previewAction : nullptr);
    if (!result.conflicts.isEmpty())
        selectSegment(result.conflicts.constFirst());
    else if (!result.reverted.isEmpty())
        selectSegment(result.reverted.constFirst());
    else if (!result.toDelete.isEmpty())
        selectSegment(result.toDelete.constFirst());
    updateActions();
}
