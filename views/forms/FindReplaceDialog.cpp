#include "FindReplaceDialog.h"

#include "SegmentEditor.h"
#include "SegmentFields.h"
#include "SegmentTableModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

const QString namePath = QStringLiteral("attributes/name");
const QString descriptionPath = QStringLiteral("attributes/description");

// The preview lists this many changes; Replace applies all of them.
constexpr int maxPreviewItems = 1000;

QRegularExpression patternFor(const FindReplaceDialog::Options &options)
{
    QString pattern = QRegularExpression::escape(options.find);
    if (options.wholeWord)
        pattern = QStringLiteral("(?<!\\w)") + pattern + QStringLiteral("(?!\\w)");
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (!options.caseSensitive)
        flags |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(pattern, flags);
}

QString replaceAll(const QString &text, const QRegularExpression &re, const QString &replacement)
{
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() == 0)
            continue;
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += replacement; // literally: no back-references
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

FindReplaceDialog::FindReplaceDialog(SegmentTableModel *model, SegmentEditor *editor,
                                     const QStringList &selectedIds, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_editor(editor)
    , m_selectedIds(selectedIds)
    , m_findEdit(new QLineEdit(this))
    , m_replaceEdit(new QLineEdit(this))
    , m_namesCheck(new QCheckBox(tr("&Names"), this))
    , m_descriptionsCheck(new QCheckBox(tr("&Descriptions"), this))
    , m_caseCheck(new QCheckBox(tr("&Case-sensitive"), this))
    , m_wholeWordCheck(new QCheckBox(tr("Whole w&ords only"), this))
    , m_selectionRadio(new QRadioButton(this))
    , m_allRadio(new QRadioButton(this))
    , m_preview(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_applyButton(nullptr)
{
    setObjectName(QStringLiteral("findReplaceDialog"));
    setWindowTitle(tr("Find and Replace"));

    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_replaceEdit->setObjectName(QStringLiteral("replaceEdit"));
    m_namesCheck->setObjectName(QStringLiteral("namesCheck"));
    m_descriptionsCheck->setObjectName(QStringLiteral("descriptionsCheck"));
    m_caseCheck->setObjectName(QStringLiteral("caseSensitiveCheck"));
    m_wholeWordCheck->setObjectName(QStringLiteral("wholeWordCheck"));
    m_selectionRadio->setObjectName(QStringLiteral("selectionScopeRadio"));
    m_allRadio->setObjectName(QStringLiteral("allScopeRadio"));
    m_preview->setObjectName(QStringLiteral("replacePreview"));
    m_summary->setObjectName(QStringLiteral("replaceSummary"));

    m_namesCheck->setChecked(true);
    m_descriptionsCheck->setChecked(true);
    m_selectionRadio->setText(
            tr("&Selected segments (%n)", nullptr, static_cast<int>(selectedIds.size())));
    m_allRadio->setText(tr("&All loaded segments (%n)", nullptr, model ? model->rowCount() : 0));
    (selectedIds.isEmpty() ? m_allRadio : m_selectionRadio)->setChecked(true);
    m_selectionRadio->setEnabled(!selectedIds.isEmpty());

    auto *form = new QFormLayout;
    auto *findLabel = new QLabel(tr("F&ind:"), this);
    findLabel->setBuddy(m_findEdit);
    auto *replaceLabel = new QLabel(tr("Replace &with:"), this);
    replaceLabel->setBuddy(m_replaceEdit);
    form->addRow(findLabel, m_findEdit);
    form->addRow(replaceLabel, m_replaceEdit);

    auto *inBox = new QGroupBox(tr("Look in"), this);
    auto *inLayout = new QHBoxLayout(inBox);
    inLayout->addWidget(m_namesCheck);
    inLayout->addWidget(m_descriptionsCheck);
    inLayout->addStretch(1);
    auto *scopeBox = new QGroupBox(tr("Segments"), this);
    auto *scopeLayout = new QHBoxLayout(scopeBox);
    scopeLayout->addWidget(m_selectionRadio);
    scopeLayout->addWidget(m_allRadio);
    scopeLayout->addStretch(1);
    auto *matchLayout = new QHBoxLayout;
    matchLayout->addWidget(m_caseCheck);
    matchLayout->addWidget(m_wholeWordCheck);
    matchLayout->addStretch(1);

    m_preview->setColumnCount(4);
    m_preview->setHeaderLabels({tr("Segment"), tr("Field"), tr("Now"), tr("After replacing")});
    m_preview->setRootIsDecorated(false);
    m_preview->setUniformRowHeights(true);
    m_preview->setAlternatingRowColors(true);
    m_preview->setAccessibleName(tr("Preview of the replacements"));
    m_preview->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_preview->setColumnWidth(0, 160);
    m_preview->setColumnWidth(1, 90);
    m_preview->setColumnWidth(2, 200);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_applyButton = buttons->addButton(tr("&Replace"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("replaceButton"));
    m_applyButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_applyButton, &QPushButton::clicked, this, [this] {
        apply();
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(inBox);
    layout->addWidget(scopeBox);
    layout->addLayout(matchLayout);
    auto *previewLabel = new QLabel(tr("&Preview:"), this);
    previewLabel->setBuddy(m_preview);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(720, 460);

    for (QLineEdit *edit : {m_findEdit, m_replaceEdit})
        connect(edit, &QLineEdit::textChanged, this, &FindReplaceDialog::updatePreview);
    for (QAbstractButton *button : {static_cast<QAbstractButton *>(m_namesCheck),
                                    static_cast<QAbstractButton *>(m_descriptionsCheck),
                                    static_cast<QAbstractButton *>(m_caseCheck),
                                    static_cast<QAbstractButton *>(m_wholeWordCheck),
                                    static_cast<QAbstractButton *>(m_selectionRadio),
                                    static_cast<QAbstractButton *>(m_allRadio)})
        connect(button, &QAbstractButton::toggled, this, &FindReplaceDialog::updatePreview);
    updatePreview();
}

FindReplaceDialog::Options FindReplaceDialog::options() const
{
    Options o;
    o.find = m_findEdit->text();
    o.replace = m_replaceEdit->text();
    o.names = m_namesCheck->isChecked();
    o.descriptions = m_descriptionsCheck->isChecked();
    o.caseSensitive = m_caseCheck->isChecked();
    o.wholeWord = m_wholeWordCheck->isChecked();
    return o;
}

QStringList FindReplaceDialog::scopeIds() const
{
    if (m_selectionRadio->isChecked())
        return m_selectedIds;
    QStringList ids;
    if (!m_model)
        return ids;
    ids.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->idAt(row));
    return ids;
}

QString FindReplaceDialog::replaced(const QString &text, const Options &options)
{
    if (options.find.isEmpty())
        return text;
    return replaceAll(text, patternFor(options), options.replace);
}

QList<FindReplaceDialog::Change> FindReplaceDialog::preview(const SegmentTableModel *model,
                                                            const QStringList &ids,
                                                            const Options &options)
{
    QList<Change> changes;
    if (!model || options.find.isEmpty() || !(options.names || options.descriptions))
        return changes;
    const QRegularExpression re = patternFor(options);
    for (const QString &id : ids) {
        const std::optional<AudienceSegment> segment = model->edited(id);
        if (!segment || segment->type == SegmentType::Unknown)
            continue;
        if (options.names && segment->name) {
            const QString after = replaceAll(*segment->name, re, options.replace);
            if (after != *segment->name)
                changes.append({id, namePath, *segment->name, after});
        }
        if (options.descriptions && segment->description.hasValue()) {
            const QString &before = segment->description.value();
            const QString after = replaceAll(before, re, options.replace);
            if (after != before)
                changes.append({id, descriptionPath, before, after});
        }
    }
    return changes;
}

void FindReplaceDialog::updatePreview()
{
    m_changes = preview(m_model, scopeIds(), options());
    m_preview->clear();
    QList<QTreeWidgetItem *> items;
    const int shown = std::min(maxPreviewItems, static_cast<int>(m_changes.size()));
    QSet<QString> segments;
    for (const Change &c : std::as_const(m_changes))
        segments.insert(c.segmentId);
    for (int i = 0; i < shown; ++i) {
        const Change &c = m_changes.at(i);
        const QString name = m_model->edited(c.segmentId)->name.value_or(QString());
        auto *item = new QTreeWidgetItem(
                {name.isEmpty() ? c.segmentId : tr("%1 (%2)", "name (id)").arg(name, c.segmentId),
                 SegmentFields::fieldLabel(c.fieldPath), c.before, c.after});
        item->setToolTip(2, c.before);
        item->setToolTip(3, c.after);
        items.append(item);
    }
    m_preview->addTopLevelItems(items);
    if (m_findEdit->text().isEmpty())
        m_summary->setText(tr("Type the text to find."));
    else if (m_changes.isEmpty())
        m_summary->setText(tr("No matches."));
    else if (m_changes.size() > shown)
        m_summary->setText(tr("%n changes in %1 segments; the first %2 are listed.", nullptr,
                              static_cast<int>(m_changes.size()))
                                   .arg(segments.size())
                                   .arg(shown));
    else
        m_summary->setText(m_changes.size() == 1 ? tr("1 change in 1 segment.")
                                   : segments.size() == 1
                                   ? tr("%n changes in 1 segment.", nullptr,
                                        static_cast<int>(m_changes.size()))
                                   : tr("%n changes in %1 segments.", nullptr,
                                        static_cast<int>(m_changes.size()))
                                             .arg(segments.size()));
    m_applyButton->setEnabled(!m_changes.isEmpty() && m_editor);
}

int FindReplaceDialog::apply()
{
    if (!m_editor || !m_model || m_changes.isEmpty())
        return 0;
    QList<AudienceSegment> edited;
    QHash<QString, qsizetype> positions;
    for (const Change &c : std::as_const(m_changes)) {
        auto it = positions.constFind(c.segmentId);
        if (it == positions.cend()) {
            it = positions.insert(c.segmentId, edited.size());
            edited.append(*m_model->edited(c.segmentId));
        }
        AudienceSegment &segment = edited[*it];
        if (c.fieldPath == namePath)
            segment.name = c.after;
        else
            segment.description = c.after;
    }
    const Options o = options();
    const int count = m_editor->editSegments(
            edited,
            (edited.size() == 1 ? tr("Replace “%1” with “%2” in 1 segment")
                                : tr("Replace “%1” with “%2” in %n segments", nullptr,
                                     static_cast<int>(edited.size())))
                    .arg(o.find, o.replace));
    updatePreview();
    return count;
}
