#pragma once

#include "CliFormat.h"
#include "SegmentEditor.h"
#include "SegmentTableModel.h"
#include "WorkingSet.h"

#include <QTextStream>
#include <QUndoStack>

// A working set loaded into the rows and the editor the window uses, for the commands that edit
// a file (new, duplicate, delete, revert, import): one implementation of every rule about a row.
struct CliRows
{
    WorkingSet set;
    SegmentTableModel model;
    QUndoStack stack;
    SegmentEditor editor{&model, &stack};

    bool load(const QString &path, QTextStream &err)
    {
        const auto read = CliFormat::readWorkingSet(path, err);
        if (!read)
            return false;
        set = *read;
        model.setWorkingSet(set.segments);
        return true;
    }

    bool save(const QString &path, QTextStream &err)
    {
        set.segments = model.workingSetEntries();
        QString error;
        if (!set.write(path, &error)) {
            err << error << Qt::endl;
            return false;
        }
        return true;
    }
};
