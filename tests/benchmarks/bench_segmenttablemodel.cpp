// The segment table at N rows (1 000 to 100 000: the size the editor must stay usable with),
// each figure beside its floor measured in the same run on the same bytes:
//   - load the pages into the model (parse + rows): search answers of 100 segments each, parsed
//     (SegmentJson) and appended page by page as the window does / QJsonDocument::fromJson of the
//     same pages. Goal <= 2x.
//   - open a working set to a painted table: WorkingSet::read, the model, the sorting proxy and a
//     QTableView painted once / reading the file and QJsonDocument::fromJson of it. Goal <= 2x.
//   - filter keystroke (text, advertiser, type, state), with the window's sort (by id) in place:
//     the proxy's setter and its new row count / a bare loop over the model's rows comparing the
//     same field (data() of the role the filter reads). Goal <= 1.5x, and <= 50 ms at 100 000.
//   - peak memory: the window with N rows loaded: in a child process (this program with
//     --memory-child), the resident memory added by opening the working set into the model,
//     proxy and painted view (VmHWM after less VmRSS before, the empty view already painted) /
//     the size of the working set's JSON.
//     Goal <= 2x.
// And for information, without a floor: sorting by name and by date, one edit and a bulk edit of
// 500 rows through the editor, and one edit of a row with problems with the Problems panel's model
// attached (10% of the rows invalid) beside the same edit without it.
//
//   bench_segmenttablemodel [--sizes 1000,10000,100000] [--json FILE]
//   bench_segmenttablemodel --smoke        (N = 1000: checks that it still works)
#include "BenchSupport.h"
#include "GeneratedSegments.h"
#include "ProblemListModel.h"
#include "SegmentEditor.h"
#include "SegmentFilterProxy.h"
#include "SegmentJson.h"
#include "SegmentTableModel.h"
#include "WorkingSet.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Bench;

namespace {

const double loadGoal = 2.0;
const double openGoal = 2.0;
const double filterGoal = 1.5;
const double filterLimitMs = 50; // at 100 000 rows
const double memoryGoal = 2.0;
const int pageSize = 100;

QList<QByteArray> searchPages(const QList<AudienceSegment> &segments)
{
    QList<QByteArray> pages;
    for (qsizetype first = 0; first < segments.size(); first += pageSize) {
        QJsonArray data;
        for (qsizetype i = first; i < qMin(segments.size(), first + pageSize); ++i)
            data.append(SegmentJson::toResource(segments.at(i)));
        const QJsonObject meta{{QStringLiteral("totalItems"), segments.size()},
                               {QStringLiteral("limit"), pageSize},
                               {QStringLiteral("offset"), first}};
        pages.append(QJsonDocument(QJsonObject{{QStringLiteral("data"), data},
                                               {QStringLiteral("meta"), meta},
                                               {QStringLiteral("errors"), QJsonArray()},
                                               {QStringLiteral("warnings"), QJsonArray()}})
                             .toJson(QJsonDocument::Compact));
    }
    return pages;
}

// A working set of `size` generated segments, one in ten edited (so that the state filter has
// something to find).
WorkingSet workingSet(int size)
{
    WorkingSet set;
    set.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    set.apiVersion = QStringLiteral("2025-10");
    for (int i = 0; i < size; ++i) {
        WorkingSetEntry entry;
        entry.original = GeneratedSegments::make(i);
        if (i % 10 == 3) {
            AudienceSegment edited = entry.original;
            edited.description = QStringLiteral("Edited %1").arg(i);
            entry.edited = edited;
        }
        set.segments.append(entry);
    }
    return set;
}

// The window's table, as far as loading and painting go.
struct Table
{
    SegmentTableModel model;
    SegmentFilterProxy proxy;
    QTableView view;

    Table()
    {
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(SegmentTableModel::IdColumn, Qt::AscendingOrder);
        view.resize(1200, 800);
        view.show();
    }

