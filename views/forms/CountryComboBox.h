#pragma once

#include <QComboBox>

#include <optional>

// Picks a country as its ISO 3166-1 alpha-2 code, the form the API takes. Lists the countries Qt
// knows (QLocale territories with a two-letter code) as "France (FR)", sorted by name; typing
// searches names and codes anywhere in the text (a completer), and a typed code or name is taken
// when the field is left. A code that is not in the list (sent by the server) is shown as it is.
class CountryComboBox : public QComboBox
{
    Q_OBJECT

public:
    struct Country
    {
        QString code; // "FR"
        QString name; // "France"
    };

    explicit CountryComboBox(QWidget *parent = nullptr);

    // Every country with a two-letter code, by name.
    static QList<Country> countries();

    // Shows a code (an unlisted one gets its own item), nothing ("Not set"), or "Mixed values".
    void setCountry(const std::optional<QString> &code, bool mixed = false);
    // The code of the current item; empty when none.
    QString country() const;

    // The item for a code, a name or an item text, case-insensitively; -1 when none fits.
    int findCountry(const QString &text) const;

Q_SIGNALS:
    // The user chose a country (from the list, the completer, or by typing a code or name).
    void countryChosen(const QString &code);

private:
    void choose(int index);
    void resolveTypedText();

    int m_shownIndex = -1;
};
