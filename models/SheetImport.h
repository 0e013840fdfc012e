#pragma once

#include "AudienceSegment.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class SegmentEditor;
class SegmentTableModel;

// What an import found wrong or odd, where: the file, the line and the column (1-based; 0 when it
// is about the whole file or the whole row), the column's header as the file spells it.
struct SheetMessage
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file; // empty: the sheet; otherwise which one ("points of interest")
    int line = 0;
    int column = 0;
    QString header;
    QString segmentId;
    QString message; // translated, a full sentence

    // "line 4, column 7 (brand ids): message", translated.
    QString text() const;
    QJsonObject toJson() const;
};

// One field of an imported edit, as the review shows it. For a change set, a field whose value
// changed since the change set was made is a conflict: shown, never applied.
struct ImportedField
{
    QString path;         // the API path ("attributes/inMarket/brandIds")
    QString label;        // SegmentFields::fieldLabel
    QString currentText;  // SegmentFields::valueText of the working set's edited version
    QString importedText; // and of the imported one
    bool conflict = false;
    QString expectedText; // a conflict: the value the change set was made from
};

// The edit an import proposes for one segment: its edited version with the imported fields.
struct ImportedEdit
{
    QString id;
    QString name;
    SegmentType type = SegmentType::Unknown;
    int line = 0; // where the segment's row is (the first, for a change set)
    AudienceSegment proposed;
    QList<ImportedField> fields;

    // Fields the edit would change (not the conflicts).
    int applicableCount() const;
};

// Everything an import of a sheet or a change set found: the edits to review (in file order),
// the refused rows and the warnings, and what the file looked like.
struct SheetImportResult
{
    QList<ImportedEdit> edits;
    QList<SheetMessage> messages; // sorted by file, then line, then column
    QString fatalError;           // nothing could be read: why, and what to do
    int rowsRead = 0;
    int rowsRefused = 0;
    int rowsUnchanged = 0;
    QString format; // "semicolon-separated, UTF-8" (translated)

    int errorCount() const;
    int warningCount() const;
    int conflictCount() const;
    // segmentctl's report: {"applied": [...], "refused": [...], "conflicts": [...],
    // "warnings": [...], "unchanged": n}; `applied` names the edits that were applied.
    QJsonObject report(const QSet<QString> &applied) const;
};

// Reads a segment sheet (SegmentSheet) back as edits of the rows of a working set, never as an
// overwrite: rows are matched by id; a blank cell keeps the value; [clear] clears; headers in
// English, French or German, in any order, separated by ",", ";" or tabs, with or without a BOM,
// CRLF or LF, quoted or not; UTF-8 (or Latin-1 when the bytes are not UTF-8). Unknown columns are
// warnings. A segment with an unknown id, another type or advertiser, a changed read-only field,
// a value that cannot be read or that the validator refuses is refused with its line and column,
// and nothing of it is applied (neither its row nor its points of interest). The points of
// interest file (segment id, name, latitude, longitude) replaces the points of the segments it
// names. Workbooks (.xlsx, .ods, .xls) are refused with a message saying to save as CSV.
class SheetImport
{
    Q_DECLARE_TR_FUNCTIONS(SheetImport)

public:
    // `points` may be empty; a sheet that is itself a points file is read as one.
    static SheetImportResult read(const SegmentTableModel &model, const QByteArray &sheet,
                                  const QByteArray &points = {});

    // A file the user chose, as the window and `segmentctl import` read it: a change set
    // (ChangeSet) or a sheet, with the points file beside it (SegmentSheet::pointsPathFor) when
    // there is one and `pointsPath` is empty. `pointsRead` receives the points file read, if any.
    static SheetImportResult readFile(const SegmentTableModel &model, const QString &path,
                                      const QString &pointsPath = {},
                                      QString *pointsRead = nullptr);

    // The name of the undo step of an import of `count` segments.
    static QString stepText(int count);

    // The accepted edits through the editor, in one undo step named `text` (conflicts left
    // out; fields copied onto the rows' current edited versions). Returns how many segments
    // changed.
    static int apply(SegmentEditor &editor, const QList<ImportedEdit> &edits, const QString &text);

    // Bytes as text: UTF-8 (a BOM skipped), else Latin-1 with `note` saying so. A workbook's
    // bytes give nothing and the message in `error`.
    static std::optional<QString> decode(const QByteArray &bytes, QString *note, QString *error);

    // Collects edits per segment for read() and ChangeSet::importInto(): a segment refused once
    // stays refused, whatever else its rows carry.
    class Builder
    {
    public:
        explicit Builder(const SegmentTableModel &model);

        // The segment's proposed version so far (its edited version at first); nothing for an id
        // the working set does not have.
        AudienceSegment *proposed(const QString &id, int line);
        void refuse(const QString &id, SheetMessage message);
        void warn(SheetMessage message);
        void conflict(const QString &id, ImportedField field);
        bool isRefused(const QString &id) const { return m_refused.contains(id); }
        const SegmentTableModel &model() const { return m_model; }
        QStringList ids() const { return m_ids; }

        // The edits, validated (a validator error on an imported field refuses the segment).
        SheetImportResult finish(SheetImportResult result);

    private:
        const SegmentTableModel &m_model;
        QStringList m_ids; // every id of the working set
        QStringList m_order;
        QHash<QString, AudienceSegment> m_proposed;
        QHash<QString, int> m_lines;
        QHash<QString, QList<ImportedField>> m_conflicts;
        QSet<QString> m_refused;
        QList<SheetMessage> m_messages;
    };
};
