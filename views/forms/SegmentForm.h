#pragma once

#include "AudienceSegment.h"
#include "FieldDecorator.h"

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class FindReplaceDialog;
class InMarketCatalog;
class ProblemBanner;
class QDialog;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QToolButton;
class QVBoxLayout;
class SegmentEditor;
class SegmentTableModel;

// The base of the forms that edit the selected segments, one subclass per segment type (create()
// picks it): a banner listing the rows' problems, the fields every segment has (name, and a
// description that can be cleared: sent as null, which is not the same as left alone), a frame and
// a message on every field a problem names, and a "Revert field" button per field.
//
// A form shows one or many rows of one type. With many, each field shows the common value or
// "Mixed values" until it is set, and setting it changes every shown row in one undo step. All
// edits go through the SegmentEditor; the form follows the model (dataChanged of the shown rows),
// so undo, redo and edits made elsewhere show at once.
//
// Hosting: construct with create() or createFor(), put it in a layout (it scrolls its fields
// itself, below the banner), call showSegments(ids) when the selection changes (canShow() tells
// whether this form fits the new ids or another must be made), and focusField(path) to go to a
// field named by a problem. A host with its own header hides the form's (setHeaderVisible) and may
// add widgets below the fields (addFooterWidget).
class SegmentForm : public QWidget
{
    Q_OBJECT

public:
    SegmentForm(SegmentTableModel *model, SegmentEditor *editor, InMarketCatalog *catalog,
                QWidget *parent = nullptr);
    ~SegmentForm() override;

    // The form for segments of `type` (ContactList, Behavioral and Unknown get the form that edits
    // name and description and shows the settings read-only).
    static SegmentForm *create(SegmentType type, SegmentTableModel *model, SegmentEditor *editor,
                               InMarketCatalog *catalog, QWidget *parent = nullptr);
    // The form for these ids: their type's, or, when their types differ, the summary that offers
    // find and replace in names and descriptions. Does not show them yet.
    static SegmentForm *createFor(const QStringList &ids, SegmentTableModel *model,
                                  SegmentEditor *editor, InMarketCatalog *catalog,
                                  QWidget *parent = nullptr);
    // The type all these (loaded) segments share; nothing when they differ or none is loaded.
    static std::optional<SegmentType> commonType(const SegmentTableModel *model,
                                                 const QStringList &ids);

    // The type this form edits; nothing for the summary of several types.
    virtual std::optional<SegmentType> formType() const = 0;
    // Whether this form can show these ids (they are of its type).
    virtual bool canShow(const QStringList &ids) const;

    // Shows one or many segments (of this form's type; ids not loaded are left out). Ends the
    // editor's typing session.
    virtual void showSegments(const QStringList &ids);
    QStringList segmentIds() const { return m_ids; }

    // Focuses the widget of a field in the API's path form ("attributes/name",
    // "attributes/location/pointsOfInterest/3/latitude": the table cell). False when the form has
    // no such field.
    virtual bool focusField(const QString &fieldPath);

    SegmentTableModel *model() const;
    SegmentEditor *editor() const;
    InMarketCatalog *catalog() const;
    ProblemBanner *banner() const { return m_banner; }

    // Where file dialogs come from (a test seam): by default QFileDialog::getOpenFileName.
    using OpenFileNameProvider = std::function<QString(QWidget *parent, const QString &caption,
                                                       const QString &filter)>;
    void setOpenFileNameProvider(OpenFileNameProvider provider);

    // Opens the find-and-replace dialog (window-modal, not blocking) over the shown segments.
    FindReplaceDialog *openFindReplace();

    // The decorator of a registered field (tests, the panel): by path, exact.
    FieldDecorator *decoratorFor(const QString &fieldPath) const;