    bool open(const QString &path)
    {
        QString error;
        const auto set = WorkingSet::read(path, &error);
        if (!set)
            return false;
        model.setWorkingSet(set->segments);
        view.viewport()->repaint();
        return proxy.rowCount() == set->segments.size();
    }
};

// --memory-child FILE: prints the KiB the opened working set added to this process.
int memoryChild(const QString &path)
{
    // The window's own memory (widgets, style, fonts) comes first: the figure is what N rows add.
    Table table;
    table.view.viewport()->repaint();
    const qint64 before = currentRssKiB();
    if (!table.open(path))
        return 1;
    out() << (peakRssKiB() - before) << Qt::endl;
    return 0;
}

Figure figure(const QString &name, int n, const QString &unit, double value)
{
    Figure f;
    f.name = name;
    f.n = n;
    f.unit = unit;
    f.value = value;
    return f;
}

class TableBenchmark
{
public:
    TableBenchmark(Report *report, const QString &self)
        : m_report(report)
        , m_self(self)
    { }

    bool run(int size, QString *error)
    {
        err() << "bench_segmenttablemodel N=" << size << "…" << Qt::endl;
        const QList<AudienceSegment> segments = GeneratedSegments::many(size);
        loadPages(size, segments);
        const QString path = m_dir.filePath(QStringLiteral("set-%1.json").arg(size));
        const WorkingSet set = workingSet(size);
        if (!set.write(path, error))
            return false;
        if (!openWorkingSet(size, path, error) || !memory(size, path, error))
            return false;
        filters(size, set);
        sorting(size, set);
        edits(size, set);
        QFile::remove(path);
        return true;
    }

private:
    void loadPages(int size, const QList<AudienceSegment> &segments)
    {
        const QList<QByteArray> pages = searchPages(segments);
        std::unique_ptr<SegmentTableModel> model;
        const double load = bestSeconds(
                [&] {
                    for (const QByteArray &page : pages) {
                        auto answer = SegmentJson::parseSegmentListResponse(
                                QJsonDocument::fromJson(page).object());
                        model->appendSegments(std::move(answer.data));
                    }
                },
                [&] { model = std::make_unique<SegmentTableModel>(); });
        const double parse = bestSeconds([&] {
            for (const QByteArray &page : pages)
                QJsonDocument::fromJson(page);
        });
        Figure f = figure(QStringLiteral("load the pages into the model (parse + rows)"), size,
                          QStringLiteral("ms"), load * 1000);
        f.floor = parse * 1000;
        f.floorName
                = QStringLiteral("QJsonDocument::fromJson of the same %1 pages").arg(pages.size());
        f.goalRatio = loadGoal;
        m_report->add(f);
    }

    bool openWorkingSet(int size, const QString &path, QString *error)
    {
        std::unique_ptr<Table> table;
        bool opened = true;
        const double open = bestSeconds([&] { opened = opened && table->open(path); },
                                        [&] { table = std::make_unique<Table>(); });
        if (!opened) {
            *error = QStringLiteral("the working set did not open");
            return false;
        }
        const double parse = bestSeconds([&] {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            QJsonDocument::fromJson(file.readAll());
        });
        Figure f = figure(QStringLiteral("open a working set to a painted table"), size,
                          QStringLiteral("ms"), open * 1000);
        f.floor = parse * 1000;
        f.floorName = QStringLiteral("reading the file and QJsonDocument::fromJson of it");
        f.goalRatio = openGoal;
        m_report->add(f);
        return true;
    }

    bool memory(int size, const QString &path, QString *error)
    {
        QProcess child;
        child.start(m_self, {QStringLiteral("--memory-child"), path});
        if (!child.waitForFinished(600000) || child.exitCode() != 0) {
            *error = QStringLiteral("the memory child failed: %1")
                             .arg(QString::fromUtf8(child.readAllStandardError()));
            return false;
        }
        const qint64 kib = child.readAllStandardOutput().trimmed().toLongLong();
        Figure f = figure(QStringLiteral("peak memory: the window with N rows loaded"), size,
                          QStringLiteral("MiB"), double(kib) / 1024);
        f.floor = double(QFileInfo(path).size()) / 1024 / 1024;
        f.floorName = QStringLiteral("size of the working set's JSON");
        f.goalRatio = memoryGoal;
        m_report->add(f);
        return true;
    }

