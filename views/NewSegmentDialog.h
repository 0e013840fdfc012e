#pragma once

#include "AudienceSegment.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class SegmentTableModel;

// "New Segment": the advertiser (among those of the loaded segments), the type, the name and,
// for a lookalike, the segment it looks like. The rest is filled in the type's form afterwards;
// the segment is created on Criteo by the next send.
class NewSegmentDialog : public QDialog
{
    Q_OBJECT

public:
    // `advertisers`: (id, display name), in the order to offer them.
    NewSegmentDialog(const SegmentTableModel *model,
                     const QList<QPair<QString, QString>> &advertisers,
                     const QString &preferredAdvertiser, QWidget *parent = nullptr);

    // The segment to create (no id yet), with the type's defaults.
    AudienceSegment segment() const;

private:
    void advertiserOrTypeChanged();
    void updateOk();

    const SegmentTableModel *m_model;
    QComboBox *m_advertiser;
    QComboBox *m_type;
    QLineEdit *m_name;
    QLabel *m_seedLabel;
    QComboBox *m_seed;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};
