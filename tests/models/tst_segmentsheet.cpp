// The spreadsheet round trip (SegmentSheet, SheetImport, ChangeSet): export, import, what a
// spreadsheet does to a sheet, and change sets between two working sets.
#include "ChangeSet.h"
#include "SampleSegments.h"
#include "SegmentEditor.h"
#include "SegmentSheet.h"
#include "SegmentTableModel.h"
#include "SheetImport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUndoStack>

using SegmentSheet::Column;

namespace {

// A working set of the samples, with the editor the window uses.
struct Rows
{
    SegmentTableModel model;
    QUndoStack stack;
    SegmentEditor editor{&model, &stack};

    explicit Rows(const QList<AudienceSegment> &segments = SampleSegments::all())
    {
        model.setSegments(segments);
    }
};

// Every editable field of every type changed, with what spreadsheets find hard: leading zeros,
// a 20-digit id, separators, quotes and line breaks in text, text that looks like a formula,
// cleared nillable fields.
AudienceSegment edited(AudienceSegment s)
{
    s.name = *s.name + QStringLiteral(" v2");
    s.description = QStringLiteral("Changed; with \"quotes\", commas\nand a line break");
    switch (s.type) {
    case SegmentType::InMarket:
        s.description.clear();
        s.inMarket->country = QStringLiteral("DE");
        s.inMarket->brandIds = {QStringLiteral("0042")};
        s.inMarket->interestIds = {QStringLiteral("12345678901234567890"), QStringLiteral("7")};
        s.inMarket->buyingPower = {BuyingPower::Low, BuyingPower::VeryHigh};
        s.inMarket->priceRange = {PriceRange::Low, PriceRange::High};
        s.inMarket->gender.clear();
        break;
    case SegmentType::Location:
        s.location->radiusInKm = 25;
        s.location->pointsOfInterest
                = {{QStringLiteral("Paris, Rivoli \"flagship\""), 48.85661, 2.35222},
                   {QStringLiteral("=Lille"), 50.63297, 3.05858},
                   {QStringLiteral("Sydney"), -33.86785, 151.20732}};
        break;
    case SegmentType::Prospecting:
        s.prospecting->usersType = UsersType::Prospects;
        s.prospecting->daysSinceLastVisitMin.clear();
        s.prospecting->daysSinceLastVisitMax = 90;
        break;
    case SegmentType::Retargeting:
        s.retargeting->visitorsType = VisitorsType::All;
        s.retargeting->daysSinceLastVisitMin = 1;
        s.retargeting->daysSinceLastVisitMax = 60;
        break;
    case SegmentType::Lookalike:
        s.lookalike->targetSize = 1000000;
        break;
    case SegmentType::ContactList:
        s.name = QStringLiteral("=SUM(A1) subscribers");
        break;
    case SegmentType::Behavioral:
        s.description = QStringLiteral("-20% buyers");
        break;
    case SegmentType::Unknown:
        s = SampleSegments::of(SegmentType::Unknown); // not editable: stays as it is
        break;
    }
    return s;
}

QList<AudienceSegment> allEdited()
{
    QList<AudienceSegment> list;
    for (const AudienceSegment &s : SampleSegments::all())
        list.append(edited(s));
    return list;
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromUtf8(s));
    return out;
}

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(SEGMENT_TEST_DATA "/sheets/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

// "line:column" of every error, and of every warning prefixed with "w".
QStringList places(const SheetImportResult &result)
{
    QStringList out;
    for (const SheetMessage &m : result.messages)
        out.append((m.severity == SheetMessage::Severity::Warning ? QStringLiteral("w") : QString())
                   + QStringLiteral("%1:%2").arg(m.line).arg(m.column));
    return out;
}

QStringList editIds(const SheetImportResult &result)
{
    QStringList ids;
    for (const ImportedEdit &e : result.edits)
        ids.append(e.id);
    return ids;
}

QStringList messageTexts(const SheetImportResult &result)
{
    QStringList out;
    for (const SheetMessage &m : result.messages)
        out.append(m.text());
    return out;
}

} // namespace

class TestSegmentSheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void columnsOfTheTypesPresent();
    void headersInThreeLanguages_data();
    void headersInThreeLanguages();
    void idsAsSpreadsheetsLeaveThem_data();
    void idsAsSpreadsheetsLeaveThem();
    void unchangedSheetGivesNoEdit_data();
    void unchangedSheetGivesNoEdit();
    void everyFieldSurvives_data();
    void everyFieldSurvives();
    void clearKeyword();
    void messySheet();
    void readOnlyAndInvalidValues();
    void pointsOfInterest();
    void workbooksAndOtherFiles();
    void libreOfficeResaved_data();
    void libreOfficeResaved();
    void changeSetRoundTrip_data();
    void changeSetRoundTrip();
    void changeSetConflicts();
};

void TestSegmentSheet::initTestCase()
{
    // The originals the LibreOffice files were made from (tests/data/sheets/README.md):
    //   SEGMENT_SHEET_OUT=dir build/tests/models/tst_segmentsheet initTestCase
    const QString out = qEnvironmentVariable("SEGMENT_SHEET_OUT");
    if (out.isEmpty())
        return;
    const auto write = [&out](const char *name, const QByteArray &data) {
        QFile f(QDir(out).filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    };
    write("segments.csv", SegmentSheet::toCsv(SampleSegments::all(), u','));
    write("segments-points.csv", SegmentSheet::pointsToCsv(SampleSegments::all(), u','));
    write("edited.csv", SegmentSheet::toCsv(allEdited(), u','));
    write("edited-points.csv", SegmentSheet::pointsToCsv(allEdited(), u','));
}

void TestSegmentSheet::columnsOfTheTypesPresent()
{
    const QList<Column> common{Column::Id, Column::AdvertiserId, Column::Type, Column::Name,
                               Column::Description};
    QList<Column> expected = common;
    expected << Column::SeedSegmentId << Column::TargetSize;
    QCOMPARE(SegmentSheet::columnsFor({SampleSegments::of(SegmentType::Lookalike)}), expected);
    // A column two types share comes once.
    expected = common;
    expected << Column::UsersType << Column::DaysSinceLastVisitMin << Column::DaysSinceLastVisitMax
             << Column::VisitorsType;
    QCOMPARE(SegmentSheet::columnsFor({SampleSegments::of(SegmentType::Prospecting),
                                       SampleSegments::of(SegmentType::Retargeting)}),
             expected);
    const QList<Column> all = SegmentSheet::columnsFor(SampleSegments::all());
    QCOMPARE(all.size(), 23); // every column but the points of interest (second file)
    QVERIFY(!all.contains(Column::PointsOfInterest));

    const QByteArray bytes
            = SegmentSheet::toCsv({SampleSegments::of(SegmentType::Lookalike)}, u';');
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(bytes.mid(3)),
             QStringLiteral("id;advertiser id;type;name;description;seed segment id;target "
                            "size\r\n"
                            "\"=\"\"1005\"\"\";\"=\"\"501\"\"\";Lookalike;Look-alikes of cart "
                            "abandoners;Half a million users like segment 1004;"
                            "\"=\"\"1004\"\"\";500000\r\n"));
    QCOMPARE(SegmentSheet::separatorFor(QLocale(QLocale::French)), QChar(u';'));
    QCOMPARE(SegmentSheet::separatorFor(QLocale(QLocale::English)), QChar(u','));
    QCOMPARE(SegmentSheet::pointsPathFor(QStringLiteral("/a/b.c/segments.csv")),
             QStringLiteral("/a/b.c/segments-points.csv"));
}

void TestSegmentSheet::headersInThreeLanguages_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("column");
    const auto row = [](const char *header, Column column) {
        QTest::newRow(header) << QString::fromUtf8(header) << int(column);
    };
    row("brand ids", Column::BrandIds);
    row("brandIds", Column::BrandIds);
    row("Brand_IDs", Column::BrandIds);
    row("Marques", Column::BrandIds);
    row("Marken-IDs", Column::BrandIds);
    row("Identifiant", Column::Id);
    row("ï»¿id", Column::Id); // a BOM read as Latin-1
    row("Id de l'annonceur", Column::AdvertiserId);
    row("Werbetreibender", Column::AdvertiserId);
    row("Centres d’intérêt", Column::InterestIds);
    row("Pouvoir d'achat", Column::BuyingPower);
    row("Kaufkraft", Column::BuyingPower);
    row("Zielgröße", Column::TargetSize);
    row("Taille cible", Column::TargetSize);
    row("Jours depuis la dernière visite max", Column::DaysSinceLastVisitMax);
    row("Tage seit letztem Besuch min", Column::DaysSinceLastVisitMin);
    row("Schreibgeschützt", Column::IsReadOnly);
    row("Date de début", Column::StartDate);
    row("Enddatum", Column::EndDate);
    row("Rayon (km)", Column::RadiusInKm);
    row("Geschlecht", Column::Gender);
}

