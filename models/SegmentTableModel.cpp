#include "SegmentTableModel.h"

#include "ModelIcons.h"
#include "PatchBuilder.h"
#include "SegmentConflicts.h"
#include "SegmentEditor.h"
#include "SegmentFields.h"
#include "SegmentValidator.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

// What a row holds beyond its original; allocated only for rows that were edited, validated
// with a problem, sent or are being sent, so that 100 000 untouched rows cost their originals.
struct SegmentTableModel::RowDetail
{
    std::optional<AudienceSegment> edited; // nothing: the same as the original
    QStringList changedFields;             // PatchBuilder::changedFields(original, edited)
    ProblemList validation;
    std::optional<SegmentOutcome::Status> outcome;
    // The edited version the current send or the last outcome is about: an outcome describes the
    // row only while the user's version is still this one (undoing back to it brings it back).
    std::optional<AudienceSegment> outcomeVersion;
    ProblemList sendProblems;
    bool sending = false;
    // A conflict with the server's copy (the original): the version the user started from, and
    // the fields not yet resolved. A field stays here until the user resolves it, even while the
    // edit happens to agree with the server (after a revert, say): an undo can bring the user's
    // value back, and it must not then overwrite the server's silently. Only the fields the patch
    // still carries are shown (visibleConflicts).
    std::optional<AudienceSegment> conflictBase;
    QStringList conflictFields;

    bool isEmpty() const
    {
        return !edited && changedFields.isEmpty() && validation.isEmpty() && !outcome
                && !outcomeVersion && sendProblems.isEmpty() && !sending && !conflictBase;
    }
};

// Rows touched by one operation: their state before it (for counts and signals) and whether
// their content (original or edited) changed. commit() derives the rest and signals once.
struct SegmentTableModel::Pending
{
    QHash<int, Snapshot> before;
    QHash<int, bool> touched;  // row -> content changed
    QSet<NameKey> keysToCheck; // name keys whose collisions may have changed
};

namespace {

const QList<int> &stateRoles()
{
    static const QList<int> roles{Qt::DisplayRole,
                                  Qt::DecorationRole,
                                  Qt::ToolTipRole,
                                  Qt::ForegroundRole,
                                  Qt::BackgroundRole,
                                  Qt::FontRole,
                                  SegmentTableModel::StateRole,
                                  SegmentTableModel::ProblemsRole,
                                  SegmentTableModel::SortRole,
                                  SegmentTableModel::HasChangesRole};
    return roles;
}

const QList<int> &contentRoles()
{
    static const QList<int> roles
            = stateRoles() + QList<int>{Qt::EditRole, SegmentTableModel::ChangedFieldsRole};
    return roles;
}

const QString namePath = QStringLiteral("attributes/name");
const QString descriptionPath = QStringLiteral("attributes/description");

// Type, advertiser, id and timestamps belong to the server: an edited version never changes them.
void keepReadOnly(const AudienceSegment &original, AudienceSegment &edited)
{
    edited.id = original.id;
    edited.advertiserId = original.advertiserId;
    edited.type = original.type;
    edited.createdAt = original.createdAt;
    edited.updatedAt = original.updatedAt;
}

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

bool hasErrors(const ProblemList &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const Problem &p) { return p.severity == Problem::Severity::Error; });
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

