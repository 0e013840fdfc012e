#include "PoiParser.h"

#include <QFile>
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

// What PoiParser::toCsv writes for these data rows.
QString csv(const QStringList &rows)
{
    QString out = QStringLiteral("name,latitude,longitude\n");
    for (const QString &row : rows)
        out += row + QLatin1Char('\n');
    return out;
}

QString severities(const PoiParseResult &result)
{
    QString out;
    for (const PoiLineMessage &m : result.messages)
        out += m.severity == PoiLineMessage::Severity::Error ? QLatin1Char('E') : QLatin1Char('W');
    return out;
}

PointOfInterest poi(const QString &name, double latitude, double longitude)
{
    PointOfInterest p;
    p.name = name;
    p.latitude = latitude;
    p.longitude = longitude;
    return p;
}

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

// The points-of-interest parser: every format people paste, every message, exact output.
class TestPoiParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("rows");     // toCsv of the accepted points, minus header
        QTest::addColumn<QStringList>("messages"); // "line N: message"
        QTest::addColumn<QString>("severity");     // one E or W per message
        QTest::addColumn<QString>("format");

        // Nothing to read
        QTest::newRow("empty") << QString() << QStringList() << QStringList() << QString()
                               << QString();
        QTest::newRow("blank lines only")
                << s("\n  \n\t\n;;\n") << QStringList() << QStringList() << QString() << QString();
        QTest::newRow("header only")
                << s("name,latitude,longitude\n") << QStringList() << QStringList() << QString()
                << s("Comma-separated, header row");

        // Columns and separators
        QTest::newRow("name lat lon, commas")
                << s("Paris,48.8566,2.3522\nLyon,45.764,4.8357")
                << list({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570"}) << QStringList()
                << QString() << s("Comma-separated, no header row");
        QTest::newRow("lat lon without names")
                << s("48.8566,2.3522\n45.764,4.8357")
                << list({",48.85660,2.35220", ",45.76400,4.83570"}) << QStringList() << QString()
                << s("Comma-separated, no header row");
        QTest::newRow("pair with comma and space")
                << s("48.8566, 2.3522") << list({",48.85660,2.35220"}) << QStringList() << QString()
                << s("Comma-separated, no header row");
        QTest::newRow("pairs separated by spaces")
                << s("48.8566 2.3522\n-33.8688 151.2093")
                << list({",48.85660,2.35220", ",-33.86880,151.20930"}) << QStringList() << QString()
                << s("One coordinate pair per line, no header row");
        QTest::newRow("name and pair separated by spaces")
                << s("Paris 48.8566 2.3522\nTour Eiffel 48°51'29\"N 2°17'40\"E")
                << list({"Paris,48.85660,2.35220", "Tour Eiffel,48.85806,2.29444"}) << QStringList()
                << QString()
                << s("One coordinate pair per line, no header row, degrees-minutes-seconds, "
                     "hemisphere letters");
        QTest::newRow("name and numbers separated by spaces: two readings")
                << s("Store 12 48.85 2.35") << QStringList()
                << list({"line 1: Cannot tell where the name ends and the coordinates begin; "
                         "separate them with commas, semicolons or tabs."})
                << s("E") << QString();
        QTest::newRow("name and one number separated by a space")
                << s("Paris 48.85") << QStringList()
                << list({"line 1: Only one number found; a latitude and a longitude are needed."})
                << s("E") << QString();
        QTest::newRow("TSV with English header")
                << s("Name\tLatitude\tLongitude\nParis\t48.8566\t2.3522\n")
                << list({"Paris,48.85660,2.35220"}) << QStringList() << QString()
                << s("Tab-separated, header row");
        QTest::newRow("semicolons with decimal commas")
                << s("Paris;48,8566;2,3522\nLyon;45,764;4,8357")
                << list({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570"}) << QStringList()
                << QString() << s("Semicolon-separated, no header row, decimal commas");
        QTest::newRow("semicolon pair without name")
                << s("48,8566;2,3522") << list({",48.85660,2.35220"}) << QStringList() << QString()
                << s("Semicolon-separated, no header row, decimal commas");
        QTest::newRow("French header, decimal commas, CRLF")
                << s("Nom;Latitude;Longitude\r\nTour Eiffel;48,85837;2,294481\r\n")
                << list({"Tour Eiffel,48.85837,2.29448"})
                << list({"line 2: More than 5 decimals; the coordinates will be rounded to "
                         "48.85837, 2.29448."})
                << s("W") << s("Semicolon-separated, header row, decimal commas");
        QTest::newRow("German header")
                << s("Bezeichnung;Breitengrad;Längengrad\nBrandenburger Tor;52,51627;13,37770\n"
                     "Marienplatz;48,13715;11,57538")
                << list({"Brandenburger Tor,52.51627,13.37770", "Marienplatz,48.13715,11.57538"})
                << QStringList() << QString()
                << s("Semicolon-separated, header row, decimal commas");
        QTest::newRow("German header with extra columns")
                << s("ID;Filiale;Straße;Breite;Länge\n"
                     "17;Berlin Mitte;Unter den Linden 1;52,51700;13,38880")
                << list({"Berlin Mitte,52.51700,13.38880"}) << QStringList() << QString()
                << s("Semicolon-separated, header row, decimal commas");
        QTest::newRow("header decides columns in any order")
                << s("store_id,longitude,latitude,address,name\n"
                     "1001,2.3522,48.8566,\"1 Rue de Rivoli, Paris\",Rivoli")
                << list({"Rivoli,48.85660,2.35220"}) << QStringList() << QString()
                << s("Comma-separated, header row");
        QTest::newRow("header without name column: first column")
                << s("id,lat,lon\n1001,48.8566,2.3522") << list({"1001,48.85660,2.35220"})
                << QStringList() << QString() << s("Comma-separated, header row");
        QTest::newRow("header words inside longer names")
                << s("Store name\tGPS Latitude\tGPS Longitude\nLouvre\t48.8606\t2.3376")
                << list({"Louvre,48.86060,2.33760"}) << QStringList() << QString()
                << s("Tab-separated, header row");
        QTest::newRow("combined coordinates column")
                << s("Name\tCoordinates\nParis\t48.8566, 2.3522\nLyon\t45.764, 4.8357")
                << list({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570"}) << QStringList()
                << QString() << s("Tab-separated, header row");
        QTest::newRow("combined lon/lat column")
                << s("name;lon/lat\nParis;2.3522 48.8566") << list({"Paris,48.85660,2.35220"})
                << QStringList() << QString() << s("Semicolon-separated, header row");
        QTest::newRow("combined pair next to a name, no header")
                << s("Paris\t48.8566, 2.3522") << list({"Paris,48.85660,2.35220"}) << QStringList()
                << QString() << s("Tab-separated, no header row");
        QTest::newRow("name after the coordinates")
                << s("48.8566,2.3522,Paris") << list({"Paris,48.85660,2.35220"}) << QStringList()
                << QString() << s("Comma-separated, no header row");
        QTest::newRow("names are tidied")
                << s("  Big   Store ,48.1,2.1") << list({"Big Store,48.10000,2.10000"})
                << QStringList() << QString() << s("Comma-separated, no header row");
        QTest::newRow("trailing separators and empty rows")
                << s("Paris;48,8566;2,3522;\n\n;;\nLyon;45,764;4,8357;;\n")
                << list({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570"}) << QStringList()
                << QString() << s("Semicolon-separated, no header row, decimal commas");
        QTest::newRow("mixed separators")
                << s("Paris;48,8566;2,3522\nLyon,45.764,4.8357\nLille\t50.6292\t3.0573")
                << list({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570",
                         "Lille,50.62920,3.05730"})
                << QStringList() << QString()
                << s("Comma-separated, mixed separators, no header row, decimal commas");
        QTest::newRow("decimal commas in a pair separated by a space")
                << s("48,8566 2,3522") << list({",48.85660,2.35220"}) << QStringList() << QString()
                << s("One coordinate pair per line, no header row, decimal commas");
        QTest::newRow("decimal commas, comma-separated, no name: one reading")
                << s("48,8566,2,3522") << list({",48.85660,2.35220"}) << QStringList() << QString()
                << s("One coordinate pair per line, no header row, decimal commas");
        QTest::newRow("decimal commas, comma-separated, with name: rejected")
                << s("Paris,48,8566,2,3522") << QStringList()
                << list({"line 1: Decimal commas in comma-separated columns are ambiguous; "
                         "separate the columns with semicolons or tabs, or put the numbers in "
                         "quotes."})
                << s("E") << QString();
        QTest::newRow("quoted decimal commas in CSV")
                << s("\"Paris\",\"48,8566\",\"2,3522\"") << list({"Paris,48.85660,2.35220"})
                << QStringList() << QString()
                << s("Comma-separated, no header row, decimal commas");

        // Decimal commas with tabs, semicolons or spaces between the columns: a line is read as
        // written, never re-read with its decimal commas as a separator to make it fit.
        QTest::newRow("decimal commas, tabs")
                << s("Paris Louvre\t48,8606\t2,3376\nLyon Part-Dieu\t45,7606\t4,8590")
                << list({"Paris Louvre,48.86060,2.33760", "Lyon Part-Dieu,45.76060,4.85900"})
                << QStringList() << QString() << s("Tab-separated, no header row, decimal commas");
        QTest::newRow("decimal commas, tabs, latitude out of range")
                << s("Bad point\t95,2\t120,5") << QStringList()
                << list({"line 1: Latitude 95.2 is out of range (-90 to 90)."}) << s("E")
                << QString();
        QTest::newRow("decimal commas, tabs, swapped")
                << s("Sydney\t151,2093\t-33,8688") << QStringList()
                << list({"line 1: Latitude 151.2093 is out of range (-90 to 90). Did you swap "
                         "latitude and longitude?"})
                << s("E") << QString();
        QTest::newRow("decimal commas, semicolons")
                << s("Paris Louvre;48,8606;2,3376\nLyon Part-Dieu;45,7606;4,8590")
                << list({"Paris Louvre,48.86060,2.33760", "Lyon Part-Dieu,45.76060,4.85900"})
                << QStringList() << QString()
                << s("Semicolon-separated, no header row, decimal commas");
        QTest::newRow("decimal commas, semicolons, latitude out of range")
                << s("Bad point;95,2;120,5") << QStringList()
                << list({"line 1: Latitude 95.2 is out of range (-90 to 90)."}) << s("E")
                << QString();
        QTest::newRow("decimal commas, semicolons, swapped")
                << s("Sydney;151,2093;-33,8688") << QStringList()
                << list({"line 1: Latitude 151.2093 is out of range (-90 to 90). Did you swap "
                         "latitude and longitude?"})
                << s("E") << QString();
        QTest::newRow("decimal commas, spaces")
                << s("Paris Louvre 48,8606 2,3376\nLyon Part-Dieu 45,7606 4,8590\nParis 48,85 2,35")
                << list({"Paris Louvre,48.86060,2.33760", "Lyon Part-Dieu,45.76060,4.85900",
                         "Paris,48.85000,2.35000"})
                << QStringList() << QString()
                << s("One coordinate pair per line, no header row, decimal commas");
        QTest::newRow("decimal commas, spaces, latitude out of range")
                << s("Bad point 95,2 120,5") << QStringList()
                << list({"line 1: Latitude 95.2 is out of range (-90 to 90)."}) << s("E")
                << QString();
        QTest::newRow("decimal commas, spaces, swapped")
                << s("Sydney 151,2093 -33,8688") << QStringList()
                << list({"line 1: Latitude 151.2093 is out of range (-90 to 90). Did you swap "
                         "latitude and longitude?"})
                << s("E") << QString();
        QTest::newRow("decimal commas, spaces, no name, swapped")
                << s("95,2 2,1") << QStringList()
                << list({"line 1: Latitude 95.2 is out of range (-90 to 90). Did you swap "
                         "latitude and longitude?"})
                << s("E") << QString();
        QTest::newRow("decimal commas in a combined column")
                << s("Name\tCoordinates\nParis\t48,85 2,35") << list({"Paris,48.85000,2.35000"})
                << QStringList() << QString() << s("Tab-separated, header row, decimal commas");
        QTest::newRow("decimal commas, tabs: the line of the marketer's walk")
                << s("Bad point\t95,2\t2,1") << QStringList()
                << list({"line 1: Latitude 95.2 is out of range (-90 to 90). Did you swap "
                         "latitude and longitude?"})
                << s("E") << QString();
        QTest::newRow("decimal commas, tabs: a bad line among good ones")
                << s("Paris Louvre\t48,8606\t2,3376\nLyon Part-Dieu\t45,7606\t4,8590\n"
                     "Bad point\t95,2\t2,1\nLille\t50,6292\t3,0573")
                << list({"Paris Louvre,48.86060,2.33760", "Lyon Part-Dieu,45.76060,4.85900",
                         "Lille,50.62920,3.05730"})
                << list({"line 3: Latitude 95.2 is out of range (-90 to 90). Did you swap "
                         "latitude and longitude?"})
                << s("E") << s("Tab-separated, no header row, decimal commas");
        QTest::newRow("decimal commas, spaces: a bad line among good ones")
                << s("Paris Louvre 48,8606 2,3376\nBad point 95,2 2,1\nLyon Part-Dieu 45,7606 "
                     "4,8590")
                << list({"Paris Louvre,48.86060,2.33760", "Lyon Part-Dieu,45.76060,4.85900"})
                << list({"line 2: Latitude 95.2 is out of range (-90 to 90). Did you swap "
                         "latitude and longitude?"})
                << s("E") << s("One coordinate pair per line, no header row, decimal commas");

        // Quoting, BOM, line ends
        QTest::newRow("quoted name with comma and quotes")
                << s("\"Store \"\"A\"\", Paris\",48.8566,2.3522")
                << list({"\"Store \"\"A\"\", Paris\",48.85660,2.35220"}) << QStringList()
                << QString() << s("Comma-separated, no header row");
        QTest::newRow("Excel TSV: quoted fields, line break in a cell")
                << s("Name\tAddress\tLat\tLon\r\n"
                     "\"Store \"\"B\"\"\"\t\"12 Main St\nSuite 4\"\t40.7128\t-74.0060\r\n"
                     "Plain\tx\t41.8781\t-87.6298\r\n"
                     "Broken\ty\t95.5\t-87.6\r\n")
                << list({"\"Store \"\"B\"\"\",40.71280,-74.00600", "Plain,41.87810,-87.62980"})
                << list({"line 5: Latitude 95.5 is out of range (-90 to 90). Did you swap "
                         "latitude and longitude?"})
                << s("E") << s("Tab-separated, header row");
        QTest::newRow("CRLF and BOM")
                << QString(QString(QChar(0xFEFF))
                           + s("name,latitude,longitude\r\nParis,48.8566,2.3522\r\n\r\n"
                               "Lyon,45.764,4.8357\r\nNowhere,abc,def\r\n"))
                << list({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570"})
                << list({"line 5: Latitude “abc” is not a number or a degrees-minutes-seconds "
                         "value."})
                << s("E") << s("Comma-separated, header row");
        QTest::newRow("stray quote does not swallow the lines below")
                << s("\"Broken,48.1,2.1\nParis,48.8566,2.3522")
                << list({"\"\"\"Broken\",48.10000,2.10000", "Paris,48.85660,2.35220"})
                << QStringList() << QString() << s("Comma-separated, no header row");

        // Degrees, minutes, seconds; hemispheres; signs
        QTest::newRow("DMS with symbols")
                << s("Paris,48°51'24\"N,2°21'08\"E") << list({"Paris,48.85667,2.35222"})
                << QStringList() << QString()
                << s("Comma-separated, no header row, degrees-minutes-seconds, hemisphere "
                     "letters");
        QTest::newRow("DMS with primes and spaces")
                << s("Paris;48° 51′ 24″ N;2° 21′ 8″ E") << list({"Paris,48.85667,2.35222"})
                << QStringList() << QString()
                << s("Semicolon-separated, no header row, degrees-minutes-seconds, hemisphere "
                     "letters");
        QTest::newRow("DMS with leading hemisphere, no marks")
                << s("Paris\tN 48 51 24\tE 2 21 8") << list({"Paris,48.85667,2.35222"})
                << QStringList() << QString()
                << s("Tab-separated, no header row, degrees-minutes-seconds, hemisphere letters");
        QTest::newRow("DMS pair in one field")
                << s("48°51'24\"N 2°21'08\"E") << list({",48.85667,2.35222"}) << QStringList()
                << QString()
                << s("One coordinate pair per line, no header row, degrees-minutes-seconds, "
                     "hemisphere letters");
        QTest::newRow("decimal minutes")
                << s("Paris,48°51.4'N,2°21.133'E") << list({"Paris,48.85667,2.35222"})
                << QStringList() << QString()
                << s("Comma-separated, no header row, degrees-minutes-seconds, hemisphere "
                     "letters");
        QTest::newRow("DMS without hemisphere is positive")
                << s("Paris,48°51'24\",2°21'8\"") << list({"Paris,48.85667,2.35222"})
                << QStringList() << QString()
                << s("Comma-separated, no header row, degrees-minutes-seconds");
        QTest::newRow("south and west hemispheres")
                << s("Rio;22°54'30\"S;43°10'20\"W\nSydney;33.8688S;151.2093E")
                << list({"Rio,-22.90833,-43.17222", "Sydney,-33.86880,151.20930"}) << QStringList()
                << QString()
                << s("Semicolon-separated, no header row, degrees-minutes-seconds, hemisphere "
                     "letters");
        QTest::newRow("hemisphere letters on decimals")
                << s("Greenwich west,51.4779N,0.0015W")
                << list({"Greenwich west,51.47790,-0.00150"}) << QStringList() << QString()
                << s("Comma-separated, no header row, hemisphere letters");
        QTest::newRow("hemisphere letters put longitude first: read by letter")
                << s("Paris,2.3522E,48.8566N") << list({"Paris,48.85660,2.35220"}) << QStringList()
                << QString() << s("Comma-separated, no header row, hemisphere letters");
        QTest::newRow("signed decimals, Unicode minus")
                << s("Buenos Aires,-34.6037,-58.3816\nSydney,−33.8688,+151.2093")
                << list({"Buenos Aires,-34.60370,-58.38160", "Sydney,-33.86880,151.20930"})
                << QStringList() << QString() << s("Comma-separated, no header row");
        QTest::newRow("degree sign on decimals is not DMS")
                << s("Paris,48.8566°,2.3522°") << list({"Paris,48.85660,2.35220"}) << QStringList()
                << QString() << s("Comma-separated, no header row");

        // Rejected lines
        QTest::newRow("garbage lines")
                << s("hello\nParis,48.8566,2.3522\nthis is not a point\n42")
                << list({"Paris,48.85660,2.35220"})
                << list({"line 1: No latitude and longitude found.",
                         "line 3: No latitude and longitude found.",
                         "line 4: Only one number found; a latitude and a longitude are needed."})
                << s("EEE") << s("Comma-separated, no header row");
        QTest::newRow("a line with one number")
                << s("Paris,48.8566") << QStringList()
                << list({"line 1: Only one number found; a latitude and a longitude are needed."})
                << s("E") << QString();
        QTest::newRow("NaN and infinity under a header")
                << s("name,lat,lon\nA,nan,inf\nB,Infinity,1\nC,1e5,2") << QStringList()
                << list({"line 2: Latitude “nan” is not a number or a degrees-minutes-seconds "
                         "value.",
                         "line 3: Latitude “Infinity” is not a number or a "
                         "degrees-minutes-seconds value.",
                         "line 4: Latitude “1e5” is not a number or a degrees-minutes-seconds "
                         "value."})
                << s("EEE") << s("Comma-separated, header row");
        QTest::newRow("NaN without header")
                << s("Paris,48.85,2.35\nNaN,NaN,NaN") << list({"Paris,48.85000,2.35000"})
                << list({"line 2: No latitude and longitude found."}) << s("E")
                << s("Comma-separated, no header row");
        QTest::newRow("three numeric columns without header")
                << s("1,48.8566,2.3522\n2,45.764,4.8357") << QStringList()
                << list({"line 1: Cannot tell which columns are the latitude and the longitude; "
                         "add a header row such as “name,latitude,longitude”.",
                         "line 2: Cannot tell which columns are the latitude and the longitude; "
                         "add a header row such as “name,latitude,longitude”."})
                << s("EE") << QString();
        QTest::newRow("three numeric columns with header")
                << s("id,latitude,longitude\n1,48.8566,2.3522") << list({"1,48.85660,2.35220"})
                << QStringList() << QString() << s("Comma-separated, header row");
        QTest::newRow("extra numeric column is ambiguous")
                << s("Paris,48.8566,2.3522,35") << QStringList()
                << list({"line 1: Cannot tell which columns are the latitude and the longitude; "
                         "add a header row such as “name,latitude,longitude”."})
                << s("E") << QString();
        QTest::newRow("pair without a clear cut")
                << s("48 51 2 21") << QStringList()
                << list({"line 1: Cannot tell where the latitude ends and the longitude begins; "
                         "separate them with a comma or a semicolon."})
                << s("E") << QString();
        QTest::newRow("header with missing values")
                << s("name;latitude;longitude\nA;;\nB;48,1;\nC;;2,1\nD;48,1;2,1")
                << list({"D,48.10000,2.10000"})
                << list({"line 2: Latitude and longitude are missing.",
                         "line 3: Longitude is missing.", "line 4: Latitude is missing."})
                << s("EEE") << s("Semicolon-separated, header row, decimal commas");
        QTest::newRow("minutes out of range")
                << s("name,lat,lon\nBad,48°75',2.35") << QStringList()
                << list({"line 2: Latitude “48°75'”: minutes must be below 60."}) << s("E")
                << s("Comma-separated, header row");
        QTest::newRow("seconds out of range")
                << s("Bad;48°51'75\"N;2°21'08\"E") << QStringList()
                << list({"line 1: Latitude “48°51'75\"N”: seconds must be below 60."}) << s("E")
                << QString();
        QTest::newRow("hemisphere letter of the other axis")
                << s("Bad,48.85E,2.35E") << QStringList()
                << list({"line 1: Latitude “48.85E” has the hemisphere letter E, which is for "
                         "longitudes."})
                << s("E") << QString();
        QTest::newRow("sign and hemisphere")
                << s("Bad,-48.85S,2.35") << QStringList()
                << list({"line 1: Latitude “-48.85S” has both a minus sign and a hemisphere "
                         "letter; use only one of them."})
                << s("E") << QString();
        QTest::newRow("ambiguous O")
                << s("Bad,48.85N,2.35O") << QStringList()
                << list({"line 1: Longitude “2.35O”: the letter O is ambiguous (Ost is east, "
                         "Ouest is west); use E or W."})
                << s("E") << QString();
        QTest::newRow("latitude out of range, swap would fit")
                << s("Somewhere,95.2,48.1") << QStringList()
                << list({"line 1: Latitude 95.2 is out of range (-90 to 90). Did you swap "
                         "latitude and longitude?"})
                << s("E") << QString();
        QTest::newRow("latitude out of range, swap would not fit")
                << s("Nowhere,95.2,120.5") << QStringList()
                << list({"line 1: Latitude 95.2 is out of range (-90 to 90)."}) << s("E")
                << QString();
        QTest::newRow("longitude out of range")
                << s("Nowhere,45.5,181") << QStringList()
                << list({"line 1: Longitude 181 is out of range (-180 to 180)."}) << s("E")
                << QString();

        // Headers
        QTest::newRow("unrecognised header row")
                << s("Shop code,Town,Northing,Easting\nA1,Paris,48.8566,2.3522")
                << list({"A1,48.85660,2.35220"})
                << list({"line 1: Header row without a latitude and a longitude column; columns "
                         "are read by position."})
                << s("W") << s("Comma-separated, header row");
        QTest::newRow("another header row changes the columns")
                << s("name,lat,lon\nParis,48.8566,2.3522\nname,lon,lat\nLyon,4.8357,45.764")
                << list({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570"})
                << list({"line 3: Another header row: its column names apply to the lines "
                         "below."})
                << s("W") << s("Comma-separated, header row");
        QTest::newRow("title line before the header")
                << s("Store list\nname,lat,lon\nParis,48.8566,2.3522")
                << list({"Paris,48.85660,2.35220"})
                << list({"line 1: No latitude and longitude found."}) << s("E")
                << s("Comma-separated, header row");

        // Warnings
        QTest::newRow("more than 5 decimals")
                << s("Paris,48.8566142,2.3522219") << list({"Paris,48.85661,2.35222"})
                << list({"line 1: More than 5 decimals; the coordinates will be rounded to "
                         "48.85661, 2.35222."})
                << s("W") << s("Comma-separated, no header row");
        QTest::newRow("trailing zeros are not extra decimals")
                << s("Paris,48.85660000,2.35220000") << list({"Paris,48.85660,2.35220"})
                << QStringList() << QString() << s("Comma-separated, no header row");
        QTest::newRow("same coordinates, other name")
                << s("Paris,48.8566,2.3522\nParis Louvre,48.85660,2.35220")
                << list({"Paris,48.85660,2.35220", "Paris Louvre,48.85660,2.35220"})
                << list({"line 2: Same coordinates as line 1."}) << s("W")
                << s("Comma-separated, no header row");
        QTest::newRow("exact duplicate is not added again")
                << s("Paris,48.8566,2.3522\nLyon,45.764,4.8357\nParis,48.856600,2.352200")
                << list({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570"})
                << list({"line 3: Duplicate of line 1 (same name and coordinates); not added "
                         "again."})
                << s("E") << s("Comma-separated, no header row");
        QTest::newRow("same coordinates after rounding")
                << s("A,48.856601,2.3522\nB,48.856604,2.3522")
                << list({"A,48.85660,2.35220", "B,48.85660,2.35220"})
                << list({"line 1: More than 5 decimals; the coordinates will be rounded to "
                         "48.85660, 2.35220.",
                         "line 2: More than 5 decimals; the coordinates will be rounded to "
                         "48.85660, 2.35220.",
                         "line 2: Same coordinates as line 1."})
                << s("WWW") << s("Comma-separated, no header row");
        QTest::newRow("likely swap among French stores")
                << s("Paris,48.8566,2.3522\nLyon,45.764,4.8357\nLille,50.6292,3.0573\n"
                     "Nantes,47.2184,-1.5536\nBordeaux,-0.5792,44.8378")
                << list({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570",
                         "Lille,50.62920,3.05730", "Nantes,47.21840,-1.55360",
                         "Bordeaux,-0.57920,44.83780"})
                << list({"line 5: Far from the other points, but among them with latitude and "
                         "longitude swapped (44.83780, -0.57920). Did you swap latitude and "
                         "longitude?"})
                << s("W") << s("Comma-separated, no header row");
        QTest::newRow("no swap warning with fewer than three points of a kind")
                << s("Paris,48.8566,2.3522\nLyon,45.764,4.8357\nBordeaux,-0.5792,44.8378")
                << list({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570",
                         "Bordeaux,-0.57920,44.83780"})
                << QStringList() << QString() << s("Comma-separated, no header row");
        QTest::newRow("no swap warning for hemisphere letters")
                << s("Paris,48.8566,2.3522\nLyon,45.764,4.8357\nLille,50.6292,3.0573\n"
                     "Nantes,47.2184,-1.5536\nSomewhere,0.5792N,44.8378E")
                << list({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570",
                         "Lille,50.62920,3.05730", "Nantes,47.21840,-1.55360",
                         "Somewhere,0.57920,44.83780"})
                << QStringList() << QString()
                << s("Comma-separated, no header row, hemisphere letters");
        QTest::newRow("no swap warning for a point far away both ways")
                << s("Paris,48.8566,2.3522\nLyon,45.764,4.8357\nLille,50.6292,3.0573\n"
                     "New York,40.7128,-74.006")
                << list({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570",
                         "Lille,50.62920,3.05730", "New York,40.71280,-74.00600"})
                << QStringList() << QString() << s("Comma-separated, no header row");
    }
    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, rows);
        QFETCH(QStringList, messages);
        QFETCH(QString, severity);
        QFETCH(QString, format);

        const PoiParseResult result = PoiParser::parse(input);
        QCOMPARE(PoiParser::toCsv(result.pointsOfInterest()), csv(rows));
        QCOMPARE(result.messageTexts(), messages);
        QCOMPARE(severities(result), severity);
        QCOMPARE(result.detectedFormat, format);
        QCOMPARE(result.errorCount(), int(severity.count(QLatin1Char('E'))));
        QCOMPARE(result.warningCount(), int(severity.count(QLatin1Char('W'))));

        // A rejected line has one error and nothing else; an accepted one has no error.
        for (const PoiLineMessage &m : result.messages) {
            if (m.severity != PoiLineMessage::Severity::Error)
                continue;
            int onLine = 0;
            for (const PoiLineMessage &other : result.messages)
                onLine += other.line == m.line ? 1 : 0;
            QCOMPARE(onLine, 1);
            for (const ParsedPoi &p : result.points)
                QVERIFY(p.line != m.line);
        }
        // What toCsv writes reads back as the same points, without messages but those
        // about duplicates and swaps, which are facts of the points themselves.
        const PoiParseResult again = PoiParser::parse(PoiParser::toCsv(result.pointsOfInterest()));
        QCOMPARE(again.pointsOfInterest(), result.pointsOfInterest());
    }

    void lineNumbersOfPoints()
    {
        const PoiParseResult result
                = PoiParser::parse(s("\uFEFFname;lat;lon\r\n\r\n\"A\nB\";1;2\r\nC;3;4\n\nD;5;6"));
        QCOMPARE(result.points.size(), 3);
        QCOMPARE(result.points.at(0).line, 3);
        QCOMPARE(result.points.at(0).point.name, s("A B"));
        QCOMPARE(result.points.at(1).line, 5);
        QCOMPARE(result.points.at(2).line, 7);
        QVERIFY(result.messages.isEmpty());
    }

    // The same lines with decimal points instead of commas give the same points and messages.
    void decimalCommasLikePoints_data()
    {
        QTest::addColumn<QString>("input"); // every comma a decimal comma

        QTest::newRow("tabs") << s("Paris Louvre\t48,8606\t2,3376\nBad point\t95,2\t2,1\n"
                                   "Nowhere\t95,2\t120,5\nLyon Part-Dieu\t45,7606\t4,8590");
        QTest::newRow("semicolons") << s("Paris Louvre;48,8606;2,3376\nBad point;95,2;2,1\n"
                                         "Nowhere;95,2;120,5\nLyon Part-Dieu;45,7606;4,8590");
        QTest::newRow("spaces") << s("Paris Louvre 48,8606 2,3376\nBad point 95,2 2,1\n"
                                     "Nowhere 95,2 120,5\nLyon Part-Dieu 45,7606 4,8590");
        QTest::newRow("spaces, no names") << s("48,8606 2,3376\n95,2 2,1\n95,2 120,5");
    }
    void decimalCommasLikePoints()
    {
        QFETCH(QString, input);

        const PoiParseResult commas = PoiParser::parse(input);
        const PoiParseResult points = PoiParser::parse(QString(input).replace(u',', u'.'));
        QCOMPARE(commas.pointsOfInterest(), points.pointsOfInterest());
        QCOMPARE(commas.messageTexts(), points.messageTexts());
        QCOMPARE(severities(commas), severities(points));
        QCOMPARE(commas.errorCount(), 2);
    }

    // The bad line of the marketer's walk is rejected; the good lines around it keep their
    // points and line numbers.
    void badLineAmongGoodOnes()
    {
        const PoiParseResult result
                = PoiParser::parse(s("Paris Louvre\t48,8606\t2,3376\nBad point\t95,2\t2,1\n"
                                     "Lyon Part-Dieu\t45,7606\t4,8590"));
        QCOMPARE(result.points.size(), 2);
        QCOMPARE(result.points.at(0).line, 1);
        QCOMPARE(result.points.at(0).point, poi(s("Paris Louvre"), 48.8606, 2.3376));
        QCOMPARE(result.points.at(1).line, 3);
        QCOMPARE(result.points.at(1).point, poi(s("Lyon Part-Dieu"), 45.7606, 4.859));
        QCOMPARE(result.messages.size(), 1);
        QCOMPARE(result.messages.at(0).line, 2);
        QCOMPARE(result.messages.at(0).severity, PoiLineMessage::Severity::Error);
        QCOMPARE(result.messages.at(0).message,
                 s("Latitude 95.2 is out of range (-90 to 90). Did you swap latitude and "
                   "longitude?"));
    }

    void parseCoordinate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<PoiParser::Axis>("axis");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("error");

        const auto lat = PoiParser::Axis::Latitude;
        const auto lon = PoiParser::Axis::Longitude;
        const double dms = 48.0 + 51.0 / 60.0 + 24.0 / 3600.0;

        QTest::newRow("decimal") << s("48.8566") << lat << true << 48.8566 << QString();
        QTest::newRow("negative") << s("-33.8688") << lat << true << -33.8688 << QString();
        QTest::newRow("plus") << s("+151.2093") << lon << true << 151.2093 << QString();
        QTest::newRow("Unicode minus") << s("−0.5") << lon << true << -0.5 << QString();
        QTest::newRow("decimal comma") << s("48,8566") << lat << true << 48.8566 << QString();
        QTest::newRow("leading point") << s(".5") << lat << true << 0.5 << QString();
        QTest::newRow("spaces around") << s("  48.5  ") << lat << true << 48.5 << QString();
        QTest::newRow("north suffix") << s("48.8566N") << lat << true << 48.8566 << QString();
        QTest::newRow("west suffix") << s("2.35W") << lon << true << -2.35 << QString();
        QTest::newRow("south prefix") << s("S 33.8688") << lat << true << -33.8688 << QString();
        QTest::newRow("lower-case east") << s("2.35 e") << lon << true << 2.35 << QString();
        QTest::newRow("degrees only with letter") << s("48°N") << lat << true << 48.0 << QString();
        QTest::newRow("DMS") << s("48°51'24\"N") << lat << true << dms << QString();
        QTest::newRow("DMS primes") << s("48° 51′ 24″ N") << lat << true << dms << QString();
        QTest::newRow("DMS ordinal, curly quotes")
                << s("48º51’24”N") << lat << true << dms << QString();
        QTest::newRow("DMS two apostrophes") << s("48°51'24''") << lat << true << dms << QString();
        QTest::newRow("DMS no marks") << s("N 48 51 24") << lat << true << dms << QString();
        QTest::newRow("DMS negative") << s("-48°51'24\"") << lat << true << -dms << QString();
        QTest::newRow("decimal minutes")
                << s("48°51.4'N") << lat << true << 48.0 + 51.4 / 60.0 << QString();
        QTest::newRow("decimal seconds") << s("48°51'24.5\"") << lat << true
                                         << 48.0 + 51.0 / 60.0 + 24.5 / 3600.0 << QString();
        QTest::newRow("latitude bound") << s("-90") << lat << true << -90.0 << QString();
        QTest::newRow("longitude bound") << s("180") << lon << true << 180.0 << QString();

        QTest::newRow("empty") << QString() << lat << false << 0.0 << s("Latitude is missing.");
        QTest::newRow("blank") << s("  ") << lon << false << 0.0 << s("Longitude is missing.");
        QTest::newRow("word") << s("abc") << lat << false << 0.0
                              << s("Latitude “abc” is not a number or a degrees-minutes-seconds "
                                   "value.");
        QTest::newRow("nan") << s("nan") << lon << false << 0.0
                             << s("Longitude “nan” is not a number or a degrees-minutes-seconds "
                                  "value.");
        QTest::newRow("inf") << s("-inf") << lat << false << 0.0
                             << s("Latitude “-inf” is not a number or a degrees-minutes-seconds "
                                  "value.");
        QTest::newRow("exponent") << s("1e1") << lat << false << 0.0
                                  << s("Latitude “1e1” is not a number or a "
                                       "degrees-minutes-seconds value.");
        QTest::newRow("two decimal points")
                << s("48.85.1") << lat << false << 0.0
                << s("Latitude “48.85.1” is not a number or a degrees-minutes-seconds value.");
        QTest::newRow("thousands separator")
                << s("1,234.5") << lon << false << 0.0
                << s("Longitude “1,234.5” is not a number or a degrees-minutes-seconds value.");
        QTest::newRow("four parts")
                << s("48 51 24 12") << lat << false << 0.0
                << s("Latitude “48 51 24 12” is not a number or a degrees-minutes-seconds "
                     "value.");
        QTest::newRow("latitude range") << s("95.2") << lat << false << 0.0
                                        << s("Latitude 95.2 is out of range (-90 to 90).");
        QTest::newRow("longitude range") << s("-180.5") << lon << false << 0.0
                                         << s("Longitude -180.5 is out of range (-180 to 180).");
        QTest::newRow("DMS out of range") << s("90°30'N") << lat << false << 0.0
                                          << s("Latitude 90.5 is out of range (-90 to 90).");
        QTest::newRow("minutes") << s("48°60'") << lat << false << 0.0
                                 << s("Latitude “48°60'”: minutes must be below 60.");
        QTest::newRow("seconds") << s("48°30'60\"") << lon << false << 0.0
                                 << s("Longitude “48°30'60\"”: seconds must be below 60.");
        QTest::newRow("fraction not last")
                << s("48.5°30'") << lat << false << 0.0
                << s("Latitude “48.5°30'”: only the last of degrees, minutes and seconds may "
                     "have decimals.");
        QTest::newRow("sign and hemisphere")
                << s("-48.85S") << lat << false << 0.0
                << s("Latitude “-48.85S” has both a minus sign and a hemisphere letter; use only "
                     "one of them.");
        QTest::newRow("E on a latitude")
                << s("2.35E") << lat << false << 0.0
                << s("Latitude “2.35E” has the hemisphere letter E, which is for longitudes.");
        QTest::newRow("N on a longitude")
                << s("48.85N") << lon << false << 0.0
                << s("Longitude “48.85N” has the hemisphere letter N, which is for latitudes.");
        QTest::newRow("O is ambiguous")
                << s("2.35O") << lon << false << 0.0
                << s("Longitude “2.35O”: the letter O is ambiguous (Ost is east, Ouest is west); "
                     "use E or W.");
        QTest::newRow("two letters") << s("N48.85S") << lat << false << 0.0
                                     << s("Latitude “N48.85S” is not a number or a "
                                          "degrees-minutes-seconds value.");
    }
    void parseCoordinate()
    {
        QFETCH(QString, text);
        QFETCH(PoiParser::Axis, axis);
        QFETCH(bool, ok);
        QFETCH(double, value);
        QFETCH(QString, error);

        QString message = s("stale");
        const std::optional<double> parsed = PoiParser::parseCoordinate(text, axis, &message);
        QCOMPARE(parsed.has_value(), ok);
        if (ok) {
            QVERIFY(qAbs(*parsed - value) < 1e-9);
            QVERIFY(message.isEmpty());
        } else {
            QCOMPARE(message, error);
        }
        // The error argument is optional.
        QCOMPARE(PoiParser::parseCoordinate(text, axis).has_value(), ok);
    }

    void toCsvQuotesNames()
    {
        PointOfInterest noCoordinates;
        noCoordinates.name = s("Unplaced");
        const QList<PointOfInterest> points{poi(s("Plain"), 48.8566, 2.3522),
                                            poi(s("Comma, inside"), 1, 2),
                                            poi(s("Quote \"q\""), -1.5, -2.25),
                                            poi(s("Semi;colon"), 0, 0),
                                            poi(QString(), 0.000001, -0.000001),
                                            poi(s("Line\nbreak"), 10.123456, 20.654321),
                                            noCoordinates};
        QCOMPARE(PoiParser::toCsv(points),
                 s("name,latitude,longitude\n"
                   "Plain,48.85660,2.35220\n"
                   "\"Comma, inside\",1.00000,2.00000\n"
                   "\"Quote \"\"q\"\"\",-1.50000,-2.25000\n"
                   "\"Semi;colon\",0.00000,0.00000\n"
                   ",0.00000,0.00000\n"
                   "\"Line\nbreak\",10.12346,20.65432\n"
                   "Unplaced,,\n"));
        QCOMPARE(PoiParser::toCsv({}), s("name,latitude,longitude\n"));
    }

    void toCsvRoundTrips()
    {
        const QList<PointOfInterest> points{
                poi(s("Plain"), 48.8566, 2.3522), poi(s("Comma, \"quoted\""), -33.8688, 151.2093),
                poi(s("Semi;colon"), 0, -179.99999), poi(s("12345"), 89.99999, 100.5),
                poi(QString(), -90, 180)};
        const PoiParseResult result = PoiParser::parse(PoiParser::toCsv(points));
        QCOMPARE(result.pointsOfInterest(), points);
        QVERIFY(result.messages.isEmpty());
        QCOMPARE(result.points.at(4).line, 6);
    }

    void messageText()
    {
        const PoiLineMessage m{7, PoiLineMessage::Severity::Warning, s("Uses %1 literally.")};
        QCOMPARE(m.text(), s("line 7: Uses %1 literally."));
    }

    void sampleFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("messages");
        QTest::addColumn<QString>("format");

        QTest::newRow("French Excel export")
                << s("stores-fr-excel.csv")
                << list({"line 6: Latitude 95.2 is out of range (-90 to 90). Did you swap "
                         "latitude and longitude?",
                         "line 7: Same coordinates as line 3."})
                << s("Semicolon-separated, header row, decimal commas");
        QTest::newRow("German Google Sheets copy")
                << s("stores-de-sheets.tsv")
                << list({"line 5: Latitude “47°65'N”: minutes must be below 60."})
                << s("Tab-separated, header row, degrees-minutes-seconds, hemisphere letters");
    }
    void sampleFiles()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, messages);
        QFETCH(QString, format);

        const QString dir = s(SEGMENT_TEST_DATA "/pois/");
        const QString input = readAll(dir + file);
        QVERIFY(!input.isEmpty());
        const QString expected
                = readAll(dir + file.section(QLatin1Char('.'), 0, 0) + s(".expected.csv"));
        QVERIFY(!expected.isEmpty());

        const PoiParseResult result = PoiParser::parse(input);
        QCOMPARE(PoiParser::toCsv(result.pointsOfInterest()), expected);
        QCOMPARE(result.messageTexts(), messages);
        QCOMPARE(result.detectedFormat, format);
    }

    // Large pastes parse completely (timing is left to benchmarks).
    void hundredThousandLines()
    {
        constexpr int count = 100000;
        QString text = s("Name\tLatitude\tLongitude\n");
        text.reserve(count * 32);
        for (int i = 0; i < count; ++i) {
            text += s("Store ") + QString::number(i) + QLatin1Char('\t')
                    + QString::number(40.0 + (i % 1000) * 0.001, 'f', 3) + QLatin1Char('\t')
                    + QString::number(2.0 + (i / 1000) * 0.001, 'f', 3) + QLatin1Char('\n');
        }
        const PoiParseResult result = PoiParser::parse(text);
        QCOMPARE(result.points.size(), count);
        QVERIFY(result.messages.isEmpty());
        QCOMPARE(result.points.last().line, count + 1);
        QCOMPARE(result.points.last().point, poi(s("Store 99999"), 40.999, 2.099));
    }
};

QTEST_GUILESS_MAIN(TestPoiParser)
#include "tst_poiparser.moc"
