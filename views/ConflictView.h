#pragma once

#include <QFrame>
#include <QHash>
#include <QPointer>
#include <QStringList>

class QLabel;
class QPushButton;
class QVBoxLayout;
class SegmentEditor;
class SegmentTableModel;

// The three values of each field in conflict for one segment (the server's copy changed since it
// was loaded, in fields the user changed too): as loaded, yours and the server's, with "Keep
// Mine" and "Take Server's" per field and for all of them at once. A choice is an undoable edit
// (SegmentEditor::resolveConflict), and undo brings the conflict back.
//
// Hidden while the segment is not in conflict. It follows the model by itself, so that whichever
// widget shows a segment's settings (the details panel, the type forms later) only has to put it
// above them and say which segment is shown.
class ConflictView : public QFrame
{
    Q_OBJECT

public:
    ConflictView(SegmentTableModel *model, SegmentEditor *editor, QWidget *parent = nullptr);
    ~ConflictView() override;

    // The segment to follow; empty for none.
    void showSegment(const QString &id);
    QString segmentId() const { return m_id; }
    // The fields shown (API paths, in the patch builder's order); empty while hidden.
    QStringList fields() const { return m_fields; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyLook();

    struct Values
    {
        QLabel *base = nullptr;
        QLabel *mine = nullptr;
        QLabel *server = nullptr;
    };

    void refresh();
    void rebuild();
    void resolve(const QString &field, bool keepMine);
    void resolveAll(bool keepMine);

    QPointer<SegmentTableModel> m_model;
    QPointer<SegmentEditor> m_editor;
    QString m_id;
    QStringList m_fields;
    QLabel *m_headline;
    QLabel *m_explanation;
    QVBoxLayout *m_layout;
    QWidget *m_fieldsHost = nullptr;
    QHash<QString, Values> m_values;
    QPushButton *m_keepAll;
    QPushButton *m_takeAll;
};
