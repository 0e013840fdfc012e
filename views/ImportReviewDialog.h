#pragma once

#include "SheetImport.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// The review of an import (a sheet or a change set) before anything changes: one entry per
// segment with its fields (current value, imported value), each segment accepted or rejected by
// its check box, or all at once; the fields of a change set that changed since it was made are
// flagged and never applied; the rows that were refused, with their line and column, below.
// Accepting applies the accepted segments through the editor in one undo step (the window does
// it with acceptedEdits()).
class ImportReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportReviewDialog(const SheetImportResult &result, const QString &fileName,
                       QWidget *parent = nullptr);

    // The edits whose segment is checked, in file order.
    QList<ImportedEdit> acceptedEdits() const;
    void setAllAccepted(bool accepted);
    // Checks or unchecks one segment's edit; false when it is not listed.
    bool setAccepted(const QString &id, bool accepted);

    QTreeWidget *editList() const { return m_edits; }
    QListWidget *messageList() const { return m_messages; }

private:
    void updateButtons();

    SheetImportResult m_result;
    QLabel *m_summary;
    QTreeWidget *m_edits;
    QListWidget *m_messages;
    QPushButton *m_apply = nullptr;
};
