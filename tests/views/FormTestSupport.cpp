#include "FormTestSupport.h"

#include "JsonCompare.h"
#include "PatchBuilder.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QLineEdit>
#include <QTest>

FormFixture::FormFixture() = default;

FormFixture::~FormFixture()
{
    form.reset();
}

void FormFixture::load(const QList<AudienceSegment> &segments)
{
    model.setSegments(segments);
}

SegmentForm *FormFixture::show(const QStringList &ids, const QSize &size)
{
    form.reset(SegmentForm::createFor(ids, &model, &editor, &catalog));
    form->resize(size);
    form->show();
    if (!QTest::qWaitForWindowExposed(form.get()))
        return nullptr;
    form->showSegments(ids);
    return form.get();
}

QString FormFixture::patchText(const QString &id) const
{
    const std::optional<AudienceSegment> original = model.original(id);
    const std::optional<AudienceSegment> edited = model.edited(id);
    if (!original || !edited)
        return QStringLiteral("(not loaded)");
    const std::optional<QJsonObject> patch = PatchBuilder::build(*original, *edited);
    if (!patch)
        return QStringLiteral("null");
    return QString::fromUtf8(QJsonDocument(*patch).toJson(QJsonDocument::Compact));
}

QString FormFixture::patchDifference(const QString &id, const QString &expected) const
{
    const std::optional<AudienceSegment> original = model.original(id);
    const std::optional<AudienceSegment> edited = model.edited(id);
    if (!original || !edited)
        return QStringLiteral("segment %1 is not loaded").arg(id);
    const std::optional<QJsonObject> patch = PatchBuilder::build(*original, *edited);
    const QJsonValue actual = patch ? QJsonValue(*patch) : QJsonValue(QJsonValue::Null);
    const QJsonValue wanted = expected.trimmed() == QLatin1String("null")
            ? QJsonValue(QJsonValue::Null)
            : JsonCompare::parse(expected);
    const QString d = JsonCompare::difference(actual, wanted);
    if (d.isEmpty())
        return {};
    return QStringLiteral("%1\n   actual: %2").arg(d, JsonCompare::compact(actual));
}

QWidget *FormFixture::widget(const QString &name, QString *error) const
{
    QWidget *w = find<QWidget>(name);
    if (!w && error)
        *error = QStringLiteral("no widget named %1").arg(name);
    return w;
}

QModelIndex findItem(QAbstractItemView *view, const QString &text)
{
    const QModelIndexList hits
            = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, text, 1,
                                   Qt::MatchExactly | Qt::MatchRecursive);
    return hits.value(0);
}

namespace {

// Typing goes to the line edit a widget edits with.
QWidget *typingTarget(QWidget *w)
{
    if (auto *combo = qobject_cast<QComboBox *>(w); combo && combo->lineEdit())
        return combo->lineEdit();
    return w;
}

void selectAll(QWidget *w)
{
    if (auto *line = qobject_cast<QLineEdit *>(w))
        line->selectAll();
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
        spin->selectAll();
}

} // namespace

