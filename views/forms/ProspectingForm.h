#pragma once

#include "SegmentForm.h"

class QCheckBox;
class QComboBox;
class QSpinBox;

// Prospecting segments: which users (prospects, or prospects and non-buyers) and the range of days
// since their last visit. Either end of the range can be "No limit", which the API takes as a
// cleared value (null), unlike an end left alone.
class ProspectingForm : public SegmentForm
{
    Q_OBJECT

public:
    ProspectingForm(SegmentTableModel *model, SegmentEditor *editor, InMarketCatalog *catalog,
                    QWidget *parent = nullptr);

    std::optional<SegmentType> formType() const override { return SegmentType::Prospecting; }

protected:
    void refreshFields() override;

private:
    struct DaysField
    {
        QString path;
        QSpinBox *spin = nullptr;
        QCheckBox *noLimit = nullptr;
        Nillable<qint64> ProspectingSettings::*member = nullptr;
    };
    QWidget *makeDaysRow(DaysField &field, const QString &key);
    void refreshDays(const DaysField &field);
    void onDaysValue(const DaysField &field, int value);
    void onNoLimit(const DaysField &field, bool checked);

    QComboBox *m_usersType;
    DaysField m_min;
    DaysField m_max;
};
