#pragma once

#include "Problem.h"

#include <QFrame>

class QLabel;
class QScrollArea;

// The strip at the top of a form that lists the shown rows' problems: the validator's before a
// send, the server's after one. Each line says the severity in a word (not only by colour), the
// field and the message; server problems add the detail and, in smaller type, the code and trace
// id for support. A field name is a link (mouse and keyboard): activating it asks the form to
// focus that field. Hidden when there is nothing to say. The first line sums up (counts, and how
// many kinds of problem); the list scrolls inside a height of a few lines, so that many problems
// never make the form, or the window, taller.
class ProblemBanner : public QFrame
{
    Q_OBJECT

public:
    struct Entry
    {
        QString segmentLabel; // empty when the form shows one segment
        Problem problem;
    };

    explicit ProblemBanner(QWidget *parent = nullptr);

    // At most `limit` lines are listed; the rest are counted ("and 12 more").
    void setEntries(const QList<Entry> &entries, int limit = 20);
    int entryCount() const { return static_cast<int>(m_entries.size()); }
    QString text() const; // the rich text shown, for tests
    QLabel *label() const { return m_label; }
    // The most the list takes before it scrolls.
    int maximumListHeight() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void fieldActivated(const QString &segmentId, const QString &fieldPath);

private:
    void fitHeight();
    void applyTint();

    QScrollArea *m_scroll;
    QLabel *m_label;
    QLabel *m_icon;
    QList<Entry> m_entries;
    int m_limit = 20;
    bool m_anyError = false;
};
