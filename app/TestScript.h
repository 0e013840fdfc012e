#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class EditorBackend;
class MainWindow;

// A few simple actions that drive the window of a real segment-editor process, so that a test can
// kill it (kill -9) at a known point and check what the next start restores. Behind the hidden
// `--test-script` option; never meant for people. Steps are separated by ';':
//
//   load                 loads every advertiser's segments, and waits for the end
//   rename ID TEXT       sets a segment's name (an undoable edit, as typed in the table)
//   describe ID TEXT     sets its description
//   undo                 undoes the last edit
//   chunk N              segments per PATCH request
//   wait-autosave        waits until the autosave was written
//   send                 starts Send (the check, then the chunks)
//   quit                 closes the window and ends the program with exit status 0 (fails when
//                        the window asks first: unsaved work)
//
// Each step starts when the one before is done and prints one line on standard output ("step 2
// rename", "autosaved PATH", "script done"), which is what the test waits for.
class TestScript : public QObject
{
    Q_OBJECT

public:
    struct Step
    {
        QString verb;
        QStringList arguments;
    };

    // nullopt and a message for an unknown verb or missing arguments.
    static std::optional<QList<Step>> parse(const QString &script, QString *error);

    TestScript(QList<Step> steps, MainWindow *window, EditorBackend *backend,
               QObject *parent = nullptr);

    // Runs the steps, one after the other.
    void start();

Q_SIGNALS:
    void failed(const QString &message);

private:
    void next();
    void say(const QString &line) const;
    void fail(const QString &message);

    QList<Step> m_steps;
    int m_next = 0;
    QPointer<MainWindow> m_window;
    QPointer<EditorBackend> m_backend;
};
