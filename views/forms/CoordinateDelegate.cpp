#include "CoordinateDelegate.h"

#include "PoiListModel.h"
#include "PoiParser.h"

#include <QLineEdit>
#include <QValidator>

namespace {

// Acceptable: a coordinate in range, or nothing; anything else may still become one.
class CoordinateValidator : public QValidator
{
public:
    CoordinateValidator(int column, QObject *parent)
        : QValidator(parent)
        , m_column(column)
    { }

    State validate(QString &input, int &) const override
    {
        return CoordinateDelegate::problemOf(input, m_column).isEmpty() ? Acceptable : Intermediate;
    }

private:
    int m_column;
};

} // namespace

QString CoordinateDelegate::problemOf(const QString &text, int column)
{
    if (text.trimmed().isEmpty())
        return {};
    QString error;
    const auto axis = column == PoiListModel::LatitudeColumn ? PoiParser::Axis::Latitude
                                                             : PoiParser::Axis::Longitude;
    if (PoiParser::parseCoordinate(text.trimmed(), axis, &error))
        return {};
    return error;
}

QWidget *CoordinateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return editor;
    const int column = index.column();
    line->setObjectName(QStringLiteral("coordinateEditor"));
    line->setValidator(new CoordinateValidator(column, line));
    connect(line, &QLineEdit::textEdited, this, [this, column](const QString &text) {
        Q_EMIT const_cast<CoordinateDelegate *>(this)->inputProblem(problemOf(text, column));
    });
    connect(line, &QObject::destroyed, this,
            [this] { Q_EMIT const_cast<CoordinateDelegate *>(this)->inputProblem(QString()); });
    return editor;
}
