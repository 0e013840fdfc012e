#include "LocationForm.h"

#include "CoordinateDelegate.h"
#include "FormControls.h"
#include "PatchBuilder.h"
#include "PoiImportDialog.h"
#include "PoiListModel.h"
#include "PoiScatterView.h"
#include "SegmentEditor.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStringDecoder>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace {

const QString radiusPath = QStringLiteral("attributes/location/radiusInKm");
const QString pointsPath = QStringLiteral("attributes/location/pointsOfInterest");

LocationSettings &settingsOf(AudienceSegment &s)
{
    if (!s.location)
        s.location.emplace();
    return *s.location;
}

LocationSettings settingsOf(const AudienceSegment &s)
{
    return s.location.value_or(LocationSettings());
}

// Exactly the same list, in the same order (PointOfInterest's == compares within 1e-5 and the
// lists' == as sets: too lenient for "can one table edit them all").
bool sameList(const QList<PointOfInterest> &a, const QList<PointOfInterest> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i).name != b.at(i).name || a.at(i).latitude != b.at(i).latitude
            || a.at(i).longitude != b.at(i).longitude)
            return false;
    return true;
}

bool samePlace(const PointOfInterest &a, const PointOfInterest &b)
{
    using PatchBuilder::roundCoordinate;
    return a.latitude && a.longitude && b.latitude && b.longitude
            && roundCoordinate(*a.latitude) == roundCoordinate(*b.latitude)
            && roundCoordinate(*a.longitude) == roundCoordinate(*b.longitude);
}

QString textOfFile(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    // Spreadsheets on Windows write their code page; Latin-1 keeps every byte readable.
    return QString::fromLatin1(bytes);
}

} // namespace

