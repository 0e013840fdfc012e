// New, duplicated and deleted segments in the model: states, counts, undo, names, validation and
// the working set that keeps them.
#include "SampleSegments.h"
#include "SegmentEditor.h"
#include "SegmentTableModel.h"
#include "WorkingSet.h"

#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using State = SegmentTableModel::RowState;

class TestSegmentLifecycle : public QObject
{
    Q_OBJECT

    SegmentTableModel *m_model = nullptr;
    QUndoStack *m_stack = nullptr;
    SegmentEditor *m_editor = nullptr;

    AudienceSegment location(const QString &name) const
    {
        AudienceSegment s
                = SegmentEditor::blankSegment(QStringLiteral("7"), SegmentType::Location, name);
        PointOfInterest poi;
        poi.name = QStringLiteral("Lyon");
        poi.latitude = 45.76;
        poi.longitude = 4.86;
        s.location->pointsOfInterest = {poi};
        return s;
    }

private Q_SLOTS:
    void init()
    {
        m_model = new SegmentTableModel(this);
        m_stack = new QUndoStack(this);
        m_editor = new SegmentEditor(m_model, m_stack, this);
        QList<AudienceSegment> loaded;
        for (const SegmentType type : {SegmentType::Location, SegmentType::InMarket}) {
            AudienceSegment s = SampleSegments::of(type);
            s.advertiserId = QStringLiteral("7");
            loaded.append(s);
        }
        m_model->setSegments(loaded);
    }
    void cleanup()
    {
        delete m_editor;
        delete m_stack;
        delete m_model;
    }

    void newSegmentIsARowUntilUndone()
    {
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        QSignalSpy counted(m_model, &SegmentTableModel::countsChanged);
        const QStringList ids = m_editor->createSegments({location(QStringLiteral("Stores"))});
        QCOMPARE(ids, QStringList{QStringLiteral("new-1")});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(counted.size(), 1); // the status bar follows
        QCOMPARE(counted.last().at(0).value<SegmentTableModel::Counts>().toCreate, 1);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->state(ids.first()), State::New);
        QCOMPARE(m_model->lifecycle(ids.first()), SegmentLifecycle::New);
        QCOMPARE(m_model->counts().toCreate, 1);
        QCOMPARE(m_model->counts().modified, 1);
        QCOMPARE(m_model->index(2, SegmentTableModel::IdColumn).data().toString(),
                 SegmentTableModel::tr("(new)", "id of a segment not created yet"));
        QCOMPARE(m_model->changes().first().lifecycle, SegmentLifecycle::New);
        QCOMPARE(m_stack->undoText(),
                 SegmentEditor::tr("New segment “%1”").arg(QStringLiteral("Stores")));
        // Reverting has nothing to go back to.
        QCOMPARE(m_editor->revert(ids), 0);

