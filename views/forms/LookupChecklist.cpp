#include "LookupChecklist.h"

#include "TextSearch.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int SortRole = Qt::UserRole + 2;
constexpr int KnownRole = Qt::UserRole + 3;
constexpr int SearchRole = Qt::UserRole + 4; // the searched columns, folded (TextSearch)

// Filters on the folded text of the searched columns (kept on column 0 by the checklist, so a
// keystroke folds only the needle), keeping the ancestors of a match (recursive filtering).
class ChecklistFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setNeedle(const QString &needle)
    {
        m_needle = TextSearch::fold(needle);
        // One layout change, not thousands of row removals that the view follows one by one
        // (the first letter typed into 5 595 interests: 30 ms instead of about a second).
        invalidate();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_needle.isEmpty())
            return true;
        return sourceModel()->index(row, 0, parent).data(SearchRole).toString().contains(m_needle);
    }

private:
    QString m_needle;
};

} // namespace

LookupChecklist::LookupChecklist(const QStringList &headers, QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new ChecklistFilter(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_headers(headers)
{
    m_model->setHorizontalHeaderLabels(headers);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_search->setClearButtonEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    applyColumnWidths();
    m_view->setMinimumHeight(140);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->hide();
    layout->addWidget(m_summary);
    setFocusProxy(m_view);

    connect(m_search, &QLineEdit::textChanged, this, &LookupChecklist::applySearch);
    connect(m_model, &QStandardItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &, const QList<int> &roles) {
                if (m_updating || !roles.contains(Qt::CheckStateRole) || topLeft.column() != 0)
                    return;
                const QStandardItem *item = m_model->itemFromIndex(topLeft);
                const Qt::CheckState state = item->checkState();
                if (state == Qt::PartiallyChecked)
                    return;
                Q_EMIT toggled(item->data(IdRole).toString(), state == Qt::Checked);
            });
}

void LookupChecklist::applyColumnWidths()
{
    QHeaderView *header = m_view->header();
    if (header->count() < m_headers.size())
        return;
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_headers.size(); ++c) {
        const int width = m_columnWidths.value(c, -1);
        header->setSectionResizeMode(
                c, width > 0 ? QHeaderView::Interactive : QHeaderView::ResizeToContents);
        if (width > 0)
            header->resizeSection(c, width);
    }
}

void LookupChecklist::setColumnWidth(int column, int width)
{
    m_columnWidths.insert(column, width);
    applyColumnWidths();
}

void LookupChecklist::setUnknownEntryMaker(UnknownEntryMaker maker)
{
    m_unknownMaker = std::move(maker);
}

void LookupChecklist::setSearchColumns(const QList<int> &columns)
{
    m_searchColumns = columns;
    for (QStandardItem *item : std::as_const(m_items)) {
        QStringList texts;
        for (int c = 0; c < m_headers.size(); ++c)
            texts.append(item->index().siblingAtColumn(c).data().toString());
        item->setData(searchKey(texts), SearchRole);
    }
    m_proxy->invalidate();
}

QString LookupChecklist::searchKey(const QStringList &columns) const
{
    QStringList searched;
    for (int c = 0; c < columns.size(); ++c)
        if (m_searchColumns.isEmpty() || m_searchColumns.contains(c))
            searched.append(columns.at(c));
    return TextSearch::fold(searched.join(QLatin1Char('\n')));
}

void LookupChecklist::setSummary(const QString &text)
{
    m_summary->setText(text);
    m_summary->setVisible(!text.isEmpty());
}

QString LookupChecklist::summary() const
{
    return m_summary->isVisibleTo(this) ? m_summary->text() : QString();
}

QStringList LookupChecklist::idsIn(Qt::CheckState state) const
{
    QStringList out;
    for (const QString &id : m_knownIds + m_unknownIds)
        if (checkState(id) == state)
            out.append(id);
    return out;
}

QStandardItem *LookupChecklist::addEntry(const Entry &entry, bool known)
{
    QList<QStandardItem *> row;
    for (int c = 0; c < m_headers.size(); ++c) {
        auto *item = new QStandardItem(entry.columns.value(c));
        item->setEditable(false);
        item->setData(entry.sortKeys.value(c, entry.columns.value(c)), SortRole);
        if (!entry.toolTip.isEmpty())
            item->setToolTip(entry.toolTip);
        if (m_numericColumns.contains(c))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.append(item);
    }
    QStandardItem *first = row.constFirst();
    first->setData(entry.id, IdRole);
    QStringList texts = entry.columns;
    while (texts.size() < m_headers.size())
        texts.append(QString());
    first->setData(searchKey(texts), SearchRole);
    first->setData(known, KnownRole);
    first->setCheckable(true);
    first->setUserTristate(false);
    first->setCheckState(Qt::Unchecked);
    first->setEnabled(true);
    if (!m_editable)
        first->setFlags(first->flags() & ~Qt::ItemIsUserCheckable);
    if (!known) {
        QFont font = first->font();
        font.setItalic(true);
        for (QStandardItem *item : row)
            item->setFont(font);
    }
    QStandardItem *parent = m_items.value(entry.parentId, nullptr);
    (parent ? parent : m_model->invisibleRootItem())->appendRow(row);
    m_items.insert(entry.id, first);
    return first;
}

