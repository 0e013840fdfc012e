#include "MessageBar.h"
#include "Tints.h"

#include "ModelIcons.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace {

Tints::Tint tintFor(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Information:
        return Tints::Tint::Information;
    case MessageBar::Kind::Positive:
        return Tints::Tint::Success;
    case MessageBar::Kind::Warning:
        return Tints::Tint::Warning;
    case MessageBar::Kind::Error:
        return Tints::Tint::Error;
    }
    return Tints::Tint::Information;
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_action->setObjectName(QStringLiteral("messageBarAction"));
    m_close->setObjectName(QStringLiteral("messageBarClose"));
    m_close->setAutoRaise(true);
    m_close->setText(tr("Close", "close the message"));
    m_close->setIcon(QIcon(QStringLiteral(":/icons/action-cancel.svg")));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_target)
            m_target->trigger();
        else
            Q_EMIT actionTriggered();
    });
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, QAction *action)
{
    QString label;
    if (action) {
        label = action->iconText();
        label.remove(QChar(0x2026)); // "…"
        label.remove(QLatin1Char('&'));
    }
    showMessage(kind, text, label);
    m_target = action;
    if (action) {
        m_action->setEnabled(action->isEnabled());
        m_targetChanged = connect(action, &QAction::changed, this,
                                  [this, action] { m_action->setEnabled(action->isEnabled()); });
    }
}

void MessageBar::applyLook()
{
    const Tints::Tint tint = tintFor(m_kind);
    setStyleSheet(QStringLiteral("MessageBar { background: %1; border: 1px solid %2; "
                                 "border-radius: 4px; } MessageBar QLabel { color: %3; }")
                          .arg(Tints::background(tint).name(), Tints::border(tint).name(),
                               Tints::text().name()));
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyLook();
    QFrame::changeEvent(event);
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    m_kind = kind;
    disconnect(m_targetChanged);
    m_target = nullptr;
    m_action->setEnabled(true);
    applyLook();
    QIcon icon;
    switch (kind) {
    case Kind::Information:
        icon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
        break;
    case Kind::Positive:
        icon = ModelIcons::icon(ModelIcons::Icon::Updated);
        break;
    case Kind::Warning:
        icon = ModelIcons::icon(ModelIcons::Icon::Warning);
        break;
    case Kind::Error:
        icon = ModelIcons::icon(ModelIcons::Icon::Error);
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon.pixmap(size, size));
    m_text->setText(text);
    setAccessibleName(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

void MessageBar::clear()
{
    m_text->clear();
    hide();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

QString MessageBar::actionText() const
{
    return isHidden() || m_action->isHidden() ? QString() : m_action->text();
}
