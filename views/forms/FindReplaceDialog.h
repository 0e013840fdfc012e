#pragma once

#include <QDialog>
#include <QPointer>
#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;
class SegmentEditor;
class SegmentTableModel;

// Find and replace in segment names and descriptions, over the selected segments or all loaded
// ones. The preview lists every change (segment, field, old -> new) before anything happens;
// Replace applies them all as one undo step. Case-sensitive and whole-word matching are options;
// the replacement is taken literally. Segments of unknown type (read-only) are left out.
class FindReplaceDialog : public QDialog
{
    Q_OBJECT

public:
    struct Options
    {
        QString find;
        QString replace;
        bool names = true;
        bool descriptions = true;
        bool caseSensitive = false;
        bool wholeWord = false;
    };

    struct Change
    {
        QString segmentId;
        QString fieldPath; // "attributes/name" or "attributes/description"
        QString before;
        QString after;

        friend bool operator==(const Change &a, const Change &b)
        {
            return a.segmentId == b.segmentId && a.fieldPath == b.fieldPath && a.before == b.before
                    && a.after == b.after;
        }
    };

    FindReplaceDialog(SegmentTableModel *model, SegmentEditor *editor,
                      const QStringList &selectedIds, QWidget *parent = nullptr);

    // What replacing would change in these segments, in their order (names before
    // descriptions of a segment). Empty `find` finds nothing.
    static QList<Change> preview(const SegmentTableModel *model, const QStringList &ids,
                                 const Options &options);
    // `text` with every match of the options' `find` replaced literally.
    static QString replaced(const QString &text, const Options &options);

    Options options() const;
    QStringList scopeIds() const; // the selection, or every loaded segment
    QList<Change> changes() const { return m_changes; }

    // Applies the previewed changes as one undo step; the number of segments changed.
    int apply();

private:
    void updatePreview();

    QPointer<SegmentTableModel> m_model;
    QPointer<SegmentEditor> m_editor;
    QStringList m_selectedIds;
    QList<Change> m_changes;

    QLineEdit *m_findEdit;
    QLineEdit *m_replaceEdit;
    QCheckBox *m_namesCheck;
    QCheckBox *m_descriptionsCheck;
    QCheckBox *m_caseCheck;
    QCheckBox *m_wholeWordCheck;
    QRadioButton *m_selectionRadio;
    QRadioButton *m_allRadio;
    QTreeWidget *m_preview;
    QLabel *m_summary;
    QPushButton *m_applyButton;
};
