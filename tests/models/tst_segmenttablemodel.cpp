#include "GeneratedSegments.h"
#include "SampleSegments.h"
#include "SegmentEditor.h"
#include "SegmentFilterProxy.h"
#include "SegmentTableModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using RowState = SegmentTableModel::RowState;
using Counts = SegmentTableModel::Counts;

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

const QString namePath = QStringLiteral("attributes/name");
const QString descriptionPath = QStringLiteral("attributes/description");

AudienceSegment segment(const QString &id, const QString &advertiserId, SegmentType type,
                        const QString &name, const QString &description = {})
{
    AudienceSegment s;
    s.id = id;
    s.advertiserId = advertiserId;
    s.type = type;
    s.name = name;
    if (!description.isEmpty())
        s.description = description;
    s.updatedAt = SampleSegments::utc(2025, 3, 1, 12, 30);
    switch (type) {
    case SegmentType::Retargeting:
        s.retargeting = RetargetingSettings{VisitorsType::All, 1, 30};
        break;
    case SegmentType::Location:
        s.location = LocationSettings{{PointOfInterest{QStringLiteral("Store"), 48.85, 2.35}},
                                      5,
                                      RegistryType::PointOfInterest};
        break;
    default:
        break;
    }
    return s;
}

// Rows 0..5: 101 "Alpha" (501), 102 "Beta" (501), 103 "Gamma" (501), 104 "Alpha" (502),
// 105 "Mystery" (501, Unknown type: read-only), 106 "Delta" (501).
QList<AudienceSegment> baseSet()
{
    return {segment(QStringLiteral("101"), QStringLiteral("501"), SegmentType::Retargeting,
                    QStringLiteral("Alpha"), QStringLiteral("Visitors of the last month")),
            segment(QStringLiteral("102"), QStringLiteral("501"), SegmentType::Location,
                    QStringLiteral("Beta")),
            segment(QStringLiteral("103"), QStringLiteral("501"), SegmentType::Retargeting,
                    QStringLiteral("Gamma"), QStringLiteral("Buyers")),
            segment(QStringLiteral("104"), QStringLiteral("502"), SegmentType::Retargeting,
                    QStringLiteral("Alpha")),
            segment(QStringLiteral("105"), QStringLiteral("501"), SegmentType::Unknown,
                    QStringLiteral("Mystery")),
            segment(QStringLiteral("106"), QStringLiteral("501"), SegmentType::Retargeting,
                    QStringLiteral("Delta"))};
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
            return {{-1, -1}}; // not whole rows: fails any comparison
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

Problem serverProblem(const QString &code, Problem::Severity severity, const QString &field = {})
{
    Problem p;
    p.severity = severity;
    p.origin = Problem::Origin::Server;
    p.type = QStringLiteral("validation");
    p.code = code;
    p.title = QStringLiteral("Title of %1").arg(code);
    p.detail = QStringLiteral("Detail of %1").arg(code);
    p.field = field;
    p.traceId = QStringLiteral("trace-1");
    return p;
}

Counts counts(int loaded, int modified = 0, int invalid = 0)
{
    Counts c;
    c.loaded = loaded;
    c.modified = modified;
    c.invalid = invalid;
    return c;
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

// The segment table: one row per segment, (original, edited) as the only truth, every change
// signalled for exactly the rows it touched, undoable through the editor.
class TestSegmentTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SegmentTableModel> model;
    std::unique_ptr<QUndoStack> stack;
    std::unique_ptr<SegmentEditor> editor;
    std::unique_ptr<QAbstractItemModelTester> tester;
    // A sorted proxy as the window has, checked through every operation too.
    std::unique_ptr<SegmentFilterProxy> proxy;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;

    QString name(const QString &id) const { return model->edited(id)->name.value_or(QString()); }
    QVariant cell(const QString &id, int column, int role = Qt::DisplayRole) const
    {
        return model->indexForId(id, column).data(role);
    }
    bool rename(const QString &id, const QString &newName)
    {
        AudienceSegment e = *model->edited(id);
        e.name = newName;
        editor->endEditSession();
        return editor->editSegment(id, e, namePath);
    }
    QStringList problemCodes(const QString &id) const
    {
        QStringList codes;
        for (const Problem &p : model->problems(id))
            codes.append(p.code);
        return codes;
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
        proxy->sort(SegmentTableModel::NameColumn);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
                proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setSegments(baseSet());
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

    void loadResetsOnceAndIndexesIds()
    {
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy countsSpy(model.get(), &SegmentTableModel::countsChanged);
        QList<AudienceSegment> set = baseSet();
        set.append(segment(QStringLiteral("101"), QStringLiteral("501"), SegmentType::Retargeting,
                           QStringLiteral("Duplicate")));
        model->setSegments(set);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(countsSpy.size(), 1);
        QCOMPARE(model->counts(), counts(6));
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(model->columnCount(), 9); // with Size and Used by
        QCOMPARE(model->rowForId(QStringLiteral("103")), 2);
        QCOMPARE(model->rowForId(QStringLiteral("999")), -1);
        QCOMPARE(model->idAt(5), QStringLiteral("106"));
        QCOMPARE(model->idAt(6), QString());
        QCOMPARE(model->indexForId(QStringLiteral("104"), SegmentTableModel::NameColumn),
                 model->index(3, SegmentTableModel::NameColumn));
        QVERIFY(!model->indexForId(QStringLiteral("999")).isValid());
        QCOMPARE(name(QStringLiteral("101")), QStringLiteral("Alpha")); // the first one wins
        QVERIFY(!model->segment(QStringLiteral("999")));
    }

    void loadingANewSetClearsTheUndoHistory()
    {
        QVERIFY(rename(QStringLiteral("101"), QStringLiteral("Alpha 2")));
        QCOMPARE(stack->count(), 1);
        model->setSegments(baseSet());
        QCOMPARE(stack->count(), 0);
        QCOMPARE(model->counts(), counts(6));
    }

    void displayData_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("display");
        QTest::addColumn<QVariant>("sort");

        const QDateTime updated = SampleSegments::utc(2025, 3, 1, 12, 30);
        const QString updatedText = QLocale().toString(updated.toLocalTime(), QLocale::ShortFormat);
        QTest::newRow("state, unchanged") << "101" << int(SegmentTableModel::StateColumn)
                                          << QVariant(QString()) << QVariant(0);
        QTest::newRow("id") << "101" << int(SegmentTableModel::IdColumn)
                            << QVariant(QStringLiteral("101"))
                            << QVariant(QStringLiteral("00000000000000000101"));
        QTest::newRow("name") << "102" << int(SegmentTableModel::NameColumn)
                              << QVariant(QStringLiteral("Beta"))
                              << QVariant(QStringLiteral("Beta"));
        QTest::newRow("type") << "102" << int(SegmentTableModel::TypeColumn)
                              << QVariant(QStringLiteral("Location"))
                              << QVariant(QStringLiteral("Location"));
        QTest::newRow("unknown type")
                << "105" << int(SegmentTableModel::TypeColumn)
                << QVariant(QStringLiteral("Unknown")) << QVariant(QStringLiteral("Unknown"));
        QTest::newRow("advertiser")
                << "104" << int(SegmentTableModel::AdvertiserColumn)
                << QVariant(QStringLiteral("502")) << QVariant(QStringLiteral("502"));
        QTest::newRow("description")
                << "103" << int(SegmentTableModel::DescriptionColumn)
                << QVariant(QStringLiteral("Buyers")) << QVariant(QStringLiteral("Buyers"));
        QTest::newRow("no description") << "102" << int(SegmentTableModel::DescriptionColumn)
                                        << QVariant(QString()) << QVariant(QString());
        QTest::newRow("updated at") << "101" << int(SegmentTableModel::UpdatedAtColumn)
                                    << QVariant(updatedText) << QVariant(updated);
    }
    void displayData()
    {
        QFETCH(QString, id);
        QFETCH(int, column);
        QFETCH(QVariant, display);
        QFETCH(QVariant, sort);
        QCOMPARE(cell(id, column), display);
        QCOMPARE(cell(id, column, SegmentTableModel::SortRole), sort);
        QCOMPARE(cell(id, column, SegmentTableModel::SegmentIdRole), QVariant(id));
    }

    void customRoles()
    {
        const QString id = QStringLiteral("102");
        QCOMPARE(cell(id, 0, SegmentTableModel::StateRole).value<RowState>(), RowState::Unchanged);
        QCOMPARE(cell(id, 0, SegmentTableModel::SegmentTypeRole).value<SegmentType>(),
                 SegmentType::Location);
        QCOMPARE(cell(id, 0, SegmentTableModel::AdvertiserIdRole), QVariant(QStringLiteral("501")));
        QCOMPARE(cell(id, 0, SegmentTableModel::ExcludedRole), QVariant(false));
        QCOMPARE(cell(id, 0, SegmentTableModel::HasChangesRole), QVariant(false));
        QCOMPARE(cell(id, 0, SegmentTableModel::ChangedFieldsRole).toStringList(), QStringList());
        QCOMPARE(cell(id, 0, SegmentTableModel::ProblemsRole).value<ProblemList>(), ProblemList());
        QVERIFY(!cell(id, 0, Qt::DecorationRole).isValid());
        QVERIFY(!cell(id, 0, Qt::FontRole).isValid());
        QVERIFY(!cell(id, 0, Qt::BackgroundRole).isValid());
        QVERIFY(!cell(id, 0, Qt::ToolTipRole).isValid());
    }

    void headersAndFlags()
    {
        const QStringList headers{QStringLiteral("State"),        QStringLiteral("Id"),
                                  QStringLiteral("Name"),         QStringLiteral("Type"),
                                  QStringLiteral("Advertiser"),   QStringLiteral("Description"),
                                  QStringLiteral("Last updated"), QStringLiteral("Size"),
                                  QStringLiteral("Used by")};
        QCOMPARE(headers.size(), qsizetype(SegmentTableModel::ColumnCount));
        for (int c = 0; c < SegmentTableModel::ColumnCount; ++c)
            QCOMPARE(model->headerData(c, Qt::Horizontal).toString(), headers.at(c));

        const auto editable = [this](const QString &id, int column) {
            return model->indexForId(id, column).flags().testFlag(Qt::ItemIsEditable);
        };
        QVERIFY(editable(QStringLiteral("101"), SegmentTableModel::NameColumn));
        QVERIFY(editable(QStringLiteral("101"), SegmentTableModel::DescriptionColumn));
        QVERIFY(!editable(QStringLiteral("101"), SegmentTableModel::IdColumn));
        QVERIFY(!editable(QStringLiteral("101"), SegmentTableModel::TypeColumn));
        QVERIFY(!editable(QStringLiteral("105"), SegmentTableModel::NameColumn)); // Unknown type
        editor.reset();
        QVERIFY(!editable(QStringLiteral("101"), SegmentTableModel::NameColumn)); // no editor
    }

    void advertiserNamesChangeOneColumn()
    {
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        model->setAdvertiserNames({{QStringLiteral("501"), QStringLiteral("Acme")}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(),
                 model->index(0, SegmentTableModel::AdvertiserColumn));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(),
                 model->index(5, SegmentTableModel::AdvertiserColumn));
        QCOMPARE(cell(QStringLiteral("101"), SegmentTableModel::AdvertiserColumn),
                 QVariant(QStringLiteral("Acme (501)")));
        QCOMPARE(cell(QStringLiteral("104"), SegmentTableModel::AdvertiserColumn),
                 QVariant(QStringLiteral("502")));
    }

    void appendInsertsRows()
    {
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy countsSpy(model.get(), &SegmentTableModel::countsChanged);
        model->appendSegments({segment(QStringLiteral("107"), QStringLiteral("501"),
                                       SegmentType::Retargeting, QStringLiteral("Epsilon")),
                               segment(QStringLiteral("103"), QStringLiteral("501"),
                                       SegmentType::Retargeting, QStringLiteral("Again")),
                               segment(QStringLiteral("108"), QStringLiteral("502"),
                                       SegmentType::Location, QStringLiteral("Zeta"))});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 6);
        QCOMPARE(inserted.at(0).at(2).toInt(), 7);
        QCOMPARE(model->rowForId(QStringLiteral("108")), 7);
        QCOMPARE(name(QStringLiteral("103")), QStringLiteral("Gamma"));
        QCOMPARE(countsSpy.size(), 1);
        QCOMPARE(model->counts(), counts(8));
        model->appendSegments({});
        QCOMPARE(inserted.size(), 1);
    }

    void editInPlaceSignalsOneRow()
    {
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy countsSpy(model.get(), &SegmentTableModel::countsChanged);
        const QModelIndex index
                = model->indexForId(QStringLiteral("103"), SegmentTableModel::NameColumn);
        QVERIFY(model->setData(index, QStringLiteral("Gamma buyers")));

        QCOMPARE(reset.size(), 0);
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{2, 2}}));
        QCOMPARE(rolesOf(changed), QList<QList<int>>{contentRoles()});
        QCOMPARE(countsSpy.size(), 1);
        QCOMPARE(model->counts(), counts(6, 1));
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->text(0), QStringLiteral("Edit name of “Gamma”"));

        const QString id = QStringLiteral("103");
        QCOMPARE(index.data(), QVariant(QStringLiteral("Gamma buyers")));
        QCOMPARE(index.data(Qt::EditRole), QVariant(QStringLiteral("Gamma buyers")));
        QCOMPARE(model->original(id)->name, QStringLiteral("Gamma"));
        QCOMPARE(model->state(id), RowState::Modified);
        QCOMPARE(cell(id, SegmentTableModel::StateColumn), QVariant(QStringLiteral("Modified")));
        QCOMPARE(cell(id, SegmentTableModel::StateColumn, Qt::DecorationRole).userType(),
                 QMetaType::QIcon);
        QVERIFY(cell(id, SegmentTableModel::NameColumn, Qt::FontRole).value<QFont>().bold());
        QCOMPARE(cell(id, 0, SegmentTableModel::ChangedFieldsRole).toStringList(),
                 QStringList{namePath});
        QCOMPARE(cell(id, 0, SegmentTableModel::HasChangesRole), QVariant(true));
        QCOMPARE(cell(id, 0, Qt::ToolTipRole), QVariant(QStringLiteral("Modified: Name")));
        QCOMPARE(model->changes().size(), 1);
        QCOMPARE(model->changes().at(0).id, id);
        QCOMPARE(model->changes().at(0).changedFields, QStringList{namePath});

        changed.clear();
        countsSpy.clear();
        stack->undo();
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{2, 2}}));
        QCOMPARE(countsSpy.size(), 1);
        QCOMPARE(model->counts(), counts(6));
        QCOMPARE(name(id), QStringLiteral("Gamma"));
        QCOMPARE(model->state(id), RowState::Unchanged);
        QVERIFY(!cell(id, SegmentTableModel::NameColumn, Qt::FontRole).isValid());
        QVERIFY(model->changes().isEmpty());

        stack->redo();
        QCOMPARE(name(id), QStringLiteral("Gamma buyers"));
        QCOMPARE(model->state(id), RowState::Modified);
        QCOMPARE(reset.size(), 0);
    }

    void setDataRejects_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("role");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("name of an Unknown-type segment")
                << "105" << int(SegmentTableModel::NameColumn) << int(Qt::EditRole)
                << QVariant(QStringLiteral("New"));
        QTest::newRow("description of an Unknown-type segment")
                << "105" << int(SegmentTableModel::DescriptionColumn) << int(Qt::EditRole)
                << QVariant(QStringLiteral("New"));
        QTest::newRow("id column") << "101" << int(SegmentTableModel::IdColumn) << int(Qt::EditRole)
                                   << QVariant(QStringLiteral("999"));
        QTest::newRow("type column") << "101" << int(SegmentTableModel::TypeColumn)
                                     << int(Qt::EditRole) << QVariant(QStringLiteral("Location"));
        QTest::newRow("display role") << "101" << int(SegmentTableModel::NameColumn)
                                      << int(Qt::DisplayRole) << QVariant(QStringLiteral("New"));
        QTest::newRow("invalid value")
                << "101" << int(SegmentTableModel::NameColumn) << int(Qt::EditRole) << QVariant();
    }
    void setDataRejects()
    {
        QFETCH(QString, id);
        QFETCH(int, column);
        QFETCH(int, role);
        QFETCH(QVariant, value);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(!model->setData(model->indexForId(id, column), value, role));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(stack->count(), 0);
        QCOMPARE(model->counts(), counts(6));
    }

    void setDataWithoutEditorIsRejected()
    {
        editor.reset();
        QVERIFY(!model->setData(
                model->indexForId(QStringLiteral("101"), SegmentTableModel::NameColumn),
                QStringLiteral("New")));
        QCOMPARE(name(QStringLiteral("101")), QStringLiteral("Alpha"));
        QCOMPARE(model->revert({QStringLiteral("101")}), 0);
    }

    void descriptionInPlace_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("state"); // Nillable<QString>::State
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("commands");
        using N = Nillable<QString>::State;
        QTest::newRow("new text") << "101"
                                  << "Visitors of the last week" << int(N::Value)
                                  << "Visitors of the last week" << 1;
        QTest::newRow("emptied: cleared on the server") << "101"
                                                        << "" << int(N::Cleared) << "" << 1;
        QTest::newRow("empty where there was none: stays absent") << "102"
                                                                  << "" << int(N::Unset) << "" << 0;
        QTest::newRow("first description") << "102"
                                           << "Stores" << int(N::Value) << "Stores" << 1;
    }
    void descriptionInPlace()
    {
        QFETCH(QString, id);
        QFETCH(QString, typed);
        QFETCH(int, state);
        QFETCH(QString, value);
        QFETCH(int, commands);
        QVERIFY(model->setData(model->indexForId(id, SegmentTableModel::DescriptionColumn), typed));
        const Nillable<QString> d = model->edited(id)->description;
        QCOMPARE(int(d.state()), state);
        QCOMPARE(d.valueOr(QString()), value);
        QCOMPARE(stack->count(), commands);
        QCOMPARE(model->changedFields(id), commands ? QStringList{descriptionPath} : QStringList());
    }

    void typingIntoOneFieldMerges()
    {
        const QString id = QStringLiteral("101");
        AudienceSegment e = *model->edited(id);
        for (const QString &typed :
             {QStringLiteral("Alpha "), QStringLiteral("Alpha b"), QStringLiteral("Alpha bu")}) {
            e.name = typed;
            QVERIFY(editor->editSegment(id, e, namePath));
        }
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->text(0), QStringLiteral("Edit name of “Alpha”"));
        QCOMPARE(name(id), QStringLiteral("Alpha bu"));

        // Another field: a new step.
        e.description = QStringLiteral("Changed");
        QVERIFY(editor->editSegment(id, e, descriptionPath));
        QCOMPARE(stack->count(), 2);
        QCOMPARE(stack->text(1), QStringLiteral("Edit description of “Alpha bu”"));

        // The same field after the session ended: a new step too.
        editor->endEditSession();
        e.description = QStringLiteral("Changed again");
        QVERIFY(editor->editSegment(id, e, descriptionPath));
        QCOMPARE(stack->count(), 3);

        stack->undo();
        stack->undo();
        QCOMPARE(model->edited(id)->description.valueOr(QString()),
                 QStringLiteral("Visitors of the last month"));
        stack->undo();
        QCOMPARE(name(id), QStringLiteral("Alpha"));
        QCOMPARE(model->state(id), RowState::Unchanged);
    }

    void typingBackToTheStartLeavesNoStep()
    {
        const QString id = QStringLiteral("101");
        AudienceSegment e = *model->edited(id);
        e.name = QStringLiteral("Alph");
        QVERIFY(editor->editSegment(id, e, namePath));
        e.name = QStringLiteral("Alpha");
        QVERIFY(editor->editSegment(id, e, namePath));
        QCOMPARE(stack->count(), 0);
        QCOMPARE(model->state(id), RowState::Unchanged);
        // An edit that changes nothing pushes nothing.
        QVERIFY(editor->editSegment(id, e, namePath));
        QCOMPARE(stack->count(), 0);
    }

    void editorRejects()
    {
        AudienceSegment e = *model->edited(QStringLiteral("105"));
        e.name = QStringLiteral("Known now");
        QVERIFY(!editor->editSegment(QStringLiteral("105"), e, namePath));
        QVERIFY(!editor->editSegment(QStringLiteral("999"), e, namePath));
        QVERIFY(!editor->revertField(QStringLiteral("101"), QStringLiteral("attributes/nope")));
        QCOMPARE(stack->count(), 0);
    }

    void readOnlyFieldsNeverChange()
    {
        AudienceSegment e = *model->edited(QStringLiteral("101"));
        e.type = SegmentType::Location;
        e.advertiserId = QStringLiteral("999");
        e.name = QStringLiteral("Alpha 2");
        QVERIFY(editor->editSegment(QStringLiteral("101"), e, namePath));
        QCOMPARE(model->edited(QStringLiteral("101"))->type, SegmentType::Retargeting);
        QCOMPARE(model->edited(QStringLiteral("101"))->advertiserId, QStringLiteral("501"));
        QCOMPARE(model->changedFields(QStringLiteral("101")), QStringList{namePath});
    }

    void bulkEditIsOneStep()
    {
        model->setSegments(GeneratedSegments::many(600));
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy countsSpy(model.get(), &SegmentTableModel::countsChanged);
        QList<AudienceSegment> edits;
        for (int i = 50; i < 550; ++i) {
            AudienceSegment e = *model->edited(model->idAt(i));
            e.description = QStringLiteral("Bulk description");
            edits.append(e);
        }
        QCOMPARE(editor->editSegments(edits), 500);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->text(0), QStringLiteral("Edit 500 segments"));
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{50, 549}}));
        QCOMPARE(rolesOf(changed), QList<QList<int>>{contentRoles()});
        QCOMPARE(countsSpy.size(), 1);
        QCOMPARE(model->counts(), counts(600, 500));
        QCOMPARE(model->changes().size(), 500);
        QCOMPARE(model->changes().constFirst().id, model->idAt(50));

        changed.clear();
        stack->undo();
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{50, 549}}));
        QCOMPARE(model->counts(), counts(600));
        QCOMPARE(model->edited(model->idAt(300))->description.value(),
                 QStringLiteral("Generated segment number 300"));
        stack->redo();
        QCOMPARE(model->counts(), counts(600, 500));
    }

    void bulkEditSignalsRunsOfRows()
    {
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QList<AudienceSegment> edits;
        for (const char *id : {"106", "101", "102", "103", "105"}) {
            AudienceSegment e = *model->edited(QLatin1String(id));
            e.description = QStringLiteral("Same for all");
            edits.append(e);
        }
        QCOMPARE(editor->editSegments(edits, QStringLiteral("Set description")), 4); // not 105
        QCOMPARE(stack->text(0), QStringLiteral("Set description"));
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{0, 2}, {5, 5}}));
        QCOMPARE(editor->editSegments(edits), 0); // nothing left to change
        QCOMPARE(stack->count(), 1);
    }

    void revertRows()
    {
        QVERIFY(rename(QStringLiteral("101"), QStringLiteral("One")));
        QVERIFY(rename(QStringLiteral("102"), QStringLiteral("Two")));
        QVERIFY(rename(QStringLiteral("103"), QStringLiteral("Three")));
        QCOMPARE(model->counts(), counts(6, 3));
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QCOMPARE(model->revert({QStringLiteral("101"), QStringLiteral("102"), QStringLiteral("103"),
                                QStringLiteral("104")}),
                 3);
        QCOMPARE(stack->count(), 4);
        QCOMPARE(stack->text(3), QStringLiteral("Revert 3 segments"));
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{0, 2}}));
        QCOMPARE(model->counts(), counts(6));
        QCOMPARE(name(QStringLiteral("102")), QStringLiteral("Beta"));

        stack->undo();
        QCOMPARE(name(QStringLiteral("102")), QStringLiteral("Two"));
        QCOMPARE(model->counts(), counts(6, 3));

        QCOMPARE(editor->revert({QStringLiteral("102")}), 1);
        QCOMPARE(stack->text(stack->count() - 1), QStringLiteral("Revert “Two”"));
        QCOMPARE(editor->revert({QStringLiteral("102")}), 0);
    }

    void revertOneField()
    {
        const QString id = QStringLiteral("101");
        AudienceSegment e = *model->edited(id);
        e.name = QStringLiteral("Alpha 2");
        e.description = QStringLiteral("New description");
        e.retargeting->daysSinceLastVisitMax = 60;
        QCOMPARE(editor->editSegments({e}), 1);
        QCOMPARE(stack->text(0), QStringLiteral("Edit “Alpha”"));
        QCOMPARE(model->changedFields(id),
                 (QStringList{namePath, descriptionPath,
                              QStringLiteral("attributes/retargeting/daysSinceLastVisitMax")}));

        QVERIFY(editor->revertField(id, namePath));
        QCOMPARE(stack->text(1), QStringLiteral("Revert “Alpha 2”: Name"));
        QCOMPARE(name(id), QStringLiteral("Alpha"));
        QVERIFY(editor->revertField(
                id, QStringLiteral("attributes/retargeting/daysSinceLastVisitMax")));
        QCOMPARE(model->changedFields(id), QStringList{descriptionPath});
        QCOMPARE(*model->edited(id)->retargeting->daysSinceLastVisitMax, qint64(30));
        QVERIFY(editor->revertField(id, namePath)); // already the server's: no step
        QCOMPARE(stack->count(), 3);
        stack->undo();
        QCOMPARE(*model->edited(id)->retargeting->daysSinceLastVisitMax, qint64(60));
    }

    // Names are unique per advertiser: an edit re-checks the rows sharing the old or the new name
    // and signals only those whose problems changed.
    void nameUniquenessRechecksOnlyCollidingRows()
    {
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy problemsSpy(model.get(), &SegmentTableModel::problemsChanged);

        // 102 takes 101's name: 102 is invalid. 101's own name did not change, 104 is another
        // advertiser's.
        QVERIFY(rename(QStringLiteral("102"), QStringLiteral("Alpha")));
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{1, 1}}));
        QCOMPARE(problemCodes(QStringLiteral("102")), list({"name-must-be-unique"}));
        QCOMPARE(model->problems(QStringLiteral("102")).at(0).field, namePath);
        QCOMPARE(model->state(QStringLiteral("102")), RowState::Invalid);
        QCOMPARE(model->state(QStringLiteral("101")), RowState::Unchanged);
        QCOMPARE(model->state(QStringLiteral("104")), RowState::Unchanged);
        QCOMPARE(model->counts(), counts(6, 1, 1));
        QCOMPARE(problemsSpy.size(), 1);

        // 103 too, with spaces around: trimmed names collide. 102's problem is the same as before.
        changed.clear();
        QVERIFY(rename(QStringLiteral("103"), QStringLiteral(" Alpha ")));
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{2, 2}}));
        QCOMPARE(model->counts(), counts(6, 2, 2));

        // 106 and 103 move to a name of their own: 106 alone is fine, then both collide.
        changed.clear();
        QVERIFY(rename(QStringLiteral("106"), QStringLiteral("Omega")));
        QCOMPARE(model->state(QStringLiteral("106")), RowState::Modified);
        changed.clear();
        QVERIFY(rename(QStringLiteral("103"), QStringLiteral("Omega")));
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{2, 2}, {5, 5}}));
        QCOMPARE(rolesOf(changed), (QList<QList<int>>{contentRoles(), stateRoles()}));
        QCOMPARE(model->state(QStringLiteral("103")), RowState::Invalid);
        QCOMPARE(model->state(QStringLiteral("106")), RowState::Invalid);

        // 103 back to its own name: it and 106 are valid again.
        changed.clear();
        QVERIFY(rename(QStringLiteral("103"), QStringLiteral("Gamma")));
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{2, 2}, {5, 5}}));
        QCOMPARE(model->state(QStringLiteral("103")), RowState::Unchanged);
        QCOMPARE(model->state(QStringLiteral("106")), RowState::Modified);
        QCOMPARE(model->counts(), counts(6, 2, 1)); // 102 still collides with 101

        // Undo brings the collision back, on both rows.
        changed.clear();
        stack->undo();
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{2, 2}, {5, 5}}));
        QCOMPARE(model->state(QStringLiteral("106")), RowState::Invalid);
        QCOMPARE(model->counts(), counts(6, 3, 3));
    }

    void aLoadedPageCanCollideWithAnEdit()
    {
        QVERIFY(rename(QStringLiteral("102"), QStringLiteral("Zeta")));
        QCOMPARE(model->state(QStringLiteral("102")), RowState::Modified);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        model->appendSegments({segment(QStringLiteral("107"), QStringLiteral("501"),
                                       SegmentType::Retargeting, QStringLiteral("Zeta"))});
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{1, 1}}));
        QCOMPARE(model->state(QStringLiteral("102")), RowState::Invalid);
        QCOMPARE(model->counts(), counts(7, 1, 1));
    }

    void sendingAndOutcomes_data()
    {
        QTest::addColumn<int>("status"); // SegmentOutcome::Status
        QTest::addColumn<bool>("withEntity");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("originalName");
        QTest::addColumn<bool>("hasChanges");
        QTest::addColumn<QStringList>("problemCodes");
        QTest::addColumn<QString>("tipStart");

        using S = SegmentOutcome::Status;
        QTest::newRow("updated") << int(S::Updated) << true << int(RowState::Updated) << "Alpha 2"
                                 << false << QStringList() << "Updated on the server.";
        QTest::newRow("warned") << int(S::Warned) << true << int(RowState::Warned) << "Alpha 2"
                                << false << list({"minor"}) << "Updated with warnings:";
        QTest::newRow("failed") << int(S::Failed) << false << int(RowState::Failed) << "Alpha"
                                << true << list({"bad-name"}) << "Failed on send:";
        QTest::newRow("not sent") << int(S::NotSent) << false << int(RowState::NotSent) << "Alpha"
                                  << true << QStringList() << "Not sent:";
        QTest::newRow("unknown") << int(S::Unknown) << false << int(RowState::Unknown) << "Alpha"
                                 << true << QStringList() << "Unknown outcome:";
    }
    void sendingAndOutcomes()
    {
        QFETCH(int, status);
        QFETCH(bool, withEntity);
        QFETCH(int, state);
        QFETCH(QString, originalName);
        QFETCH(bool, hasChanges);
        QFETCH(QStringList, problemCodes);
        QFETCH(QString, tipStart);

        const QString id = QStringLiteral("101");
        QVERIFY(rename(id, QStringLiteral("Alpha 2")));
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        model->setSending({id});
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{0, 0}}));
        QCOMPARE(rolesOf(changed), QList<QList<int>>{stateRoles()});
        QCOMPARE(model->state(id), RowState::Sending);
        Counts c = counts(6, 1);
        c.sending = 1;
        QCOMPARE(model->counts(), c);
        QCOMPARE(cell(id, 0), QVariant(QStringLiteral("Sending")));
        QVERIFY(model->sendableChanges().isEmpty());

        SegmentOutcome outcome;
        outcome.segmentId = id;
        outcome.status = SegmentOutcome::Status(status);
        if (withEntity) {
            AudienceSegment server = *model->edited(id);
            server.updatedAt = SampleSegments::utc(2025, 4, 2, 8, 0);
            outcome.entity = server;
        }
        for (const QString &code : problemCodes)
            outcome.problems.append(serverProblem(code,
                                                  outcome.status == SegmentOutcome::Status::Warned
                                                          ? Problem::Severity::Warning
                                                          : Problem::Severity::Error,
                                                  namePath));
        changed.clear();
        model->applyOutcomes({outcome});

        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{0, 0}}));
        QCOMPARE(int(model->state(id)), state);
        QCOMPARE(model->original(id)->name, originalName);
        QCOMPARE(name(id), QStringLiteral("Alpha 2")); // the user's version either way
        QCOMPARE(cell(id, 0, SegmentTableModel::HasChangesRole).toBool(), hasChanges);
        QCOMPARE(model->changes().size(), hasChanges ? 1 : 0);
        QCOMPARE(this->problemCodes(id), problemCodes);
        QCOMPARE(model->problems(id).size(), problemCodes.size());
        QVERIFY2(cell(id, 0, Qt::ToolTipRole).toString().startsWith(tipStart),
                 qPrintable(cell(id, 0, Qt::ToolTipRole).toString()));
        QCOMPARE(cell(id, 0, Qt::DecorationRole).userType(), QMetaType::QIcon);
        QVERIFY(cell(id, 0, Qt::BackgroundRole).isValid());
        if (withEntity)
            QCOMPARE(model->original(id)->updatedAt, SampleSegments::utc(2025, 4, 2, 8, 0));

        Counts after = counts(6, hasChanges ? 1 : 0);
        after.updated = state == int(RowState::Updated);
        after.warned = state == int(RowState::Warned);
        after.failed = state == int(RowState::Failed);
        after.notSent = state == int(RowState::NotSent);
        after.unknown = state == int(RowState::Unknown);
        QCOMPARE(model->counts(), after);
        // Unknown rows may be sent again (the patch sets values: sending twice is harmless).
        QCOMPARE(model->sendableChanges().size(), hasChanges ? 1 : 0);
    }

    void failedRowFollowsItsEdit()
    {
        const QString id = QStringLiteral("101");
        QVERIFY(rename(id, QStringLiteral("Alpha 2")));
        model->setSending({id});
        SegmentOutcome failed;
        failed.segmentId = id;
        failed.status = SegmentOutcome::Status::Failed;
        failed.problems = {serverProblem(QStringLiteral("name-must-be-unique"),
                                         Problem::Severity::Error, namePath)};
        model->applyOutcomes({failed});
        QCOMPARE(model->state(id), RowState::Failed);
        QCOMPARE(cell(id, SegmentTableModel::NameColumn, Qt::ToolTipRole),
                 QVariant(QStringLiteral("Problem on send: Name: Title of name-must-be-unique — "
                                         "Detail of name-must-be-unique")));
        QCOMPARE(cell(id, SegmentTableModel::NameColumn, Qt::BackgroundRole),
                 QVariant(QBrush(QColor(0xf1, 0xa9, 0xa7))));

        // Fixing the name: the failure no longer describes the row.
        QVERIFY(rename(id, QStringLiteral("Alpha 3")));
        QCOMPARE(model->state(id), RowState::Modified);
        QVERIFY(model->problems(id).isEmpty());
        QCOMPARE(model->counts().failed, 0);
        // Undo: the version that failed is back, and so is its failure.
        stack->undo();
        QCOMPARE(model->state(id), RowState::Failed);
        QCOMPARE(problemCodes(id), list({"name-must-be-unique"}));
        QCOMPARE(model->counts().failed, 1);
        QCOMPARE(model->problems().size(), 1);
    }

    void editsMadeWhileSendingAreKept()
    {
        const QString id = QStringLiteral("101");
        QVERIFY(rename(id, QStringLiteral("Alpha 2")));
        model->setSending({id});
        AudienceSegment e = *model->edited(id);
        e.description = QStringLiteral("Typed during the send");
        QVERIFY(editor->editSegment(id, e, descriptionPath));
        QCOMPARE(model->state(id), RowState::Sending);

        SegmentOutcome updated;
        updated.segmentId = id;
        updated.status = SegmentOutcome::Status::Updated;
        AudienceSegment server = *model->original(id);
        server.name = QStringLiteral("Alpha 2");
        updated.entity = server;
        model->applyOutcomes({updated});

        QCOMPARE(model->original(id)->name, QStringLiteral("Alpha 2"));
        QCOMPARE(model->edited(id)->description.valueOr(QString()),
                 QStringLiteral("Typed during the send"));
        QCOMPARE(model->state(id), RowState::Modified);
        QCOMPARE(model->changedFields(id), QStringList{descriptionPath});
    }

    void reloadCarriesEditsOver()
    {
        QVERIFY(rename(QStringLiteral("101"), QStringLiteral("Alpha 2")));
        AudienceSegment server101 = *model->original(QStringLiteral("101"));
        server101.description = QStringLiteral("Changed on the server");
        AudienceSegment server102 = *model->original(QStringLiteral("102"));
        server102.name = QStringLiteral("Beta (server)");
        AudienceSegment unknownId = server102;
        unknownId.id = QStringLiteral("999");

        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        model->replaceOriginals({server101, server102, unknownId});
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{0, 1}}));
        QCOMPARE(name(QStringLiteral("101")), QStringLiteral("Alpha 2"));
        QCOMPARE(model->edited(QStringLiteral("101"))->description.valueOr(QString()),
                 QStringLiteral("Changed on the server"));
        QCOMPARE(model->changedFields(QStringLiteral("101")), QStringList{namePath});
        QCOMPARE(name(QStringLiteral("102")), QStringLiteral("Beta (server)"));
        QCOMPARE(model->state(QStringLiteral("102")), RowState::Unchanged);
        QCOMPARE(model->rowCount(), 6);
    }

    void reloadReconcilesUnknownRows()
    {
        const QString id = QStringLiteral("101");
        QVERIFY(rename(id, QStringLiteral("Alpha 2")));
        model->setSending({id});
        SegmentOutcome lost;
        lost.segmentId = id;
        lost.status = SegmentOutcome::Status::Unknown;
        model->applyOutcomes({lost});
        QCOMPARE(model->state(id), RowState::Unknown);
        // Sticky: an edit does not make the server's state known.
        AudienceSegment e = *model->edited(id);
        e.description = QStringLiteral("More");
        QVERIFY(editor->editSegment(id, e, descriptionPath));
        QCOMPARE(model->state(id), RowState::Unknown);
        stack->undo();

        // The reload shows the change did arrive.
        AudienceSegment server = *model->original(id);
        server.name = QStringLiteral("Alpha 2");
        model->replaceOriginals({server});
        QCOMPARE(model->state(id), RowState::Unchanged);
        QCOMPARE(model->counts(), counts(6));
    }

    void exclusion()
    {
        const QString id = QStringLiteral("102");
        QVERIFY(rename(id, QStringLiteral("Alpha"))); // invalid: collides with 101
        QVERIFY(rename(QStringLiteral("103"), QStringLiteral("Gamma 2")));
        QCOMPARE(model->sendableChanges().size(), 1);

        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        model->setExcluded({id, QStringLiteral("999")}, true);
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{1, 1}}));
        QCOMPARE(rolesOf(changed),
                 QList<QList<int>>{stateRoles() + QList<int>{SegmentTableModel::ExcludedRole}});
        QVERIFY(model->isExcluded(id));
        QCOMPARE(cell(id, 0, SegmentTableModel::ExcludedRole), QVariant(true));
        QCOMPARE(cell(id, 0), QVariant(QStringLiteral("Invalid, excluded")));
        QVERIFY(cell(id, SegmentTableModel::IdColumn, Qt::FontRole).value<QFont>().italic());
        QVERIFY(cell(id, 0, Qt::ToolTipRole)
                        .toString()
                        .endsWith(QStringLiteral("Excluded from the next send.")));
        QCOMPARE(model->counts().excluded, 1);

        changed.clear();
        model->setExcluded({id}, true); // no change, no signal
        QCOMPARE(changed.size(), 0);

        QVERIFY(rename(QStringLiteral("103"), QStringLiteral("Gamma")));
        model->setExcluded({QStringLiteral("103")}, true);
        QCOMPARE(cell(QStringLiteral("103"), 0), QVariant(QStringLiteral("Excluded")));
        model->setExcluded({id, QStringLiteral("103")}, false);
        QCOMPARE(model->counts().excluded, 0);
    }

    // Leaving rows out of the send is one undo step through the editor, like an edit.
    void exclusionIsOneUndoStep()
    {
        QVERIFY(rename(QStringLiteral("101"), QStringLiteral("One")));
        stack->setClean();
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy countsSpy(model.get(), &SegmentTableModel::countsChanged);
        QCOMPARE(editor->setExcluded(
                         {QStringLiteral("101"), QStringLiteral("103"), QStringLiteral("999")},
                         true),
                 2);
        QCOMPARE(stack->count(), 2);
        QCOMPARE(stack->index(), 2);
        QCOMPARE(stack->text(1), QStringLiteral("Exclude 2 segments from the send"));
        QVERIFY(!stack->isClean());
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{0, 0}, {2, 2}}));
        QCOMPARE(rolesOf(changed),
                 (QList<QList<int>>{stateRoles() + QList<int>{SegmentTableModel::ExcludedRole},
                                    stateRoles() + QList<int>{SegmentTableModel::ExcludedRole}}));
        QCOMPARE(countsSpy.size(), 1);
        QCOMPARE(model->counts().excluded, 2);
        QVERIFY(model->isExcluded(QStringLiteral("101")));
        QVERIFY(model->isExcluded(QStringLiteral("103")));
        QVERIFY(model->sendableChanges().isEmpty());

        changed.clear();
        stack->undo();
        QCOMPARE(stack->index(), 1);
        QVERIFY(stack->isClean());
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{0, 0}, {2, 2}}));
        QCOMPARE(model->counts().excluded, 0);
        QVERIFY(!model->isExcluded(QStringLiteral("101")));
        QVERIFY(!model->isExcluded(QStringLiteral("103")));
        QCOMPARE(model->sendableChanges().size(), 1);
        // The edit below it is untouched.
        QCOMPARE(name(QStringLiteral("101")), QStringLiteral("One"));

        stack->redo();
        QCOMPARE(stack->index(), 2);
        QCOMPARE(model->counts().excluded, 2);
        QVERIFY(model->isExcluded(QStringLiteral("101")));
        QVERIFY(model->isExcluded(QStringLiteral("103")));
        QVERIFY(!model->isExcluded(QStringLiteral("102")));
    }

    void exclusionTextsNameWhatTheyDid()
    {
        QVERIFY(rename(QStringLiteral("101"), QStringLiteral("One")));
        QVERIFY(rename(QStringLiteral("106"), QString()));
        QCOMPARE(editor->setExcluded({QStringLiteral("101")}, true), 1);
        QCOMPARE(stack->text(2), QStringLiteral("Exclude “One” from the send")); // the edited name
        QCOMPARE(editor->setExcluded({QStringLiteral("101")}, false), 1);
        QCOMPARE(stack->text(3), QStringLiteral("Include “One” in the send again"));
        QCOMPARE(editor->setExcluded({QStringLiteral("106")}, true), 1);
        QCOMPARE(stack->text(4), QStringLiteral("Exclude “106” from the send")); // no name: the id
        QCOMPARE(editor->setExcluded({QStringLiteral("102"), QStringLiteral("106")}, true), 1);
        QCOMPARE(stack->text(5), QStringLiteral("Exclude “Beta” from the send"));
        QCOMPARE(editor->setExcluded(
                         {QStringLiteral("102"), QStringLiteral("106"), QStringLiteral("103")},
                         false),
                 2);
        QCOMPARE(stack->text(6), QStringLiteral("Include 2 segments in the send again"));
    }

    void excludingExcludedRowsPushesNothing()
    {
        QCOMPARE(editor->setExcluded({QStringLiteral("101"), QStringLiteral("102")}, true), 2);
        QCOMPARE(stack->count(), 1);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy indexSpy(stack.get(), &QUndoStack::indexChanged);
        QCOMPARE(editor->setExcluded({QStringLiteral("101"), QStringLiteral("102")}, true), 0);
        QCOMPARE(editor->setExcluded({QStringLiteral("103")}, false), 0);
        QCOMPARE(editor->setExcluded({QStringLiteral("999")}, true), 0);
        QCOMPARE(editor->setExcluded({}, true), 0);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(indexSpy.size(), 0);
        QCOMPARE(changed.size(), 0);
        // The same id twice is one row.
        QCOMPARE(editor->setExcluded({QStringLiteral("103"), QStringLiteral("103")}, true), 1);
        QCOMPARE(stack->text(1), QStringLiteral("Exclude “Gamma” from the send"));
        QCOMPARE(model->counts().excluded, 3);
    }

    // Only the rows whose flag changes are in the step: undo gives every row its flag back.
    void exclusionOfAMixedSelection()
    {
        QCOMPARE(editor->setExcluded({QStringLiteral("101")}, true), 1);
        const QStringList selection{QStringLiteral("101"), QStringLiteral("102"),
                                    QStringLiteral("105")}; // 105: read-only, excluded all the same
        QCOMPARE(editor->setExcluded(selection, true), 2);
        QCOMPARE(stack->text(1), QStringLiteral("Exclude 2 segments from the send"));
        QCOMPARE(model->counts().excluded, 3);
        stack->undo();
        QVERIFY(model->isExcluded(QStringLiteral("101")));
        QVERIFY(!model->isExcluded(QStringLiteral("102")));
        QVERIFY(!model->isExcluded(QStringLiteral("105")));
        QCOMPARE(model->counts().excluded, 1);

        // Including 101, 102 and 104 changes 101 and 102 only.
        stack->redo();
        QCOMPARE(editor->setExcluded(
                         {QStringLiteral("101"), QStringLiteral("102"), QStringLiteral("104")},
                         false),
                 2);
        QCOMPARE(stack->text(2), QStringLiteral("Include 2 segments in the send again"));
        QVERIFY(!model->isExcluded(QStringLiteral("101")));
        QVERIFY(!model->isExcluded(QStringLiteral("102")));
        QVERIFY(model->isExcluded(QStringLiteral("105")));
        stack->undo();
        QVERIFY(model->isExcluded(QStringLiteral("101")));
        QVERIFY(model->isExcluded(QStringLiteral("102")));
        QVERIFY(!model->isExcluded(QStringLiteral("104")));
        QVERIFY(model->isExcluded(QStringLiteral("105")));
        QCOMPARE(model->counts().excluded, 3);

        // Back to the start, step by step.
        stack->undo();
        stack->undo();
        QCOMPARE(stack->index(), 0);
        QCOMPARE(model->counts(), counts(6));
    }

    void toolTipsSayWhatIsWrong()
    {
        const QString id = QStringLiteral("101");
        QVERIFY(rename(id, QStringLiteral("  ")));
        QCOMPARE(model->state(id), RowState::Invalid);
        const QString tip = cell(id, 0, Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QStringLiteral("Invalid: The name is empty.")), qPrintable(tip));
        QVERIFY(tip.endsWith(
                QStringLiteral("Fix this before sending, or exclude the segment from the send.")));
        QVERIFY(cell(id, SegmentTableModel::NameColumn, Qt::ToolTipRole)
                        .toString()
                        .startsWith(QStringLiteral("Invalid: The name is empty.")));
        // The description cell is not the one at fault: it shows the row's tip and colour.
        QCOMPARE(cell(id, SegmentTableModel::DescriptionColumn, Qt::ToolTipRole).toString(), tip);
        QCOMPARE(cell(id, SegmentTableModel::DescriptionColumn, Qt::BackgroundRole),
                 QVariant(QBrush(QColor(0xf9, 0xd6, 0xd5))));
        QCOMPARE(cell(id, 0), QVariant(QStringLiteral("Invalid")));
    }

    void problemListFollowsRows()
    {
        QSignalSpy problemsSpy(model.get(), &SegmentTableModel::problemsChanged);
        QVERIFY(rename(QStringLiteral("106"), QString()));
        QVERIFY(rename(QStringLiteral("102"), QStringLiteral("Alpha")));
        QCOMPARE(problemsSpy.size(), 2);
        const ProblemList all = model->problems();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).segmentId, QStringLiteral("102")); // row order
        QCOMPARE(all.at(1).segmentId, QStringLiteral("106"));

        // An edit elsewhere leaves the list alone.
        QVERIFY(rename(QStringLiteral("103"), QStringLiteral("Gamma 2")));
        QCOMPARE(problemsSpy.size(), 2);

        model->addBatchProblems({serverProblem(QStringLiteral("quota"), Problem::Severity::Error)});
        QCOMPARE(problemsSpy.size(), 3);
        QCOMPARE(model->batchProblems().size(), 1);
        model->clearBatchProblems();
        QCOMPARE(problemsSpy.size(), 4);
        QVERIFY(model->batchProblems().isEmpty());
    }

    void countsFollowEveryOperation()
    {
        QSignalSpy countsSpy(model.get(), &SegmentTableModel::countsChanged);
        QVERIFY(rename(QStringLiteral("101"), QStringLiteral("One")));
        QVERIFY(rename(QStringLiteral("102"), QString())); // invalid
        QVERIFY(rename(QStringLiteral("103"), QStringLiteral("Three")));
        model->setExcluded({QStringLiteral("102")}, true);
        model->setSending({QStringLiteral("101"), QStringLiteral("103")});
        Counts c = counts(6, 3, 1);
        c.sending = 2;
        c.excluded = 1;
        QCOMPARE(model->counts(), c);
        QCOMPARE(countsSpy.size(), 5);
        QCOMPARE(countsSpy.last().at(0).value<Counts>(), c);

        SegmentOutcome ok;
        ok.segmentId = QStringLiteral("101");
        ok.status = SegmentOutcome::Status::Updated;
        SegmentOutcome bad;
        bad.segmentId = QStringLiteral("103");
        bad.status = SegmentOutcome::Status::Failed;
        model->applyOutcomes({ok, bad});
        c = counts(6, 2, 1);
        c.updated = 1;
        c.failed = 1;
        c.excluded = 1;
        QCOMPARE(model->counts(), c);
        QCOMPARE(countsSpy.size(), 6);
        // Without an entity, the version sent becomes the original.
        QCOMPARE(model->original(QStringLiteral("101"))->name, QStringLiteral("One"));
    }

    void workingSetRoundTrip()
    {
        QList<WorkingSetEntry> entries;
        for (const AudienceSegment &s : baseSet()) {
            WorkingSetEntry entry;
            entry.original = s;
            entries.append(entry);
        }
        AudienceSegment edited = entries[0].original;
        edited.name = QStringLiteral("Alpha 2");
        entries[0].edited = edited;
        entries[0].excluded = true;
        AudienceSegment collides = entries[1].original;
        collides.name = QStringLiteral("Alpha 2");
        entries[1].edited = collides;
        SegmentOutcome failed;
        failed.segmentId = QStringLiteral("103");
        failed.status = SegmentOutcome::Status::Failed;
        failed.problems = {serverProblem(QStringLiteral("oops"), Problem::Severity::Error)};
        failed.problems[0].segmentId = QStringLiteral("103");
        AudienceSegment failedEdit = entries[2].original;
        failedEdit.description = QStringLiteral("Rejected");
        entries[2].edited = failedEdit;
        entries[2].outcome = failed;

        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        model->setWorkingSet(entries);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model->state(QStringLiteral("101")), RowState::Invalid);
        QCOMPARE(model->state(QStringLiteral("102")), RowState::Invalid);
        QCOMPARE(model->state(QStringLiteral("103")), RowState::Failed);
        Counts c = counts(6, 3, 2);
        c.failed = 1;
        c.excluded = 1;
        QCOMPARE(model->counts(), c);

        const QList<WorkingSetEntry> saved = model->workingSetEntries();
        QCOMPARE(saved.size(), entries.size());
        for (qsizetype i = 0; i < saved.size(); ++i) {
            QCOMPARE(saved.at(i).original, entries.at(i).original);
            QCOMPARE(saved.at(i).edited.has_value(), entries.at(i).edited.has_value());
            if (saved.at(i).edited)
                QCOMPARE(*saved.at(i).edited, *entries.at(i).edited);
            QCOMPARE(saved.at(i).excluded, entries.at(i).excluded);
            QCOMPARE(saved.at(i).outcome.has_value(), entries.at(i).outcome.has_value());
        }
        QCOMPARE(saved.at(2).outcome->problems, failed.problems);
    }

    // 100 000 rows: loading is one reset, an edit signals its row (and its name's rows) only.
    void largeSetStaysIncremental()
    {
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        model->setSegments(GeneratedSegments::many(100000));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model->rowCount(), 100000);
        QCOMPARE(model->counts(), counts(100000));
        QCOMPARE(model->rowForId(QStringLiteral("154321")), 54321);

        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy countsSpy(model.get(), &SegmentTableModel::countsChanged);
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        QVERIFY(model->setData(model->index(54321, SegmentTableModel::NameColumn),
                               QStringLiteral("Renamed")));
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{54321, 54321}}));
        QCOMPARE(countsSpy.size(), 1);
        QCOMPARE(model->counts(), counts(100000, 1));

        // Rows 70000 and 80002 (both advertiser 502) take the same new name, then one leaves it.
        changed.clear();
        QVERIFY(rename(model->idAt(70000), QStringLiteral("Shared")));
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{70000, 70000}}));
        changed.clear();
        QVERIFY(rename(model->idAt(80002), QStringLiteral("Shared")));
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{70000, 70000}, {80002, 80002}}));
        QCOMPARE(model->counts(), counts(100000, 3, 2));
        changed.clear();
        QVERIFY(rename(model->idAt(70000), QStringLiteral("Segment 70000")));
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{70000, 70000}, {80002, 80002}}));
        QCOMPARE(model->counts(), counts(100000, 2));

        changed.clear();
        stack->undo();
        QCOMPARE(ranges(changed), (QList<QPair<int, int>>{{70000, 70000}, {80002, 80002}}));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(inserted.size(), 0);
    }
};

QTEST_MAIN(TestSegmentTableModel)
#include "tst_segmenttablemodel.moc"