        m_stack->undo();
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->counts().toCreate, 0);
        QCOMPARE(m_model->counts().modified, 0);
        m_stack->redo();
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->state(QStringLiteral("new-1")), State::New);
        // The next id is never one in use.
        QCOMPARE(m_editor->createSegments({location(QStringLiteral("More"))}),
                 QStringList{QStringLiteral("new-2")});
    }

    void newSegmentIsValidatedWithTheCreateRules()
    {
        AudienceSegment empty = SegmentEditor::blankSegment(QStringLiteral("7"),
                                                            SegmentType::Location, QString());
        const QString id = m_editor->createSegments({empty}).value(0);
        QCOMPARE(m_model->state(id), State::Invalid);
        QStringList fields;
        for (const Problem &p : m_model->problems(id))
            fields.append(p.field);
        QVERIFY(fields.contains(QStringLiteral("attributes/name")));
        QVERIFY(fields.contains(QStringLiteral("attributes/location/pointsOfInterest")));
        QVERIFY(m_model->sendableChanges().isEmpty());
        // Filled in through the editor like any edit.
        m_editor->editSegment(id, location(QStringLiteral("Stores")));
        QCOMPARE(m_model->state(id), State::New);
        QCOMPARE(m_model->sendableChanges().size(), 1);
        // A name another segment of the advertiser has is refused here already.
        AudienceSegment clash = location(*m_model->original(m_model->idAt(0))->name);
        m_editor->editSegment(id, clash);
        QCOMPARE(m_model->state(id), State::Invalid);
    }

    void duplicateGetsUniqueNames()
    {
        const QString source = m_model->idAt(0);
        const QString name = *m_model->original(source)->name;
        const QStringList first = m_editor->duplicateSegments({source});
        QCOMPARE(m_model->edited(first.value(0))->name, QStringLiteral("%1 (copy)").arg(name));
        const QStringList second = m_editor->duplicateSegments({source, source});
        QCOMPARE(second.size(), 1); // the same segment twice is copied once
        QCOMPARE(m_model->edited(second.value(0))->name, QStringLiteral("%1 (copy 2)").arg(name));
        // The copy is the segment's edited version, with its own identity.
        const AudienceSegment copy = *m_model->edited(first.value(0));
        QCOMPARE(copy.location, m_model->edited(source)->location);
        QVERIFY(!copy.createdAt);
        QCOMPARE(m_model->state(first.value(0)), State::New);
        // Contact lists and behavioral segments are not created here.
        AudienceSegment list = SampleSegments::of(SegmentType::ContactList);
        list.advertiserId = QStringLiteral("7");
        m_model->appendSegments({list});
        QVERIFY(m_editor->duplicateSegments({list.id}).isEmpty());
    }

    void deleteMarksUntilSentAndUndoKeeps()
    {
        const QString id = m_model->idAt(1);
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        QCOMPARE(m_editor->setDeleted({id}, true), 1);
        QCOMPARE(m_model->state(id), State::ToDelete);
        QCOMPARE(m_model->counts().toDelete, 1);
        QVERIFY(m_model->index(1, 0).data(Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(removed.size(), 0); // the row stays until the server confirms
        QCOMPARE(m_model->changes().first().lifecycle, SegmentLifecycle::ToDelete);
        m_stack->undo();
        QCOMPARE(m_model->state(id), State::Unchanged);
        QCOMPARE(m_model->counts().toDelete, 0);
        m_stack->redo();
        // Delete again keeps it (the window's toggle), undoable too.
        QCOMPARE(m_editor->setDeleted({id}, false), 1);
        QCOMPARE(m_model->lifecycle(id), SegmentLifecycle::Existing);
    }

    void deletingANewRowTakesItAway()
    {
        const QString fresh
                = m_editor->createSegments({location(QStringLiteral("Stores"))}).value(0);
        const QString old = m_model->idAt(0);
        QCOMPARE(m_editor->setDeleted({fresh, old}, true), 2);
        QVERIFY(!m_model->contains(fresh));
        QCOMPARE(m_model->state(old), State::ToDelete);
        m_stack->undo(); // one step for both
        QVERIFY(m_model->contains(fresh));
        QCOMPARE(m_model->edited(fresh)->name, QStringLiteral("Stores"));
        QCOMPARE(m_model->state(old), State::Unchanged);
    }

    void aDeletedNameIsFreeForANewSegment()
    {
        const QString old = m_model->idAt(0);
        const QString name = *m_model->original(old)->name;
        const QString fresh = m_editor->createSegments({location(name)}).value(0);
        QCOMPARE(m_model->state(fresh), State::Invalid);
        m_editor->setDeleted({old}, true);
        QCOMPARE(m_model->state(fresh), State::New);
    }

    void workingSetKeepsTheLifecycle()
    {
        const QString fresh
                = m_editor->createSegments({location(QStringLiteral("Stores"))}).value(0);
        const QString old = m_model->idAt(1);
        m_editor->setDeleted({old}, true);
        WorkingSet set;
        set.segments = m_model->workingSetEntries();
        QString error;
        const auto back = WorkingSet::fromJson(set.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        SegmentTableModel reopened;
        reopened.setWorkingSet(back->segments);
        QCOMPARE(reopened.rowCount(), 3);
        QCOMPARE(reopened.state(fresh), State::New);
        QCOMPARE(reopened.edited(fresh)->location, m_model->edited(fresh)->location);
        QCOMPARE(reopened.state(old), State::ToDelete);
        QCOMPARE(reopened.counts().toCreate, 1);
        QCOMPARE(reopened.counts().toDelete, 1);
        // A file that says something else is refused with the path.
        QByteArray broken = set.toJson().replace("\"create\"", "\"explode\"");
        QVERIFY(!WorkingSet::fromJson(broken, &error));
        QVERIFY2(error.contains(QStringLiteral("pending")), qPrintable(error));
    }
};

QTEST_MAIN(TestSegmentLifecycle)
#include "tst_segmentlifecycle.moc"