LocationForm::LocationForm(SegmentTableModel *model, SegmentEditor *editor,
                           InMarketCatalog *catalog, QWidget *parent)
    : SegmentForm(model, editor, catalog, parent)
    , m_radius(new QSpinBox)
    , m_points(new PoiListModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
    , m_coordinateDelegate(new CoordinateDelegate(this))
    , m_scatter(new PoiScatterView)
    , m_listHint(new QLabel)
    , m_cellMessage(new QLabel)
    , m_count(new QLabel)
    , m_add(new QPushButton(tr("&Add")))
    , m_remove(new QPushButton(tr("Re&move")))
    , m_duplicate(new QPushButton(tr("D&uplicate")))
    , m_sort(new QToolButton)
    , m_paste(new QPushButton(tr("&Paste points…")))
    , m_import(new QPushButton(tr("&Import CSV…")))
{
    auto *box = new QGroupBox(tr("Location settings"));
    auto *boxLayout = new QVBoxLayout(box);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_radius->setObjectName(QStringLiteral("radiusSpin"));
    m_radius->setAccessibleName(tr("Radius in kilometres"));
    m_radius->setRange(0, std::numeric_limits<qint32>::max());
    m_radius->setSuffix(tr(" km"));
    m_radius->setKeyboardTracking(false);
    m_radius->setMinimumWidth(120);
    auto *radiusNote = new QLabel(tr("One radius applies to all points."));
    radiusNote->setObjectName(QStringLiteral("radiusNote"));
    auto *radiusRow = new QWidget;
    auto *radiusLayout = new QHBoxLayout(radiusRow);
    radiusLayout->setContentsMargins(0, 0, 0, 0);
    radiusLayout->addWidget(m_radius);
    radiusLayout->addWidget(radiusNote, 1);
    addField(form, tr("&Radius:"), radiusRow, radiusPath, QStringLiteral("radius"), m_radius);
    boxLayout->addLayout(form);

    // The list: buttons, table, messages.
    m_add->setObjectName(QStringLiteral("addPointButton"));
    m_add->setToolTip(tr("Add a point of interest at the end of the list"));
    m_remove->setObjectName(QStringLiteral("removePointsButton"));
    m_remove->setToolTip(tr("Remove the selected points (Delete)"));
    m_duplicate->setObjectName(QStringLiteral("duplicatePointsButton"));
    m_duplicate->setToolTip(tr("Add a copy of each selected point"));
    m_sort->setObjectName(QStringLiteral("sortPointsButton"));
    m_sort->setText(tr("&Sort"));
    m_sort->setPopupMode(QToolButton::InstantPopup);
    m_sort->setToolTip(tr("Sort the table (the list sent is a set: its order does not matter)"));
    auto *sortMenu = new QMenu(m_sort);
    const auto addSort = [this, sortMenu](const QString &text, int column) {
        QAction *action = sortMenu->addAction(text);
        connect(action, &QAction::triggered, this, [this, column] {
            if (column < 0)
                m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
            else
                m_table->sortByColumn(column, Qt::AscendingOrder);
        });
    };
    addSort(tr("By &name"), PoiListModel::NameColumn);
    addSort(tr("By &latitude"), PoiListModel::LatitudeColumn);
    addSort(tr("By l&ongitude"), PoiListModel::LongitudeColumn);
    addSort(tr("In list o&rder"), -1);
    m_sort->setMenu(sortMenu);
    m_paste->setObjectName(QStringLiteral("pastePointsButton"));
    m_paste->setToolTip(tr("Read points from the clipboard (rows copied from a spreadsheet or "
                           "text) and review them before they are added"));
    m_import->setObjectName(QStringLiteral("importCsvButton"));
    m_import->setToolTip(tr("Read points from a CSV or text file and review them before they are "
                            "added"));
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_add, m_remove, m_duplicate, m_sort})
        buttons->addWidget(w);
    buttons->addStretch(1);
    buttons->addWidget(m_paste);
    buttons->addWidget(m_import);

    m_sorted->setSourceModel(m_points);
    m_sorted->setSortRole(PoiListModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("pointsTable"));
    m_table->setAccessibleName(tr("Points of interest"));
    m_table->setModel(m_sorted);
    m_table->setItemDelegateForColumn(PoiListModel::LatitudeColumn, m_coordinateDelegate);
    m_table->setItemDelegateForColumn(PoiListModel::LongitudeColumn, m_coordinateDelegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->horizontalHeader()->setSectionResizeMode(PoiListModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PoiListModel::LatitudeColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PoiListModel::LongitudeColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setMinimumHeight(170);
    m_table->installEventFilter(this);
    for (auto [text, slot] :
         {std::make_pair(tr("Add point"), &LocationForm::addPoint),
          std::make_pair(tr("Remove selected points"), &LocationForm::removePoints),
          std::make_pair(tr("Duplicate selected points"), &LocationForm::duplicatePoints),
          std::make_pair(tr("Paste points…"), &LocationForm::pasteFromClipboard)}) {
        auto *action = new QAction(text, m_table);
        connect(action, &QAction::triggered, this, slot);
        m_table->addAction(action);
    }

    m_listHint->setObjectName(QStringLiteral("pointsHint"));
    m_listHint->setWordWrap(true);
    m_listHint->hide();
    m_cellMessage->setObjectName(QStringLiteral("pointEditMessage"));
    m_cellMessage->setWordWrap(true);
    QPalette palette = m_cellMessage->palette();
    palette.setColor(QPalette::WindowText, FieldDecorator::errorColor());
    m_cellMessage->setPalette(palette);
    m_cellMessage->hide();
    m_count->setObjectName(QStringLiteral("pointsCount"));

    auto *pointsWidget = new QWidget;
    auto *pointsLayout = new QVBoxLayout(pointsWidget);
    pointsLayout->setContentsMargins(0, 0, 0, 0);
    pointsLayout->setSpacing(4);
    pointsLayout->addLayout(buttons);
    pointsLayout->addWidget(m_listHint);
    pointsLayout->addWidget(m_table, 1);
    pointsLayout->addWidget(m_cellMessage);
    pointsLayout->addWidget(m_count);

    auto *pointsForm = new QFormLayout;
    pointsForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    pointsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(pointsForm, tr("P&oints of interest:"), pointsWidget, pointsPath,
             QStringLiteral("pointsOfInterest"), m_table);
    m_scatter->setMinimumHeight(260);
    auto *mapLabel = new QLabel(tr("Map preview (to scale):"));
    pointsForm->addRow(mapLabel, m_scatter);
    boxLayout->addLayout(pointsForm, 1);
    settingsLayout()->addWidget(box, 1);

    m_scatter->setModel(m_points);

    connect(m_radius, &QSpinBox::valueChanged, this, [this](int value) {
        if (isUpdating() || !FormControls::spinHasValue(m_radius, 0))
            return;
        applyEdit(radiusPath, [value](AudienceSegment &s) { settingsOf(s).radiusInKm = value; });
    });
    connect(m_points, &PoiListModel::pointEdited, this, &LocationForm::onPointEdited);
    connect(m_coordinateDelegate, &CoordinateDelegate::inputProblem, this,
            [this](const QString &message) {
                m_cellMessage->setText(message);
                m_cellMessage->setVisible(!message.isEmpty());
            });
    connect(m_coordinateDelegate, &QAbstractItemDelegate::closeEditor, this, [this] {
        if (this->editor())
            this->editor()->endEditSession();
    });
    connect(m_table->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        if (this->editor())
            this->editor()->endEditSession();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LocationForm::syncScatterSelection);
    connect(m_scatter, &PoiScatterView::pointClicked, this, &LocationForm::onScatterClicked);
    connect(m_add, &QPushButton::clicked, this, &LocationForm::addPoint);
    connect(m_remove, &QPushButton::clicked, this, &LocationForm::removePoints);
    connect(m_duplicate, &QPushButton::clicked, this, &LocationForm::duplicatePoints);
    connect(m_paste, &QPushButton::clicked, this, &LocationForm::pasteFromClipboard);
    connect(m_import, &QPushButton::clicked, this, &LocationForm::importCsv);
}

void LocationForm::segmentsShown()
{
    m_table->clearSelection();
    m_cellMessage->hide();
}

void LocationForm::refreshFields()
{
    const QList<AudienceSegment> segments = editedSegments();
    const auto radius = FormControls::commonValue(
            segments, [](const AudienceSegment &s) { return settingsOf(s).radiusInKm; });
    FormControls::showSpinValue(m_radius, radius.value_or(std::nullopt), !radius, 0,
                                FormControls::notSetText());
    m_radius->setEnabled(isEditable());
    const std::optional<qint64> shownRadius = radius.value_or(std::nullopt);
    m_scatter->setRadiusKm(shownRadius ? std::optional<double>(static_cast<double>(*shownRadius))
                                       : std::nullopt);

    const QList<PointOfInterest> first = settingsOf(segments.constFirst()).pointsOfInterest;
    m_listsDiffer = false;
    for (const AudienceSegment &s : segments)
        if (!sameList(settingsOf(s).pointsOfInterest, first))
            m_listsDiffer = true;
    m_points->setPoints(m_listsDiffer ? QList<PointOfInterest>() : first);
    m_points->setReadOnly(!isEditable());
    m_table->setVisible(!m_listsDiffer);
    m_scatter->setVisible(!m_listsDiffer);
    if (m_listsDiffer) {
        m_listHint->setText(tr("The %n selected segments have different points of interest. "
                               "Select one segment to edit its list; points pasted or imported "
                               "here are added to every list, or replace them all.",
                               nullptr, static_cast<int>(segments.size())));
        m_listHint->show();
    } else {
        m_listHint->hide();
    }
    if (m_listsDiffer)
        m_count->setText(QString());
    else if (isMulti())
        m_count->setText(m_points->rowCount() == 1
                                 ? tr("1 point, the same in every selected segment")
                                 : tr("%n points, the same in every selected segment", nullptr,
                                      m_points->rowCount()));
    else
        m_count->setText(m_points->rowCount() == 1
                                 ? tr("1 point")
                                 : tr("%n points", nullptr, m_points->rowCount()));
    updateButtons();
    syncScatterSelection();
}

void LocationForm::refreshProblems(const QList<QPair<QString, Problem>> &problems)
{
    ProblemList list;
    for (const auto &[id, problem] : problems)
        list.append(problem);
    m_points->setProblems(m_listsDiffer ? ProblemList() : list);
}

void LocationForm::updateButtons()
{
    const bool editable = isEditable();
    const bool table = editable && !m_listsDiffer;
    const bool selection = table && m_table->selectionModel()->hasSelection();
    m_add->setEnabled(table);
    m_remove->setEnabled(selection);
    m_duplicate->setEnabled(selection);
    m_sort->setEnabled(!m_listsDiffer);
    m_paste->setEnabled(editable);
    m_import->setEnabled(editable);
}

QList<int> LocationForm::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_sorted->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void LocationForm::selectRows(const QList<int> &rows)
{
    QItemSelection selection;
    for (int row : rows) {
        const QModelIndex index = m_sorted->mapFromSource(m_points->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(PoiListModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty()) {
        const QModelIndex current = m_sorted->mapFromSource(m_points->index(rows.constFirst(), 0));
        m_table->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(current);
    }
}

void LocationForm::syncScatterSelection()
{
    m_scatter->setSelectedRows(m_listsDiffer ? QList<int>() : selectedRows());
    updateButtons();
}

void LocationForm::onScatterClicked(int row)
{
    selectRows({row});
}

void LocationForm::setPointsForAll(const QList<PointOfInterest> &points, const QString &undoText)
{
    applyEdit(
            pointsPath, [&points](AudienceSegment &s) { settingsOf(s).pointsOfInterest = points; },
            EditMode::Step, undoText);
}

void LocationForm::onPointEdited(int, int, const QString &fieldPath)
{
    const QList<PointOfInterest> points = m_points->points();
    applyEdit(
            fieldPath, [&points](AudienceSegment &s) { settingsOf(s).pointsOfInterest = points; },
            isMulti() ? EditMode::Step : EditMode::Typing);
}

void LocationForm::addPoint()
{
    if (m_listsDiffer || !isEditable())
        return;
    QList<PointOfInterest> points = m_points->points();
    // A distinct name: the list is a set, and two unnamed empty points would be one.
    QString name;
    for (int n = static_cast<int>(points.size()) + 1;; ++n) {
        name = tr("New point %1").arg(n);
        if (std::none_of(points.cbegin(), points.cend(),
                         [&name](const PointOfInterest &p) { return p.name == name; }))
            break;
    }
    PointOfInterest point;
    point.name = name;
    points.append(point);
    setPointsForAll(points, tr("Add point “%1” to %2").arg(name, shownLabel()));
    const int row = static_cast<int>(points.size()) - 1;
    selectRows({row});
    m_table->setFocus(Qt::OtherFocusReason);
    const QModelIndex latitude
            = m_sorted->mapFromSource(m_points->index(row, PoiListModel::LatitudeColumn));
    m_table->setCurrentIndex(latitude);
}

void LocationForm::removePoints()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || m_listsDiffer || !isEditable())
        return;
    QList<PointOfInterest> points = m_points->points();
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        points.removeAt(*it);
    setPointsForAll(points,
                    rows.size() == 1
                            ? tr("Remove point “%1” from %2")
                                      .arg(m_points->pointAt(rows.constFirst()).name, shownLabel())
                            : tr("Remove %n points from %1", nullptr, static_cast<int>(rows.size()))
                                      .arg(shownLabel()));
    if (!points.isEmpty())
        selectRows({std::min(rows.constFirst(), static_cast<int>(points.size()) - 1)});
}

void LocationForm::duplicatePoints()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || m_listsDiffer || !isEditable())
        return;
    QList<PointOfInterest> points = m_points->points();
    QList<int> copies;
    for (int row : rows) {
        PointOfInterest copy = points.at(row);
        // A new name keeps the copy a separate member of the set; the user moves it next.
        copy.name = copy.name.isEmpty() ? tr("Point %1 (copy)").arg(row + 1)
                                        : tr("%1 (copy)").arg(copy.name);
        copies.append(static_cast<int>(points.size()));
        points.append(copy);
    }
    setPointsForAll(
            points,
            rows.size() == 1
                    ? tr("Duplicate point “%1” in %2")
                              .arg(m_points->pointAt(rows.constFirst()).name, shownLabel())
                    : tr("Duplicate %n points in %1", nullptr, static_cast<int>(rows.size()))
                              .arg(shownLabel()));
    selectRows(copies);
}

