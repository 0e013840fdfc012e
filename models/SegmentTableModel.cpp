#include "SegmentTableModel.h"
#include "Tints.h"

#include "ModelIcons.h"
#include "SegmentEditor.h"
#include "SegmentFields.h"
#include "SegmentTableModelPrivate.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

using SegmentTableModelInternal::hasErrors;

namespace {

const QString namePath = QStringLiteral("attributes/name");
const QString descriptionPath = QStringLiteral("attributes/description");

// Ids sort numerically when they are numbers (Criteo's are), text otherwise, without mixing
// QVariant types in one column.
QString idSortKey(const QString &id)
{
    const bool digits = !id.isEmpty()
            && std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isDigit(); });
    if (digits && id.size() < 20)
        return QString(20 - id.size(), QLatin1Char('0')) + id;
    return QLatin1Char('~') + id;
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString problemText(const Problem &p)
{
    QString text = p.headline();
    const QString detail = p.detail.trimmed();
    if (!detail.isEmpty() && detail != text)
        text = SegmentTableModel::tr("%1 — %2", "problem headline — detail").arg(text, detail);
    // The validator's messages name their field; the server's often do not.
    if (p.origin != Problem::Origin::Validator && !p.field.isEmpty())
        text = SegmentTableModel::tr("%1: %2", "field label: problem")
                       .arg(SegmentFields::fieldLabel(p.field), text);
    if (p.severity == Problem::Severity::Warning)
        text = SegmentTableModel::tr("Warning: %1").arg(text);
    return text;
}

// "Header: only problem" or "Header:\n• one\n• two", then the hint.
QString composeTip(const QString &header, const ProblemList &problems, const QString &hint = {})
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(problemText(p));
    QString tip = header;
    if (lines.size() == 1)
        tip += QLatin1Char(' ') + lines.constFirst();
    else if (!lines.isEmpty())
        tip += QLatin1String("\n• ") + lines.join(QLatin1String("\n• "));
    if (!hint.isEmpty())
        tip += QLatin1Char('\n') + hint;
    return tip;
}

// The tint of a row in a state (none for rows at rest), light or dark after the palette.
std::optional<Tints::Tint> stateTint(SegmentTableModel::RowState state)
{
    using S = SegmentTableModel::RowState;
    switch (state) {
    case S::Invalid:
    case S::Failed:
        return Tints::Tint::Error;
    case S::Warned:
        return Tints::Tint::Warning;
    case S::Updated:
    case S::Created:
        return Tints::Tint::Success;
    case S::Sending:
        return Tints::Tint::Information;
    case S::NotSent:
        return Tints::Tint::Neutral;
    case S::Unknown:
        return Tints::Tint::Unknown;
    case S::Conflict:
        return Tints::Tint::Conflict;
    case S::ToDelete:
        return Tints::Tint::Deleted;
    case S::Unchanged:
    case S::Modified:
    case S::New:
        break;
    }
    return std::nullopt;
}

// The field a column shows, where it is one the user edits in place.
QString columnField(int column)
{
    if (column == SegmentTableModel::NameColumn)
        return namePath;
    if (column == SegmentTableModel::DescriptionColumn)
        return descriptionPath;
    return {};
}

ProblemList problemsOnField(const ProblemList &problems, const QString &field)
{
    ProblemList result;
    for (const Problem &p : problems)
        if (p.field == field || p.field.startsWith(field + QLatin1Char('/')))
            result.append(p);
    return result;
}

} // namespace

bool operator==(const SegmentTableModel::Counts &a, const SegmentTableModel::Counts &b)
{
    return a.loaded == b.loaded && a.modified == b.modified && a.invalid == b.invalid
            && a.failed == b.failed && a.warned == b.warned && a.sending == b.sending
            && a.unknown == b.unknown && a.notSent == b.notSent && a.updated == b.updated
            && a.excluded == b.excluded && a.conflicts == b.conflicts && a.toCreate == b.toCreate
            && a.toDelete == b.toDelete && a.created == b.created;
}

SegmentTableModel::SegmentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

SegmentTableModel::~SegmentTableModel() = default;

int SegmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SegmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (column >= SizeColumn
        && (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole
            || role == Qt::TextAlignmentRole || role == SortRole))
        return insightsData(row, column, role); // SegmentTableModelInsights.cpp
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::EditRole: {
        const AudienceSegment &e = editedAt(row);
        if (column == NameColumn)
            return e.name.value_or(QString());
        if (column == DescriptionColumn)
            return e.description.valueOr(QString());
        return displayData(row, column);
    }
    case Qt::DecorationRole: {
        if (column != StateColumn)
            return {};
        using ModelIcons::Icon;
        switch (row.state) {
        case RowState::Unchanged:
            return {};
        case RowState::Modified:
            return ModelIcons::icon(Icon::Modified);
        case RowState::Invalid:
            return ModelIcons::icon(Icon::Invalid);
        case RowState::Sending:
            return ModelIcons::icon(Icon::Sending);
        case RowState::Updated:
            return ModelIcons::icon(Icon::Updated);
        case RowState::Warned:
            return ModelIcons::icon(Icon::Warned);
        case RowState::Failed:
            return ModelIcons::icon(Icon::Failed);
        case RowState::NotSent:
            return ModelIcons::icon(Icon::NotSent);
        case RowState::Unknown:
            return ModelIcons::icon(Icon::Unknown);
        case RowState::Conflict:
            return ModelIcons::icon(Icon::Conflict);
        case RowState::New:
            return ModelIcons::icon(Icon::New);
        case RowState::ToDelete:
            return ModelIcons::icon(Icon::ToDelete);
        case RowState::Created:
            return ModelIcons::icon(Icon::Created);
        }
        return {};
    }
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::BackgroundRole: {
        const QString field = columnField(column);
        if (!field.isEmpty() && hasErrors(problemsOnField(rowProblems(row), field)))
            return QBrush(Tints::cellBackground(Tints::Tint::Error)); // the cell a problem names
        if (!field.isEmpty() && row.state == RowState::Conflict
            && visibleConflicts(row).contains(field))
            return QBrush(
                    Tints::cellBackground(Tints::Tint::Conflict)); // the cell a conflict is about
        const std::optional<Tints::Tint> tint = stateTint(row.state);
        return tint ? QVariant(QBrush(Tints::background(*tint))) : QVariant();
    }
    case Qt::ForegroundRole:
        if (row.excluded)
            return QBrush(Tints::mutedText());
        // The text that goes with the tint (light tints under a light palette, dark ones under
        // a dark palette).
        if (stateTint(row.state))
            return QBrush(Tints::text());
        return {};
    case Qt::FontRole: {
        const bool bold = hasPatch(row);
        const bool struck = row.lifecycle == SegmentLifecycle::ToDelete;
        if (!bold && !row.excluded && !struck)
            return {};
        QFont font;
        font.setBold(bold && !struck);
        font.setItalic(row.excluded);
        font.setStrikeOut(struck);
        return font;
    }
    case StateRole:
        return QVariant::fromValue(row.state);
    case SegmentIdRole:
        return row.original.id;
    case ProblemsRole:
        return QVariant::fromValue(rowProblems(row));
    case SortRole:
        return sortData(row, column);
    case ExcludedRole:
        return row.excluded;
    case ChangedFieldsRole:
        return row.detail ? row.detail->changedFields : QStringList();
    case SegmentTypeRole:
        return QVariant::fromValue(row.original.type);
    case AdvertiserIdRole:
        return row.original.advertiserId;
    case HasChangesRole:
        return hasPatch(row);
    case LifecycleRole:
        return QVariant::fromValue(row.lifecycle);
    default:
        return {};
    }
}

QVariant SegmentTableModel::displayData(const Row &row, int column) const
{
    const AudienceSegment &e = editedAt(row);
    switch (column) {
    case StateColumn: {
        QString text;
        if (row.state != RowState::Unchanged)
            text = stateText(row.state);
        // Bold type marks a row with edits not yet on the server; the word says so only where
        // the state alone would not (sent, then edited again).
        if (hasPatch(row) && row.lifecycle == SegmentLifecycle::Existing
            && (row.state == RowState::Updated || row.state == RowState::Warned
                || row.state == RowState::Created))
            text = tr("%1, edited since", "state word of a sent row edited again").arg(text);
        if (row.excluded)
            text = text.isEmpty()
                    ? tr("Excluded", "left out of the next send")
                    : tr("%1, excluded", "state word, left out of the next send").arg(text);
        return text;
    }
    case IdColumn:
        // A temporary id means nothing to the user: the server gives the id.
        return row.lifecycle == SegmentLifecycle::New
                ? tr("(new)", "id of a segment not created yet")
                : row.original.id;
    case NameColumn:
        return e.name.value_or(QString());
    case TypeColumn:
        return SegmentFields::typeLabel(row.original.type);
    case AdvertiserColumn:
        return advertiserText(row.original.advertiserId);
    case DescriptionColumn:
        return oneLine(e.description.valueOr(QString()));
    case UpdatedAtColumn:
        if (row.original.updatedAt && row.original.updatedAt->isValid())
            return QLocale().toString(row.original.updatedAt->toLocalTime(), QLocale::ShortFormat);
        return QString();
    default:
        return {};
    }
}

SegmentTableModel::RowState SegmentTableModel::stateAt(int row) const
{
    return m_rows[static_cast<std::size_t>(row)].state;
}

