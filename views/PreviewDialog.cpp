#include "PreviewDialog.h"

#include "FieldText.h"
#include "ModelIcons.h"
#include "PatchBuilder.h"
#include "SegmentEditor.h"
#include "SegmentTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int IdRole = Qt::UserRole + 1;

// The checkbox and what becomes of the segment first, so that long change lines never push it
// out of sight.
enum Column { StatusColumn, SegmentColumn };

} // namespace

PreviewDialog::PreviewDialog(SegmentTableModel *model, int chunkSize, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_editor(model ? model->editor() : nullptr)
    , m_chunkSize(qMax(1, chunkSize))
    , m_summary(new QLabel(this))
    , m_changes(new QTreeWidget(this))
    , m_chunkSelector(new QComboBox(this))
    , m_json(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("&Send"), this))
{
    setObjectName(QStringLiteral("previewDialog"));
    setWindowTitle(tr("Preview of the send"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/action-preview.svg")));

    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);

    m_changes->setObjectName(QStringLiteral("previewChangeList"));
    m_changes->setAccessibleName(tr("Changes to send"));
    m_changes->setHeaderLabels({tr("In this send"), tr("Segment and change")});
    m_changes->setUniformRowHeights(true);
    // Change lines are shown whole (a scroll bar when they are long), never cut.
    m_changes->header()->setStretchLastSection(true);
    m_changes->header()->setSectionResizeMode(SegmentColumn, QHeaderView::ResizeToContents);
    m_changes->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);

    m_chunkSelector->setObjectName(QStringLiteral("chunkSelector"));
    m_chunkSelector->setAccessibleName(tr("Request"));
    m_json->setObjectName(QStringLiteral("previewJson"));
    m_json->setAccessibleName(tr("Request body"));
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_send->setObjectName(QStringLiteral("previewSendButton"));
    m_send->setIcon(QIcon(QStringLiteral(":/icons/action-send.svg")));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *changesLabel = new QLabel(tr("&Changes (uncheck a segment to leave it out):"), left);
    changesLabel->setBuddy(m_changes);
    leftLayout->addWidget(changesLabel);
    leftLayout->addWidget(m_changes);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *chunkRow = new QHBoxLayout;
    auto *chunkLabel = new QLabel(tr("&Request body:"), right);
    chunkLabel->setBuddy(m_chunkSelector);
    chunkRow->addWidget(chunkLabel);
    chunkRow->addWidget(m_chunkSelector, 1);
    rightLayout->addLayout(chunkRow);
    rightLayout->addWidget(m_json);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT sendRequested();
    });
    connect(m_changes, &QTreeWidget::itemChanged, this, &PreviewDialog::itemChanged);
    connect(m_chunkSelector, &QComboBox::currentIndexChanged, this, &PreviewDialog::showChunk);
    if (m_model)
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                    if (roles.isEmpty() || roles.contains(SegmentTableModel::ExcludedRole))
                        followExclusions();
                });

    rebuildChanges();
    rebuildChunks();
    resize(1200, 700);
    splitter->setSizes({700, 480});
}