    // One keystroke's worth of filtering: from `before` (outside the clock) to `after`.
    void filter(int size, const QString &what, SegmentFilterProxy &proxy,
                const std::function<void()> &before, const std::function<void()> &after,
                const std::function<int()> &floorLoop)
    {
        int shown = 0;
        const double value = bestSeconds(
                [&] {
                    after();
                    shown = proxy.rowCount();
                },
                before);
        int counted = 0;
        const double floor = bestSeconds([&] { counted = floorLoop(); });
        if (shown != counted)
            err() << "  warning: the " << what << " filter shows " << shown << " rows, the loop "
                  << "counts " << counted << Qt::endl;
        Figure f = figure(QStringLiteral("filter keystroke (%1)").arg(what), size,
                          QStringLiteral("ms"), value * 1000);
        f.floor = floor * 1000;
        f.floorName = QStringLiteral("bare loop over the rows comparing the same field");
        f.goalRatio = filterGoal;
        if (size >= 100000)
            f.goalLimit = filterLimitMs;
        f.note = QStringLiteral("%1 rows shown").arg(shown);
        m_report->add(f);
    }

    void filters(int size, const WorkingSet &set)
    {
        SegmentTableModel model;
        model.setWorkingSet(set.segments);
        SegmentFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(SegmentTableModel::IdColumn); // the window's
        const int rows = model.rowCount();
        const auto loop
                = [&](int column, int role, const std::function<bool(const QVariant &)> &ok) {
                      int count = 0;
                      for (int row = 0; row < rows; ++row)
                          count += ok(model.index(row, column).data(role)) ? 1 : 0;
                      return count;
                  };

        const QString typed = QStringLiteral("segment 42");
        filter(
                size, QStringLiteral("text"), proxy,
                [&] { proxy.setTextFilter(QStringLiteral("segment 4")); },
                [&] { proxy.setTextFilter(typed); },
                [&] {
                    int count = 0;
                    for (int row = 0; row < rows; ++row) {
                        for (const int column :
                             {SegmentTableModel::IdColumn, SegmentTableModel::NameColumn,
                              SegmentTableModel::DescriptionColumn}) {
                            if (model.index(row, column)
                                        .data(Qt::EditRole)
                                        .toString()
                                        .contains(typed, Qt::CaseInsensitive)) {
                                ++count;
                                break;
                            }
                        }
                    }
                    return count;
                });
        proxy.setTextFilter(QString());

        const QString advertiser = QStringLiteral("502");
        filter(
                size, QStringLiteral("advertiser"), proxy,
                [&] { proxy.setAdvertiserFilter(QStringLiteral("501")); },
                [&] { proxy.setAdvertiserFilter(advertiser); },
                [&] {
                    return loop(SegmentTableModel::AdvertiserColumn,
                                SegmentTableModel::AdvertiserIdRole,
                                [&](const QVariant &v) { return v.toString() == advertiser; });
                });
        proxy.setAdvertiserFilter(QString());

        filter(
                size, QStringLiteral("type"), proxy,
                [&] { proxy.setTypeFilter(SegmentType::Retargeting); },
                [&] { proxy.setTypeFilter(SegmentType::Location); },
                [&] {
                    return loop(SegmentTableModel::TypeColumn, SegmentTableModel::SegmentTypeRole,
                                [](const QVariant &v) {
                                    return v.value<SegmentType>() == SegmentType::Location;
                                });
                });
        proxy.setTypeFilter(std::nullopt);

        const QSet<SegmentFilterProxy::RowState> modified = SegmentFilterProxy::modifiedStates();
        filter(
                size, QStringLiteral("state"), proxy, [&] { proxy.setStateFilter({}); },
                [&] { proxy.setStateFilter(modified); },
                [&] {
                    return loop(SegmentTableModel::StateColumn, SegmentTableModel::StateRole,
                                [&](const QVariant &v) {
                                    return modified.contains(
                                            v.value<SegmentFilterProxy::RowState>());
                                });
                });
    }

    void sorting(int size, const WorkingSet &set)
    {
        SegmentTableModel model;
        model.setWorkingSet(set.segments);
        SegmentFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(SegmentTableModel::IdColumn);
        for (const auto &[column, what] :
             {std::pair{int(SegmentTableModel::NameColumn), QStringLiteral("name")},
              std::pair{int(SegmentTableModel::UpdatedAtColumn), QStringLiteral("date")}}) {
            const double value = bestSeconds([&] { proxy.sort(column, Qt::DescendingOrder); },
                                             [&] { proxy.sort(column, Qt::AscendingOrder); });
            m_report->add(figure(QStringLiteral("sort by %1").arg(what), size, QStringLiteral("ms"),
                                 value * 1000));
        }
    }

