#include "SegmentForm.h"

#include "FindReplaceDialog.h"
#include "FormControls.h"
#include "FormIcons.h"
#include "InMarketCatalog.h"
#include "InMarketForm.h"
#include "LocationForm.h"
#include "LookalikeForm.h"
#include "MixedTypesForm.h"
#include "ProblemBanner.h"
#include "ProspectingForm.h"
#include "ReadOnlySettingsForm.h"
#include "RetargetingForm.h"
#include "SegmentEditor.h"
#include "SegmentFields.h"
#include "SegmentTableModel.h"

#include <QDialog>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace {

const QString namePath = QStringLiteral("attributes/name");
const QString descriptionPath = QStringLiteral("attributes/description");

// How many messages a field lists under it before it counts the rest.
constexpr int maxFieldMessages = 5;

bool pathCovers(const QString &field, const QString &path)
{
    return path == field || path.startsWith(field + QLatin1Char('/'));
}

} // namespace

SegmentForm::SegmentForm(SegmentTableModel *model, SegmentEditor *editor, InMarketCatalog *catalog,
                         QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_editor(editor)
    , m_catalog(catalog)
    , m_banner(new ProblemBanner(this))
    , m_header(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_commonFields(new QWidget)
    , m_nameEdit(new QLineEdit)
    , m_findReplaceButton(new QPushButton)
    , m_descriptionEdit(new QLineEdit)
    , m_clearDescriptionButton(new QToolButton)
    , m_settingsLayout(new QVBoxLayout)
{
    Q_ASSERT(model);
    m_header->setObjectName(QStringLiteral("formHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("formContent"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_commonFields);
    contentLayout->addLayout(m_settingsLayout);
    contentLayout->addStretch(1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    auto *headerLayout = new QHBoxLayout;
    headerLayout->setContentsMargins(9, 6, 9, 0);
    headerLayout->addWidget(m_header);
    layout->addLayout(headerLayout);
    layout->addWidget(m_scroll, 1);

    buildCommonFields();

    connect(m_banner, &ProblemBanner::fieldActivated, this,
            [this](const QString &, const QString &field) { focusField(field); });
    connect(model, &QAbstractItemModel::dataChanged, this, &SegmentForm::onModelDataChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &SegmentForm::onModelReset);
    connect(model, &SegmentTableModel::problemsChanged, this, &SegmentForm::scheduleRefresh);

    m_openFileName = [](QWidget *parentWidget, const QString &caption, const QString &filter) {
        return QFileDialog::getOpenFileName(parentWidget, caption, QString(), filter);
    };
}

SegmentForm::~SegmentForm()
{
    // ~QWidget deletes the children after this destructor and the subclasses' have run; a child
    // that emits meanwhile (a line edit losing focus, a delegate's editor going away) must not
    // reach a slot of the form that is no longer there.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void SegmentForm::buildCommonFields()
{
    auto *form = new QFormLayout(m_commonFields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setAccessibleName(tr("Name"));
    m_findReplaceButton->setObjectName(QStringLiteral("findReplaceButton"));
    m_findReplaceButton->setText(tr("&Find and replace…"));
    m_findReplaceButton->setToolTip(
            tr("Find and replace text in the names and descriptions of the shown segments"));
    auto *nameRow = new QWidget;
    auto *nameLayout = new QHBoxLayout(nameRow);
    nameLayout->setContentsMargins(0, 0, 0, 0);
    nameLayout->addWidget(m_nameEdit, 1);
    nameLayout->addWidget(m_findReplaceButton);
    addField(form, tr("&Name:"), nameRow, namePath, QStringLiteral("name"), m_nameEdit);

    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setAccessibleName(tr("Description"));
    m_clearDescriptionButton->setObjectName(QStringLiteral("clearDescriptionButton"));
    m_clearDescriptionButton->setText(tr("C&lear"));
    m_clearDescriptionButton->setToolTip(
            tr("Remove the description on the server (sent as null). Revert leaves it as it "
               "was."));
    m_clearDescriptionButton->setAccessibleName(tr("Clear description"));
    m_clearDescriptionButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *descriptionRow = new QWidget;
    auto *descriptionLayout = new QHBoxLayout(descriptionRow);
    descriptionLayout->setContentsMargins(0, 0, 0, 0);
    descriptionLayout->addWidget(m_descriptionEdit, 1);
    descriptionLayout->addWidget(m_clearDescriptionButton);
    addField(form, tr("&Description:"), descriptionRow, descriptionPath,
             QStringLiteral("description"), m_descriptionEdit);

    connect(m_nameEdit, &QLineEdit::textEdited, this, &SegmentForm::onNameEdited);
    connect(m_nameEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_editor)
            m_editor->endEditSession();
    });
    connect(m_findReplaceButton, &QPushButton::clicked, this, &SegmentForm::openFindReplace);
    connect(m_descriptionEdit, &QLineEdit::textEdited, this, &SegmentForm::onDescriptionEdited);
    connect(m_descriptionEdit, &QLineEdit::editingFinished, this, &SegmentForm::commitDescription);
    connect(m_clearDescriptionButton, &QToolButton::clicked, this, &SegmentForm::clearDescription);
}

void SegmentForm::setCommonFieldsVisible(bool visible)
{
    m_commonFields->setVisible(visible);
}

// ---- factory

SegmentForm *SegmentForm::create(SegmentType type, SegmentTableModel *model, SegmentEditor *editor,
                                 InMarketCatalog *catalog, QWidget *parent)
{
    switch (type) {
    case SegmentType::InMarket:
        return new InMarketForm(model, editor, catalog, parent);
    case SegmentType::Location:
        return new LocationForm(model, editor, catalog, parent);
    case SegmentType::Prospecting:
        return new ProspectingForm(model, editor, catalog, parent);
    case SegmentType::Retargeting:
        return new RetargetingForm(model, editor, catalog, parent);
    case SegmentType::Lookalike:
        return new LookalikeForm(model, editor, catalog, parent);
    case SegmentType::ContactList:
    case SegmentType::Behavioral:
    case SegmentType::Unknown:
        break;
    }
    return new ReadOnlySettingsForm(type, model, editor, catalog, parent);
}

SegmentForm *SegmentForm::createFor(const QStringList &ids, SegmentTableModel *model,
                                    SegmentEditor *editor, InMarketCatalog *catalog,
                                    QWidget *parent)
{
    if (const std::optional<SegmentType> type = commonType(model, ids))
        return create(*type, model, editor, catalog, parent);
    return new MixedTypesForm(model, editor, catalog, parent);
}

std::optional<SegmentType> SegmentForm::commonType(const SegmentTableModel *model,
                                                   const QStringList &ids)
{
    std::optional<SegmentType> type;
    for (const QString &id : ids) {
        const std::optional<AudienceSegment> original = model->original(id);
        if (!original)
            continue;
        if (type && *type != original->type)
            return std::nullopt;
        type = original->type;
    }
    return type;
}

bool SegmentForm::canShow(const QStringList &ids) const
{
    bool anyLoaded = false;
    for (const QString &id : ids)
        anyLoaded = anyLoaded || m_model->contains(id);
    // Nothing loaded: any form can show "nothing selected".
    return !anyLoaded || (formType() && commonType(m_model, ids) == formType());
}

// ---- showing

SegmentTableModel *SegmentForm::model() const
{
    return m_model;
}

SegmentEditor *SegmentForm::editor() const
{
    return m_editor;
}

InMarketCatalog *SegmentForm::catalog() const
{
    return m_catalog;
}

void SegmentForm::setOpenFileNameProvider(OpenFileNameProvider provider)
{
    m_openFileName = std::move(provider);
}

void SegmentForm::showSegments(const QStringList &ids)
{
    if (m_editor)
        m_editor->endEditSession();
    QStringList loaded;
    for (const QString &id : ids)
        if (m_model && m_model->contains(id) && !loaded.contains(id))
            loaded.append(id);
    m_ids = loaded;
    m_idSet = QSet<QString>(loaded.cbegin(), loaded.cend());
    m_editable = !loaded.isEmpty() && m_editor;
    for (const QString &id : std::as_const(loaded))
        m_editable = m_editable && m_editor->canEdit(id);
    m_descriptionDirty = false;
    segmentsShown();
    refresh();
}

QList<AudienceSegment> SegmentForm::editedSegments() const
{
    QList<AudienceSegment> list;
    list.reserve(m_ids.size());
    for (const QString &id : m_ids)
        if (const std::optional<AudienceSegment> s = m_model->edited(id))
            list.append(*s);
    return list;
}

QList<AudienceSegment> SegmentForm::originalSegments() const
{
    QList<AudienceSegment> list;
    list.reserve(m_ids.size());
    for (const QString &id : m_ids)
        if (const std::optional<AudienceSegment> s = m_model->original(id))
            list.append(*s);
    return list;
}

QString SegmentForm::segmentLabel(const QString &id) const
{
    const QString name
            = m_model->edited(id).value_or(AudienceSegment()).name.value_or(QString()).trimmed();
    return name.isEmpty() ? id : tr("“%1”", "a quoted segment name").arg(name);
}

QString SegmentForm::shownLabel() const
{
    if (m_ids.size() == 1)
        return segmentLabel(m_ids.constFirst());
    return tr("%n segments", "what an undo step changed", static_cast<int>(m_ids.size()));
}

void SegmentForm::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    // Coalesced: a bulk edit may change many runs of rows, one dataChanged each.
    QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_refreshPending)
                    refresh();
            },
            Qt::QueuedConnection);
}

void SegmentForm::onModelDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_ids.isEmpty() || m_refreshPending)
        return;
    const int top = topLeft.row();
    const int bottom = bottomRight.row();
    if (bottom - top + 1 > m_ids.size()) {
        for (const QString &id : std::as_const(m_ids)) {
            const int row = m_model->rowForId(id);
            if (row >= top && row <= bottom) {
                scheduleRefresh();
                return;
            }
        }
        return;
    }
    for (int row = top; row <= bottom; ++row) {
        if (m_idSet.contains(m_model->idAt(row))) {
            scheduleRefresh();
            return;
        }
    }
}