void LookupChecklist::setEntries(const QList<Entry> &entries)
{
    m_updating = true;
    // Thousands of rows (the taxonomy has 5 595): the proxy and the view are detached while the
    // model is rebuilt, and sort and filter once afterwards, not on every row.
    const int sortColumn = m_view->header()->sortIndicatorSection();
    const Qt::SortOrder sortOrder = m_view->header()->sortIndicatorOrder();
    m_proxy->setSourceModel(nullptr);
    m_model->removeRows(0, m_model->rowCount());
    m_items.clear();
    m_knownIds.clear();
    m_unknownIds.clear();
    // Parents first, whatever order the lookup sent: an entry waits for its parent; entries whose
    // parent never comes (or that form a cycle) go to the top level.
    QHash<QString, const Entry *> byId;
    for (const Entry &e : entries)
        if (!e.id.isEmpty() && !byId.contains(e.id))
            byId.insert(e.id, &e);
    QList<const Entry *> pending;
    for (const Entry &e : entries)
        if (byId.value(e.id) == &e)
            pending.append(&e);
    while (!pending.isEmpty()) {
        QList<const Entry *> waiting;
        for (const Entry *e : std::as_const(pending)) {
            if (e->parentId.isEmpty() || !byId.contains(e->parentId)
                || m_items.contains(e->parentId)) {
                Entry placed = *e;
                if (!m_items.contains(placed.parentId))
                    placed.parentId.clear();
                addEntry(placed, true);
                m_knownIds.append(e->id);
            } else {
                waiting.append(e);
            }
        }
        if (waiting.size() == pending.size()) {
            for (const Entry *e : std::as_const(waiting)) {
                Entry placed = *e;
                placed.parentId.clear();
                addEntry(placed, true);
                m_knownIds.append(e->id);
            }
            break;
        }
        pending = waiting;
    }
    m_proxy->setSourceModel(m_model);
    applyColumnWidths(); // a new model forgets them
    m_view->sortByColumn(sortColumn, sortOrder);
    m_updating = false;
    // A small tree is easier to read open; a large one opens where something is checked.
    if (!m_search->text().isEmpty() || m_items.size() <= 60)
        m_view->expandAll();
}

void LookupChecklist::setCheckStates(const QHash<QString, Qt::CheckState> &states)
{
    m_updating = true;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (m_items.contains(it.key()) || it.value() == Qt::Unchecked)
            continue;
        Entry entry = m_unknownMaker ? m_unknownMaker(it.key())
                                     : Entry{it.key(), {}, {it.key()}, {}, {}};
        entry.id = it.key();
        entry.parentId.clear();
        addEntry(entry, false);
        m_unknownIds.append(it.key());
    }
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const Qt::CheckState state = states.value(it.key(), Qt::Unchecked);
        if (it.value()->checkState() != state)
            it.value()->setCheckState(state);
    }
    m_updating = false;
    expandChecked();
}

void LookupChecklist::expandChecked()
{
    for (const QStandardItem *item : std::as_const(m_items)) {
        if (item->checkState() == Qt::Unchecked)
            continue;
        for (const QStandardItem *p = item->parent(); p; p = p->parent())
            m_view->expand(m_proxy->mapFromSource(p->index()));
    }
}

Qt::CheckState LookupChecklist::checkState(const QString &id) const
{
    const QStandardItem *item = m_items.value(id, nullptr);
    return item ? item->checkState() : Qt::Unchecked;
}

bool LookupChecklist::isKnown(const QString &id) const
{
    const QStandardItem *item = m_items.value(id, nullptr);
    return item && item->data(KnownRole).toBool();
}

QStringList LookupChecklist::ids() const
{
    return m_knownIds + m_unknownIds;
}

QString LookupChecklist::text(const QString &id, int column) const
{
    const QStandardItem *item = m_items.value(id, nullptr);
    if (!item)
        return {};
    const QModelIndex index = item->index().siblingAtColumn(column);
    return index.data().toString();
}

void LookupChecklist::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    m_updating = true;
    for (QStandardItem *item : std::as_const(m_items)) {
        const Qt::ItemFlags flags = item->flags();
        item->setFlags(editable ? flags | Qt::ItemIsUserCheckable
                                : flags & ~Qt::ItemIsUserCheckable);
    }
    m_updating = false;
}

bool LookupChecklist::selectId(const QString &id)
{
    const QStandardItem *item = m_items.value(id, nullptr);
    if (!item)
        return false;
    QModelIndex proxyIndex = m_proxy->mapFromSource(item->index());
    if (!proxyIndex.isValid()) {
        m_search->clear();
        proxyIndex = m_proxy->mapFromSource(item->index());
    }
    m_view->scrollTo(proxyIndex);
    m_view->setCurrentIndex(proxyIndex);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void LookupChecklist::applySearch(const QString &text)
{
    static_cast<ChecklistFilter *>(m_proxy)->setNeedle(text.trimmed());
    if (!text.trimmed().isEmpty())
        m_view->expandAll();
}
