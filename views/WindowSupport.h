#pragma once

#include <QIcon>
#include <QString>

// What the files of the main window (MainWindow*.cpp) share: icons, settings keys, and the way
// messages are put together.
namespace WindowSupport {

inline QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

// A message that ends with a full stop, for putting sentences one after the other.
inline QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?'))
        && !text.endsWith(QLatin1Char('!')))
        text += QLatin1Char('.');
    return text;
}

inline const char *const lastDirKey = "workingSet/lastDirectory";
// The segment table's columns (QHeaderView::saveState: shown, hidden, order, widths, sorting).
inline const char *const tableHeaderKey = "window/tableHeader";

} // namespace WindowSupport
