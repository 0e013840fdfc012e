#include "Appearance.h"

#include <QApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace Appearance {

namespace {

const QString portalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString portalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString portalInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString appearanceNamespace = QStringLiteral("org.freedesktop.appearance");
const QString colorSchemeKey = QStringLiteral("color-scheme");
const QString settingsKey = QStringLiteral("view/appearance");

// What the platform gave before any scheme was applied, to go back to for System.
struct Platform
{
    QString styleName;
    QPalette palette;
};

Platform &platform()
{
    static Platform p = [] {
        Platform value;
        value.styleName = QApplication::style() ? QApplication::style()->name() : QString();
        value.palette = QApplication::palette();
        return value;
    }();
    return p;
}

Scheme &currentScheme()
{
    static Scheme scheme = Scheme::System;
    return scheme;
}

void useStyle(const QString &name)
{
    if (QApplication::style()
        && QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Base).lightness() < 128;
}

// Follows a change of the desktop's preference while the scheme is System.
class PortalWatcher : public QObject
{
    Q_OBJECT

public:
    static void ensure()
    {
        static PortalWatcher *watcher = nullptr;
        if (watcher || !QDBusConnection::sessionBus().isConnected())
            return;
        watcher = new PortalWatcher(qApp);
        QDBusConnection::sessionBus().connect(portalService, portalPath, portalInterface,
                                              QStringLiteral("SettingChanged"), watcher,
                                              SLOT(settingChanged(QString, QString, QDBusVariant)));
    }

private:
    using QObject::QObject;

private Q_SLOTS:
    void settingChanged(const QString &group, const QString &key, const QDBusVariant &value)
    {
        if (group != appearanceNamespace || key != colorSchemeKey
            || currentScheme() != Scheme::System)
            return;
        Q_UNUSED(value)
        apply(Scheme::System);
    }
};

} // namespace

QString key(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return QStringLiteral("light");
    case Scheme::Dark:
        return QStringLiteral("dark");
    case Scheme::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Scheme> fromKey(const QString &key)
{
    for (const Scheme scheme : {Scheme::System, Scheme::Light, Scheme::Dark})
        if (key.compare(Appearance::key(scheme), Qt::CaseInsensitive) == 0)
            return scheme;
    return std::nullopt;
}

Scheme saved()
{
    return fromKey(QSettings().value(settingsKey).toString()).value_or(Scheme::System);
}

void save(Scheme scheme)
{
    QSettings().setValue(settingsKey, key(scheme));
}

QPalette lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
    delete fusion;
    return palette;
}

QPalette darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x2d);
    const QColor base(0x1f, 0x1f, 0x1f);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x2f, 0x6f, 0xb8);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x29, 0x29, 0x29));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6e, 0x6e));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x3e));
    p.setColor(QPalette::Mid, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb8, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xb8, 0x9a, 0xf0));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x44, 0x44));
    return p;
}

std::optional<bool> prefersDarkFromPortal(const QVariant &answer)
{
    // Read answers a variant inside a variant (v of v of u); some portals send one level only.
    QVariant value = answer;
    for (int depth = 0; depth < 3; ++depth) {
        if (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
            value = qvariant_cast<QDBusVariant>(value).variant();
        else if (value.userType() == qMetaTypeId<QDBusArgument>()) {
            QDBusVariant inner;
            qvariant_cast<QDBusArgument>(value) >> inner;
            value = inner.variant();
        } else
            break;
    }
    if (value.typeId() != QMetaType::UInt && value.typeId() != QMetaType::Int)
        return std::nullopt;
    const uint scheme = value.toUInt();
    if (scheme > 2)
        return std::nullopt;
    return scheme == 1;
}

std::optional<bool> desktopPrefersDark()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return std::nullopt;
    QDBusMessage call = QDBusMessage::createMethodCall(portalService, portalPath, portalInterface,
                                                       QStringLiteral("Read"));
    call << appearanceNamespace << colorSchemeKey;
    const QDBusMessage reply = bus.call(call, QDBus::Block, 400);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return std::nullopt;
    return prefersDarkFromPortal(reply.arguments().constFirst());
}

void apply(Scheme scheme)
{
    const Platform &base = platform(); // taken before the first change
    currentScheme() = scheme;
    switch (scheme) {
    case Scheme::Light:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        return;
    case Scheme::Dark:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        return;
    case Scheme::System:
        break;
    }
    PortalWatcher::ensure();
    const bool platformDark = isDarkPalette(base.palette);
    if (!platformDark && desktopPrefersDark().value_or(false)) {
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        return;
    }
    if (!base.styleName.isEmpty())
        useStyle(base.styleName);
    QApplication::setPalette(base.palette);
}

Scheme current()
{
    return currentScheme();
}

} // namespace Appearance

#include "Appearance.moc"
