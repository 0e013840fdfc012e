#include "SampleSegments.h"
#include "SegmentEditor.h"
#include "SegmentFilterProxy.h"
#include "SegmentTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using RowState = SegmentTableModel::RowState;

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

AudienceSegment segment(const char *id, const char *advertiserId, SegmentType type,
                        const char *name, const char *description, const QDateTime &updated)
{
    AudienceSegment s;
    s.id = QString::fromUtf8(id);
    s.advertiserId = QString::fromUtf8(advertiserId);
    s.type = type;
    s.name = QString::fromUtf8(name);
    s.description = QString::fromUtf8(description);
    s.updatedAt = updated;
    if (type == SegmentType::Retargeting)
        s.retargeting = RetargetingSettings{VisitorsType::All, 1, 30};
    return s;
}

// Ids of different lengths (numeric order differs from text order), names differing in case.
QList<AudienceSegment> set()
{
    using SampleSegments::utc;
    return {segment("1000", "501", SegmentType::Retargeting, "beach lovers", "Summer campaign",
                    utc(2025, 5, 1)),
            segment("99", "501", SegmentType::Location, "Paris stores", "Radius around shops",
                    utc(2025, 1, 1)),
            segment("105", "502", SegmentType::Retargeting, "Alpha", "Cart abandoners",
                    utc(2025, 3, 1)),
            segment("7", "502", SegmentType::InMarket, "Bikes", "Summer sport", utc(2024, 12, 1)),
            segment("2000", "503", SegmentType::Retargeting, "Cart", "Loyal buyers",
                    utc(2025, 2, 1)),
            segment("300", "501", SegmentType::Lookalike, "Delta", "Like the best buyers",
                    utc(2025, 4, 1))};
}

} // namespace

// Filtering (each kind alone and combined, following edits as they happen) and sorting by typed
// values, over the model's own roles; rows are reached by id through the proxy.
class TestSegmentFilterProxy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SegmentTableModel> model;
    std::unique_ptr<QUndoStack> stack;
    std::unique_ptr<SegmentEditor> editor;
    std::unique_ptr<SegmentFilterProxy> proxy;
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;

    QStringList visibleIds() const
    {
        QStringList ids;
        for (int r = 0; r < proxy->rowCount(); ++r)
            ids.append(proxy->index(r, SegmentTableModel::IdColumn).data().toString());
        return ids;
    }
    void rename(const QString &id, const QString &name)
    {
        AudienceSegment e = *model->edited(id);
        e.name = name;
        editor->endEditSession();
        QVERIFY(editor->editSegment(id, e, QStringLiteral("attributes/name")));
    }
    // States in the fixture: 99 Modified, 105 Invalid (empty name), 300 Failed, 2000 Unknown,
    // 1000 Updated, 7 Unchanged.
    void giveRowsStates()
    {
        rename(QStringLiteral("99"), QStringLiteral("Paris shops"));
        rename(QStringLiteral("105"), QString());
        rename(QStringLiteral("300"), QStringLiteral("Delta 2"));
        rename(QStringLiteral("2000"), QStringLiteral("Cart 2"));
        rename(QStringLiteral("1000"), QStringLiteral("Beach lovers"));
        model->setSending({QStringLiteral("300"), QStringLiteral("2000"), QStringLiteral("1000")});
        SegmentOutcome failed;
        failed.segmentId = QStringLiteral("300");
        failed.status = SegmentOutcome::Status::Failed;
        SegmentOutcome unknown;
        unknown.segmentId = QStringLiteral("2000");
        unknown.status = SegmentOutcome::Status::Unknown;
        SegmentOutcome updated;
        updated.segmentId = QStringLiteral("1000");
        updated.status = SegmentOutcome::Status::Updated;
        model->applyOutcomes({failed, unknown, updated});
    }