void TestSegmentSheet::headersInThreeLanguages()
{
    QFETCH(QString, header);
    QFETCH(int, column);
    const std::optional<Column> found = SegmentSheet::columnForHeader(header);
    QVERIFY(found);
    QCOMPARE(int(*found), column);
    QVERIFY(!SegmentSheet::columnForHeader(QStringLiteral("Commentaire")));
}

void TestSegmentSheet::idsAsSpreadsheetsLeaveThem_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("id"); // empty: refused
    QTest::addColumn<QString>("error");
    QTest::newRow("plain") << "1001"
                           << "1001"
                           << "";
    QTest::newRow("formula") << "=\"0042\""
                             << "0042"
                             << "";
    QTest::newRow("apostrophe") << "'0042"
                                << "0042"
                                << "";
    QTest::newRow("zero fraction") << "1001.0"
                                   << "1001"
                                   << "";
    QTest::newRow("decimal comma") << "1001,00"
                                   << "1001"
                                   << "";
    QTest::newRow("all digits kept") << "1.23456E+05"
                                     << "123456"
                                     << "";
    QTest::newRow("French notation") << "1,002E+03"
                                     << "1002"
                                     << "";
    QTest::newRow("digits lost") << "1.23E+05"
                                 << ""
                                 << "“1.23E+05” is an id that a spreadsheet turned into a number "
                                    "in scientific notation, losing digits: format the column as "
                                    "text and type the id again, or export the sheet again.";
    QTest::newRow("long id lost") << "1.23456789012346E+019"
                                  << ""
                                  << "scientific notation";
    QTest::newRow("formula error") << "#REF!"
                                   << ""
                                   << "spreadsheet error";
    QTest::newRow("LibreOffice error") << "Err:502"
                                       << ""
                                       << "spreadsheet error";
    QTest::newRow("text") << "abc"
                          << ""
                          << "“abc” is not an id (ids are digits).";
    QTest::newRow("new segment") << "new-3"
                                 << "new-3"
                                 << "";
}

void TestSegmentSheet::idsAsSpreadsheetsLeaveThem()
{
    QFETCH(QString, cell);
    QFETCH(QString, id);
    QFETCH(QString, error);
    QString message;
    const std::optional<QString> read = SegmentSheet::readId(cell, &message);
    QCOMPARE(read.value_or(QString()), id);
    QVERIFY2(message.contains(error), qPrintable(message));
    QCOMPARE(message.isEmpty(), error.isEmpty());
    // Dropped leading zeros come back when one known id fits, never by a guess.
    QCOMPARE(SegmentSheet::recoverLeadingZeros(QStringLiteral("42"),
                                               {QStringLiteral("0042"), QStringLiteral("142")}),
             QStringLiteral("0042"));
    QCOMPARE(SegmentSheet::recoverLeadingZeros(QStringLiteral("42"),
                                               {QStringLiteral("0042"), QStringLiteral("042")}),
             QStringLiteral("42"));
}

void TestSegmentSheet::unchangedSheetGivesNoEdit_data()
{
    QTest::addColumn<QChar>("separator");
    QTest::newRow("comma") << QChar(u',');
    QTest::newRow("semicolon") << QChar(u';');
    QTest::newRow("tab") << QChar(u'\t');
}

