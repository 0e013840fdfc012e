#include "PoiImportDialog.h"

#include "FormIcons.h"
#include "PatchBuilder.h"
#include "PoiListModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

bool samePlace(const PointOfInterest &a, const PointOfInterest &b)
{
    using PatchBuilder::roundCoordinate;
    return a.latitude && a.longitude && b.latitude && b.longitude
            && roundCoordinate(*a.latitude) == roundCoordinate(*b.latitude)
            && roundCoordinate(*a.longitude) == roundCoordinate(*b.longitude);
}

} // namespace

PoiImportDialog::PoiImportDialog(const QString &text, const QString &sourceName,
                                 const QList<PointOfInterest> &existing, QWidget *parent)
    : QDialog(parent)
    , m_sourceName(sourceName)
    , m_existing(existing)
    , m_source(new QPlainTextEdit(this))
    , m_format(new QLabel(this))
    , m_accepted(new QTableWidget(this))
    , m_messageList(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_replace(new QCheckBox(this))
    , m_apply(nullptr)
{
    setObjectName(QStringLiteral("poiImportDialog"));
    setWindowTitle(tr("Review Points of Interest"));

    m_source->setObjectName(QStringLiteral("importSourceEdit"));
    m_source->setAccessibleName(tr("Text to read points from"));
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setTabChangesFocus(true);
    m_format->setObjectName(QStringLiteral("detectedFormatLabel"));
    m_format->setWordWrap(true);

    m_accepted->setObjectName(QStringLiteral("acceptedPointsTable"));
    m_accepted->setAccessibleName(tr("Points that will be applied"));
    m_accepted->setColumnCount(4);
    m_accepted->setHorizontalHeaderLabels(
            {tr("Line"), tr("Name"), tr("Latitude"), tr("Longitude")});
    m_accepted->verticalHeader()->hide();
    m_accepted->verticalHeader()->setDefaultSectionSize(m_accepted->fontMetrics().height() + 8);
    m_accepted->setIconSize(QSize(16, 16));
    m_accepted->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accepted->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_accepted->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_accepted->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_accepted->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_accepted->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_accepted->setTabKeyNavigation(false);

    m_messageList->setObjectName(QStringLiteral("importMessagesList"));
    m_messageList->setAccessibleName(tr("Rejected and suspicious lines"));
    m_messageList->setWordWrap(true);
    m_messageList->setIconSize(QSize(16, 16));
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    m_replace->setObjectName(QStringLiteral("replaceExistingCheck"));
    m_replace->setText(existing.isEmpty() ? tr("&Replace the existing points")
                               : existing.size() == 1
                               ? tr("&Replace the existing point")
                               : tr("&Replace the %n existing points", nullptr,
                                    static_cast<int>(existing.size())));
    m_replace->setToolTip(tr("Unchecked: the points are added to the list"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyImportButton"));
    m_apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *sourceLabel
            = new QLabel(tr("&Text from %1 (edit it to fix a line):").arg(sourceName), this);
    sourceLabel->setBuddy(m_source);
    auto *acceptedLabel = new QLabel(tr("Acce&pted points:"), this);
    acceptedLabel->setBuddy(m_accepted);
    auto *messagesLabel = new QLabel(tr("&Messages:"), this);
    messagesLabel->setBuddy(m_messageList);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(sourceLabel);
    topLayout->addWidget(m_source);
    topLayout->addWidget(m_format);
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(acceptedLabel);
    middleLayout->addWidget(m_accepted);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(messagesLabel);
    bottomLayout->addWidget(m_messageList);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(middle);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({140, 220, 120});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_replace);
    layout->addWidget(buttons);
    resize(760, 620);

    m_source->setPlainText(text);
    connect(m_source, &QPlainTextEdit::textChanged, this, &PoiImportDialog::reparse);
    connect(m_replace, &QCheckBox::toggled, this, &PoiImportDialog::updateView);
    reparse();
}

void PoiImportDialog::setText(const QString &text)
{
    m_source->setPlainText(text);
}

QString PoiImportDialog::text() const
{
    return m_source->toPlainText();
}

bool PoiImportDialog::replaceExisting() const
{
    return m_replace->isChecked();
}

void PoiImportDialog::setReplaceExisting(bool replace)
{
    m_replace->setChecked(replace);
}

std::optional<PointOfInterest> PoiImportDialog::existingAt(const PointOfInterest &point,
                                                           bool sameName) const
{
    for (const PointOfInterest &e : m_existing)
        if (samePlace(e, point) && (!sameName || e.name == point.name))
            return e;
    return std::nullopt;
}

QList<PointOfInterest> PoiImportDialog::pointsToApply() const
{
    QList<PointOfInterest> points;
    for (const ParsedPoi &p : m_result.points) {
        if (!replaceExisting() && existingAt(p.point, true))
            continue;
        points.append(p.point);
    }
    return points;
}

QStringList PoiImportDialog::messageTexts() const
{
    QStringList texts;
    for (const PoiLineMessage &m : m_messages)
        texts.append(m.text());
    return texts;
}

void PoiImportDialog::reparse()
{
    m_result = PoiParser::parse(m_source->toPlainText());
    updateView();
}

void PoiImportDialog::updateView()
{
    // Messages: the parser's, and, when adding, the points the list already has.
    m_messages = m_result.messages;
    int alreadyThere = 0;
    if (!replaceExisting()) {
        for (const ParsedPoi &p : std::as_const(m_result.points)) {
            PoiLineMessage m;
            m.line = p.line;
            m.severity = PoiLineMessage::Severity::Warning;
            if (existingAt(p.point, true)) {
                ++alreadyThere;
                m.message = tr("Already in the list; it is not added again.");
            } else if (const auto other = existingAt(p.point, false)) {
                m.message = other->name.isEmpty()
                        ? tr("At the same place as an unnamed point of the list.")
                        : tr("At the same place as “%1” of the list.").arg(other->name);
            } else {
                continue;
            }
            m_messages.append(m);
        }
        std::stable_sort(
                m_messages.begin(), m_messages.end(),
                [](const PoiLineMessage &a, const PoiLineMessage &b) { return a.line < b.line; });
    }

    QHash<int, QStringList> warningsByLine;
    for (const PoiLineMessage &m : std::as_const(m_messages))
        if (m.severity == PoiLineMessage::Severity::Warning)
            warningsByLine[m.line].append(m.message);

    m_accepted->setRowCount(static_cast<int>(m_result.points.size()));
    const QIcon warningIcon = FormIcons::problemIcon(Problem::Severity::Warning);
    for (int row = 0; row < m_result.points.size(); ++row) {
        const ParsedPoi &p = m_result.points.at(row);
        const QStringList warnings = warningsByLine.value(p.line);
        const bool skipped = !replaceExisting() && existingAt(p.point, true);
        const QStringList cells{
                QString::number(p.line), p.point.name,
                p.point.latitude ? PoiListModel::coordinateText(*p.point.latitude) : QString(),
                p.point.longitude ? PoiListModel::coordinateText(*p.point.longitude) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column != 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!warnings.isEmpty()) {
                item->setToolTip(warnings.join(QLatin1Char('\n')));
                if (column == 0)
                    item->setIcon(warningIcon);
            }
            if (skipped) {
                QFont f = item->font();
                f.setStrikeOut(true);
                item->setFont(f);
            }
            m_accepted->setItem(row, column, item);
        }
    }

    m_messageList->clear();
    for (const PoiLineMessage &m : std::as_const(m_messages)) {
        const bool error = m.severity == PoiLineMessage::Severity::Error;
        auto *item = new QListWidgetItem(
                FormIcons::problemIcon(error ? Problem::Severity::Error
                                             : Problem::Severity::Warning),
                (error ? tr("Rejected · %1") : tr("Warning · %1")).arg(m.text()));
        item->setData(Qt::UserRole, m.line);
        m_messageList->addItem(item);
    }

    m_format->setText(m_result.detectedFormat.isEmpty()
                              ? tr("No points recognised yet.")
                              : tr("Read as: %1.").arg(m_result.detectedFormat));
    const int applied = static_cast<int>(pointsToApply().size());
    QStringList parts;
    if (replaceExisting())
        parts.append(applied == 1 ? tr("1 point will replace the list")
                                  : tr("%n points will replace the list", nullptr, applied));
    else
        parts.append(applied == 1 ? tr("1 point will be added")
                                  : tr("%n points will be added", nullptr, applied));
    const int errors = m_result.errorCount();
    if (errors > 0)
        parts.append(errors == 1 ? tr("1 line rejected")
                                 : tr("%n lines rejected", nullptr, errors));
    int warnings = 0;
    for (const PoiLineMessage &m : std::as_const(m_messages))
        if (m.severity == PoiLineMessage::Severity::Warning)
            ++warnings;
    warnings -= alreadyThere;
    if (warnings > 0)
        parts.append(warnings == 1 ? tr("1 warning to check")
                                   : tr("%n warnings to check", nullptr, warnings));
    if (alreadyThere > 0)
        parts.append(tr("%n already in the list", nullptr, alreadyThere));
    m_summary->setText(parts.join(tr("; ", "between parts of a summary")) + QLatin1Char('.'));
    m_apply->setEnabled(applied > 0 || (replaceExisting() && !m_result.points.isEmpty()));
}