    void edits(int size, const WorkingSet &set)
    {
        SegmentTableModel model;
        QUndoStack stack;
        SegmentEditor editor(&model, &stack);
        SegmentFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(SegmentTableModel::NameColumn);
        // One row in ten invalid (an empty name), for the Problems panel.
        QList<WorkingSetEntry> entries = set.segments;
        for (qsizetype i = 7; i < entries.size(); i += 10) {
            AudienceSegment edited = entries.at(i).original;
            edited.name = QString();
            entries[i].edited = edited;
        }
        model.setWorkingSet(entries);
        const QString id = model.idAt(size / 2);
        AudienceSegment e = *model.edited(id);
        int i = 0;
        const auto edit = [&](const QString &which, AudienceSegment &segment) {
            segment.description = QStringLiteral("Edited %1").arg(++i);
            editor.endEditSession();
            editor.editSegment(which, segment, QStringLiteral("attributes/description"));
        };
        const double one = bestSeconds([&] { edit(id, e); });
        m_report->add(figure(QStringLiteral("one edit through the editor"), size,
                             QStringLiteral("us"), one * 1e6));

        const double bulk = bestSeconds([&] {
            QList<AudienceSegment> many;
            ++i;
            for (int row = 0; row < qMin(size, 500); ++row) {
                AudienceSegment s = *model.edited(model.idAt(row));
                s.description = QStringLiteral("Bulk %1").arg(i);
                many.append(s);
            }
            editor.editSegments(many);
        });
        m_report->add(figure(QStringLiteral("bulk edit of 500 rows"), size, QStringLiteral("ms"),
                             bulk * 1000));

        // A row with problems: the panel follows its edits.
        const QString invalid = model.idAt(7);
        AudienceSegment bad = *model.edited(invalid);
        const double without = bestSeconds([&] { edit(invalid, bad); });
        ProblemListModel problems;
        problems.setSourceModel(&model);
        const double with = bestSeconds([&] { edit(invalid, bad); });
        Figure f = figure(QStringLiteral("edit of a row with problems, Problems panel attached"),
                          size, QStringLiteral("us"), with * 1e6);
        f.floor = without * 1e6;
        f.floorName = QStringLiteral("the same edit without the panel");
        f.note = QStringLiteral("%1 problems listed").arg(problems.rowCount());
        m_report->add(f);
    }

    Report *m_report;
    QString m_self;
    QTemporaryDir m_dir;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the segment table beside its floors."));
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("sizes"),
                                   QStringLiteral("Rows in the table, comma-separated."),
                                   QStringLiteral("N,…"), QStringLiteral("1000,10000,100000"));
    const QCommandLineOption smoke(QStringLiteral("smoke"),
                                   QStringLiteral("One small run (N=1000): does it work?"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Write the figures to this JSON file too."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption child(QStringLiteral("memory-child"),
                                   QStringLiteral("(internal) Open FILE, print the KiB it added."),
                                   QStringLiteral("FILE"));
    parser.addOptions({sizes, smoke, json, child});
    parser.process(app);
    if (parser.isSet(child))
        return memoryChild(parser.value(child));

    auto sizeList = numbers(parser.value(sizes), 10, 1000000);
    if (parser.isSet(smoke))
        sizeList = QList<int>{1000};
    if (!sizeList) {
        err() << "--sizes takes numbers from 10 up" << Qt::endl;
        return 2;
    }
    Report report(QStringLiteral("bench_segmenttablemodel"));
    TableBenchmark benchmark(&report, QCoreApplication::applicationFilePath());
    for (const int size : *sizeList) {
        QString error;
        if (!benchmark.run(size, &error)) {
            err() << "bench_segmenttablemodel: " << error << Qt::endl;
            return 1;
        }
    }
    report.print();
    if (parser.isSet(json) && !report.writeJson(parser.value(json))) {
        err() << "bench_segmenttablemodel: cannot write " << parser.value(json) << Qt::endl;
        return 1;
    }
    return 0;
}
