// `segmentctl pois` as a user runs it: text in (standard input or a file), normalised points out,
// one message per rejected or suspicious line, and the exit code.
#include "SegmentCtlProcess.h"

#include <QJsonArray>
#include <QTemporaryDir>

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// The CSV the command prints for these data rows.
QString csv(std::initializer_list<const char *> rows)
{
    QString out = QStringLiteral("name,latitude,longitude\n");
    for (const char *row : rows)
        out += QString::fromUtf8(row) + QLatin1Char('\n');
    return out;
}

// The messages the command prints on stderr, one per line.
QString lines(std::initializer_list<const char *> messages)
{
    QString out;
    for (const char *message : messages)
        out += QString::fromUtf8(message) + QLatin1Char('\n');
    return out;
}

enum class Input { Stdin, Dash, File };

} // namespace

Q_DECLARE_METATYPE(Input)

class TestSegmentCtlPois : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pois_data()
    {
        QTest::addColumn<Input>("input");
        QTest::addColumn<bool>("json");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expectedOut");
        QTest::addColumn<QString>("expectedErr");
        QTest::addColumn<int>("exitCode");

        const auto row = [](const char *name, const char *text, const QString &out,
                            const QString &err, int exitCode, Input input = Input::Stdin,
                            bool json = false) {
            QTest::newRow(name) << input << json << QByteArray(text) << out << err << exitCode;
        };

        // Nothing to read
        row("empty", "", csv({}), QString(), 0);
        row("blank lines only", "\n  \n\t\n;;\n", csv({}), QString(), 0);
        row("header only", "name,latitude,longitude\n", csv({}), QString(), 0, Input::Dash);

        // Columns and separators
        row("name lat lon, commas", "Paris,48.8566,2.3522\nLyon,45.764,4.8357",
            csv({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570"}), QString(), 0);
        row("lat lon without names", "48.8566,2.3522\n45.764,4.8357",
            csv({",48.85660,2.35220", ",45.76400,4.83570"}), QString(), 0, Input::File);
        row("pairs separated by spaces", "48.8566 2.3522\n-33.8688 151.2093",
            csv({",48.85660,2.35220", ",-33.86880,151.20930"}), QString(), 0);
        row("TSV with English header", "Name\tLatitude\tLongitude\nParis\t48.8566\t2.3522\n",
            csv({"Paris,48.85660,2.35220"}), QString(), 0, Input::File);
        row("semicolons with decimal commas", "Paris;48,8566;2,3522\nLyon;45,764;4,8357",
            csv({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570"}), QString(), 0);
        row("French header, decimal commas, CRLF",
            "Nom;Latitude;Longitude\r\nTour Eiffel;48,85837;2,294481\r\n",
            csv({"Tour Eiffel,48.85837,2.29448"}),
            lines({"line 2: More than 5 decimals; the coordinates will be rounded to 48.85837, "
                   "2.29448."}),
            0);
        row("German header",
            "Bezeichnung;Breitengrad;Längengrad\nBrandenburger Tor;52,51627;13,37770",
            csv({"Brandenburger Tor,52.51627,13.37770"}), QString(), 0, Input::File);
        row("header decides columns in any order",
            "store_id,longitude,latitude,address,name\n"
            "1001,2.3522,48.8566,\"1 Rue de Rivoli, Paris\",Rivoli",
            csv({"Rivoli,48.85660,2.35220"}), QString(), 0);
        row("combined coordinates column", "Name\tCoordinates\nParis\t48.8566, 2.3522",
            csv({"Paris,48.85660,2.35220"}), QString(), 0);
        row("name after the coordinates", "48.8566,2.3522,Paris", csv({"Paris,48.85660,2.35220"}),
            QString(), 0);
        row("mixed separators", "Paris;48,8566;2,3522\nLyon,45.764,4.8357\nLille\t50.6292\t3.0573",
            csv({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570", "Lille,50.62920,3.05730"}),
            QString(), 0);
        row("decimal commas, comma-separated, with name: rejected", "Paris,48,8566,2,3522", csv({}),
            lines({"line 1: Decimal commas in comma-separated columns are ambiguous; separate the "
                   "columns with semicolons or tabs, or put the numbers in quotes."}),
            1);

        // Quoting, BOM, line ends
        row("quoted name with comma and quotes", "\"Store \"\"A\"\", Paris\",48.8566,2.3522",
            csv({"\"Store \"\"A\"\", Paris\",48.85660,2.35220"}), QString(), 0);
        row("CRLF and BOM",
            "\xEF\xBB\xBFname,latitude,longitude\r\nParis,48.8566,2.3522\r\n\r\n"
            "Lyon,45.764,4.8357\r\nNowhere,abc,def\r\n",
            csv({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570"}),
            lines({"line 5: Latitude “abc” is not a number or a degrees-minutes-seconds value."}),
            1, Input::File);
        row("Excel TSV with a line break in a cell",
            "Name\tAddress\tLat\tLon\r\n\"Store \"\"B\"\"\"\t\"12 Main St\nSuite "
            "4\"\t40.7128\t-74.0060\r\n"
            "Broken\ty\t95.5\t-87.6\r\n",
            csv({"\"Store \"\"B\"\"\",40.71280,-74.00600"}),
            lines({"line 4: Latitude 95.5 is out of range (-90 to 90). Did you swap latitude and "
                   "longitude?"}),
            1);

        // Degrees, minutes, seconds; hemispheres; signs
        row("DMS with symbols", "Paris,48°51'24\"N,2°21'08\"E", csv({"Paris,48.85667,2.35222"}),
            QString(), 0);
        row("DMS with primes and spaces", "Paris;48° 51′ 24″ N;2° 21′ 8″ E",
            csv({"Paris,48.85667,2.35222"}), QString(), 0);
        row("decimal minutes", "Paris,48°51.4'N,2°21.133'E", csv({"Paris,48.85667,2.35222"}),
            QString(), 0);
        row("south and west hemispheres", "Rio;22°54'30\"S;43°10'20\"W\nSydney;33.8688S;151.2093E",
            csv({"Rio,-22.90833,-43.17222", "Sydney,-33.86880,151.20930"}), QString(), 0);
        row("hemisphere letters put longitude first", "Paris,2.3522E,48.8566N",
            csv({"Paris,48.85660,2.35220"}), QString(), 0);
        row("signed decimals, Unicode minus",
            "Buenos Aires,-34.6037,-58.3816\nSydney,−33.8688,+151.2093",
            csv({"Buenos Aires,-34.60370,-58.38160", "Sydney,-33.86880,151.20930"}), QString(), 0);

        // Rejected lines
        row("garbage lines", "hello\nParis,48.8566,2.3522\nthis is not a point\n42",
            csv({"Paris,48.85660,2.35220"}),
            lines({"line 1: No latitude and longitude found.",
                   "line 3: No latitude and longitude found.",
                   "line 4: Only one number found; a latitude and a longitude are needed."}),
            1);
        row("three numeric columns without header", "1,48.8566,2.3522", csv({}),
            lines({"line 1: Cannot tell which columns are the latitude and the longitude; add a "
                   "header row such as “name,latitude,longitude”."}),
            1);
        row("header with missing values",
            "name;latitude;longitude\nA;;\nB;48,1;\nC;;2,1\nD;48,1;2,1",
            csv({"D,48.10000,2.10000"}),
            lines({"line 2: Latitude and longitude are missing.", "line 3: Longitude is missing.",
                   "line 4: Latitude is missing."}),
            1);
        row("seconds out of range", "Bad;48°51'75\"N;2°21'08\"E", csv({}),
            lines({"line 1: Latitude “48°51'75\"N”: seconds must be below 60."}), 1);
        row("hemisphere letter of the other axis", "Bad,48.85E,2.35E", csv({}),
            lines({"line 1: Latitude “48.85E” has the hemisphere letter E, which is for "
                   "longitudes."}),
            1);
        row("ambiguous O", "Bad,48.85N,2.35O", csv({}),
            lines({"line 1: Longitude “2.35O”: the letter O is ambiguous (Ost is east, Ouest is "
                   "west); use E or W."}),
            1);
        row("latitude out of range, swap would fit", "Somewhere,95.2,48.1", csv({}),
            lines({"line 1: Latitude 95.2 is out of range (-90 to 90). Did you swap latitude and "
                   "longitude?"}),
            1);
        row("longitude out of range", "Nowhere,45.5,181", csv({}),
            lines({"line 1: Longitude 181 is out of range (-180 to 180)."}), 1);
        row("exact duplicate is not added again",
            "Paris,48.8566,2.3522\nLyon,45.764,4.8357\nParis,48.856600,2.352200",
            csv({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570"}),
            lines({"line 3: Duplicate of line 1 (same name and coordinates); not added again."}),
            1);

        // Warnings alone: exit 0
        row("unrecognised header row", "Shop code,Town,Northing,Easting\nA1,Paris,48.8566,2.3522",
            csv({"A1,48.85660,2.35220"}),
            lines({"line 1: Header row without a latitude and a longitude column; columns are "
                   "read by position."}),
            0);
        row("more than 5 decimals", "Paris,48.8566142,2.3522219", csv({"Paris,48.85661,2.35222"}),
            lines({"line 1: More than 5 decimals; the coordinates will be rounded to 48.85661, "
                   "2.35222."}),
            0);
        row("same coordinates, other name", "Paris,48.8566,2.3522\nParis Louvre,48.85660,2.35220",
            csv({"Paris,48.85660,2.35220", "Paris Louvre,48.85660,2.35220"}),
            lines({"line 2: Same coordinates as line 1."}), 0);
        row("likely swap among French stores",
            "Paris,48.8566,2.3522\nLyon,45.764,4.8357\nLille,50.6292,3.0573\n"
            "Nantes,47.2184,-1.5536\nBordeaux,-0.5792,44.8378",
            csv({"Paris,48.85660,2.35220", "Lyon,45.76400,4.83570", "Lille,50.62920,3.05730",
                 "Nantes,47.21840,-1.55360", "Bordeaux,-0.57920,44.83780"}),
            lines({"line 5: Far from the other points, but among them with latitude and longitude "
                   "swapped (44.83780, -0.57920). Did you swap latitude and longitude?"}),
            0);

        // JSON: the pointsOfInterest of a Location segment
        row("json", "Paris,48.8566,2.3522\n\"Store \"\"A\"\"\",-33.86880,151.2093",
            s("[\n"
              "    {\n"
              "        \"latitude\": 48.8566,\n"
              "        \"longitude\": 2.3522,\n"
              "        \"name\": \"Paris\"\n"
              "    },\n"
              "    {\n"
              "        \"latitude\": -33.8688,\n"
              "        \"longitude\": 151.2093,\n"
              "        \"name\": \"Store \\\"A\\\"\"\n"
              "    }\n"
              "]\n"),
            QString(), 0, Input::Stdin, true);
        row("json rounded, with a rejected line", "A,48.8566142,2.3522219\nB,95,200",
            s("[\n"
              "    {\n"
              "        \"latitude\": 48.85661,\n"
              "        \"longitude\": 2.35222,\n"
              "        \"name\": \"A\"\n"
              "    }\n"
              "]\n"),
            lines({"line 1: More than 5 decimals; the coordinates will be rounded to 48.85661, "
                   "2.35222.",
                   "line 2: Latitude 95 is out of range (-90 to 90)."}),
            1, Input::File, true);
        row("json of nothing", "", s("[\n]\n"), QString(), 0, Input::Dash, true);
    }

    void pois()
    {
        QFETCH(Input, input);
        QFETCH(bool, json);
        QFETCH(QByteArray, text);
        QFETCH(QString, expectedOut);
        QFETCH(QString, expectedErr);
        QFETCH(int, exitCode);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList arguments{QStringLiteral("pois")};
        QByteArray standardInput;
        switch (input) {
        case Input::Stdin:
            standardInput = text;
            break;
        case Input::Dash:
            standardInput = text;
            arguments.append(QStringLiteral("-"));
            break;
        case Input::File: {
            const QString path = dir.filePath(QStringLiteral("points.txt"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
            file.close();
            arguments.append(path);
            break;
        }
        }
        if (json)
            arguments.append(QStringLiteral("--json"));

        const SegmentCtlResult result = SegmentCtlProcess::run(
                arguments, SegmentCtlProcess::environment(), standardInput);
        SEGMENTCTL_EXPECT(result, exitCode);
        QCOMPARE(result.out, expectedOut);
        QCOMPARE(result.err, expectedErr);
    }

    void unreadableFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nothing-here.csv"));
        const SegmentCtlResult result = SegmentCtlProcess::run({QStringLiteral("pois"), path},
                                                               SegmentCtlProcess::environment());
        SEGMENTCTL_EXPECT(result, 1);
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err,
                 QStringLiteral("Cannot read %1: No such file or directory\n").arg(path));
    }

    // What pois --json prints goes straight into a working set's Location segment.
    void jsonIsWhatALocationSegmentTakes()
    {
        const SegmentCtlResult result = SegmentCtlProcess::run(
                {QStringLiteral("pois"), QStringLiteral("--json")},
                SegmentCtlProcess::environment(), "Paris;48,8566;2,3522\n");
        SEGMENTCTL_EXPECT(result, 0);
        const QJsonArray points = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(points.size(), 1);
        QCOMPARE(points.first().toObject(),
                 (QJsonObject{{QLatin1String("name"), QLatin1String("Paris")},
                              {QLatin1String("latitude"), 48.8566},
                              {QLatin1String("longitude"), 2.3522}}));
    }
};

QTEST_GUILESS_MAIN(TestSegmentCtlPois)
#include "tst_segmentctl_pois.moc"
