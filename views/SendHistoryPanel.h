#pragma once

#include "SendHistory.h"

#include <QUrl>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

// The History panel: the sends of the send history (SendHistory) to the current server, newest
// first, filtered by segment (an id or a part of a name) or outcome; for the selected send, each
// segment with its change (fields, old → new), outcome and problems (code, trace id). It exports a
// send as CSV or JSON, copies support reports (SendDiagnostics) of the send or of one segment, and
// asks the window to undo a send (undoRequested: SendRevert, through the normal preview and
// send). The bound of the history is set here too.
class SendHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Format { Csv, Json };

    explicit SendHistoryPanel(QWidget *parent = nullptr);
    ~SendHistoryPanel() override;

    // Not owned; nothing: the panel says there is no history.
    void setHistory(SendHistory *history);
    // Lists only the sends to this server (empty: every server).
    void setServer(const QUrl &baseUrl);
    // Whether undoing a send can start now (connected to the send's server, nothing running).
    void setUndoAvailable(bool available);

    // Reads the list again, keeping the selected send when it is still listed.
    void refresh();
    bool selectSend(qint64 id);
    qint64 selectedSendId() const;
    std::optional<SendHistory::Send> selectedSend() const { return m_send; }
    // The selected segment of the selected send (its id); empty when none.
    QString selectedSegmentId() const;
    bool selectSegment(const QString &segmentId);

    // Writes the selected send; false with a message.
    bool exportSend(const QString &path, Format format, QString *error) const;
    // Copies the support report of the selected segment (or of the whole send) to the clipboard;
    // the text copied, empty when there is nothing selected.
    QString copyDiagnostics(bool wholeSend);

Q_SIGNALS:
    void undoRequested(qint64 sendId);
    // A segment was double-clicked: the window selects its row.
    void segmentActivated(const QString &segmentId);
    // Something to tell the user (translated), in the window's message bar.
    void notice(const QString &text, bool isError);

private:
    void showSelectedSend();
    void updateButtons();
    void askExport(Format format);

    SendHistory *m_history = nullptr;
    QUrl m_server;
    bool m_undoAvailable = false;
    std::optional<SendHistory::Send> m_send;

    QLineEdit *m_segmentFilter;
    QComboBox *m_outcomeFilter;
    QSpinBox *m_keep;
    QLabel *m_status;
    QTreeWidget *m_sends;
    QTreeWidget *m_entries;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    QPushButton *m_copySend;
    QPushButton *m_copySegment;
    QPushButton *m_undo;
};
