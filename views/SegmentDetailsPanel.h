#pragma once

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>

class ConflictView;
class InMarketCatalog;
class QLabel;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;
class SegmentEditor;
class SegmentForm;
class SegmentTableModel;

// The area beside the segment table, where the selected segments are edited: a compact header
// (state icon, name, "type · id · advertiser · state"; for many, how many of which type), then
// the form of their type (SegmentForm::createFor: its banner lists the problems, its fields are
// marked and revertible, many rows of one type are edited together, different types get the
// summary), then when and by whom it was created and "Revert all changes of this segment".
// Nothing selected shows a hint.
//
// The form is kept while the selection stays with its type and replaced otherwise. The header
// follows the model: an edit, an undo or a send outcome of a shown row refreshes it.
class SegmentDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    SegmentDetailsPanel(SegmentTableModel *model, SegmentEditor *editor, QWidget *parent = nullptr);
    ~SegmentDetailsPanel() override;

    // Where the in-market form finds brand names and the interest tree; nothing (offline) lists
    // them by id. Not owned. A different catalog makes a new form for the shown segments.
    void setInMarketCatalog(InMarketCatalog *catalog);
    InMarketCatalog *inMarketCatalog() const;

    // The segments to show: none (a hint), one or many (the form of their type).
    void showSegments(const QStringList &ids);
    // Shows that segment and puts the focus on the field (an API path such as
    // "attributes/location/pointsOfInterest/2/latitude"; the form picks the closest field, the
    // name when it has none for the path).
    void focusField(const QString &segmentId, const QString &fieldPath);

    QStringList shownSegments() const { return m_ids; }
    // The three values per field of a row in conflict (hidden otherwise).
    ConflictView *conflictView() const { return m_conflictView; }
    // The form of the shown segments; nothing before a segment was shown.
    SegmentForm *form() const;
    // A section more under the header, above the form (the sizes and where the segment is
    // used); the panel takes it over. The section shows and hides itself.
    void addSection(QWidget *section);

private:
    void buildSegmentPage();
    bool formFits() const;
    void placeForm();
    void refresh();
    void refreshSingle(const QString &id);
    void refreshMany();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QPointer<SegmentTableModel> m_model;
    QPointer<SegmentEditor> m_editor;
    QPointer<InMarketCatalog> m_catalog;
    QStringList m_ids;
    QSet<QString> m_shown; // the form's ids: the loaded ones of m_ids
    bool m_refreshQueued = false;

    QStackedWidget *m_pages;
    QLabel *m_emptyLabel;
    QWidget *m_segmentPage = nullptr;
    ConflictView *m_conflictView = nullptr;
    QLabel *m_stateIcon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QVBoxLayout *m_formLayout = nullptr; // holds the form
    QPointer<SegmentForm> m_form;
    bool m_formHadCatalog = false; // made with a catalog (which may be gone since)
    QWidget *m_footer = nullptr;
    QLabel *m_timestamps = nullptr;
    int m_sectionCount = 0;
    QPushButton *m_revertAll = nullptr;
};
