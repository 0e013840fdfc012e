#pragma once

#include "SegmentForm.h"

class QFormLayout;
class QLabel;

// Segments whose settings the API does not let a client change (contact lists, Criteo's behavioral
// segments) and segments of a type this version does not know: name and description are edited
// as everywhere (not for an unknown type, which is read-only), the settings are shown for
// reference.
class ReadOnlySettingsForm : public SegmentForm
{
    Q_OBJECT

public:
    ReadOnlySettingsForm(SegmentType type, SegmentTableModel *model, SegmentEditor *editor,
                         InMarketCatalog *catalog, QWidget *parent = nullptr);

    std::optional<SegmentType> formType() const override { return m_type; }

protected:
    void refreshFields() override;

private:
    QLabel *addValue(const QString &label, const QString &objectName);

    SegmentType m_type;
    QFormLayout *m_form;
    QLabel *m_note;
    QList<QLabel *> m_values;
};