void SegmentForm::onModelReset()
{
    // Rows are gone or replaced: keep what is still loaded.
    showSegments(m_ids);
}

void SegmentForm::refresh()
{
    m_refreshPending = false;
    if (!m_model)
        return;
    m_updating = true;
    refreshCommon();
    if (!m_ids.isEmpty())
        refreshFields();
    refreshRevertButtons();
    refreshAllProblems();
    m_updating = false;
}

void SegmentForm::refreshCommon()
{
    const QList<AudienceSegment> segments = editedSegments();
    setEnabled(!segments.isEmpty());
    if (segments.isEmpty()) {
        m_header->setText(tr("<b>No segment selected</b>"));
        m_nameEdit->clear();
        m_descriptionEdit->clear();
        return;
    }

    // Header: what is shown and its state.
    if (segments.size() == 1) {
        const AudienceSegment &s = segments.constFirst();
        const QModelIndex advertiser
                = m_model->indexForId(s.id, SegmentTableModel::AdvertiserColumn);
        const QString name = s.name.value_or(QString()).trimmed();
        m_header->setText(
                QStringLiteral("<b>%1</b><br/><small>%2</small>")
                        .arg((name.isEmpty() ? tr("(no name)") : name).toHtmlEscaped(),
                             tr("%1 segment · id %2 · advertiser %3 · %4",
                                "type, id, advertiser, state")
                                     .arg(SegmentFields::typeLabel(s.type), s.id,
                                          advertiser.data().toString(),
                                          SegmentTableModel::stateText(m_model->state(s.id)))
                                     .toHtmlEscaped()));
    } else {
        int modified = 0;
        for (const QString &id : std::as_const(m_ids))
            if (!m_model->changedFields(id).isEmpty())
                ++modified;
        const std::optional<SegmentType> type = formType();
        const int count = static_cast<int>(segments.size());
        const QString what = type
                ? tr("%1 · %n segments", "type · count", count).arg(SegmentFields::typeLabel(*type))
                : tr("%n segments of different types", nullptr, count);
        QString detail
                = modified == 0 ? tr("none modified") : tr("%n modified", "segments", modified);
        if (type)
            detail = tr("%1; a change applies to all of them", "modified count").arg(detail);
        m_header->setText(QStringLiteral("<b>%1</b><br/><small>%2</small>")
                                  .arg(what.toHtmlEscaped(), detail.toHtmlEscaped()));
    }

    // Name: typed per segment; many segments cannot share one name, so with several shown it is
    // read-only and find and replace changes it.
    const auto name = FormControls::commonValue(
            segments, [](const AudienceSegment &s) { return s.name.value_or(QString()); });
    const QString nameText = name.value_or(QString());
    if (m_nameEdit->text() != nameText)
        m_nameEdit->setText(nameText);
    m_nameEdit->setPlaceholderText(name ? QString() : FormControls::mixedText());
    m_nameEdit->setReadOnly(isMulti() || !m_editable);
    m_findReplaceButton->setVisible(isMulti());
    m_findReplaceButton->setEnabled(m_editable);

    // Description: a value, cleared (null), or not set; mixed across segments.
    const auto description = FormControls::commonValue(
            segments, [](const AudienceSegment &s) { return s.description; });
    if (!m_descriptionDirty) {
        const QString text
                = description && description->hasValue() ? description->value() : QString();
        if (m_descriptionEdit->text() != text)
            m_descriptionEdit->setText(text);
    }
    const bool descriptionChanged
            = std::any_of(m_ids.cbegin(), m_ids.cend(), [this](const QString &id) {
                  return m_model->changedFields(id).contains(descriptionPath);
              });
    QString placeholder;
    if (!description)
        placeholder = FormControls::mixedText();
    else if (description->isCleared() && descriptionChanged)
        placeholder = tr("(cleared)");
    else if (description->isCleared() || description->isUnset())
        // The server sends none (null) for a description nobody ever wrote.
        placeholder = tr("(no description)");
    m_descriptionEdit->setPlaceholderText(placeholder);
    m_descriptionEdit->setReadOnly(!m_editable);
    m_clearDescriptionButton->setEnabled(m_editable && !(description && description->isCleared()));
}

