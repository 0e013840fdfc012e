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
    if (locale.language() == QLocale::English)
        return true;

    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("segment_editor"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;

    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace Translations
