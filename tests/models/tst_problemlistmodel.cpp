#include "ProblemListModel.h"
#include "SampleSegments.h"
#include "SegmentEditor.h"
#include "SegmentTableModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace {

QString text(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

// The problems panel: one line per problem, in words, with the way back to the row and field.
class TestProblemListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SegmentTableModel> segments;
    std::unique_ptr<QUndoStack> stack;
    std::unique_ptr<SegmentEditor> editor;
    std::unique_ptr<ProblemListModel> problems;
    std::unique_ptr<QAbstractItemModelTester> tester;

    QString cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return problems->index(row, column).data(role).toString();
    }
    void rename(const QString &id, const QString &name)
    {
        AudienceSegment e = *segments->edited(id);
        e.name = name;
        editor->endEditSession();
        QVERIFY(editor->editSegment(id, e, QStringLiteral("attributes/name")));
    }

private Q_SLOTS:
    void init()
    {
        segments = std::make_unique<SegmentTableModel>();
        stack = std::make_unique<QUndoStack>();
        editor = std::make_unique<SegmentEditor>(segments.get(), stack.get());
        problems = std::make_unique<ProblemListModel>();
        tester = std::make_unique<QAbstractItemModelTester>(
                problems.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        problems->setSourceModel(segments.get());
        segments->setSegments(SampleSegments::all()); // 1001 InMarket … 1008 Unknown
    }
    void cleanup()
    {
        tester.reset();
        problems.reset();
        editor.reset();
        stack.reset();
        segments.reset();
    }

    void emptyWithoutProblems()
    {
        QCOMPARE(problems->rowCount(), 0);
        QCOMPARE(problems->columnCount(), ProblemListModel::ColumnCount);
        QCOMPARE(problems->headerData(ProblemListModel::FieldColumn, Qt::Horizontal).toString(),
                 text("Field"));
    }

    void validatorProblemLine()
    {
        const QString id = QStringLiteral("1002");
        AudienceSegment e = *segments->edited(id);
        e.location->pointsOfInterest[0].latitude = 95.2;
        QVERIFY(editor->editSegment(id, e,
                                    QStringLiteral("attributes/location/pointsOfInterest/0")));
        QCOMPARE(problems->rowCount(), 1);
        const QString name = segments->edited(id)->name.value_or(QString());
        QCOMPARE(cell(0, ProblemListModel::SegmentColumn), text("1002 “%1”").arg(name));
        QCOMPARE(cell(0, ProblemListModel::FieldColumn),
                 text("Points of interest › #1 › Latitude"));
        QCOMPARE(cell(0, ProblemListModel::SeverityColumn), text("Error"));
        QCOMPARE(problems->index(0, ProblemListModel::SeverityColumn)
                         .data(Qt::DecorationRole)
                         .userType(),
                 QMetaType::QIcon);
        QVERIFY(cell(0, ProblemListModel::TitleColumn).contains(text("95.2")));
        QCOMPARE(cell(0, 0, ProblemListModel::SegmentIdRole), id);
        QCOMPARE(cell(0, 0, ProblemListModel::FieldPathRole),
                 text("attributes/location/pointsOfInterest/0/latitude"));
        QCOMPARE(problems->index(0, 0)
                         .data(ProblemListModel::SeverityRole)
                         .value<Problem::Severity>(),
                 Problem::Severity::Error);
        QCOMPARE(problems->problemAt(0).segmentId, id);

        // Fixed: the line goes.
        stack->undo();
        QCOMPARE(problems->rowCount(), 0);
    }

    void serverAndBatchProblems()
    {
        const QString id = QStringLiteral("1004");
        rename(id, QStringLiteral("Renamed"));
        segments->setSending({id});
        Problem error;
        error.severity = Problem::Severity::Error;
        error.code = QStringLiteral("name-must-be-unique");
        error.title = QStringLiteral("Name already used");
        error.detail = QStringLiteral("Another segment of this advertiser is called Renamed.");
        error.traceId = QStringLiteral("abc-123");
        error.field = QStringLiteral("attributes/name");
        SegmentOutcome failed;
        failed.segmentId = id;
        failed.status = SegmentOutcome::Status::Failed;
        failed.problems = {error};
        segments->applyOutcomes({failed});

        Problem batch;
        batch.severity = Problem::Severity::Warning;
        batch.code = QStringLiteral("deprecated");
        batch.detail = QStringLiteral("This API version retires soon.");
        segments->addBatchProblems({batch});

        QCOMPARE(problems->rowCount(), 2);
        QCOMPARE(cell(0, ProblemListModel::SegmentColumn), text("1004 “Renamed”"));
        QCOMPARE(cell(0, ProblemListModel::FieldColumn), text("Name"));
        QCOMPARE(cell(0, ProblemListModel::CodeColumn), text("name-must-be-unique"));
        QCOMPARE(cell(0, ProblemListModel::TitleColumn), text("Name already used"));
        QCOMPARE(cell(0, ProblemListModel::DetailColumn),
                 text("Another segment of this advertiser is called Renamed."));
        QCOMPARE(cell(0, ProblemListModel::TraceIdColumn), text("abc-123"));
        QCOMPARE(cell(1, ProblemListModel::SegmentColumn), text("(whole send)"));
        QCOMPARE(cell(1, ProblemListModel::SeverityColumn), text("Warning"));
        QCOMPARE(cell(1, ProblemListModel::TitleColumn), text("This API version retires soon."));
        QCOMPARE(cell(1, 0, ProblemListModel::SegmentIdRole), QString());
        // Errors sort before warnings.
        QCOMPARE(problems->index(0, ProblemListModel::SeverityColumn)
                         .data(ProblemListModel::SortRole)
                         .toInt(),
                 0);
        QCOMPARE(problems->index(1, ProblemListModel::SeverityColumn)
                         .data(ProblemListModel::SortRole)
                         .toInt(),
                 1);

        segments->clearBatchProblems();
        QCOMPARE(problems->rowCount(), 1);
    }

    void renamingARowWithProblemsUpdatesItsLine()
    {
        const QString id = QStringLiteral("1003");
        AudienceSegment e = *segments->edited(id);
        e.prospecting->daysSinceLastVisitMin = -3;
        QVERIFY(editor->editSegments({e}));
        QCOMPARE(problems->rowCount(), 1);
        rename(id, QStringLiteral("New name"));
        QCOMPARE(cell(0, ProblemListModel::SegmentColumn), text("1003 “New name”"));
    }

    void unrelatedEditsLeaveTheListAlone()
    {
        rename(QStringLiteral("1001"), QString()); // one problem
        QCOMPARE(problems->rowCount(), 1);
        QSignalSpy reset(problems.get(), &QAbstractItemModel::modelReset);
        rename(QStringLiteral("1003"), QStringLiteral("Fine"));
        problems->rebuild(); // finds the same lines
        QCOMPARE(reset.size(), 0);
    }

    // An edit of one row changes that row's lines only: rows inserted, removed or changed where
    // its lines are, never a reset (which would lose the panel's selection and cost a pass over
    // every problem).
    void anEditChangesOnlyItsLines()
    {
        for (const char *id : {"1001", "1002", "1003"})
            rename(QString::fromUtf8(id), QString());
        QCOMPARE(problems->rowCount(), 3);
        QSignalSpy reset(problems.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(problems.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(problems.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(problems.get(), &QAbstractItemModel::dataChanged);

        // A second problem on 1003: one line inserted after its first.
        AudienceSegment e = *segments->edited(QStringLiteral("1003"));
        e.prospecting->daysSinceLastVisitMin = -3;
        QVERIFY(editor->editSegments({e}));
        QCOMPARE(problems->rowCount(), 4);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);
        QCOMPARE(inserted.at(0).at(2).toInt(), 3);

        // 1002 fixed: its line removed.
        rename(QStringLiteral("1002"), QStringLiteral("Fixed"));
        QCOMPARE(problems->rowCount(), 3);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(removed.at(0).at(2).toInt(), 1);
        QCOMPARE(cell(1, ProblemListModel::SegmentColumn, ProblemListModel::SegmentIdRole),
                 QStringLiteral("1003"));

        // An edit of 1001 that leaves its problem: its line changes in place, or not at all.
        AudienceSegment d = *segments->edited(QStringLiteral("1001"));
        d.description = QStringLiteral("Other words");
        QVERIFY(editor->editSegments({d}));
        QCOMPARE(problems->rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(reset.size(), 0);
        for (const QList<QVariant> &args : std::as_const(changed)) {
            QCOMPARE(args.at(0).toModelIndex().row(), args.at(1).toModelIndex().row());
            QVERIFY(args.at(0).toModelIndex().row() <= 2);
        }
    }

    // The selected line stays selected while the lines before it come and go.
    void theSelectionStays()
    {
        for (const char *id : {"1001", "1002", "1003"})
            rename(QString::fromUtf8(id), QString());
        QItemSelectionModel selection(problems.get());
        selection.select(problems->index(2, 0),
                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        rename(QStringLiteral("1001"), QStringLiteral("Fixed"));
        rename(QStringLiteral("1002"), QStringLiteral("Fixed too"));
        QCOMPARE(problems->rowCount(), 1);
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().at(0).data(ProblemListModel::SegmentIdRole).toString(),
                 QStringLiteral("1003"));
        rename(QStringLiteral("1001"), QString()); // a line before it again
        QCOMPARE(selection.selectedRows().at(0).row(), 1);
        QCOMPARE(selection.selectedRows().at(0).data(ProblemListModel::SegmentIdRole).toString(),
                 QStringLiteral("1003"));
    }

    void sourceResetEmptiesTheList()
    {
        rename(QStringLiteral("1001"), QString());
        QCOMPARE(problems->rowCount(), 1);
        segments->setSegments({});
        QCOMPARE(problems->rowCount(), 0);
        problems->setSourceModel(nullptr);
        QCOMPARE(problems->rowCount(), 0);
    }
};

QTEST_MAIN(TestProblemListModel)
#include "tst_problemlistmodel.moc"
