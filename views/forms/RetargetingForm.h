#pragma once

#include "SegmentForm.h"

class QComboBox;
class QSpinBox;

// Retargeting segments: which visitors (all, buyers, non-buyers) and the range of days since their
// last visit, plain numbers (the API cannot clear them).
class RetargetingForm : public SegmentForm
{
    Q_OBJECT

public:
    RetargetingForm(SegmentTableModel *model, SegmentEditor *editor, InMarketCatalog *catalog,
                    QWidget *parent = nullptr);

    std::optional<SegmentType> formType() const override { return SegmentType::Retargeting; }

protected:
    void refreshFields() override;

private:
    QSpinBox *makeDaysSpin(const QString &objectName, const QString &accessibleName,
                           const QString &path, std::optional<qint64> RetargetingSettings::*member);

    QComboBox *m_visitorsType;
    QSpinBox *m_daysMin;
    QSpinBox *m_daysMax;
};
