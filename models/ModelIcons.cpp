#include "ModelIcons.h"

#include <QFile>
#include <QHash>

namespace ModelIcons {

Source source(Icon icon)
{
    switch (icon) {
    case Icon::Modified:
        return {QStringLiteral(":/icons/state-modified.svg"), QStringLiteral("document-edit")};
    case Icon::Invalid:
        return {QStringLiteral(":/icons/state-invalid.svg"), QStringLiteral("dialog-error")};
    case Icon::Sending:
        return {QStringLiteral(":/icons/state-sending.svg"), QStringLiteral("mail-send")};
    case Icon::Updated:
        return {QStringLiteral(":/icons/state-updated.svg"), QStringLiteral("emblem-default")};
    case Icon::Warned:
        return {QStringLiteral(":/icons/state-warned.svg"), QStringLiteral("dialog-warning")};
    case Icon::Failed:
        return {QStringLiteral(":/icons/state-failed.svg"), QStringLiteral("dialog-error")};
    case Icon::NotSent:
        return {QStringLiteral(":/icons/state-notsent.svg"), QStringLiteral("process-stop")};
    case Icon::Unknown:
        return {QStringLiteral(":/icons/state-unknown.svg"), QStringLiteral("dialog-question")};
    case Icon::Error:
        return {QStringLiteral(":/icons/severity-error.svg"), QStringLiteral("dialog-error")};
    case Icon::Warning:
        return {QStringLiteral(":/icons/severity-warning.svg"), QStringLiteral("dialog-warning")};
    case Icon::Conflict:
        return {QStringLiteral(":/icons/state-conflict.svg"),
                QStringLiteral("emblem-synchronizing")};
    case Icon::New:
        return {QStringLiteral(":/icons/state-new.svg"), QStringLiteral("list-add")};
    case Icon::Created:
        return {QStringLiteral(":/icons/state-created.svg"), QStringLiteral("list-add")};
    case Icon::ToDelete:
        return {QStringLiteral(":/icons/state-todelete.svg"), QStringLiteral("edit-delete")};
    }
    return {};
}

QIcon icon(Icon which)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(which);
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    const Source s = source(which);
    const QIcon result
            = QFile::exists(s.resource) ? QIcon(s.resource) : QIcon::fromTheme(s.themeName);
    cache.insert(key, result);
    return result;
}

} // namespace ModelIcons
