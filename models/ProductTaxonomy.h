#pragma once

#include "Lookups.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

// The Google product taxonomy: the names of the in-market interests, whose ids the API gives
// without names. Google publishes it as text, one category a line, "ID - Top > Sub > Leaf", after a
// "# Google_Product_Taxonomy_Version: …" line; the application embeds the English (current) and
// German (older) editions under :/taxonomy (resources/taxonomy/README.md).
//
// parse() takes any bytes: a line that is not "<digits> - <path>" with non-empty names, or whose id
// came before, is skipped and counted, never fatal. A category's parent is the line whose path is
// its path less the last name; a category whose parent line is missing is a root.
//
// shared() gives the taxonomy for a language, read once from the resources on first use and kept
// for the process (the GUI thread's; it is not locked): German for de*, where the German edition
// names a category, else English (the German edition is older and lacks newer categories);
// English for every other language (there is no French edition).
class ProductTaxonomy
{
public:
    struct Category
    {
        QString id;
        QString parentId; // empty at the root
        QString name;     // the last part of the path
    };

    ProductTaxonomy() = default;

    static ProductTaxonomy parse(QByteArrayView text, int *skippedLines = nullptr);
    // Every category of `base`, named by `names` where it has the id (the structure stays that
    // of `base`); the categories only `names` has are added with their own parents.
    static ProductTaxonomy overlay(const ProductTaxonomy &base, const ProductTaxonomy &names);

    static const ProductTaxonomy &shared(const QLocale &locale = QLocale());
    // The language whose names shared(locale) gives: "de" or "en".
    static QString languageFor(const QLocale &locale);

    bool isEmpty() const { return m_categories.isEmpty(); }
    qsizetype size() const { return m_categories.size(); }
    QString version() const { return m_version; } // e.g. "2021-09-21"; empty when not given
    bool contains(const QString &id) const { return m_index.contains(id); }
    const Category *find(const QString &id) const;
    QString name(const QString &id) const; // empty when unknown
    // The names from the root down to the category itself; empty when unknown.
    QStringList path(const QString &id) const;
    // The categories in the file's order.
    const QList<Category> &categories() const { return m_categories; }
    // The tree as the API lists it: ids and parent ids.
    QList<InMarketInterest> interests() const;

private:
    void add(const Category &category);

    QString m_version;
    QList<Category> m_categories;
    QHash<QString, qsizetype> m_index;
};
