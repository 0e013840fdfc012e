#pragma once

#include <QFrame>
#include <QPointer>

class QAction;
class QLabel;
class QPushButton;
class QToolButton;

// A message across the top of the window (like KeePassXC's MessageWidget): what just happened,
// in plain words, with at most one action ("Retry failed", "Reload"). It never blocks: the user
// reads it or closes it. Colour follows the kind, and an icon says the same for those who do
// not see colour.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Positive, Warning, Error };
    Q_ENUM(Kind)

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows the message, replacing any other. `actionText` empty: no action button; its button
    // emits actionTriggered().
    void showMessage(Kind kind, const QString &text, const QString &actionText = {});
    // The same with an action of the window behind the button: it is triggered, and the button
    // is named after it (without its "…" and mnemonic) and follows its enabled state.
    void showMessage(Kind kind, const QString &text, QAction *action);
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;
    // The button's text; empty when the message offers no action.
    QString actionText() const;

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    // The colours of the kind, after the palette (light or dark).
    void applyLook();

    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    QPointer<QAction> m_target;
    QMetaObject::Connection m_targetChanged;
};