void TestSegmentSheet::unchangedSheetGivesNoEdit()
{
    QFETCH(QChar, separator);
    Rows rows;
    const QList<AudienceSegment> segments = SampleSegments::all();
    const SheetImportResult result
            = SheetImport::read(rows.model, SegmentSheet::toCsv(segments, separator),
                                SegmentSheet::pointsToCsv(segments, separator));
    QVERIFY2(result.fatalError.isEmpty(), qPrintable(result.fatalError));
    QCOMPARE(messageTexts(result), QStringList());
    QCOMPARE(editIds(result), QStringList());
    QCOMPARE(result.rowsRead, 8); // rows of the sheet
    QCOMPARE(result.rowsUnchanged, 8);
    QCOMPARE(SheetImport::apply(rows.editor, result.edits, QStringLiteral("Import")), 0);
    QCOMPARE(rows.stack.count(), 0);
}

void TestSegmentSheet::everyFieldSurvives_data()
{
    unchangedSheetGivesNoEdit_data();
}

void TestSegmentSheet::everyFieldSurvives()
{
    QFETCH(QChar, separator);
    Rows rows;
    const QList<AudienceSegment> wanted = allEdited();
    const SheetImportResult result
            = SheetImport::read(rows.model, SegmentSheet::toCsv(wanted, separator),
                                SegmentSheet::pointsToCsv(wanted, separator));
    QCOMPARE(messageTexts(result), QStringList());
    QCOMPARE(editIds(result), strings({"1001", "1002", "1003", "1004", "1005", "1006", "1007"}));
    // What the review lists: the field, the value in the working set, the imported one.
    const ImportedEdit &lookalike = result.edits.at(4);
    QCOMPARE(lookalike.fields.size(), 3);
    QCOMPARE(lookalike.fields.at(2).path, QStringLiteral("attributes/lookalike/targetSize"));
    QCOMPARE(lookalike.fields.at(2).currentText, QStringLiteral("500,000"));
    QCOMPARE(lookalike.fields.at(2).importedText, QStringLiteral("1,000,000"));

    QCOMPARE(SheetImport::apply(rows.editor, result.edits, QStringLiteral("Import")), 7);
    QCOMPARE(rows.stack.count(), 1); // one undo step
    for (const AudienceSegment &s : wanted)
        QCOMPARE(*rows.model.edited(s.id), s);
    rows.stack.undo();
    for (const AudienceSegment &s : SampleSegments::all())
        QCOMPARE(*rows.model.edited(s.id), s);
}

void TestSegmentSheet::clearKeyword()
{
    Rows rows;
    const QByteArray csv = "id,description,gender,brand ids,days since last visit min,name\n"
                           "1001,[clear],[CLEAR],[clear],,\n"
                           "1003,,,,[clear],\n"
                           "1004,,,,[clear],\n"
                           "1005,,,,,[clear]\n";
    const SheetImportResult result = SheetImport::read(rows.model, csv);
    QCOMPARE(editIds(result), strings({"1001", "1003"}));
    QCOMPARE(places(result), strings({"4:5", "5:6"}));
    QVERIFY(result.messages.at(0).message.contains(QLatin1String("cannot be cleared")));
    QVERIFY(result.edits.at(1).proposed.prospecting->daysSinceLastVisitMin.isCleared());
    const AudienceSegment &s = result.edits.at(0).proposed;
    QVERIFY(s.description.isCleared());
    QVERIFY(s.inMarket->gender.isCleared());
    QVERIFY(s.inMarket->brandIds.isEmpty());
}