void PreviewDialog::rebuildChanges()
{
    m_building = true;
    m_changes->clear();
    if (!m_model) {
        m_building = false;
        return;
    }
    const QList<SegmentTableModel::Change> changes = m_model->changes();
    QFont bold = m_changes->font();
    bold.setBold(true);
    for (const SegmentTableModel::Change &change : changes) {
        auto *item = new QTreeWidgetItem(m_changes);
        const QString name = change.edited.name.value_or(QString()).trimmed();
        QString label = name.isEmpty() ? change.id
                                       : tr("%1 “%2”", "segment id and name").arg(change.id, name);
        if (change.lifecycle == SegmentLifecycle::New)
            label = name.isEmpty() ? tr("New segment") : tr("New: “%1”").arg(name);
        else if (change.lifecycle == SegmentLifecycle::ToDelete)
            label = tr("Delete: %1").arg(label);
        item->setText(SegmentColumn, label);
        item->setData(SegmentColumn, IdRole, change.id);
        item->setFont(SegmentColumn, bold);
        const bool invalid = change.state == SegmentTableModel::RowState::Invalid;
        const bool sending = change.state == SegmentTableModel::RowState::Sending;
        if (invalid || sending) {
            item->setFlags(Qt::ItemIsEnabled);
            item->setData(StatusColumn, Qt::CheckStateRole, Qt::Unchecked);
            item->setIcon(StatusColumn,
                          ModelIcons::icon(invalid ? ModelIcons::Icon::Invalid
                                                   : ModelIcons::Icon::Sending));
            item->setText(StatusColumn,
                          invalid ? tr("Left out: invalid") : tr("Left out: being sent"));
            const QString tip = invalid
                    ? tr("This segment has errors; fix them before it can be sent.")
                    : tr("This segment is being sent already.");
            item->setToolTip(SegmentColumn, tip);
            item->setToolTip(StatusColumn, tip);
        } else {
            // Without an editor an exclusion could not be undone: the checkbox only shows it.
            item->setFlags(m_editor ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                           | Qt::ItemIsUserCheckable
                                    : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setCheckState(StatusColumn, change.excluded ? Qt::Unchecked : Qt::Checked);
            item->setText(StatusColumn, change.excluded ? tr("Left out") : tr("Included"));
        }
        if (change.lifecycle == SegmentLifecycle::ToDelete)
            continue; // its edits no longer matter
        for (const QString &field : change.changedFields) {
            auto *line = new QTreeWidgetItem(item);
            line->setText(SegmentColumn,
                          FieldText::changeLine(change.original, change.edited, field));
            line->setToolTip(SegmentColumn, line->text(SegmentColumn));
            line->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
    }
    m_changes->expandAll();
    m_building = false;
}

void PreviewDialog::rebuildChunks()
{
    m_chunks.clear();
    int total = 0, excluded = 0, invalid = 0;
    if (m_model) {
        const QList<SegmentTableModel::Change> changes = m_model->changes();
        total = int(changes.size());
        // Deletes, updates, creates: the order the send takes them in.
        QList<QJsonObject> deletes, updates, creates;
        for (const SegmentTableModel::Change &change : changes) {
            if (change.state == SegmentTableModel::RowState::Invalid) {
                ++invalid;
                continue;
            }
            if (change.excluded || change.state == SegmentTableModel::RowState::Sending) {
                ++excluded;
                continue;
            }
            if (change.lifecycle == SegmentLifecycle::New)
                creates.append(PatchBuilder::buildCreate(change.edited));
            else if (change.lifecycle == SegmentLifecycle::ToDelete)
                deletes.append(PatchBuilder::buildDelete(change.id));
            else if (const auto resource = PatchBuilder::build(change.original, change.edited))
                updates.append(*resource);
        }
        m_chunkKinds.clear();
        int kindIndex = 0;
        for (const QList<QJsonObject> *items : {&deletes, &updates, &creates}) {
            for (qsizetype first = 0; first < items->size(); first += m_chunkSize) {
                m_chunks.append(PatchBuilder::requestBody(items->mid(first, m_chunkSize)));
                m_chunkKinds.append(kindIndex);
            }
            ++kindIndex;
        }
        int sent = 0;
        for (const QJsonObject &chunk : std::as_const(m_chunks))
            sent += int(chunk.value(QLatin1String("data")).toArray().size());

        // "label: count" reads right for one and for many, in every language.
        const QLocale locale;
        QStringList parts;
        if (total == 0) {
            parts.append(tr("Nothing to send: no segment has a change."));
        } else {
            parts.append(tr("Changed segments: %1").arg(locale.toString(total)));
            parts.append(tr("in this send: %1").arg(locale.toString(sent)));
            if (excluded > 0)
                parts.append(tr("left out by you: %1").arg(locale.toString(excluded)));
            if (invalid > 0)
                parts.append(tr("invalid, left out until fixed: %1").arg(locale.toString(invalid)));
            const int deleteRequests = int(m_chunkKinds.count(0));
            const int createRequests = int(m_chunkKinds.count(2));
            const int patchRequests = int(m_chunks.size()) - deleteRequests - createRequests;
            if (patchRequests > 0 || (deleteRequests == 0 && createRequests == 0))
                parts.append(
                        tr("PATCH requests: %1 (up to %2 segments each)")
                                .arg(locale.toString(patchRequests), locale.toString(m_chunkSize)));
            if (createRequests > 0)
                parts.append(tr("create requests: %1").arg(locale.toString(createRequests)));
            if (deleteRequests > 0)
                parts.append(tr("delete requests: %1").arg(locale.toString(deleteRequests)));
        }
        m_summary->setText(parts.join(QStringLiteral(" · ")));
    }

    const int keep = qMax(0, m_chunkSelector->currentIndex());
    m_chunkSelector->blockSignals(true);
    m_chunkSelector->clear();
    for (int i = 0; i < m_chunks.size(); ++i) {
        const int count = int(m_chunks.at(i).value(QLatin1String("data")).toArray().size());
        const int kind = m_chunkKinds.value(i, 1);
        const int ofKind = int(m_chunkKinds.count(kind));
        const int number = int(m_chunkKinds.mid(0, i).count(kind)) + 1;
        const char *label = kind == 0 ? QT_TR_NOOP("POST delete %1 of %2 (segments: %3)")
                : kind == 2           ? QT_TR_NOOP("POST create %1 of %2 (segments: %3)")
                                      : QT_TR_NOOP("PATCH %1 of %2 (segments: %3)");
        m_chunkSelector->addItem(tr(label).arg(
                QLocale().toString(number), QLocale().toString(ofKind), QLocale().toString(count)));
    }
    m_chunkSelector->setEnabled(!m_chunks.isEmpty());
    m_chunkSelector->blockSignals(false);
    m_send->setEnabled(!m_chunks.isEmpty());
    showChunk(qMin(keep, int(m_chunks.size()) - 1));
}

QJsonObject PreviewDialog::chunkBody(int chunk) const
{
    return chunk >= 0 && chunk < m_chunks.size() ? m_chunks.at(chunk) : QJsonObject();
}

QString PreviewDialog::chunkText(int chunk) const
{
    if (chunk < 0 || chunk >= m_chunks.size())
        return {};
    return QString::fromUtf8(QJsonDocument(m_chunks.at(chunk)).toJson(QJsonDocument::Indented));
}

void PreviewDialog::showChunk(int chunk)
{
    if (chunk < 0 || chunk >= m_chunks.size()) {
        m_json->setPlainText(m_chunks.isEmpty() ? tr("(nothing would be sent)") : QString());
        return;
    }
    if (m_chunkSelector->currentIndex() != chunk)
        m_chunkSelector->setCurrentIndex(chunk);
    m_json->setPlainText(chunkText(chunk));
}

int PreviewDialog::currentChunk() const
{
    return m_chunkSelector->currentIndex();
}

QString PreviewDialog::shownJson() const
{
    return m_json->toPlainText();
}

QString PreviewDialog::summaryText() const
{
    return m_summary->text();
}

void PreviewDialog::itemChanged(QTreeWidgetItem *item, int column)
{
    if (m_building || !m_model || column != StatusColumn || item->parent()
        || !(item->flags() & Qt::ItemIsUserCheckable))
        return;
    const bool include = item->checkState(StatusColumn) == Qt::Checked;
    // One undo step; the checkboxes follow the model's signal (followExclusions), and are set
    // back from the model when the editor is gone.
    if (m_editor)
        m_editor->setExcluded({item->data(SegmentColumn, IdRole).toString()}, !include);
    followExclusions();
}

void PreviewDialog::followExclusions()
{
    if (m_building || !m_model)
        return;
    m_building = true;
    bool changed = false;
    for (int i = 0; i < m_changes->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_changes->topLevelItem(i);
        if (!(item->flags() & Qt::ItemIsSelectable))
            continue; // invalid or being sent: left out whatever the flag says
        const bool excluded = m_model->isExcluded(item->data(SegmentColumn, IdRole).toString());
        const Qt::CheckState state = excluded ? Qt::Unchecked : Qt::Checked;
        const QString text = excluded ? tr("Left out") : tr("Included");
        if (item->checkState(StatusColumn) == state && item->text(StatusColumn) == text)
            continue;
        item->setCheckState(StatusColumn, state);
        item->setText(StatusColumn, text);
        changed = true;
    }
    m_building = false;
    if (changed)
        rebuildChunks();
}
