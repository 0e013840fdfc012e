#include "NewSegmentDialog.h"

#include "SegmentEditor.h"
#include "SegmentFields.h"
#include "SegmentTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewSegmentDialog::NewSegmentDialog(const SegmentTableModel *model,
                                   const QList<QPair<QString, QString>> &advertisers,
                                   const QString &preferredAdvertiser, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_advertiser(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_seedLabel(new QLabel(tr("&Looks like:"), this))
    , m_seed(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Segment"));
    setObjectName(QStringLiteral("newSegmentDialog"));
    m_advertiser->setObjectName(QStringLiteral("advertiser"));
    m_type->setObjectName(QStringLiteral("type"));
    m_name->setObjectName(QStringLiteral("name"));
    m_seed->setObjectName(QStringLiteral("seed"));

    for (const auto &advertiser : advertisers)
        m_advertiser->addItem(advertiser.second, advertiser.first);
    const int preferred = m_advertiser->findData(preferredAdvertiser);
    if (preferred >= 0)
        m_advertiser->setCurrentIndex(preferred);
    for (const SegmentType type :
         {SegmentType::InMarket, SegmentType::Location, SegmentType::Prospecting,
          SegmentType::Retargeting, SegmentType::Lookalike})
        m_type->addItem(SegmentFields::typeLabel(type), QVariant::fromValue(type));
    m_name->setPlaceholderText(tr("Unique within the advertiser"));
    m_name->setClearButtonEnabled(true);
    m_seedLabel->setBuddy(m_seed);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("The segment is created on Criteo by the next send. Fill in its "
                       "settings in the form first; Undo takes it away again."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Advertiser:"), m_advertiser);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_seedLabel, m_seed);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Segment"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_advertiser, &QComboBox::currentIndexChanged, this,
            &NewSegmentDialog::advertiserOrTypeChanged);
    connect(m_type, &QComboBox::currentIndexChanged, this,
            &NewSegmentDialog::advertiserOrTypeChanged);
    connect(m_name, &QLineEdit::textChanged, this, &NewSegmentDialog::updateOk);
    connect(m_seed, &QComboBox::currentIndexChanged, this, &NewSegmentDialog::updateOk);
    advertiserOrTypeChanged();
    m_name->setFocus();
    setMinimumWidth(420);
}

void NewSegmentDialog::advertiserOrTypeChanged()
{
    const bool lookalike = m_type->currentData().value<SegmentType>() == SegmentType::Lookalike;
    m_seedLabel->setVisible(lookalike);
    m_seed->setVisible(lookalike);
    if (lookalike) {
        // The advertiser's saved segments, by name.
        const QString advertiser = m_advertiser->currentData().toString();
        const QString kept = m_seed->currentData().toString();
        m_seed->clear();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString id = m_model->idAt(row);
            const auto original = m_model->original(id);
            if (!original || original->advertiserId != advertiser
                || m_model->lifecycle(id) == SegmentLifecycle::New)
                continue;
            m_seed->addItem(
                    tr("%1 (%2)", "segment name (id)").arg(original->name.value_or(QString()), id),
                    id);
        }
        const int again = m_seed->findData(kept);
        if (again >= 0)
            m_seed->setCurrentIndex(again);
    }
    updateOk();
}

void NewSegmentDialog::updateOk()
{
    const bool lookalike = m_type->currentData().value<SegmentType>() == SegmentType::Lookalike;
    const bool ok = m_advertiser->currentIndex() >= 0 && !m_name->text().trimmed().isEmpty()
            && (!lookalike || m_seed->currentIndex() >= 0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

AudienceSegment NewSegmentDialog::segment() const
{
    const SegmentType type = m_type->currentData().value<SegmentType>();
    AudienceSegment s = SegmentEditor::blankSegment(m_advertiser->currentData().toString(), type,
                                                    m_name->text().trimmed());
    if (type == SegmentType::Lookalike && s.lookalike)
        s.lookalike->seedSegmentId = m_seed->currentData().toString();
    return s;
}
