#include "SegmentDetailsPanel.h"

#include "ConflictView.h"
#include "FieldText.h"
#include "SegmentEditor.h"
#include "SegmentFields.h"
#include "SegmentTableModel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString namePath = QStringLiteral("attributes/name");
const QString descriptionPath = QStringLiteral("attributes/description");

bool pathCovers(const QString &rowPath, const QString &field)
{
    return field == rowPath || field.startsWith(rowPath + QLatin1Char('/'));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

// Title as headline, detail as explanation, code and trace id small, for support (UX.md).
QString bannerHtml(const ProblemList &problems)
{
    QString html;
    for (const Problem &p : problems) {
        const bool error = p.severity == Problem::Severity::Error;
        QString headline = escaped(p.headline());
        if (!p.field.isEmpty())
            headline = SegmentDetailsPanel::tr("%1: %2", "field label: problem")
                               .arg(escaped(SegmentFields::fieldLabel(p.field)), headline);
        html += QStringLiteral("<p style='margin:0 0 4px 0'><b>%1%2</b>")
                        .arg(error ? QString() : SegmentDetailsPanel::tr("Warning: "), headline);
        const QString detail = p.detail.trimmed();
        if (!detail.isEmpty() && detail != p.headline())
            html += QStringLiteral("<br>") + escaped(detail);
        QStringList small;
        if (!p.code.isEmpty())
            small.append(SegmentDetailsPanel::tr("code %1").arg(escaped(p.code)));
        if (!p.traceId.isEmpty())
            small.append(SegmentDetailsPanel::tr("trace id %1").arg(escaped(p.traceId)));
        if (!small.isEmpty())
            html += QStringLiteral("<br><small style='color:#555'>%1</small>")
                            .arg(small.join(QStringLiteral(" · ")));
        html += QStringLiteral("</p>");
    }
    return html;
}

QString dateText(const std::optional<QDateTime> &when)
{
    if (!when || !when->isValid())
        return SegmentDetailsPanel::tr("unknown", "date");
    return QLocale().toString(when->toLocalTime(), QLocale::ShortFormat);
}

} // namespace

SegmentDetailsPanel::SegmentDetailsPanel(SegmentTableModel *model, SegmentEditor *editor,
                                         QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_editor(editor)
    , m_pages(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_manyLabel(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("detailsPanel"));
    m_emptyLabel->setObjectName(QStringLiteral("detailsEmptyLabel"));
    m_emptyLabel->setText(tr("Select a segment to see its settings."));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    m_manyLabel->setObjectName(QStringLiteral("detailsManyLabel"));
    m_manyLabel->setAlignment(Qt::AlignCenter);
    m_manyLabel->setWordWrap(true);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    buildSinglePage();

    m_pages->addWidget(m_emptyLabel);
    m_pages->addWidget(m_manyLabel);
    m_pages->addWidget(m_scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    if (m_model) {
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                &SegmentDetailsPanel::onDataChanged);
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            // Keep what is still loaded (a working set reopened, a reload).
            QStringList kept;
            for (const QString &id : std::as_const(m_ids))
                if (m_model->contains(id))
                    kept.append(id);
            showSegments(kept);
        });
    }
    showSegments({});
}

SegmentDetailsPanel::~SegmentDetailsPanel() = default;

SegmentDetailsPanel::FieldRow SegmentDetailsPanel::makeRow(const QString &path, QWidget *value,
                                                           QWidget *parent)
{
    FieldRow row;
    row.path = path;
    row.value = value;
    row.label = new QLabel(parent);
    row.revert = new QToolButton(parent);
    row.revert->setIcon(QIcon(QStringLiteral(":/icons/action-revert.svg")));
    row.revert->setAutoRaise(true);
    row.revert->setObjectName(QStringLiteral("revertField:") + path);
    const QString label = SegmentFields::fieldLabel(path);
    row.revert->setToolTip(tr("Revert %1 to the server's value").arg(label));
    row.revert->setAccessibleName(tr("Revert %1").arg(label));
    row.message = new QLabel(parent);
    row.message->setWordWrap(true);
    row.message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    row.message->hide();
    connect(row.revert, &QToolButton::clicked, this, [this, path] {
        if (m_editor && m_ids.size() == 1)
            m_editor->revertField(m_ids.constFirst(), path);
    });
    return row;
}

