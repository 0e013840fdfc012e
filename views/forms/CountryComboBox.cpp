#include "CountryComboBox.h"

#include "FormControls.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QLineEdit>
#include <QLocale>

#include <algorithm>

namespace {

// Two-letter codes QLocale lists that are not countries.
bool isGrouping(const QString &code)
{
    return code == QLatin1String("EU") || code == QLatin1String("EZ") || code == QLatin1String("UN")
            || code == QLatin1String("QO");
}

QString countryText(const QString &name, const QString &code)
{
    return QCoreApplication::translate("CountryComboBox", "%1 (%2)", "country name (code)")
            .arg(name, code);
}

} // namespace

QList<CountryComboBox::Country> CountryComboBox::countries()
{
    static const QList<Country> list = [] {
        QList<Country> all;
        for (int t = QLocale::AnyTerritory + 1; t <= QLocale::LastTerritory; ++t) {
            const auto territory = static_cast<QLocale::Territory>(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() != 2 || !code.at(0).isUpper() || !code.at(1).isUpper()
                || isGrouping(code))
                continue;
            all.append({code, QLocale::territoryToString(territory)});
        }
        std::sort(all.begin(), all.end(), [](const Country &a, const Country &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        return all;
    }();
    return list;
}

CountryComboBox::CountryComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    for (const Country &c : countries())
        addItem(countryText(c.name, c.code), c.code);
    setCurrentIndex(-1);

    auto *completer = new QCompleter(model(), this);
    completer->setCompletionColumn(0);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);

    connect(this, &QComboBox::activated, this, &CountryComboBox::choose);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) { choose(findCountry(text)); });
    connect(lineEdit(), &QLineEdit::editingFinished, this, &CountryComboBox::resolveTypedText);
}

int CountryComboBox::findCountry(const QString &text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return -1;
    if (t.size() == 2) {
        const int byCode = findData(t.toUpper());
        if (byCode >= 0)
            return byCode;
    }
    for (int i = 0; i < count(); ++i) {
        if (itemText(i).compare(t, Qt::CaseInsensitive) == 0)
            return i;
    }
    for (const Country &c : countries()) {
        if (c.name.compare(t, Qt::CaseInsensitive) == 0)
            return findData(c.code);
    }
    return -1;
}

void CountryComboBox::setCountry(const std::optional<QString> &code, bool mixed)
{
    const QSignalBlocker blocker(this);
    if (mixed || !code || code->isEmpty()) {
        setCurrentIndex(-1);
        lineEdit()->clear();
        lineEdit()->setPlaceholderText(mixed ? FormControls::mixedText()
                                             : FormControls::notSetText());
        m_shownIndex = -1;
        return;
    }
    int index = findData(*code);
    if (index < 0) {
        addItem(tr("%1 (code not in the list)").arg(*code), *code);
        index = count() - 1;
    }
    setCurrentIndex(index);
    m_shownIndex = index;
}

QString CountryComboBox::country() const
{
    return currentIndex() >= 0 ? currentData().toString() : QString();
}

void CountryComboBox::choose(int index)
{
    if (index < 0)
        return;
    if (currentIndex() != index) {
        const QSignalBlocker blocker(this);
        setCurrentIndex(index);
    }
    if (index == m_shownIndex)
        return;
    m_shownIndex = index;
    Q_EMIT countryChosen(itemData(index).toString());
}

void CountryComboBox::resolveTypedText()
{
    const QString typed = lineEdit()->text();
    const int index = findCountry(typed);
    if (index >= 0) {
        choose(index);
        // Show the item's full text, not what was typed.
        if (lineEdit()->text() != QComboBox::itemText(index))
            lineEdit()->setText(QComboBox::itemText(index));
        return;
    }
    // Not a country: back to what is set.
    const QSignalBlocker blocker(this);
    setCurrentIndex(m_shownIndex);
    if (m_shownIndex < 0)
        lineEdit()->clear();
}
