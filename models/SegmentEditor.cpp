#include "SegmentEditor.h"

#include "ConflictResolutionCommand.h"
#include "ExclusionCommand.h"
#include "SegmentEditCommand.h"
#include "SegmentFields.h"
#include "SegmentTableModel.h"

#include <QUndoStack>

namespace {

// How a segment is named in an undo text: its name, or its id when it has none.
QString displayName(const AudienceSegment &segment)
{
    const QString name = segment.name.value_or(QString()).trimmed();
    return name.isEmpty() ? segment.id : name;
}

} // namespace

SegmentEditor::SegmentEditor(SegmentTableModel *model, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_undoStack(undoStack)
{
    Q_ASSERT(model && undoStack);
    model->setEditor(this);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_undoStack)
            m_undoStack->clear();
        endEditSession();
    });
}

SegmentEditor::~SegmentEditor()
{
    if (m_model && m_model->editor() == this)
        m_model->setEditor(nullptr);
}

SegmentTableModel *SegmentEditor::model() const
{
    return m_model;
}

QUndoStack *SegmentEditor::undoStack() const
{
    return m_undoStack;
}

bool SegmentEditor::canEdit(const QString &id) const
{
    if (!m_model || !m_undoStack)
        return false;
    const auto original = m_model->original(id);
    return original && original->type != SegmentType::Unknown;
}

bool SegmentEditor::editSegment(const QString &id, const AudienceSegment &newEdited,
                                const QString &fieldPath)
{
    if (!canEdit(id))
        return false;
    const AudienceSegment before = *m_model->edited(id);
    AudienceSegment after = newEdited;
    after.id = id;
    after.advertiserId = before.advertiserId;
    after.type = before.type;
    after.createdAt = before.createdAt;
    after.updatedAt = before.updatedAt;
    if (after == before)
        return true;

    QString text;
    const QString name = displayName(before);
    if (fieldPath == QLatin1String("attributes/name"))
        text = tr("Edit name of “%1”").arg(name);
    else if (fieldPath == QLatin1String("attributes/description"))
        text = tr("Edit description of “%1”").arg(name);
    else if (!fieldPath.isEmpty())
        text = tr("Edit “%1”: %2", "segment name: field label")
                       .arg(name, SegmentFields::fieldLabel(fieldPath));
    else
        text = tr("Edit “%1”").arg(name);

    auto *command = new SegmentEditCommand(m_model, {{id, before, after}}, text);
    if (!fieldPath.isEmpty())
        command->setMergeKey(fieldPath, m_session);
    m_undoStack->push(command);
    return true;
}

int SegmentEditor::editSegments(const QList<AudienceSegment> &newEdited, const QString &text)
{
    if (!m_model || !m_undoStack)
        return 0;
    QList<SegmentEditCommand::Change> changes;
    QSet<QString> seen;
    for (const AudienceSegment &segment : newEdited) {
        if (!canEdit(segment.id) || seen.contains(segment.id))
            continue;
        seen.insert(segment.id);
        const AudienceSegment before = *m_model->edited(segment.id);
        AudienceSegment after = segment;
        after.advertiserId = before.advertiserId;
        after.type = before.type;
        after.createdAt = before.createdAt;
        after.updatedAt = before.updatedAt;
        if (after == before)
            continue;
        changes.append({segment.id, before, after});
    }
    if (changes.isEmpty())
        return 0;
    const int count = static_cast<int>(changes.size());
    QString stepText = text;
    if (stepText.isEmpty())
        stepText = count == 1 ? tr("Edit “%1”").arg(displayName(changes.constFirst().before))
                              : tr("Edit %n segments", nullptr, count);
    m_undoStack->push(new SegmentEditCommand(m_model, std::move(changes), stepText));
    endEditSession();
    return count;
}

int SegmentEditor::revert(const QStringList &ids)
{
    if (!m_model || !m_undoStack)
        return 0;
    QList<SegmentEditCommand::Change> changes;
    QSet<QString> seen;
    for (const QString &id : ids) {
        // A new row has nothing to go back to: deleting it takes it away.
        if (!canEdit(id) || seen.contains(id) || m_model->lifecycle(id) == SegmentLifecycle::New)
            continue;
        seen.insert(id);
        const AudienceSegment before = *m_model->edited(id);
        const AudienceSegment original = *m_model->original(id);
        if (before != original)
            changes.append({id, before, original});
    }
    if (changes.isEmpty())
        return 0;
    const int count = static_cast<int>(changes.size());
    const QString text = count == 1
            ? tr("Revert “%1”").arg(displayName(changes.constFirst().before))
            : tr("Revert %n segments", nullptr, count);
    m_undoStack->push(new SegmentEditCommand(m_model, std::move(changes), text));
    endEditSession();
    return count;
}

