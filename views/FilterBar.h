#pragma once

#include "SegmentFilterProxy.h"

#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QToolButton;

// The bar above the segment table: text (filters as you type), type, advertiser and state. Each
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
};
