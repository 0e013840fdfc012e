#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QPointer>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class SegmentEditor;
class SegmentTableModel;

// What Send would do, before it does it: every changed segment with its `field: old → new`
// lines, a checkbox to leave it out of this send (the model's exclusion, an undo step of the
// model's editor; without an editor the checkboxes only show it), invalid segments shown as left
// out, and the exact JSON bodies of the bulk PATCH, chunk by chunk, as the service will send them
// (PatchBuilder::requestBody over PatchBuilder::build of each included change). The checkboxes
// follow the model when an exclusion changes elsewhere (an undo).
class PreviewDialog : public QDialog
{
    Q_OBJECT

public:
    PreviewDialog(SegmentTableModel *model, int chunkSize, QWidget *parent = nullptr);

    int chunkCount() const { return int(m_chunks.size()); }
    // The request body of a chunk, and its text as shown (indented JSON).
    QJsonObject chunkBody(int chunk) const;
    QString chunkText(int chunk) const;
    void showChunk(int chunk);
    int currentChunk() const;
    QString shownJson() const;
    QString summaryText() const;

Q_SIGNALS:
    void sendRequested();

private:
    void rebuildChanges();
    void rebuildChunks();
    void itemChanged(QTreeWidgetItem *item, int column);
    void followExclusions();

    QPointer<SegmentTableModel> m_model;
    QPointer<SegmentEditor> m_editor;
    int m_chunkSize;
    QList<QJsonObject> m_chunks;
    QList<int> m_chunkKinds; // of each chunk: 0 delete, 1 update, 2 create
    QLabel *m_summary;
    QTreeWidget *m_changes;
    QComboBox *m_chunkSelector;
    QPlainTextEdit *m_json;
    QPushButton *m_send;
    bool m_building = false;
};
