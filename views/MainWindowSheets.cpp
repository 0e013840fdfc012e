// The window's spreadsheet round trip: export the segments to a sheet, import a sheet or a change
// set for review, export the pending edits as a change set; and the table's column chooser. The
// sheets, their reading and the change sets are models/ (SegmentSheet, SheetImport, ChangeSet),
// shared with segmentctl export and import.
#include "MainWindow.h"

#include "ChangeSet.h"
#include "FilterBar.h"
#include "ImportReviewDialog.h"
#include "MessageBar.h"
#include "SegmentEditor.h"
#include "SegmentFilterProxy.h"
#include "SegmentSheet.h"
#include "SheetImport.h"
#include "WindowSupport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

using WindowSupport::sentence;

namespace {

const char *const sheetDirKey = "sheets/lastDirectory";
using WindowSupport::tableHeaderKey;

QString lastSheetDir()
{
    return QSettings()
            .value(QLatin1String(sheetDirKey),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

void MainWindow::createSheetActions()
{
    m_exportSheetAction = new QAction(tr("E&xport Sheet…"), this);
    m_exportSheetAction->setObjectName(QStringLiteral("actionExportSheet"));
    m_exportSheetAction->setToolTip(
            tr("Write the selected segments (or those in view) to a CSV sheet for Excel or "
               "LibreOffice"));
    connect(m_exportSheetAction, &QAction::triggered, this, &MainWindow::showExportSheetDialog);
    m_importSheetAction = new QAction(tr("&Import Sheet or Change Set…"), this);
    m_importSheetAction->setObjectName(QStringLiteral("actionImportSheet"));
    m_importSheetAction->setToolTip(
            tr("Read an edited sheet or a colleague's change set, and review its changes"));
    connect(m_importSheetAction, &QAction::triggered, this, &MainWindow::showImportSheetDialog);
    m_exportChangesAction = new QAction(tr("Export &Change Set…"), this);
    m_exportChangesAction->setObjectName(QStringLiteral("actionExportChangeSet"));
    m_exportChangesAction->setToolTip(
            tr("Write the pending edits (of the selection, or all) to a small file to review or "
               "pass on"));
    connect(m_exportChangesAction, &QAction::triggered, this,
            &MainWindow::showExportChangeSetDialog);
}

QList<QAction *> MainWindow::sheetActions() const
{
    return {m_exportSheetAction, m_importSheetAction, m_exportChangesAction};
}

void MainWindow::updateSheetActions()
{
    const bool idle = m_busy == Busy::None;
    m_exportSheetAction->setEnabled(m_proxy->rowCount() > 0);
    m_importSheetAction->setEnabled(idle && m_model->rowCount() > 0);
    m_exportChangesAction->setEnabled(m_model->counts().modified > 0);
}

QStringList MainWindow::sheetScope() const
{
    const QStringList selected = selectedIds();
    if (selected.size() > 1)
        return selected;
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_proxy->index(row, 0).data(SegmentTableModel::SegmentIdRole).toString());
    return ids;
}

void MainWindow::showExportSheetDialog()
{
    auto *dialog = new QFileDialog(this, tr("Export Sheet"), lastSheetDir(),
                                   tr("CSV sheets (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportSheetDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(tr("segments.csv", "default file name"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportSheet(path); });
    dialog->open();
}

bool MainWindow::exportSheet(const QString &path)
{
    QList<AudienceSegment> segments;
    for (const QString &id : sheetScope())
        if (const auto s = m_model->edited(id))
            segments.append(*s);
    const QChar separator = SegmentSheet::separatorFor(QLocale());
    QString error;
    bool ok = writeFile(path, SegmentSheet::toCsv(segments, separator), &error);
    const QString pointsPath = SegmentSheet::pointsPathFor(path);
    const bool points = ok && SegmentSheet::hasPoints(segments);
    if (points)
        ok = writeFile(pointsPath, SegmentSheet::pointsToCsv(segments, separator), &error);
    if (!ok) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Could not export to %1: %2")
                                          .arg(QDir::toNativeSeparators(path), sentence(error)));
        return false;
    }
    QSettings().setValue(QLatin1String(sheetDirKey), QFileInfo(path).absolutePath());
    QString text = tr("Exported %1 segments to %2.")
                           .arg(QLocale().toString(segments.size()), QFileInfo(path).fileName());
    if (points)
        text += QLatin1Char(' ')
                + tr("Their points of interest are in %1.").arg(QFileInfo(pointsPath).fileName());
    text += QLatin1Char(' ')
            + tr("Edit the sheet in your spreadsheet (leave a cell empty to keep its value, "
                 "write [clear] to clear it), save it as CSV and import it.");
    m_messageBar->showMessage(MessageBar::Kind::Positive, text);
    return true;
}

void MainWindow::showImportSheetDialog()
{
    if (m_busy != Busy::None)
        return;
    auto *dialog = new QFileDialog(this, tr("Import Sheet or Change Set"), lastSheetDir(),
                                   tr("Sheets and change sets (*.csv *.tsv *.txt *.json);;All "
                                      "files (*)"));
    dialog->setObjectName(QStringLiteral("importSheetDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { importFile(path); });
    dialog->open();
}

ImportReviewDialog *MainWindow::importFile(const QString &path)
{
    QString pointsRead;
    const SheetImportResult result = SheetImport::readFile(*m_model, path, {}, &pointsRead);
    if (!result.fatalError.isEmpty()) {
        m_messageBar->showMessage(
                MessageBar::Kind::Error,
                tr("Could not import %1: %2 Nothing was changed.")
                        .arg(QFileInfo(path).fileName(), sentence(result.fatalError)));
        return nullptr;
    }
    QSettings().setValue(QLatin1String(sheetDirKey), QFileInfo(path).absolutePath());
    QString fileName = QFileInfo(path).fileName();
    if (!pointsRead.isEmpty())
        fileName = tr("%1 and %2").arg(fileName, QFileInfo(pointsRead).fileName());
    if (result.edits.isEmpty() && result.messages.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Positive,
                                  tr("%1 changes nothing: every value is the one in the working "
                                     "set.")
                                          .arg(fileName));
        return nullptr;
    }
    auto *dialog = new ImportReviewDialog(result, fileName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<ImportedEdit> accepted = dialog->acceptedEdits();
        const int changed = SheetImport::apply(*m_editor, accepted,
                                               SheetImport::stepText(int(accepted.size())));
        if (changed == 0)
            return;
        // The imported rows are those to look at now: show the edited ones.
        m_filterBar->setStateChoice(FilterBar::StateChoice::Modified);
        m_messageBar->showMessage(
                MessageBar::Kind::Positive,
                tr("Imported changes to %1 segments (one step to undo). Check them, then send.")
                        .arg(QLocale().toString(changed)));
    });
    dialog->open();
    return dialog;
}

void MainWindow::showExportChangeSetDialog()
{
    auto *dialog = new QFileDialog(this, tr("Export Change Set"), lastSheetDir(),
                                   tr("Change sets (*.json);;Change sets as CSV (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportChangeSetDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(tr("changes.json", "default file name"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("*.csv")) ? QStringLiteral("csv")
                                                                         : QStringLiteral("json"));
    });
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportChangeSet(path); });
    dialog->open();
}

