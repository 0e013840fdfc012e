#pragma once

#include <QStyledItemDelegate>

// Edits the latitude and longitude cells of the points-of-interest table: the editor accepts any
// notation PoiParser reads (decimal point or comma, hemisphere letters, degrees-minutes-seconds)
// and will not commit text that is not a coordinate in range; while typing, inputProblem() says
// what is wrong ("Latitude 95 is out of range (-90 to 90).") so the form can show it in place.
// An empty cell is allowed: it removes the coordinate, and the validator then asks for one.
class CoordinateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

    // Why `text` is not a coordinate for the column (translated); empty when it is one.
    static QString problemOf(const QString &text, int column);

Q_SIGNALS:
    void inputProblem(const QString &message); // empty: the text is fine
};
