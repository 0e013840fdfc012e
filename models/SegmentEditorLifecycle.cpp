// SegmentEditor: new, duplicated and deleted segments (the rest is in SegmentEditor.cpp).

#include "SegmentEditor.h"

#include "LifecycleCommand.h"
#include "SegmentEditCommand.h"
#include "SegmentTableModel.h"

#include <QUndoStack>

namespace {

QString displayName(const AudienceSegment &segment)
{
    const QString name = segment.name.value_or(QString()).trimmed();
    return name.isEmpty() ? segment.id : name;
}

} // namespace

bool SegmentEditor::canCreate(SegmentType type)
{
    switch (type) {
    case SegmentType::InMarket:
    case SegmentType::Location:
    case SegmentType::Prospecting:
    case SegmentType::Retargeting:
    case SegmentType::Lookalike:
        return true;
    case SegmentType::ContactList: // its members come from elsewhere: not an editor's job
    case SegmentType::Behavioral:  // the API has no create for it
    case SegmentType::Unknown:
        break;
    }
    return false;
}

AudienceSegment SegmentEditor::blankSegment(const QString &advertiserId, SegmentType type,
                                            const QString &name)
{
    AudienceSegment segment;
    segment.advertiserId = advertiserId;
    segment.type = type;
    segment.name = name;
    // The sub-object of its type, with the defaults a marketer most often keeps.
    switch (type) {
    case SegmentType::InMarket:
        segment.inMarket = InMarketSettings();
        break;
    case SegmentType::Location:
        segment.location = LocationSettings();
        segment.location->radiusInKm = 5;
        break;
    case SegmentType::Prospecting:
        segment.prospecting = ProspectingSettings();
        segment.prospecting->usersType = UsersType::Prospects;
        break;
    case SegmentType::Retargeting:
        segment.retargeting = RetargetingSettings();
        segment.retargeting->visitorsType = VisitorsType::All;
        segment.retargeting->daysSinceLastVisitMin = 0;
        segment.retargeting->daysSinceLastVisitMax = 30;
        break;
    case SegmentType::Lookalike:
        segment.lookalike = LookalikeSettings();
        break;
    case SegmentType::ContactList:
    case SegmentType::Behavioral:
    case SegmentType::Unknown:
        break;
    }
    return segment;
}

QString SegmentEditor::uniqueCopyName(const QString &advertiserId, const QString &name) const
{
    const QString base = name.trimmed();
    const auto taken = [this, &advertiserId](const QString &candidate) {
        return m_model && m_model->nameCount(advertiserId, candidate) > 0;
    };
    QString candidate = tr("%1 (copy)", "name of a duplicated segment").arg(base);
    for (int n = 2; taken(candidate); ++n)
        candidate = tr("%1 (copy %2)", "name of a duplicated segment, its number").arg(base).arg(n);
    return candidate;
}

QStringList SegmentEditor::createSegments(const QList<AudienceSegment> &segments,
                                          const QString &text)
{
    if (!m_model || !m_undoStack)
        return {};
    QList<AudienceSegment> fresh;
    QStringList ids;
    // Temporary ids, one after the other: nextNewId() looks at the rows already there.
    const QString first = m_model->nextNewId();
    qint64 next = first.mid(4).toLongLong();
    for (AudienceSegment segment : segments) {
        if (!canCreate(segment.type) || segment.advertiserId.isEmpty())
            continue;
        segment.id = QStringLiteral("new-%1").arg(next++);
        segment.createdAt.reset();
        segment.updatedAt.reset();
        ids.append(segment.id);
        fresh.append(segment);
    }
    if (fresh.isEmpty())
        return {};
    QString stepText = text;
    if (stepText.isEmpty())
        stepText = fresh.size() == 1 ? tr("New segment “%1”").arg(displayName(fresh.constFirst()))
                                     : tr("%n new segments", nullptr, int(fresh.size()));
    m_undoStack->push(
            new LifecycleCommand(m_model, LifecycleCommand::Action::Add, fresh, stepText));
    endEditSession();
    return ids;
}

QStringList SegmentEditor::duplicateSegments(const QStringList &ids)
{
    if (!m_model)
        return {};
    QList<AudienceSegment> copies;
    QSet<QString> seen;
    // Names given to earlier copies of this step count as taken too.
    QHash<QString, QSet<QString>> given;
    for (const QString &id : ids) {
        const std::optional<AudienceSegment> edited = m_model->edited(id);
        if (!edited || seen.contains(id) || !canCreate(edited->type))
            continue;
        seen.insert(id);
        AudienceSegment copy = *edited;
        QString name = uniqueCopyName(copy.advertiserId, displayName(copy));
        for (int n = 2; given[copy.advertiserId].contains(name); ++n)
            name = tr("%1 (copy %2)", "name of a duplicated segment, its number")
                           .arg(displayName(copy))
                           .arg(n);
        given[copy.advertiserId].insert(name);
        copy.name = name;
        copies.append(copy);
    }
    if (copies.isEmpty())
        return {};
    const QString text = copies.size() == 1
            ? tr("Duplicate “%1”").arg(displayName(*m_model->edited(*seen.cbegin())))
            : tr("Duplicate %n segments", nullptr, int(copies.size()));
    return createSegments(copies, text);
}

int SegmentEditor::setDeleted(const QStringList &ids, bool deleted)
{
    if (!m_model || !m_undoStack)
        return 0;
    QList<AudienceSegment> newRows; // never sent: deleting them takes them away
    QStringList marked;
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (!m_model->contains(id) || seen.contains(id))
            continue;
        seen.insert(id);
        if (m_model->state(id) == SegmentTableModel::RowState::Sending)
            continue;
        const SegmentLifecycle lifecycle = m_model->lifecycle(id);
        if (deleted && lifecycle == SegmentLifecycle::New)
            newRows.append(*m_model->edited(id));
        else if (deleted && lifecycle == SegmentLifecycle::Existing)
            marked.append(id);
        else if (!deleted && lifecycle == SegmentLifecycle::ToDelete)
            marked.append(id);
    }
    const int count = int(newRows.size() + marked.size());
    if (count == 0)
        return 0;
    QString text;
    if (count == 1) {
        const QString name = displayName(newRows.isEmpty() ? *m_model->edited(marked.constFirst())
                                                           : newRows.constFirst());
        text = deleted ? tr("Delete “%1”").arg(name) : tr("Keep “%1”").arg(name);
    } else {
        text = deleted ? tr("Delete %n segments", nullptr, count)
                       : tr("Keep %n segments", nullptr, count);
    }
    using Action = LifecycleCommand::Action;
    const Action mark = deleted ? Action::Delete : Action::Undelete;
    if (newRows.isEmpty()) {
        m_undoStack->push(new LifecycleCommand(m_model, mark, marked, text));
    } else if (marked.isEmpty()) {
        m_undoStack->push(new LifecycleCommand(m_model, Action::Remove, newRows, text));
    } else {
        auto *step = new QUndoCommand(text);
        new LifecycleCommand(m_model, Action::Remove, newRows, text, step);
        new LifecycleCommand(m_model, mark, marked, text, step);
        m_undoStack->push(step);
    }
    endEditSession();
    return count;
}

void SegmentEditor::renameHistory(const QHash<QString, QString> &ids)
{
    if (!m_undoStack)
        return;
    for (int i = 0; i < m_undoStack->count(); ++i) {
        // Commands are created non-const and owned by the stack: changing ours is safe.
        if (auto *command = dynamic_cast<SegmentEditCommand *>(
                    const_cast<QUndoCommand *>(m_undoStack->command(i))))
            command->renameIds(ids);
    }
    endEditSession();
}
