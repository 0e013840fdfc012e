#pragma once

#include <QValidator>

#include <optional>

// Accepts whole numbers from `bottom` to `top` in the full 64-bit range (QIntValidator stops at
// int), written with or without the locale's group separators. Digits that cannot become a value
// in range are refused as typed.
class Int64Validator : public QValidator
{
    Q_OBJECT

public:
    Int64Validator(qint64 bottom, qint64 top, QObject *parent = nullptr);

    State validate(QString &input, int &pos) const override;

    // The value of acceptable text; nothing otherwise.
    std::optional<qint64> valueOf(const QString &text) const;

private:
    qint64 m_bottom;
    qint64 m_top;
};