void SegmentForm::refreshRevertButtons()
{
    QSet<QString> changed;
    for (const QString &id : std::as_const(m_ids)) {
        const QStringList fields = m_model->changedFields(id);
        for (const QString &f : fields)
            changed.insert(f);
    }
    for (const Field &field : std::as_const(m_fields)) {
        if (!field.revertButton)
            continue;
        bool differs = false;
        for (const QString &c : std::as_const(changed)) {
            if (pathCovers(field.path, c) || pathCovers(c, field.path)) {
                differs = true;
                break;
            }
        }
        field.revertButton->setEnabled(m_editable && differs);
    }
}

const SegmentForm::Field *SegmentForm::fieldFor(const QString &path) const
{
    const Field *best = nullptr;
    for (const Field &field : m_fields) {
        if (pathCovers(field.path, path) && (!best || field.path.size() > best->path.size()))
            best = &field;
    }
    return best;
}

FieldDecorator *SegmentForm::decoratorFor(const QString &fieldPath) const
{
    for (const Field &field : m_fields)
        if (field.path == fieldPath)
            return field.decorator;
    return nullptr;
}

void SegmentForm::refreshAllProblems()
{
    QList<ProblemBanner::Entry> entries;
    QList<QPair<QString, Problem>> all;
    QHash<const Field *, QList<FieldDecorator::Message>> messages;
    QHash<const Field *, int> hidden;
    for (const QString &id : std::as_const(m_ids)) {
        const ProblemList problems = m_model->problems(id);
        if (problems.isEmpty())
            continue;
        const QString label = isMulti() ? segmentLabel(id) : QString();
        for (const Problem &p : problems) {
            entries.append({label, p});
            all.append({id, p});
            const Field *field = fieldFor(p.field);
            if (!field)
                continue;
            QList<FieldDecorator::Message> &list = messages[field];
            if (list.size() >= maxFieldMessages) {
                ++hidden[field];
                continue;
            }
            const QString text = label.isEmpty()
                    ? p.headline()
                    : tr("%1: %2", "segment: message").arg(label, p.headline());
            list.append({p.severity, text});
        }
    }
    for (auto it = hidden.cbegin(); it != hidden.cend(); ++it)
        messages[it.key()].append(
                {Problem::Severity::Warning, tr("… and %n more", nullptr, it.value())});
    for (const Field &field : std::as_const(m_fields))
        field.decorator->setMessages(messages.value(&field));
    m_banner->setEntries(entries);
    refreshProblems(all);
}

