// Writes a picture of each form, filled with the sample segments, for the documentation and for
// looking at the layout: form_screenshots <folder> (run under QT_QPA_PLATFORM=offscreen).
#include "FindReplaceDialog.h"
#include "FormSamples.h"
#include "FormTestSupport.h"
#include "LocationForm.h"
#include "PoiImportDialog.h"
#include "ProductTaxonomy.h"
#include "SampleSegments.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTest>
#include <QTextStream>

namespace {

// Writes form-<name>.png, or <name>.png when `formPrefix` is false.
void save(QWidget *widget, const QString &folder, const QString &name, bool formPrefix = true)
{
    // Layout requests post further ones (a banner that grows, then the scroll area below it).
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    const QString path = QDir(folder).filePath(
            (formPrefix ? QStringLiteral("form-%1.png") : QStringLiteral("%1.png")).arg(name));
    if (!widget->grab().save(path))
        QTextStream(stderr) << "cannot write " << path << '\n';
    else
        QTextStream(stdout) << path << '\n';
}

QList<AudienceSegment> segments()
{
    QList<AudienceSegment> all = SampleSegments::all();
    // More stores for the location sample, one of them with swapped coordinates: the map shows it.
    AudienceSegment &location = all[1];
    location.location->pointsOfInterest
            += {{QStringLiteral("Lille Grand Place"), 50.63692, 3.06341},
                {QStringLiteral("Bordeaux Sainte-Catherine"), 44.84044, -0.57405},
                {QStringLiteral("Marseille Vieux-Port"), 43.29508, 5.37449},
                {QStringLiteral("Nantes (swapped)"), -1.55362, 47.21811}};
    AudienceSegment other = SampleSegments::of(SegmentType::Prospecting);
    other.id = QStringLiteral("2003");
    other.name = QStringLiteral("Prospects, last quarter");
    other.prospecting->usersType = UsersType::Prospects;
    other.prospecting->daysSinceLastVisitMax = Nillable<qint64>::cleared();
    all.append(other);
    // Stores in one city with a radius of a few kilometres: the circles to scale.
    AudienceSegment city = SampleSegments::of(SegmentType::Location);
    city.id = QStringLiteral("2002");
    city.name = QStringLiteral("Paris stores, 2 km");
    city.location->radiusInKm = 2;
    city.location->pointsOfInterest = {{QStringLiteral("Rivoli"), 48.85661, 2.35222},
                                       {QStringLiteral("Opéra"), 48.87196, 2.33193},
                                       {QStringLiteral("Bastille"), 48.85321, 2.36913},
                                       {QStringLiteral("Montparnasse"), 48.84213, 2.32108},
                                       {QStringLiteral("La Défense"), 48.89186, 2.23800},
                                       {QStringLiteral("Bercy"), 48.83831, 2.38263}};
    all.append(city);
    return all;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(folder);

    const struct
    {
        const char *name;
        QStringList ids;
        QSize size;
        QStringList steps;
    } shots[] = {
            {"inmarket", {QStringLiteral("1001")}, {760, 900}, {}},
            {"location", {QStringLiteral("1002")}, {760, 860}, {}},
            {"location-city", {QStringLiteral("2002")}, {760, 860}, {}},
            {"prospecting", {QStringLiteral("1003")}, {640, 300}, {}},
            {"retargeting", {QStringLiteral("1004")}, {640, 300}, {}},
            {"lookalike", {QStringLiteral("1005")}, {640, 260}, {}},
            {"contactlist", {QStringLiteral("1006")}, {640, 260}, {}},
            {"behavioral", {QStringLiteral("1007")}, {640, 320}, {}},
            {"problems",
             {QStringLiteral("1004")},
             {640, 460},
             {QStringLiteral("type nameEdit  "), QStringLiteral("type daysMinSpin 60")}},
            {"bulk-prospecting", {QStringLiteral("1003"), QStringLiteral("2003")}, {640, 280}, {}},
            {"mixed-types",
             {QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1005")},
             {640, 260},
             {}},
    };
    for (const auto &shot : shots) {
        FormFixture f;
        FormSamples::fill(f.catalog);
        f.load(segments());
        SegmentForm *form = f.show(shot.ids, shot.size);
        QString error;
        if (!f.run(shot.steps, &error))
            QTextStream(stderr) << shot.name << ": " << error << '\n';
        if (auto *location = qobject_cast<LocationForm *>(form))
            location->focusField(
                    QStringLiteral("attributes/location/pointsOfInterest/%1/latitude")
                            .arg(shot.ids.constFirst() == QLatin1String("1002") ? 5 : 2));
        save(form, folder, QString::fromLatin1(shot.name));
    }

    // The in-market form with the whole taxonomy as a country lists it: names, paths, ids, a
    // search.
    {
        FormFixture f;
        FormSamples::fill(f.catalog);
        f.catalog.setLists(QStringLiteral("501"), QStringLiteral("FR"), FormSamples::brandsFr(),
                           ProductTaxonomy::shared().interests());
        f.load(segments());
        SegmentForm *form = f.show({QStringLiteral("1001")}, {760, 900});
        QString error;
        if (!f.run({QStringLiteral("search interestsSearch shoe")}, &error))
            QTextStream(stderr) << "inmarket-names: " << error << '\n';
        save(form, folder, QStringLiteral("inmarket-names"), false);
    }

    // The dialogs.
    {
        FormFixture f;
        f.load(segments());
        auto *form = qobject_cast<LocationForm *>(f.show({QStringLiteral("1002")}));
        PoiImportDialog *dialog
                = form->reviewPoints(QStringLiteral("Name;Latitude;Longitude\n"
                                                    "Toulouse Capitole;43,60446;1,44421\n"
                                                    "Nice Masséna;43,69748;7,27053\n"
                                                    "Lyon again;45,76042;4,85974\n"
                                                    "Strasbourg;48,5833;7,7458\n"
                                                    "Rennes;-1,6778;48,1173\n"
                                                    "Brest;48,39040;-4,486076\n"
                                                    "Typo;4B,1;2,3\n"),
                                     QStringLiteral("the clipboard"));
        if (!QTest::qWaitForWindowExposed(dialog))
            return 1;
        save(dialog, folder, QStringLiteral("poi-review"));
    }
    {
        FormFixture f;
        f.load(segments());
        SegmentForm *form = f.show({QStringLiteral("1003"), QStringLiteral("2003")});
        FindReplaceDialog *dialog = form->openFindReplace();
        if (!QTest::qWaitForWindowExposed(dialog))
            return 1;
        dialog->findChild<QLineEdit *>(QStringLiteral("findEdit"))
                ->setText(QStringLiteral("Prospects"));
        dialog->findChild<QLineEdit *>(QStringLiteral("replaceEdit"))
                ->setText(QStringLiteral("New users"));
        save(dialog, folder, QStringLiteral("find-replace"));
    }
    return 0;
}