QColor stateBackground(SegmentTableModel::RowState state)
{
    using S = SegmentTableModel::RowState;
    switch (state) {
    case S::Invalid:
    case S::Failed:
        return QColor(0xf9, 0xd6, 0xd5);
    case S::Warned:
        return QColor(0xfc, 0xef, 0xc7);
    case S::Updated:
        return QColor(0xd8, 0xf0, 0xd8);
    case S::Sending:
        return QColor(0xdb, 0xe9, 0xf7);
    case S::NotSent:
        return QColor(0xec, 0xec, 0xec);
    case S::Unknown:
        return QColor(0xe6, 0xdc, 0xf5);
    case S::Conflict: // orange: never an error's red nor a warning's yellow
        return QColor(0xfb, 0xd5, 0xab);
    case S::Unchanged:
    case S::Modified:
        break;
    }
    return {};
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
            && a.excluded == b.excluded && a.conflicts == b.conflicts;
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
            return QBrush(QColor(0xf1, 0xa9, 0xa7)); // the cell a problem names
        if (!field.isEmpty() && row.state == RowState::Conflict
            && visibleConflicts(row).contains(field))
            return QBrush(QColor(0xf7, 0xb0, 0x6a)); // the cell a conflict is about
        const QColor color = stateBackground(row.state);
        return color.isValid() ? QVariant(QBrush(color)) : QVariant();
    }
    case Qt::ForegroundRole:
        if (row.excluded)
            return QBrush(QColor(0x6e, 0x6e, 0x6e));
        // Dark text on the light state colours, also under a dark palette.
        if (stateBackground(row.state).isValid())
            return QBrush(QColor(0x1a, 0x1a, 0x1a));
        return {};
    case Qt::FontRole: {
        const bool bold = hasPatch(row);
        if (!bold && !row.excluded)
            return {};
        QFont font;
        font.setBold(bold);
        font.setItalic(row.excluded);
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
        if (hasPatch(row))
            text = tr("Δ %1", "change mark before a state word").arg(text);
        if (row.excluded)
            text = text.isEmpty()
                    ? tr("Excluded", "left out of the next send")
                    : tr("%1, excluded", "state word, left out of the next send").arg(text);
        return text;
    }
    case IdColumn:
        return row.original.id;
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

QStringList SegmentTableModel::conflictFields(const QString &id) const
{
    const int row = rowForId(id);
    return row < 0 ? QStringList() : visibleConflicts(m_rows[static_cast<std::size_t>(row)]);
}

std::optional<AudienceSegment> SegmentTableModel::conflictBase(const QString &id) const
{
    const int rowNumber = rowForId(id);
    if (rowNumber < 0)
        return std::nullopt;
    const Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
    if (visibleConflicts(row).isEmpty())
        return std::nullopt;
    return row.detail->conflictBase;
}