bool MainWindow::exportChangeSet(const QString &path)
{
    const QStringList selected = selectedIds();
    const QList<ChangeSet::Change> changes
            = ChangeSet::fromModel(*m_model, selected.size() > 1 ? selected : QStringList());
    const QByteArray bytes = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
            ? ChangeSet::toCsv(changes, SegmentSheet::separatorFor(QLocale()))
            : ChangeSet::toJson(changes);
    QString error;
    if (!writeFile(path, bytes, &error)) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Could not export to %1: %2")
                                          .arg(QDir::toNativeSeparators(path), sentence(error)));
        return false;
    }
    QSettings().setValue(QLatin1String(sheetDirKey), QFileInfo(path).absolutePath());
    m_messageBar->showMessage(
            MessageBar::Kind::Positive,
            tr("Exported %1 changed fields to %2: a colleague can import it "
               "into their working set and review it.")
                    .arg(QLocale().toString(changes.size()), QFileInfo(path).fileName()));
    return true;
}

// ---- the column chooser

void MainWindow::setUpColumnChooser()
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = columnMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_table->horizontalHeader()->viewport()->mapToGlobal(pos));
    });
    // Kept at once, not only when the window closes: a crash keeps the user's columns too.
    const auto keep = [this] {
        QSettings().setValue(QLatin1String(tableHeaderKey),
                             m_table->horizontalHeader()->saveState());
    };
    connect(header, &QHeaderView::sectionMoved, this, keep);
    connect(header, &QHeaderView::sectionResized, this, keep);
    connect(header, &QHeaderView::sortIndicatorChanged, this, keep);
    m_defaultHeaderState = header->saveState();
}

QMenu *MainWindow::columnMenu()
{
    auto *menu = new QMenu(tr("&Columns"), this);
    menu->setObjectName(QStringLiteral("columnMenu"));
    fillColumnMenu(menu);
    // Filled again each time it opens: the header may have changed since.
    connect(menu, &QMenu::aboutToShow, menu, [this, menu] { fillColumnMenu(menu); });
    return menu;
}

void MainWindow::fillColumnMenu(QMenu *menu)
{
    menu->clear();
    QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = menu->addAction(
                m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setObjectName(QStringLiteral("columnAction%1").arg(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The state column says what each row is: it stays.
        action->setEnabled(column != SegmentTableModel::StateColumn);
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnShown(column, shown); });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("&Reset Columns"));
    reset->setObjectName(QStringLiteral("resetColumnsAction"));
    connect(reset, &QAction::triggered, this, [this] {
        m_table->horizontalHeader()->restoreState(m_defaultHeaderState);
        QSettings().setValue(QLatin1String(tableHeaderKey), m_defaultHeaderState);
    });
}

void MainWindow::setColumnShown(int column, bool shown)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (column == SegmentTableModel::StateColumn && !shown)
        return;
    header->setSectionHidden(column, !shown);
    if (shown && header->sectionSize(column) < 30)
        header->resizeSection(column, header->defaultSectionSize());
    QSettings().setValue(QLatin1String(tableHeaderKey), header->saveState());
}
