#include "SendHistoryPanel.h"

#include "ModelIcons.h"
#include "SegmentFields.h"
#include "SendDiagnostics.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

using Status = SegmentOutcome::Status;

constexpr int IdRole = Qt::UserRole + 1;

QString outcomeText(Status status)
{
    switch (status) {
    case Status::Updated:
        return SendHistoryPanel::tr("Updated");
    case Status::Warned:
        return SendHistoryPanel::tr("With warnings");
    case Status::Failed:
        return SendHistoryPanel::tr("Failed");
    case Status::NotSent:
        return SendHistoryPanel::tr("Not sent");
    case Status::Unknown:
        break;
    }
    return SendHistoryPanel::tr("Unknown");
}

QIcon outcomeIcon(Status status)
{
    using ModelIcons::Icon;
    switch (status) {
    case Status::Updated:
        return ModelIcons::icon(Icon::Updated);
    case Status::Warned:
        return ModelIcons::icon(Icon::Warned);
    case Status::Failed:
        return ModelIcons::icon(Icon::Failed);
    case Status::NotSent:
        return ModelIcons::icon(Icon::NotSent);
    case Status::Unknown:
        break;
    }
    return ModelIcons::icon(Icon::Unknown);
}

QString kindText(SendPort::RequestKind kind)
{
    switch (kind) {
    case SendPort::RequestKind::Create:
        return SendHistoryPanel::tr("Create", "history change");
    case SendPort::RequestKind::Delete:
        return SendHistoryPanel::tr("Delete", "history change");
    case SendPort::RequestKind::Update:
        break;
    }
    return SendHistoryPanel::tr("Edit", "history change");
}

QString valueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("—");
    if (value.isNull())
        return SendHistoryPanel::tr("(none)");
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
}

QString utcText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                          : QString();
}

} // namespace

