#include "FormTestSupport.h"
#include "LocationForm.h"
#include "PoiImportDialog.h"
#include "PoiListModel.h"
#include "PoiScatterView.h"
#include "SampleSegments.h"
#include "Translations.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
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
const QString paris = s(R"({"name":"Paris Rivoli","latitude":48.85661,"longitude":2.35222})");
const QString lyon = s(R"({"name":"Lyon Part-Dieu","latitude":45.76042,"longitude":4.85974})");

// The location sample with another id and list.
AudienceSegment location(const char *id, const QList<PointOfInterest> &points)
{
    AudienceSegment s = SampleSegments::of(SegmentType::Location);
    s.id = QString::fromUtf8(id);
    s.name = QStringLiteral("Location %1").arg(s.id);
    s.location->pointsOfInterest = points;
    return s;
}

QString pointsPatch(const QString &id, const QString &points)
{
    return QStringLiteral(R"({"id":"%1","type":"AudienceSegment","attributes":{"location":
                             {"pointsOfInterest":[%2],"registryType":"PointOfInterest"}}})")
            .arg(id, points);
}

} // namespace

// The location form: radius and the points of interest through the table, the buttons, paste and
// import with their review, the map preview in step with the table, one undo step per list change.
class TestLocationForm : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FormFixture> f;
    LocationForm *form() const { return qobject_cast<LocationForm *>(f->form.get()); }
    QTableView *table() const { return f->find<QTableView>(QStringLiteral("pointsTable")); }

    // The review dialog the form opened last.
    PoiImportDialog *dialog() const
    {
        const QList<PoiImportDialog *> dialogs = f->form->findChildren<PoiImportDialog *>();
        return dialogs.isEmpty() ? nullptr : dialogs.constLast();
    }