QStringList SegmentTableModel::conflictIds() const
{
    QList<int> rows(m_conflictRows.cbegin(), m_conflictRows.cend());
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    ids.reserve(rows.size());
    for (const int row : std::as_const(rows))
        ids.append(m_rows[static_cast<std::size_t>(row)].original.id);
    return ids;
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

// ---- derived values

const AudienceSegment &SegmentTableModel::editedAt(const Row &row) const
{
    return row.detail && row.detail->edited ? *row.detail->edited : row.original;
}

bool SegmentTableModel::hasPatch(const Row &row) const
{
    return row.detail && !row.detail->changedFields.isEmpty();
}

bool SegmentTableModel::outcomeApplies(const Row &row) const
{
    if (!row.detail || !row.detail->outcome)
        return false;
    if (*row.detail->outcome == SegmentOutcome::Status::Unknown)
        return true; // what the server holds is unknown whatever the user did since
    return row.detail->outcomeVersion && editedAt(row) == *row.detail->outcomeVersion;
}

ProblemList SegmentTableModel::rowProblems(const Row &row) const
{
    if (!row.detail)
        return {};
    if (row.detail->sending || !outcomeApplies(row))
        return row.detail->validation;
    return row.detail->validation + row.detail->sendProblems;
}

SegmentTableModel::RowState SegmentTableModel::computeState(const Row &row) const
{
    if (!row.detail)
        return RowState::Unchanged;
    const RowDetail &d = *row.detail;
    if (d.sending)
        return RowState::Sending;
    if (!visibleConflicts(row).isEmpty())
        return RowState::Conflict;
    const bool applies = outcomeApplies(row);
    if (applies && *d.outcome == SegmentOutcome::Status::Unknown)
        return RowState::Unknown;
    if (hasErrors(d.validation))
        return RowState::Invalid;
    if (applies) {
        switch (*d.outcome) {
        case SegmentOutcome::Status::Updated:
            return RowState::Updated;
        case SegmentOutcome::Status::Warned:
            return RowState::Warned;
        case SegmentOutcome::Status::Failed:
            return RowState::Failed;
        case SegmentOutcome::Status::NotSent:
            return RowState::NotSent;
        case SegmentOutcome::Status::Unknown:
            return RowState::Unknown;
        }
    }
    return d.changedFields.isEmpty() ? RowState::Unchanged : RowState::Modified;
}

// The unresolved fields the patch still carries, in the patch builder's order.
QStringList SegmentTableModel::visibleConflicts(const Row &row) const
{
    if (!row.detail || row.detail->conflictFields.isEmpty())
        return {};
    QStringList fields;
    for (const QString &field : std::as_const(row.detail->changedFields))
        if (row.detail->conflictFields.contains(field))
            fields.append(field);
    return fields;
}

void SegmentTableModel::clearConflict(Row &row)
{
    if (!row.detail)
        return;
    row.detail->conflictBase.reset();
    row.detail->conflictFields.clear();
}

SegmentTableModel::RowDetail &SegmentTableModel::detailOf(Row &row)
{
    if (!row.detail)
        row.detail = std::make_unique<RowDetail>();
    return *row.detail;
}

void SegmentTableModel::releaseDetailIfEmpty(Row &row)
{
    if (row.detail && row.detail->isEmpty())
        row.detail.reset();
}

void SegmentTableModel::storeEdited(Row &row, AudienceSegment edited)
{
    keepReadOnly(row.original, edited);
    if (edited == row.original) {
        if (row.detail) {
            row.detail->edited.reset();
            row.detail->changedFields.clear();
        }
        return;
    }
    RowDetail &d = detailOf(row);
    d.changedFields = PatchBuilder::changedFields(row.original, edited);
    d.edited = std::move(edited);
}

SegmentTableModel::NameKey SegmentTableModel::nameKey(const QString &advertiserId,
                                                      const QString &name)
{
    QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    return {advertiserId, std::move(trimmed)};
}

SegmentTableModel::NameKey SegmentTableModel::nameKey(const AudienceSegment &segment)
{
    return segment.name ? nameKey(segment.advertiserId, *segment.name) : NameKey();
}

int SegmentTableModel::nameCount(const QString &advertiserId, const QString &name) const
{
    const NameKey key = nameKey(advertiserId, name);
    if (key.isNull())
        return 0;
    const auto it = m_rowsByName.constFind(key);
    return it == m_rowsByName.constEnd() ? 0 : static_cast<int>(it->size());
}

void SegmentTableModel::indexName(const NameKey &key, int row)
{
    if (!key.isNull())
        m_rowsByName[key].append(row);
}

void SegmentTableModel::unindexName(const NameKey &key, int row)
{
    if (key.isNull())
        return;
    const auto it = m_rowsByName.find(key);
    if (it == m_rowsByName.end())
        return;
    const auto pos = std::find(it->begin(), it->end(), row);
    if (pos != it->end())
        it->erase(pos);
    if (it->isEmpty())
        m_rowsByName.erase(it);
}

void SegmentTableModel::validate(int rowNumber)
{
    Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
    ProblemList found = SegmentValidator::validate(
            row.original, editedAt(row), [this](const QString &advertiserId, const QString &name) {
                return nameCount(advertiserId, name);
            });
    for (Problem &p : found)
        if (p.segmentId.isEmpty())
            p.segmentId = row.original.id;
    if (row.detail)
        row.detail->validation = std::move(found);
    else if (!found.isEmpty())
        detailOf(row).validation = std::move(found);
}

SegmentTableModel::Snapshot SegmentTableModel::snapshot(int rowNumber) const
{
    const Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
    return {row.state,        hasPatch(row),          row.excluded,
            rowProblems(row), nameKey(editedAt(row)), visibleConflicts(row)};
}

void SegmentTableModel::touch(Pending &pending, int row, bool content) const
{
    if (!pending.before.contains(row))
        pending.before.insert(row, snapshot(row));
    bool &flag = pending.touched[row];
    flag = flag || content;
}

void SegmentTableModel::addToCounts(Counts &counts, RowState state, bool patch, bool excluded,
                                    int sign)
{
    if (patch)
        counts.modified += sign;
    if (excluded)
        counts.excluded += sign;
    switch (state) {
    case RowState::Invalid:
        counts.invalid += sign;
        break;
    case RowState::Sending:
        counts.sending += sign;
        break;
    case RowState::Updated:
        counts.updated += sign;
        break;
    case RowState::Warned:
        counts.warned += sign;
        break;
    case RowState::Failed:
        counts.failed += sign;
        break;
    case RowState::NotSent:
        counts.notSent += sign;
        break;
    case RowState::Unknown:
        counts.unknown += sign;
        break;
    case RowState::Conflict:
        counts.conflicts += sign;
        break;
    case RowState::Unchanged:
    case RowState::Modified:
        break;
    }
}

// Derives everything for the rows an operation touched: the name index, patch fields (already
// stored), validation of the touched rows and of the rows whose name starts or stops colliding,
// state, counts; then one dataChanged per run of adjacent rows, countsChanged and problemsChanged
// when they changed.
void SegmentTableModel::commit(Pending &pending, bool contentRolesChanged,
                               const QList<int> &extraRoles)
{
    // Name index, for every row whose edited name moved.
    QList<int> toValidate;
    for (auto it = pending.touched.cbegin(); it != pending.touched.cend(); ++it) {
        const int row = it.key();
        const NameKey oldKey = pending.before.value(row).nameKey;
        const NameKey newKey = nameKey(editedAt(m_rows[static_cast<std::size_t>(row)]));
        if (oldKey != newKey) {
            unindexName(oldKey, row);
            indexName(newKey, row);
            pending.keysToCheck.insert(oldKey);
            pending.keysToCheck.insert(newKey);
        }
        if (it.value())
            toValidate.append(row);
    }
    // Rows sharing a name that changed hands: they collide now or collided before.
    QSet<int> validating(toValidate.cbegin(), toValidate.cend());
    for (const NameKey &key : std::as_const(pending.keysToCheck)) {
        if (key.isNull())
            continue;
        const QVarLengthArray<int, 1> rows = m_rowsByName.value(key);
        for (const int row : rows) {
            if (validating.contains(row))
                continue;
            validating.insert(row);
            toValidate.append(row);
            if (!pending.before.contains(row))
                pending.before.insert(row, snapshot(row));
        }
    }
    for (const int row : std::as_const(toValidate))
        validate(row);

    const Counts oldCounts = m_counts;
    bool problemsTouched = false;
    QList<int> contentRows;
    QList<int> stateRows;
    QList<int> revalidatedRows;
    for (auto it = pending.before.cbegin(); it != pending.before.cend(); ++it) {
        const int rowNumber = it.key();
        const Snapshot &was = it.value();
        Row &row = m_rows[static_cast<std::size_t>(rowNumber)];

        // Counts: take out what the row counted for, put in what it counts for now.
        row.state = computeState(row);
        const bool patch = hasPatch(row);
        addToCounts(m_counts, was.state, was.hasPatch, was.excluded, -1);
        addToCounts(m_counts, row.state, patch, row.excluded, +1);
        const ProblemList problems = rowProblems(row);
        if (patch)
            m_patchRows.insert(rowNumber);
        else
            m_patchRows.remove(rowNumber);
        if (problems.isEmpty())
            m_problemRows.remove(rowNumber);
        else
            m_problemRows.insert(rowNumber);
        if (row.state == RowState::Conflict)
            m_conflictRows.insert(rowNumber);
        else
            m_conflictRows.remove(rowNumber);
        releaseDetailIfEmpty(row);

        const bool problemsDiffer = problems != was.problems;
        const bool changed = row.state != was.state || patch != was.hasPatch
                || row.excluded != was.excluded || problemsDiffer
                || visibleConflicts(row) != was.conflicts;
        const auto touched = pending.touched.constFind(rowNumber);
        if (touched != pending.touched.constEnd() && touched.value()) {
            contentRows.append(rowNumber);
            // The panel shows the row's name: it follows any edit of a row with problems.
            problemsTouched = problemsTouched || !problems.isEmpty() || !was.problems.isEmpty();
        } else if (changed) {
            (touched != pending.touched.constEnd() ? stateRows : revalidatedRows).append(rowNumber);
            problemsTouched = problemsTouched || problemsDiffer;
        }
    }

    emitRowsChanged(contentRows, contentRolesChanged ? contentRoles() : stateRoles());
    emitRowsChanged(stateRows, stateRoles() + extraRoles);
    emitRowsChanged(revalidatedRows, stateRoles());
    if (m_counts != oldCounts)
        Q_EMIT countsChanged(m_counts);
    if (problemsTouched)
        Q_EMIT problemsChanged();
}

void SegmentTableModel::emitRowsChanged(QList<int> rows, const QList<int> &roles)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    qsizetype start = 0;
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) == rows.at(i - 1) + 1)
            continue;
        Q_EMIT dataChanged(index(rows.at(start), 0), index(rows.at(i - 1), ColumnCount - 1), roles);
        start = i;
    }
}

