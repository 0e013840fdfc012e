#include "FormControls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QSpinBox>

#include <limits>

namespace FormControls {

QString mixedText()
{
    return QCoreApplication::translate("FormControls", "Mixed values");
}

QString notSetText()
{
    return QCoreApplication::translate("FormControls", "Not set");
}

void showSpinValue(QSpinBox *spin, std::optional<qint64> value, bool mixed, int minimum,
                   const QString &emptyText)
{
    if (mixed || !value) {
        spin->setMinimum(minimum - 1);
        spin->setSpecialValueText(mixed ? mixedText() : emptyText);
        spin->setValue(minimum - 1);
        return;
    }
    spin->setSpecialValueText(QString());
    spin->setMinimum(minimum);
    const qint64 clamped = std::clamp<qint64>(*value, minimum, spin->maximum());
    spin->setValue(static_cast<int>(clamped));
}

bool spinHasValue(const QSpinBox *spin, int minimum)
{
    return spin->value() >= minimum;
}

void showComboValue(QComboBox *combo, int data, bool mixed)
{
    const int mixedIndex = combo->findData(MixedItem);
    if (mixed) {
        if (mixedIndex < 0)
            combo->insertItem(0, QCoreApplication::translate("FormControls", "(mixed)"), MixedItem);
        combo->setCurrentIndex(combo->findData(MixedItem));
        return;
    }
    if (mixedIndex >= 0)
        combo->removeItem(mixedIndex);
    combo->setCurrentIndex(combo->findData(data));
}

void showCheckState(QCheckBox *box, Qt::CheckState state)
{
    box->setTristate(state == Qt::PartiallyChecked);
    box->setCheckState(state);
}

} // namespace FormControls
