// FieldText: the values the details panel shows and the `field: old → new` lines of the preview;
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

    void valueText_data()
    {
        QTest::addColumn<AudienceSegment>("segment");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("quoted");
        QTest::addColumn<QString>("text");

        using SampleSegments::of;
        const AudienceSegment inMarket = of(SegmentType::InMarket);
        const AudienceSegment location = of(SegmentType::Location);
        QTest::newRow("string") << inMarket << QStringLiteral("attributes/name") << false
                                << QStringLiteral("Sneaker intenders FR");
        QTest::newRow("quoted string") << inMarket << QStringLiteral("attributes/name") << true
                                       << QStringLiteral("“Sneaker intenders FR”");
        QTest::newRow("id list") << inMarket << QStringLiteral("attributes/inMarket/brandIds")
                                 << false << QStringLiteral("4101, 4102");
        QTest::newRow("enum list") << inMarket << QStringLiteral("attributes/inMarket/buyingPower")
                                   << true << QStringLiteral("Medium, High");
        QTest::newRow("enum") << inMarket << QStringLiteral("attributes/inMarket/gender") << false
                              << QStringLiteral("Female");
        QTest::newRow("points") << location
                                << QStringLiteral("attributes/location/pointsOfInterest") << false
                                << QStringLiteral("Paris Rivoli (48.85661, 2.35222), "
                                                  "Lyon Part-Dieu (45.76042, 4.85974)");
        QTest::newRow("one coordinate")
                << location << QStringLiteral("attributes/location/pointsOfInterest/1/latitude")
                << false << QStringLiteral("45.76042");
        QTest::newRow("integer") << location << QStringLiteral("attributes/location/radiusInKm")
                                 << false << QStringLiteral("10");
        QTest::newRow("int64") << of(SegmentType::Lookalike)
                               << QStringLiteral("attributes/lookalike/targetSize") << false
                               << QLocale().toString(qint64(500000)); // grouped as the user reads
        QTest::newRow("bool") << of(SegmentType::ContactList)
                              << QStringLiteral("attributes/contactList/isReadOnly") << false
                              << QStringLiteral("No");

        AudienceSegment cleared = inMarket;
        cleared.description = Nillable<QString>::cleared();
        cleared.name.reset();
        cleared.inMarket->gender = Nillable<Gender>::cleared();
        QTest::newRow("cleared nillable") << cleared << QStringLiteral("attributes/description")
                                          << true << QStringLiteral("(none)");
        QTest::newRow("cleared enum") << cleared << QStringLiteral("attributes/inMarket/gender")
                                      << false << QStringLiteral("(none)");
        QTest::newRow("absent") << cleared << QStringLiteral("attributes/name") << false
                                << QStringLiteral("(not set)");
        QTest::newRow("path past the end")
                << location << QStringLiteral("attributes/location/pointsOfInterest/7/latitude")
                << false << QStringLiteral("(not set)");

        AudienceSegment many = inMarket;
        many.inMarket->brandIds.clear();
        for (int i = 1; i <= 14; ++i)
            many.inMarket->brandIds.append(QString::number(i));
        QTest::newRow("long list shown in part")
                << many << QStringLiteral("attributes/inMarket/brandIds") << false
                << QStringLiteral("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 … (+2)");
    }

    void valueText()
    {
        QFETCH(AudienceSegment, segment);
        QFETCH(QString, path);
        QFETCH(bool, quoted);
        QFETCH(QString, text);
        QCOMPARE(FieldText::valueText(segment, path, quoted), text);
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
                << QStringLiteral("Points of interest: Paris Rivoli (48.85661, 2.35222), Lyon "
                                  "Part-Dieu (45.76042, 4.85974) → Paris Rivoli (48.90000, "
                                  "2.35222), Lyon Part-Dieu (45.76042, 4.85974)");
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
