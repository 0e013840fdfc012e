#include "GeneratedSegments.h"
#include "SegmentEditor.h"
#include "SegmentFilterProxy.h"
#include "SegmentTableModel.h"

#include <QTest>
#include <QUndoStack>

// Figures for the segment table at the size the editor must stay usable with (100 000 rows):
// loading, one edit (which must not depend on the row count), sorting and filtering in the proxy.
// Run with -median 5 or -iterations N for steadier numbers.
class BenchSegmentTableModel : public QObject
{
    Q_OBJECT

    static constexpr int rows = 100000;
    QList<AudienceSegment> m_segments;

private Q_SLOTS:
    void initTestCase() { m_segments = GeneratedSegments::many(rows); }

    void load100k()
    {
        SegmentTableModel model;
        QBENCHMARK
        {
            model.setSegments(m_segments);
        }
        QCOMPARE(model.rowCount(), rows);
    }

    void append100kInPagesOf100()
    {
        QBENCHMARK
        {
            SegmentTableModel model;
            for (int offset = 0; offset < rows; offset += 100)
                model.appendSegments(m_segments.mid(offset, 100));
            QCOMPARE(model.rowCount(), rows);
        }
    }

    // One edit through the editor (undo command, validation, name index, signals), with a
    // sorting and filtering proxy attached as in the window.
    void oneEditOf100k()
    {
        SegmentTableModel model;
        QUndoStack stack;
        SegmentEditor editor(&model, &stack);
        SegmentFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(SegmentTableModel::NameColumn);
        model.setSegments(m_segments);
        QCOMPARE(proxy.rowCount(), rows);
        const QString id = model.idAt(rows / 2);
        AudienceSegment e = *model.edited(id);
        int i = 0;
        QBENCHMARK
        {
            e.name = QStringLiteral("Edited %1").arg(++i);
            editor.endEditSession();
            editor.editSegment(id, e, QStringLiteral("attributes/name"));
        }
    }

    void bulkEdit500Of100k()
    {
        SegmentTableModel model;
        QUndoStack stack;
        SegmentEditor editor(&model, &stack);
        model.setSegments(m_segments);
        int i = 0;
        QBENCHMARK
        {
            QList<AudienceSegment> edits;
            ++i;
            for (int row = 1000; row < 1500; ++row) {
                AudienceSegment e = *model.edited(model.idAt(row));
                e.description = QStringLiteral("Bulk %1").arg(i);
                edits.append(e);
            }
            editor.editSegments(edits);
        }
    }

    void sortByName100k()
    {
        SegmentTableModel model;
        model.setSegments(m_segments);
        SegmentFilterProxy proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), rows);
        bool ascending = true;
        QBENCHMARK
        {
            proxy.sort(SegmentTableModel::NameColumn,
                       ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
            ascending = !ascending;
        }
    }

    void sortByUpdatedAt100k()
    {
        SegmentTableModel model;
        model.setSegments(m_segments);
        SegmentFilterProxy proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), rows);
        bool ascending = true;
        QBENCHMARK
        {
            proxy.sort(SegmentTableModel::UpdatedAtColumn,
                       ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
            ascending = !ascending;
        }
    }

    void filterText100k()
    {
        SegmentTableModel model;
        model.setSegments(m_segments);
        SegmentFilterProxy proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), rows); // the proxy maps (and so filters) once it is used
        bool narrow = true;
        QBENCHMARK
        {
            proxy.setTextFilter(narrow ? QStringLiteral("number 4242") : QStringLiteral("segment"));
            QVERIFY(proxy.rowCount() > 0);
            narrow = !narrow;
        }
    }

    void filterAdvertiser100k()
    {
        SegmentTableModel model;
        model.setSegments(m_segments);
        SegmentFilterProxy proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), rows);
        bool first = true;
        QBENCHMARK
        {
            proxy.setAdvertiserFilter(first ? QStringLiteral("501") : QStringLiteral("502"));
            QVERIFY(proxy.rowCount() > 0);
            first = !first;
        }
    }
};

QTEST_MAIN(BenchSegmentTableModel)
#include "bench_segmenttablemodel.moc"