void TestSegmentSheet::messySheet()
{
    // Reordered French headers, ";", ids in scientific notation (one recoverable, one not), a
    // formula error, an extra column, an unknown id, a changed type, a cell of another type.
    Rows rows;
    const SheetImportResult result
            = SheetImport::read(rows.model, readData(QStringLiteral("messy-fr.csv")));
    QVERIFY2(result.fatalError.isEmpty(), qPrintable(result.fatalError));
    QCOMPARE(result.format, QStringLiteral("semicolon-separated"));
    QCOMPARE(editIds(result), strings({"1001", "1002", "1004"}));
    QCOMPARE(places(result), strings({"w1:6", "4:2", "5:5", "7:2", "8:3", "9:7"}));
    QCOMPARE(messageTexts(result),
             strings({
                     "line 1, column 6 (Commentaire): Unknown column “Commentaire”: ignored.",
                     "line 4, column 2 (Identifiant): “1.23E+05” is an id that a spreadsheet "
                     "turned into a number in scientific notation, losing digits: format the "
                     "column as text and type the id again, or export the sheet again.",
                     "line 5, column 5 (Jours depuis la dernière visite max): “#REF!” is a "
                     "spreadsheet error (a formula whose cells were deleted), not a value: fix "
                     "the formula or type the value.",
                     "line 7, column 2 (Identifiant): No segment 9999 in the working set.",
                     "line 8, column 3 (Type): The type cannot change (Lookalike in the working "
                     "set, Location here).",
                     "line 9, column 7 (Marques): This column does not apply to a segment of "
                     "type Contact list: leave the cell empty.",
             }));
    QCOMPARE(result.rowsRead, 8);
    QCOMPARE(result.rowsRefused, 5);
    QCOMPARE(result.edits.at(0).proposed.inMarket->brandIds, strings({"4101", "4102", "4199"}));
    QCOMPARE(result.edits.at(1).proposed.name, QStringLiteral("Visiteurs magasins"));
    QCOMPARE(result.edits.at(2).proposed.retargeting->daysSinceLastVisitMax, 45);

    QCOMPARE(SheetImport::apply(rows.editor, result.edits, QStringLiteral("Import")), 3);
    QCOMPARE(*rows.model.edited(QStringLiteral("1003")),
             SampleSegments::of(SegmentType::Prospecting));
    QCOMPARE(*rows.model.edited(QStringLiteral("1005")),
             SampleSegments::of(SegmentType::Lookalike));
    QCOMPARE(rows.model.counts().modified, 3);

    // The report segmentctl prints.
    const QJsonObject report = result.report(
            {QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1004")});
    QCOMPARE(report.value(QLatin1String("applied")).toArray().size(), 3);
    QCOMPARE(report.value(QLatin1String("refused")).toArray().size(), 5);
    QCOMPARE(report.value(QLatin1String("refused")).toArray().at(1).toObject(),
             (QJsonObject{{QLatin1String("line"), 5},
                          {QLatin1String("column"), 5},
                          {QLatin1String("header"),
                           QStringLiteral("Jours depuis la dernière visite max")},
                          {QLatin1String("id"), QStringLiteral("1003")},
                          {QLatin1String("message"), result.messages.at(2).message}}));
}

void TestSegmentSheet::readOnlyAndInvalidValues()
{
    Rows rows;
    const QByteArray csv = "\xEF\xBB\xBFid\tseed segment id\tread only\tcategory\tcountry\tradius "
                           "km\tgender\ttarget size\r\n"
                           "1005\t1004\t\t\t\t\t\t2000\r\n"   // the same seed: fine
                           "1005\t\t\t\t\t\t\t\r\n"           // twice
                           "1006\t\tTRUE\t\t\t\t\t\r\n"       // read-only field changed
                           "1007\t\t\tSeasonal\tDE\t\t\t\r\n" // unchanged read-only fields
                           "1002\t\t\t\t\t-5\t\t\r\n"         // not a count
                           "1001\t\t\t\tXX\t\tUnisex\t\r\n"   // not a gender
                           "1004\t\t\t\t\t\t\t\r\n"           // nothing at all
                           "1003\t\t\t\t\t\t\t12\r\n"         // not a prospecting field
                           "0001001\t\t\t\t\t\t\t\r\n";       // not a known id, even unpadded
    const SheetImportResult result = SheetImport::read(rows.model, csv);
    QCOMPARE(result.format, QStringLiteral("tab-separated"));
    QCOMPARE(editIds(result), QStringList());
    QCOMPARE(places(result), strings({"3:0", "4:3", "6:6", "7:7", "9:8", "10:1"}));
    QVERIFY(result.messages.at(1).message.contains(QLatin1String("cannot be changed")));
    QVERIFY(result.messages.at(2).message.contains(QLatin1String("negative")));
    QVERIFY(result.messages.at(3).message.contains(QLatin1String("Male, Female")));
    QCOMPARE(result.rowsUnchanged, 2); // 1007 and 1004

    // The validator refuses a value it would mark invalid: nothing of the row is applied.
    const SheetImportResult invalid = SheetImport::read(
            rows.model, "id,country,name\n1001,fra,Renamed\n1002,,Renamed too\n");
    QCOMPARE(editIds(invalid), strings({"1002"}));
    QCOMPARE(places(invalid), strings({"2:0"}));
    QVERIFY2(invalid.messages.at(0).text().startsWith(QLatin1String("line 2: Country: ")),
             qPrintable(invalid.messages.at(0).text()));
}

void TestSegmentSheet::pointsOfInterest()
{
    Rows rows;
    // French headers, decimal commas, a point refused: nothing of the segment is applied.
    const QByteArray points = "Identifiant;Nom;Latitude;Longitude;Remarque\n"
                              "1002;Bordeaux;44,83778;-0,57944;\n"
                              "1002;Nantes;47,21725;-1,55336;\n"
                              "1002;Lyon;95,76;4,84;\n";
    SheetImportResult result = SheetImport::read(rows.model, "id,radius km\n1002,20\n", points);
    QCOMPARE(editIds(result), QStringList());
    QCOMPARE(places(result), strings({"w1:5", "4:3"}));
    QCOMPARE(result.messages.at(1).file, QStringLiteral("points of interest"));

    result = SheetImport::read(rows.model, "id,radius km\n1002,20\n",
                               points.left(points.lastIndexOf("1002;Lyon")));
    QCOMPARE(editIds(result), strings({"1002"}));
    const LocationSettings &l = *result.edits.at(0).proposed.location;
    QCOMPARE(l.radiusInKm, 20);
    QCOMPARE(l.pointsOfInterest.size(), 2);
    QCOMPARE(l.pointsOfInterest.at(1),
             (PointOfInterest{QStringLiteral("Nantes"), 47.21725, -1.55336}));

    // The points file alone, imported as the sheet.
    result = SheetImport::read(rows.model,
                               "segment id,name,latitude,longitude\n1002,Lille,95.1,"
                               "3.05\n1001,Lyon,45.76,4.84\n");
    QCOMPARE(places(result), strings({"2:3", "3:1"}));
    QVERIFY(result.messages.at(0).message.contains(QLatin1String("90")));
    QVERIFY(result.messages.at(1).message.contains(QLatin1String("only location segments")));
}

void TestSegmentSheet::workbooksAndOtherFiles()
{
    Rows rows;
    SheetImportResult result
            = SheetImport::read(rows.model, readData(QStringLiteral("segments-libreoffice.xlsx")));
    QVERIFY(result.fatalError.contains(QLatin1String("CSV UTF-8")));
    result = SheetImport::read(rows.model, "hello,world\n1,2\n");
    QVERIFY(result.fatalError.contains(QLatin1String("header row")));
    result = SheetImport::read(rows.model, "name,type\nA,InMarket\n");
    QVERIFY(result.fatalError.contains(QLatin1String("no id column")));
    // Latin-1 (Excel's "CSV" on Windows): read, and said.
    result = SheetImport::read(rows.model, "id;nom\n1001;Caf\xe9\n");
    QCOMPARE(editIds(result), strings({"1001"}));
    QCOMPARE(result.edits.at(0).proposed.name, QStringLiteral("Café"));
    QVERIFY(result.format.contains(QLatin1String("Latin-1")));
}

void TestSegmentSheet::libreOfficeResaved_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("resaved");
    QTest::newRow("unchanged") << "segments"
                               << "segments-libreoffice";
    QTest::newRow("edited") << "edited"
                            << "edited-libreoffice";
}

void TestSegmentSheet::libreOfficeResaved()
{
    // Exported, then opened and saved as CSV by LibreOffice Calc 7.4 (tests/data/sheets/README.md):
    // no BOM, LF, ids as plain numbers, quotes only where needed. Both import the same.
    QFETCH(QString, original);
    QFETCH(QString, resaved);
    const QByteArray resavedSheet = readData(resaved + QLatin1String(".csv"));
    QVERIFY(!resavedSheet.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!resavedSheet.contains("=\""));
    Rows a;
    Rows b;
    const SheetImportResult fromOriginal
            = SheetImport::read(a.model, readData(original + QLatin1String(".csv")),
                                readData(original + QLatin1String("-points.csv")));
    const SheetImportResult fromResaved = SheetImport::read(
            b.model, resavedSheet, readData(resaved + QLatin1String("-points.csv")));
    QCOMPARE(messageTexts(fromResaved), messageTexts(fromOriginal));
    QCOMPARE(messageTexts(fromOriginal), QStringList());
    QCOMPARE(editIds(fromResaved), editIds(fromOriginal));
    for (qsizetype i = 0; i < fromOriginal.edits.size(); ++i)
        QCOMPARE(fromResaved.edits.at(i).proposed, fromOriginal.edits.at(i).proposed);
    if (original == QLatin1String("edited")) {
        SheetImport::apply(b.editor, fromResaved.edits, QStringLiteral("Import"));
        for (const AudienceSegment &s : allEdited())
            QCOMPARE(*b.model.edited(s.id), s);
    }
}

void TestSegmentSheet::changeSetRoundTrip_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("json") << true;
    QTest::newRow("csv") << false;
}