const AudienceSegment &SegmentTableModel::editedAt(int row) const
{
    return editedAt(m_rows[static_cast<std::size_t>(row)]);
}

QVariant SegmentTableModel::sortData(const Row &row, int column) const
{
    const AudienceSegment &e = editedAt(row);
    switch (column) {
    case StateColumn:
        return static_cast<int>(row.state);
    case IdColumn:
        return idSortKey(row.original.id);
    case NameColumn:
        return e.name.value_or(QString());
    case TypeColumn:
        return SegmentFields::typeLabel(row.original.type);
    case AdvertiserColumn:
        return advertiserText(row.original.advertiserId);
    case DescriptionColumn:
        return e.description.valueOr(QString());
    case UpdatedAtColumn:
        return row.original.updatedAt.value_or(QDateTime());
    default:
        return {};
    }
}

QString SegmentTableModel::toolTip(const Row &row, int column) const
{
    const ProblemList problems = rowProblems(row);
    const QString field = columnField(column);
    if (!field.isEmpty()) {
        const ProblemList own = problemsOnField(problems, field);
        if (!own.isEmpty())
            return composeTip(
                    row.state == RowState::Invalid ? tr("Invalid:") : tr("Problem on send:"), own);
        if (row.state == RowState::Conflict && visibleConflicts(row).contains(field)) {
            const AudienceSegment &base = *row.detail->conflictBase;
            return tr("Conflict on %1: yours “%2”, the server’s “%3” (it was “%4” when you "
                      "loaded it).",
                      "field label, the user's value, the server's value, the value loaded")
                    .arg(SegmentFields::fieldLabel(field),
                         SegmentFields::valueText(editedAt(row), field),
                         SegmentFields::valueText(row.original, field),
                         SegmentFields::valueText(base, field));
        }
    }

    QString tip;
    switch (row.state) {
    case RowState::Unchanged:
        break;
    case RowState::Modified: {
        QStringList labels;
        if (row.detail)
            for (const QString &f : std::as_const(row.detail->changedFields))
                labels.append(SegmentFields::fieldLabel(f));
        tip = composeTip(tr("Modified: %1").arg(labels.join(QLatin1String(", "))), problems);
        break;
    }
    case RowState::Invalid:
        tip = composeTip(tr("Invalid:"), problems,
                         tr("Fix this before sending, or exclude the segment from the send."));
        break;
    case RowState::Sending:
        tip = tr("Sending…");
        break;
    case RowState::Updated:
        tip = composeTip(tr("Updated on the server."), problems);
        break;
    case RowState::Warned:
        tip = composeTip(tr("Updated with warnings:"), problems);
        break;
    case RowState::Failed:
        tip = composeTip(tr("Failed on send:"), problems,
                         tr("Not updated. Your edit is kept: fix it and send again."));
        break;
    case RowState::NotSent:
        tip = problems.isEmpty()
                ? tr("Not sent: the send stopped before this segment. Your edit is kept.")
                : composeTip(tr("Not sent:"), problems, tr("Your edit is kept."));
        break;
    case RowState::Unknown:
        tip = composeTip(tr("Unknown outcome: sent, but the answer was lost."), problems,
                         tr("Reconcile it (Segments › Reconcile Unknown Segments) to see "
                            "whether the server has your change."));
        break;
    case RowState::New:
        tip = composeTip(tr("New: created by the next send."), problems);
        break;
    case RowState::Created:
        tip = composeTip(tr("Created on the server, as segment %1.").arg(row.original.id),
                         problems);
        break;
    case RowState::ToDelete:
        tip = tr("To delete: the next send deletes it from Criteo. Undo, or Delete again, keeps "
                 "it.");
        break;
    case RowState::Conflict: {
        QStringList labels;
        for (const QString &f : visibleConflicts(row))
            labels.append(SegmentFields::fieldLabel(f));
        tip = composeTip(tr("Conflict: changed on the server since you loaded it, and by you: %1.")
                                 .arg(labels.join(QLatin1String(", "))),
                         problems,
                         tr("Keep yours or take the server’s for each field; the segment is not "
                            "sent until then."));
        break;
    }
    }
    if (row.excluded)
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n"))
                + tr("Excluded from the next send.");
    return tip;
}

QString SegmentTableModel::advertiserText(const QString &advertiserId) const
{
    const auto it = m_advertiserNames.constFind(advertiserId);
    if (it == m_advertiserNames.constEnd() || it->isEmpty())
        return advertiserId;
    return tr("%1 (%2)", "advertiser name (id)").arg(*it, advertiserId);
}