SendHistoryPanel::SendHistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_segmentFilter(new QLineEdit(this))
    , m_outcomeFilter(new QComboBox(this))
    , m_keep(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_sends(new QTreeWidget(this))
    , m_entries(new QTreeWidget(this))
    , m_exportCsv(new QPushButton(tr("Export &CSV…"), this))
    , m_exportJson(new QPushButton(tr("Export &JSON…"), this))
    , m_copySend(new QPushButton(tr("Copy Send &Diagnostics"), this))
    , m_copySegment(new QPushButton(tr("Copy Segment D&iagnostics"), this))
    , m_undo(new QPushButton(tr("&Undo This Send…"), this))
{
    m_segmentFilter->setObjectName(QStringLiteral("historySegmentFilter"));
    m_segmentFilter->setPlaceholderText(tr("Segment id or name"));
    m_segmentFilter->setAccessibleName(tr("Filter sends by segment"));
    m_segmentFilter->setClearButtonEnabled(true);
    m_outcomeFilter->setObjectName(QStringLiteral("historyOutcomeFilter"));
    m_outcomeFilter->setAccessibleName(tr("Filter sends by outcome"));
    m_outcomeFilter->addItem(tr("Every outcome"), -1);
    for (const Status status :
         {Status::Updated, Status::Warned, Status::Failed, Status::NotSent, Status::Unknown})
        m_outcomeFilter->addItem(outcomeIcon(status), outcomeText(status), int(status));
    m_keep->setObjectName(QStringLiteral("historyKeep"));
    m_keep->setRange(1, 100000);
    m_keep->setAccessibleName(tr("Sends kept in the history"));
    if (auto *edit = m_keep->findChild<QLineEdit *>())
        edit->setAccessibleName(m_keep->accessibleName());
    m_keep->setKeyboardTracking(false);
    m_status->setObjectName(QStringLiteral("historyStatus"));

    m_sends->setObjectName(QStringLiteral("historySends"));
    m_sends->setAccessibleName(tr("Sends"));
    m_sends->setRootIsDecorated(false);
    m_sends->setUniformRowHeights(true);
    m_sends->setHeaderLabels(
            {tr("Send"), tr("When (UTC)"), tr("Outcome"), tr("Segments"), tr("Requests")});
    m_sends->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_entries->setObjectName(QStringLiteral("historyEntries"));
    m_entries->setAccessibleName(tr("Segments of the send"));
    m_entries->setRootIsDecorated(false);
    m_entries->setUniformRowHeights(true);
    m_entries->setHeaderLabels({tr("Segment"), tr("Name"), tr("Change"), tr("Outcome"),
                                tr("Fields (before → after)"), tr("Problems")});
    m_entries->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_entries->header()->setStretchLastSection(true);

    m_exportCsv->setObjectName(QStringLiteral("historyExportCsv"));
    m_exportJson->setObjectName(QStringLiteral("historyExportJson"));
    m_copySend->setObjectName(QStringLiteral("historyCopySend"));
    m_copySegment->setObjectName(QStringLiteral("historyCopySegment"));
    m_undo->setObjectName(QStringLiteral("historyUndoSend"));
    m_copySend->setToolTip(tr("Copy a support report of the whole send: requests, HTTP status, "
                              "trace ids, problems and the JSON sent and answered. It holds no "
                              "token or secret."));
    m_copySegment->setToolTip(tr("Copy a support report of the selected segment."));
    m_undo->setToolTip(tr("Prepare the reverse edits of this send, checked against the "
                          "server's current copies, for you to preview and send."));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_segmentFilter, 2);
    filters->addWidget(m_outcomeFilter, 1);
    auto *keepLabel = new QLabel(tr("Sends &kept:"), this);
    keepLabel->setBuddy(m_keep);
    filters->addWidget(keepLabel);
    filters->addWidget(m_keep);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_sends);
    splitter->addWidget(m_entries);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    for (QPushButton *button : {m_exportCsv, m_exportJson, m_copySend, m_copySegment, m_undo})
        buttons->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_segmentFilter, &QLineEdit::textChanged, this, &SendHistoryPanel::refresh);
    connect(m_outcomeFilter, &QComboBox::currentIndexChanged, this, &SendHistoryPanel::refresh);
    connect(m_keep, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_history || value == m_history->maxSends())
            return;
        QString error;
        if (!m_history->setMaxSends(value, &error))
            Q_EMIT notice(error, true);
        refresh();
    });
    connect(m_sends, &QTreeWidget::currentItemChanged, this, &SendHistoryPanel::showSelectedSend);
    connect(m_entries, &QTreeWidget::currentItemChanged, this, &SendHistoryPanel::updateButtons);
    connect(m_entries, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item)
            Q_EMIT segmentActivated(item->data(0, IdRole).toString());
    });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { askExport(Format::Csv); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { askExport(Format::Json); });
    connect(m_copySend, &QPushButton::clicked, this, [this] { copyDiagnostics(true); });
    connect(m_copySegment, &QPushButton::clicked, this, [this] { copyDiagnostics(false); });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (m_send)
            Q_EMIT undoRequested(m_send->id);
    });
    refresh();
}

SendHistoryPanel::~SendHistoryPanel() = default;

void SendHistoryPanel::setHistory(SendHistory *history)
{
    m_history = history;
    refresh();
}

void SendHistoryPanel::setServer(const QUrl &baseUrl)
{
    if (m_server == baseUrl)
        return;
    m_server = baseUrl;
    refresh();
}

void SendHistoryPanel::setUndoAvailable(bool available)
{
    m_undoAvailable = available;
    updateButtons();
}

