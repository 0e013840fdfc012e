#pragma once

#include "AudienceSegment.h"
#include "SheetImport.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>

class SegmentTableModel;

// The pending edits of a working set as a small file to review and pass on: one change per field
// (segment id, field, old value, new value), as JSON or CSV. A colleague imports it into their own
// working set, where it is reviewed like an imported sheet: a field is applied only when it still
// holds the old value there; a field that changed since the change set was made is a conflict,
// shown in the review and never applied.
//
// Values are the cells of a segment sheet (SegmentSheet::cellText, with [clear] for a cleared
// field or an emptied list; points of interest as a JSON array). The JSON file:
//   {"format": "segment-editor-change-set", "version": 1,
//    "changes": [{"id": "1001", "type": "InMarket", "name": "…", "field": "attributes/…",
//                 "label": "Brands", "old": "4101;4102", "new": "4101"}, …]}
// The CSV file: the columns id, field, old, new (and name, type, label, informative), one change
// per row; "field" is the API path or the sheet's column header.
class ChangeSet
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSet)

public:
    struct Change
    {
        QString id;
        QString name; // for the reader; not checked
        SegmentType type = SegmentType::Unknown;
        QString field; // the API path ("attributes/inMarket/brandIds")
        QString oldValue;
        QString newValue;
        int line = 0; // where it was read (1-based; the change's index + 1 in a JSON file)
    };

    // The pending edits of existing segments (new and deleted ones are not in change sets), of
    // the given rows (every row when `ids` is empty), in row order.
    static QList<Change> fromModel(const SegmentTableModel &model, const QStringList &ids = {});

    static QByteArray toJson(const QList<Change> &changes);
    // UTF-8 with a BOM, CRLF, like a sheet.
    static QByteArray toCsv(const QList<Change> &changes, QChar separator);

    // Whether the bytes are a change set (JSON of this format, or CSV with id, field, old, new).
    static bool isChangeSet(const QByteArray &bytes);

    // Either format (JSON when the text starts with "{"). Nothing, with the reason, when the file
    // is not a change set.
    static std::optional<QList<Change>> parse(const QByteArray &bytes, QString *error);

    // The change set as edits of the model's rows, to review (SheetImport::apply applies them).
    static SheetImportResult importInto(const SegmentTableModel &model, const QByteArray &bytes);
};
