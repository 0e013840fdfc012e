#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de")};
}

bool install(QCoreApplication *app, const QString &language)
{
    if (!language.isEmpty() && !available().contains(language))
        return false;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    // French, German; else English's plural forms ("1 segment", "2 segments").
    auto *own = new QTranslator(app);
    if ((locale.language() != QLocale::English
         && own->load(locale, QStringLiteral("segment_editor"), QStringLiteral("_"),
                      QStringLiteral(":/i18n")))
        || own->load(QStringLiteral(":/i18n/segment_editor_en.qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    if (locale.language() == QLocale::English)
        return true;

    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace Translations
