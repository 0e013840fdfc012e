#include "RetargetingForm.h"

#include "SegmentFields.h"

#include "FormControls.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace {

const QString visitorsTypePath = QStringLiteral("attributes/retargeting/visitorsType");
const QString daysMinPath = QStringLiteral("attributes/retargeting/daysSinceLastVisitMin");
const QString daysMaxPath = QStringLiteral("attributes/retargeting/daysSinceLastVisitMax");

RetargetingSettings &settingsOf(AudienceSegment &s)
{
    if (!s.retargeting)
        s.retargeting.emplace();
    return *s.retargeting;
}

RetargetingSettings settingsOf(const AudienceSegment &s)
{
    return s.retargeting.value_or(RetargetingSettings());
}

} // namespace

RetargetingForm::RetargetingForm(SegmentTableModel *model, SegmentEditor *editor,
                                 InMarketCatalog *catalog, QWidget *parent)
    : SegmentForm(model, editor, catalog, parent)
    , m_visitorsType(new QComboBox)
{
    auto *box = new QGroupBox(tr("Retargeting settings"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_visitorsType->setObjectName(QStringLiteral("visitorsTypeCombo"));
    m_visitorsType->setAccessibleName(tr("Visitors"));
    m_visitorsType->addItem(SegmentFields::enumText(VisitorsType::All),
                            static_cast<int>(VisitorsType::All));
    m_visitorsType->addItem(SegmentFields::enumText(VisitorsType::Buyers),
                            static_cast<int>(VisitorsType::Buyers));
    m_visitorsType->addItem(SegmentFields::enumText(VisitorsType::NonBuyers),
                            static_cast<int>(VisitorsType::NonBuyers));
    addField(form, tr("&Visitors:"), m_visitorsType, visitorsTypePath,
             QStringLiteral("visitorsType"));

    m_daysMin = makeDaysSpin(QStringLiteral("daysMinSpin"), tr("Minimum days since last visit"),
                             daysMinPath, &RetargetingSettings::daysSinceLastVisitMin);
    m_daysMax = makeDaysSpin(QStringLiteral("daysMaxSpin"), tr("Maximum days since last visit"),
                             daysMaxPath, &RetargetingSettings::daysSinceLastVisitMax);
    addField(form, tr("M&inimum days since last visit:"), m_daysMin, daysMinPath,
             QStringLiteral("daysMin"));
    addField(form, tr("Ma&ximum days since last visit:"), m_daysMax, daysMaxPath,
             QStringLiteral("daysMax"));
    settingsLayout()->addWidget(box);

    connect(m_visitorsType, &QComboBox::currentIndexChanged, this, [this] {
        const int choice = m_visitorsType->currentData().toInt();
        if (isUpdating() || choice < 0 || choice == static_cast<int>(VisitorsType::Unknown))
            return;
        applyEdit(
                visitorsTypePath,
                [choice](AudienceSegment &s) {
                    settingsOf(s).visitorsType = static_cast<VisitorsType>(choice);
                },
                EditMode::Step);
    });
}

QSpinBox *RetargetingForm::makeDaysSpin(const QString &objectName, const QString &accessibleName,
                                        const QString &path,
                                        std::optional<qint64> RetargetingSettings::*member)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setRange(0, std::numeric_limits<qint32>::max());
    spin->setSuffix(tr(" days"));
    spin->setKeyboardTracking(false);
    connect(spin, &QSpinBox::valueChanged, this, [this, spin, path, member](int value) {
        if (isUpdating() || !FormControls::spinHasValue(spin, 0))
            return;
        applyEdit(path, [member, value](AudienceSegment &s) { settingsOf(s).*member = value; });
    });
    return spin;
}

void RetargetingForm::refreshFields()
{
    const QList<AudienceSegment> segments = editedSegments();
    const auto visitors = FormControls::commonValue(
            segments, [](const AudienceSegment &s) { return settingsOf(s).visitorsType; });
    const bool notSet = visitors && !visitors->has_value();
    const bool unknown = visitors && *visitors == VisitorsType::Unknown;
    const int notSetIndex = m_visitorsType->findData(FormControls::NotSetItem);
    if (notSet && notSetIndex < 0)
        m_visitorsType->addItem(FormControls::notSetText(), FormControls::NotSetItem);
    else if (!notSet && notSetIndex >= 0)
        m_visitorsType->removeItem(notSetIndex);
    const int unknownIndex = m_visitorsType->findData(static_cast<int>(VisitorsType::Unknown));
    if (unknown && unknownIndex < 0)
        m_visitorsType->addItem(tr("Unknown (kept as the server sent it)"),
                                static_cast<int>(VisitorsType::Unknown));
    else if (!unknown && unknownIndex >= 0)
        m_visitorsType->removeItem(unknownIndex);
    FormControls::showComboValue(
            m_visitorsType,
            notSet ? FormControls::NotSetItem
                   : static_cast<int>(
                           visitors.value_or(std::nullopt).value_or(VisitorsType::Unknown)),
            !visitors);
    m_visitorsType->setEnabled(isEditable());

    const auto daysMin = FormControls::commonValue(
            segments, [](const AudienceSegment &s) { return settingsOf(s).daysSinceLastVisitMin; });
    const auto daysMax = FormControls::commonValue(
            segments, [](const AudienceSegment &s) { return settingsOf(s).daysSinceLastVisitMax; });
    FormControls::showSpinValue(m_daysMin, daysMin.value_or(std::nullopt), !daysMin, 0,
                                FormControls::notSetText());
    FormControls::showSpinValue(m_daysMax, daysMax.value_or(std::nullopt), !daysMax, 0,
                                FormControls::notSetText());
    m_daysMin->setEnabled(isEditable());
    m_daysMax->setEnabled(isEditable());
}
