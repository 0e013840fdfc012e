#pragma once

#include "SegmentForm.h"

class QLabel;
class QPushButton;

// What the details show when the selection holds segments of different types: how many of each,
// their problems, and find and replace in names and descriptions (the only edit that means the
// same for every type).
class MixedTypesForm : public SegmentForm
{
    Q_OBJECT

public:
    MixedTypesForm(SegmentTableModel *model, SegmentEditor *editor, InMarketCatalog *catalog,
                   QWidget *parent = nullptr);

    std::optional<SegmentType> formType() const override { return std::nullopt; }
    bool canShow(const QStringList &ids) const override;

protected:
    void refreshFields() override;

private:
    QLabel *m_summary;
    QPushButton *m_findReplace;
};
