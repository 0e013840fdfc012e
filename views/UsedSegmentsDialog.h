#pragma once

#include "SendWorkflow.h"

#include <QDialog>

class QTreeWidget;

// Before a send deletes or narrows segments that audiences use: which segments, what the change
// does to each, and the audiences and ad sets that depend on them. "Send Anyway" sends everything;
// Cancel (the default) sends nothing and keeps every edit.
class UsedSegmentsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsedSegmentsDialog(const QList<SendWorkflow::UsedChange> &changes,
                                QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

    // The words for one change: "Delete …" or "Narrow …" (its reasons are the rows under it).
    static QString describe(const SendWorkflow::UsedChange &change);

private:
    QTreeWidget *m_tree;
};
