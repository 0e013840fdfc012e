#include "SegmentDetailsPanel.h"

#include "ConflictView.h"
#include "InMarketCatalog.h"
#include "SegmentEditor.h"
#include "SegmentFields.h"
#include "SegmentForm.h"
#include "SegmentTableModel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace {

const QString namePath = QStringLiteral("attributes/name");

QString dateText(const std::optional<QDateTime> &when)
{
    if (!when || !when->isValid())
        return SegmentDetailsPanel::tr("unknown", "date");
    return QLocale().toString(when->toLocalTime(), QLocale::ShortFormat);
}

} // namespace

SegmentDetailsPanel::SegmentDetailsPanel(SegmentTableModel *model, SegmentEditor *editor,
                                         QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_editor(editor)
    , m_pages(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("detailsPanel"));
    m_emptyLabel->setObjectName(QStringLiteral("detailsEmptyLabel"));
    m_emptyLabel->setText(tr("Select a segment to see its settings."));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);

    buildSegmentPage();
    m_pages->addWidget(m_emptyLabel);
    m_pages->addWidget(m_segmentPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    if (m_model) {
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                &SegmentDetailsPanel::onDataChanged);
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            // Keep what is still loaded (a working set reopened, a reload).
            QStringList kept;
            for (const QString &id : std::as_const(m_ids))
                if (m_model->contains(id))
                    kept.append(id);
            showSegments(kept);
        });
    }
    showSegments({});
}

SegmentDetailsPanel::~SegmentDetailsPanel() = default;

void SegmentDetailsPanel::buildSegmentPage()
{
    m_segmentPage = new QWidget(m_pages);
    m_segmentPage->setObjectName(QStringLiteral("detailsSegmentPage"));
    auto *layout = new QVBoxLayout(m_segmentPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QWidget(m_segmentPage);
    header->setObjectName(QStringLiteral("detailsHeader"));
    auto *headerLayout = new QGridLayout(header);
    headerLayout->setContentsMargins(9, 6, 9, 6);
    headerLayout->setHorizontalSpacing(6);
    headerLayout->setVerticalSpacing(2);
    m_stateIcon = new QLabel(header);
    m_stateIcon->setObjectName(QStringLiteral("detailsStateIcon"));
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("detailsSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    headerLayout->addWidget(m_stateIcon, 0, 0, Qt::AlignLeft | Qt::AlignVCenter);
    headerLayout->addWidget(m_title, 0, 1);
    headerLayout->addWidget(m_subtitle, 1, 1);
    headerLayout->setColumnStretch(1, 1);
    layout->addWidget(header);

    // A row in conflict with the server's copy: its three values per field, above the form.
    m_conflictView = new ConflictView(m_model, m_editor, m_segmentPage);
    layout->addWidget(m_conflictView);

    // The form scrolls its fields itself (its banner stays in view): no scroll area around it.
    // The footer below goes into the form's scrolled area, under the fields.
    auto *formHost = new QWidget(m_segmentPage);
    formHost->setObjectName(QStringLiteral("detailsFormHost"));
    m_formLayout = new QVBoxLayout(formHost);
    m_formLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(formHost, 1);

    m_footer = new QWidget(m_segmentPage);
    m_footer->setObjectName(QStringLiteral("detailsFooter"));
    m_footer->hide();
    auto *footerLayout = new QVBoxLayout(m_footer);
    footerLayout->setContentsMargins(0, 6, 0, 0);
    m_timestamps = new QLabel(m_footer);
    m_timestamps->setObjectName(QStringLiteral("detailsTimestamps"));
    m_timestamps->setWordWrap(true);
    m_timestamps->setEnabled(false);
    footerLayout->addWidget(m_timestamps);
    // Its mnemonic is one no form uses (the menu bar's Edit shares it, as menus do).
    m_revertAll = new QPushButton(tr("R&evert all changes of this segment"), m_footer);
    m_revertAll->setObjectName(QStringLiteral("detailsRevertAll"));
    m_revertAll->setIcon(QIcon(QStringLiteral(":/icons/action-revert.svg")));
    m_revertAll->setToolTip(tr("Every field of this segment back to the server's value "
                               "(one undo step)"));
    connect(m_revertAll, &QPushButton::clicked, this, [this] {
        if (m_editor && m_form && m_form->segmentIds().size() == 1)
            m_editor->revert(m_form->segmentIds());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revertAll);
    buttons->addStretch(1);
    footerLayout->addLayout(buttons);
}

void SegmentDetailsPanel::setInMarketCatalog(InMarketCatalog *catalog)
{
    m_catalog = catalog;
    // The forms take their catalog when made: the shown segments get a form with this one.
    if (!m_ids.isEmpty() && !formFits()) {
        placeForm();
        refresh();
    }
}

InMarketCatalog *SegmentDetailsPanel::inMarketCatalog() const
{
    return m_catalog;
}

SegmentForm *SegmentDetailsPanel::form() const
{
    return m_form;
}

void SegmentDetailsPanel::addSection(QWidget *section)
{
    // Under the header, above the conflict view and the form.
    auto *layout = qobject_cast<QVBoxLayout *>(m_segmentPage->layout());
    layout->insertWidget(1 + m_sectionCount++, section);
}

void SegmentDetailsPanel::showSegments(const QStringList &ids)
{
    m_ids = ids;
    placeForm();
    const QStringList shown = m_form ? m_form->segmentIds() : QStringList();
    m_shown = QSet<QString>(shown.cbegin(), shown.cend());
    refresh();
}

bool SegmentDetailsPanel::formFits() const
{
    if (!m_form)
        return false;
    // Nothing selected: any form shows "nothing" (and ends the typing session).
    if (m_ids.isEmpty())
        return true;
    // A form made with a catalog that is gone (the connection dropped) is made again.
    const bool sameCatalog = m_form->catalog() == m_catalog && (m_catalog || !m_formHadCatalog);
    return sameCatalog && m_form->canShow(m_ids);
}

void SegmentDetailsPanel::placeForm()
{
    if (!m_model)
        return;
    if (!formFits()) {
        if (m_form) {
            m_footer->hide();
            m_footer->setParent(m_segmentPage); // ours: it outlives the form
            delete m_form;
        }
        m_form = SegmentForm::createFor(m_ids, m_model, m_editor, m_catalog);
        m_formHadCatalog = m_catalog != nullptr;
        m_form->setObjectName(QStringLiteral("detailsForm"));
        m_form->setHeaderVisible(false);
        m_form->addFooterWidget(m_footer);
        m_formLayout->addWidget(m_form);
        m_form->show(); // now, not when the layout gets to it: focusField() may follow
    }
    m_form->showSegments(m_ids);
}

void SegmentDetailsPanel::refresh()
{
    m_refreshQueued = false;
    const QStringList shown = m_form ? m_form->segmentIds() : QStringList();
    m_conflictView->showSegment(shown.size() == 1 ? shown.constFirst() : QString());
    if (!m_model || shown.isEmpty()) {
        m_pages->setCurrentWidget(m_emptyLabel);
        return;
    }
    if (shown.size() == 1)
        refreshSingle(shown.constFirst());
    else
        refreshMany();
    m_pages->setCurrentWidget(m_segmentPage);
}

void SegmentDetailsPanel::refreshSingle(const QString &id)
{
    const auto original = m_model->original(id);
    const auto edited = m_model->edited(id);
    const int row = m_model->rowForId(id);
    const auto cell = [&](int column, int role) { return m_model->index(row, column).data(role); };

    const QIcon icon = cell(SegmentTableModel::StateColumn, Qt::DecorationRole).value<QIcon>();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_stateIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(iconSize, iconSize));
    m_stateIcon->setToolTip(cell(SegmentTableModel::StateColumn, Qt::ToolTipRole).toString());
    m_stateIcon->setVisible(!icon.isNull());
    const QString name = edited->name.value_or(QString()).trimmed();
    m_title->setText(name.isEmpty() ? tr("(no name)") : name);

    QStringList subtitle;
    subtitle.append(SegmentFields::typeLabel(original->type));
    subtitle.append(tr("id %1").arg(id));
    subtitle.append(cell(SegmentTableModel::AdvertiserColumn, Qt::DisplayRole).toString());
    const QString stateWord = cell(SegmentTableModel::StateColumn, Qt::DisplayRole).toString();
    if (!stateWord.isEmpty())
        subtitle.append(stateWord);
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));

    m_timestamps->setText(
            tr("Created %1 · last updated on the server %2")
                    .arg(dateText(original->createdAt), dateText(original->updatedAt)));
    const bool editable = m_editor && m_editor->canEdit(id);
    m_revertAll->setEnabled(editable && !m_model->changedFields(id).isEmpty());
    m_footer->show();
}

