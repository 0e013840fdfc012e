#include "UsedSegmentsDialog.h"

#include "ModelIcons.h"
#include "SegmentTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

UsedSegmentsDialog::UsedSegmentsDialog(const QList<SendWorkflow::UsedChange> &changes,
                                       QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("usedSegmentsDialog"));
    setWindowTitle(tr("Change Segments in Use?"));

    int deletes = 0;
    int unknown = 0;
    for (const SendWorkflow::UsedChange &change : changes) {
        if (change.kind == SendPort::RequestKind::Delete)
            ++deletes;
        if (!change.usageError.isEmpty())
            ++unknown;
    }
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    auto *text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    QString words = tr("This send changes %n segment(s) that audiences use.", nullptr,
                       int(changes.size() - unknown));
    if (changes.size() == unknown)
        words = tr("Whether audiences use the %n segment(s) below could not be checked.", nullptr,
                   unknown);
    else if (unknown > 0)
        words += QLatin1Char(' ') + tr("For %n more, it could not be checked.", nullptr, unknown);
    words += QLatin1Char(' ');
    words += deletes > 0
            ? tr("The campaigns whose ad sets target these audiences will reach fewer people, "
                 "or stop when a segment they need is deleted.")
            : tr("The campaigns whose ad sets target these audiences will reach fewer people.");
    text->setText(words);
    text->setObjectName(QStringLiteral("usedSegmentsText"));

    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Segment or audience"), tr("Ad sets")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    for (const SendWorkflow::UsedChange &change : changes) {
        auto *item = new QTreeWidgetItem(m_tree, {describe(change)});
        item->setToolTip(0, describe(change));
        item->setIcon(0,
                      change.kind == SendPort::RequestKind::Delete
                              ? ModelIcons::icon(ModelIcons::Icon::ToDelete)
                              : ModelIcons::icon(ModelIcons::Icon::Warning));
        for (const QString &reason : change.reasons) {
            auto *why = new QTreeWidgetItem(item, {tr("Reaches fewer people: %1").arg(reason)});
            why->setToolTip(0, why->text(0));
        }
        if (!change.usageError.isEmpty()) {
            auto *why = new QTreeWidgetItem(
                    item, {tr("Could not check where it is used: %1").arg(change.usageError)});
            why->setToolTip(0, why->text(0));
        }
        for (const AudienceUse &audience : change.audiences) {
            auto *child = new QTreeWidgetItem(
                    item,
                    {tr("Audience %1 (%2)").arg(audience.name, audience.id),
                     audience.adSetIds.isEmpty() ? tr("none")
                                                 : audience.adSetIds.join(QLatin1String(", "))});
            child->setToolTip(1, child->text(1));
        }
        item->setExpanded(true);
    }
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *send = buttons->addButton(tr("Send Anyway"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendAnyway"));
    send->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(620, 380);
    cancel->setFocus();
}

QString UsedSegmentsDialog::describe(const SendWorkflow::UsedChange &change)
{
    const QString segment = change.name.isEmpty()
            ? change.segmentId
            : tr("%1 (%2)").arg(change.name, change.segmentId);
    return change.kind == SendPort::RequestKind::Delete ? tr("Delete %1").arg(segment)
                                                        : tr("Narrow %1").arg(segment);
}
