#pragma once

#include "Problem.h"

#include <QWidget>

class QLabel;

// Marks one field of a form with the problems that name it: a frame around the field (red for an
// error, amber for a warning; clear otherwise) and the messages under it, with a severity icon so
// that colour is never the only signal. The messages also become the field's accessible
// description. Forms wrap every field in one; the frame's margin is kept when there is no problem
// so that nothing moves when one appears.
class FieldDecorator : public QWidget
{
    Q_OBJECT

public:
    struct Message
    {
        Problem::Severity severity = Problem::Severity::Error;
        QString text;

        friend bool operator==(const Message &a, const Message &b)
        {
            return a.severity == b.severity && a.text == b.text;
        }
    };

    // `content` is reparented into the decorator; `accessibleTarget` (default: content) gets the
    // messages as its accessible description.
    explicit FieldDecorator(QWidget *content, QWidget *parent = nullptr,
                            QWidget *accessibleTarget = nullptr);

    QWidget *content() const { return m_content; }
    QLabel *messageLabel() const { return m_text; }

    void setMessages(const QList<Message> &messages);
    QList<Message> messages() const { return m_messages; }
    bool hasError() const;
    bool hasMessages() const { return !m_messages.isEmpty(); }

    // The colours the frame and the texts use, for the banner to match.
    static QColor errorColor();
    static QColor warningColor();

private:
    class Frame;
    Frame *m_frame;
    QWidget *m_content;
    QWidget *m_accessibleTarget;
    QWidget *m_messageRow;
    QLabel *m_icon;
    QLabel *m_text;
    QList<Message> m_messages;
};
