// The send's own work on a working set of N segments with 10% edited, beside its floors measured in
// the same run on the same bytes:
//   - build and serialise the PATCH bodies: the model's sendable changes, PatchBuilder's minimal
//     patch for each, 50 to a body, each body to compact JSON (as SendWorkflow and segmentctl push
//     do) / QJsonDocument::toJson of the finished bodies. Goal <= 1.5x.
//   - map an answer with 10% problems onto rows: the answers of those bodies (data for nine
//     items in ten, an error with instance and source for the tenth) parsed
//     (SegmentJson::parseSegmentListResponse), reconciled (ProblemMapper::reconcile) and applied to
//     the model's rows (applyOutcomes) / QJsonDocument::fromJson of the same answers. Goal <= 1.5x.
//
//   bench_send_bodies [--sizes 1000,10000,100000] [--json FILE]
//   bench_send_bodies --smoke        (N = 1000: checks that it still works)
#include "BenchSupport.h"
#include "GeneratedSegments.h"
#include "PatchBuilder.h"
#include "ProblemMapper.h"
#include "SegmentJson.h"
#include "SegmentTableModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Bench;

namespace {

const int chunkSize = 50; // the send's default
const double bodiesGoal = 1.5;
const double mappingGoal = 1.5;

QList<WorkingSetEntry> entriesWithEdits(int size)
{
    QList<WorkingSetEntry> entries;
    entries.reserve(size);
    for (int i = 0; i < size; ++i) {
        WorkingSetEntry entry;
        entry.original = GeneratedSegments::make(i);
        if (i % 10 == 5) {
            AudienceSegment edited = entry.original;
            edited.name = QStringLiteral("Edited segment %1").arg(i);
            edited.description = QStringLiteral("Edited description %1").arg(i);
            entry.edited = edited;
        }
        entries.append(entry);
    }
    return entries;
}

// The bodies as the send builds them, and their bytes.
QList<QJsonObject> buildBodies(const SegmentTableModel &model, QStringList *ids = nullptr)
{
    QList<QJsonObject> bodies;
    QList<QJsonObject> items;
    for (const SegmentTableModel::Change &change : model.sendableChanges()) {
        if (auto patch = PatchBuilder::build(change.original, change.edited)) {
            items.append(*patch);
            if (ids)
                ids->append(change.id);
        }
        if (items.size() == chunkSize) {
            bodies.append(PatchBuilder::requestBody(items));
            items.clear();
        }
    }
    if (!items.isEmpty())
        bodies.append(PatchBuilder::requestBody(items));
    return bodies;
}

// The server's answer to one body: the updated resource of each item but every tenth, which gets
// an error pointing at its name.
QByteArray answerTo(const QJsonObject &body, const SegmentTableModel &model, int *problemCount)
{
    const QJsonArray items = body.value(QLatin1String("data")).toArray();
    QJsonArray data;
    QJsonArray errors;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString id = items.at(i).toObject().value(QLatin1String("id")).toString();
        if (i % 10 == 9) {
            errors.append(QJsonObject{
                    {QStringLiteral("type"), QStringLiteral("validation")},
                    {QStringLiteral("code"), QStringLiteral("name-must-be-unique")},
                    {QStringLiteral("title"), QStringLiteral("The name is already used")},
                    {QStringLiteral("detail"),
                     QStringLiteral("Another segment of the advertiser has this name.")},
                    {QStringLiteral("instance"), QStringLiteral("@data/%1").arg(i)},
                    {QStringLiteral("source"),
                     QJsonObject{{QStringLiteral("field"),
                                  QStringLiteral("data/%1/attributes/name").arg(i)}}},
                    {QStringLiteral("traceId"), QStringLiteral("demo-%1").arg(i)}});
            ++*problemCount;
        } else {
            data.append(SegmentJson::toResource(*model.edited(id)));
        }
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data},
                                     {QStringLiteral("errors"), errors},
                                     {QStringLiteral("warnings"), QJsonArray()}})
            .toJson(QJsonDocument::Compact);
}

