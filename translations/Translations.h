#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Installs the application's own translation and Qt's for one language. `language` is "en", "fr",
// "de" or empty (the system's). English is the source language and needs no file.
namespace Translations {

// Languages the application ships, as two-letter codes, English first.
QStringList available();

// Returns false (and installs nothing) when `language` is neither empty nor one of available().
bool install(QCoreApplication *app, const QString &language);

} // namespace Translations