// ---- loading

void SegmentTableModel::resetDerived()
{
    m_rows.clear();
    m_rowById.clear();
    m_rowsByName.clear();
    m_patchRows.clear();
    m_problemRows.clear();
    m_conflictRows.clear();
    m_batchProblems.clear();
    m_counts = {};
}

// Appends the segments whose id is new (not loaded, not earlier in the list, not empty).
int SegmentTableModel::appendRows(QList<AudienceSegment> segments)
{
    const std::size_t needed = m_rows.size() + static_cast<std::size_t>(segments.size());
    if (needed > m_rows.capacity()) // geometric growth: pages of 100 must not copy every row
        m_rows.reserve(std::max(needed, 2 * m_rows.capacity()));
    int added = 0;
    for (AudienceSegment &segment : segments) {
        if (segment.id.isEmpty() || m_rowById.contains(segment.id))
            continue;
        const int row = static_cast<int>(m_rows.size());
        const NameKey key = nameKey(segment);
        m_rowById.insert(segment.id, row);
        m_rows.push_back(Row{std::move(segment), nullptr, RowState::Unchanged, false});
        indexName(key, row);
        ++added;
    }
    m_counts.loaded = static_cast<int>(m_rows.size());
    return added;
}

void SegmentTableModel::setSegments(QList<AudienceSegment> segments)
{
    beginResetModel();
    resetDerived();
    m_rows.reserve(static_cast<std::size_t>(segments.size()));
    m_rowById.reserve(segments.size());
    appendRows(std::move(segments));
    endResetModel();
    Q_EMIT countsChanged(m_counts);
    Q_EMIT problemsChanged();
}

