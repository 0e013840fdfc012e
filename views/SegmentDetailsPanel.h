#pragma once

#include "AudienceSegment.h"
#include "Problem.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class ConflictView;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QToolButton;
class SegmentEditor;
class SegmentTableModel;

// The area beside the segment table: the selected segment's settings, its problems in a banner,
// and the fields the user changed marked (Δ, the server's value in the tooltip, a Revert button
// per field). Name and description can be edited here too, through the model and its editor like
// an edit in the table; the type-specific settings are shown read-only until their forms take this
// place. Many selected segments show as "N segments selected". A segment in conflict with the
// server's copy shows its three values per field above the fields (ConflictView).
//
// It follows the model: an edit, an undo or a send outcome of the shown row refreshes it (and
// nothing else does, so one edit costs one row's work).
class SegmentDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    SegmentDetailsPanel(SegmentTableModel *model, SegmentEditor *editor, QWidget *parent = nullptr);
    ~SegmentDetailsPanel() override;

    // The segments to show: none (a hint), one (its details) or many (a count).
    void showSegments(const QStringList &ids);
    // Shows that segment and puts the focus on the field (an API path such as
    // "attributes/location/pointsOfInterest/2/latitude"; the closest field shown is chosen).
    void focusField(const QString &segmentId, const QString &fieldPath);

    QStringList shownSegments() const { return m_ids; }
    ConflictView *conflictView() const { return m_conflictView; }

private:
    struct FieldRow
    {
        QString path;
        QLabel *label = nullptr;
        QWidget *value = nullptr; // the editor or the value label
        QToolButton *revert = nullptr;
        QLabel *message = nullptr;
    };

    void buildSinglePage();
    void refresh();
    void refreshSingle(const QString &id);
    void refreshMany();
    void rebuildSettings(SegmentType type);
    void updateRow(FieldRow &row, const AudienceSegment &original, const AudienceSegment &edited,
                   const QStringList &changed, const ProblemList &problems);
    FieldRow *rowFor(const QString &fieldPath);
    FieldRow makeRow(const QString &path, QWidget *value, QWidget *parent);
    void nameEdited(const QString &text);
    void descriptionEdited();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QPointer<SegmentTableModel> m_model;
    QPointer<SegmentEditor> m_editor;
    QStringList m_ids;
    SegmentType m_settingsType = SegmentType::Unknown;
    bool m_updating = false;
    bool m_manyRefreshQueued = false;

    QStackedWidget *m_pages;
    QLabel *m_emptyLabel;
    QLabel *m_manyLabel;
    QScrollArea *m_scroll;
    QLabel *m_stateIcon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_banner = nullptr;
    ConflictView *m_conflictView = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    QGroupBox *m_settingsBox = nullptr;
    QFormLayout *m_settingsLayout = nullptr;
    QLabel *m_timestamps = nullptr;
    QPushButton *m_revertAll = nullptr;
    QList<FieldRow> m_rows; // name, description, then the settings
};
