#include "CountryComboBox.h"
#include "FormSamples.h"
#include "FormTestSupport.h"
#include "InMarketForm.h"
#include "LookupChecklist.h"
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
        QTest::newRow("interest added") << list({"check interestsView 499"})
                                        << s(R"({"interestIds":["187","5408","499"]})") << 1;
        QTest::newRow("interest removed")
                << list({"check interestsView 187"}) << s(R"({"interestIds":["5408"]})") << 1;
        QTest::newRow("a parent is its own interest")
                << list({"check interestsView 166"}) << s(R"({"interestIds":["187","5408","166"]})")
                << 1;
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
        QCOMPARE(status(), s("Brands: 5, interests: 6 (advertiser 501, FR)."));
    }

    void interestTreeFromParentIds()
    {
        QVERIFY(f->show({id1001}));
        QAbstractItemModel *model = interests()->view()->model();
        QCOMPARE(visibleRows(model), list({"1", "  166", "    187", "    5322", "5408", "  499"}));
        // The path column lists the ancestors from the root.
        QCOMPARE(interests()->text(s("187"), 1), s("1 › 166"));
        QCOMPARE(interests()->text(s("1"), 1), QString());
        // Searching by id keeps the ancestors of a match.
        QVERIFY(f->run({s("search interestsSearch 18")}));
        QCOMPARE(visibleRows(model), list({"1", "  166", "    187"}));
        QVERIFY(f->run({s("search interestsSearch 4")}));
        QCOMPARE(visibleRows(model), list({"5408", "  499"}));
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
        QCOMPARE(status(), s("Brands: 6, interests: 6 (advertiser 501, FR)."));
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
        QCOMPARE(brands()->text(s("4101")), s("Brand 4101"));
        f->catalog.setFailure(s("501"), s("FR"), QString());
        QVERIFY(f->run({s("click refreshLookupsButton")}));
        QCOMPARE(status(), s("Brands: 5, interests: 6 (advertiser 501, FR)."));
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
        QTRY_COMPARE(status(), s("Brands: 5, interests: 6 (advertiser 501, FR)."));
        QCOMPARE(f->catalog.fetchCount(), 2);
    }

    void noCommonAdvertiserOrCountry_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("status");
        QTest::newRow("advertisers")
                << list({"2002", "2003"})
                << s("The segments belong to different advertisers: brands and interests are "
                     "listed by id only.");
        QTest::newRow("countries")
                << list({"2002", "2004"})
                << s("The segments target different countries: brands and interests are listed "
                     "by id only.");
    }

    void noCommonAdvertiserOrCountry()
    {
        QFETCH(QStringList, ids);
        QFETCH(QString, status);
        QVERIFY(f->show(ids));
        QCOMPARE(this->status(), status);
        QCOMPARE(brands()->text(s("4103")), s("Brand 4103"));
        QCOMPARE(brands()->checkState(s("4103")), Qt::PartiallyChecked);
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
                 s("Brand names and the interest tree are not available without a "
                   "connection; ids are shown."));
        QVERIFY(!f->find<QToolButton>(QStringLiteral("refreshLookupsButton"))->isEnabled());
        QVERIFY(f->run({s("check brandsView Brand 4101")}));
        QCOMPARE(f->patchDifference(id1001, s(R"({"id":"1001","type":"AudienceSegment",
                                                  "attributes":{"inMarket":{"brandIds":["4102"]}}})")),
                 QString());
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
