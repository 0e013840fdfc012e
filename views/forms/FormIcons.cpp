#include "FormIcons.h"

#include "ModelIcons.h"

#include <QApplication>
#include <QStyle>

namespace FormIcons {

QIcon problemIcon(Problem::Severity severity)
{
    const bool error = severity == Problem::Severity::Error;
    const QIcon icon
            = ModelIcons::icon(error ? ModelIcons::Icon::Error : ModelIcons::Icon::Warning);
    if (!icon.isNull())
        return icon;
    return QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                     : QStyle::SP_MessageBoxWarning);
}

QIcon revertIcon()
{
    return QIcon::fromTheme(QStringLiteral("edit-undo"),
                            QApplication::style()->standardIcon(QStyle::SP_ArrowBack));
}

QIcon refreshIcon()
{
    return QIcon::fromTheme(QStringLiteral("view-refresh"),
                            QApplication::style()->standardIcon(QStyle::SP_BrowserReload));
}

} // namespace FormIcons
