#include "ProspectingForm.h"

#include "SegmentFields.h"

#include "FormControls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace {

const QString usersTypePath = QStringLiteral("attributes/prospecting/usersType");
constexpr int maxDays = std::numeric_limits<qint32>::max();

ProspectingSettings &settingsOf(AudienceSegment &s)
{
    if (!s.prospecting)
        s.prospecting.emplace();
    return *s.prospecting;
}

ProspectingSettings settingsOf(const AudienceSegment &s)
{
    return s.prospecting.value_or(ProspectingSettings());
}

} // namespace

ProspectingForm::ProspectingForm(SegmentTableModel *model, SegmentEditor *editor,
                                 InMarketCatalog *catalog, QWidget *parent)
    : SegmentForm(model, editor, catalog, parent)
    , m_usersType(new QComboBox)
{
    auto *box = new QGroupBox(tr("Prospecting settings"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_usersType->setObjectName(QStringLiteral("usersTypeCombo"));
    m_usersType->setAccessibleName(tr("Users"));
    m_usersType->addItem(SegmentFields::enumText(UsersType::Prospects),
                         static_cast<int>(UsersType::Prospects));
    m_usersType->addItem(SegmentFields::enumText(UsersType::ProspectsOrNonBuyers),
                         static_cast<int>(UsersType::ProspectsOrNonBuyers));
    addField(form, tr("&Users:"), m_usersType, usersTypePath, QStringLiteral("usersType"));

    m_min.path = QStringLiteral("attributes/prospecting/daysSinceLastVisitMin");
    m_min.member = &ProspectingSettings::daysSinceLastVisitMin;
    m_max.path = QStringLiteral("attributes/prospecting/daysSinceLastVisitMax");
    m_max.member = &ProspectingSettings::daysSinceLastVisitMax;
    // The rows first: they create the spin boxes the labels point at.
    QWidget *minRow = makeDaysRow(m_min, QStringLiteral("daysMin"));
    QWidget *maxRow = makeDaysRow(m_max, QStringLiteral("daysMax"));
    addField(form, tr("M&inimum days since last visit:"), minRow, m_min.path,
             QStringLiteral("daysMin"), m_min.spin);
    addField(form, tr("Ma&ximum days since last visit:"), maxRow, m_max.path,
             QStringLiteral("daysMax"), m_max.spin);
    settingsLayout()->addWidget(box);

    connect(m_usersType, &QComboBox::currentIndexChanged, this, [this] {
        const int choice = m_usersType->currentData().toInt();
        if (isUpdating() || choice < 0 || choice == static_cast<int>(UsersType::Unknown))
            return;
        applyEdit(
                usersTypePath,
                [choice](AudienceSegment &s) {
                    settingsOf(s).usersType = static_cast<UsersType>(choice);
                },
                EditMode::Step);
    });
}

QWidget *ProspectingForm::makeDaysRow(DaysField &field, const QString &key)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    field.spin = new QSpinBox(row);
    field.spin->setObjectName(key + QLatin1String("Spin"));
    field.spin->setRange(0, maxDays);
    field.spin->setSuffix(tr(" days"));
    field.spin->setKeyboardTracking(false);
    field.spin->setAccessibleName(key == QLatin1String("daysMin")
                                          ? tr("Minimum days since last visit")
                                          : tr("Maximum days since last visit"));
    field.noLimit = new QCheckBox(tr("No limit"), row);
    field.noLimit->setObjectName(key + QLatin1String("NoLimitCheck"));
    field.noLimit->setToolTip(tr("Sent as null: the segment has no limit on this side"));
    layout->addWidget(field.spin, 1);
    layout->addWidget(field.noLimit);

    const DaysField *f = &field;
    connect(field.spin, &QSpinBox::valueChanged, this,
            [this, f](int value) { onDaysValue(*f, value); });
    connect(field.noLimit, &QCheckBox::clicked, this,
            [this, f](bool checked) { onNoLimit(*f, checked); });
    return row;
}

void ProspectingForm::refreshFields()
{
    const QList<AudienceSegment> segments = editedSegments();
    const auto usersType = FormControls::commonValue(
            segments, [](const AudienceSegment &s) { return settingsOf(s).usersType; });
    // Items for the values a picker does not offer, present only while shown.
    const bool notSet = usersType && !usersType->has_value();
    const bool unknown = usersType && *usersType == UsersType::Unknown;
    const int notSetIndex = m_usersType->findData(FormControls::NotSetItem);
    if (notSet && notSetIndex < 0)
        m_usersType->addItem(FormControls::notSetText(), FormControls::NotSetItem);
    else if (!notSet && notSetIndex >= 0)
        m_usersType->removeItem(notSetIndex);
    const int unknownIndex = m_usersType->findData(static_cast<int>(UsersType::Unknown));
    if (unknown && unknownIndex < 0)
        m_usersType->addItem(tr("Unknown (kept as the server sent it)"),
                             static_cast<int>(UsersType::Unknown));
    else if (!unknown && unknownIndex >= 0)
        m_usersType->removeItem(unknownIndex);
    FormControls::showComboValue(
            m_usersType,
            notSet ? FormControls::NotSetItem
                   : static_cast<int>(
                           usersType.value_or(std::nullopt).value_or(UsersType::Unknown)),
            !usersType);
    m_usersType->setEnabled(isEditable());

    refreshDays(m_min);
    refreshDays(m_max);
}

void ProspectingForm::refreshDays(const DaysField &field)
{
    const QList<AudienceSegment> segments = editedSegments();
    const auto member = field.member;
    const auto days = FormControls::commonValue(
            segments, [member](const AudienceSegment &s) { return settingsOf(s).*member; });
    const Qt::CheckState cleared
            = FormControls::checkStateOf(segments, [member](const AudienceSegment &s) {
                  return (settingsOf(s).*member).isCleared();
              });
    FormControls::showCheckState(field.noLimit, cleared);
    std::optional<qint64> value;
    if (days && days->hasValue())
        value = days->value();
    const QString emptyText
            = days && days->isCleared() ? tr("No limit") : FormControls::notSetText();
    FormControls::showSpinValue(field.spin, value, !days, 0, emptyText);
    field.spin->setEnabled(isEditable() && cleared != Qt::Checked);
    field.noLimit->setEnabled(isEditable());
}

void ProspectingForm::onDaysValue(const DaysField &field, int value)
{
    if (isUpdating() || !FormControls::spinHasValue(field.spin, 0))
        return;
    const auto member = field.member;
    applyEdit(field.path,
              [member, value](AudienceSegment &s) { (settingsOf(s).*member).set(value); });
}

void ProspectingForm::onNoLimit(const DaysField &field, bool checked)
{
    if (isUpdating())
        return;
    const auto member = field.member;
    if (checked) {
        applyEdit(
                field.path, [member](AudienceSegment &s) { (settingsOf(s).*member).clear(); },
                EditMode::Step);
        return;
    }
    // A limit again: the number shown, else the server's, else 0; the user types the real one.
    const std::optional<qint64> shown = FormControls::spinHasValue(field.spin, 0)
            ? std::optional<qint64>(field.spin->value())
            : std::nullopt;
    const QList<AudienceSegment> originals = originalSegments();
    QHash<QString, qint64> fallback;
    for (const AudienceSegment &o : originals) {
        const Nillable<qint64> was = settingsOf(o).*member;
        fallback.insert(o.id, shown.value_or(was.hasValue() ? was.value() : 0));
    }
    applyEdit(
            field.path,
            [member, fallback](AudienceSegment &s) {
                (settingsOf(s).*member).set(fallback.value(s.id));
            },
            EditMode::Step);
    field.spin->setFocus(Qt::OtherFocusReason);
    field.spin->selectAll();
}
