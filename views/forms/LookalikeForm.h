#pragma once

#include "SegmentForm.h"

class Int64Validator;
class QLabel;
class QLineEdit;

// Lookalike segments: the target size (a 64-bit number of users) is the one setting that can
// change; the seed segment is fixed when the lookalike is created and is shown read-only, by name
// when it is loaded.
class LookalikeForm : public SegmentForm
{
    Q_OBJECT

public:
    LookalikeForm(SegmentTableModel *model, SegmentEditor *editor, InMarketCatalog *catalog,
                  QWidget *parent = nullptr);

    std::optional<SegmentType> formType() const override { return SegmentType::Lookalike; }

protected:
    void refreshFields() override;

private:
    void commitTargetSize();

    QLineEdit *m_targetSize;
    Int64Validator *m_validator;
    QLabel *m_seed;
    QString m_shownTargetSize;
};
