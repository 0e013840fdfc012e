// FieldText: the settings the details panel lists and the `field: old → new` lines of the preview;
// and the icons every view asks for exist and render (the SVG plugin is there).

#include "FieldText.h"
#include "ModelIcons.h"
#include "SampleSegments.h"

#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLocale>
#include <QPixmap>
#include <QTest>
#include <algorithm>

class FieldTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingPaths_data()
    {
        QTest::addColumn<SegmentType>("type");
        QTest::addColumn<QStringList>("paths");
        const auto under = [](const char *object, const QStringList &members) {
            QStringList paths;
            for (const QString &m : members)
                paths.append(QStringLiteral("attributes/%1/%2").arg(QLatin1String(object), m));
            return paths;
        };
        QTest::newRow("in-market")
                << SegmentType::InMarket
                << under("inMarket",
                         {QStringLiteral("country"), QStringLiteral("brandIds"),
                          QStringLiteral("interestIds"), QStringLiteral("buyingPower"),
                          QStringLiteral("priceRange"), QStringLiteral("gender")});
        QTest::newRow("location") << SegmentType::Location
                                  << under("location",
                                           {QStringLiteral("pointsOfInterest"),
                                            QStringLiteral("radiusInKm"),
                                            QStringLiteral("registryType")});
        QTest::newRow("prospecting")
                << SegmentType::Prospecting
                << under("prospecting",
                         {QStringLiteral("usersType"), QStringLiteral("daysSinceLastVisitMin"),
                          QStringLiteral("daysSinceLastVisitMax")});
        QTest::newRow("retargeting")
                << SegmentType::Retargeting
                << under("retargeting",
                         {QStringLiteral("visitorsType"), QStringLiteral("daysSinceLastVisitMin"),
                          QStringLiteral("daysSinceLastVisitMax")});
        QTest::newRow("lookalike")
                << SegmentType::Lookalike
                << under("lookalike",
                         {QStringLiteral("seedSegmentId"), QStringLiteral("targetSize")});
        QTest::newRow("contact list")
                << SegmentType::ContactList << under("contactList", {QStringLiteral("isReadOnly")});
        QTest::newRow("behavioral")
                << SegmentType::Behavioral
                << under("behavioral",
                         {QStringLiteral("category"), QStringLiteral("country"),
                          QStringLiteral("startDate"), QStringLiteral("endDate")});
        QTest::newRow("unknown") << SegmentType::Unknown << QStringList();
    }

    void settingPaths()
    {
        QFETCH(SegmentType, type);
        QFETCH(QStringList, paths);
        QCOMPARE(FieldText::settingPaths(type), paths);
    }

    void changeLine_data()
    {
        QTest::addColumn<AudienceSegment>("edited");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("line");

        const AudienceSegment location = SampleSegments::of(SegmentType::Location);
        AudienceSegment renamed = location;
        renamed.name = QStringLiteral("Store visitors (FR)");
        QTest::newRow("name") << renamed << QStringLiteral("attributes/name")
                              << QStringLiteral("Name: “Store visitors” → “Store visitors (FR)”");
        AudienceSegment cleared = location;
        cleared.description = Nillable<QString>::cleared();
        QTest::newRow("description cleared")
                << cleared << QStringLiteral("attributes/description")
                << QStringLiteral("Description: “Around our two flagship stores” → (none)");
        AudienceSegment wider = location;
        wider.location->radiusInKm = 25;
        QTest::newRow("radius") << wider << QStringLiteral("attributes/location/radiusInKm")
                                << QStringLiteral("Radius (km): 10 → 25");
        AudienceSegment moved = location;
        moved.location->pointsOfInterest[0].latitude = 48.9;
        QTest::newRow("one point")
                << moved << QStringLiteral("attributes/location/pointsOfInterest")
                << QStringLiteral("Points of interest: moved 1: Paris Rivoli (48.9, 2.35222)");
        AudienceSegment pasted = location;
        const QList<PointOfInterest> before = location.location->pointsOfInterest;
        QList<PointOfInterest> &points = pasted.location->pointsOfInterest;
        points.removeFirst();
        for (const char *name : {"Paris Louvre", "Lille", "Nice", "Nantes", "Brest", "Metz"})
            points.append({QString::fromUtf8(name), 45.0, 5.0});
        points.append({QString(), 46.5, 6.25});
        QTest::newRow("points added and removed")
                << pasted << QStringLiteral("attributes/location/pointsOfInterest")
                << QStringLiteral("Points of interest: +7: Paris Louvre, Lille, Nice, Nantes, "
                                  "Brest, 2 more; −1: Paris Rivoli");
        AudienceSegment reordered = location;
        std::reverse(reordered.location->pointsOfInterest.begin(),
                     reordered.location->pointsOfInterest.end());
        QTest::newRow("points reordered")
                << reordered << QStringLiteral("attributes/location/pointsOfInterest")
                << QStringLiteral("Points of interest: the same points in another order");
        AudienceSegment unnamed = location;
        unnamed.location->pointsOfInterest = before.mid(1);
        unnamed.location->pointsOfInterest.append({QString(), 46.5, 6.25});
        QTest::newRow("an unnamed point added")
                << unnamed << QStringLiteral("attributes/location/pointsOfInterest")
                << QStringLiteral("Points of interest: +1: (unnamed) (46.5, 6.25); −1: Paris "
                                  "Rivoli");
        // Sent along with a location change, unchanged: said so, not shown as a change.
        QTest::newRow("registry type sent along")
                << moved << QStringLiteral("attributes/location/registryType")
                << QStringLiteral("Registry type: Points of interest (unchanged; the API needs it "
                                  "with this change)");
    }

    void changeLine()
    {
        QFETCH(AudienceSegment, edited);
        QFETCH(QString, path);
        QFETCH(QString, line);
        QCOMPARE(FieldText::changeLine(SampleSegments::of(SegmentType::Location), edited, path),
                 line);
    }

    // Every icon a model or the window asks for is in the resources and renders.
    void iconsExistAndRender_data()
    {
        QTest::addColumn<QString>("path");
        using ModelIcons::Icon;
        for (const Icon icon :
             {Icon::Modified, Icon::Invalid, Icon::Sending, Icon::Updated, Icon::Warned,
              Icon::Failed, Icon::NotSent, Icon::Unknown, Icon::Error, Icon::Warning}) {
            const QString path = ModelIcons::source(icon).resource;
            QTest::newRow(qPrintable(path)) << path;
        }
        for (const char *name :
             {"segment-editor", "action-connect", "action-load", "action-reload", "action-open",
              "action-save", "action-undo", "action-redo", "action-revert", "action-exclude",
              "action-find", "action-check", "action-preview", "action-send", "action-retry",
              "action-cancel", "action-next-problem", "action-previous-problem"}) {
            const QString path = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
            QTest::newRow(qPrintable(path)) << path;
        }
    }

    void iconsExistAndRender()
    {
        QFETCH(QString, path);
        QVERIFY(QFile::exists(path));
        const QImage image = QIcon(path).pixmap(24, 24).toImage();
        QVERIFY(!image.isNull());
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        QVERIFY2(opaque > 20, "the icon renders blank: is the Qt SVG plugin installed?");
    }
};

QTEST_MAIN(FieldTextTest)
#include "tst_fieldtext.moc"