bool FormFixture::run(const QStringList &steps, QString *error)
{
    QString dummy;
    QString &why = error ? *error : dummy;
    for (const QString &step : steps) {
        const QString verb = step.section(QLatin1Char(' '), 0, 0);
        const QString name = step.section(QLatin1Char(' '), 1, 1);
        const QString arg = step.section(QLatin1Char(' '), 2);
        QWidget *w = widget(name, &why);
        if (!w)
            return false;
        if (!w->isEnabled()) {
            why = QStringLiteral("%1 is disabled (step “%2”)").arg(name, step);
            return false;
        }
        if (verb == QLatin1String("type") || verb == QLatin1String("typeonly")) {
            QWidget *target = typingTarget(w);
            target->setFocus();
            selectAll(target);
            if (arg.isEmpty())
                QTest::keyClick(target, Qt::Key_Delete);
            else
                QTest::keyClicks(target, arg);
            if (verb == QLatin1String("type"))
                QTest::keyClick(target, Qt::Key_Return);
        } else if (verb == QLatin1String("enter")) {
            QTest::keyClick(typingTarget(w), Qt::Key_Return);
        } else if (verb == QLatin1String("click")) {
            QTest::mouseClick(w, Qt::LeftButton, {}, w->rect().center());
        } else if (verb == QLatin1String("space")) {
            w->setFocus();
            QTest::keyClick(w, Qt::Key_Space);
        } else if (verb == QLatin1String("choose")) {
            auto *combo = qobject_cast<QComboBox *>(w);
            const int index = combo ? combo->findText(arg) : -1;
            if (index < 0) {
                why = QStringLiteral("no item “%1” in %2").arg(arg, name);
                return false;
            }
            combo->setFocus();
            combo->setCurrentIndex(index);
        } else if (verb == QLatin1String("check")) {
            auto *view = qobject_cast<QAbstractItemView *>(w);
            const QModelIndex index = view ? findItem(view, arg) : QModelIndex();
            if (!index.isValid()) {
                why = QStringLiteral("no item “%1” in %2").arg(arg, name);
                return false;
            }
            view->setFocus();
            view->scrollTo(index);
            view->setCurrentIndex(index);
            QTest::keyClick(view, Qt::Key_Space);
        } else if (verb == QLatin1String("search")) {
            auto *line = qobject_cast<QLineEdit *>(w);
            if (!line) {
                why = QStringLiteral("%1 is not a line edit").arg(name);
                return false;
            }
            line->setFocus();
            line->selectAll();
            QTest::keyClicks(line, arg);
        } else if (verb == QLatin1String("cell")) {
            auto *view = qobject_cast<QAbstractItemView *>(w);
            const QStringList parts = arg.split(QLatin1Char(' '));
            const QString text = arg.section(QLatin1Char(' '), 2);
            const QModelIndex index = view
                    ? view->model()->index(parts.value(0).toInt(), parts.value(1).toInt())
                    : QModelIndex();
            if (!index.isValid()) {
                why = QStringLiteral("no cell %1 in %2").arg(arg, name);
                return false;
            }
            view->setFocus();
            view->setCurrentIndex(index);
            QTest::keyClick(view, Qt::Key_F2);
            auto *cellEditor = qobject_cast<QLineEdit *>(view->indexWidget(index));
            if (!cellEditor) {
                why = QStringLiteral("no editor opened on %1").arg(arg);
                return false;
            }
            cellEditor->selectAll();
            if (text.isEmpty())
                QTest::keyClick(cellEditor, Qt::Key_Delete);
            else
                QTest::keyClicks(cellEditor, text);
            QTest::keyClick(cellEditor, Qt::Key_Return);
            // The delegate commits after the key press has been handled (a queued call).
            QCoreApplication::processEvents();
        } else if (verb == QLatin1String("select")) {
            auto *view = qobject_cast<QAbstractItemView *>(w);
            if (!view) {
                why = QStringLiteral("%1 is not a view").arg(name);
                return false;
            }
            view->setFocus();
            view->clearSelection();
            const QStringList rows = arg.split(QLatin1Char(','));
            for (const QString &row : rows)
                view->selectionModel()->select(view->model()->index(row.toInt(), 0),
                                               QItemSelectionModel::Select
                                                       | QItemSelectionModel::Rows);
            view->selectionModel()->setCurrentIndex(view->model()->index(rows.value(0).toInt(), 0),
                                                    QItemSelectionModel::NoUpdate);
        } else if (verb == QLatin1String("key")) {
            const QKeySequence sequence(arg);
            if (sequence.isEmpty()) {
                why = QStringLiteral("no key sequence “%1”").arg(arg);
                return false;
            }
            w->setFocus();
            QTest::keySequence(w, sequence);
        } else {
            why = QStringLiteral("unknown step “%1”").arg(step);
            return false;
        }
    }
    return true;
}