bool SegmentEditor::revertField(const QString &id, const QString &fieldPath)
{
    if (!canEdit(id))
        return false;
    const AudienceSegment before = *m_model->edited(id);
    AudienceSegment after = before;
    if (!SegmentFields::copyField(*m_model->original(id), after, fieldPath))
        return false;
    if (after == before)
        return true;
    const QString text = tr("Revert “%1”: %2", "segment name: field label")
                                 .arg(displayName(before), SegmentFields::fieldLabel(fieldPath));
    m_undoStack->push(new SegmentEditCommand(m_model, {{id, before, after}}, text));
    endEditSession();
    return true;
}

bool SegmentEditor::resolveConflict(const QString &id, const QString &fieldPath,
                                    Resolution resolution)
{
    if (!canEdit(id) || !m_model->conflictFields(id).contains(fieldPath))
        return false;
    const AudienceSegment before = *m_model->edited(id);
    AudienceSegment after = before;
    if (resolution == Resolution::TakeServer
        && !SegmentFields::copyField(*m_model->original(id), after, fieldPath))
        return false;
    const QString name = displayName(before);
    const QString label = SegmentFields::fieldLabel(fieldPath);
    const QString text = resolution == Resolution::TakeServer
            ? tr("Take the server’s %1 for “%2”", "field label, segment name").arg(label, name)
            : tr("Keep your %1 for “%2”", "field label, segment name").arg(label, name);
    m_undoStack->push(new ConflictResolutionCommand(
            m_model, {{id, before, after}}, {{{fieldPath}, *m_model->conflictBase(id)}}, text));
    endEditSession();
    return true;
}

int SegmentEditor::resolveAllConflicts(const QStringList &ids, Resolution resolution)
{
    if (!m_model || !m_undoStack)
        return 0;
    QList<SegmentEditCommand::Change> changes;
    QList<ConflictResolutionCommand::Resolved> resolved;
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (!canEdit(id) || seen.contains(id))
            continue;
        seen.insert(id);
        const QStringList fields = m_model->conflictFields(id);
        if (fields.isEmpty())
            continue;
        const AudienceSegment before = *m_model->edited(id);
        AudienceSegment after = before;
        if (resolution == Resolution::TakeServer) {
            const AudienceSegment server = *m_model->original(id);
            for (const QString &field : fields)
                SegmentFields::copyField(server, after, field);
        }
        changes.append({id, before, after});
        resolved.append({fields, *m_model->conflictBase(id)});
    }
    if (changes.isEmpty())
        return 0;
    const int count = static_cast<int>(changes.size());
    QString text;
    if (resolution == Resolution::TakeServer)
        text = count == 1 ? tr("Take the server’s values for “%1”")
                                    .arg(displayName(changes.constFirst().before))
                          : tr("Take the server’s values for %n segments", nullptr, count);
    else
        text = count == 1
                ? tr("Keep your values for “%1”").arg(displayName(changes.constFirst().before))
                : tr("Keep your values for %n segments", nullptr, count);
    m_undoStack->push(
            new ConflictResolutionCommand(m_model, std::move(changes), std::move(resolved), text));
    endEditSession();
    return count;
}

int SegmentEditor::setExcluded(const QStringList &ids, bool excluded)
{
    if (!m_model || !m_undoStack)
        return 0;
    QStringList changed;
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (!m_model->contains(id) || seen.contains(id))
            continue;
        seen.insert(id);
        if (m_model->isExcluded(id) != excluded)
            changed.append(id);
    }
    if (changed.isEmpty())
        return 0;
    const int count = static_cast<int>(changed.size());
    QString text;
    if (count == 1) {
        const QString name = displayName(*m_model->edited(changed.constFirst()));
        text = excluded ? tr("Exclude “%1” from the send").arg(name)
                        : tr("Include “%1” in the send again").arg(name);
    } else {
        text = excluded ? tr("Exclude %n segments from the send", nullptr, count)
                        : tr("Include %n segments in the send again", nullptr, count);
    }
    m_undoStack->push(new ExclusionCommand(m_model, changed, excluded, text));
    endEditSession();
    return count;
}

void SegmentEditor::carryHistoryOver(
        const QHash<QString, QPair<AudienceSegment, AudienceSegment>> &reloaded)
{
    if (!m_undoStack)
        return;
    for (int i = 0; i < m_undoStack->count(); ++i) {
        // Commands are created non-const and owned by the stack: changing ours is safe.
        auto *command = dynamic_cast<SegmentEditCommand *>(
                const_cast<QUndoCommand *>(m_undoStack->command(i)));
        if (command)
            command->carryOver(reloaded);
    }
    // The next keystroke must not merge into a step whose versions were just carried over.
    endEditSession();
}

void SegmentEditor::endEditSession()
{
    ++m_session;
}