// ---- editing

void SegmentForm::applyEdit(const QString &fieldPath,
                            const std::function<void(AudienceSegment &)> &change, EditMode mode,
                            const QString &undoText)
{
    if (m_ids.isEmpty() || !m_editor || !m_editable)
        return;
    if (m_ids.size() == 1 && mode == EditMode::Typing) {
        const QString &id = m_ids.constFirst();
        AudienceSegment segment = *m_model->edited(id);
        change(segment);
        m_editor->editSegment(id, segment, fieldPath);
    } else {
        QList<AudienceSegment> changed;
        changed.reserve(m_ids.size());
        for (const QString &id : std::as_const(m_ids)) {
            AudienceSegment segment = *m_model->edited(id);
            change(segment);
            changed.append(segment);
        }
        QString text = undoText;
        if (text.isEmpty()) {
            const QString label = SegmentFields::fieldLabel(fieldPath);
            text = m_ids.size() == 1
                    ? tr("Edit %1: %2", "segment name: field label")
                              .arg(segmentLabel(m_ids.constFirst()), label)
                    : tr("Set %1 in %n segments", nullptr, static_cast<int>(m_ids.size()))
                              .arg(label);
        }
        m_editor->editSegments(changed, text);
    }
    refresh();
}

void SegmentForm::revertField(const QString &path)
{
    if (!m_editor || m_ids.isEmpty())
        return;
    if (m_ids.size() == 1) {
        m_editor->revertField(m_ids.constFirst(), path);
    } else {
        QList<AudienceSegment> reverted;
        for (const QString &id : std::as_const(m_ids)) {
            AudienceSegment segment = *m_model->edited(id);
            SegmentFields::copyField(*m_model->original(id), segment, path);
            reverted.append(segment);
        }
        m_editor->editSegments(
                reverted,
                tr("Revert %1 in %n segments", nullptr, static_cast<int>(m_ids.size()))
                        .arg(SegmentFields::fieldLabel(path)));
    }
    m_descriptionDirty = false;
    refresh();
}

