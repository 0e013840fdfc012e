#include "ModelIcons.h"
#include "SampleSegments.h"
#include "SegmentEditor.h"
#include "SegmentFields.h"
#include "SegmentFilterProxy.h"
#include "SegmentTableModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QColor>
#include <QFile>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <memory>

using RowState = SegmentTableModel::RowState;
using Counts = SegmentTableModel::Counts;
using Resolution = SegmentEditor::Resolution;

namespace {

const QString loc = QStringLiteral("1002"); // row 0: Location "Store visitors", radius 10
const QString ret = QStringLiteral("1004"); // row 1: Retargeting "Cart abandoners"
const QString inm = QStringLiteral("1001"); // row 2: In-market "Sneaker intenders FR"
const QString pro = QStringLiteral("1003"); // row 3: Prospecting

const QString namePath = QStringLiteral("attributes/name");
const QString descriptionPath = QStringLiteral("attributes/description");
const QString radiusPath = QStringLiteral("attributes/location/radiusInKm");
const QString registryPath = QStringLiteral("attributes/location/registryType");

QList<AudienceSegment> loadedSet()
{
    return {SampleSegments::of(SegmentType::Location), SampleSegments::of(SegmentType::Retargeting),
            SampleSegments::of(SegmentType::InMarket),
            SampleSegments::of(SegmentType::Prospecting)};
}

QList<int> contentRoles()
{
    return {Qt::DisplayRole,
            Qt::DecorationRole,
            Qt::ToolTipRole,
            Qt::ForegroundRole,
            Qt::BackgroundRole,
            Qt::FontRole,
            SegmentTableModel::StateRole,
            SegmentTableModel::ProblemsRole,
            SegmentTableModel::SortRole,
            SegmentTableModel::HasChangesRole,
            SegmentTableModel::LifecycleRole,
            Qt::EditRole,
            SegmentTableModel::ChangedFieldsRole};
}

QList<int> stateRoles()
{
    return contentRoles().mid(0, 11);
}

// The row ranges of the dataChanged signals a spy recorded, in row order; each must span every
// column.
QList<QPair<int, int>> ranges(const QSignalSpy &spy)
{
    QList<QPair<int, int>> result;
    for (const QList<QVariant> &args : spy) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        if (topLeft.column() != 0 || bottomRight.column() != SegmentTableModel::ColumnCount - 1)
            return {{-1, -1}};
        result.append({topLeft.row(), bottomRight.row()});
    }
    std::sort(result.begin(), result.end());
    return result;
}

QList<QList<int>> rolesOf(const QSignalSpy &spy)
{
    QList<QList<int>> result;
    for (const QList<QVariant> &args : spy)
        result.append(args.at(2).value<QList<int>>());
    return result;
}

Counts counts(int modified, int conflicts, int invalid = 0)
{
    Counts c;
    c.loaded = 4;
    c.modified = modified;
    c.conflicts = conflicts;
    c.invalid = invalid;
    return c;
}

QStringList ids(const QList<SegmentTableModel::Change> &changes)
{
    QStringList result;
    for (const SegmentTableModel::Change &c : changes)
        result.append(c.id);
    return result;
}

} // namespace

namespace QTest {
template<> char *toString(const Counts &c)
{
    return qstrdup(QStringLiteral("{loaded %1, modified %2, invalid %3, failed %4, warned %5, "
                                  "sending %6, unknown %7, notSent %8, updated %9, excluded %10, "
                                  "conflicts %11}")
                           .arg(c.loaded)
                           .arg(c.modified)
                           .arg(c.invalid)
                           .arg(c.failed)
                           .arg(c.warned)
                           .arg(c.sending)
                           .arg(c.unknown)
                           .arg(c.notSent)
                           .arg(c.updated)
                           .arg(c.excluded)
                           .arg(c.conflicts)
                           .toUtf8()
                           .constData());
}
} // namespace QTest