void LocationForm::pasteFromClipboard()
{
    if (!isEditable())
        return;
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        m_cellMessage->setText(tr("The clipboard holds no text to read points from. Copy rows "
                                  "from a spreadsheet or a list of coordinates first."));
        m_cellMessage->show();
        return;
    }
    reviewPoints(text, tr("the clipboard"));
}

void LocationForm::importCsv()
{
    if (!isEditable())
        return;
    const QString fileName
            = openFileName(tr("Import Points of Interest"),
                           tr("CSV and text files (*.csv *.tsv *.txt);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_cellMessage->setText(tr("“%1” could not be read: %2")
                                       .arg(QFileInfo(fileName).fileName(), file.errorString()));
        m_cellMessage->show();
        return;
    }
    PoiImportDialog *dialog
            = reviewPoints(textOfFile(file.readAll()), QFileInfo(fileName).fileName());
    dialog->setProperty("imported", true);
}

PoiImportDialog *LocationForm::reviewPoints(const QString &text, const QString &sourceName)
{
    auto *dialog = new PoiImportDialog(
            text, sourceName, m_listsDiffer ? QList<PointOfInterest>() : m_points->points(), this);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { applyReviewed(dialog, dialog->property("imported").toBool()); });
    openDialog(dialog);
    return dialog;
}