private Q_SLOTS:
    void init()
    {
        model = std::make_unique<SegmentTableModel>();
        stack = std::make_unique<QUndoStack>();
        editor = std::make_unique<SegmentEditor>(model.get(), stack.get());
        proxy = std::make_unique<SegmentFilterProxy>();
        proxy->setSourceModel(model.get());
        modelTester = std::make_unique<QAbstractItemModelTester>(
                model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
                proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setSegments(set());
        giveRowsStates();
    }
    void cleanup()
    {
        proxyTester.reset();
        modelTester.reset();
        proxy.reset();
        editor.reset();
        stack.reset();
        model.reset();
    }

    void fixtureStates()
    {
        QCOMPARE(model->state(QStringLiteral("99")), RowState::Modified);
        QCOMPARE(model->state(QStringLiteral("105")), RowState::Invalid);
        QCOMPARE(model->state(QStringLiteral("300")), RowState::Failed);
        QCOMPARE(model->state(QStringLiteral("2000")), RowState::Unknown);
        QCOMPARE(model->state(QStringLiteral("1000")), RowState::Updated);
        QCOMPARE(model->state(QStringLiteral("7")), RowState::Unchanged);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type"); // -1: any
        QTest::addColumn<QString>("advertiser");
        QTest::addColumn<QString>("states");  // "", "modified" or "failed"
        QTest::addColumn<QStringList>("ids"); // in source order

        QTest::newRow("none") << "" << -1 << ""
                              << "" << list({"1000", "99", "105", "7", "2000", "300"});
        QTest::newRow("text in name, any case") << "PARIS" << -1 << ""
                                                << "" << list({"99"});
        QTest::newRow("text in the edited name only") << "shops" << -1 << ""
                                                      << "" << list({"99"});
        QTest::newRow("text no longer in the name") << "stores" << -1 << ""
                                                    << "" << QStringList();
        QTest::newRow("text in description") << "summer" << -1 << ""
                                             << "" << list({"1000", "7"});
        QTest::newRow("text in id") << "200" << -1 << ""
                                    << "" << list({"2000"});
        QTest::newRow("text with spaces around") << "  cart " << -1 << ""
                                                 << "" << list({"105", "2000"});
        QTest::newRow("type") << "" << int(SegmentType::Retargeting) << ""
                              << "" << list({"1000", "105", "2000"});
        QTest::newRow("type without rows") << "" << int(SegmentType::Behavioral) << ""
                                           << "" << QStringList();
        QTest::newRow("advertiser") << "" << -1 << "502"
                                    << "" << list({"105", "7"});
        QTest::newRow("only modified") << "" << -1 << ""
                                       << "modified" << list({"99", "105"});
        QTest::newRow("only failed") << "" << -1 << ""
                                     << "failed" << list({"2000", "300"});
        QTest::newRow("text and advertiser") << "summer" << -1 << "501"
                                             << "" << list({"1000"});
        QTest::newRow("type and state") << "" << int(SegmentType::Retargeting) << ""
                                        << "failed" << list({"2000"});
        QTest::newRow("all four") << "cart" << int(SegmentType::Retargeting) << "503"
                                  << "failed" << list({"2000"});
        QTest::newRow("all four, no match") << "cart" << int(SegmentType::Retargeting) << "502"
                                            << "failed" << QStringList();
    }
    void filters()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        QFETCH(QString, advertiser);
        QFETCH(QString, states);
        QFETCH(QStringList, ids);

        proxy->setTextFilter(text);
        if (type >= 0)
            proxy->setTypeFilter(SegmentType(type));
        proxy->setAdvertiserFilter(advertiser);
        if (states == QLatin1String("modified"))
            proxy->setStateFilter(SegmentFilterProxy::modifiedStates());
        else if (states == QLatin1String("failed"))
            proxy->setStateFilter(SegmentFilterProxy::failedStates());
        QCOMPARE(visibleIds(), ids);

        // Clearing every filter shows everything again.
        proxy->setTextFilter({});
        proxy->setTypeFilter(std::nullopt);
        proxy->setAdvertiserFilter({});
        proxy->setStateFilter({});
        QCOMPARE(proxy->rowCount(), 6);
    }

    // A filter change remaps the rows in one pass (layoutChanged, which keeps the persistent
    // indexes of the rows that stay), and only when the filter changes.
    void settersInvalidateOnlyOnChange()
    {
        QSignalSpy layout(proxy.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(proxy.get(), &QAbstractItemModel::rowsRemoved);
        proxy->setAdvertiserFilter(QStringLiteral("503"));
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(layout.size(), 1);
        QVERIFY(removed.isEmpty()); // not range by range
        proxy->setAdvertiserFilter(QStringLiteral("503"));
        QCOMPARE(layout.size(), 1);
        QCOMPARE(proxy->advertiserFilter(), QStringLiteral("503"));
        proxy->setAdvertiserFilter({});
        QCOMPARE(layout.size(), 2);
        QCOMPARE(proxy->rowCount(), 6);
    }

    // A selected row that stays through a filter change stays selected.
    void filterChangeKeepsPersistentIndexes()
    {
        proxy->sort(SegmentTableModel::NameColumn);
        const QModelIndex source = model->indexForId(QStringLiteral("7"));
        const QPersistentModelIndex kept = proxy->mapFromSource(source);
        QVERIFY(kept.isValid());
        proxy->setTextFilter(QStringLiteral("7"));
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(SegmentTableModel::SegmentIdRole).toString(), QStringLiteral("7"));
        proxy->setTextFilter(QString());
        QCOMPARE(kept.data(SegmentTableModel::SegmentIdRole).toString(), QStringLiteral("7"));
    }

    // The filter follows edits (and their undo) without being set again.
    void filterFollowsEdits()
    {
        proxy->setStateFilter(SegmentFilterProxy::modifiedStates());
        QCOMPARE(visibleIds(), (list({"99", "105"})));
        QSignalSpy inserted(proxy.get(), &QAbstractItemModel::rowsInserted);
        rename(QStringLiteral("7"), QStringLiteral("Bicycles"));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(visibleIds(), (list({"99", "105", "7"})));
        stack->undo();
        QCOMPARE(visibleIds(), (list({"99", "105"})));

        proxy->setStateFilter({});
        proxy->setTextFilter(QStringLiteral("bicycle"));
        QCOMPARE(visibleIds(), QStringList());
        stack->redo();
        QCOMPARE(visibleIds(), list({"7"}));

        // Excluding a row changes nothing the filters look at.
        proxy->setTextFilter({});
        model->setExcluded({QStringLiteral("7")}, true);
        QCOMPARE(proxy->rowCount(), 6);
    }

    void sorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("id, numerically")
                << int(SegmentTableModel::IdColumn) << int(Qt::AscendingOrder)
                << list({"7", "99", "105", "300", "1000", "2000"});
        QTest::newRow("id, descending")
                << int(SegmentTableModel::IdColumn) << int(Qt::DescendingOrder)
                << list({"2000", "1000", "300", "105", "99", "7"});
        // Edited names; the empty one first; case does not matter.
        QTest::newRow("name") << int(SegmentTableModel::NameColumn) << int(Qt::AscendingOrder)
                              << list({"105", "1000", "7", "2000", "300", "99"});
        QTest::newRow("updated at")
                << int(SegmentTableModel::UpdatedAtColumn) << int(Qt::AscendingOrder)
                << list({"7", "99", "2000", "105", "300", "1000"});
        QTest::newRow("state rank")
                << int(SegmentTableModel::StateColumn) << int(Qt::AscendingOrder)
                << list({"7", "99", "105", "1000", "300", "2000"});
        QTest::newRow("type, by its label")
                << int(SegmentTableModel::TypeColumn) << int(Qt::AscendingOrder)
                << list({"7", "99", "300", "1000", "105", "2000"});
    }
    void sorting()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, ids);
        proxy->sort(column, Qt::SortOrder(order));
        QCOMPARE(visibleIds(), ids);
    }

    // An edit (or a send's outcome) in the sorted column leaves the row where it is, so it does
    // not jump away from the user; sorting again puts it in its place.
    void sortedRowsKeepTheirPlaces()
    {
        proxy->sort(SegmentTableModel::NameColumn, Qt::AscendingOrder);
        const QStringList before = visibleIds();
        QCOMPARE(before, list({"105", "1000", "7", "2000", "300", "99"}));
        rename(QStringLiteral("7"), QStringLiteral("Zebra"));
        rename(QStringLiteral("105"), QStringLiteral("Zz last"));
        QCOMPARE(visibleIds(), before);
        proxy->sort(SegmentTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(visibleIds().mid(4), list({"7", "105"}));
        // Descending keeps its places too, and a filter still follows edits.
        proxy->sort(SegmentTableModel::NameColumn, Qt::DescendingOrder);
        const QStringList descending = visibleIds();
        QCOMPARE(descending.mid(0, 2), list({"105", "7"}));
        rename(QStringLiteral("105"), QStringLiteral("Aaa"));
        QCOMPARE(visibleIds(), descending);
        proxy->setTextFilter(QStringLiteral("Aaa"));
        QCOMPARE(visibleIds(), list({"105"}));
    }

    // The snapshot is kept by source row: rows appended after the sort are placed by their
    // current value, and the rows already there keep their places; a reload sorts by the new
    // values.
    void snapshotFollowsTheSourceRows()
    {
        proxy->sort(SegmentTableModel::NameColumn, Qt::AscendingOrder);
        // 105 has no name (the fixture makes it invalid): it sorts first.
        rename(QStringLiteral("7"), QStringLiteral("Zebra")); // kept in its place
        model->appendSegments({segment("8", "503", SegmentType::Retargeting, "Aardvark", "New",
                                       SampleSegments::utc(2025, 6, 1)),
                               segment("9", "503", SegmentType::Retargeting, "Car", "New",
                                       SampleSegments::utc(2025, 6, 1))});
        QCOMPARE(visibleIds(), list({"105", "8", "1000", "7", "9", "2000", "300", "99"}));
        rename(QStringLiteral("1000"), QStringLiteral("Zz"));
        QCOMPARE(visibleIds(), list({"105", "8", "1000", "7", "9", "2000", "300", "99"}));

        QList<AudienceSegment> reloaded = set();
        reloaded[0].name = QStringLiteral("Zz last"); // 1000
        model->setSegments(reloaded);
        QCOMPARE(visibleIds(), list({"105", "7", "2000", "300", "99", "1000"}));
    }

    // Rows are reached by id: a proxy row maps to the right segment whatever the order.
    void editingThroughTheProxy()
    {
        proxy->sort(SegmentTableModel::IdColumn, Qt::DescendingOrder);
        proxy->setAdvertiserFilter(QStringLiteral("502"));
        const QModelIndex source
                = model->indexForId(QStringLiteral("7"), SegmentTableModel::NameColumn);
        const QModelIndex proxied = proxy->mapFromSource(source);
        QCOMPARE(proxied.row(), 1);
        QVERIFY(proxy->setData(proxied, QStringLiteral("Bicycles")));
        QCOMPARE(model->edited(QStringLiteral("7"))->name, QStringLiteral("Bicycles"));
        QCOMPARE(proxy->mapToSource(proxied).data(SegmentTableModel::SegmentIdRole),
                 QVariant(QStringLiteral("7")));
        QCOMPARE(stack->count(), 6);
    }
};

QTEST_MAIN(TestSegmentFilterProxy)
#include "tst_segmentfilterproxy.moc"
