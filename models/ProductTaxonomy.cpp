#include "ProductTaxonomy.h"

#include <QFile>
#include <QSet>

#include <map>

namespace {

const QLatin1String versionPrefix("# Google_Product_Taxonomy_Version:");
const QLatin1String pathSeparator(" > ");
constexpr qsizetype maxIdDigits = 18; // fits a qint64, as the API's ids do

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "123 - A > B" → ("123", ["A", "B"]); false for anything else.
bool splitLine(const QString &line, QString *id, QStringList *names)
{
    qsizetype digits = 0;
    while (digits < line.size() && line.at(digits).isDigit() && line.at(digits).unicode() < 128)
        ++digits;
    if (digits == 0 || digits > maxIdDigits || !line.mid(digits).startsWith(QLatin1String(" - ")))
        return false;
    *id = line.left(digits);
    names->clear();
    const QStringList parts = line.mid(digits + 3).split(pathSeparator);
    for (const QString &part : parts) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            return false;
        names->append(name);
    }
    return true;
}

} // namespace

void ProductTaxonomy::add(const Category &category)
{
    m_index.insert(category.id, m_categories.size());
    m_categories.append(category);
}

ProductTaxonomy ProductTaxonomy::parse(QByteArrayView text, int *skippedLines)
{
    ProductTaxonomy taxonomy;
    int skipped = 0;
    // Parents are found by path once every line is read: a file need not list parents first.
    struct Line
    {
        QString id;
        QStringList names;
    };
    QList<Line> lines;
    QHash<QString, QString> idOfPath;
    const QString all = QString::fromUtf8(text);
    qsizetype start = 0;
    while (start < all.size()) {
        qsizetype end = all.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = all.size();
        QString line = all.mid(start, end - start);
        start = end + 1;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('#'))) {
            if (line.startsWith(versionPrefix) && taxonomy.m_version.isEmpty())
                taxonomy.m_version = line.mid(versionPrefix.size()).trimmed();
            continue;
        }
        Line parsed;
        if (!splitLine(line, &parsed.id, &parsed.names) || taxonomy.m_index.contains(parsed.id)) {
            ++skipped;
            continue;
        }
        idOfPath.insert(parsed.names.join(pathSeparator), parsed.id);
        taxonomy.m_index.insert(parsed.id, -1); // seen: a later line with this id is skipped
        lines.append(parsed);
    }
    taxonomy.m_index.clear();
    taxonomy.m_categories.reserve(lines.size());
    for (const Line &line : std::as_const(lines)) {
        const QStringList parentPath = line.names.mid(0, line.names.size() - 1);
        QString parentId
                = parentPath.isEmpty() ? QString() : idOfPath.value(parentPath.join(pathSeparator));
        if (parentId == line.id)
            parentId.clear();
        taxonomy.add({line.id, parentId, line.names.constLast()});
    }
    if (skippedLines)
        *skippedLines = skipped;
    return taxonomy;
}

ProductTaxonomy ProductTaxonomy::overlay(const ProductTaxonomy &base, const ProductTaxonomy &names)
{
    ProductTaxonomy merged;
    merged.m_version = names.m_version.isEmpty() ? base.m_version : names.m_version;
    merged.m_categories.reserve(base.size());
    for (const Category &c : base.m_categories) {
        Category named = c;
        if (const Category *other = names.find(c.id))
            named.name = other->name;
        merged.add(named);
    }
    for (const Category &c : names.m_categories)
        if (!merged.contains(c.id))
            merged.add(c);
    return merged;
}

QString ProductTaxonomy::languageFor(const QLocale &locale)
{
    return locale.language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

const ProductTaxonomy &ProductTaxonomy::shared(const QLocale &locale)
{
    static std::map<QString, ProductTaxonomy> loaded;
    const QString language = languageFor(locale);
    auto it = loaded.find(language);
    if (it != loaded.end())
        return it->second;
    const ProductTaxonomy english
            = parse(readResource(QStringLiteral(":/taxonomy/taxonomy-with-ids.en-US.txt")));
    ProductTaxonomy taxonomy = english;
    if (language == QLatin1String("de"))
        taxonomy = overlay(
                english,
                parse(readResource(QStringLiteral(":/taxonomy/taxonomy-with-ids.de-DE.txt"))));
    return loaded.emplace(language, std::move(taxonomy)).first->second;
}

const ProductTaxonomy::Category *ProductTaxonomy::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_categories.at(it.value());
}

QString ProductTaxonomy::name(const QString &id) const
{
    const Category *c = find(id);
    return c ? c->name : QString();
}

QStringList ProductTaxonomy::path(const QString &id) const
{
    QStringList names;
    QSet<QString> seen;
    for (const Category *c = find(id); c && !seen.contains(c->id); c = find(c->parentId)) {
        seen.insert(c->id);
        names.prepend(c->name);
    }
    return names;
}

QList<InMarketInterest> ProductTaxonomy::interests() const
{
    QList<InMarketInterest> out;
    out.reserve(m_categories.size());
    for (const Category &c : m_categories)
        out.append({c.id, c.parentId});
    return out;
}