void SegmentDetailsPanel::refreshMany()
{
    const QStringList shown = m_form->segmentIds();
    const int count = static_cast<int>(shown.size());
    QHash<SegmentTableModel::RowState, int> byState;
    for (const QString &id : shown)
        ++byState[m_model->state(id)];
    QStringList parts;
    using S = SegmentTableModel::RowState;
    for (const S state : {S::Modified, S::Invalid, S::Sending, S::Updated, S::Warned, S::Failed,
                          S::NotSent, S::Unknown, S::Conflict}) {
        if (const int n = byState.value(state))
            parts.append(tr("%1: %2", "state: count")
                                 .arg(SegmentTableModel::stateText(state), QLocale().toString(n)));
    }

    m_stateIcon->clear();
    m_stateIcon->setToolTip(QString());
    m_stateIcon->hide();
    const std::optional<SegmentType> type = m_form->formType();
    m_title->setText(type ? tr("%n segments selected (%1)", "count (type)", count)
                                     .arg(SegmentFields::typeLabel(*type))
                          : tr("%n segments selected (different types)", nullptr, count));
    QString subtitle = parts.isEmpty() ? tr("None modified") : parts.join(QLatin1String(", "));
    if (type)
        subtitle = tr("%1 · a change applies to all of them", "state counts").arg(subtitle);
    m_subtitle->setText(subtitle);
    m_footer->hide();
}

void SegmentDetailsPanel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!m_model || m_shown.isEmpty() || m_refreshQueued)
        return;
    const int top = topLeft.row();
    const int bottom = bottomRight.row();
    bool hit = false;
    if (bottom - top + 1 > m_shown.size()) {
        for (const QString &id : std::as_const(m_shown)) {
            const int row = m_model->rowForId(id);
            if (row >= top && row <= bottom) {
                hit = true;
                break;
            }
        }
    } else {
        for (int row = top; row <= bottom && !hit; ++row)
            hit = m_shown.contains(m_model->idAt(row));
    }
    if (!hit)
        return;
    if (m_shown.size() == 1) {
        refresh(); // one row: at once, like the form
        return;
    }
    // Many: once after a burst of changes (a send, a bulk edit).
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshQueued)
            refresh();
    });
}

void SegmentDetailsPanel::focusField(const QString &segmentId, const QString &fieldPath)
{
    if (m_ids != QStringList{segmentId})
        showSegments({segmentId});
    if (!m_form || m_form->segmentIds() != QStringList{segmentId})
        return;
    if (fieldPath.isEmpty() || !m_form->focusField(fieldPath))
        m_form->focusField(namePath);
}