void SegmentForm::onNameEdited(const QString &text)
{
    if (m_updating || isMulti())
        return;
    applyEdit(namePath, [&text](AudienceSegment &s) { s.name = text; });
}

void SegmentForm::onDescriptionEdited(const QString &text)
{
    if (m_updating)
        return;
    if (isMulti()) {
        // Many rows: one undo step when the typing is done.
        m_descriptionDirty = true;
        return;
    }
    applyEdit(descriptionPath, [&text](AudienceSegment &s) { s.description = text; });
}

void SegmentForm::commitDescription()
{
    if (m_editor)
        m_editor->endEditSession();
    if (!m_descriptionDirty)
        return;
    m_descriptionDirty = false;
    const QString text = m_descriptionEdit->text();
    applyEdit(
            descriptionPath, [&text](AudienceSegment &s) { s.description = text; }, EditMode::Step);
}

void SegmentForm::clearDescription()
{
    m_descriptionDirty = false;
    const QString text = m_ids.size() == 1
            ? tr("Clear description of %1").arg(segmentLabel(m_ids.constFirst()))
            : tr("Clear description of %n segments", nullptr, static_cast<int>(m_ids.size()));
    applyEdit(
            descriptionPath, [](AudienceSegment &s) { s.description.clear(); }, EditMode::Step,
            text);
}

