#include "LookalikeForm.h"

#include "FormControls.h"
#include "Int64Validator.h"
#include "SegmentTableModel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <limits>

namespace {

const QString targetSizePath = QStringLiteral("attributes/lookalike/targetSize");
const QString seedPath = QStringLiteral("attributes/lookalike/seedSegmentId");

LookalikeSettings &settingsOf(AudienceSegment &s)
{
    if (!s.lookalike)
        s.lookalike.emplace();
    return *s.lookalike;
}

LookalikeSettings settingsOf(const AudienceSegment &s)
{
    return s.lookalike.value_or(LookalikeSettings());
}

} // namespace

LookalikeForm::LookalikeForm(SegmentTableModel *model, SegmentEditor *editor,
                             InMarketCatalog *catalog, QWidget *parent)
    : SegmentForm(model, editor, catalog, parent)
    , m_targetSize(new QLineEdit)
    , m_validator(new Int64Validator(0, std::numeric_limits<qint64>::max(), this))
    , m_seed(new QLabel)
{
    auto *box = new QGroupBox(tr("Lookalike settings"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_targetSize->setObjectName(QStringLiteral("targetSizeEdit"));
    m_targetSize->setAccessibleName(tr("Target size"));
    m_targetSize->setValidator(m_validator);
    m_targetSize->setToolTip(tr("How many users the lookalike segment should reach"));
    addField(form, tr("&Target size (users):"), m_targetSize, targetSizePath,
             QStringLiteral("targetSize"));

    m_seed->setObjectName(QStringLiteral("seedLabel"));
    m_seed->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_seed->setFocusPolicy(Qt::TabFocus);
    m_seed->setAccessibleName(tr("Seed segment"));
    m_seed->setToolTip(tr("The seed is fixed when a lookalike segment is created"));
    addField(form, tr("&Seed segment:"), m_seed, seedPath, QStringLiteral("seed"), nullptr, false);
    settingsLayout()->addWidget(box);

    connect(m_targetSize, &QLineEdit::editingFinished, this, &LookalikeForm::commitTargetSize);
}

void LookalikeForm::refreshFields()
{
    const QList<AudienceSegment> segments = editedSegments();
    const auto size = FormControls::commonValue(
            segments, [](const AudienceSegment &s) { return settingsOf(s).targetSize; });
    const QString text = size && *size ? QLocale().toString(**size) : QString();
    m_shownTargetSize = text;
    if (m_targetSize->text() != text)
        m_targetSize->setText(text);
    m_targetSize->setPlaceholderText(!size ? FormControls::mixedText()
                                           : FormControls::notSetText());
    m_targetSize->setReadOnly(!isEditable());

    const auto seed = FormControls::commonValue(
            segments, [](const AudienceSegment &s) { return settingsOf(s).seedSegmentId; });
    if (!seed) {
        m_seed->setText(FormControls::mixedText());
    } else if (!*seed) {
        m_seed->setText(FormControls::notSetText());
    } else {
        const QString id = **seed;
        const std::optional<AudienceSegment> seedSegment = model()->edited(id);
        const QString name
                = seedSegment ? seedSegment->name.value_or(QString()).trimmed() : QString();
        m_seed->setText(name.isEmpty() ? tr("Segment %1 (not loaded)").arg(id)
                                       : tr("%1 (id %2)", "segment name (id)").arg(name, id));
    }
}

void LookalikeForm::commitTargetSize()
{
    if (isUpdating() || m_targetSize->isReadOnly())
        return;
    if (m_targetSize->text() == m_shownTargetSize)
        return;
    const std::optional<qint64> value = m_validator->valueOf(m_targetSize->text());
    if (!value)
        return;
    applyEdit(
            targetSizePath, [value](AudienceSegment &s) { settingsOf(s).targetSize = *value; },
            EditMode::Step);
}