// Before a send the edited segments are reloaded: a server copy that changed since the user
// loaded it is never overwritten silently. Fields only the server changed follow the server;
// fields both changed put the row in Conflict, with three values per field, until the user keeps
// theirs or takes the server's (undoable), per field or for all.
class TestSegmentConflictRows : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SegmentTableModel> model;
    std::unique_ptr<QUndoStack> stack;
    std::unique_ptr<SegmentEditor> editor;
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::unique_ptr<SegmentFilterProxy> proxy;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;

    QVariant cell(const QString &id, int column, int role = Qt::DisplayRole) const
    {
        return model->indexForId(id, column).data(role);
    }
    bool edit(const QString &id, const QString &path,
              const std::function<void(AudienceSegment &)> &change)
    {
        AudienceSegment e = *model->edited(id);
        change(e);
        editor->endEditSession();
        return editor->editSegment(id, e, path);
    }
    bool rename(const QString &id, const QString &name)
    {
        return edit(id, namePath, [&](AudienceSegment &e) { e.name = name; });
    }
    bool setRadius(qint64 radius)
    {
        return edit(loc, radiusPath, [&](AudienceSegment &e) { e.location->radiusInKm = radius; });
    }
    // The server's current copy: the loaded original with a later timestamp.
    AudienceSegment serverCopy(const QString &id) const
    {
        AudienceSegment s = *model->original(id);
        s.updatedAt = SampleSegments::utc(2025, 6, 1, 10, 0);
        return s;
    }
    QString editedName(const QString &id) const
    {
        return model->edited(id)->name.value_or(QString());
    }
    qint64 editedRadius() const { return model->edited(loc)->location->radiusInKm.value_or(-1); }

    // 1002: name and radius changed by both, to different values; the server also changed the
    // description, which the user did not touch. Returns the server's copy.
    AudienceSegment makeLocationConflict()
    {
        [&] {
            QVERIFY(rename(loc, QStringLiteral("Mine")));
            QVERIFY(setRadius(20));
        }();
        AudienceSegment server = serverCopy(loc);
        server.name = QStringLiteral("Theirs");
        server.location->radiusInKm = 30;
        server.description = QStringLiteral("Changed on the server");
        [&] { QCOMPARE(model->checkServerVersions({server}), QStringList{loc}); }();
        return server;
    }