// ---- fields, focus, dialogs

FieldDecorator *SegmentForm::addField(QFormLayout *layout, const QString &label, QWidget *content,
                                      const QString &fieldPath, const QString &key,
                                      QWidget *focusWidget, bool revertible)
{
    QWidget *focus = focusWidget ? focusWidget : content;
    auto *decorator = new FieldDecorator(content, nullptr, focus);
    decorator->setObjectName(key + QLatin1String("Field"));
    decorator->messageLabel()->setObjectName(key + QLatin1String("Message"));
    decorator->setFocusProxy(focus);

    Field field;
    field.path = fieldPath;
    field.decorator = decorator;
    field.focusWidget = focus;

    QWidget *row = decorator;
    if (revertible) {
        row = new QWidget;
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(2);
        rowLayout->addWidget(decorator, 1);
        auto *revert = new QToolButton(row);
        revert->setObjectName(key + QLatin1String("RevertButton"));
        revert->setIcon(FormIcons::revertIcon());
        revert->setAutoRaise(true);
        const QString fieldLabel = SegmentFields::fieldLabel(fieldPath);
        revert->setToolTip(tr("Revert field: back to the server's %1").arg(fieldLabel));
        revert->setAccessibleName(tr("Revert %1").arg(fieldLabel));
        revert->setEnabled(false);
        rowLayout->addWidget(revert, 0, Qt::AlignTop);
        connect(revert, &QToolButton::clicked, this, [this, fieldPath] { revertField(fieldPath); });
        field.revertButton = revert;
    }
    m_fields.append(field);

    auto *labelWidget = new QLabel(label);
    labelWidget->setBuddy(focus);
    layout->addRow(labelWidget, row);
    return decorator;
}

void SegmentForm::setHeaderVisible(bool visible)
{
    m_header->setVisible(visible);
}

void SegmentForm::addFooterWidget(QWidget *widget)
{
    auto *layout = qobject_cast<QVBoxLayout *>(m_scroll->widget()->layout());
    Q_ASSERT(layout);
    // Below the settings, above the stretch that keeps the fields at the top.
    layout->insertWidget(layout->count() - 1, widget);
}

bool SegmentForm::focusField(const QString &fieldPath)
{
    if (focusSubField(fieldPath))
        return true;
    const Field *field = fieldFor(fieldPath);
    if (!field)
        return false;
    m_scroll->ensureWidgetVisible(field->decorator);
    field->focusWidget->setFocus(Qt::OtherFocusReason);
    return true;
}

FindReplaceDialog *SegmentForm::openFindReplace()
{
    if (!m_editor)
        return nullptr;
    auto *dialog = new FindReplaceDialog(m_model, m_editor, m_ids, this);
    openDialog(dialog);
    return dialog;
}

void SegmentForm::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

QString SegmentForm::openFileName(const QString &caption, const QString &filter)
{
    return m_openFileName ? m_openFileName(this, caption, filter) : QString();
}
