#pragma once

#include "PoiParser.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// The review step between pasted or imported text and the points of a location segment: the text
// (editable: fix a line and see it parsed again), what PoiParser made of it (the accepted points
// with their lines, the rejected and suspicious lines with their messages, the detected format),
// and whether the points replace the list or are added to it. Nothing changes before Apply.
// When adding, a point the list already has (same name and place) is flagged and left out (the
// list is a set); one at the place of a listed point under another name is added with a warning.
class PoiImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `sourceName` says where the text came from ("Pasted text", "stores.csv"); `existing` is the
    // list the points would be added to (empty when the segments' lists differ).
    PoiImportDialog(const QString &text, const QString &sourceName,
                    const QList<PointOfInterest> &existing, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;

    const PoiParseResult &result() const { return m_result; }
    // What Apply would add or set: the accepted points, without those already in the list when
    // adding.
    QList<PointOfInterest> pointsToApply() const;
    bool replaceExisting() const;
    void setReplaceExisting(bool replace);
    // Every message listed, "line N: …", in line order.
    QStringList messageTexts() const;
    QString sourceName() const { return m_sourceName; }

private:
    void reparse();
    void updateView();
    // The listed point at the same place (5 decimals) as `point`; with `sameName`, only one that
    // also has its name.
    std::optional<PointOfInterest> existingAt(const PointOfInterest &point, bool sameName) const;

    QString m_sourceName;
    QList<PointOfInterest> m_existing;
    PoiParseResult m_result;
    QList<PoiLineMessage> m_messages; // the parser's and "already in the list"

    QPlainTextEdit *m_source;
    QLabel *m_format;
    QTableWidget *m_accepted;
    QListWidget *m_messageList;
    QLabel *m_summary;
    QCheckBox *m_replace;
    QPushButton *m_apply;
};