void SegmentDetailsPanel::buildSinglePage()
{
    auto *page = new QWidget(m_scroll);
    page->setObjectName(QStringLiteral("detailsSinglePage"));
    auto *layout = new QVBoxLayout(page);

    auto *titleRow = new QHBoxLayout;
    m_stateIcon = new QLabel(page);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    titleRow->addWidget(m_stateIcon, 0, Qt::AlignTop);
    titleRow->addWidget(m_title, 1);
    layout->addLayout(titleRow);

    m_subtitle = new QLabel(page);
    m_subtitle->setObjectName(QStringLiteral("detailsSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_subtitle);

    m_banner = new QLabel(page);
    m_banner->setObjectName(QStringLiteral("detailsProblemBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(6);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_conflictView = new ConflictView(m_model, m_editor, page);
    layout->addWidget(m_conflictView);

    auto *common = new QFormLayout;
    common->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_nameEdit = new QLineEdit(page);
    m_nameEdit->setObjectName(QStringLiteral("detailsNameEdit"));
    m_nameEdit->setAccessibleName(tr("Segment name"));
    m_descriptionEdit = new QPlainTextEdit(page);
    m_descriptionEdit->setObjectName(QStringLiteral("detailsDescriptionEdit"));
    m_descriptionEdit->setAccessibleName(tr("Segment description"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setFixedHeight(m_descriptionEdit->fontMetrics().lineSpacing() * 4 + 12);

    const auto addCommonRow = [&](const QString &path, QWidget *editor, const QString &text) {
        FieldRow row = makeRow(path, editor, page);
        row.label->setText(text);
        row.label->setBuddy(editor);
        auto *box = new QWidget(page);
        auto *grid = new QGridLayout(box);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(2);
        grid->addWidget(editor, 0, 0);
        grid->addWidget(row.revert, 0, 1, Qt::AlignTop);
        grid->addWidget(row.message, 1, 0, 1, 2);
        common->addRow(row.label, box);
        m_rows.append(row);
    };
    addCommonRow(namePath, m_nameEdit, tr("&Name:"));
    addCommonRow(descriptionPath, m_descriptionEdit, tr("&Description:"));
    layout->addLayout(common);

    m_settingsBox = new QGroupBox(page);
    m_settingsBox->setObjectName(QStringLiteral("detailsSettings"));
    m_settingsLayout = new QFormLayout(m_settingsBox);
    m_settingsLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_settingsLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addWidget(m_settingsBox);

    m_timestamps = new QLabel(page);
    m_timestamps->setObjectName(QStringLiteral("detailsTimestamps"));
    m_timestamps->setWordWrap(true);
    m_timestamps->setEnabled(false);
    layout->addWidget(m_timestamps);

    m_revertAll = new QPushButton(tr("Re&vert all changes of this segment"), page);
    m_revertAll->setObjectName(QStringLiteral("detailsRevertAll"));
    m_revertAll->setIcon(QIcon(QStringLiteral(":/icons/action-revert.svg")));
    connect(m_revertAll, &QPushButton::clicked, this, [this] {
        if (m_editor && m_ids.size() == 1)
            m_editor->revert(m_ids);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revertAll);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_nameEdit, &QLineEdit::textEdited, this, &SegmentDetailsPanel::nameEdited);
    connect(m_nameEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_editor)
            m_editor->endEditSession();
    });
    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this,
            &SegmentDetailsPanel::descriptionEdited);

    m_scroll->setWidget(page);
}

void SegmentDetailsPanel::rebuildSettings(SegmentType type)
{
    if (type == m_settingsType && m_rows.size() > 2)
        return;
    while (m_rows.size() > 2) {
        const FieldRow row = m_rows.takeLast();
        m_settingsLayout->removeRow(row.label); // deletes the row's widgets
    }
    m_settingsType = type;
    const QStringList paths = FieldText::settingPaths(type);
    m_settingsBox->setTitle(paths.isEmpty() ? tr("Settings")
                                            : SegmentFields::fieldLabel(paths.constFirst().section(
                                                    QLatin1Char('/'), 0, 1)));
    m_settingsBox->setVisible(!paths.isEmpty());
    for (const QString &path : paths) {
        auto *value = new QLabel(m_settingsBox);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::StrongFocus);
        value->setObjectName(QStringLiteral("detailsValue:") + path);
        value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        FieldRow row = makeRow(path, value, m_settingsBox);
        row.label->setText(SegmentFields::fieldLabel(path) + QLatin1Char(':'));
        row.label->setBuddy(value);
        value->setAccessibleName(SegmentFields::fieldLabel(path));
        auto *box = new QWidget(m_settingsBox);
        auto *grid = new QGridLayout(box);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(2);
        grid->addWidget(value, 0, 0);
        grid->addWidget(row.revert, 0, 1, Qt::AlignTop);
        grid->addWidget(row.message, 1, 0, 1, 2);
        m_settingsLayout->addRow(row.label, box);
        m_rows.append(row);
    }
}

void SegmentDetailsPanel::showSegments(const QStringList &ids)
{
    const bool sameSegment = ids.size() == 1 && m_ids.size() == 1 && ids == m_ids;
    if (!sameSegment && m_editor)
        m_editor->endEditSession(); // typing into another segment is another undo step
    m_ids = ids;
    refresh();
}

void SegmentDetailsPanel::refresh()
{
    m_conflictView->showSegment(m_ids.size() == 1 ? m_ids.constFirst() : QString());
    if (!m_model || m_ids.isEmpty()) {
        m_pages->setCurrentWidget(m_emptyLabel);
        return;
    }
    if (m_ids.size() == 1)
        refreshSingle(m_ids.constFirst());
    else
        refreshMany();
}

void SegmentDetailsPanel::refreshMany()
{
    QHash<SegmentTableModel::RowState, int> byState;
    for (const QString &id : std::as_const(m_ids))
        ++byState[m_model->state(id)];
    QStringList parts;
    using S = SegmentTableModel::RowState;
    for (const S state : {S::Modified, S::Invalid, S::Sending, S::Updated, S::Warned, S::Failed,
                          S::NotSent, S::Unknown, S::Conflict}) {
        if (const int n = byState.value(state))
            parts.append(tr("%1: %2", "state: count")
                                 .arg(SegmentTableModel::stateText(state))
                                 .arg(QLocale().toString(n)));
    }
    QString text = tr("%n segments selected", nullptr, int(m_ids.size()));
    if (!parts.isEmpty())
        text += QStringLiteral("\n") + parts.join(QLatin1String(", "));
    m_manyLabel->setText(text);
    m_pages->setCurrentWidget(m_manyLabel);
}

void SegmentDetailsPanel::refreshSingle(const QString &id)
{
    const auto original = m_model->original(id);
    const auto edited = m_model->edited(id);
    if (!original || !edited) {
        m_pages->setCurrentWidget(m_emptyLabel);
        return;
    }
    m_updating = true;
    const int row = m_model->rowForId(id);
    const auto cell = [&](int column, int role) { return m_model->index(row, column).data(role); };

    const QIcon icon = cell(SegmentTableModel::StateColumn, Qt::DecorationRole).value<QIcon>();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_stateIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(iconSize, iconSize));
    m_stateIcon->setToolTip(cell(SegmentTableModel::StateColumn, Qt::ToolTipRole).toString());
    const QString name = edited->name.value_or(QString()).trimmed();
    m_title->setText(name.isEmpty() ? tr("(no name)") : name);

    QStringList subtitle;
    subtitle.append(SegmentFields::typeLabel(original->type));
    subtitle.append(tr("id %1").arg(id));
    subtitle.append(cell(SegmentTableModel::AdvertiserColumn, Qt::DisplayRole).toString());
    const QString stateWord = cell(SegmentTableModel::StateColumn, Qt::DisplayRole).toString();
    if (!stateWord.isEmpty())
        subtitle.append(stateWord);
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));

    const ProblemList problems = m_model->problems(id);
    const bool hasError = std::any_of(problems.cbegin(), problems.cend(), [](const Problem &p) {
        return p.severity == Problem::Severity::Error;
    });
    m_banner->setVisible(!problems.isEmpty());
    if (!problems.isEmpty()) {
        m_banner->setText(bannerHtml(problems));
        m_banner->setStyleSheet(hasError ? QStringLiteral("background:#fbe1e0; color:#1a1a1a; "
                                                          "border:1px solid #e0908c;")
                                         : QStringLiteral("background:#fdf3d6; color:#1a1a1a; "
                                                          "border:1px solid #e0c063;"));
    }

    const bool editable = m_editor && m_editor->canEdit(id);
    const QString nameText = edited->name.value_or(QString());
    if (m_nameEdit->text() != nameText)
        m_nameEdit->setText(nameText);
    m_nameEdit->setReadOnly(!editable);
    const QString description = edited->description.valueOr(QString());
    if (m_descriptionEdit->toPlainText() != description)
        m_descriptionEdit->setPlainText(description);
    m_descriptionEdit->setReadOnly(!editable);
    m_descriptionEdit->setPlaceholderText(edited->description.isCleared() ? tr("(cleared)")
                                                                          : QString());

    rebuildSettings(original->type);
    const QStringList changed = m_model->changedFields(id);
    for (FieldRow &fieldRow : m_rows)
        updateRow(fieldRow, *original, *edited, changed, problems);

    m_timestamps->setText(
            tr("Created %1 · last updated on the server %2")
                    .arg(dateText(original->createdAt), dateText(original->updatedAt)));
    m_revertAll->setEnabled(editable && !changed.isEmpty());
    m_pages->setCurrentWidget(m_scroll);
    m_updating = false;
}

