#include "MixedTypesForm.h"

#include "SegmentFields.h"
#include "SegmentTableModel.h"

#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QVBoxLayout>

MixedTypesForm::MixedTypesForm(SegmentTableModel *model, SegmentEditor *editor,
                               InMarketCatalog *catalog, QWidget *parent)
    : SegmentForm(model, editor, catalog, parent)
    , m_summary(new QLabel)
    , m_findReplace(new QPushButton(tr("&Find and replace in names and descriptions…")))
{
    setCommonFieldsVisible(false);
    auto *box = new QGroupBox(tr("Selected segments"));
    auto *layout = new QVBoxLayout(box);
    m_summary->setObjectName(QStringLiteral("typeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto *hint = new QLabel(tr("Settings differ by type: select segments of one type to edit "
                               "them together."));
    hint->setWordWrap(true);
    m_findReplace->setObjectName(QStringLiteral("mixedFindReplaceButton"));
    layout->addWidget(m_summary);
    layout->addWidget(hint);
    layout->addWidget(m_findReplace, 0, Qt::AlignLeft);
    settingsLayout()->addWidget(box);
    connect(m_findReplace, &QPushButton::clicked, this, &SegmentForm::openFindReplace);
}

bool MixedTypesForm::canShow(const QStringList &ids) const
{
    bool anyLoaded = false;
    for (const QString &id : ids)
        anyLoaded = anyLoaded || model()->contains(id);
    return !anyLoaded || !commonType(model(), ids).has_value();
}

void MixedTypesForm::refreshFields()
{
    QMap<QString, int> counts;
    for (const AudienceSegment &s : editedSegments())
        ++counts[SegmentFields::typeLabel(s.type)];
    QStringList lines;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        lines.append(it.value() == 1
                             ? tr("%1: 1 segment", "type: count").arg(it.key())
                             : tr("%1: %n segments", "type: count", it.value()).arg(it.key()));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_findReplace->setEnabled(editor() != nullptr);
}