private Q_SLOTS:
    void init()
    {
        model = std::make_unique<SegmentTableModel>();
        stack = std::make_unique<QUndoStack>();
        editor = std::make_unique<SegmentEditor>(model.get(), stack.get());
        tester = std::make_unique<QAbstractItemModelTester>(
                model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy = std::make_unique<SegmentFilterProxy>();
        proxy->setSourceModel(model.get());
        proxy->sort(SegmentTableModel::StateColumn);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
                proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setSegments(loadedSet());
    }
    void cleanup()
    {
        proxyTester.reset();
        proxy.reset();
        tester.reset();
        editor.reset();
        stack.reset();
        model.reset();
    }

    // One Location row: what the user changed, what the server changed, what the row becomes.
    void checkServerVersions_data()
    {
        QTest::addColumn<QString>("mineName");          // empty: untouched
        QTest::addColumn<int>("mineRadius");            // -1: untouched
        QTest::addColumn<QString>("serverName");        // empty: unchanged on the server
        QTest::addColumn<int>("serverRadius");          // -1: unchanged on the server
        QTest::addColumn<QString>("serverDescription"); // empty: unchanged on the server
        QTest::addColumn<int>("state");
        QTest::addColumn<QStringList>("conflicts");
        QTest::addColumn<QStringList>("changed"); // the patch fields afterwards
        QTest::addColumn<bool>("signalled");

        const QStringList none;
        const int modified = int(RowState::Modified);
        const int unchanged = int(RowState::Unchanged);
        const int conflict = int(RowState::Conflict);
        QTest::newRow("server unchanged (a later timestamp alone)")
                << "Mine" << -1 << "" << -1 << "" << modified << none << QStringList{namePath}
                << false;
        QTest::newRow("server unchanged, row not edited")
                << "" << -1 << "" << -1 << "" << unchanged << none << none << false;
        QTest::newRow("server changed an untouched field")
                << "Mine" << -1 << "" << -1 << "Changed on the server" << modified << none
                << QStringList{namePath} << true;
        QTest::newRow("server changed a row without edits")
                << "" << -1 << "Theirs" << 25 << "" << unchanged << none << none << true;
        QTest::newRow("both changed the same field differently")
                << "Mine" << -1 << "Theirs" << -1 << "" << conflict << QStringList{namePath}
                << QStringList{namePath} << true;
        QTest::newRow("both made the same change")
                << "Mine" << -1 << "Mine" << -1 << "" << unchanged << none << none << true;
        QTest::newRow("two conflicts and a change of the server's alone")
                << "Mine" << 20 << "Theirs" << 30 << "Changed on the server" << conflict
                << QStringList{namePath, radiusPath}
                << QStringList{namePath, radiusPath, registryPath} << true;
        QTest::newRow("one conflict, one field only mine changed")
                << "Mine" << 20 << "Theirs" << -1 << "" << conflict << QStringList{namePath}
                << QStringList{namePath, radiusPath, registryPath} << true;
        QTest::newRow("same radius on both, name on the server")
                << "" << 20 << "Theirs" << 20 << "" << unchanged << none << none << true;
    }
    void checkServerVersions()
    {
        QFETCH(QString, mineName);
        QFETCH(int, mineRadius);
        QFETCH(QString, serverName);
        QFETCH(int, serverRadius);
        QFETCH(QString, serverDescription);
        QFETCH(int, state);
        QFETCH(QStringList, conflicts);
        QFETCH(QStringList, changed);
        QFETCH(bool, signalled);

        const AudienceSegment base = *model->original(loc);
        if (!mineName.isEmpty())
            QVERIFY(rename(loc, mineName));
        if (mineRadius >= 0)
            QVERIFY(setRadius(mineRadius));
        const bool edited = !mineName.isEmpty() || mineRadius >= 0;
        const Counts before = counts(edited ? 1 : 0, 0);
        QCOMPARE(model->counts(), before);

        AudienceSegment server = serverCopy(loc);
        if (!serverName.isEmpty())
            server.name = serverName;
        if (serverRadius >= 0)
            server.location->radiusInKm = serverRadius;
        if (!serverDescription.isEmpty())
            server.description = serverDescription;
        AudienceSegment unknownId = server;
        unknownId.id = QStringLiteral("9999");

        QSignalSpy dataSpy(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy countsSpy(model.get(), &SegmentTableModel::countsChanged);
        QSignalSpy resetSpy(model.get(), &QAbstractItemModel::modelReset);
        const int steps = stack->count();
        const QStringList inConflict = model->checkServerVersions({unknownId, server, server});

        QCOMPARE(inConflict, state == conflict() ? QStringList{loc} : QStringList());
        QCOMPARE(resetSpy.size(), 0);
        if (signalled) {
            QCOMPARE(ranges(dataSpy), (QList<QPair<int, int>>{{0, 0}}));
            QCOMPARE(rolesOf(dataSpy), QList<QList<int>>{contentRoles()});
        } else {
            QCOMPARE(dataSpy.size(), 0);
        }
        const Counts after = counts(changed.isEmpty() ? 0 : 1, state == conflict() ? 1 : 0);
        QCOMPARE(model->counts(), after);
        QCOMPARE(countsSpy.size(), after != before ? 1 : 0);
        QCOMPARE(stack->count(), steps); // a check is not an edit

        QCOMPARE(*model->original(loc), signalled ? server : base);
        QCOMPARE(int(model->state(loc)), state);
        QCOMPARE(model->changedFields(loc), changed);
        QCOMPARE(model->conflictFields(loc), conflicts);
        QCOMPARE(model->conflictBase(loc),
                 conflicts.isEmpty() ? std::nullopt : std::optional<AudienceSegment>(base));
        QCOMPARE(model->conflictIds(), inConflict);

        // Mine wins where I changed a field; the server's value where only it did; never the old.
        const AudienceSegment now = *model->edited(loc);
        const QString expectedName = !mineName.isEmpty() ? mineName
                : (signalled && !serverName.isEmpty())   ? serverName
                                                         : *base.name;
        QCOMPARE(now.name, std::optional<QString>(expectedName));
        const qint64 expectedRadius = mineRadius >= 0 ? mineRadius
                : (signalled && serverRadius >= 0)    ? serverRadius
                                                      : *base.location->radiusInKm;
        QCOMPARE(editedRadius(), expectedRadius);
        QCOMPARE(now.description.valueOr(QString()),
                 signalled && !serverDescription.isEmpty() ? serverDescription
                                                           : base.description.value());

        // The next send carries the row only when it has no conflict.
        QCOMPARE(ids(model->sendableChanges()),
                 state == int(RowState::Modified) ? QStringList{loc} : QStringList());
        QCOMPARE(ids(model->changes()), changed.isEmpty() ? QStringList() : QStringList{loc});
        if (!changed.isEmpty())
            QCOMPARE(int(model->changes().constFirst().state), state);
    }

    void conflictRowShowsItself()
    {
        const AudienceSegment base = *model->original(loc);
        const AudienceSegment server = makeLocationConflict();

        QCOMPARE(model->state(loc), RowState::Conflict);
        QCOMPARE(SegmentTableModel::stateText(RowState::Conflict), QStringLiteral("Conflict"));
        QCOMPARE(cell(loc, SegmentTableModel::StateColumn), QVariant(QStringLiteral("Conflict")));
        QCOMPARE(cell(loc, 0, SegmentTableModel::StateRole).value<RowState>(), RowState::Conflict);
        QCOMPARE(cell(loc, 0, SegmentTableModel::SortRole), QVariant(int(RowState::Conflict)));

        // Its own icon and colour: not an error's.
        const QIcon icon = cell(loc, 0, Qt::DecorationRole).value<QIcon>();
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.cacheKey(), ModelIcons::icon(ModelIcons::Icon::Conflict).cacheKey());
        QVERIFY(icon.cacheKey() != ModelIcons::icon(ModelIcons::Icon::Invalid).cacheKey());
        QVERIFY(icon.cacheKey() != ModelIcons::icon(ModelIcons::Icon::Failed).cacheKey());
        QCOMPARE(ModelIcons::source(ModelIcons::Icon::Conflict).resource,
                 QStringLiteral(":/icons/state-conflict.svg"));
        QVERIFY(QFile::exists(ModelIcons::source(ModelIcons::Icon::Conflict).resource));
        const QBrush orange(QColor(0xfb, 0xd5, 0xab));
        QCOMPARE(cell(loc, SegmentTableModel::IdColumn, Qt::BackgroundRole), QVariant(orange));
        QCOMPARE(cell(loc, SegmentTableModel::IdColumn, Qt::ForegroundRole),
                 QVariant(QBrush(QColor(0x1a, 0x1a, 0x1a))));

        // The tooltip names the fields; the cell of a conflicting field shows its three values.
        const QString tip = QStringLiteral(
                "Conflict: changed on the server since you loaded it, and by you: Name, Radius "
                "(km).\nKeep yours or take the server’s for each field; the segment is not sent "
                "until then.");
        QCOMPARE(cell(loc, 0, Qt::ToolTipRole), QVariant(tip));
        QCOMPARE(cell(loc, SegmentTableModel::NameColumn, Qt::ToolTipRole),
                 QVariant(QStringLiteral("Conflict on Name: yours “Mine”, the server’s “Theirs” "
                                         "(it was “Store visitors” when you loaded it).")));
        QCOMPARE(cell(loc, SegmentTableModel::NameColumn, Qt::BackgroundRole),
                 QVariant(QBrush(QColor(0xf7, 0xb0, 0x6a))));
        QCOMPARE(cell(loc, SegmentTableModel::DescriptionColumn, Qt::ToolTipRole), QVariant(tip));
        QCOMPARE(cell(loc, SegmentTableModel::DescriptionColumn),
                 QVariant(QStringLiteral("Changed on the server")));

        // The three versions a dialog shows: base, mine (edited), the server's (original).
        QCOMPARE(model->conflictFields(loc), (QStringList{namePath, radiusPath}));
        const AudienceSegment started = *model->conflictBase(loc);
        QCOMPARE(started, base);
        QCOMPARE(*model->original(loc), server);
        const AudienceSegment mine = *model->edited(loc);
        QCOMPARE(SegmentFields::valueText(started, radiusPath), QStringLiteral("10"));
        QCOMPARE(SegmentFields::valueText(mine, radiusPath), QStringLiteral("20"));
        QCOMPARE(SegmentFields::valueText(server, radiusPath), QStringLiteral("30"));
        QCOMPARE(SegmentFields::valueText(started, namePath), QStringLiteral("Store visitors"));
        QCOMPARE(SegmentFields::valueText(mine, namePath), QStringLiteral("Mine"));
        QCOMPARE(SegmentFields::valueText(server, namePath), QStringLiteral("Theirs"));

        // Listed as a change, with its state; never sent; counted; found by the state filter.
        QCOMPARE(ids(model->changes()), QStringList{loc});
        QCOMPARE(model->changes().constFirst().state, RowState::Conflict);
        QVERIFY(model->sendableChanges().isEmpty());
        QCOMPARE(model->conflictIds(), QStringList{loc});
        QCOMPARE(model->counts(), counts(1, 1));
        proxy->setStateFilter({RowState::Conflict});
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, 0).data(SegmentTableModel::SegmentIdRole), QVariant(loc));
    }

    void resolveOneField_data()
    {
        QTest::addColumn<int>("resolution");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("radius");
        QTest::addColumn<QStringList>("remaining");
        QTest::addColumn<QStringList>("changed");
        QTest::addColumn<bool>("content"); // the edited version changed

        const QStringList all{namePath, radiusPath, registryPath};
        QTest::newRow("keep my name")
                << int(Resolution::KeepMine) << namePath << "Keep your Name for “Mine”"
                << "Mine" << 20 << QStringList{radiusPath} << all << false;
        QTest::newRow("take the server's name")
                << int(Resolution::TakeServer) << namePath << "Take the server’s Name for “Mine”"
                << "Theirs" << 20 << QStringList{radiusPath}
                << QStringList{radiusPath, registryPath} << true;
        QTest::newRow("keep my radius")
                << int(Resolution::KeepMine) << radiusPath << "Keep your Radius (km) for “Mine”"
                << "Mine" << 20 << QStringList{namePath} << all << false;
        QTest::newRow("take the server's radius")
                << int(Resolution::TakeServer) << radiusPath
                << "Take the server’s Radius (km) for “Mine”"
                << "Mine" << 30 << QStringList{namePath} << QStringList{namePath} << true;
    }
    void resolveOneField()
    {
        QFETCH(int, resolution);
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(int, radius);
        QFETCH(QStringList, remaining);
        QFETCH(QStringList, changed);
        QFETCH(bool, content);

        const AudienceSegment base = *model->original(loc);
        makeLocationConflict();
        const int steps = stack->count();

        QSignalSpy dataSpy(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy countsSpy(model.get(), &SegmentTableModel::countsChanged);
        QVERIFY(editor->resolveConflict(loc, field, Resolution(resolution)));
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(stack->text(steps), text);
        QCOMPARE(ranges(dataSpy), (QList<QPair<int, int>>{{0, 0}}));
        QCOMPARE(rolesOf(dataSpy), QList<QList<int>>{content ? contentRoles() : stateRoles()});
        QCOMPARE(countsSpy.size(), 0); // still one row in conflict
        QCOMPARE(model->state(loc), RowState::Conflict);
        QCOMPARE(model->conflictFields(loc), remaining);
        QCOMPARE(model->conflictBase(loc), std::optional<AudienceSegment>(base));
        QCOMPARE(editedName(loc), name);
        QCOMPARE(editedRadius(), qint64(radius));
        QCOMPARE(model->changedFields(loc), changed);
        // Resolved already: a second time is refused.
        QVERIFY(!editor->resolveConflict(loc, field, Resolution(resolution)));
        QCOMPARE(stack->count(), steps + 1);

        // The last field: the row is back to Modified, sendable.
        QVERIFY(editor->resolveConflict(loc, remaining.constFirst(), Resolution::KeepMine));
        QCOMPARE(model->state(loc), RowState::Modified);
        QVERIFY(model->conflictFields(loc).isEmpty());
        QVERIFY(!model->conflictBase(loc));
        QVERIFY(model->conflictIds().isEmpty());
        QCOMPARE(model->counts(), counts(1, 0));
        QCOMPARE(ids(model->sendableChanges()), QStringList{loc});
        const AudienceSegment resolved = *model->edited(loc);

        // Undo brings each conflict back, with the user's value; redo resolves again.
        dataSpy.clear();
        stack->undo();
        QCOMPARE(ranges(dataSpy), (QList<QPair<int, int>>{{0, 0}}));
        QCOMPARE(model->state(loc), RowState::Conflict);
        QCOMPARE(model->conflictFields(loc), remaining);
        QCOMPARE(model->counts(), counts(1, 1));
        stack->undo();
        QCOMPARE(model->conflictFields(loc), (QStringList{namePath, radiusPath}));
        QCOMPARE(model->conflictBase(loc), std::optional<AudienceSegment>(base));
        QCOMPARE(editedName(loc), QStringLiteral("Mine"));
        QCOMPARE(editedRadius(), qint64(20));
        QVERIFY(model->sendableChanges().isEmpty());
        stack->redo();
        QCOMPARE(model->conflictFields(loc), remaining);
        QCOMPARE(editedName(loc), name);
        stack->redo();
        QCOMPARE(model->state(loc), RowState::Modified);
        QCOMPARE(*model->edited(loc), resolved);
    }

    void resolveAll_data()
    {
        QTest::addColumn<int>("resolution");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("modified");
        QTest::newRow("keep mine") << int(Resolution::KeepMine) << "Keep your values for 2 segments"
                                   << int(RowState::Modified) << 3;
        QTest::newRow("take the server's")
                << int(Resolution::TakeServer) << "Take the server’s values for 2 segments"
                << int(RowState::Unchanged) << 1;
    }
    void resolveAll()
    {
        QFETCH(int, resolution);
        QFETCH(QString, text);
        QFETCH(int, state);
        QFETCH(int, modified);

        const AudienceSegment locServer = makeLocationConflict();
        QVERIFY(rename(ret, QStringLiteral("Mine too")));
        QVERIFY(rename(inm, QStringLiteral("No conflict here")));
        AudienceSegment retServer = serverCopy(ret);
        retServer.name = QStringLiteral("Theirs too");
        QCOMPARE(model->checkServerVersions({serverCopy(inm), retServer}), QStringList{ret});
        QCOMPARE(model->conflictIds(), (QStringList{loc, ret}));
        QCOMPARE(model->counts(), counts(3, 2));
        const AudienceSegment locMine = *model->edited(loc);
        const AudienceSegment retMine = *model->edited(ret);
        const int steps = stack->count();

        QSignalSpy dataSpy(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy countsSpy(model.get(), &SegmentTableModel::countsChanged);
        QCOMPARE(editor->resolveAllConflicts({ret, loc, inm, QStringLiteral("9999"), loc},
                                             Resolution(resolution)),
                 2);
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(stack->text(steps), text);
        QCOMPARE(ranges(dataSpy), (QList<QPair<int, int>>{{0, 1}}));
        QCOMPARE(countsSpy.size(), 1);
        QCOMPARE(model->counts(), counts(modified, 0));
        QCOMPARE(int(model->state(loc)), state);
        QCOMPARE(int(model->state(ret)), state);
        QVERIFY(model->conflictIds().isEmpty());
        if (Resolution(resolution) == Resolution::TakeServer) {
            QCOMPARE(*model->edited(loc), locServer);
            QCOMPARE(editedName(ret), QStringLiteral("Theirs too"));
        } else {
            QCOMPARE(*model->edited(loc), locMine);
            QCOMPARE(*model->edited(ret), retMine);
        }
        QCOMPARE(model->state(inm), RowState::Modified);

        // One step undoes both.
        dataSpy.clear();
        stack->undo();
        QCOMPARE(ranges(dataSpy), (QList<QPair<int, int>>{{0, 1}}));
        QCOMPARE(model->conflictIds(), (QStringList{loc, ret}));
        QCOMPARE(model->conflictFields(loc), (QStringList{namePath, radiusPath}));
        QCOMPARE(model->conflictFields(ret), QStringList{namePath});
        QCOMPARE(*model->edited(loc), locMine);
        QCOMPARE(*model->edited(ret), retMine);
        QCOMPARE(model->counts(), counts(3, 2));
        stack->redo();
        QCOMPARE(model->counts(), counts(modified, 0));

        // Nothing left to resolve: nothing pushed.
        QCOMPARE(editor->resolveAllConflicts({loc, ret}, Resolution(resolution)), 0);
        QCOMPARE(stack->count(), steps + 1);
    }

    void oneRowResolvedWhole()
    {
        makeLocationConflict();
        QCOMPARE(editor->resolveAllConflicts({loc}, Resolution::TakeServer), 1);
        QCOMPARE(stack->text(stack->count() - 1),
                 QStringLiteral("Take the server’s values for “Mine”"));
        stack->undo();
        QCOMPARE(editor->resolveAllConflicts({loc}, Resolution::KeepMine), 1);
        QCOMPARE(stack->text(stack->count() - 1), QStringLiteral("Keep your values for “Mine”"));
    }

    void resolveRejects_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("field");
        QTest::newRow("row not in conflict") << inm << namePath;
        QTest::newRow("field not in conflict") << loc << descriptionPath;
        QTest::newRow("field the patch builder echoes") << loc << registryPath;
        QTest::newRow("unknown id") << "9999" << namePath;
        QTest::newRow("empty field") << loc << "";
    }
    void resolveRejects()
    {
        QFETCH(QString, id);
        QFETCH(QString, field);
        QVERIFY(rename(inm, QStringLiteral("Plain edit")));
        makeLocationConflict();
        const int steps = stack->count();
        QSignalSpy dataSpy(model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(!editor->resolveConflict(id, field, Resolution::TakeServer));
        QVERIFY(!editor->resolveConflict(id, field, Resolution::KeepMine));
        QCOMPARE(editor->resolveAllConflicts({inm, QStringLiteral("9999")}, Resolution::KeepMine),
                 0);
        QCOMPARE(stack->count(), steps);
        QCOMPARE(dataSpy.size(), 0);
        QCOMPARE(model->state(loc), RowState::Conflict);
    }

    // Edits made before the check are undone and redone on top of the server's copy: an undo
    // never brings back what the server changed, nor sends it back.
    void undoAcrossACheck_data()
    {
        QTest::addColumn<QString>("serverName");
        QTest::addColumn<int>("stateAfterCheck");
        QTest::addColumn<QStringList>("changedAfterUndo");
        QTest::newRow("the server changed another field")
                << "" << int(RowState::Modified) << QStringList();
        QTest::newRow("the server changed the same field")
                << "Theirs" << int(RowState::Conflict) << QStringList();
    }
    void undoAcrossACheck()
    {
        QFETCH(QString, serverName);
        QFETCH(int, stateAfterCheck);
        QFETCH(QStringList, changedAfterUndo);

        QVERIFY(rename(loc, QStringLiteral("Mine")));
        AudienceSegment server = serverCopy(loc);
        server.description = QStringLiteral("Changed on the server");
        if (!serverName.isEmpty())
            server.name = serverName;
        model->checkServerVersions({server});
        QCOMPARE(int(model->state(loc)), stateAfterCheck);

        stack->undo();
        QCOMPARE(*model->edited(loc), server);
        QCOMPARE(model->changedFields(loc), changedAfterUndo);
        QCOMPARE(model->state(loc), RowState::Unchanged);
        QVERIFY(model->conflictFields(loc).isEmpty());
        QCOMPARE(model->counts(), counts(0, 0));

        stack->redo();
        QCOMPARE(editedName(loc), QStringLiteral("Mine"));
        QCOMPARE(model->edited(loc)->description.value(), QStringLiteral("Changed on the server"));
        QCOMPARE(model->changedFields(loc), QStringList{namePath});
        QCOMPARE(int(model->state(loc)), stateAfterCheck);
    }

    // A conflict is resolved only by the user's choice: an edit that happens to agree with the
    // server hides it, and an undo of that edit shows it again.
    void editsDoNotResolveSilently()
    {
        makeLocationConflict();
        QVERIFY(editor->revertField(loc, namePath)); // the name is the server's now
        QCOMPARE(editedName(loc), QStringLiteral("Theirs"));
        QCOMPARE(model->conflictFields(loc), QStringList{radiusPath});
        QVERIFY(editor->revertField(loc, radiusPath));
        QCOMPARE(model->state(loc), RowState::Unchanged);
        QVERIFY(!model->conflictBase(loc));
        QCOMPARE(model->counts(), counts(0, 0));
        stack->undo();
        stack->undo();
        QCOMPARE(model->conflictFields(loc), (QStringList{namePath, radiusPath}));

        // A third value typed into a conflicting field: still a conflict, showing it.
        QVERIFY(rename(loc, QStringLiteral("Third")));
        QCOMPARE(model->state(loc), RowState::Conflict);
        QCOMPARE(model->conflictFields(loc), (QStringList{namePath, radiusPath}));
        QCOMPARE(SegmentFields::valueText(*model->edited(loc), namePath), QStringLiteral("Third"));
    }

    // A second check before the first conflict is resolved: the version the user started from
    // stays; a field that conflicts only now started from the copy the first check brought.
    void laterCheckKeepsTheFirstBase()
    {
        QVERIFY(rename(loc, QStringLiteral("Mine")));
        AudienceSegment first = serverCopy(loc);
        first.name = QStringLiteral("Theirs");
        first.location->radiusInKm = 15;
        QCOMPARE(model->checkServerVersions({first}), QStringList{loc});
        QCOMPARE(editedRadius(), qint64(15)); // only the server changed it: the server's
        QVERIFY(setRadius(20));

        AudienceSegment second = first;
        second.name = QStringLiteral("Theirs again");
        second.location->radiusInKm = 30;
        second.updatedAt = SampleSegments::utc(2025, 7, 1);
        QCOMPARE(model->checkServerVersions({second}), QStringList{loc});
        QCOMPARE(model->conflictFields(loc), (QStringList{namePath, radiusPath}));
        const AudienceSegment started = *model->conflictBase(loc);
        QCOMPARE(started.name, QStringLiteral("Store visitors"));
        QCOMPARE(started.location->radiusInKm, qint64(15));
        QCOMPARE(*model->original(loc), second);
        QCOMPARE(editedName(loc), QStringLiteral("Mine"));
        QCOMPARE(editedRadius(), qint64(20));
        QCOMPARE(model->counts(), counts(1, 1));
    }

    void replaceOriginalsClearsAConflict()
    {
        const AudienceSegment server = makeLocationConflict();
        QSignalSpy dataSpy(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy countsSpy(model.get(), &SegmentTableModel::countsChanged);
        model->replaceOriginals({server});
        QCOMPARE(ranges(dataSpy), (QList<QPair<int, int>>{{0, 0}}));
        QCOMPARE(countsSpy.size(), 1);
        QCOMPARE(model->state(loc), RowState::Modified);
        QVERIFY(model->conflictFields(loc).isEmpty());
        QVERIFY(!model->conflictBase(loc));
        QCOMPARE(model->counts(), counts(1, 0));
        QCOMPARE(editedName(loc), QStringLiteral("Mine"));

        // The undo history follows the reload too: undoing both edits gives the server's copy.
        stack->undo();
        QCOMPARE(editedRadius(), qint64(30));
        QCOMPARE(editedName(loc), QStringLiteral("Mine"));
        stack->undo();
        QCOMPARE(*model->edited(loc), server);
        QCOMPARE(model->state(loc), RowState::Unchanged);
    }

    void sendingOutranksConflict()
    {
        makeLocationConflict();
        model->setSending({loc});
        QCOMPARE(model->state(loc), RowState::Sending);
        Counts c = counts(1, 0);
        c.sending = 1;
        QCOMPARE(model->counts(), c);
        QCOMPARE(model->conflictFields(loc), (QStringList{namePath, radiusPath}));
        QVERIFY(model->conflictIds().isEmpty());
    }

    void conflictOutranksInvalid()
    {
        QVERIFY(rename(loc, QString())); // invalid: a segment needs a name
        QCOMPARE(model->state(loc), RowState::Invalid);
        AudienceSegment server = serverCopy(loc);
        server.name = QStringLiteral("Theirs");
        QCOMPARE(model->checkServerVersions({server}), QStringList{loc});
        QCOMPARE(model->state(loc), RowState::Conflict);
        QCOMPARE(model->counts(), counts(1, 1));
        QVERIFY(!model->problems(loc).isEmpty()); // still listed
        QCOMPARE(SegmentFields::valueText(*model->edited(loc), namePath),
                 QStringLiteral("(empty)"));

        QVERIFY(editor->resolveConflict(loc, namePath, Resolution::KeepMine));
        QCOMPARE(model->state(loc), RowState::Invalid);
        QCOMPARE(model->counts(), counts(1, 0, 1));
    }

    // Saved and reopened: the conflict, its base and the fields still to resolve come back; a
    // file that names no fields gets them computed.
    void workingSetRoundTrip_data()
    {
        QTest::addColumn<bool>("keepFields");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("fields saved") << true << QStringList{radiusPath};
        QTest::newRow("fields computed") << false << QStringList{namePath, radiusPath};
    }
    void workingSetRoundTrip()
    {
        QFETCH(bool, keepFields);
        QFETCH(QStringList, fields);
        const AudienceSegment base = *model->original(loc);
        const AudienceSegment server = makeLocationConflict();
        QVERIFY(editor->resolveConflict(loc, namePath, Resolution::KeepMine));

        WorkingSet set;
        set.segments = model->workingSetEntries();
        QCOMPARE(set.segments.at(0).conflictBase, std::optional<AudienceSegment>(base));
        QCOMPARE(set.segments.at(0).conflictFields, QStringList{radiusPath});
        QVERIFY(!set.segments.at(1).conflictBase);
        if (!keepFields)
            set.segments[0].conflictFields.clear();
        QString error;
        const auto read = WorkingSet::fromJson(set.toJson(), &error);
        QVERIFY2(read, qPrintable(error));

        SegmentTableModel reopened;
        QAbstractItemModelTester reopenedTester(
                &reopened, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countsSpy(&reopened, &SegmentTableModel::countsChanged);
        reopened.setWorkingSet(read->segments);
        QCOMPARE(countsSpy.size(), 1);
        QCOMPARE(reopened.state(loc), RowState::Conflict);
        QCOMPARE(reopened.conflictFields(loc), fields);
        QCOMPARE(reopened.conflictBase(loc), std::optional<AudienceSegment>(base));
        QCOMPARE(*reopened.original(loc), server);
        QCOMPARE(*reopened.edited(loc), *model->edited(loc));
        QCOMPARE(reopened.conflictIds(), QStringList{loc});
        QCOMPARE(reopened.counts(), counts(1, 1));
        QCOMPARE(reopened.workingSetEntries().at(0).conflictFields, fields);
    }

    // A conflict outranks a lost answer: the reopened row says what to do first.
    void conflictOutranksUnknown()
    {
        WorkingSetEntry entry;
        entry.original = SampleSegments::of(SegmentType::Location);
        entry.original.name = QStringLiteral("Theirs");
        AudienceSegment mine = entry.original;
        mine.name = QStringLiteral("Mine");
        entry.edited = mine;
        entry.conflictBase = SampleSegments::of(SegmentType::Location);
        SegmentOutcome lost;
        lost.segmentId = loc;
        lost.status = SegmentOutcome::Status::Unknown;
        entry.outcome = lost;
        model->setWorkingSet({entry});
        QCOMPARE(model->state(loc), RowState::Conflict);
        QCOMPARE(model->conflictFields(loc), QStringList{namePath});
        QCOMPARE(model->counts().unknown, 0);
        QCOMPARE(model->counts().conflicts, 1);
        QVERIFY(editor->resolveConflict(loc, namePath, Resolution::KeepMine));
        QCOMPARE(model->state(loc), RowState::Unknown);
    }

private:
    static int conflict() { return int(RowState::Conflict); }
};

QTEST_MAIN(TestSegmentConflictRows)
#include "tst_segmentconflictrows.moc"