void SendHistoryPanel::refresh()
{
    const qint64 selected = selectedSendId();
    {
        const QSignalBlocker blocker(m_sends);
        m_sends->clear();
    }
    m_keep->setEnabled(m_history && m_history->isOpen());
    if (!m_history || !m_history->isOpen()) {
        m_status->setText(tr("No send history: it could not be opened."));
        m_send.reset();
        showSelectedSend();
        return;
    }
    {
        const QSignalBlocker blocker(m_keep);
        m_keep->setValue(m_history->maxSends());
    }
    SendHistory::Filter filter;
    filter.baseUrl = m_server;
    filter.segment = m_segmentFilter->text();
    const int status = m_outcomeFilter->currentData().toInt();
    if (status >= 0)
        filter.status = Status(status);
    QString error;
    const QList<SendHistory::Summary> sends = m_history->list(filter, &error);
    const QLocale locale;
    QTreeWidgetItem *current = nullptr;
    {
        const QSignalBlocker blocker(m_sends);
        for (const SendHistory::Summary &summary : sends) {
            auto *item = new QTreeWidgetItem(m_sends);
            item->setData(0, IdRole, summary.id);
            item->setText(0, locale.toString(summary.id));
            item->setText(1, utcText(summary.startedAt));
            QString outcome = outcomeText(summary.outcome());
            if (summary.cancelled)
                outcome = tr("%1, cancelled").arg(outcome);
            else if (!summary.finishedAt.isValid())
                outcome = tr("%1, interrupted").arg(outcome);
            item->setText(2, outcome);
            item->setIcon(2, outcomeIcon(summary.outcome()));
            QStringList counts;
            for (const Status s : {Status::Updated, Status::Warned, Status::Failed, Status::NotSent,
                                   Status::Unknown})
                if (const int n = summary.counts.value(s))
                    counts.append(QStringLiteral("%1 %2").arg(locale.toString(n), outcomeText(s)));
            item->setToolTip(2, counts.join(QLatin1String(", ")));
            item->setText(3, locale.toString(summary.segments()));
            item->setText(4, locale.toString(summary.requests));
            item->setToolTip(0,
                             tr("%1, API version %2, from %3")
                                     .arg(summary.baseUrl.toDisplayString(), summary.apiVersion,
                                          summary.origin));
            if (summary.id == selected)
                current = item;
        }
    }
    m_status->setText(!error.isEmpty()          ? error
                              : sends.isEmpty() ? tr("No send yet.")
                                                : tr("%n send(s)", nullptr, int(sends.size())));
    if (!current && m_sends->topLevelItemCount() > 0)
        current = m_sends->topLevelItem(0);
    {
        const QSignalBlocker blocker(m_sends);
        m_sends->setCurrentItem(current);
    }
    // Read again also when it is the same send: it may have ended since.
    showSelectedSend();
}

bool SendHistoryPanel::selectSend(qint64 id)
{
    for (int i = 0; i < m_sends->topLevelItemCount(); ++i) {
        if (m_sends->topLevelItem(i)->data(0, IdRole).toLongLong() == id) {
            m_sends->setCurrentItem(m_sends->topLevelItem(i));
            return true;
        }
    }
    return false;
}