void run(int size, Report *report)
{
    err() << "bench_send_bodies N=" << size << "…" << Qt::endl;
    const QList<WorkingSetEntry> entries = entriesWithEdits(size);
    SegmentTableModel model;
    model.setWorkingSet(entries);

    QStringList ids;
    const QList<QJsonObject> bodies = buildBodies(model, &ids);
    qint64 bytes = 0;
    const double build = bestSeconds([&] {
        bytes = 0;
        for (const QJsonObject &body : buildBodies(model))
            bytes += QJsonDocument(body).toJson(QJsonDocument::Compact).size();
    });
    const double serialise = bestSeconds([&] {
        for (const QJsonObject &body : bodies)
            QJsonDocument(body).toJson(QJsonDocument::Compact);
    });
    Figure figure;
    figure.name = QStringLiteral("build and serialise the PATCH bodies for 10% edited");
    figure.n = size;
    figure.unit = QStringLiteral("ms");
    figure.value = build * 1000;
    figure.floor = serialise * 1000;
    figure.floorName = QStringLiteral("QJsonDocument::toJson of the finished bodies");
    figure.goalRatio = bodiesGoal;
    figure.note = QStringLiteral("%1 edits, %2 bodies, %3 KiB")
                          .arg(ids.size())
                          .arg(bodies.size())
                          .arg(bytes / 1024);
    report->add(figure);

    // The answers, and the ids each body carried.
    QList<QByteArray> answers;
    QList<QStringList> submitted;
    int problems = 0;
    for (qsizetype b = 0; b < bodies.size(); ++b) {
        answers.append(answerTo(bodies.at(b), model, &problems));
        submitted.append(ids.mid(b * chunkSize, chunkSize));
    }
    const double mapping = bestSeconds(
            [&] {
                QList<SegmentOutcome> outcomes;
                for (qsizetype b = 0; b < answers.size(); ++b) {
                    const auto answer = SegmentJson::parseSegmentListResponse(
                            QJsonDocument::fromJson(answers.at(b)).object());
                    outcomes += ProblemMapper::reconcile(submitted.at(b), answer).outcomes;
                }
                model.applyOutcomes(outcomes);
            },
            [&] {
                model.setWorkingSet(entries);
                model.setSending(ids);
            });
    const double parse = bestSeconds([&] {
        for (const QByteArray &answer : std::as_const(answers))
            QJsonDocument::fromJson(answer);
    });
    if (model.counts().failed != problems)
        err() << "  warning: " << model.counts().failed << " rows failed for " << problems
              << " problems" << Qt::endl;
    Figure map;
    map.name = QStringLiteral("map an answer with 10% problems onto rows");
    map.n = size;
    map.unit = QStringLiteral("ms");
    map.value = mapping * 1000;
    map.floor = parse * 1000;
    map.floorName = QStringLiteral("QJsonDocument::fromJson of the same answers");
    map.goalRatio = mappingGoal;
    map.note = QStringLiteral("%1 answers, %2 problems").arg(answers.size()).arg(problems);
    report->add(map);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Times the send's bodies and the mapping of its answers."));
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("sizes"),
                                   QStringLiteral("Segments in the working set, comma-separated."),
                                   QStringLiteral("N,…"), QStringLiteral("1000,10000,100000"));
    const QCommandLineOption smoke(QStringLiteral("smoke"),
                                   QStringLiteral("One small run (N=1000): does it work?"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Write the figures to this JSON file too."),
                                  QStringLiteral("FILE"));
    parser.addOptions({sizes, smoke, json});
    parser.process(app);
    auto sizeList = numbers(parser.value(sizes), 10, 1000000);
    if (parser.isSet(smoke))
        sizeList = QList<int>{1000};
    if (!sizeList) {
        err() << "--sizes takes numbers from 10 up" << Qt::endl;
        return 2;
    }
    Report report(QStringLiteral("bench_send_bodies"));
    for (const int size : *sizeList)
        run(size, &report);
    report.print();
    if (parser.isSet(json) && !report.writeJson(parser.value(json))) {
        err() << "bench_send_bodies: cannot write " << parser.value(json) << Qt::endl;
        return 1;
    }
    return 0;
}