void SegmentTableModel::setAdvertiserNames(const QHash<QString, QString> &names)
{
    if (names == m_advertiserNames)
        return;
    m_advertiserNames = names;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, AdvertiserColumn), index(rowCount() - 1, AdvertiserColumn),
                           {Qt::DisplayRole, Qt::EditRole, SortRole});
}

bool SegmentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editor || !value.isValid() || !index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    if (row.original.type == SegmentType::Unknown)
        return false; // shown read-only: the editor cannot know what it may send
    AudienceSegment e = editedAt(row);
    const QString text = value.toString();
    switch (index.column()) {
    case NameColumn:
        // Emptying a name the server never had leaves it absent rather than "".
        if (text.isEmpty() && !row.original.name)
            e.name.reset();
        else
            e.name = text;
        return m_editor->editSegment(row.original.id, e, namePath);
    case DescriptionColumn:
        // An emptied description clears the server's; one the server never had stays absent.
        if (!text.isEmpty())
            e.description = text;
        else if (row.original.description.hasValue())
            e.description = Nillable<QString>::cleared();
        else
            e.description = row.original.description;
        return m_editor->editSegment(row.original.id, e, descriptionPath);
    default:
        return false;
    }
}

Qt::ItemFlags SegmentTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    if (m_editor && row.original.type != SegmentType::Unknown
        && (index.column() == NameColumn || index.column() == DescriptionColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SegmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("State");
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case AdvertiserColumn:
        return tr("Advertiser");
    case DescriptionColumn:
        return tr("Description");
    case UpdatedAtColumn:
        return tr("Last updated");
    case SizeColumn:
        return tr("Size");
    case UsedByColumn:
        return tr("Used by");
    default:
        return {};
    }
}

QString SegmentTableModel::stateText(RowState state)
{
    switch (state) {
    case RowState::Unchanged:
        return tr("Unchanged", "row state");
    case RowState::Modified:
        return tr("Modified", "row state");
    case RowState::Invalid:
        return tr("Invalid", "row state");
    case RowState::Sending:
        return tr("Sending", "row state");
    case RowState::Updated:
        return tr("Updated", "row state");
    case RowState::Warned:
        return tr("Warning", "row state: updated with warnings");
    case RowState::Failed:
        return tr("Failed", "row state");
    case RowState::NotSent:
        return tr("Not sent", "row state");
    case RowState::Unknown:
        return tr("Unknown", "row state: sent, answer lost");
    case RowState::Conflict:
        return tr("Conflict", "row state: changed on the server and by the user");
    case RowState::New:
        return tr("New", "row state: created by the next send");
    case RowState::ToDelete:
        return tr("To delete", "row state: deleted by the next send");
    case RowState::Created:
        return tr("Created", "row state: created by the last send");
    }
    return {};
}

// ---- rows by id

int SegmentTableModel::rowForId(const QString &id) const
{
    return m_rowById.value(id, -1);
}

QString SegmentTableModel::idAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_rows[static_cast<std::size_t>(row)].original.id;
}

QModelIndex SegmentTableModel::indexForId(const QString &id, int column) const
{
    const int row = rowForId(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

std::optional<AudienceSegment> SegmentTableModel::segment(const QString &id) const
{
    return edited(id);
}

std::optional<AudienceSegment> SegmentTableModel::original(const QString &id) const
{
    const int row = rowForId(id);
    if (row < 0)
        return std::nullopt;
    return m_rows[static_cast<std::size_t>(row)].original;
}

std::optional<AudienceSegment> SegmentTableModel::edited(const QString &id) const
{
    const int row = rowForId(id);
    if (row < 0)
        return std::nullopt;
    return editedAt(m_rows[static_cast<std::size_t>(row)]);
}

SegmentTableModel::RowState SegmentTableModel::state(const QString &id) const
{
    const int row = rowForId(id);
    return row < 0 ? RowState::Unchanged : m_rows[static_cast<std::size_t>(row)].state;
}

ProblemList SegmentTableModel::problems(const QString &id) const
{
    const int row = rowForId(id);
    return row < 0 ? ProblemList() : rowProblems(m_rows[static_cast<std::size_t>(row)]);
}

QStringList SegmentTableModel::changedFields(const QString &id) const
{
    const int row = rowForId(id);
    if (row < 0)
        return {};
    const Row &r = m_rows[static_cast<std::size_t>(row)];
    return r.detail ? r.detail->changedFields : QStringList();
}

bool SegmentTableModel::isExcluded(const QString &id) const
{
    const int row = rowForId(id);
    return row >= 0 && m_rows[static_cast<std::size_t>(row)].excluded;
}

SegmentEditor *SegmentTableModel::editor() const
{
    return m_editor;
}

void SegmentTableModel::setEditor(SegmentEditor *editor)
{
    m_editor = editor;
}