qint64 SendHistoryPanel::selectedSendId() const
{
    const QTreeWidgetItem *item = m_sends->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

QString SendHistoryPanel::selectedSegmentId() const
{
    const QTreeWidgetItem *item = m_entries->currentItem();
    return item ? item->data(0, IdRole).toString() : QString();
}

bool SendHistoryPanel::selectSegment(const QString &segmentId)
{
    for (int i = 0; i < m_entries->topLevelItemCount(); ++i) {
        if (m_entries->topLevelItem(i)->data(0, IdRole).toString() == segmentId) {
            m_entries->setCurrentItem(m_entries->topLevelItem(i));
            return true;
        }
    }
    return false;
}

void SendHistoryPanel::showSelectedSend()
{
    const QString keep = selectedSegmentId();
    m_entries->clear();
    const qint64 id = selectedSendId();
    if (id > 0 && m_history) {
        QString error;
        m_send = m_history->send(id, &error);
        if (!m_send)
            m_status->setText(error);
    } else {
        m_send.reset();
    }
    if (m_send) {
        for (const SendHistory::Entry &entry : m_send->entries) {
            auto *item = new QTreeWidgetItem(m_entries);
            item->setData(0, IdRole, entry.segmentId);
            item->setText(0, entry.segmentId);
            item->setText(1, entry.name);
            item->setText(2, kindText(entry.kind));
            item->setText(3, outcomeText(entry.status));
            item->setIcon(3, outcomeIcon(entry.status));
            QStringList fields;
            for (const SendHistory::Field &field : entry.fields)
                fields.append(tr("%1: %2 → %3")
                                      .arg(SegmentFields::fieldLabel(field.path),
                                           valueText(field.before), valueText(field.after)));
            item->setText(4, fields.join(QLatin1String("; ")));
            item->setToolTip(4, fields.join(QLatin1Char('\n')));
            QStringList problems;
            for (const Problem &problem : entry.problems)
                problems.append(
                        problem.traceId.isEmpty()
                                ? tr("%1 (%2)").arg(problem.headline(), problem.code)
                                : tr("%1 (%2, trace id %3)")
                                          .arg(problem.headline(), problem.code, problem.traceId));
            item->setText(5, problems.join(QLatin1String("; ")));
            item->setToolTip(5, problems.join(QLatin1Char('\n')));
        }
        for (int column = 0; column < 5; ++column)
            m_entries->resizeColumnToContents(column);
        // Long lists of fields stay readable in the tooltip; the problems get the rest.
        m_entries->setColumnWidth(1, qMin(m_entries->columnWidth(1), 220));
        m_entries->setColumnWidth(4, qMin(m_entries->columnWidth(4), 420));
        if (!keep.isEmpty())
            selectSegment(keep);
    }
    updateButtons();
}

void SendHistoryPanel::updateButtons()
{
    const bool send = m_send.has_value();
    m_exportCsv->setEnabled(send);
    m_exportJson->setEnabled(send);
    m_copySend->setEnabled(send);
    m_copySegment->setEnabled(send && !selectedSegmentId().isEmpty());
    m_undo->setEnabled(send && m_undoAvailable);
}

bool SendHistoryPanel::exportSend(const QString &path, Format format, QString *error) const
{
    if (!m_send)
        return false;
    const QByteArray bytes = format == Format::Csv
            ? SendHistory::toCsv(*m_send)
            : QJsonDocument(SendHistory::toJson(*m_send)).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void SendHistoryPanel::askExport(Format format)
{
    if (!m_send)
        return;
    const bool csv = format == Format::Csv;
    auto *dialog
            = new QFileDialog(this, csv ? tr("Export Send as CSV") : tr("Export Send as JSON"),
                              QString(), csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    dialog->setObjectName(QStringLiteral("historyExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("json"));
    dialog->selectFile(QStringLiteral("send-%1.%2").arg(m_send->id).arg(dialog->defaultSuffix()));
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString &path) {
        QString error;
        if (exportSend(path, format, &error))
            Q_EMIT notice(tr("Send %1 exported to %2.")
                                  .arg(m_send ? m_send->id : 0)
                                  .arg(QDir::toNativeSeparators(path)),
                          false);
        else
            Q_EMIT notice(error, true);
    });
    dialog->open();
}

QString SendHistoryPanel::copyDiagnostics(bool wholeSend)
{
    if (!m_send)
        return {};
    const QString segment = selectedSegmentId();
    const QString text = wholeSend || segment.isEmpty()
            ? SendDiagnostics::sendReport(*m_send)
            : SendDiagnostics::segmentReport(*m_send, segment);
    if (text.isEmpty())
        return {};
    QApplication::clipboard()->setText(text);
    Q_EMIT notice(wholeSend || segment.isEmpty()
                          ? tr("The support report of send %1 is on the clipboard.").arg(m_send->id)
                          : tr("The support report of segment %1 in send %2 is on the clipboard.")
                                    .arg(segment)
                                    .arg(m_send->id),
                  false);
    return text;
}