void LocationForm::applyReviewed(PoiImportDialog *dialog, bool imported)
{
    const QList<PointOfInterest> points = dialog->pointsToApply();
    const bool replace = dialog->replaceExisting();
    const int count = static_cast<int>(points.size());
    QString text;
    if (imported)
        text = tr("Import %n points from “%1” into %2", nullptr, count)
                       .arg(dialog->sourceName(), shownLabel());
    else if (replace)
        text = tr("Replace the points of %1 with %n pasted points", nullptr, count)
                       .arg(shownLabel());
    else
        text = tr("Paste %n points into %1", nullptr, count).arg(shownLabel());
    applyEdit(
            pointsPath,
            [&points, replace](AudienceSegment &s) {
                QList<PointOfInterest> &list = settingsOf(s).pointsOfInterest;
                if (replace) {
                    list = points;
                    return;
                }
                // What this segment's list already has is not added twice (the review
                // checked one list; with several segments each has its own).
                const QList<PointOfInterest> before = list;
                for (const PointOfInterest &p : points)
                    if (std::none_of(before.cbegin(), before.cend(),
                                     [&p](const PointOfInterest &e) {
                                         return e.name == p.name && samePlace(e, p);
                                     }))
                        list.append(p);
            },
            EditMode::Step, text);
}

bool LocationForm::focusSubField(const QString &path)
{
    const auto cell = PoiListModel::cellForPath(path);
    if (!cell || m_listsDiffer || cell->first >= m_points->rowCount())
        return false;
    const int column = cell->second < 0 ? PoiListModel::NameColumn : cell->second;
    const QModelIndex index = m_sorted->mapFromSource(m_points->index(cell->first, column));
    scrollArea()->ensureWidgetVisible(m_table);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

bool LocationForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table
        && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        // While a cell is edited its editor has the keys: the table sees them only otherwise.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste)) {
            // Accepting the override keeps a window-wide Paste action from taking the key.
            event->accept();
            if (event->type() == QEvent::KeyPress)
                pasteFromClipboard();
            return true;
        }
        if (event->type() == QEvent::KeyPress && (key->key() == Qt::Key_Delete)
            && key->modifiers() == Qt::NoModifier) {
            removePoints();
            return true;
        }
    }
    return SegmentForm::eventFilter(watched, event);
}
