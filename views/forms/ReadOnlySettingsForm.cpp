#include "ReadOnlySettingsForm.h"

#include "FormControls.h"
#include "SegmentFields.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {

QString categoryText(BehavioralCategory c)
{
    switch (c) {
    case BehavioralCategory::Lifestyles:
        return QCoreApplication::translate("ReadOnlySettingsForm", "Lifestyles");
    case BehavioralCategory::LifeEvents:
        return QCoreApplication::translate("ReadOnlySettingsForm", "Life events");
    case BehavioralCategory::Seasonal:
        return QCoreApplication::translate("ReadOnlySettingsForm", "Seasonal");
    case BehavioralCategory::BuyingPatterns:
        return QCoreApplication::translate("ReadOnlySettingsForm", "Buying patterns");
    case BehavioralCategory::Unknown:
        break;
    }
    return QCoreApplication::translate("ReadOnlySettingsForm", "Unknown");
}

QString dateText(const std::optional<QDateTime> &d)
{
    return d ? QLocale().toString(d->toLocalTime(), QLocale::ShortFormat)
             : FormControls::notSetText();
}

// The text every segment shares, else "Mixed values".
template<typename Get> QString common(const QList<AudienceSegment> &segments, Get get)
{
    return FormControls::commonValue(segments, get).value_or(FormControls::mixedText());
}

} // namespace

ReadOnlySettingsForm::ReadOnlySettingsForm(SegmentType type, SegmentTableModel *model,
                                           SegmentEditor *editor, InMarketCatalog *catalog,
                                           QWidget *parent)
    : SegmentForm(model, editor, catalog, parent)
    , m_type(type)
    , m_form(nullptr)
    , m_note(new QLabel)
{
    auto *box = new QGroupBox(tr("%1 settings (read-only)").arg(SegmentFields::typeLabel(type)));
    box->setObjectName(QStringLiteral("readOnlySettingsBox"));
    m_form = new QFormLayout(box);
    m_note->setObjectName(QStringLiteral("readOnlyNote"));
    m_note->setWordWrap(true);
    switch (type) {
    case SegmentType::ContactList:
        m_note->setText(tr("The members of a contact list are managed elsewhere; only its name and "
                           "description can be changed here."));
        m_values.append(addValue(tr("Read-only list:"), QStringLiteral("isReadOnlyValue")));
        break;
    case SegmentType::Behavioral:
        m_note->setText(tr("Behavioral segments are provided by Criteo; only their name and "
                           "description can be changed."));
        m_values.append(addValue(tr("Category:"), QStringLiteral("categoryValue")));
        m_values.append(addValue(tr("Country:"), QStringLiteral("countryValue")));
        m_values.append(addValue(tr("Start:"), QStringLiteral("startDateValue")));
        m_values.append(addValue(tr("End:"), QStringLiteral("endDateValue")));
        break;
    default:
        m_note->setText(tr("This segment's type is not known to this version of the editor. It "
                           "is shown read-only and is never sent."));
        break;
    }
    m_form->insertRow(0, m_note);
    settingsLayout()->addWidget(box);
}

QLabel *ReadOnlySettingsForm::addValue(const QString &label, const QString &objectName)
{
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setFocusPolicy(Qt::TabFocus);
    value->setAccessibleName(label);
    m_form->addRow(label, value);
    return value;
}

void ReadOnlySettingsForm::refreshFields()
{
    const QList<AudienceSegment> s = editedSegments();
    if (m_type == SegmentType::ContactList) {
        m_values.at(0)->setText(common(s, [](const AudienceSegment &x) {
            const auto readOnly = x.contactList.value_or(ContactListSettings()).isReadOnly;
            if (!readOnly)
                return FormControls::notSetText();
            return *readOnly ? tr("Yes") : tr("No");
        }));
    } else if (m_type == SegmentType::Behavioral) {
        const auto settings = [](const AudienceSegment &x) {
            return x.behavioral.value_or(BehavioralSettings());
        };
        m_values.at(0)->setText(common(
                s, [&](const AudienceSegment &x) { return categoryText(settings(x).category); }));
        m_values.at(1)->setText(common(s, [&](const AudienceSegment &x) {
            return settings(x).country.value_or(FormControls::notSetText());
        }));
        m_values.at(2)->setText(common(
                s, [&](const AudienceSegment &x) { return dateText(settings(x).startDate); }));
        m_values.at(3)->setText(
                common(s, [&](const AudienceSegment &x) { return dateText(settings(x).endDate); }));
    }
}
