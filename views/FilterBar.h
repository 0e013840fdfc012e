#pragma once

#include "SegmentFilterProxy.h"

#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;

// The bar above the segment table: text (filters as you type, once typing pauses for
// textFilterDelayMs: a keystroke at 100 000 rows must not wait for a pass over every row; Enter or
// emptying the field filters at once), type, advertiser and state. Each
// control drives one setter of the SegmentFilterProxy. Below them, the reviewer's quick filters
// (Edited, Failed, Conflicts, Not sent, Invalid): toggle buttons that set the state filter (a
// second click shows every state again). The state filter is kept in the settings and comes back
// at the next start.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    // The state filter's choices, in the order the combo box lists them.
    enum class StateChoice {
        All,
        Modified,
        Invalid,
        Failed,
        Warned,
        Updated,
        Conflict,
        Unchanged,
        NotSent
    };
    Q_ENUM(StateChoice)

    static constexpr int textFilterDelayMs = 200;

    explicit FilterBar(SegmentFilterProxy *proxy, QWidget *parent = nullptr);

    // The advertisers the advertiser filter offers: id -> text shown ("Name (id)").
    void setAdvertisers(const QList<QPair<QString, QString>> &advertisers);
    void setStateChoice(StateChoice choice);
    StateChoice stateChoice() const;
    // Back to "everything shown".
    void clearFilters();
    bool isFiltering() const;
    // Puts the focus in the text field with its text selected (Find).
    void focusSearch();

    QLineEdit *searchEdit() const { return m_text; }
    // The pause after the last keystroke before the text filter applies (single shot).
    QTimer *textFilterTimer() const { return m_textTimer; }
    // Applies the text typed so far now (Enter does; so does clearFilters()).
    void applyTextFilter();
    // The quick filter button of a choice (Modified, Failed, Conflict, NotSent, Invalid).
    QToolButton *quickFilterButton(StateChoice choice) const;

Q_SIGNALS:
    void filtersChanged();

private:
    void applyState();
    void addQuickFilter(StateChoice choice, const QString &text, const QString &toolTip);

    QPointer<SegmentFilterProxy> m_proxy;
    QLineEdit *m_text;
    QComboBox *m_type;
    QComboBox *m_advertiser;
    QComboBox *m_state;
    QButtonGroup *m_quick;
    QTimer *m_textTimer;
};