void SegmentTableModel::setWorkingSet(const QList<WorkingSetEntry> &entries)
{
    beginResetModel();
    resetDerived();
    QList<AudienceSegment> originals;
    originals.reserve(entries.size());
    for (const WorkingSetEntry &entry : entries)
        originals.append(entry.original);
    m_rows.reserve(static_cast<std::size_t>(originals.size()));
    m_rowById.reserve(originals.size());
    appendRows(std::move(originals));

    // Edits first (the name index must hold every edited name before anything is validated).
    QList<int> edited;
    QSet<int> applied;
    for (const WorkingSetEntry &entry : entries) {
        const int rowNumber = rowForId(entry.original.id);
        if (rowNumber < 0 || applied.contains(rowNumber))
            continue; // a later duplicate of the id
        applied.insert(rowNumber);
        Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
        row.excluded = entry.excluded;
        if (entry.edited) {
            unindexName(nameKey(row.original), rowNumber);
            storeEdited(row, *entry.edited);
            indexName(nameKey(editedAt(row)), rowNumber);
            edited.append(rowNumber);
        }
        if (entry.conflictBase) {
            RowDetail &d = detailOf(row);
            d.conflictBase = *entry.conflictBase;
            d.conflictBase->id = row.original.id;
            d.conflictFields = !entry.conflictFields.isEmpty()
                    ? entry.conflictFields
                    : SegmentConflicts::conflictingFields(*d.conflictBase, editedAt(row),
                                                          row.original);
            if (d.conflictFields.isEmpty())
                d.conflictBase.reset();
        }
        if (entry.outcome) {
            RowDetail &d = detailOf(row);
            d.outcome = entry.outcome->status;
            d.outcomeVersion = editedAt(row);
            d.sendProblems = entry.outcome->problems;
            for (Problem &p : d.sendProblems)
                if (p.segmentId.isEmpty())
                    p.segmentId = row.original.id;
        }
    }
    for (const int row : std::as_const(edited))
        validate(row);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        releaseDetailIfEmpty(row);
        if (!row.detail && !row.excluded)
            continue;
        row.state = computeState(row);
        addToCounts(m_counts, row.state, hasPatch(row), row.excluded, +1);
        if (hasPatch(row))
            m_patchRows.insert(static_cast<int>(i));
        if (!rowProblems(row).isEmpty())
            m_problemRows.insert(static_cast<int>(i));
        if (row.state == RowState::Conflict)
            m_conflictRows.insert(static_cast<int>(i));
    }
    endResetModel();
    Q_EMIT countsChanged(m_counts);
    Q_EMIT problemsChanged();
}

