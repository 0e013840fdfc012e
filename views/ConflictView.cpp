#include "ConflictView.h"
#include "Tints.h"

#include "ModelIcons.h"
#include "SegmentEditor.h"
#include "SegmentFields.h"
#include "SegmentTableModel.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

} // namespace

ConflictView::ConflictView(SegmentTableModel *model, SegmentEditor *editor, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_editor(editor)
    , m_headline(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_layout(new QVBoxLayout(this))
    , m_keepAll(new QPushButton(tr("Keep All Mine"), this))
    , m_takeAll(new QPushButton(tr("Take All Server's"), this))
{
    setObjectName(QStringLiteral("conflictView"));
    setAccessibleName(tr("Conflict with the server's copy"));
    setFrameShape(QFrame::StyledPanel);
    applyLook();

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(ModelIcons::icon(ModelIcons::Icon::Conflict).pixmap(size, size));
    m_headline->setObjectName(QStringLiteral("conflictHeadline"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(m_headline, 1);
    m_explanation->setObjectName(QStringLiteral("conflictExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setText(tr("Someone changed these fields on the server after you loaded the "
                              "segment, and you changed them too. Choose the value the next send "
                              "keeps: the segment is not sent until every field is decided."));

    m_keepAll->setObjectName(QStringLiteral("conflictKeepAllMine"));
    m_keepAll->setToolTip(tr("Your values stay, and the next send writes them over the "
                             "server's"));
    m_takeAll->setObjectName(QStringLiteral("conflictTakeAllServer"));
    m_takeAll->setToolTip(tr("The server's values replace yours in every field listed"));
    connect(m_keepAll, &QPushButton::clicked, this, [this] { resolveAll(true); });
    connect(m_takeAll, &QPushButton::clicked, this, [this] { resolveAll(false); });
    auto *all = new QHBoxLayout;
    all->addWidget(m_keepAll);
    all->addWidget(m_takeAll);
    all->addStretch(1);

    m_layout->setContentsMargins(8, 6, 8, 8);
    m_layout->addLayout(top);
    m_layout->addWidget(m_explanation);
    m_layout->addLayout(all); // the fields go above it
    hide();

    if (m_model) {
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (m_id.isEmpty() || !m_model)
                        return;
                    const int row = m_model->rowForId(m_id);
                    if (row >= topLeft.row() && row <= bottomRight.row())
                        refresh();
                });
        connect(m_model, &QAbstractItemModel::modelReset, this, &ConflictView::refresh);
    }
}

ConflictView::~ConflictView() = default;

// The conflict colour of the table (orange), never an error's red; light or dark after the palette.
void ConflictView::applyLook()
{
    setStyleSheet(QStringLiteral("ConflictView { background: %1; border: 1px solid %2; "
                                 "border-radius: 4px; } ConflictView QLabel { color: %3; }")
                          .arg(Tints::background(Tints::Tint::Conflict).name(),
                               Tints::border(Tints::Tint::Conflict).name(), Tints::text().name()));
}

void ConflictView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyLook();
    QFrame::changeEvent(event);
}

void ConflictView::showSegment(const QString &id)
{
    m_id = id;
    refresh();
}

void ConflictView::refresh()
{
    const QStringList fields
            = m_model && !m_id.isEmpty() ? m_model->conflictFields(m_id) : QStringList();
    const auto base = fields.isEmpty() ? std::nullopt : m_model->conflictBase(m_id);
    if (fields.isEmpty() || !base) {
        m_fields.clear();
        hide();
        return;
    }
    if (fields != m_fields || !m_fieldsHost) {
        m_fields = fields;
        rebuild();
    }
    const AudienceSegment mine = *m_model->edited(m_id);
    const AudienceSegment server = *m_model->original(m_id);
    for (const QString &field : std::as_const(m_fields)) {
        const Values &v = m_values[field];
        v.base->setText(SegmentFields::valueText(*base, field));
        v.mine->setText(SegmentFields::valueText(mine, field));
        v.server->setText(SegmentFields::valueText(server, field));
    }
    m_headline->setText(m_fields.size() == 1 ? tr("Changed on the server too: 1 field to decide")
                                             : tr("Changed on the server too: %1 fields to decide")
                                                       .arg(QLocale().toString(m_fields.size())));
    const bool editable = m_editor && m_editor->canEdit(m_id);
    m_keepAll->setEnabled(editable);
    m_takeAll->setEnabled(editable);
    show();
}

void ConflictView::rebuild()
{
    // The old rows may hold the button whose click is being handled: they go later, and
    // leave the view now, so that nothing finds them in the meantime.
    if (m_fieldsHost) {
        m_fieldsHost->hide();
        m_fieldsHost->setParent(nullptr);
        m_fieldsHost->deleteLater();
    }
    m_values.clear();
    m_fieldsHost = new QWidget(this);
    m_fieldsHost->setObjectName(QStringLiteral("conflictFields"));
    auto *grid = new QGridLayout(m_fieldsHost);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    const bool editable = m_editor && m_editor->canEdit(m_id);
    int row = 0;
    for (const QString &field : std::as_const(m_fields)) {
        const QString label = SegmentFields::fieldLabel(field);
        if (row > 0) {
            auto *line = new QFrame(m_fieldsHost);
            line->setFrameShape(QFrame::HLine);
            line->setFrameShadow(QFrame::Sunken);
            grid->addWidget(line, row++, 0, 1, 2);
        }
        auto *name = new QLabel(label, m_fieldsHost);
        name->setObjectName(QStringLiteral("conflictField:") + field);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        grid->addWidget(name, row++, 0, 1, 2);

        Values values;
        values.base = valueLabel(QStringLiteral("conflictBase:") + field, m_fieldsHost);
        values.mine = valueLabel(QStringLiteral("conflictMine:") + field, m_fieldsHost);
        values.server = valueLabel(QStringLiteral("conflictServer:") + field, m_fieldsHost);
        values.base->setAccessibleName(tr("%1 as loaded").arg(label));
        values.mine->setAccessibleName(tr("Your %1").arg(label));
        values.server->setAccessibleName(tr("The server's %1").arg(label));
        const QList<QPair<QString, QLabel *>> lines{{tr("As loaded:"), values.base},
                                                    {tr("Yours:"), values.mine},
                                                    {tr("Server's:"), values.server}};
        for (const auto &[caption, value] : lines) {
            auto *captionLabel = new QLabel(caption, m_fieldsHost);
            grid->addWidget(captionLabel, row, 0, Qt::AlignTop);
            grid->addWidget(value, row++, 1);
        }
        QFont strong = values.mine->font();
        strong.setBold(true);
        values.mine->setFont(strong);
        values.server->setFont(strong);
        m_values.insert(field, values);

        auto *keep = new QPushButton(tr("Keep Mine"), m_fieldsHost);
        keep->setObjectName(QStringLiteral("conflictKeepMine:") + field);
        keep->setAccessibleName(tr("Keep my %1").arg(label));
        keep->setEnabled(editable);
        auto *take = new QPushButton(tr("Take Server's"), m_fieldsHost);
        take->setObjectName(QStringLiteral("conflictTakeServer:") + field);
        take->setAccessibleName(tr("Take the server's %1").arg(label));
        take->setEnabled(editable);
        connect(keep, &QPushButton::clicked, this, [this, field] { resolve(field, true); });
        connect(take, &QPushButton::clicked, this, [this, field] { resolve(field, false); });
        auto *buttons = new QHBoxLayout;
        buttons->setContentsMargins(0, 2, 0, 0);
        buttons->addWidget(keep);
        buttons->addWidget(take);
        buttons->addStretch(1);
        grid->addLayout(buttons, row++, 0, 1, 2);
    }
    // Above "Keep All Mine / Take All Server's".
    m_layout->insertWidget(m_layout->count() - 1, m_fieldsHost);
    // The buttons for all are worth their room only when there is more than one field.
    m_keepAll->setVisible(m_fields.size() > 1);
    m_takeAll->setVisible(m_fields.size() > 1);
}

void ConflictView::resolve(const QString &field, bool keepMine)
{
    if (m_editor && !m_id.isEmpty())
        m_editor->resolveConflict(m_id, field,
                                  keepMine ? SegmentEditor::Resolution::KeepMine
                                           : SegmentEditor::Resolution::TakeServer);
}

void ConflictView::resolveAll(bool keepMine)
{
    if (m_editor && !m_id.isEmpty())
        m_editor->resolveAllConflicts({m_id},
                                      keepMine ? SegmentEditor::Resolution::KeepMine
                                               : SegmentEditor::Resolution::TakeServer);
}
