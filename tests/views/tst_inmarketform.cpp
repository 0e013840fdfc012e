#include "CountryComboBox.h"
#include "FormSamples.h"
#include "FormTestSupport.h"
#include "InMarketForm.h"
#include "LookupChecklist.h"
#include "ProductTaxonomy.h"
#include "SampleSegments.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

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

const QString id1001 = QStringLiteral("1001");

// The in-market sample with another id, advertiser or country.
AudienceSegment inMarket(const char *id, const char *advertiser, const char *country,
                         QStringList brands)
{
    AudienceSegment s = SampleSegments::of(SegmentType::InMarket);
    s.id = QString::fromUtf8(id);
    s.advertiserId = QString::fromUtf8(advertiser);
    s.name = QStringLiteral("In-market %1").arg(s.id);
    s.inMarket->country = QString::fromUtf8(country);
    s.inMarket->brandIds = std::move(brands);
    return s;
}

// Every row the proxy shows, depth first, as "indent+text" of column 0.
QStringList visibleRows(QAbstractItemModel *model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        rows.append(QString(depth * 2, QLatin1Char(' ')) + index.data().toString());
        rows += visibleRows(model, index, depth + 1);
    }
    return rows;
}

} // namespace

// The in-market form: every field through its widgets down to the PATCH it makes, the brand and
// interest lists from the catalog (cache, refresh, failure, other country), ids the lists do not
// know, several rows at once.
class TestInMarketForm : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FormFixture> f;

    LookupChecklist *brands() const
    {
        return f->find<LookupChecklist>(QStringLiteral("brandsList"));
    }
    LookupChecklist *interests() const
    {
        return f->find<LookupChecklist>(QStringLiteral("interestsList"));
    }
    QString status() const { return f->find<QLabel>(QStringLiteral("lookupStatus"))->text(); }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<FormFixture>();
        FormSamples::fill(f->catalog);
        f->load(SampleSegments::all()
                + QList<AudienceSegment>{inMarket("2001", "501", "FR", {s("4101"), s("9999")}),
                                         inMarket("2002", "501", "FR", {s("4103")}),
                                         inMarket("2003", "502", "FR", {}),
                                         inMarket("2004", "501", "DE", {})});
    }
    void cleanup() { f.reset(); }

    void fields_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("inMarket"); // the inMarket object of the patch; "null": none
        QTest::addColumn<int>("undoSteps");

        QTest::newRow("country by name")
                << list({"type countryCombo Germany"}) << s(R"({"country":"DE"})") << 1;
        QTest::newRow("country by code, lower case")
                << list({"type countryCombo es"}) << s(R"({"country":"ES"})") << 1;
        QTest::newRow("country by item text")
                << list({"type countryCombo Italy (IT)"}) << s(R"({"country":"IT"})") << 1;
        QTest::newRow("not a country: unchanged")
                << list({"type countryCombo Atlantis"}) << s("null") << 0;
        QTest::newRow("the same country: unchanged")
                << list({"type countryCombo FR"}) << s("null") << 0;
        QTest::newRow("country, then reverted")
                << list({"type countryCombo Germany", "click countryRevertButton"}) << s("null")
                << 2;
        QTest::newRow("brand added") << list({"check brandsView Puma"})
                                     << s(R"({"brandIds":["4101","4102","4103"]})") << 1;
        QTest::newRow("brand removed")
                << list({"check brandsView Nike"}) << s(R"({"brandIds":["4102"]})") << 1;
        QTest::newRow("brand found by search, added")
                << list({"search brandsSearch bal", "check brandsView New Balance"})
                << s(R"({"brandIds":["4101","4102","4105"]})") << 1;
        QTest::newRow("every brand removed")
                << list({"check brandsView Nike", "check brandsView Adidas"})
                << s(R"({"brandIds":[]})") << 2;
        QTest::newRow("interest added") << list({"check interestsView Athletics"})
                                        << s(R"({"interestIds":["187","5408","499713"]})") << 1;
        QTest::newRow("interest found by search, added")
                << list({"search interestsSearch sporting", "check interestsView Sporting Goods"})
                << s(R"({"interestIds":["187","5408","988"]})") << 1;
        QTest::newRow("interest without a name, added")
                << list({"check interestsView 990000001"})
                << s(R"({"interestIds":["187","5408","990000001"]})") << 1;
        QTest::newRow("interest removed")
                << list({"check interestsView Shoes"}) << s(R"({"interestIds":["5408"]})") << 1;
        QTest::newRow("a parent is its own interest")
                << list({"check interestsView Apparel & Accessories"})
                << s(R"({"interestIds":["187","5408","166"]})") << 1;
        QTest::newRow("gender male")
                << list({"choose genderCombo Male"}) << s(R"({"gender":{"value":"Male"}})") << 1;
        QTest::newRow("gender cleared: null") << list({"choose genderCombo Not set (any gender)"})
                                              << s(R"({"gender":{"value":null}})") << 1;
        QTest::newRow("gender cleared and set back")
                << list({"choose genderCombo Not set (any gender)", "choose genderCombo Female"})
                << s("null") << 2;
        QTest::newRow("buying power added") << list({"space buyingPowerLowCheck"})
                                            << s(R"({"buyingPower":["Medium","High","Low"]})") << 1;
        QTest::newRow("buying power very high")
                << list({"space buyingPowerVeryHighCheck"})
                << s(R"({"buyingPower":["Medium","High","VeryHigh"]})") << 1;
        QTest::newRow("buying power removed")
                << list({"space buyingPowerHighCheck"}) << s(R"({"buyingPower":["Medium"]})") << 1;
        QTest::newRow("price range added") << list({"space priceRangeHighCheck"})
                                           << s(R"({"priceRange":["Medium","High"]})") << 1;
        QTest::newRow("price range emptied")
                << list({"space priceRangeMediumCheck"}) << s(R"({"priceRange":[]})") << 1;
        QTest::newRow("several fields") << list(
                {"type countryCombo DE", "choose genderCombo Male", "space priceRangeLowCheck"})
                                        << s(R"({"country":"DE","priceRange":["Medium","Low"],
                         "gender":{"value":"Male"}})")
                                        << 3;
    }

    void fields()
    {
        QFETCH(QStringList, steps);
        QFETCH(QString, inMarket);
        QFETCH(int, undoSteps);
        QVERIFY(f->show({id1001}));
        QString error;
        QVERIFY2(f->run(steps, &error), qPrintable(error));
        const QString expected = inMarket == QLatin1String("null")
                ? inMarket
                : QStringLiteral(R"({"id":"1001","type":"AudienceSegment",
                                     "attributes":{"inMarket":%1}})")
                          .arg(inMarket);
        QCOMPARE(f->patchDifference(id1001, expected), QString());
        QCOMPARE(f->undoStack.count(), undoSteps);
    }

    void widgetsShowTheSegment()
    {
        QVERIFY(f->show({id1001}));
        auto *country = f->find<CountryComboBox>(QStringLiteral("countryCombo"));
        QCOMPARE(country->currentText(), s("France (FR)"));
        QCOMPARE(country->country(), s("FR"));
        QCOMPARE(brands()->checkState(s("4101")), Qt::Checked);
        QCOMPARE(brands()->checkState(s("4103")), Qt::Unchecked);
        QCOMPARE(brands()->text(s("4101"), 2), s("1,250,000"));
        QCOMPARE(brands()->text(s("4105"), 2), QString());
        QCOMPARE(interests()->checkState(s("187")), Qt::Checked);
        QCOMPARE(f->find<QComboBox>(QStringLiteral("genderCombo"))->currentText(), s("Female"));
        QVERIFY(f->find<QCheckBox>(QStringLiteral("buyingPowerMediumCheck"))->isChecked());
        QVERIFY(!f->find<QCheckBox>(QStringLiteral("buyingPowerLowCheck"))->isChecked());
        QCOMPARE(status(), s("Brands: 5, interests: 9 (advertiser 501, FR)."));
    }

    void interestTreeFromParentIds()
    {
        QVERIFY(f->show({id1001}));
        QAbstractItemModel *model = interests()->view()->model();
        // Named from the taxonomy, sorted by name; the id the taxonomy lacks shows its id.
        QCOMPARE(visibleRows(model),
                 list({"990000001", "Apparel & Accessories", "  Clothing", "    Activewear",
                       "    Baby & Toddler Clothing", "      Baby & Toddler Bottoms", "  Shoes",
                       "Sporting Goods", "  Athletics"}));
        // The path column names the ancestors from the root (by the API's parent ids); the last
        // column is the id.
        QCOMPARE(interests()->text(s("5408"), 1),
                 s("Apparel & Accessories › Clothing › Baby & Toddler Clothing"));
        QCOMPARE(interests()->text(s("5408"), 2), s("5408"));
        QCOMPARE(interests()->text(s("166"), 1), QString());
        QCOMPARE(interests()->text(s("990000001")), s("990000001"));
        // Searching by id keeps the ancestors of a match.
        QVERIFY(f->run({s("search interestsSearch 4997")}));
        QCOMPARE(visibleRows(model), list({"Sporting Goods", "  Athletics"}));
        // By name, ignoring case, on the name and the path.
        QVERIFY(f->run({s("search interestsSearch TODDLER")}));
        QCOMPARE(visibleRows(model),
                 list({"Apparel & Accessories", "  Clothing", "    Baby & Toddler Clothing",
                       "      Baby & Toddler Bottoms"}));
        // A match on the path shows the whole branch.
        QVERIFY(f->run({s("search interestsSearch accessories")}));
        QCOMPARE(visibleRows(model),
                 list({"Apparel & Accessories", "  Clothing", "    Activewear",
                       "    Baby & Toddler Clothing", "      Baby & Toddler Bottoms", "  Shoes"}));
        QVERIFY(f->run({s("search interestsSearch nothing like it")}));
        QCOMPARE(visibleRows(model), QStringList());
    }

    void interestsInGerman()
    {
        // A German user sees the German edition; a category it lacks (added since) in English.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        f->catalog.setLists(s("501"), s("FR"), FormSamples::brandsFr(),
                            FormSamples::interestsFr()
                                    + QList<InMarketInterest>{{s("1001"), s("988")},
                                                              {s("632"), QString()},
                                                              {s("543575"), s("632")}});
        const bool shown = f->show({id1001});
        QLocale::setDefault(before);
        QVERIFY(shown);
        QCOMPARE(interests()->text(s("187")), s("Schuhe"));
        QCOMPARE(interests()->text(s("5408"), 1),
                 s("Bekleidung & Accessoires › Bekleidung › Baby- & Kleinkindbekleidung"));
        QCOMPARE(interests()->text(s("543575")), s("Fuel"));
        QCOMPARE(interests()->text(s("543575"), 1), s("Heimwerkerbedarf"));
        // Diacritics and case do not count: "aktivitaten" finds "Aktivitäten".
        QVERIFY(f->run({s("search interestsSearch INDOOR - AKTIVITATEN")}));
        QCOMPARE(visibleRows(interests()->view()->model()),
                 list({"Sportartikel", "  Indoor - Aktivitäten"}));
    }

    void brandSearchByNameOrId()
    {
        QVERIFY(f->show({id1001}));
        QAbstractItemModel *model = brands()->view()->model();
        QCOMPARE(visibleRows(model), list({"Adidas", "Asics", "New Balance", "Nike", "Puma"}));
        QVERIFY(f->run({s("search brandsSearch NI")}));
        QCOMPARE(visibleRows(model), list({"Nike"}));
        QVERIFY(f->run({s("search brandsSearch 4103")}));
        QCOMPARE(visibleRows(model), list({"Puma"}));
        // Focusing a brand the search hides clears the search.
        QVERIFY(f->form->focusField(QStringLiteral("attributes/inMarket/brandIds/0")));
        QCOMPARE(brands()->searchEdit()->text(), QString());
        QCOMPARE(brands()->view()->currentIndex().data().toString(), s("Nike"));
    }

    void brandWithoutANameSaysSo()
    {
        f->catalog.setLists(s("501"), s("FR"),
                            FormSamples::brandsFr()
                                    + QList<InMarketBrand>{{s("4107"), QString(), 1000}},
                            FormSamples::interestsFr());
        QVERIFY(f->show({id1001}));
        QVERIFY(brands()->isKnown(s("4107")));
        QCOMPARE(brands()->text(s("4107")), s("Id 4107 (name not available)"));
    }

    void unknownBrandIsKept()
    {
        QVERIFY(f->show({QStringLiteral("2001")}));
        QCOMPARE(brands()->ids(), list({"4101", "4102", "4103", "4104", "4105", "9999"}));
        QVERIFY(!brands()->isKnown(s("9999")));
        QCOMPARE(brands()->text(s("9999")), s("Unknown brand 9999"));
        QCOMPARE(brands()->checkState(s("9999")), Qt::Checked);
        // Another change leaves it in the list sent.
        QVERIFY(f->run({s("check brandsView Puma")}));
        QCOMPARE(f->patchDifference(QStringLiteral("2001"),
                                    s(R"({"id":"2001","type":"AudienceSegment","attributes":
                                          {"inMarket":{"brandIds":["4101","9999","4103"]}}})")),
                 QString());
        // Unchecked, it leaves the list sent but stays listed, so it can be checked again.
        QVERIFY(f->run({s("check brandsView Unknown brand 9999")}));
        QCOMPARE(f->patchDifference(QStringLiteral("2001"),
                                    s(R"({"id":"2001","type":"AudienceSegment","attributes":
                                          {"inMarket":{"brandIds":["4101","4103"]}}})")),
                 QString());
        QVERIFY(brands()->ids().contains(s("9999")));
        QCOMPARE(brands()->checkState(s("9999")), Qt::Unchecked);
    }

    void listsAreCachedAndRefreshed()
    {
        QVERIFY(f->show({id1001}));
        QCOMPARE(f->catalog.fetchCount(), 1);
        f->form->showSegments({QStringLiteral("2002")});
        f->form->showSegments({id1001});
        QCOMPARE(f->catalog.fetchCount(), 1); // same advertiser and country: the cache
        QCOMPARE(brands()->checkState(s("4101")), Qt::Checked);

        f->catalog.setDeferred(true);
        f->catalog.setLists(s("501"), s("FR"),
                            FormSamples::brandsFr()
                                    + QList<InMarketBrand>{{s("4106"), s("Reebok"), 5000}},
                            FormSamples::interestsFr());
        QVERIFY(f->run({s("click refreshLookupsButton")}));
        QCOMPARE(f->catalog.fetchCount(), 2);
        QCOMPARE(status(), s("Loading the brands and interests of FR…"));
        QCOMPARE(f->catalog.answerPending(), 1);
        QCOMPARE(status(), s("Brands: 6, interests: 9 (advertiser 501, FR)."));
        QVERIFY(brands()->isKnown(s("4106")));
        // The check states survive the new lists.
        QCOMPARE(brands()->checkState(s("4102")), Qt::Checked);
    }

    void failureIsShownAndRetried()
    {
        f->catalog.setFailure(s("501"), s("FR"), s("The server did not answer."));
        QVERIFY(f->show({id1001}));
        QCOMPARE(status(),
                 s("The brands and interests could not be loaded: The server did not "
                   "answer. Use Refresh lists to try again."));
        // Ids are still shown, as unknown.
        QCOMPARE(brands()->text(s("4101")), s("Id 4101 (name not available)"));
        f->catalog.setFailure(s("501"), s("FR"), QString());
        QVERIFY(f->run({s("click refreshLookupsButton")}));
        QCOMPARE(status(), s("Brands: 5, interests: 9 (advertiser 501, FR)."));
        QCOMPARE(brands()->text(s("4101")), s("Nike"));
    }

    void anotherCountryLoadsItsLists()
    {
        QVERIFY(f->show({id1001}));
        QVERIFY(f->run({s("type countryCombo Germany")}));
        QCOMPARE(status(), s("Brands: 1, interests: 1 (advertiser 501, DE)."));
        // The French brands the segment carries are unknown in Germany; kept until removed.
        QCOMPARE(brands()->text(s("4101")), s("Unknown brand 4101"));
        QCOMPARE(brands()->text(s("4201")), s("Adidas DE"));
        QCOMPARE(f->catalog.fetchCount(), 2);
        f->undoStack.undo();
        QTRY_COMPARE(status(), s("Brands: 5, interests: 9 (advertiser 501, FR)."));
        QCOMPARE(f->catalog.fetchCount(), 2);
    }

    void noCommonAdvertiserOrCountry_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("status");
        QTest::newRow("advertisers")
                << list({"2002", "2003"})
                << s("The segments belong to different advertisers: only the brands and "
                     "interests they carry are listed, the brands named from each advertiser's "
                     "list.");
        QTest::newRow("countries")
                << list({"2002", "2004"})
                << s("The segments target different countries: only the brands and interests "
                     "they carry are listed, the brands named from each country's list.");
    }

    void noCommonAdvertiserOrCountry()
    {
        QFETCH(QStringList, ids);
        QFETCH(QString, status);
        QVERIFY(f->show(ids));
        QCOMPARE(this->status(), status);
        // Named from the lists of the segments' (advertiser, country) pairs, never "Brand 4103".
        QCOMPARE(brands()->text(s("4103")), s("Puma"));
        QCOMPARE(brands()->checkState(s("4103")), Qt::PartiallyChecked);
        QCOMPARE(brands()->ids(), list({"4103"}));
        // The interests the segments carry, named from the taxonomy.
        QCOMPARE(interests()->text(s("187")), s("Shoes"));
        QCOMPARE(interests()->text(s("5408"), 1),
                 s("Apparel & Accessories › Clothing › Baby & Toddler Clothing"));
        QCOMPARE(f->find<CountryComboBox>(QStringLiteral("countryCombo"))
                         ->lineEdit()
                         ->placeholderText(),
                 ids.contains(s("2004")) ? s("Mixed values") : QString());
    }

    void withoutCatalog()
    {
        f->form.reset(SegmentForm::create(SegmentType::InMarket, &f->model, &f->editor, nullptr));
        f->form->show();
        QVERIFY(QTest::qWaitForWindowExposed(f->form.get()));
        f->form->showSegments({id1001});
        QCOMPARE(status(),
                 s("Brand names are not available without a connection: brands are listed by "
                   "id, interests by their names in the Google product taxonomy."));
        QVERIFY(!f->find<QToolButton>(QStringLiteral("refreshLookupsButton"))->isEnabled());
        QCOMPARE(interests()->text(s("187")), s("Shoes"));
        QCOMPARE(interests()->text(s("187"), 1), s("Apparel & Accessories"));
        QVERIFY(f->run({s("check brandsView Id 4101 (name not available)")}));
        QCOMPARE(f->patchDifference(id1001, s(R"({"id":"1001","type":"AudienceSegment",
                                                  "attributes":{"inMarket":{"brandIds":["4102"]}}})")),
                 QString());
    }

    void mixedAdvertisersNameBrandsFromEachList()
    {
        f->catalog.setLists(s("502"), s("FR"), {{s("4301"), s("Globex"), 1000}}, {});
        AudienceSegment other = inMarket("2005", "502", "FR", {s("4301"), s("4101")});
        f->model.appendSegments({other});
        f->catalog.setDeferred(true);
        QVERIFY(f->show({s("2001"), s("2005")}));
        // While the lists are asked for: ids, said to be without a name.
        QCOMPARE(brands()->text(s("4301")), s("Id 4301 (name not available)"));
        QCOMPARE(f->catalog.answerPending(), 2);
        QCOMPARE(brands()->text(s("4101")), s("Nike"));
        QCOMPARE(brands()->text(s("4301")), s("Globex"));
        QCOMPARE(brands()->checkState(s("4101")), Qt::Checked);
        QCOMPARE(brands()->checkState(s("4301")), Qt::PartiallyChecked);
        // An id no list has: no made-up name.
        QCOMPARE(brands()->text(s("9999")), s("Id 9999 (name not available)"));
        QCOMPARE(f->catalog.fetchCount(), 2);
        // Cached: another look asks nothing again.
        f->form->showSegments({id1001});
        f->form->showSegments({s("2001"), s("2005")});
        QCOMPARE(f->catalog.fetchCount(), 2);
        QCOMPARE(brands()->text(s("4301")), s("Globex"));
        // A click gives a named brand to every shown segment.
        QVERIFY(f->run({s("check brandsView Globex")}));
        QCOMPARE(f->undoStack.text(0), s("Add brand “Globex”"));
        QCOMPARE(f->model.edited(s("2001"))->inMarket->brandIds, list({"4101", "9999", "4301"}));
    }

    void tickedSummary()
    {
        QVERIFY(f->show({id1001}));
        const auto summary = [this](const char *list) {
            return f->find<QLabel>(QString::fromUtf8(list))->text();
        };
        QCOMPARE(summary("brandsSummary"), s("2 brands ticked: Adidas, Nike"));
        QCOMPARE(summary("interestsSummary"),
                 s("2 interests ticked: Baby & Toddler Bottoms, Shoes"));
        QVERIFY(f->find<QLabel>(QStringLiteral("brandsSummary"))->isVisible());
        QVERIFY(f->run({s("check brandsView Puma")}));
        QCOMPARE(summary("brandsSummary"), s("3 brands ticked: Adidas, Nike, Puma"));
        QVERIFY(f->run({s("check brandsView Asics"), s("check brandsView New Balance")}));
        QCOMPARE(summary("brandsSummary"), s("5 brands ticked: Adidas, Asics, New Balance, Nike…"));
        QVERIFY(f->run(
                {s("check interestsView Shoes"), s("check interestsView Baby & Toddler Bottoms")}));
        QCOMPARE(summary("interestsSummary"), s("No interest ticked."));
        QVERIFY(f->show({s("2003")}));
        QCOMPARE(summary("brandsSummary"), s("No brand ticked."));
        // Several segments: what only some of them have says so.
        QVERIFY(f->show({s("2001"), s("2002")}));
        QCOMPARE(summary("brandsSummary"),
                 s("3 brands ticked: Nike (some segments), Puma (some segments), Unknown brand "
                   "9999 (some segments)"));
    }

    void fullTaxonomy()
    {
        // The whole English taxonomy (5 595 interests), as a country may list it.
        const ProductTaxonomy &taxonomy = ProductTaxonomy::shared(QLocale(QLocale::English));
        f->catalog.setLists(s("501"), s("FR"), FormSamples::brandsFr(), taxonomy.interests());
        QVERIFY(f->show({id1001}));
        QCOMPARE(interests()->ids().size(), taxonomy.size());
        QCOMPARE(interests()->text(s("5408"), 1),
                 s("Apparel & Accessories › Clothing › Baby & Toddler Clothing"));
        QVERIFY(f->run({s("search interestsSearch headphones")}));
        QStringList rows = visibleRows(interests()->view()->model());
        QVERIFY2(rows.contains(s("      Headphones & Headsets")), qPrintable(rows.join(u'|')));
        QVERIFY(f->run({s("search interestsSearch 505771")}));
        rows = visibleRows(interests()->view()->model());
        QCOMPARE(rows.constLast(), s("      Headphones & Headsets"));
        f->form->showSegments({s("2002")});
        f->form->showSegments({id1001});
        QCOMPARE(interests()->ids().size(), taxonomy.size()); // shown again, whole
    }

    void severalRows()
    {
        const QStringList ids{QStringLiteral("2001"), QStringLiteral("2002")};
        QVERIFY(f->show(ids));
        // 4101 is in one of the two: partially checked; one click gives it to both.
        QCOMPARE(brands()->checkState(s("4101")), Qt::PartiallyChecked);
        QCOMPARE(brands()->checkState(s("9999")), Qt::PartiallyChecked);
        QVERIFY(f->run({s("check brandsView Nike")}));
        QCOMPARE(f->undoStack.count(), 1);
        QCOMPARE(f->undoStack.text(0), s("Add brand “Nike”"));
        QCOMPARE(f->model.edited(s("2001"))->inMarket->brandIds, list({"4101", "9999"}));
        QCOMPARE(f->model.edited(s("2002"))->inMarket->brandIds, list({"4103", "4101"}));
        QCOMPARE(brands()->checkState(s("4101")), Qt::Checked);
        // A tri-state check box: mixed, then set for all.
        auto *medium = f->find<QCheckBox>(QStringLiteral("buyingPowerMediumCheck"));
        QCOMPARE(medium->checkState(), Qt::Checked);
        QVERIFY(f->run({s("space buyingPowerMediumCheck")}));
        QCOMPARE(medium->checkState(), Qt::Unchecked);
        QCOMPARE(f->undoStack.count(), 2);
        QVERIFY(!f->model.edited(s("2002"))->inMarket->buyingPower.contains(BuyingPower::Medium));
        // Gender differs after one row changes: "(mixed)" until chosen.
        AudienceSegment one = *f->model.edited(s("2001"));
        one.inMarket->gender = Gender::Male;
        QVERIFY(f->editor.editSegment(s("2001"), one));
        auto *gender = f->find<QComboBox>(QStringLiteral("genderCombo"));
        QTRY_COMPARE(gender->currentText(), s("(mixed)"));
        QVERIFY(f->run({s("choose genderCombo Not set (any gender)")}));
        QCOMPARE(gender->findText(s("(mixed)")), -1);
        QVERIFY(f->model.edited(s("2001"))->inMarket->gender.isCleared());
        QVERIFY(f->model.edited(s("2002"))->inMarket->gender.isCleared());
    }

    void countryList()
    {
        const QList<CountryComboBox::Country> countries = CountryComboBox::countries();
        QVERIFY(countries.size() > 200);
        QStringList codes;
        for (const CountryComboBox::Country &c : countries) {
            QCOMPARE(c.code.size(), 2);
            QVERIFY2(c.code.at(0).isUpper() && c.code.at(1).isUpper(), qPrintable(c.code));
            codes.append(c.code);
        }
        for (const char *code : {"FR", "DE", "US", "JP", "BR", "ZA"})
            QVERIFY2(codes.contains(s(code)), code);
        for (const char *grouping : {"EU", "UN", "EZ"})
            QVERIFY2(!codes.contains(s(grouping)), grouping);
        CountryComboBox box;
        QCOMPARE(box.findCountry(s("fr")), box.findData(s("FR")));
        QCOMPARE(box.findCountry(s("france")), box.findData(s("FR")));
        QCOMPARE(box.findCountry(s("Xx")), -1);
        box.setCountry(s("XK"));
        QCOMPARE(box.country(), s("XK"));
        box.setCountry(s("QQ"));
        QCOMPARE(box.currentText(), s("QQ (code not in the list)"));
    }
};

QTEST_MAIN(TestInMarketForm)
#include "tst_inmarketform.moc"
