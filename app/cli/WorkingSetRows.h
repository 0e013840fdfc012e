#pragma once

#include "CliFormat.h"
#include "SegmentEditor.h"
#include "SegmentTableModel.h"
#include "WorkingSet.h"

#include <QTextStream>
#include <QUndoStack>

// A working set file loaded into the rows and the editor the window uses, for the commands that
// edit it (new, duplicate, delete, import): every rule of an edit then exists once.
struct WorkingSetRows
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
