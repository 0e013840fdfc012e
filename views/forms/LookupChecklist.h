#pragma once

#include <QHash>
#include <QStringList>
#include <QVariantList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

// A searchable list (or tree) of checkable ids with columns of facts about each, for the in-market
// brands and interests: what a lookup knows, plus the ids a segment carries that the lookup does
// not know (kept, shown under a name the form gives them, e.g. "Unknown brand 1234"). Check states
// come from the segments (partially checked: some of the shown segments have it); a user's click
// is reported with toggled(). Typing in the search field filters on the chosen columns (case and
// diacritics do not count: TextSearch) and keeps the ancestors of a match visible. A summary line
// under the list says what the form wants it to (e.g. what is ticked).
class LookupChecklist : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QString id;
        QString parentId;      // empty: top level
        QStringList columns;   // display text per column; column 0 carries the check box
        QVariantList sortKeys; // per column; missing ones sort by text
        QString toolTip;
    };
    using UnknownEntryMaker = std::function<Entry(const QString &id)>;

    LookupChecklist(const QStringList &headers, QWidget *parent = nullptr);

    // Rebuilds the list; ids of `entries` are known, every other id shown later is unknown.
    void setEntries(const QList<Entry> &entries);
    void setUnknownEntryMaker(UnknownEntryMaker maker);
    // Columns the search looks at (default: all).
    void setSearchColumns(const QList<int> &columns);
    // A column of this width, which the user can change (default: as wide as its contents).
    void setColumnWidth(int column, int width);
    // Columns of numbers, aligned to the right.
    void setNumericColumns(const QList<int> &columns) { m_numericColumns = columns; }

    // States of the ids the segments carry; every other id is unchecked. Ids without an entry get
    // an unknown one, which stays until the next setEntries().
    void setCheckStates(const QHash<QString, Qt::CheckState> &states);
    Qt::CheckState checkState(const QString &id) const;
    bool isKnown(const QString &id) const;
    QStringList ids() const; // every id listed, known first
    QString text(const QString &id, int column = 0) const;
    // The listed ids in that state, known first, in the order they were listed.
    QStringList idsIn(Qt::CheckState state) const;
    // The line under the list; empty hides it.
    void setSummary(const QString &text);
    QString summary() const;
    QLabel *summaryLabel() const { return m_summary; }

    void setEditable(bool editable);
    // Selects and shows an id (clearing a search that hides it); false when it is not listed.
    bool selectId(const QString &id);

    QTreeView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    void toggled(const QString &id, bool checked);

private:
    QStandardItem *addEntry(const Entry &entry, bool known);
    void expandChecked();
    void applySearch(const QString &text);
    QString searchKey(const QStringList &columns) const;
    void applyColumnWidths();

    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_summary;
    QStringList m_headers;
    QList<int> m_searchColumns;
    QHash<int, int> m_columnWidths;
    QHash<QString, QStandardItem *> m_items;
    QStringList m_knownIds;
    QStringList m_unknownIds;
    UnknownEntryMaker m_unknownMaker;
    QList<int> m_numericColumns;
    bool m_editable = true;
    bool m_updating = false;
};
