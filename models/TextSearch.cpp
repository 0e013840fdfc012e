#include "TextSearch.h"

namespace TextSearch {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        const QChar::Category category = ch.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        if (ch == u'\u00DF' || ch == u'\u1E9E')
            out += QLatin1String("ss");
        else
            out += ch;
    }
    return out.toCaseFolded();
}

bool contains(const QString &haystack, const QString &needle)
{
    return fold(haystack).contains(fold(needle));
}

} // namespace TextSearch