void SegmentDetailsPanel::updateRow(FieldRow &row, const AudienceSegment &original,
                                    const AudienceSegment &edited, const QStringList &changed,
                                    const ProblemList &problems)
{
    const bool isChanged = std::any_of(changed.cbegin(), changed.cend(), [&](const QString &f) {
        return pathCovers(row.path, f) || pathCovers(f, row.path);
    });
    QStringList messages;
    bool error = false;
    for (const Problem &p : problems) {
        if (p.field.isEmpty() || !pathCovers(row.path, p.field))
            continue;
        error = error || p.severity == Problem::Severity::Error;
        QString text = p.headline();
        if (p.field != row.path)
            text = tr("%1: %2", "field label: problem")
                           .arg(SegmentFields::fieldLabel(p.field), text);
        messages.append(text);
    }

    QString label = SegmentFields::fieldLabel(row.path);
    if (row.path == namePath)
        label = tr("&Name:");
    else if (row.path == descriptionPath)
        label = tr("&Description:");
    else
        label += QLatin1Char(':');
    if (isChanged)
        label = tr("Δ %1", "changed field mark").arg(label);
    row.label->setText(label);
    QFont font = row.label->font();
    font.setBold(isChanged);
    row.label->setFont(font);

    const QString serverValue = SegmentFields::valueText(original, row.path);
    row.value->setToolTip(isChanged ? tr("Changed. On the server: %1").arg(serverValue)
                                    : QString());
    if (auto *value = qobject_cast<QLabel *>(row.value))
        value->setText(SegmentFields::valueText(edited, row.path));
    row.revert->setVisible(isChanged);

    row.message->setText(messages.join(QLatin1Char('\n')));
    row.message->setVisible(!messages.isEmpty());
    row.message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;")
                                     : QStringLiteral("color: #7a5a00;"));
    const QString frame = messages.isEmpty()
            ? QString()
            : QStringLiteral("border: 2px solid %1; border-radius: 3px; padding: 1px;")
                      .arg(error ? QLatin1String("#c62828") : QLatin1String("#d9a400"));
    const QString selector = QString::fromLatin1(row.value->metaObject()->className());
    row.value->setStyleSheet(frame.isEmpty() ? QString()
                                             : selector + QStringLiteral(" { ") + frame
                                             + QStringLiteral(" }"));
}

