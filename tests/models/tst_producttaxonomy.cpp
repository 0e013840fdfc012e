#include "ProductTaxonomy.h"
#include "TextSearch.h"

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

// "id<parent:name" for every category, in order.
QStringList dump(const ProductTaxonomy &t)
{
    QStringList out;
    for (const ProductTaxonomy::Category &c : t.categories())
        out.append(c.id + QLatin1Char('<') + c.parentId + QLatin1Char(':') + c.name);
    return out;
}

} // namespace

// The Google product taxonomy: the parser (its format, malformed lines skipped), the German
// overlay on the English structure, the embedded editions and the language chosen by locale, and
// the folding of text the interest search compares with.
class TestProductTaxonomy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesIdsNamesAndParents()
    {
        int skipped = -1;
        const ProductTaxonomy t
                = ProductTaxonomy::parse("# Google_Product_Taxonomy_Version: 2021-09-21\n"
                                         "166 - Apparel & Accessories\r\n"
                                         "187 - Apparel & Accessories > Shoes\n"
                                         "\n"
                                         "1604 - Apparel & Accessories > Clothing\n"
                                         "5322 - Apparel & Accessories > Clothing > Activewear\n",
                                         &skipped);
        QCOMPARE(skipped, 0);
        QCOMPARE(t.version(), s("2021-09-21"));
        QCOMPARE(dump(t),
                 list({"166<:Apparel & Accessories", "187<166:Shoes", "1604<166:Clothing",
                       "5322<1604:Activewear"}));
        QCOMPARE(t.path(s("5322")), list({"Apparel & Accessories", "Clothing", "Activewear"}));
        QCOMPARE(t.name(s("187")), s("Shoes"));
        QVERIFY(!t.contains(s("999")));
        QCOMPARE(t.name(s("999")), QString());
        QCOMPARE(t.path(s("999")), QStringList());
        QCOMPARE(t.interests().at(1), (InMarketInterest{s("187"), s("166")}));
    }

    void childBeforeParentAndMissingParent()
    {
        const ProductTaxonomy t = ProductTaxonomy::parse("2 - A > B\n"
                                                         "1 - A\n"
                                                         "7 - X > Y > Z\n");
        // A parent listed later is still found; one never listed leaves a root.
        QCOMPARE(dump(t), list({"2<1:B", "1<:A", "7<:Z"}));
        QCOMPARE(t.path(s("7")), list({"Z"}));
    }

    void malformedLinesAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("no id") << QByteArray(" - A");
        QTest::newRow("id not a number") << QByteArray("12a - A");
        QTest::newRow("negative") << QByteArray("-12 - A");
        QTest::newRow("no separator") << QByteArray("12 A");
        QTest::newRow("dash without spaces") << QByteArray("12-A");
        QTest::newRow("empty path") << QByteArray("12 - ");
        QTest::newRow("empty name in path") << QByteArray("12 - A >  > B");
        QTest::newRow("trailing separator") << QByteArray("12 - A > ");
        QTest::newRow("id too long") << QByteArray("1234567890123456789 - A");
        QTest::newRow("arabic-indic digits") << QString::fromUtf8("١٢ - A").toUtf8();
        QTest::newRow("duplicate id") << QByteArray("1 - Again");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe - \x01", 7);
    }

    void malformedLinesAreSkipped()
    {
        QFETCH(QByteArray, line);
        int skipped = -1;
        const ProductTaxonomy t
                = ProductTaxonomy::parse(QByteArray("1 - A\n" + line + "\n2 - A > B\n"), &skipped);
        QCOMPARE(skipped, 1);
        QCOMPARE(dump(t), list({"1<:A", "2<1:B"}));
    }

    void emptyAndCommentOnlyInput()
    {
        int skipped = -1;
        QVERIFY(ProductTaxonomy::parse("", &skipped).isEmpty());
        QCOMPARE(skipped, 0);
        const ProductTaxonomy t = ProductTaxonomy::parse("# a comment\n# another\n", &skipped);
        QVERIFY(t.isEmpty());
        QCOMPARE(t.version(), QString());
        QCOMPARE(skipped, 0);
    }

    void overlayKeepsTheBaseStructure()
    {
        const ProductTaxonomy english = ProductTaxonomy::parse("1 - Apparel\n"
                                                               "2 - Apparel > Shoes\n"
                                                               "3 - Apparel > Shoes > Boots\n"
                                                               "4 - Apparel > Hats\n");
        // An older edition: 3 sat elsewhere, 4 did not exist, 9 was removed since.
        const ProductTaxonomy german = ProductTaxonomy::parse("1 - Bekleidung\n"
                                                              "2 - Bekleidung > Schuhe\n"
                                                              "3 - Bekleidung > Stiefel\n"
                                                              "9 - Bekleidung > Gürtel\n");
        const ProductTaxonomy t = ProductTaxonomy::overlay(english, german);
        QCOMPARE(dump(t),
                 list({"1<:Bekleidung", "2<1:Schuhe", "3<2:Stiefel", "4<1:Hats", "9<1:Gürtel"}));
        QCOMPARE(t.path(s("4")), list({"Bekleidung", "Hats"}));
    }

    void embeddedEditions()
    {
        const ProductTaxonomy &english = ProductTaxonomy::shared(QLocale(QLocale::English));
        QCOMPARE(english.size(), 5595);
        QCOMPARE(english.version(), s("2021-09-21"));
        QCOMPARE(english.path(s("201")), list({"Apparel & Accessories", "Jewelry", "Watches"}));
        QCOMPARE(english.find(s("201"))->parentId, s("188"));
        // Loaded once: the same object.
        QCOMPARE(&ProductTaxonomy::shared(QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 &english);

        const ProductTaxonomy &german = ProductTaxonomy::shared(QLocale(QLocale::German));
        QCOMPARE(german.path(s("201")),
                 list({"Bekleidung & Accessoires", "Schmuck", "Armbanduhren & Taschenuhren"}));
        QCOMPARE(&ProductTaxonomy::shared(QLocale(QLocale::German, QLocale::Austria)), &german);
        // Every English id is there, under the English parent; the 168 ids the 2015 edition
        // lacks keep their English names.
        QFile file(s(":/taxonomy/taxonomy-with-ids.de-DE.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ProductTaxonomy edition2015 = ProductTaxonomy::parse(file.readAll());
        QCOMPARE(edition2015.size(), 5427);
        QCOMPARE(german.size(), english.size()); // the 2015 edition has no id of its own
        int englishOnly = 0;
        for (const ProductTaxonomy::Category &c : english.categories()) {
            const ProductTaxonomy::Category *g = german.find(c.id);
            QVERIFY2(g, qPrintable(c.id));
            QCOMPARE(g->parentId, c.parentId);
            if (!edition2015.contains(c.id)) {
                QCOMPARE(g->name, c.name);
                ++englishOnly;
            }
        }
        QCOMPARE(englishOnly, 168);
        QCOMPARE(german.name(s("505771")), s("Kopfhörer & Headsets"));
    }

    void languageByLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << s("de");
        QTest::newRow("de_CH") << QLocale(QLocale::German, QLocale::Switzerland) << s("de");
        QTest::newRow("fr_FR: no French edition")
                << QLocale(QLocale::French, QLocale::France) << s("en");
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << s("en");
        QTest::newRow("ja_JP") << QLocale(QLocale::Japanese, QLocale::Japan) << s("en");
        QTest::newRow("C") << QLocale::c() << s("en");
    }

    void languageByLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, language);
        QCOMPARE(ProductTaxonomy::languageFor(locale), language);
        QCOMPARE(ProductTaxonomy::shared(locale).name(s("1")),
                 language == s("de") ? s("Tiere & Tierbedarf") : s("Animals & Pet Supplies"));
    }

    void foldIgnoresCaseAndDiacritics_data()
    {
        QTest::addColumn<QString>("haystack");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<bool>("found");
        QTest::newRow("case") << s("Pet Supplies") << s("PET sup") << true;
        QTest::newRow("umlaut") << s("Zubehör für Babys") << s("zubehor fur") << true;
        QTest::newRow("umlaut in needle") << s("Zubehor") << s("Zubehör") << true;
        QTest::newRow("sharp s") << s("Straßenschuhe") << s("strasse") << true;
        QTest::newRow("accent") << s("Café & Thé") << s("cafe & the") << true;
        QTest::newRow("decomposed input") << s("Cafe\u0301") << s("café") << true;
        QTest::newRow("not there") << s("Shoes") << s("boots") << false;
        QTest::newRow("empty needle") << s("Shoes") << QString() << true;
    }

    void foldIgnoresCaseAndDiacritics()
    {
        QFETCH(QString, haystack);
        QFETCH(QString, needle);
        QFETCH(bool, found);
        QCOMPARE(TextSearch::contains(haystack, needle), found);
    }
};

QTEST_GUILESS_MAIN(TestProductTaxonomy)
#include "tst_producttaxonomy.moc"