    // Hides the form's own header (name or count, type, id, state) for a host that shows its
    // own above the form; the banner and the fields stay.
    void setHeaderVisible(bool visible);
    // Adds a host's widget below the fields, scrolled with them (the details panel's dates and
    // "Revert all"). The form becomes its parent: take it back before deleting the form.
    void addFooterWidget(QWidget *widget);

protected:
    enum class EditMode {
        Typing, // one segment: successive edits of the field merge into one undo step
        Step,   // always its own undo step
    };

    // Where subclasses put their settings, below name and description.
    QVBoxLayout *settingsLayout() const { return m_settingsLayout; }
    QScrollArea *scrollArea() const { return m_scroll; }
    void setCommonFieldsVisible(bool visible);

    // Adds a labelled field to `layout`: the content wrapped in a FieldDecorator, a "Revert
    // field" button (unless `revertible` is false), the label's buddy set to `focusWidget`
    // (default: content). `key` names the widgets ("<key>Field", "<key>RevertButton").
    FieldDecorator *addField(QFormLayout *layout, const QString &label, QWidget *content,
                             const QString &fieldPath, const QString &key,
                             QWidget *focusWidget = nullptr, bool revertible = true);

    // Applies `change` to the edited version of every shown segment through the editor. One
    // segment in Typing mode merges with the previous edit of `fieldPath`; anything else is one
    // undo step named `undoText` (default: "Set <field> in N segments"). Refreshes at once.
    void applyEdit(const QString &fieldPath, const std::function<void(AudienceSegment &)> &change,
                   EditMode mode = EditMode::Typing, const QString &undoText = {});

    QList<AudienceSegment> editedSegments() const;
    QList<AudienceSegment> originalSegments() const;
    bool isMulti() const { return m_ids.size() > 1; }
    bool isEditable() const { return m_editable; }
    // True while the form writes the model's values into its widgets: slots ignore signals then.
    bool isUpdating() const { return m_updating; }
    // "“Name”" of a shown segment, for undo texts and messages.
    QString segmentLabel(const QString &id) const;
    // What an undo text names as the edited thing: "“Name”" of the one shown segment, or
    // "3 segments".
    QString shownLabel() const;

    // Reads the model into the widgets now (the form does it by itself after model changes).
    void refresh();

    // Hooks for subclasses.
    virtual void segmentsShown() { } // the ids changed (before refreshFields)
    virtual void refreshFields() { } // write the values into the widgets
    virtual void refreshProblems(const QList<QPair<QString, Problem>> &) { }
    virtual bool focusSubField(const QString &) { return false; } // paths below a field

    // Shows a dialog window-modally without blocking; it deletes itself when closed.
    void openDialog(QDialog *dialog);
    QString openFileName(const QString &caption, const QString &filter);

private:
    struct Field
    {
        QString path;
        FieldDecorator *decorator = nullptr;
        QWidget *focusWidget = nullptr;
        QToolButton *revertButton = nullptr;
    };

    void buildCommonFields();
    void refreshCommon();
    void refreshAllProblems();
    void refreshRevertButtons();
    void scheduleRefresh();
    const Field *fieldFor(const QString &path) const;
    void revertField(const QString &path);
    void onModelDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onModelReset();
    void onNameEdited(const QString &text);
    void onDescriptionEdited(const QString &text);
    void commitDescription();
    void clearDescription();

    QPointer<SegmentTableModel> m_model;
    QPointer<SegmentEditor> m_editor;
    QPointer<InMarketCatalog> m_catalog;
    QStringList m_ids;
    QSet<QString> m_idSet;
    bool m_editable = false;
    bool m_updating = false;
    bool m_refreshPending = false;
    bool m_descriptionDirty = false;
    OpenFileNameProvider m_openFileName;

    ProblemBanner *m_banner;
    QLabel *m_header;
    QScrollArea *m_scroll;
    QWidget *m_commonFields;
    QLineEdit *m_nameEdit;
    QPushButton *m_findReplaceButton;
    QLineEdit *m_descriptionEdit;
    QToolButton *m_clearDescriptionButton;
    QVBoxLayout *m_settingsLayout;
    QList<Field> m_fields;
};