SegmentDetailsPanel::FieldRow *SegmentDetailsPanel::rowFor(const QString &fieldPath)
{
    FieldRow *best = nullptr;
    for (FieldRow &row : m_rows)
        if (pathCovers(row.path, fieldPath) && (!best || row.path.size() > best->path.size()))
            best = &row;
    return best;
}

void SegmentDetailsPanel::focusField(const QString &segmentId, const QString &fieldPath)
{
    if (m_ids != QStringList{segmentId})
        showSegments({segmentId});
    if (m_pages->currentWidget() != m_scroll)
        return;
    QWidget *target = m_nameEdit;
    if (FieldRow *row = rowFor(fieldPath))
        target = row->value;
    m_scroll->ensureWidgetVisible(target);
    target->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(target))
        edit->selectAll();
}

void SegmentDetailsPanel::nameEdited(const QString &text)
{
    if (m_updating || !m_model || m_ids.size() != 1)
        return;
    const int row = m_model->rowForId(m_ids.constFirst());
    if (row >= 0)
        m_model->setData(m_model->index(row, SegmentTableModel::NameColumn), text);
}

void SegmentDetailsPanel::descriptionEdited()
{
    if (m_updating || !m_model || m_ids.size() != 1 || m_descriptionEdit->isReadOnly())
        return;
    const int row = m_model->rowForId(m_ids.constFirst());
    if (row >= 0)
        m_model->setData(m_model->index(row, SegmentTableModel::DescriptionColumn),
                         m_descriptionEdit->toPlainText());
}

void SegmentDetailsPanel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_ids.isEmpty() || !m_model)
        return;
    if (m_ids.size() == 1) {
        const int row = m_model->rowForId(m_ids.constFirst());
        if (row >= topLeft.row() && row <= bottomRight.row())
            refresh();
        return;
    }
    // Many: a summary of states; refreshed once after a burst of changes (a send, a bulk edit).
    if (m_manyRefreshQueued)
        return;
    m_manyRefreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_manyRefreshQueued = false;
        if (m_ids.size() > 1)
            refresh();
    });
}
