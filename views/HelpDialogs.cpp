#include "HelpDialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HelpDialogs)
};

// "&Load Segments…" as the menu shows it, without the mnemonic.
QString plain(QString text)
{
    // "&&" is a literal "&": of a pair, the second stays.
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(Text::tr(" or ", "between two shortcuts"));
}

void collect(const QMenu *menu, const QString &path, QList<QStringList> &rows)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            collect(action->menu(), path + QStringLiteral(" › ") + plain(action->text()), rows);
            continue;
        }
        const QString keys = keysOf(action);
        if (!keys.isEmpty())
            rows.append({path, plain(action->text()), keys});
    }
}

QDialog *makeDialog(QWidget *parent, const QString &objectName, const QString &title)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    Q_UNUSED(layout)
    return dialog;
}

void addCloseButton(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    dialog->layout()->addWidget(buttons);
}

} // namespace

namespace HelpDialogs {

QDialog *gettingStarted(QWidget *parent, const QList<QAction *> &loopActions)
{
    // The keys of the loop's actions by object name (empty when an action has none).
    const auto key = [&loopActions](const char *objectName) {
        for (const QAction *action : loopActions)
            if (action->objectName() == QLatin1String(objectName)) {
                const QString keys = keysOf(action);
                return keys.isEmpty() ? QString()
                                      : Text::tr(" (%1)", "a shortcut after a command").arg(keys);
            }
        return QString();
    };
    const QString html = Text::tr("<h3>Getting started</h3>") + QStringLiteral("<ol>")
            + Text::tr("<li><b>Connect</b> with your Criteo API client id and secret (File › "
                       "Connect). To try the editor without an account, start it with "
                       "<code>--demo</code>.</li>")
            + Text::tr("<li><b>Load</b> the segments of one or more advertisers%1. They stay on "
                       "this computer: you can edit offline and save the working set "
                       "(File › Save).</li>")
                      .arg(key("actionLoad"))
            + Text::tr("<li><b>Edit</b>: select one segment or several and change them in the "
                       "form beside the table, or rename in the table. Paste points of interest "
                       "from a spreadsheet into a Location segment. Every change can be "
                       "undone%1.</li>")
                      .arg(key("actionUndo"))
            + Text::tr("<li><b>Check</b>%1 what the server would refuse: each problem sits next "
                       "to its field, and Next Problem%2 takes you there.</li>")
                      .arg(key("actionCheck"), key("actionNextProblem"))
            + Text::tr("<li><b>Preview</b>%1 exactly what will be sent, and leave out what "
                       "should wait.</li>")
                      .arg(key("actionPreview"))
            + Text::tr("<li><b>Send</b>%1 every change at once. Each row then says Updated, "
                       "Warned or Failed; fix what failed and choose Retry Failed%2. The Send "
                       "History (View) keeps every send.</li>")
                      .arg(key("actionSend"), key("actionRetryFailed"))
            + QStringLiteral("</ol>")
            + Text::tr("<p>Help › Keyboard Shortcuts lists every key.</p>");

    QDialog *dialog = makeDialog(parent, QStringLiteral("gettingStartedDialog"),
                                 Text::tr("Getting Started"));
    auto *browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("gettingStartedText"));
    browser->setHtml(html);
    browser->setOpenLinks(false);
    dialog->layout()->addWidget(browser);
    addCloseButton(dialog);
    dialog->resize(560, 460);
    return dialog;
}

QList<QStringList> shortcutRows(const QMenuBar *menus)
{
    QList<QStringList> rows;
    if (menus)
        for (QAction *action : menus->actions())
            if (action->menu())
                collect(action->menu(), plain(action->text()), rows);
    // Keys of widgets, not of menu commands.
    const QString table = Text::tr("Segment table");
    const QString form = Text::tr("Forms");
    const QString points = Text::tr("Points of interest");
    rows.append({table, Text::tr("Rename the current segment"), QStringLiteral("F2")});
    rows.append({table, Text::tr("Select all rows"),
                 QKeySequence(QKeySequence::SelectAll).toString(QKeySequence::NativeText)});
    rows.append({form, Text::tr("Go to the next or previous field"), Text::tr("Tab or Shift+Tab")});
    rows.append({form, Text::tr("Go to a field"), Text::tr("Alt + the underlined letter")});
    rows.append({points, Text::tr("Paste points from a spreadsheet"),
                 QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)});
    rows.append({points, Text::tr("Remove the selected points"),
                 QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText)});
    rows.append({points, Text::tr("Edit a cell"), QStringLiteral("F2")});
    rows.append({Text::tr("Dialogs and edits"), Text::tr("Cancel"),
                 QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)});
    return rows;
}

QDialog *keyboardShortcuts(QWidget *parent, const QMenuBar *menus)
{
    QDialog *dialog = makeDialog(parent, QStringLiteral("keyboardShortcutsDialog"),
                                 Text::tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget(dialog);
    tree->setObjectName(QStringLiteral("shortcutTree"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({Text::tr("Command"), Text::tr("Keys")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    QTreeWidgetItem *group = nullptr;
    for (const QStringList &row : shortcutRows(menus)) {
        if (!group || group->text(0) != row.at(0)) {
            group = new QTreeWidgetItem(tree, {row.at(0)});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        new QTreeWidgetItem(tree, {QStringLiteral("    ") + row.at(1), row.at(2)});
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(false);
    dialog->layout()->addWidget(tree);
    addCloseButton(dialog);
    dialog->resize(520, 560);
    return dialog;
}

} // namespace HelpDialogs
