#include "FieldDecorator.h"
#include "Tints.h"

#include "FormIcons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QVBoxLayout>

// The margin the frame is painted in: wide enough to see, small enough to keep fields aligned.
class FieldDecorator::Frame : public QWidget
{
public:
    explicit Frame(QWidget *parent)
        : QWidget(parent)
    {
        setContentsMargins(2, 2, 2, 2);
    }

    void setColor(const QColor &color)
    {
        m_color = color;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (!m_color.isValid())
            return;
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(m_color, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
    }

private:
    QColor m_color;
};

FieldDecorator::FieldDecorator(QWidget *content, QWidget *parent, QWidget *accessibleTarget)
    : QWidget(parent)
    , m_frame(new Frame(this))
    , m_content(content)
    , m_accessibleTarget(accessibleTarget ? accessibleTarget : content)
    , m_messageRow(new QWidget(this))
    , m_icon(new QLabel(m_messageRow))
    , m_text(new QLabel(m_messageRow))
{
    auto *frameLayout = new QHBoxLayout(m_frame);
    frameLayout->setContentsMargins(0, 0, 0, 0);
    frameLayout->addWidget(content);

    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setAlignment(Qt::AlignTop);
    auto *messageLayout = new QHBoxLayout(m_messageRow);
    messageLayout->setContentsMargins(4, 0, 2, 2);
    messageLayout->setSpacing(4);
    messageLayout->addWidget(m_icon);
    messageLayout->addWidget(m_text, 1);
    m_messageRow->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_frame);
    layout->addWidget(m_messageRow);
    setFocusProxy(content);
}

QColor FieldDecorator::errorColor()
{
    return Tints::accent(Tints::Tint::Error);
}

QColor FieldDecorator::warningColor()
{
    return Tints::accent(Tints::Tint::Warning);
}

bool FieldDecorator::hasError() const
{
    for (const Message &m : m_messages)
        if (m.severity == Problem::Severity::Error)
            return true;
    return false;
}

void FieldDecorator::setMessages(const QList<Message> &messages)
{
    if (messages == m_messages)
        return;
    m_messages = messages;
    if (messages.isEmpty()) {
        m_frame->setColor(QColor());
        m_messageRow->hide();
        m_accessibleTarget->setAccessibleDescription(QString());
        return;
    }
    const bool error = hasError();
    const QColor color = error ? errorColor() : warningColor();
    m_frame->setColor(color);
    QStringList lines;
    for (const Message &m : messages)
        lines.append(m.text);
    const QString text = lines.join(QLatin1Char('\n'));
    m_text->setText(text);
    QPalette palette = m_text->palette();
    palette.setColor(QPalette::WindowText, color.darker(120));
    m_text->setPalette(palette);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
            FormIcons::problemIcon(error ? Problem::Severity::Error : Problem::Severity::Warning)
                    .pixmap(size, size));
    m_messageRow->show();
    m_accessibleTarget->setAccessibleDescription(
            (error ? tr("Error: %1") : tr("Warning: %1")).arg(text));
}
