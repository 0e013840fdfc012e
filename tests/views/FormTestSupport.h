#pragma once

#include "AudienceSegment.h"
#include "MemoryInMarketCatalog.h"
#include "SegmentEditor.h"
#include "SegmentForm.h"
#include "SegmentTableModel.h"

#include <QJsonValue>
#include <QStringList>
#include <QUndoStack>

#include <memory>

class QAbstractItemView;
class QWidget;

// What every form test needs: a loaded table model, the editor and its undo stack, an in-memory
// catalog of in-market lists, and the form for some rows, shown (offscreen) as a user would see
// it; plus a small driver that acts on widgets found by objectName as a user would (typing,
// clicking, picking), so that a test reads as the list of things the user does.
class FormFixture
{
public:
    FormFixture();
    ~FormFixture();

    QUndoStack undoStack;
    SegmentTableModel model;
    SegmentEditor editor{&model, &undoStack};
    MemoryInMarketCatalog catalog;
    std::unique_ptr<SegmentForm> form;

    void load(const QList<AudienceSegment> &segments);
    // Creates the form for `ids` (SegmentForm::createFor), shows it, and shows the ids in it.
    SegmentForm *show(const QStringList &ids, const QSize &size = {760, 1000});

    // The PATCH item for a row (PatchBuilder::build), as compact JSON text; "null" when none.
    QString patchText(const QString &id) const;
    // Empty when the patch of `id` is the JSON `expected` (text), else what differs.
    QString patchDifference(const QString &id, const QString &expected) const;

    template<typename T> T *find(const QString &objectName) const
    {
        return form ? form->findChild<T *>(objectName) : nullptr;
    }

    // Runs driver steps, one per string; false (and a message in `error`) when a step failed.
    //   type <name> <text>     select all in a line edit, spin box or editable combo, type, Enter
    //   typeonly <name> <text> the same without Enter
    //   enter <name>           press Enter in the widget
    //   click <name>           click a button (mouse)
    //   space <name>           press Space in the widget (check boxes, tool buttons)
    //   choose <name> <text>   pick the combo box item with this text
    //   check <name> <text>    toggle the item with this text (column 0) of a view with Space
    //   search <name> <text>   type into a checklist's search field
    //   cell <view> <row> <column> <text>  edit a cell (view coordinates) like a user: F2,
    //                          select all, type, Enter (an editor that refuses stays open)
    //   select <view> <rows>   select rows of a view: "0" or "0,2"
    //   key <name> <keys>      press a key sequence in the widget ("Delete", "Ctrl+V")
    bool run(const QStringList &steps, QString *error = nullptr);

private:
    QWidget *widget(const QString &name, QString *error) const;
};

// The item of `view` whose column-0 text is `text` (searching a tree too); invalid when none.
QModelIndex findItem(QAbstractItemView *view, const QString &text);
