#include "TestScript.h"

#include "EditorBackend.h"
#include "MainWindow.h"
#include "SegmentTableModel.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QUndoStack>

#include <cstdio>

std::optional<QList<TestScript::Step>> TestScript::parse(const QString &script, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QList<Step>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QList<Step> steps;
    const QStringList parts = script.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        QStringList words = part.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        Step step;
        step.verb = words.takeFirst();
        if (step.verb == QLatin1String("rename") || step.verb == QLatin1String("describe")) {
            if (words.isEmpty())
                return fail(QStringLiteral("%1 needs a segment id").arg(step.verb));
            // The id, then the text as one argument (it may be empty: a name cleared).
            step.arguments = {words.takeFirst(), words.join(QLatin1Char(' '))};
        } else if (step.verb == QLatin1String("chunk")) {
            bool ok = false;
            if (words.size() != 1 || words.constFirst().toInt(&ok) <= 0 || !ok)
                return fail(QStringLiteral("chunk needs a positive number"));
            step.arguments = words;
        } else if (step.verb == QLatin1String("load") || step.verb == QLatin1String("undo")
                   || step.verb == QLatin1String("wait-autosave")
                   || step.verb == QLatin1String("send") || step.verb == QLatin1String("quit")) {
            if (!words.isEmpty())
                return fail(QStringLiteral("%1 takes no argument").arg(step.verb));
        } else {
            return fail(QStringLiteral("unknown step “%1”").arg(step.verb));
        }
        steps.append(step);
    }
    return steps;
}

TestScript::TestScript(QList<Step> steps, MainWindow *window, EditorBackend *backend,
                       QObject *parent)
    : QObject(parent)
    , m_steps(std::move(steps))
    , m_window(window)
    , m_backend(backend)
{ }

void TestScript::start()
{
    QMetaObject::invokeMethod(this, &TestScript::next, Qt::QueuedConnection);
}

void TestScript::say(const QString &line) const
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

void TestScript::fail(const QString &message)
{
    say(QStringLiteral("script failed: ") + message);
    Q_EMIT failed(message);
}

void TestScript::next()
{
    if (!m_window || !m_backend)
        return;
    if (m_next >= m_steps.size()) {
        say(QStringLiteral("script done"));
        return;
    }
    const Step step = m_steps.at(m_next++);
    say(QStringLiteral("step %1 %2").arg(m_next).arg(step.verb));
    SegmentTableModel *model = m_window->model();
    const auto continueLater
            = [this] { QMetaObject::invokeMethod(this, &TestScript::next, Qt::QueuedConnection); };

    if (step.verb == QLatin1String("load")) {
        connect(
                m_backend, &EditorBackend::loadFinished, this,
                [this, continueLater](const QString &error) {
                    if (!error.isEmpty())
                        return fail(error);
                    say(QStringLiteral("loaded %1").arg(m_window->model()->rowCount()));
                    continueLater();
                },
                Qt::SingleShotConnection);
        m_window->loadSegments({});
    } else if (step.verb == QLatin1String("rename") || step.verb == QLatin1String("describe")) {
        const int column = step.verb == QLatin1String("rename")
                ? SegmentTableModel::NameColumn
                : SegmentTableModel::DescriptionColumn;
        const QModelIndex index = model->indexForId(step.arguments.at(0), column);
        if (!index.isValid() || !model->setData(index, step.arguments.at(1)))
            return fail(QStringLiteral("cannot edit segment %1").arg(step.arguments.at(0)));
        continueLater();
    } else if (step.verb == QLatin1String("undo")) {
        m_window->undoStack()->undo();
        continueLater();
    } else if (step.verb == QLatin1String("chunk")) {
        m_window->setChunkSize(step.arguments.constFirst().toInt());
        continueLater();
    } else if (step.verb == QLatin1String("wait-autosave")) {
        connect(
                m_window, &MainWindow::autosaved, this,
                [this, continueLater](const QString &path) {
                    say(QStringLiteral("autosaved ") + path);
                    continueLater();
                },
                Qt::SingleShotConnection);
    } else if (step.verb == QLatin1String("send")) {
        m_window->send();
        continueLater();
    } else if (step.verb == QLatin1String("quit")) {
        if (!m_window->close())
            return fail(QStringLiteral("the window did not close"));
        QCoreApplication::exit(0);
    }
}
