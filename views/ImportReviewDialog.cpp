#include "ImportReviewDialog.h"

#include "SegmentFields.h"
#include "WindowSupport.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int EditIndexRole = Qt::UserRole + 1;

} // namespace

ImportReviewDialog::ImportReviewDialog(const SheetImportResult &result, const QString &fileName,
                                       QWidget *parent)
    : QDialog(parent)
    , m_result(result)
    , m_summary(new QLabel(this))
    , m_edits(new QTreeWidget(this))
    , m_messages(new QListWidget(this))
{
    setObjectName(QStringLiteral("importReviewDialog"));
    setWindowTitle(tr("Review Import"));
    setWindowModality(Qt::WindowModal);

    const QLocale locale;
    int fields = 0;
    for (const ImportedEdit &e : result.edits)
        fields += e.applicableCount();
    QString summary = tr("%1 (%2): %n segment(s) to review, with %3 changed field(s).",
                         "file (format): counts", int(result.edits.size()))
                              .arg(fileName, result.format, locale.toString(fields));
    if (result.rowsUnchanged > 0)
        summary += QLatin1Char(' ') + tr("%n row(s) change nothing.", "", result.rowsUnchanged);
    if (result.rowsRefused > 0)
        summary += QLatin1Char(' ')
                + tr("%n row(s) refused: nothing of them will be applied.", "", result.rowsRefused);
    if (result.conflictCount() > 0)
        summary += QLatin1Char(' ')
                + tr("%n field(s) changed since the change set was made: not applied.", "",
                     result.conflictCount());
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(summary);

    m_edits->setObjectName(QStringLiteral("importEdits"));
    m_edits->setAccessibleName(tr("Imported changes"));
    m_edits->setColumnCount(3);
    m_edits->setHeaderLabels({tr("Segment and field"), tr("Current value"), tr("Imported value")});
    m_edits->setAlternatingRowColors(true);
    m_edits->setUniformRowHeights(true);
    m_edits->setWordWrap(false);
    m_edits->setTextElideMode(Qt::ElideRight);
    const QIcon conflictIcon = WindowSupport::icon("state-conflict");
    for (qsizetype i = 0; i < result.edits.size(); ++i) {
        const ImportedEdit &e = result.edits.at(i);
        auto *top = new QTreeWidgetItem(m_edits);
        top->setText(0,
                     tr("%1 (%2)", "segment name (id)")
                             .arg(e.name.isEmpty() ? tr("(unnamed)") : e.name, e.id));
        top->setToolTip(
                0, tr("%1 segment, line %2").arg(SegmentFields::typeLabel(e.type)).arg(e.line));
        top->setData(0, EditIndexRole, int(i));
        top->setFlags((top->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsSelectable);
        const bool applicable = e.applicableCount() > 0;
        top->setCheckState(0, applicable ? Qt::Checked : Qt::Unchecked);
        if (!applicable)
            top->setFlags(top->flags() & ~Qt::ItemIsEnabled);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const ImportedField &f : e.fields) {
            auto *child = new QTreeWidgetItem(top);
            child->setText(0, f.label);
            child->setText(1, f.currentText);
            child->setText(2, f.importedText);
            child->setToolTip(1, f.currentText);
            child->setToolTip(2, f.importedText);
            if (f.conflict) {
                child->setIcon(0, conflictIcon);
                const QString why = tr("Changed since the change set was made: it was %1 there. "
                                       "Not applied.")
                                            .arg(f.expectedText);
                child->setText(2, tr("%1 (not applied)").arg(f.importedText));
                for (int c = 0; c < 3; ++c)
                    child->setToolTip(c, why);
                child->setForeground(2, palette().brush(QPalette::Disabled, QPalette::Text));
            }
        }
    }
    m_edits->expandAll();
    m_edits->header()->setStretchLastSection(true);
    m_edits->header()->resizeSection(0, 400);
    m_edits->header()->resizeSection(1, 220);

    m_messages->setObjectName(QStringLiteral("importMessages"));
    m_messages->setAccessibleName(tr("Rows not imported and warnings"));
    m_messages->setWordWrap(true);
    m_messages->setAlternatingRowColors(true);
    const QIcon error = WindowSupport::icon("severity-error");
    const QIcon warning = WindowSupport::icon("severity-warning");
    for (const SheetMessage &m : result.messages) {
        auto *item
                = new QListWidgetItem(m.severity == SheetMessage::Severity::Error ? error : warning,
                                      m.text(), m_messages);
        item->setToolTip(m.text());
    }

    auto *buttons = new QDialogButtonBox(this);
    auto *acceptAll = buttons->addButton(tr("&Accept All"), QDialogButtonBox::ActionRole);
    acceptAll->setObjectName(QStringLiteral("acceptAllButton"));
    auto *rejectAll = buttons->addButton(tr("&Reject All"), QDialogButtonBox::ActionRole);
    rejectAll->setObjectName(QStringLiteral("rejectAllButton"));
    m_apply = buttons->addButton(tr("A&pply Accepted"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(acceptAll, &QPushButton::clicked, this, [this] { setAllAccepted(true); });
    connect(rejectAll, &QPushButton::clicked, this, [this] { setAllAccepted(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edits, &QTreeWidget::itemChanged, this, &ImportReviewDialog::updateButtons);

    auto *messagesLabel = new QLabel(tr("&Not imported, and warnings:"), this);
    messagesLabel->setBuddy(m_messages);
    auto *messagesBox = new QWidget(this);
    auto *messagesLayout = new QVBoxLayout(messagesBox);
    messagesLayout->setContentsMargins(0, 0, 0, 0);
    messagesLayout->addWidget(messagesLabel);
    messagesLayout->addWidget(m_messages);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_edits);
    splitter->addWidget(messagesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    if (result.messages.isEmpty())
        messagesBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(960, 600);
    updateButtons();
}

QList<ImportedEdit> ImportReviewDialog::acceptedEdits() const
{
    QList<ImportedEdit> out;
    for (int i = 0; i < m_edits->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_edits->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            out.append(m_result.edits.at(item->data(0, EditIndexRole).toInt()));
    }
    return out;
}

void ImportReviewDialog::setAllAccepted(bool accepted)
{
    for (int i = 0; i < m_edits->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_edits->topLevelItem(i);
        if (item->flags() & Qt::ItemIsEnabled)
            item->setCheckState(0, accepted ? Qt::Checked : Qt::Unchecked);
    }
}

bool ImportReviewDialog::setAccepted(const QString &id, bool accepted)
{
    for (int i = 0; i < m_edits->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_edits->topLevelItem(i);
        if (m_result.edits.at(item->data(0, EditIndexRole).toInt()).id == id
            && (item->flags() & Qt::ItemIsEnabled)) {
            item->setCheckState(0, accepted ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void ImportReviewDialog::updateButtons()
{
    const qsizetype accepted = acceptedEdits().size();
    m_apply->setEnabled(accepted > 0);
    m_apply->setText(accepted > 0 ? tr("A&pply %1 Accepted").arg(QLocale().toString(accepted))
                                  : tr("A&pply Accepted"));
}
