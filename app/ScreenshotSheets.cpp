// The "import-review" screenshot scenario: a sheet edited in a spreadsheet (names, a radius, brand
// ids, a bad row, an extra column) imported back, its review dialog open.
#include "ScreenshotScenario.h"

#include "ImportReviewDialog.h"
#include "MainWindow.h"
#include "SegmentSheet.h"
#include "SegmentTableModel.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>

void ScreenshotScenario::importReview()
{
    SegmentTableModel *model = m_window->model();
    QList<AudienceSegment> sheet;
    for (int row = 0; row < 6; ++row) {
        AudienceSegment s = *model->edited(model->idAt(row));
        if (row == 0 && s.inMarket)
            s.inMarket->brandIds.append(QStringLiteral("4199"));
        if (row == 1 && s.location)
            s.location->radiusInKm = 15;
        if (row == 2 || row == 4)
            s.name = *s.name + QStringLiteral(" — Q3");
        if (row == 3)
            s.description = QStringLiteral("Visitors of the last two weeks");
        sheet.append(s);
    }
    QByteArray csv = SegmentSheet::toCsv(sheet, u',');
    // What a spreadsheet and a hurried colleague leave: an id in scientific notation, a formula
    // error, an unknown id.
    csv += "1.23E+05,,,Lost id,,\r\n";
    csv += "=\"" + model->idAt(7).toUtf8() + "\",,,,#REF!\r\n";
    csv += "999999,,,Someone else's segment,,\r\n";
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                 .filePath(QStringLiteral("segment-editor-screenshot.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv) != csv.size())
        return fail(QStringLiteral("cannot write %1").arg(path));
    file.close();
    ImportReviewDialog *dialog = m_window->importFile(path);
    QFile::remove(path);
    if (!dialog)
        return fail(QStringLiteral("no review dialog"));
    dialog->setAccepted(sheet.at(4).id, false);
    QTimer::singleShot(400, this, [this, dialog] { grab(dialog); }); // as the others settle
}