QList<WorkingSetEntry> SegmentTableModel::workingSetEntries() const
{
    QList<WorkingSetEntry> entries;
    entries.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        entries.append(workingSetEntry(row));
    return entries;
}

WorkingSetEntry SegmentTableModel::workingSetEntry(int rowNumber) const
{
    const Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
    WorkingSetEntry entry;
    entry.original = row.original;
    entry.excluded = row.excluded;
    if (row.detail) {
        const RowDetail &d = *row.detail;
        entry.edited = d.edited;
        if (d.conflictBase) {
            entry.conflictBase = d.conflictBase;
            entry.conflictFields = d.conflictFields;
        }
        // A send in flight is saved as Unknown: if the program stops before the answer,
        // the reopened set must say "reload to find out", not "not sent".
        if (d.sending) {
            SegmentOutcome outcome;
            outcome.segmentId = row.original.id;
            outcome.status = SegmentOutcome::Status::Unknown;
            entry.outcome = outcome;
        } else if (d.outcome && outcomeApplies(row)) {
            SegmentOutcome outcome;
            outcome.segmentId = row.original.id;
            outcome.status = *d.outcome;
            outcome.problems = d.sendProblems;
            entry.outcome = outcome;
        }
    }
    return entry;
}

void SegmentTableModel::appendSegments(QList<AudienceSegment> segments)
{
    // The rows to insert must be known before beginInsertRows().
    QSet<QString> seen;
    QList<AudienceSegment> fresh;
    fresh.reserve(segments.size());
    for (AudienceSegment &s : segments) {
        if (s.id.isEmpty() || m_rowById.contains(s.id) || seen.contains(s.id))
            continue;
        seen.insert(s.id);
        fresh.append(std::move(s));
    }
    if (fresh.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    appendRows(std::move(fresh));
    endInsertRows();

    // A new page can bring a name an earlier row was just given.
    Pending pending;
    for (int row = first; row < rowCount(); ++row) {
        const NameKey key = nameKey(m_rows[static_cast<std::size_t>(row)].original);
        if (!key.isNull() && m_rowsByName.value(key).size() > 1)
            pending.keysToCheck.insert(key);
    }
    commit(pending, false);
    Q_EMIT countsChanged(m_counts);
}

// ---- edits

void SegmentTableModel::setEdited(const QString &id, const AudienceSegment &edited)
{
    AudienceSegment e = edited;
    e.id = id;
    setEdited(QList<AudienceSegment>{e});
}

void SegmentTableModel::setEdited(const QList<AudienceSegment> &edited)
{
    Pending pending;
    for (const AudienceSegment &segment : edited) {
        const int rowNumber = rowForId(segment.id);
        if (rowNumber < 0)
            continue;
        Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
        AudienceSegment e = segment;
        keepReadOnly(row.original, e);
        if (e == editedAt(row))
            continue;
        touch(pending, rowNumber, true);
        storeEdited(row, std::move(e));
    }
    if (!pending.touched.isEmpty())
        commit(pending, true);
}

int SegmentTableModel::revert(const QStringList &ids)
{
    return m_editor ? m_editor->revert(ids) : 0;
}

// ---- the send

void SegmentTableModel::setSending(const QStringList &ids)
{
    Pending pending;
    for (const QString &id : ids) {
        const int rowNumber = rowForId(id);
        if (rowNumber < 0)
            continue;
        Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
        touch(pending, rowNumber, false);
        RowDetail &d = detailOf(row);
        d.outcomeVersion = editedAt(row);
        d.sending = true;
        d.outcome.reset();
        d.sendProblems.clear();
    }
    if (!pending.touched.isEmpty())
        commit(pending, false);
}

void SegmentTableModel::applyOutcomes(const QList<SegmentOutcome> &outcomes)
{
    using Status = SegmentOutcome::Status;
    Pending pending;
    for (const SegmentOutcome &outcome : outcomes) {
        const int rowNumber = rowForId(outcome.segmentId);
        if (rowNumber < 0)
            continue;
        Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
        const bool updated = outcome.status == Status::Updated || outcome.status == Status::Warned;
        touch(pending, rowNumber, updated);

        RowDetail &d = detailOf(row);
        const AudienceSegment current = editedAt(row);
        const AudienceSegment sent = d.outcomeVersion.value_or(current);
        d.sending = false;
        d.outcome = outcome.status;
        d.sendProblems = outcome.problems;
        for (Problem &p : d.sendProblems)
            if (p.segmentId.isEmpty())
                p.segmentId = row.original.id;

        if (updated) {
            // The server's answer is the new original. What the user typed while the send was
            // under way stays on top of it as an edit.
            AudienceSegment server = outcome.entity.value_or(sent);
            server.id = row.original.id;
            if (!outcome.entity) {
                server.createdAt = row.original.createdAt;
                server.updatedAt = row.original.updatedAt;
            }
            row.original = server;
            storeEdited(row, current == sent ? server : current);
            d.outcomeVersion = server;
        } else {
            d.outcomeVersion = sent;
        }
    }
    if (!pending.touched.isEmpty())
        commit(pending, true);
}

void SegmentTableModel::addBatchProblems(const ProblemList &problems)
{
    if (problems.isEmpty())
        return;
    m_batchProblems += problems;
    Q_EMIT problemsChanged();
}

void SegmentTableModel::clearBatchProblems()
{
    if (m_batchProblems.isEmpty())
        return;
    m_batchProblems.clear();
    Q_EMIT problemsChanged();
}

void SegmentTableModel::replaceOriginals(const QList<AudienceSegment> &segments)
{
    Pending pending;
    QHash<QString, QPair<AudienceSegment, AudienceSegment>> reloaded;
    for (const AudienceSegment &segment : segments) {
        const int rowNumber = rowForId(segment.id);
        if (rowNumber < 0)
            continue;
        Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
        touch(pending, rowNumber, true);
        const AudienceSegment oldEdited = editedAt(row);
        const QStringList fields = row.detail ? row.detail->changedFields : QStringList();

        // Carry the user's changed fields over to the new original; the rest follows the server.
        AudienceSegment rebased = segment;
        for (const QString &field : fields) {
            if (!SegmentFields::copyField(oldEdited, rebased, field)) {
                rebased = oldEdited; // a field we cannot move alone: keep the edit whole
                break;
            }
        }
        if (row.original != segment && !reloaded.contains(segment.id))
            reloaded.insert(segment.id, {row.original, segment});
        row.original = segment;
        storeEdited(row, rebased);
        clearConflict(row);
        if (row.detail && !row.detail->sending) {
            row.detail->outcome.reset();
            row.detail->outcomeVersion.reset();
            row.detail->sendProblems.clear();
        }
    }
    if (!pending.touched.isEmpty())
        commit(pending, true);
    if (m_editor && !reloaded.isEmpty())
        m_editor->carryHistoryOver(reloaded);
}

QStringList SegmentTableModel::checkServerVersions(const QList<AudienceSegment> &server,
                                                   bool keepMine)
{
    Pending pending;
    QHash<QString, QPair<AudienceSegment, AudienceSegment>> reloaded;
    QSet<int> checked;
    for (const AudienceSegment &copy : server) {
        const int rowNumber = rowForId(copy.id);
        if (rowNumber < 0 || checked.contains(rowNumber))
            continue; // not loaded, or a later duplicate
        checked.insert(rowNumber);
        Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
        if (keepMine && row.detail && row.detail->conflictBase) {
            touch(pending, rowNumber, false);
            clearConflict(row);
        }
        if (!SegmentConflicts::serverChanged(row.original, copy))
            continue;
        touch(pending, rowNumber, true);

        const AudienceSegment base = row.original;
        const AudienceSegment mine = editedAt(row);
        const bool patch = hasPatch(row);
        const QStringList conflicts = patch && !keepMine
                ? SegmentConflicts::conflictingFields(base, mine, copy)
                : QStringList();
        if (!conflicts.isEmpty()) {
            RowDetail &d = detailOf(row);
            // A row already in conflict keeps the version the user started from; a field that
            // conflicts only now started from the copy this check replaces.
            const bool had = d.conflictBase.has_value();
            if (!had) {
                d.conflictBase = base;
                d.conflictFields.clear();
            }
            for (const QString &field : conflicts) {
                if (d.conflictFields.contains(field))
                    continue;
                if (had)
                    SegmentFields::copyField(base, *d.conflictBase, field);
                d.conflictFields.append(field);
            }
        }
        row.original = copy;
        storeEdited(row, patch ? SegmentConflicts::rebase(base, mine, copy) : copy);
        if (row.detail && !row.detail->sending) {
            row.detail->outcome.reset();
            row.detail->outcomeVersion.reset();
            row.detail->sendProblems.clear();
        }
        reloaded.insert(copy.id, {base, copy});
    }
    if (!pending.touched.isEmpty())
        commit(pending, true);
    if (m_editor && !reloaded.isEmpty())
        m_editor->carryHistoryOver(reloaded);

    QList<int> rows(checked.cbegin(), checked.cend());
    std::sort(rows.begin(), rows.end());
    QStringList inConflict;
    for (const int rowNumber : std::as_const(rows)) {
        const Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
        if (row.state == RowState::Conflict)
            inConflict.append(row.original.id);
    }
    return inConflict;
}

void SegmentTableModel::setConflictSteps(const QList<ConflictStep> &steps, bool resolved)
{
    Pending pending;
    for (const ConflictStep &step : steps) {
        const int rowNumber = rowForId(step.id);
        if (rowNumber < 0)
            continue;
        Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
        AudienceSegment e = step.edited;
        keepReadOnly(row.original, e);
        const bool content = e != editedAt(row);
        touch(pending, rowNumber, content);
        if (content)
            storeEdited(row, std::move(e));
        RowDetail &d = detailOf(row);
        if (resolved) {
            for (const QString &field : step.fields)
                d.conflictFields.removeAll(field);
            if (d.conflictFields.isEmpty())
                clearConflict(row);
        } else {
            // An undo: the fields are in conflict again, from the values they started from.
            if (!d.conflictBase) {
                d.conflictBase = step.base;
                d.conflictFields.clear();
            }
            for (const QString &field : step.fields) {
                if (d.conflictFields.contains(field))
                    continue;
                SegmentFields::copyField(step.base, *d.conflictBase, field);
                d.conflictFields.append(field);
            }
        }
    }
    if (!pending.touched.isEmpty())
        commit(pending, true);
}

void SegmentTableModel::setExcluded(const QStringList &ids, bool excluded)
{
    Pending pending;
    for (const QString &id : ids) {
        const int rowNumber = rowForId(id);
        if (rowNumber < 0 || m_rows[static_cast<std::size_t>(rowNumber)].excluded == excluded)
            continue;
        touch(pending, rowNumber, false);
        m_rows[static_cast<std::size_t>(rowNumber)].excluded = excluded;
    }
    if (!pending.touched.isEmpty())
        commit(pending, false, {ExcludedRole});
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

// ---- views of the whole set

SegmentTableModel::Change SegmentTableModel::changeAt(int rowNumber) const
{
    const Row &row = m_rows[static_cast<std::size_t>(rowNumber)];
    Change change;
    change.id = row.original.id;
    change.original = row.original;
    change.edited = editedAt(row);
    change.changedFields = row.detail ? row.detail->changedFields : QStringList();
    change.state = row.state;
    change.excluded = row.excluded;
    return change;
}

QList<SegmentTableModel::Change> SegmentTableModel::changes() const
{
    QList<int> rows(m_patchRows.cbegin(), m_patchRows.cend());
    std::sort(rows.begin(), rows.end());
    QList<Change> result;
    result.reserve(rows.size());
    for (const int row : std::as_const(rows))
        result.append(changeAt(row));
    return result;
}

QList<SegmentTableModel::Change> SegmentTableModel::sendableChanges() const
{
    QList<Change> result = changes();
    result.erase(std::remove_if(result.begin(), result.end(),
                                [](const Change &c) {
                                    return c.excluded || c.state == RowState::Invalid
                                            || c.state == RowState::Sending
                                            || c.state == RowState::Conflict;
                                }),
                 result.end());
    return result;
}

ProblemList SegmentTableModel::problems() const
{
    QList<int> rows(m_problemRows.cbegin(), m_problemRows.cend());
    std::sort(rows.begin(), rows.end());
    ProblemList result;
    for (const int row : std::as_const(rows))
        result += rowProblems(m_rows[static_cast<std::size_t>(row)]);
    return result;
}
