#include "FilterBar.h"
#include "GeneratedSegments.h"
#include "SegmentFilterProxy.h"
#include "SegmentTableModel.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

// The filter bar's text field waits for a pause in typing before it filters (a pass over every
// row per keystroke is too slow at 100 000 rows); Enter and an emptied field filter at once. The
// pause is a single-shot QTimer: the tests fire it by hand, they never wait for it.
class TestFilterBar : public QObject
{
    Q_OBJECT

    std::unique_ptr<SegmentTableModel> model;
    std::unique_ptr<SegmentFilterProxy> proxy;
    std::unique_ptr<FilterBar> bar;

    // What the timer would do when it fires.
    void fireTimer()
    {
        QVERIFY(bar->textFilterTimer()->isActive());
        bar->textFilterTimer()->stop();
        QMetaObject::invokeMethod(bar.get(), &FilterBar::applyTextFilter);
    }

private Q_SLOTS:
    void init()
    {
        model = std::make_unique<SegmentTableModel>();
        model->setSegments(GeneratedSegments::many(300));
        proxy = std::make_unique<SegmentFilterProxy>();
        proxy->setSourceModel(model.get());
        bar = std::make_unique<FilterBar>(proxy.get());
        bar->show();
        QCOMPARE(proxy->rowCount(), 300);
    }

    void typingWaitsForAPause()
    {
        QTimer *timer = bar->textFilterTimer();
        QVERIFY(timer->isSingleShot());
        QVERIFY(timer->interval() >= 150 && timer->interval() <= 250);
        QSignalSpy changed(bar.get(), &FilterBar::filtersChanged);
        QTest::keyClicks(bar->searchEdit(), QStringLiteral("Segment 12"));
        // Nothing filtered yet, however many keystrokes: the timer restarts with each.
        QVERIFY(timer->isActive());
        QCOMPARE(proxy->textFilter(), QString());
        QCOMPARE(proxy->rowCount(), 300);
        QVERIFY(changed.isEmpty());
        fireTimer();
        QCOMPARE(proxy->textFilter(), QStringLiteral("Segment 12"));
        QCOMPARE(proxy->rowCount(), 11); // 12, 120..129
        QCOMPARE(changed.size(), 1);
        QVERIFY(!timer->isActive());
    }

    void theTimerAppliesTheFilter()
    {
        QTest::keyClicks(bar->searchEdit(), QStringLiteral("Segment 299"));
        QVERIFY(QTest::qWaitFor([this] { return proxy->rowCount() == 1; }));
        QCOMPARE(proxy->textFilter(), QStringLiteral("Segment 299"));
    }

    void enterFiltersAtOnce()
    {
        QTest::keyClicks(bar->searchEdit(), QStringLiteral("Segment 7"));
        QTest::keyClick(bar->searchEdit(), Qt::Key_Return);
        QVERIFY(!bar->textFilterTimer()->isActive());
        QCOMPARE(proxy->textFilter(), QStringLiteral("Segment 7"));
    }

    void emptyingTheFieldFiltersAtOnce()
    {
        QTest::keyClicks(bar->searchEdit(), QStringLiteral("Segment 5"));
        fireTimer();
        QVERIFY(proxy->rowCount() < 300);
        bar->searchEdit()->clear();
        QVERIFY(!bar->textFilterTimer()->isActive());
        QCOMPARE(proxy->rowCount(), 300);
        // clearFilters() too, typing pending or not.
        QTest::keyClicks(bar->searchEdit(), QStringLiteral("Segment 5"));
        bar->clearFilters();
        QVERIFY(!bar->textFilterTimer()->isActive());
        QCOMPARE(proxy->textFilter(), QString());
        QVERIFY(!bar->isFiltering());
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
