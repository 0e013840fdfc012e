#include "InMarketForm.h"

#include "ProductTaxonomy.h"
#include "SegmentFields.h"

#include "CountryComboBox.h"
#include "FormControls.h"
#include "FormIcons.h"
#include "InMarketCatalog.h"
#include "LookupChecklist.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

const QString countryPath = QStringLiteral("attributes/inMarket/country");
const QString brandIdsPath = QStringLiteral("attributes/inMarket/brandIds");
const QString interestIdsPath = QStringLiteral("attributes/inMarket/interestIds");
const QString genderPath = QStringLiteral("attributes/inMarket/gender");
const QString buyingPowerPath = QStringLiteral("attributes/inMarket/buyingPower");
const QString priceRangePath = QStringLiteral("attributes/inMarket/priceRange");

InMarketSettings &settingsOf(AudienceSegment &s)
{
    if (!s.inMarket)
        s.inMarket.emplace();
    return *s.inMarket;
}

InMarketSettings settingsOf(const AudienceSegment &s)
{
    return s.inMarket.value_or(InMarketSettings());
}

// Ids sort as numbers when they are numbers (the API's are), else as text.
QVariant idSortKey(const QString &id)
{
    bool ok = false;
    const qlonglong n = id.toLongLong(&ok);
    return ok ? QVariant(n) : QVariant(id);
}

// The names of the interests, in the user's language where the taxonomy has it (read once).
const ProductTaxonomy &taxonomy()
{
    return ProductTaxonomy::shared(QLocale());
}

// How many (advertiser, country) lists are asked for to name the brands of mixed segments.
constexpr int maxNameLists = 12;

// How many of the segments hold each id of a list.
QHash<QString, Qt::CheckState> statesOf(const QList<AudienceSegment> &segments,
                                        QStringList InMarketSettings::*list)
{
    QHash<QString, int> counts;
    for (const AudienceSegment &s : segments) {
        const QStringList ids = settingsOf(s).*list;
        QSet<QString> seen;
        for (const QString &id : ids)
            if (!seen.contains(id)) {
                seen.insert(id);
                ++counts[id];
            }
    }
    QHash<QString, Qt::CheckState> states;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        states.insert(it.key(), it.value() == segments.size() ? Qt::Checked : Qt::PartiallyChecked);
    return states;
}

} // namespace