private Q_SLOTS:
    // English as the editor shows it: with its plural forms ("Paste 1 point").
    void initTestCase() { QVERIFY(Translations::install(qApp, QStringLiteral("en"))); }

    void init()
    {
        f = std::make_unique<FormFixture>();
        f->load(SampleSegments::all()
                + QList<AudienceSegment>{location("2002",
                                                  SampleSegments::of(SegmentType::Location)
                                                          .location->pointsOfInterest),
                                         location("2003", {{s("Lille"), 50.63692, 3.06341}})});
    }
    void cleanup() { f.reset(); }

    void fields_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("patch");
        QTest::addColumn<int>("undoSteps");

        QTest::newRow("radius")
                << list({"type radiusSpin 25"})
                << s(R"({"id":"1002","type":"AudienceSegment","attributes":{"location":
                         {"radiusInKm":25,"registryType":"PointOfInterest"}}})")
                << 1;
        QTest::newRow("radius typed twice: one step")
                << list({"type radiusSpin 25", "type radiusSpin 30"})
                << s(R"({"id":"1002","type":"AudienceSegment","attributes":{"location":
                         {"radiusInKm":30,"registryType":"PointOfInterest"}}})")
                << 1;
        QTest::newRow("latitude cell") << list({"cell pointsTable 0 1 48.9"})
                                       << pointsPatch(id1002,
                                                      s(R"({"name":"Paris Rivoli","latitude":48.9,
                                             "longitude":2.35222},)")
                                                              + lyon)
                                       << 1;
        QTest::newRow("longitude cell with a decimal comma")
                << list({"cell pointsTable 1 2 4,8"})
                << pointsPatch(id1002, paris + s(R"(,{"name":"Lyon Part-Dieu","latitude":45.76042,
                                                      "longitude":4.8})"))
                << 1;
        QTest::newRow("latitude cell in degrees, minutes, seconds")
                << list({"cell pointsTable 0 1 48°51'24\"N"})
                << pointsPatch(id1002,
                               s(R"({"name":"Paris Rivoli","latitude":48.85667,
                                             "longitude":2.35222},)")
                                       + lyon)
                << 1;
        QTest::newRow("more decimals, the same place as sent: no change")
                << list({"cell pointsTable 0 2 2.3522219"}) << s("null") << 0;
        QTest::newRow("more than 5 decimals are sent rounded")
                << list({"cell pointsTable 0 2 2.352236"})
                << pointsPatch(id1002,
                               s(R"({"name":"Paris Rivoli","latitude":48.85661,
                                             "longitude":2.35224},)")
                                       + lyon)
                << 1;
        QTest::newRow("name cell")
                << list({"cell pointsTable 1 0 Lyon Gare"})
                << pointsPatch(id1002, paris + s(R"(,{"name":"Lyon Gare","latitude":45.76042,
                                                      "longitude":4.85974})"))
                << 1;
        QTest::newRow("out of range: refused")
                << list({"cell pointsTable 0 1 95"}) << s("null") << 0;
        QTest::newRow("not a number: refused")
                << list({"cell pointsTable 1 2 east"}) << s("null") << 0;
        QTest::newRow("added point")
                << list({"click addPointButton"})
                << pointsPatch(id1002,
                               paris + QLatin1Char(',') + lyon + s(R"(,{"name":"New point 3"})"))
                << 1;
        QTest::newRow("added point, then its coordinates")
                << list({"click addPointButton", "cell pointsTable 2 1 43.29508",
                         "cell pointsTable 2 2 5.37449", "cell pointsTable 2 0 Marseille"})
                << pointsPatch(id1002,
                               paris + QLatin1Char(',') + lyon
                                       + s(R"(,{"name":"Marseille","latitude":43.29508,
                                                        "longitude":5.37449})"))
                << 4;
        QTest::newRow("removed point") << list({"select pointsTable 0", "click removePointsButton"})
                                       << pointsPatch(id1002, lyon) << 1;
        QTest::newRow("removed with the Delete key")
                << list({"select pointsTable 1", "key pointsTable Delete"})
                << pointsPatch(id1002, paris) << 1;
        QTest::newRow("both removed: one step")
                << list({"select pointsTable 0,1", "click removePointsButton"})
                << pointsPatch(id1002, QString()) << 1;
        QTest::newRow("duplicated point")
                << list({"select pointsTable 1", "click duplicatePointsButton"})
                << pointsPatch(id1002,
                               paris + QLatin1Char(',') + lyon
                                       + s(R"json(,{"name":"Lyon Part-Dieu (copy)",
                                                        "latitude":45.76042,"longitude":4.85974})json"))
                << 1;
        QTest::newRow("added, then reverted")
                << list({"click addPointButton", "click pointsOfInterestRevertButton"}) << s("null")
                << 2;
    }

    void fields()
    {
        QFETCH(QStringList, steps);
        QFETCH(QString, patch);
        QFETCH(int, undoSteps);
        QVERIFY(f->show({id1002}));
        QString error;
        QVERIFY2(f->run(steps, &error), qPrintable(error));
        QCOMPARE(f->patchDifference(id1002, patch), QString());
        QCOMPARE(f->undoStack.count(), undoSteps);
    }

    void refusedCellSaysWhy_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("latitude") << 1 << s("95") << s("Latitude 95 is out of range (-90 to 90).");
        QTest::newRow("longitude")
                << 2 << s("-181") << s("Longitude -181 is out of range (-180 to 180).");
        QTest::newRow("text") << 1 << s("north")
                              << s("Latitude “north” is not a number or a "
                                   "degrees-minutes-seconds value.");
        QTest::newRow("minutes") << 1 << s("48°75'")
                                 << s("Latitude “48°75'”: minutes must be below 60.");
    }

    void refusedCellSaysWhy()
    {
        QFETCH(int, column);
        QFETCH(QString, typed);
        QFETCH(QString, message);
        QVERIFY(f->show({id1002}));
        QVERIFY(f->run({QStringLiteral("cell pointsTable 0 %1 %2").arg(column).arg(typed)}));
        auto *label = f->find<QLabel>(QStringLiteral("pointEditMessage"));
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), message);
        // The editor stays open with the text; Escape leaves the cell as it was.
        auto *editor = qobject_cast<QLineEdit *>(table()->indexWidget(table()->currentIndex()));
        QVERIFY(editor);
        QCOMPARE(editor->text(), typed);
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!label->isVisible());
        QCOMPARE(f->patchText(id1002), s("null"));
        QCOMPARE(f->undoStack.count(), 0);
    }

    void validatorMarksCells()
    {
        QVERIFY(f->show({id1002}));
        QVERIFY(f->run({s("click addPointButton")}));
        PoiListModel *model = form()->pointsModel();
        const QString latitudeTip
                = model->index(2, PoiListModel::LatitudeColumn).data(Qt::ToolTipRole).toString();
        QCOMPARE(latitudeTip,
                 s("Point of interest “New point 3” has no latitude. Enter a "
                   "latitude from -90 to 90."));
        QVERIFY(model->index(2, PoiListModel::LongitudeColumn).data(Qt::ToolTipRole).isValid());
        QVERIFY(!model->index(2, PoiListModel::NameColumn).data(Qt::ToolTipRole).isValid());
        QVERIFY(!model->index(0, PoiListModel::LatitudeColumn).data(Qt::ToolTipRole).isValid());
        FieldDecorator *field
                = f->form->decoratorFor(QStringLiteral("attributes/location/pointsOfInterest"));
        QVERIFY(field->hasError());
        QCOMPARE(field->messages().size(), 2);
        QVERIFY(f->run({s("cell pointsTable 2 1 48.85661"), s("cell pointsTable 2 2 2.35222")}));
        // Now at the same place as Paris Rivoli: a warning on the point.
        QVERIFY(!field->hasError());
        QCOMPARE(field->messages().size(), 1);
        QCOMPARE(model->index(2, PoiListModel::NameColumn).data(Qt::ToolTipRole).toString(),
                 s("Point of interest “New point 3” is at the same place (48.85661, 2.35222) as "
                   "“Paris Rivoli”. Remove one of them if it is a repeat."));
    }

    void sortingChangesOnlyTheView()
    {
        QVERIFY(f->show({id1002}));
        table()->sortByColumn(PoiListModel::LatitudeColumn, Qt::AscendingOrder);
        QCOMPARE(table()->model()->index(0, 0).data().toString(), s("Lyon Part-Dieu"));
        QCOMPARE(f->patchText(id1002), s("null"));
        QCOMPARE(f->undoStack.count(), 0);
        // Edits through the sorted view reach the right point.
        QVERIFY(f->run({s("cell pointsTable 0 0 Lyon Gare")}));
        QCOMPARE(f->model.edited(id1002)->location->pointsOfInterest.at(1).name, s("Lyon Gare"));
        // focusField speaks of list positions, whatever the sorting.
        QVERIFY(f->form->focusField(
                QStringLiteral("attributes/location/pointsOfInterest/0/longitude")));
        const QModelIndex current = table()->currentIndex();
        QCOMPARE(current.row(), 1);
        QCOMPARE(current.column(), 2);
        QCOMPARE(current.siblingAtColumn(0).data().toString(), s("Paris Rivoli"));
        // Back to list order.
        table()->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        QCOMPARE(table()->model()->index(0, 0).data().toString(), s("Paris Rivoli"));
    }

    void pasteWithCtrlV()
    {
        QVERIFY(f->show({id1002}));
        QGuiApplication::clipboard()->setText(
                s("Name\tLatitude\tLongitude\nLille\t50.63692\t3.06341\nNowhere\t95\t3\n"));
        QVERIFY(f->run({s("select pointsTable 0"), s("key pointsTable Ctrl+V")}));
        PoiImportDialog *review = dialog();
        QVERIFY(review);
        QTRY_VERIFY(review->isVisible());
        // Nothing changes before Apply.
        QCOMPARE(f->patchText(id1002), s("null"));
        QCOMPARE(review->messageTexts(),
                 list({"line 3: Latitude 95 is out of range (-90 to 90). Did you swap latitude "
                       "and longitude?"}));
        QCOMPARE(review->findChild<QLabel *>(QStringLiteral("importSummaryLabel"))->text(),
                 s("1 point will be added; 1 line rejected."));
        QTest::mouseClick(review->findChild<QPushButton *>(QStringLiteral("applyImportButton")),
                          Qt::LeftButton);
        QCOMPARE(
                f->patchDifference(
                        id1002,
                        pointsPatch(id1002, paris + QLatin1Char(',') + lyon + s(R"(,{"name":"Lille",
                                                                    "latitude":50.63692,
                                                                    "longitude":3.06341})"))),
                QString());
        QCOMPARE(f->undoStack.count(), 1);
        QCOMPARE(f->undoStack.text(0), s("Paste 1 point into “Store visitors”"));
        QTRY_VERIFY(!dialog());
    }

    void pasteButtonAndCancel()
    {
        QVERIFY(f->show({id1002}));
        QGuiApplication::clipboard()->setText(s("Lille;50,63692;3,06341"));
        QVERIFY(f->run({s("click pastePointsButton")}));
        PoiImportDialog *review = dialog();
        QVERIFY(review);
        QCOMPARE(review->pointsToApply().size(), 1);
        review->reject();
        QCOMPARE(f->patchText(id1002), s("null"));
        QCOMPARE(f->undoStack.count(), 0);
    }

    void emptyClipboardSaysSo()
    {
        QVERIFY(f->show({id1002}));
        QGuiApplication::clipboard()->setText(s("  \n"));
        QVERIFY(f->run({s("click pastePointsButton")}));
        QVERIFY(!dialog());
        QVERIFY(f->find<QLabel>(QStringLiteral("pointEditMessage"))
                        ->text()
                        .startsWith(s("The clipboard holds no text")));
    }

    void pasteReplacesTheList()
    {
        QVERIFY(f->show({id1002}));
        PoiImportDialog *review = form()->reviewPoints(s("Lille,50.63692,3.06341\nParis "
                                                         "Rivoli,48.85661,2.35222"),
                                                       s("the clipboard"));
        // Adding: Paris Rivoli is already there and is left out.
        QCOMPARE(review->messageTexts(),
                 list({"line 2: Already in the list; it is not added again."}));
        QCOMPARE(review->pointsToApply().size(), 1);
        review->setReplaceExisting(true);
        QCOMPARE(review->messageTexts(), QStringList());
        QCOMPARE(review->pointsToApply().size(), 2);
        review->accept();
        QCOMPARE(f
                         ->patchDifference(id1002, pointsPatch(id1002, s(R"({"name":"Lille",
                     "latitude":50.63692,"longitude":3.06341},)") + paris)),
                 QString());
        QCOMPARE(f->undoStack.text(0),
                 s("Replace the points of “Store visitors” with 2 pasted points"));
    }

    void importCsv()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("stores.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Latin-1, as a spreadsheet on Windows writes it.
        file.write("Nom;Latitude;Longitude\r\nN\xEEmes;43,83781;4,36008\r\nBrest;48,39040;-4,"
                   "48608\r\n");
        file.close();

        QVERIFY(f->show({id1002}));
        QString askedCaption;
        f->form->setOpenFileNameProvider([&](QWidget *, const QString &caption, const QString &) {
            askedCaption = caption;
            return path;
        });
        QVERIFY(f->run({s("click importCsvButton")}));
        QCOMPARE(askedCaption, s("Import Points of Interest"));
        PoiImportDialog *review = dialog();
        QVERIFY(review);
        QCOMPARE(review->sourceName(), s("stores.csv"));
        QCOMPARE(review->pointsToApply().size(), 2);
        QCOMPARE(review->pointsToApply().at(0).name, s("Nîmes"));
        review->accept();
        QCOMPARE(f->undoStack.count(), 1);
        QCOMPARE(f->undoStack.text(0),
                 s("Import 2 points from “stores.csv” into “Store visitors”"));
        QCOMPARE(f->model.edited(id1002)->location->pointsOfInterest.size(), 4);

        // A file that cannot be read: said in place, nothing opened.
        f->form->setOpenFileNameProvider([&](QWidget *, const QString &, const QString &) {
            return dir.filePath(s("gone.csv"));
        });
        QVERIFY(f->run({s("click importCsvButton")}));
        QVERIFY(f->find<QLabel>(QStringLiteral("pointEditMessage"))
                        ->text()
                        .startsWith(s("“gone.csv” could not be read")));
        // No file chosen: nothing at all.
        f->form->setOpenFileNameProvider(
                [](QWidget *, const QString &, const QString &) { return QString(); });
        QVERIFY(f->run({s("click importCsvButton")}));
        QCOMPARE(f->undoStack.count(), 1);
    }

    void scatterFollowsTheTable()
    {
        QVERIFY(f->show({id1002}));
        PoiScatterView *scatter = form()->scatter();
        QVERIFY(scatter->isVisible());
        QCOMPARE(scatter->radiusKm(), std::optional<double>(10.0));
        QVERIFY(scatter->pointPosition(0));
        QVERIFY(scatter->pointPosition(1));
        // Paris is north-west of Lyon: above and to the left.
        QVERIFY(scatter->pointPosition(0)->y() < scatter->pointPosition(1)->y());
        QVERIFY(scatter->pointPosition(0)->x() < scatter->pointPosition(1)->x());

        QVERIFY(f->run({s("select pointsTable 1")}));
        QCOMPARE(scatter->selectedRows(), QList<int>{1});
        QVERIFY(f->run({s("select pointsTable 0,1")}));
        QCOMPARE(scatter->selectedRows(), (QList<int>{0, 1}));

        // Clicking a point selects its row, also when the table is sorted.
        table()->sortByColumn(PoiListModel::LatitudeColumn, Qt::AscendingOrder);
        QTest::mouseClick(scatter, Qt::LeftButton, {}, scatter->pointPosition(0)->toPoint());
        QCOMPARE(scatter->selectedRows(), QList<int>{0});
        const QModelIndexList rows = table()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).row(), 1); // Paris is second by latitude
        QCOMPARE(rows.at(0).data().toString(), s("Paris Rivoli"));
        // Clicking beside every point changes nothing.
        QTest::mouseClick(scatter, Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
    }

    void scatterScaleAndHiddenPoints()
    {
        QVERIFY(f->show({id1002}));
        PoiScatterView *scatter = form()->scatter();
        // Paris and Lyon are 392 km apart: the on-screen distance matches the scale of the map.
        const QPointF a = *scatter->pointPosition(0);
        const QPointF b = *scatter->pointPosition(1);
        const double midLat = (48.85661 + 45.76042) / 2 * 3.14159265358979 / 180;
        const double dx = (4.85974 - 2.35222) * std::cos(midLat);
        const double dy = 48.85661 - 45.76042;
        const double ratio = (b.x() - a.x()) / (b.y() - a.y());
        QVERIFY2(std::abs(ratio - dx / dy) < 0.01, qPrintable(QString::number(ratio)));
        // A point without coordinates is counted, not drawn.
        QVERIFY(f->run({s("click addPointButton")}));
        QCOMPARE(scatter->hiddenCount(), 1);
        QVERIFY(!scatter->pointPosition(2));
    }

    void sameListsEditedTogether()
    {
        const QStringList ids{id1002, QStringLiteral("2002")};
        QVERIFY(f->show(ids));
        QVERIFY(table()->isVisible());
        QCOMPARE(f->find<QLabel>(QStringLiteral("pointsCount"))->text(),
                 s("2 points, the same in every selected segment"));
        QVERIFY(f->run({s("cell pointsTable 1 0 Lyon Gare"), s("type radiusSpin 12")}));
        QCOMPARE(f->undoStack.count(), 2);
        for (const QString &id : ids) {
            QCOMPARE(f->model.edited(id)->location->pointsOfInterest.at(1).name, s("Lyon Gare"));
            QCOMPARE(f->model.edited(id)->location->radiusInKm, std::optional<qint64>(12));
        }
    }

    void differentListsTakePastedPoints()
    {
        const QStringList ids{id1002, QStringLiteral("2003")};
        QVERIFY(f->show(ids));
        QVERIFY(!table()->isVisible());
        QVERIFY(f->find<QLabel>(QStringLiteral("pointsHint"))->isVisible());
        QVERIFY(!f->find<QPushButton>(QStringLiteral("addPointButton"))->isEnabled());
        QVERIFY(f->find<QPushButton>(QStringLiteral("pastePointsButton"))->isEnabled());
        PoiImportDialog *review = form()->reviewPoints(s("Lille,50.63692,3.06341\nNice,43.7,7.26"),
                                                       s("the clipboard"));
        // The lists differ: no "already there" in the review; each list skips its own repeats.
        QCOMPARE(review->messageTexts(), QStringList());
        review->accept();
        QCOMPARE(f->undoStack.count(), 1);
        QCOMPARE(f->model.edited(id1002)->location->pointsOfInterest.size(), 4);
        QCOMPARE(f->model.edited(QStringLiteral("2003"))->location->pointsOfInterest.size(), 2);
        f->undoStack.undo();
        QCOMPARE(f->model.edited(id1002)->location->pointsOfInterest.size(), 2);
        QCOMPARE(f->model.edited(QStringLiteral("2003"))->location->pointsOfInterest.size(), 1);
    }
};

QTEST_MAIN(TestLocationForm)
#include "tst_locationform.moc"
