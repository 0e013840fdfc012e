#include "FormTestSupport.h"
#include "LocationForm.h"
#include "PoiImportDialog.h"
#include "PoiParser.h"
#include "SampleSegments.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

const QString id1002 = QStringLiteral("1002");

// The sample's points, as PoiParser::toCsv writes them.
const QStringList existing{QStringLiteral("Paris Rivoli,48.85661,2.35222"),
                           QStringLiteral("Lyon Part-Dieu,45.76042,4.85974")};

} // namespace

// Pasting into the points-of-interest table (Ctrl+V): what people copy from spreadsheets and other
// tools, good and bad, through the review dialog to the exact list the segment ends up with.
class TestPoiPaste : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paste_data()
    {
        QTest::addColumn<QString>("clipboard");
        QTest::addColumn<bool>("replace");
        QTest::addColumn<QStringList>("added");    // the rows added (replace: the new list)
        QTest::addColumn<QStringList>("messages"); // as the review lists them
        QTest::addColumn<QString>("summary");

        QTest::newRow("names and coordinates, commas")
                << s("Paris,48.8566,2.3522\nLyon,45.764,4.8357") << false
                << list({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570"}) << QStringList()
                << s("2 points will be added.");
        QTest::newRow("coordinates without names")
                << s("48.8566,2.3522\n45.764,4.8357") << false
                << list({",48.85660,2.35220", ",45.76400,4.83570"}) << QStringList()
                << s("2 points will be added.");
        QTest::newRow("pairs separated by spaces")
                << s("48.8566 2.3522\n-33.8688 151.2093") << false
                << list({",48.85660,2.35220", ",-33.86880,151.20930"}) << QStringList()
                << s("2 points will be added.");
        QTest::newRow("names and pairs separated by spaces")
                << s("Paris 48.8566 2.3522\nTour Eiffel 48°51'29\"N 2°17'40\"E") << false
                << list({"Paris,48.85660,2.35220", "Tour Eiffel,48.85806,2.29444"}) << QStringList()
                << s("2 points will be added.");
        QTest::newRow("name and numbers that read two ways")
                << s("Store 12 48.85 2.35") << false << QStringList()
                << list({"line 1: Cannot tell where the name ends and the coordinates begin; "
                         "separate them with commas, semicolons or tabs."})
                << s("0 points will be added; 1 line rejected.");
        QTest::newRow("spreadsheet with a header, tabs")
                << s("Name\tLatitude\tLongitude\nParis\t48.8566\t2.3522\n") << false
                << list({"Paris,48.85660,2.35220"}) << QStringList() << s("1 point will be added.");
        QTest::newRow("semicolons and decimal commas")
                << s("Paris;48,8566;2,3522\nLyon;45,764;4,8357") << false
                << list({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570"}) << QStringList()
                << s("2 points will be added.");
        QTest::newRow("French header, CRLF, more than 5 decimals")
                << s("Nom;Latitude;Longitude\r\nTour Eiffel;48,85837;2,294481\r\n") << false
                << list({"Tour Eiffel,48.85837,2.29448"})
                << list({"line 2: More than 5 decimals; the coordinates will be rounded to "
                         "48.85837, 2.29448."})
                << s("1 point will be added; 1 warning to check.");
        QTest::newRow("German header with extra columns")
                << s("ID;Filiale;Straße;Breite;Länge\n"
                     "17;Berlin Mitte;Unter den Linden 1;52,51700;13,38880")
                << false << list({"Berlin Mitte,52.51700,13.38880"}) << QStringList()
                << s("1 point will be added.");
        QTest::newRow("columns in any order under a header")
                << s("store_id,longitude,latitude,address,name\n"
                     "1001,2.3522,48.8566,\"1 Rue de Rivoli, Paris\",Rivoli")
                << false << list({"Rivoli,48.85660,2.35220"}) << QStringList()
                << s("1 point will be added.");
        QTest::newRow("one column with both coordinates")
                << s("Name\tCoordinates\nParis\t48.8566, 2.3522\nLyon\t45.764, 4.8357") << false
                << list({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570"}) << QStringList()
                << s("2 points will be added.");
        QTest::newRow("quoted name with a comma and quotes")
                << s("\"Store \"\"A\"\", Paris\",48.8566,2.3522") << false
                << list({"\"Store \"\"A\"\", Paris\",48.85660,2.35220"}) << QStringList()
                << s("1 point will be added.");
        QTest::newRow("Excel: a line break in a cell, a latitude out of range")
                << s("Name\tAddress\tLat\tLon\r\n"
                     "\"Store \"\"B\"\"\"\t\"12 Main St\nSuite 4\"\t40.7128\t-74.0060\r\n"
                     "Plain\tx\t41.8781\t-87.6298\r\n"
                     "Broken\ty\t95.5\t-87.6\r\n")
                << false
                << list({"\"Store \"\"B\"\"\",40.71280,-74.00600", "Plain,41.87810,-87.62980"})
                << list({"line 5: Latitude 95.5 is out of range (-90 to 90). Did you swap "
                         "latitude and longitude?"})
                << s("2 points will be added; 1 line rejected.");
        QTest::newRow("BOM, CRLF, a word for a number")
                << QString(QString(QChar(0xFEFF))
                           + s("name,latitude,longitude\r\nParis,48.8566,2.3522\r\n\r\n"
                               "Lyon,45.764,4.8357\r\nNowhere,abc,def\r\n"))
                << false << list({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570"})
                << list({"line 5: Latitude “abc” is not a number or a degrees-minutes-seconds "
                         "value."})
                << s("2 points will be added; 1 line rejected.");
        QTest::newRow("degrees, minutes, seconds")
                << s("Paris,48°51'24\"N,2°21'08\"E") << false << list({"Paris,48.85667,2.35222"})
                << QStringList() << s("1 point will be added.");
        QTest::newRow("south and west")
                << s("Rio;22°54'30\"S;43°10'20\"W\nSydney;33.8688S;151.2093E") << false
                << list({"Rio,-22.90833,-43.17222", "Sydney,-33.86880,151.20930"}) << QStringList()
                << s("2 points will be added.");
        QTest::newRow("Unicode minus and a plus sign")
                << s("Buenos Aires,-34.6037,-58.3816\nSydney,−33.8688,+151.2093") << false
                << list({"Buenos Aires,-34.60370,-58.38160", "Sydney,-33.86880,151.20930"})
                << QStringList() << s("2 points will be added.");
        QTest::newRow("lines that are not points")
                << s("hello\nParis,48.8566,2.3522\nthis is not a point\n42") << false
                << list({"Paris,48.85660,2.35220"})
                << list({"line 1: No latitude and longitude found.",
                         "line 3: No latitude and longitude found.",
                         "line 4: Only one number found; a latitude and a longitude are needed."})
                << s("1 point will be added; 3 lines rejected.");
        QTest::newRow("not numbers under a header")
                << s("name,lat,lon\nA,nan,inf\nB,Infinity,1\nC,1e5,2") << false << QStringList()
                << list({"line 2: Latitude “nan” is not a number or a degrees-minutes-seconds "
                         "value.",
                         "line 3: Latitude “Infinity” is not a number or a "
                         "degrees-minutes-seconds value.",
                         "line 4: Latitude “1e5” is not a number or a degrees-minutes-seconds "
                         "value."})
                << s("0 points will be added; 3 lines rejected.");
        QTest::newRow("three numeric columns without a header")
                << s("1,48.8566,2.3522\n2,45.764,4.8357") << false << QStringList()
                << list({"line 1: Cannot tell which columns are the latitude and the longitude; "
                         "add a header row such as “name,latitude,longitude”.",
                         "line 2: Cannot tell which columns are the latitude and the longitude; "
                         "add a header row such as “name,latitude,longitude”."})
                << s("0 points will be added; 2 lines rejected.");
        QTest::newRow("missing values under a header")
                << s("name;latitude;longitude\nA;;\nB;48,1;\nC;;2,1\nD;48,1;2,1") << false
                << list({"D,48.10000,2.10000"})
                << list({"line 2: Latitude and longitude are missing.",
                         "line 3: Longitude is missing.", "line 4: Latitude is missing."})
                << s("1 point will be added; 3 lines rejected.");
        QTest::newRow("minutes out of range")
                << s("name,lat,lon\nBad,48°75',2.35") << false << QStringList()
                << list({"line 2: Latitude “48°75'”: minutes must be below 60."})
                << s("0 points will be added; 1 line rejected.");
        QTest::newRow("decimal commas in comma-separated columns")
                << s("Paris,48,8566,2,3522") << false << QStringList()
                << list({"line 1: Decimal commas in comma-separated columns are ambiguous; "
                         "separate the columns with semicolons or tabs, or put the numbers in "
                         "quotes."})
                << s("0 points will be added; 1 line rejected.");
        QTest::newRow("decimal commas, tabs, a latitude out of range")
                << s("Paris Louvre\t48,8606\t2,3376\nLyon Part-Dieu\t45,7606\t4,8590\n"
                     "Bad point\t95,2\t2,1")
                << false
                << list({"Paris Louvre,48.86060,2.33760", "Lyon Part-Dieu,45.76060,4.85900"})
                << list({"line 3: Latitude 95.2 is out of range (-90 to 90). Did you swap "
                         "latitude and longitude?"})
                << s("2 points will be added; 1 line rejected.");
        QTest::newRow("hemisphere letter of the other axis")
                << s("Bad,48.85E,2.35E") << false << QStringList()
                << list({"line 1: Latitude “48.85E” has the hemisphere letter E, which is for "
                         "longitudes."})
                << s("0 points will be added; 1 line rejected.");
        QTest::newRow("a likely swap among French stores")
                << s("Paris,48.8566,2.3522\nLyon,45.764,4.8357\nLille,50.6292,3.0573\n"
                     "Nantes,47.2184,-1.5536\nBordeaux,-0.5792,44.8378")
                << false
                << list({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570",
                         "Lille,50.62920,3.05730", "Nantes,47.21840,-1.55360",
                         "Bordeaux,-0.57920,44.83780"})
                << list({"line 5: Far from the other points, but among them with latitude and "
                         "longitude swapped (44.83780, -0.57920). Did you swap latitude and "
                         "longitude?"})
                << s("5 points will be added; 1 warning to check.");
        QTest::newRow("an exact repeat in the pasted text")
                << s("Paris,48.8566,2.3522\nLyon,45.764,4.8357\nParis,48.856600,2.352200") << false
                << list({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570"})
                << list({"line 3: Duplicate of line 1 (same name and coordinates); not added "
                         "again."})
                << s("2 points will be added; 1 line rejected.");
        QTest::newRow("two names at one place")
                << s("Paris,48.8566,2.3522\nParis Louvre,48.85660,2.35220") << false
                << list({"Paris,48.85660,2.35220", "Paris Louvre,48.85660,2.35220"})
                << list({"line 2: Same coordinates as line 1."})
                << s("2 points will be added; 1 warning to check.");
        QTest::newRow("a point the list already has")
                << s("Paris Rivoli,48.85661,2.35222\nLille,50.63692,3.06341") << false
                << list({"Lille,50.63692,3.06341"})
                << list({"line 1: Already in the list; it is not added again."})
                << s("1 point will be added; 1 already in the list.");
        QTest::newRow("only points the list already has")
                << s("Lyon Part-Dieu;45,76042;4,85974\nParis Rivoli;48,856612;2,352219") << false
                << QStringList()
                << list({"line 1: Already in the list; it is not added again.",
                         "line 2: More than 5 decimals; the coordinates will be rounded to "
                         "48.85661, 2.35222.",
                         "line 2: Already in the list; it is not added again."})
                << s("0 points will be added; 1 warning to check; 2 already in the list.");
        QTest::newRow("another name at a listed place")
                << s("Lyon Gare,45.76042,4.85974") << false << list({"Lyon Gare,45.76042,4.85974"})
                << list({"line 1: At the same place as “Lyon Part-Dieu” of the list."})
                << s("1 point will be added; 1 warning to check.");
        QTest::newRow("replacing the list")
                << s("Lille,50.63692,3.06341\nParis Rivoli,48.85661,2.35222") << true
                << list({"Lille,50.63692,3.06341", "Paris Rivoli,48.85661,2.35222"})
                << QStringList() << s("2 points will replace the list.");
        QTest::newRow("a header and nothing else")
                << s("name,latitude,longitude\n") << false << QStringList() << QStringList()
                << s("0 points will be added.");
    }

    void paste()
    {
        QFETCH(QString, clipboard);
        QFETCH(bool, replace);
        QFETCH(QStringList, added);
        QFETCH(QStringList, messages);
        QFETCH(QString, summary);

        FormFixture f;
        f.load(SampleSegments::all());
        QVERIFY(f.show({id1002}));
        QGuiApplication::clipboard()->setText(clipboard);
        QString error;
        QVERIFY2(f.run({s("key pointsTable Ctrl+V")}, &error), qPrintable(error));
        auto *review = f.form->findChild<PoiImportDialog *>();
        QVERIFY(review);
        QTRY_VERIFY(review->isVisible());
        review->findChild<QCheckBox *>(QStringLiteral("replaceExistingCheck"))->setChecked(replace);

        QCOMPARE(review->messageTexts(), messages);
        QCOMPARE(review->findChild<QLabel *>(QStringLiteral("importSummaryLabel"))->text(),
                 summary);
        // The review lists every point read (those already in the list struck through).
        QCOMPARE(review->findChild<QTableWidget *>(QStringLiteral("acceptedPointsTable"))
                         ->rowCount(),
                 review->result().points.size());
        auto *apply = review->findChild<QPushButton *>(QStringLiteral("applyImportButton"));
        QCOMPARE(apply->isEnabled(), !added.isEmpty());
        // Nothing changes before Apply.
        QCOMPARE(f.patchText(id1002), s("null"));
        if (apply->isEnabled())
            QTest::mouseClick(apply, Qt::LeftButton);
        else
            review->reject();

        const QStringList expected = replace ? added : existing + added;
        const QString csv = PoiParser::toCsv(f.model.edited(id1002)->location->pointsOfInterest);
        QCOMPARE(csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1), expected);
        QCOMPARE(f.undoStack.count(), added.isEmpty() ? 0 : 1);
    }

    // The marketer's walk: two good lines and one with decimal commas and a latitude out of
    // range. The review lists the two points and the third line as rejected, not as a point.
    void decimalCommaLineOutOfRangeIsRejected()
    {
        FormFixture f;
        f.load(SampleSegments::all());
        QVERIFY(f.show({id1002}));
        QGuiApplication::clipboard()->setText(s("Paris Louvre\t48,8606\t2,3376\n"
                                                "Lyon Part-Dieu\t45,7606\t4,8590\n"
                                                "Bad point\t95,2\t2,1"));
        QString error;
        QVERIFY2(f.run({s("key pointsTable Ctrl+V")}, &error), qPrintable(error));
        auto *review = f.form->findChild<PoiImportDialog *>();
        QVERIFY(review);
        QTRY_VERIFY(review->isVisible());

        auto *accepted = review->findChild<QTableWidget *>(QStringLiteral("acceptedPointsTable"));
        QCOMPARE(accepted->rowCount(), 2);
        QCOMPARE(accepted->item(0, 0)->text(), s("1"));
        QCOMPARE(accepted->item(0, 1)->text(), s("Paris Louvre"));
        QCOMPARE(accepted->item(1, 0)->text(), s("2"));
        QCOMPARE(accepted->item(1, 1)->text(), s("Lyon Part-Dieu"));
        QCOMPARE(review->pointsToApply().size(), 2);

        auto *messages = review->findChild<QListWidget *>(QStringLiteral("importMessagesList"));
        QCOMPARE(messages->count(), 1);
        QCOMPARE(messages->item(0)->data(Qt::UserRole).toInt(), 3);
        QCOMPARE(messages->item(0)->text(),
                 s("Rejected · line 3: Latitude 95.2 is out of range (-90 to 90). Did you swap "
                   "latitude and longitude?"));
        QCOMPARE(review->findChild<QLabel *>(QStringLiteral("importSummaryLabel"))->text(),
                 s("2 points will be added; 1 line rejected."));
        QCOMPARE(review->findChild<QLabel *>(QStringLiteral("detectedFormatLabel"))->text(),
                 s("Read as: Tab-separated, no header row, decimal commas."));
        review->reject();
    }
};

QTEST_MAIN(TestPoiPaste)
#include "tst_poipaste.moc"