InMarketForm::InMarketForm(SegmentTableModel *model, SegmentEditor *editor,
                           InMarketCatalog *catalog, QWidget *parent)
    : SegmentForm(model, editor, catalog, parent)
    , m_country(new CountryComboBox)
    , m_lookupStatus(new QLabel)
    , m_refreshLookups(new QToolButton)
    , m_brands(new LookupChecklist({tr("Brand"), tr("Id"), tr("Size (users)")}))
    , m_interests(new LookupChecklist({tr("Interest"), tr("Path"), tr("Id")}))
    , m_gender(new QComboBox)
{
    auto *box = new QGroupBox(tr("In-market settings"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_country->setObjectName(QStringLiteral("countryCombo"));
    m_country->setAccessibleName(tr("Country"));
    m_country->setToolTip(tr("Type a country's name or its two-letter code"));
    addField(form, tr("&Country:"), m_country, countryPath, QStringLiteral("country"));

    m_lookupStatus->setObjectName(QStringLiteral("lookupStatus"));
    m_lookupStatus->setWordWrap(true);
    m_refreshLookups->setObjectName(QStringLiteral("refreshLookupsButton"));
    m_refreshLookups->setText(tr("Refres&h lists"));
    m_refreshLookups->setIcon(FormIcons::refreshIcon());
    m_refreshLookups->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refreshLookups->setToolTip(tr("Ask the server again for the brands and interests of this "
                                    "advertiser and country"));
    auto *statusRow = new QWidget;
    auto *statusLayout = new QHBoxLayout(statusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->addWidget(m_lookupStatus, 1);
    statusLayout->addWidget(m_refreshLookups, 0, Qt::AlignTop);
    form->addRow(statusRow);

    m_brands->setObjectName(QStringLiteral("brandsList"));
    m_brands->view()->setObjectName(QStringLiteral("brandsView"));
    m_brands->view()->setAccessibleName(tr("Brands"));
    m_brands->view()->setRootIsDecorated(false);
    m_brands->searchEdit()->setObjectName(QStringLiteral("brandsSearch"));
    m_brands->searchEdit()->setPlaceholderText(tr("Search brands by name or id"));
    m_brands->searchEdit()->setAccessibleName(tr("Search brands"));
    m_brands->setSearchColumns({0, 1});
    m_brands->setNumericColumns({1, 2});
    m_brands->summaryLabel()->setObjectName(QStringLiteral("brandsSummary"));
    addField(form, tr("&Brands:"), m_brands, brandIdsPath, QStringLiteral("brands"),
             m_brands->view());

    m_interests->setObjectName(QStringLiteral("interestsList"));
    m_interests->view()->setObjectName(QStringLiteral("interestsView"));
    m_interests->view()->setAccessibleName(tr("Interests"));
    m_interests->searchEdit()->setObjectName(QStringLiteral("interestsSearch"));
    m_interests->searchEdit()->setPlaceholderText(tr("Search interests by name or id"));
    m_interests->searchEdit()->setAccessibleName(tr("Search interests"));
    m_interests->setSearchColumns({0, 1, 2});
    m_interests->setNumericColumns({2});
    // The tree and the names get the room; the path (also in each row's tooltip) a third.
    m_interests->setColumnWidth(1, 210);
    m_interests->view()->setMinimumHeight(220);
    m_interests->summaryLabel()->setObjectName(QStringLiteral("interestsSummary"));
    // Where the names come from, and in which language (the API gives the ids only).
    const QString credit = ProductTaxonomy::languageFor(QLocale()) == QLatin1String("de")
            ? tr("Names from the Google product taxonomy (its German edition; English for the "
                 "categories added since). The API gives the ids only.")
            : QLocale().language() == QLocale::English
            ? tr("Names from the Google product taxonomy. The API gives the ids only.")
            : tr("Names from the Google product taxonomy, in English: it has no edition in "
                 "your language. The API gives the ids only.");
    m_interests->view()->setToolTip(credit);
    m_interests->searchEdit()->setToolTip(credit);
    addField(form, tr("&Interests:"), m_interests, interestIdsPath, QStringLiteral("interests"),
             m_interests->view());

    m_gender->setObjectName(QStringLiteral("genderCombo"));
    m_gender->setAccessibleName(tr("Gender"));
    m_gender->addItem(tr("Not set (any gender)"), FormControls::NotSetItem);
    m_gender->addItem(SegmentFields::enumText(Gender::Male), static_cast<int>(Gender::Male));
    m_gender->addItem(SegmentFields::enumText(Gender::Female), static_cast<int>(Gender::Female));
    m_gender->setToolTip(tr("“Not set” clears the gender on the server (sent as null)"));
    addField(form, tr("&Gender:"), m_gender, genderPath, QStringLiteral("gender"));

    const auto checkRow = [](const QList<QCheckBox *> &boxes) {
        auto *row = new QWidget;
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        for (QCheckBox *b : boxes)
            layout->addWidget(b);
        layout->addStretch(1);
        return row;
    };
    m_buyingPower = {
            {BuyingPower::Low, new QCheckBox(SegmentFields::enumText(BuyingPower::Low))},
            {BuyingPower::Medium, new QCheckBox(SegmentFields::enumText(BuyingPower::Medium))},
            {BuyingPower::High, new QCheckBox(SegmentFields::enumText(BuyingPower::High))},
            {BuyingPower::VeryHigh, new QCheckBox(SegmentFields::enumText(BuyingPower::VeryHigh))}};
    m_priceRange
            = {{PriceRange::Low, new QCheckBox(SegmentFields::enumText(PriceRange::Low))},
               {PriceRange::Medium, new QCheckBox(SegmentFields::enumText(PriceRange::Medium))},
               {PriceRange::High, new QCheckBox(SegmentFields::enumText(PriceRange::High))}};
    QList<QCheckBox *> buyingBoxes;
    for (const auto &[value, check] : std::as_const(m_buyingPower)) {
        check->setObjectName(
                QStringLiteral("buyingPower%1Check").arg(SegmentEnums::toString(value)));
        check->setAccessibleName(tr("Buying power %1").arg(check->text()));
        buyingBoxes.append(check);
        const BuyingPower v = value;
        QCheckBox *b = check;
        connect(check, &QCheckBox::clicked, this, [this, v, b](bool checked) {
            if (isUpdating())
                return;
            applyEdit(
                    buyingPowerPath,
                    [v, checked](AudienceSegment &s) {
                        QList<BuyingPower> &list = settingsOf(s).buyingPower;
                        list.removeAll(v);
                        if (checked)
                            list.append(v);
                    },
                    EditMode::Step,
                    (checked ? tr("Add buying power “%1”") : tr("Remove buying power “%1”"))
                            .arg(b->text()));
        });
    }
    QList<QCheckBox *> priceBoxes;
    for (const auto &[value, check] : std::as_const(m_priceRange)) {
        check->setObjectName(
                QStringLiteral("priceRange%1Check").arg(SegmentEnums::toString(value)));
        check->setAccessibleName(tr("Price range %1").arg(check->text()));
        priceBoxes.append(check);
        const PriceRange v = value;
        QCheckBox *b = check;
        connect(check, &QCheckBox::clicked, this, [this, v, b](bool checked) {
            if (isUpdating())
                return;
            applyEdit(
                    priceRangePath,
                    [v, checked](AudienceSegment &s) {
                        QList<PriceRange> &list = settingsOf(s).priceRange;
                        list.removeAll(v);
                        if (checked)
                            list.append(v);
                    },
                    EditMode::Step,
                    (checked ? tr("Add price range “%1”") : tr("Remove price range “%1”"))
                            .arg(b->text()));
        });
    }
    addField(form, tr("B&uying power:"), checkRow(buyingBoxes), buyingPowerPath,
             QStringLiteral("buyingPower"), buyingBoxes.constFirst());
    addField(form, tr("&Price range:"), checkRow(priceBoxes), priceRangePath,
             QStringLiteral("priceRange"), priceBoxes.constFirst());
    settingsLayout()->addWidget(box);

    m_brands->setUnknownEntryMaker([this](const QString &id) {
        LookupChecklist::Entry e;
        e.id = id;
        const QString name = m_brandNames.value(id);
        if (m_lookupLoaded) {
            e.columns = {tr("Unknown brand %1").arg(id), id, QString()};
            e.toolTip = tr("The brand list of this advertiser and country does not have this id; "
                           "it is kept as it is.");
        } else if (!name.isEmpty()) {
            e.columns = {name, id, QString()};
            e.toolTip = tr("Named from the brand list of one of the segments' advertisers and "
                           "countries.");
        } else {
            // Never a made-up name: the id, and why there is no name.
            e.columns = {tr("Id %1 (name not available)").arg(id), id, QString()};
            e.toolTip = !this->catalog() ? tr("Brand names are not available without a connection.")
                    : m_namePairs.isEmpty()
                    ? tr("The brand list of these segments is not loaded.")
                    : tr("None of the brand lists of these segments' advertisers and countries "
                         "has this id.");
        }
        e.sortKeys = {name, idSortKey(id), QVariant(-1)};
        return e;
    });
    m_interests->setUnknownEntryMaker([this](const QString &id) {
        LookupChecklist::Entry e;
        e.id = id;
        const QString name = taxonomy().name(id);
        QStringList path = taxonomy().path(id);
        if (!path.isEmpty())
            path.removeLast();
        const QString pathText = path.join(tr(" › ", "between the names of an interest path"));
        if (m_lookupLoaded) {
            e.columns = {name.isEmpty() ? tr("Unknown interest %1").arg(id)
                                        : tr("%1 (not in the list)").arg(name),
                         pathText, id};
            e.toolTip = tr("The interest list of this advertiser and country does not have this "
                           "id; it is kept as it is.");
        } else {
            e.columns = {name.isEmpty() ? id : name, pathText, id};
            if (name.isEmpty())
                e.toolTip = tr("This id is not in the Google product taxonomy; it is kept as it "
                               "is.");
        }
        e.sortKeys = {name.isEmpty() ? id : name, pathText, idSortKey(id)};
        return e;
    });

    connect(m_country, &CountryComboBox::countryChosen, this, [this](const QString &code) {
        if (isUpdating())
            return;
        applyEdit(
                countryPath, [code](AudienceSegment &s) { settingsOf(s).country = code; },
                EditMode::Step);
    });
    connect(m_brands, &LookupChecklist::toggled, this, &InMarketForm::toggleBrand);
    connect(m_interests, &LookupChecklist::toggled, this, &InMarketForm::toggleInterest);
    connect(m_gender, &QComboBox::currentIndexChanged, this, [this] {
        const int choice = m_gender->currentData().toInt();
        if (isUpdating() || choice == FormControls::MixedItem
            || choice == static_cast<int>(Gender::Unknown))
            return;
        applyEdit(
                genderPath,
                [choice](AudienceSegment &s) {
                    Nillable<Gender> &gender = settingsOf(s).gender;
                    if (choice == FormControls::NotSetItem)
                        gender.clear();
                    else
                        gender.set(static_cast<Gender>(choice));
                },
                EditMode::Step);
    });
    connect(m_refreshLookups, &QToolButton::clicked, this, &InMarketForm::refreshLookups);
    if (catalog) {
        connect(catalog, &InMarketCatalog::loaded, this, &InMarketForm::onCatalogLoaded);
        connect(catalog, &InMarketCatalog::failed, this, &InMarketForm::onCatalogFailed);
    }
}

void InMarketForm::segmentsShown()
{
    // New segments: the lists are rebuilt for their key (unknown ids from before are dropped).
    m_lookupKey.clear();
    m_lookupAdvertiser.clear();
    m_lookupCountry.clear();
    m_lookupLoaded = false;
    m_namePairs.clear();
    m_brandNames.clear();
    m_brands->setEntries({});
    m_interests->setEntries({});
}

void InMarketForm::updateLookupKey(const QList<AudienceSegment> &segments)
{
    const auto advertiser = FormControls::commonValue(
            segments, [](const AudienceSegment &s) { return s.advertiserId; });
    const auto country = FormControls::commonValue(
            segments, [](const AudienceSegment &s) { return settingsOf(s).country; });
    const QString newAdvertiser = advertiser.value_or(QString());
    const QString newCountry = country.value_or(std::nullopt).value_or(QString()).toUpper();
    // Segments of several advertisers or countries: the lists of each (advertiser, country)
    // name their brands (the first few pairs, in the segments' order).
    QList<QPair<QString, QString>> pairs;
    if (!advertiser || !country)
        for (const AudienceSegment &s : segments) {
            const QPair<QString, QString> pair{s.advertiserId,
                                               settingsOf(s).country.value_or(QString()).toUpper()};
            if (!pair.first.isEmpty() && !pair.second.isEmpty() && !pairs.contains(pair)
                && pairs.size() < maxNameLists)
                pairs.append(pair);
        }
    // What decides the lists (and the status text): nothing to do while it stays the same.
    QStringList keyParts{advertiser ? newAdvertiser : QStringLiteral("*"),
                         country ? newCountry : QStringLiteral("*")};
    for (const auto &[a, c] : std::as_const(pairs))
        keyParts << a + QLatin1Char('/') + c;
    const QString key = keyParts.join(QLatin1Char('\n'));
    if (key == m_lookupKey)
        return;
    m_lookupKey = key;
    const bool usable = !newAdvertiser.isEmpty() && !newCountry.isEmpty();
    m_lookupAdvertiser = usable ? newAdvertiser : QString();
    m_lookupCountry = usable ? newCountry : QString();
    m_lookupLoaded = false;
    m_namePairs.clear();
    m_brandNames.clear();
    m_brands->setEntries({});
    m_interests->setEntries({});
    m_refreshLookups->setEnabled(usable && catalog());
    if (!catalog()) {
        setStatus(tr("Brand names are not available without a connection: brands are listed "
                     "by id, interests by their names in the Google product taxonomy."));
        return;
    }
    if (!advertiser || !country) {
        setStatus(!advertiser ? tr("The segments belong to different advertisers: only the "
                                   "brands and interests they carry are listed, the brands "
                                   "named from each advertiser's list.")
                              : tr("The segments target different countries: only the brands "
                                   "and interests they carry are listed, the brands named from "
                                   "each country's list."));
        // Cached lists answer before request() returns; the names are gathered once after.
        m_namePairs = pairs;
        m_requestingNames = true;
        for (const auto &[a, c] : std::as_const(pairs))
            catalog()->request(a, c);
        m_requestingNames = false;
        collectBrandNames();
        return;
    }
    if (!usable) {
        setStatus(tr("Choose a country to list its brands and interests."));
        return;
    }
    // Cached lists come back before request() returns (onCatalogLoaded).
    setStatus(tr("Loading the brands and interests of %1…").arg(m_lookupCountry));
    catalog()->request(m_lookupAdvertiser, m_lookupCountry);
}

void InMarketForm::applyLookups()
{
    if (!catalog())
        return;
    const QList<InMarketBrand> brands = catalog()->brands(m_lookupAdvertiser, m_lookupCountry);
    const QList<InMarketInterest> interests
            = catalog()->interests(m_lookupAdvertiser, m_lookupCountry);
    m_lookupLoaded = true;

    QList<LookupChecklist::Entry> brandEntries;
    brandEntries.reserve(brands.size());
    const QLocale locale;
    for (const InMarketBrand &b : brands) {
        LookupChecklist::Entry e;
        e.id = b.id;
        // A brand the API lists without a name: its id, said to be one, never a made-up name.
        e.columns = {b.name.isEmpty() ? tr("Id %1 (name not available)").arg(b.id) : b.name, b.id,
                     b.size ? locale.toString(*b.size) : QString()};
        e.sortKeys = {b.name, idSortKey(b.id), b.size ? QVariant(*b.size) : QVariant(-1)};
        brandEntries.append(e);
    }
    m_brands->setEntries(brandEntries);

    // Each interest by its name in the taxonomy (its id when the taxonomy does not have it),
    // its path by the API's parent ids from the root, guarded against cycles.
    const ProductTaxonomy &names = taxonomy();
    QHash<QString, QString> parents;
    for (const InMarketInterest &i : interests)
        parents.insert(i.id, i.parentId);
    const auto nameOf = [&names](const QString &id) {
        const QString name = names.name(id);
        return name.isEmpty() ? id : name;
    };
    const QString separator = tr(" › ", "between the names of an interest path");
    QList<LookupChecklist::Entry> interestEntries;
    interestEntries.reserve(interests.size());
    for (const InMarketInterest &i : interests) {
        QStringList path;
        QSet<QString> seen{i.id};
        for (QString p = i.parentId; !p.isEmpty() && !seen.contains(p); p = parents.value(p)) {
            seen.insert(p);
            path.prepend(nameOf(p));
        }
        LookupChecklist::Entry e;
        e.id = i.id;
        e.parentId = i.parentId;
        const QString name = nameOf(i.id);
        const QString pathText = path.join(separator);
        e.columns = {name, pathText, i.id};
        e.sortKeys = {name, pathText, idSortKey(i.id)};
        e.toolTip = names.contains(i.id)
                ? tr("%1 (id %2)").arg(QStringList(path + QStringList{name}).join(separator), i.id)
                : tr("This id is not in the Google product taxonomy; it is shown by its id.");
        interestEntries.append(e);
    }
    m_interests->setEntries(interestEntries);
    setStatus(tr("Brands: %1, interests: %2 (advertiser %3, %4).")
                      .arg(locale.toString(brands.size()), locale.toString(interests.size()),
                           m_lookupAdvertiser, m_lookupCountry));
}

void InMarketForm::collectBrandNames()
{
    if (!catalog())
        return;
    QHash<QString, QString> names;
    for (const auto &[a, c] : std::as_const(m_namePairs))
        for (const InMarketBrand &b : catalog()->brands(a, c))
            if (!b.name.isEmpty() && !names.contains(b.id))
                names.insert(b.id, b.name);
    if (names == m_brandNames)
        return;
    m_brandNames = names;
    m_brands->setEntries({}); // the unknown entries are made again, with the names
    refreshChecklists(editedSegments());
}

void InMarketForm::onCatalogLoaded(const QString &advertiserId, const QString &country)
{
    if (m_namePairs.contains(qMakePair(advertiserId, country))) {
        if (!m_requestingNames)
            collectBrandNames();
        return;
    }
    if (advertiserId != m_lookupAdvertiser || country != m_lookupCountry)
        return;
    applyLookups();
    refreshChecklists(editedSegments());
}

void InMarketForm::onCatalogFailed(const QString &advertiserId, const QString &country,
                                   const QString &error)
{
    if (advertiserId != m_lookupAdvertiser || country != m_lookupCountry)
        return;
    if (m_lookupLoaded)
        setStatus(tr("The lists could not be refreshed; the ones shown are from before. %1")
                          .arg(error),
                  true);
    else
        setStatus(tr("The brands and interests could not be loaded: %1 Use Refresh lists to try "
                     "again.")
                          .arg(error),
                  true);
}

void InMarketForm::refreshLookups()
{
    if (!catalog() || m_lookupAdvertiser.isEmpty() || m_lookupCountry.isEmpty())
        return;
    setStatus(tr("Loading the brands and interests of %1…").arg(m_lookupCountry));
    catalog()->request(m_lookupAdvertiser, m_lookupCountry, true);
}

void InMarketForm::setStatus(const QString &text, bool error)
{
    m_lookupStatus->setText(text);
    QPalette palette = m_lookupStatus->palette();
    palette.setColor(QPalette::WindowText,
                     error ? FieldDecorator::errorColor()
                           : this->palette().color(QPalette::WindowText));
    m_lookupStatus->setPalette(palette);
}

void InMarketForm::refreshFields()
{
    const QList<AudienceSegment> segments = editedSegments();
    const auto country = FormControls::commonValue(
            segments, [](const AudienceSegment &s) { return settingsOf(s).country; });
    m_country->setCountry(country.value_or(std::nullopt), !country);
    m_country->setEnabled(isEditable());

    updateLookupKey(segments);
    refreshChecklists(segments);

    const auto gender = FormControls::commonValue(
            segments, [](const AudienceSegment &s) { return settingsOf(s).gender; });
    const bool unknownGender = gender && gender->hasValue() && gender->value() == Gender::Unknown;
    const int unknownIndex = m_gender->findData(static_cast<int>(Gender::Unknown));
    if (unknownGender && unknownIndex < 0)
        m_gender->addItem(tr("Unknown (kept as the server sent it)"),
                          static_cast<int>(Gender::Unknown));
    else if (!unknownGender && unknownIndex >= 0)
        m_gender->removeItem(unknownIndex);
    int genderData = FormControls::NotSetItem;
    if (gender && gender->hasValue())
        genderData = static_cast<int>(gender->value());
    FormControls::showComboValue(m_gender, genderData, !gender);
    m_gender->setEnabled(isEditable());

    for (const auto &[value, box] : std::as_const(m_buyingPower)) {
        const BuyingPower v = value;
        FormControls::showCheckState(
                box, FormControls::checkStateOf(segments, [v](const AudienceSegment &s) {
                    return settingsOf(s).buyingPower.contains(v);
                }));
        box->setEnabled(isEditable());
    }
    for (const auto &[value, box] : std::as_const(m_priceRange)) {
        const PriceRange v = value;
        FormControls::showCheckState(
                box, FormControls::checkStateOf(segments, [v](const AudienceSegment &s) {
                    return settingsOf(s).priceRange.contains(v);
                }));
        box->setEnabled(isEditable());
    }
}

void InMarketForm::refreshChecklists(const QList<AudienceSegment> &segments)
{
    m_brands->setCheckStates(statesOf(segments, &InMarketSettings::brandIds));
    m_interests->setCheckStates(statesOf(segments, &InMarketSettings::interestIds));
    m_brands->setEditable(isEditable());
    m_interests->setEditable(isEditable());
    m_brands->setSummary(tickedSummary(m_brands, true));
    m_interests->setSummary(tickedSummary(m_interests, false));
}

QString InMarketForm::tickedSummary(const LookupChecklist *list, bool brands) const
{
    // "3 brands ticked: Adidas, Nike, Puma (some segments)": those ticked for every shown segment
    // first, each group by name; the first few names, then "…".
    constexpr int maxNames = 4;
    const auto sortedNames = [list](const QStringList &ids) {
        QStringList names;
        for (const QString &id : ids)
            names.append(list->text(id));
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(names.begin(), names.end(), collator);
        return names;
    };
    QStringList names = sortedNames(list->idsIn(Qt::Checked));
    for (const QString &name : sortedNames(list->idsIn(Qt::PartiallyChecked)))
        names.append(tr("%1 (some segments)").arg(name));
    const int n = static_cast<int>(names.size());
    if (n == 0)
        return brands ? tr("No brand ticked.") : tr("No interest ticked.");
    QString shown = names.mid(0, maxNames).join(tr(", ", "between the names of ticked items"));
    if (n > maxNames)
        shown += QChar(0x2026);
    return brands ? tr("%n brands ticked: %1", nullptr, n).arg(shown)
                  : tr("%n interests ticked: %1", nullptr, n).arg(shown);
}

void InMarketForm::toggleBrand(const QString &id, bool checked)
{
    if (isUpdating())
        return;
    const QString name = m_brands->text(id);
    applyEdit(
            brandIdsPath,
            [id, checked](AudienceSegment &s) {
                QStringList &ids = settingsOf(s).brandIds;
                if (!checked)
                    ids.removeAll(id);
                else if (!ids.contains(id))
                    ids.append(id);
            },
            EditMode::Step, (checked ? tr("Add brand “%1”") : tr("Remove brand “%1”")).arg(name));
}

void InMarketForm::toggleInterest(const QString &id, bool checked)
{
    if (isUpdating())
        return;
    const QString name = m_interests->text(id);
    applyEdit(
            interestIdsPath,
            [id, checked](AudienceSegment &s) {
                QStringList &ids = settingsOf(s).interestIds;
                if (!checked)
                    ids.removeAll(id);
                else if (!ids.contains(id))
                    ids.append(id);
            },
            EditMode::Step,
            (checked ? tr("Add interest “%1”") : tr("Remove interest “%1”")).arg(name));
}

bool InMarketForm::focusSubField(const QString &path)
{
    // "…/brandIds/3": the brand at that position of the (first) segment's list.
    for (const auto &[listPath, list] :
         {std::make_pair(brandIdsPath, m_brands), std::make_pair(interestIdsPath, m_interests)}) {
        if (!path.startsWith(listPath + QLatin1Char('/')))
            continue;
        bool ok = false;
        const int index = path.mid(listPath.size() + 1).toInt(&ok);
        const QList<AudienceSegment> segments = editedSegments();
        if (!ok || segments.isEmpty())
            return false;
        const QStringList ids = listPath == brandIdsPath
                ? settingsOf(segments.constFirst()).brandIds
                : settingsOf(segments.constFirst()).interestIds;
        if (index < 0 || index >= ids.size())
            return false;
        return list->selectId(ids.at(index));
    }
    return false;
}
