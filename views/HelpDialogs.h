#pragma once

#include <QList>

class QAction;
class QDialog;
class QMenuBar;
class QWidget;

// Help > Getting Started and Help > Keyboard Shortcuts. Both are made from the window's own
// actions, so the keys they name are the keys that work (in the language shown).
namespace HelpDialogs {

// The review loop in six steps, with the keys of its actions. Non-modal; deletes itself.
QDialog *gettingStarted(QWidget *parent, const QList<QAction *> &loopActions);

// Every menu action with a shortcut, by menu, then the keys of the table, the forms and the
// points list. Non-modal; deletes itself.
QDialog *keyboardShortcuts(QWidget *parent, const QMenuBar *menus);

// The rows of the shortcuts dialog, for tests: "Menu\tCommand\tKeys".
QList<QStringList> shortcutRows(const QMenuBar *menus);

} // namespace HelpDialogs
