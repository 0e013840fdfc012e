#pragma once

#include "SegmentFilterProxy.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;

// The bar above the segment table: text (filters as you type), type, advertiser and state. Each
// control drives one setter of the SegmentFilterProxy.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    // The state filter's choices, in the order the combo box lists them.
    enum class StateChoice { All, Modified, Invalid, Failed, Warned, Updated, Conflict, Unchanged };
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

Q_SIGNALS:
    void filtersChanged();

private:
    void applyState();

    QPointer<SegmentFilterProxy> m_proxy;
    QLineEdit *m_text;
    QComboBox *m_type;
    QComboBox *m_advertiser;
    QComboBox *m_state;
};