void TestSegmentSheet::changeSetRoundTrip()
{
    QFETCH(bool, json);
    Rows mine;
    mine.editor.editSegments(allEdited());
    const QList<ChangeSet::Change> changes = ChangeSet::fromModel(mine.model);
    QCOMPARE(changes.size(), 29); // every changed field of the seven editable rows
    QCOMPARE(changes.at(0).field, QStringLiteral("attributes/name"));
    const QByteArray file = json ? ChangeSet::toJson(changes) : ChangeSet::toCsv(changes, u';');
    QString error;
    const auto parsed = ChangeSet::parse(file, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->size(), changes.size());

    // A colleague with the same segments: every change applies, the result is the same edits.
    Rows theirs;
    const SheetImportResult result = ChangeSet::importInto(theirs.model, file);
    QCOMPARE(messageTexts(result), QStringList());
    QCOMPARE(result.conflictCount(), 0);
    QCOMPARE(SheetImport::apply(theirs.editor, result.edits, QStringLiteral("Import")), 7);
    for (const AudienceSegment &s : allEdited())
        QCOMPARE(*theirs.model.edited(s.id), s);
    // Imported again: nothing left to do.
    QCOMPARE(editIds(ChangeSet::importInto(theirs.model, file)), QStringList());
}

void TestSegmentSheet::changeSetConflicts()
{
    Rows mine;
    AudienceSegment inMarket = SampleSegments::of(SegmentType::InMarket);
    inMarket.name = QStringLiteral("Mine");
    inMarket.inMarket->country = QStringLiteral("ES");
    mine.editor.editSegments({inMarket});
    const QByteArray file = ChangeSet::toJson(ChangeSet::fromModel(mine.model));

    // Theirs changed the country meanwhile (to something else): flagged, not applied; the name
    // still applies.
    Rows theirs;
    AudienceSegment their = SampleSegments::of(SegmentType::InMarket);
    their.inMarket->country = QStringLiteral("IT");
    theirs.editor.editSegments({their});
    const SheetImportResult result = ChangeSet::importInto(theirs.model, file);
    QCOMPARE(editIds(result), strings({"1001"}));
    QCOMPARE(result.conflictCount(), 1);
    const ImportedEdit &edit = result.edits.at(0);
    QCOMPARE(edit.applicableCount(), 1);
    QCOMPARE(edit.fields.at(1).path, QStringLiteral("attributes/inMarket/country"));
    QVERIFY(edit.fields.at(1).conflict);
    QCOMPARE(edit.fields.at(1).currentText, QStringLiteral("IT"));
    QCOMPARE(edit.fields.at(1).importedText, QStringLiteral("ES"));
    QCOMPARE(edit.fields.at(1).expectedText, QStringLiteral("FR"));
    QCOMPARE(messageTexts(result),
             strings({"line 2: Country of segment 1001 changed since the change set was made "
                      "(it was FR there, it is IT here): not applied."}));
    QCOMPARE(SheetImport::apply(theirs.editor, result.edits, QStringLiteral("Import")), 1);
    QCOMPARE(theirs.model.edited(QStringLiteral("1001"))->name, QStringLiteral("Mine"));
    QCOMPARE(theirs.model.edited(QStringLiteral("1001"))->inMarket->country, QStringLiteral("IT"));

    // Not a change set.
    QString error;
    QVERIFY(!ChangeSet::parse("{\"segments\": []}", &error));
    QVERIFY(error.contains(QLatin1String("segment-editor-change-set")));
}

QTEST_GUILESS_MAIN(TestSegmentSheet)
#include "tst_segmentsheet.moc"
