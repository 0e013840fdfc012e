#include "FieldDecorator.h"
#include "FindReplaceDialog.h"
#include "FormTestSupport.h"
#include "PoiListModel.h"
#include "ProblemBanner.h"
#include "SampleSegments.h"
#include "SegmentOutcome.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

// The retargeting sample without a description: "not set" is its own state.
AudienceSegment withoutDescription()
{
    AudienceSegment r = SampleSegments::of(SegmentType::Retargeting);
    r.id = QStringLiteral("2004");
    r.name = QStringLiteral("Without description");
    r.description = Nillable<QString>();
    return r;
}

// What the server sends for a description nobody wrote: null, which nobody here cleared.
AudienceSegment withNullDescription()
{
    AudienceSegment r = SampleSegments::of(SegmentType::Retargeting);
    r.id = QStringLiteral("2005");
    r.name = QStringLiteral("Null description");
    r.description = Nillable<QString>::cleared();
    return r;
}

QWidget *focused(QWidget *form)
{
    return form->window()->focusWidget();
}

// The mnemonic letter of a text ("Re&move" -> 'm'); null when none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Whether `w` is a line edit inside a spin box or combo box (those carry the name).
bool isInnerEditor(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    return qobject_cast<const QLineEdit *>(w)
            && (qobject_cast<const QAbstractSpinBox *>(parent)
                || qobject_cast<const QComboBox *>(parent));
}

} // namespace

// The shared base of the forms: name, description and its three states, revert, the banner and
// the field marks, focusField, following the model, the factory, read-only types, several rows.
class TestSegmentForm : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FormFixture> f;

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<FormFixture>();
        f->load(SampleSegments::all()
                + QList<AudienceSegment>{withoutDescription(), withNullDescription()});
    }
    void cleanup() { f.reset(); }

    void factory_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("className");
        QTest::newRow("in-market") << list({"1001"}) << s("InMarketForm");
        QTest::newRow("location") << list({"1002"}) << s("LocationForm");
        QTest::newRow("prospecting") << list({"1003"}) << s("ProspectingForm");
        QTest::newRow("retargeting") << list({"1004"}) << s("RetargetingForm");
        QTest::newRow("lookalike") << list({"1005"}) << s("LookalikeForm");
        QTest::newRow("contact list") << list({"1006"}) << s("ReadOnlySettingsForm");
        QTest::newRow("behavioral") << list({"1007"}) << s("ReadOnlySettingsForm");
        QTest::newRow("unknown") << list({"1008"}) << s("ReadOnlySettingsForm");
        QTest::newRow("two retargeting") << list({"1004", "2004"}) << s("RetargetingForm");
        QTest::newRow("mixed types") << list({"1001", "1004"}) << s("MixedTypesForm");
    }

    void factory()
    {
        QFETCH(QStringList, ids);
        QFETCH(QString, className);
        SegmentForm *form = f->show(ids);
        QVERIFY(form);
        QCOMPARE(QString::fromLatin1(form->metaObject()->className()), className);
        QCOMPARE(form->segmentIds(), ids);
        QVERIFY(form->canShow(ids));
        // A form of one type does not fit the other types; the summary fits only mixed ones.
        const bool mixed = className == QLatin1String("MixedTypesForm");
        QCOMPARE(form->canShow({QStringLiteral("1003")}),
                 !mixed && SegmentForm::commonType(&f->model, ids) == SegmentType::Prospecting);
        QCOMPARE(form->canShow({QStringLiteral("1003"), QStringLiteral("1005")}), mixed);
        QCOMPARE(form->formType(), SegmentForm::commonType(&f->model, ids));
    }

    // Every control a user can reach has a name for screen readers, every labelled field a
    // mnemonic, and no two mnemonics of one form clash.
    void keyboardAndAccessibility_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("in-market") << list({"1001"});
        QTest::newRow("location") << list({"1002"});
        QTest::newRow("prospecting") << list({"1003"});
        QTest::newRow("retargeting") << list({"1004"});
        QTest::newRow("lookalike") << list({"1005"});
        QTest::newRow("contact list") << list({"1006"});
        QTest::newRow("two retargeting") << list({"1004", "2004"});
        QTest::newRow("mixed types") << list({"1001", "1004"});
    }

    void keyboardAndAccessibility()
    {
        QFETCH(QStringList, ids);
        SegmentForm *form = f->show(ids);
        QHash<QChar, QString> mnemonics;
        const QList<QWidget *> widgets = form->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            // Parts of Qt's own widgets (a table's corner button) are theirs to name.
            if (!w->isVisibleTo(form) || qobject_cast<QAbstractItemView *>(w->parentWidget()))
                continue;
            QString text;
            if (auto *label = qobject_cast<QLabel *>(w)) {
                text = label->text();
                // A list's summary shows names ("Baby & Toddler"): data, drawn as it is (a
                // label without a buddy draws "&" as "&"), not a caption with a mnemonic.
                if (label->objectName().endsWith(QLatin1String("Summary")))
                    continue;
                if (!mnemonicOf(text).isNull())
                    QVERIFY2(label->buddy(), qPrintable(text));
            } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                text = button->text();
                QVERIFY2(!text.isEmpty() || !button->accessibleName().isEmpty(),
                         qPrintable(button->objectName()));
            } else if ((qobject_cast<QLineEdit *>(w) && !isInnerEditor(w))
                       || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                       || (qobject_cast<QAbstractItemView *>(w)
                           && w->objectName().endsWith(QLatin1String("View")))
                       || w->objectName() == QLatin1String("pointsTable")) {
                const bool named = !w->accessibleName().isEmpty()
                        || (qobject_cast<QLineEdit *>(w)
                            && !static_cast<QLineEdit *>(w)->placeholderText().isEmpty());
                QVERIFY2(named,
                         qPrintable(w->objectName() + QLatin1Char(' ')
                                    + QString::fromLatin1(w->metaObject()->className())));
            }
            const QChar m = mnemonicOf(text);
            if (m.isNull())
                continue;
            QVERIFY2(!mnemonics.contains(m),
                     qPrintable(QStringLiteral("“%1” and “%2” share &%3")
                                        .arg(mnemonics.value(m), text, QString(m))));
            mnemonics.insert(m, text);
        }
        QVERIFY(!mnemonics.isEmpty());
    }

    void name()
    {
        f->show({QStringLiteral("1004")});
        QString error;
        QVERIFY2(f->run({s("type nameEdit Cart abandoners FR")}, &error), qPrintable(error));
        QCOMPARE(f->patchDifference(QStringLiteral("1004"),
                                    s(R"({"id":"1004","type":"AudienceSegment",
                                          "attributes":{"name":"Cart abandoners FR"}})")),
                 QString());
        // Typing is one undo step, named after the segment and the field.
        QCOMPARE(f->undoStack.count(), 1);
        QCOMPARE(f->undoStack.text(0), s("Edit name of “Cart abandoners”"));
        f->undoStack.undo();
        QTRY_COMPARE(f->find<QLineEdit>(QStringLiteral("nameEdit"))->text(), s("Cart abandoners"));
        QCOMPARE(f->patchText(QStringLiteral("1004")), s("null"));
    }

    void description_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("patch");       // attributes
        QTest::addColumn<QString>("placeholder"); // of the description edit afterwards
        QTest::addColumn<int>("undoSteps");

        QTest::newRow("typed") << s("1004") << list({"type descriptionEdit Left the cart"})
                               << s(R"({"description":{"value":"Left the cart"}})") << QString()
                               << 1;
        QTest::newRow("cleared: null, not an empty text")
                << s("1004") << list({"click clearDescriptionButton"})
                << s(R"({"description":{"value":null}})") << s("(cleared)") << 1;
        QTest::newRow("emptied by typing: an empty text")
                << s("1004") << list({"type descriptionEdit "})
                << s(R"({"description":{"value":""}})") << QString() << 1;
        QTest::newRow("cleared, then typed")
                << s("1004") << list({"click clearDescriptionButton", "type descriptionEdit New"})
                << s(R"({"description":{"value":"New"}})") << QString() << 2;
        QTest::newRow("cleared, then reverted: left unchanged")
                << s("1004")
                << list({"click clearDescriptionButton", "click descriptionRevertButton"})
                << s("null") << QString() << 2;
        QTest::newRow("typed, then reverted")
                << s("1004")
                << list({"type descriptionEdit Other", "click descriptionRevertButton"})
                << s("null") << QString() << 2;
        QTest::newRow("the same text: nothing")
                << s("1004")
                << list({"type descriptionEdit Visited in the last month, did not buy"})
                << s("null") << QString() << 0;
        QTest::newRow("not set, cleared: null is sent")
                << s("2004") << list({"click clearDescriptionButton"})
                << s(R"({"description":{"value":null}})") << s("(cleared)") << 1;
        QTest::newRow("not set, typed")
                << s("2004") << list({"type descriptionEdit First one"})
                << s(R"({"description":{"value":"First one"}})") << QString() << 1;
    }

    void description()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, steps);
        QFETCH(QString, patch);
        QFETCH(QString, placeholder);
        QFETCH(int, undoSteps);
        f->show({id});
        QString error;
        QVERIFY2(f->run(steps, &error), qPrintable(error));
        const QString expected = patch == QLatin1String("null")
                ? patch
                : QStringLiteral(R"({"id":"%1","type":"AudienceSegment","attributes":%2})")
                          .arg(id, patch);
        QCOMPARE(f->patchDifference(id, expected), QString());
        QCOMPARE(f->find<QLineEdit>(QStringLiteral("descriptionEdit"))->placeholderText(),
                 placeholder);
        QCOMPARE(f->undoStack.count(), undoSteps);
        // A cleared description cannot be cleared again.
        QCOMPARE(f->find<QToolButton>(QStringLiteral("clearDescriptionButton"))->isEnabled(),
                 placeholder != QLatin1String("(cleared)"));
    }

    void notSetPlaceholder()
    {
        f->show({QStringLiteral("2004")});
        QCOMPARE(f->find<QLineEdit>(QStringLiteral("descriptionEdit"))->placeholderText(),
                 s("(no description)"));
    }

    // A null from the server is no one's clearing: no "(cleared)" until the user clears it.
    void serverNullIsNotCleared()
    {
        f->show({QStringLiteral("2005")});
        auto *edit = f->find<QLineEdit>(QStringLiteral("descriptionEdit"));
        QCOMPARE(edit->placeholderText(), s("(no description)"));
        QVERIFY(f->run({s("type descriptionEdit Now written"), s("click clearDescriptionButton")}));
        QCOMPARE(f->patchText(QStringLiteral("2005")), s("null"));
        QCOMPARE(edit->placeholderText(), s("(no description)"));
    }

    void revertButtonsFollowChanges()
    {
        f->show({QStringLiteral("1004")});
        auto *nameRevert = f->find<QToolButton>(QStringLiteral("nameRevertButton"));
        auto *daysRevert = f->find<QToolButton>(QStringLiteral("daysMaxRevertButton"));
        QVERIFY(nameRevert && daysRevert);
        QVERIFY(!nameRevert->isEnabled());
        QVERIFY(f->run({s("type nameEdit Renamed"), s("type daysMaxSpin 45")}));
        QVERIFY(nameRevert->isEnabled());
        QVERIFY(daysRevert->isEnabled());
        QCOMPARE(nameRevert->accessibleName(), s("Revert Name"));
        QVERIFY(f->run({s("click nameRevertButton")}));
        QVERIFY(!nameRevert->isEnabled());
        QVERIFY(daysRevert->isEnabled());
        QCOMPARE(f->find<QLineEdit>(QStringLiteral("nameEdit"))->text(), s("Cart abandoners"));
        QCOMPARE(f->undoStack.text(f->undoStack.index() - 1), s("Revert “Renamed”: Name"));
        QCOMPARE(f->patchDifference(QStringLiteral("1004"),
                                    s(R"({"id":"1004","type":"AudienceSegment","attributes":
                                          {"retargeting":{"daysSinceLastVisitMax":45}}})")),
                 QString());
    }

    void validatorProblemInBannerAndField()
    {
        SegmentForm *form = f->show({QStringLiteral("1004")});
        auto *banner = form->banner();
        QVERIFY(banner->isHidden());
        QVERIFY(f->run({s("type nameEdit  ")}));
        QVERIFY(!banner->isHidden());
        QCOMPARE(banner->entryCount(), 1);
        QVERIFY2(banner->text().contains(s("The name is empty. Enter a name for the segment.")),
                 qPrintable(banner->text()));
        QVERIFY(banner->text().contains(s("found on this computer, before sending")));
        FieldDecorator *name = form->decoratorFor(QStringLiteral("attributes/name"));
        QVERIFY(name->hasError());
        QCOMPARE(f->find<QLabel>(QStringLiteral("nameMessage"))->text(),
                 s("The name is empty. Enter a name for the segment."));
        QVERIFY(f->find<QLabel>(QStringLiteral("nameMessage"))->isVisible());
        QCOMPARE(f->find<QLineEdit>(QStringLiteral("nameEdit"))->accessibleDescription(),
                 s("Error: The name is empty. Enter a name for the segment."));
        // Other fields stay unmarked; fixing the name clears everything.
        QVERIFY(!form->decoratorFor(QStringLiteral("attributes/description"))->hasMessages());
        QVERIFY(f->run({s("type nameEdit Fixed")}));
        QVERIFY(!name->hasMessages());
        QVERIFY(banner->isHidden());
        QVERIFY(!f->find<QLabel>(QStringLiteral("nameMessage"))->isVisible());
    }

    void validatorProblemOfSettingsField()
    {
        SegmentForm *form = f->show({QStringLiteral("1004")});
        QVERIFY(f->run({s("type daysMinSpin 60")})); // above the maximum of 30
        FieldDecorator *min = form->decoratorFor(
                QStringLiteral("attributes/retargeting/daysSinceLastVisitMin"));
        QVERIFY(min->hasError());
        QCOMPARE(min->messageLabel()->text(),
                 s("The minimum of 60 days since the last visit is above the maximum of 30 "
                   "days. Make the minimum at most the maximum."));
        QVERIFY(form->banner()->text().contains(s("Minimum days since last visit")));
    }

    void serverProblemShowsCodeAndTrace()
    {
        SegmentForm *form = f->show({QStringLiteral("1004")});
        QVERIFY(f->run({s("type nameEdit Cart abandoners 2")}));
        f->model.setSending({QStringLiteral("1004")});
        Problem p;
        p.severity = Problem::Severity::Error;
        p.origin = Problem::Origin::Server;
        p.type = QStringLiteral("validation");
        p.code = QStringLiteral("name-must-be-unique");
        p.title = QStringLiteral("Name must be unique");
        p.detail = QStringLiteral("Another segment of advertiser 501 is called that.");
        p.traceId = QStringLiteral("trace-77");
        p.segmentId = QStringLiteral("1004");
        p.field = QStringLiteral("attributes/name");
        SegmentOutcome failed;
        failed.segmentId = QStringLiteral("1004");
        failed.status = SegmentOutcome::Status::Failed;
        failed.problems = {p};
        f->model.applyOutcomes({failed});
        QTRY_VERIFY(!form->banner()->isHidden());
        const QString text = form->banner()->text();
        QVERIFY2(text.contains(s("Name must be unique")), qPrintable(text));
        QVERIFY(text.contains(s("Another segment of advertiser 501 is called that.")));
        QVERIFY(text.contains(s("server answer · code name-must-be-unique · trace id trace-77")));
        QVERIFY(form->decoratorFor(QStringLiteral("attributes/name"))->hasError());
        QCOMPARE(f->find<QLabel>(QStringLiteral("nameMessage"))->text(), s("Name must be unique"));
    }

    void bannerLinkFocusesField()
    {
        SegmentForm *form = f->show({QStringLiteral("1004")});
        QVERIFY(f->run({s("type nameEdit  "), s("type daysMinSpin 60")}));
        QCOMPARE(form->banner()->entryCount(), 2);
        f->find<QSpinBox>(QStringLiteral("daysMaxSpin"))->setFocus();
        Q_EMIT form->banner()->label()->linkActivated(
                QStringLiteral("segment-field:go?segment=1004&field=attributes/name"));
        QCOMPARE(focused(form), f->find<QWidget>(QStringLiteral("nameEdit")));
    }

    void focusField_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("widget"); // objectName of the focused widget; empty: false
        QTest::addColumn<int>("row");        // current row of a view (-1: not checked)
        QTest::addColumn<int>("column");

        QTest::newRow("name") << s("1004") << s("attributes/name") << s("nameEdit") << -1 << -1;
        QTest::newRow("description")
                << s("1003") << s("attributes/description") << s("descriptionEdit") << -1 << -1;
        QTest::newRow("prospecting maximum")
                << s("1003") << s("attributes/prospecting/daysSinceLastVisitMax")
                << s("daysMaxSpin") << -1 << -1;
        QTest::newRow("users type") << s("1003") << s("attributes/prospecting/usersType")
                                    << s("usersTypeCombo") << -1 << -1;
        QTest::newRow("retargeting visitors")
                << s("1004") << s("attributes/retargeting/visitorsType") << s("visitorsTypeCombo")
                << -1 << -1;
        QTest::newRow("target size") << s("1005") << s("attributes/lookalike/targetSize")
                                     << s("targetSizeEdit") << -1 << -1;
        QTest::newRow("country") << s("1001") << s("attributes/inMarket/country")
                                 << s("countryCombo") << -1 << -1;
        QTest::newRow("gender") << s("1001") << s("attributes/inMarket/gender") << s("genderCombo")
                                << -1 << -1;
        QTest::newRow("second brand of the list")
                << s("1001") << s("attributes/inMarket/brandIds/1") << s("brandsView") << -2 << 0;
        QTest::newRow("buying power item") << s("1001") << s("attributes/inMarket/buyingPower/1")
                                           << s("buyingPowerLowCheck") << -1 << -1;
        QTest::newRow("radius") << s("1002") << s("attributes/location/radiusInKm")
                                << s("radiusSpin") << -1 << -1;
        QTest::newRow("a point's latitude")
                << s("1002") << s("attributes/location/pointsOfInterest/1/latitude")
                << s("pointsTable") << 1 << 1;
        QTest::newRow("a point's name")
                << s("1002") << s("attributes/location/pointsOfInterest/0/name") << s("pointsTable")
                << 0 << 0;
        QTest::newRow("a whole point") << s("1002") << s("attributes/location/pointsOfInterest/1")
                                       << s("pointsTable") << 1 << 0;
        QTest::newRow("the list") << s("1002") << s("attributes/location/pointsOfInterest")
                                  << s("pointsTable") << -1 << -1;
        QTest::newRow("contact list name")
                << s("1006") << s("attributes/name") << s("nameEdit") << -1 << -1;
        QTest::newRow("not a field of this form")
                << s("1004") << s("attributes/inMarket/country") << QString() << -1 << -1;
        QTest::newRow("nothing") << s("1004") << QString() << QString() << -1 << -1;
    }

    void focusField()
    {
        QFETCH(QString, id);
        QFETCH(QString, path);
        QFETCH(QString, widget);
        QFETCH(int, row);
        QFETCH(int, column);
        SegmentForm *form = f->show({id});
        QCOMPARE(form->focusField(path), !widget.isEmpty());
        if (widget.isEmpty())
            return;
        QWidget *expected = f->find<QWidget>(widget);
        QVERIFY(expected);
        // A spin box or an editable combo box passes focus to its line edit.
        QWidget *now = focused(form);
        QVERIFY2(now == expected || expected->isAncestorOf(now),
                 qPrintable(now ? now->objectName() + QLatin1Char(' ')
                                            + QString::fromLatin1(now->metaObject()->className())
                                : QStringLiteral("nothing")));
        if (row == -1)
            return;
        auto *view = qobject_cast<QAbstractItemView *>(expected);
        const QModelIndex current = view->currentIndex();
        if (row == -2) {
            // The brand view: the current item is the second brand of the segment (4102).
            QCOMPARE(current.siblingAtColumn(1).data().toString(), s("4102"));
            return;
        }
        QCOMPARE(current.row(), row);
        QCOMPARE(current.column(), column);
        QVERIFY(view->selectionModel()->isRowSelected(row, {}));
    }

    void followsTheModel()
    {
        f->show({QStringLiteral("1004")});
        auto *nameEdit = f->find<QLineEdit>(QStringLiteral("nameEdit"));
        AudienceSegment edited = *f->model.edited(QStringLiteral("1004"));
        edited.name = QStringLiteral("Renamed elsewhere");
        QVERIFY(f->editor.editSegment(QStringLiteral("1004"), edited,
                                      QStringLiteral("attributes/name")));
        QTRY_COMPARE(nameEdit->text(), s("Renamed elsewhere"));
        // Rows not shown do not disturb the form.
        AudienceSegment other = *f->model.edited(QStringLiteral("1003"));
        other.name = QStringLiteral("Other");
        QVERIFY(f->editor.editSegment(QStringLiteral("1003"), other));
        QCoreApplication::processEvents();
        QCOMPARE(nameEdit->text(), s("Renamed elsewhere"));
        f->undoStack.undo();
        f->undoStack.undo();
        QTRY_COMPARE(nameEdit->text(), s("Cart abandoners"));
    }

    void reloadKeepsWhatIsStillLoaded()
    {
        SegmentForm *form = f->show({QStringLiteral("1004"), QStringLiteral("2004")});
        f->model.setSegments({SampleSegments::of(SegmentType::Retargeting)});
        QCOMPARE(form->segmentIds(), list({"1004"}));
        QCOMPARE(f->find<QLineEdit>(QStringLiteral("nameEdit"))->text(), s("Cart abandoners"));
        f->model.setSegments({});
        QCOMPARE(form->segmentIds(), QStringList());
        QVERIFY(!form->isEnabled());
    }

    void readOnlySettings_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("values"); // objectName=text
        QTest::addColumn<bool>("editable");
        QTest::newRow("contact list") << s("1006") << list({"isReadOnlyValue=No"}) << true;
        QTest::newRow("behavioral")
                << s("1007") << list({"categoryValue=Seasonal", "countryValue=DE"}) << true;
        QTest::newRow("unknown type") << s("1008") << QStringList() << false;
    }

    void readOnlySettings()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, values);
        QFETCH(bool, editable);
        f->show({id});
        for (const QString &v : values) {
            auto *label = f->find<QLabel>(v.section(QLatin1Char('='), 0, 0));
            QVERIFY2(label, qPrintable(v));
            QCOMPARE(label->text(), v.section(QLatin1Char('='), 1));
        }
        QVERIFY(f->find<QLabel>(QStringLiteral("readOnlyNote")));
        auto *nameEdit = f->find<QLineEdit>(QStringLiteral("nameEdit"));
        QCOMPARE(nameEdit->isReadOnly(), !editable);
        QCOMPARE(f->find<QToolButton>(QStringLiteral("clearDescriptionButton"))->isEnabled(),
                 editable);
        if (!editable) {
            QTest::keyClicks(nameEdit, QStringLiteral("x"));
            QCOMPARE(f->patchText(id), s("null"));
            QCOMPARE(f->undoStack.count(), 0);
            return;
        }
        QVERIFY(f->run({s("type nameEdit Renamed"), s("click clearDescriptionButton")}));
        QCOMPARE(f->patchDifference(id,
                                    QStringLiteral(R"({"id":"%1","type":"AudienceSegment",
                     "attributes":{"name":"Renamed","description":{"value":null}}})")
                                            .arg(id)),
                 QString());
    }

    void severalRowsShareNameAndDescription()
    {
        const QStringList ids{QStringLiteral("1004"), QStringLiteral("2004")};
        SegmentForm *form = f->show(ids);
        auto *nameEdit = f->find<QLineEdit>(QStringLiteral("nameEdit"));
        auto *description = f->find<QLineEdit>(QStringLiteral("descriptionEdit"));
        // Names differ: shown as mixed, changed only through find and replace.
        QCOMPARE(nameEdit->text(), QString());
        QCOMPARE(nameEdit->placeholderText(), s("Mixed values"));
        QVERIFY(nameEdit->isReadOnly());
        QVERIFY(f->find<QPushButton>(QStringLiteral("findReplaceButton"))->isVisible());
        QCOMPARE(description->placeholderText(), s("Mixed values"));
        QVERIFY(f->find<QLabel>(QStringLiteral("formHeader"))
                        ->text()
                        .contains(s("Retargeting · 2 segments")));

        // Typing changes nothing until the field is left; then every row, one undo step.
        QVERIFY(f->run({s("typeonly descriptionEdit Shared text")}));
        QCOMPARE(f->undoStack.count(), 0);
        QVERIFY(f->run({s("enter descriptionEdit")}));
        QCOMPARE(f->undoStack.count(), 1);
        QCOMPARE(f->undoStack.text(0), s("Set Description in 2 segments"));
        for (const QString &id : ids)
            QCOMPARE(f->model.edited(id)->description, Nillable<QString>(s("Shared text")));
        QCOMPARE(description->placeholderText(), QString());

        QVERIFY(f->run({s("click clearDescriptionButton")}));
        QCOMPARE(f->undoStack.count(), 2);
        QCOMPARE(f->undoStack.text(1), s("Clear description of 2 segments"));
        for (const QString &id : ids)
            QVERIFY(f->model.edited(id)->description.isCleared());
        QCOMPARE(description->placeholderText(), s("(cleared)"));

        // Revert: every row back, one step.
        QVERIFY(f->run({s("click descriptionRevertButton")}));
        QCOMPARE(f->undoStack.count(), 3);
        QCOMPARE(f->patchText(QStringLiteral("1004")), s("null"));
        QCOMPARE(f->patchText(QStringLiteral("2004")), s("null"));
        QVERIFY(form->banner()->isHidden());
    }

    void severalRowsProblemsNameTheRow()
    {
        SegmentForm *form = f->show({QStringLiteral("1004"), QStringLiteral("2004")});
        QVERIFY(f->run({s("type daysMinSpin 60")}));
        // Both rows have a maximum of 30: two problems, each naming its segment.
        QCOMPARE(form->banner()->entryCount(), 2);
        const QString message
                = form->decoratorFor(QStringLiteral("attributes/retargeting/daysSinceLastVisitMin"))
                          ->messageLabel()
                          ->text();
        QVERIFY2(message.startsWith(s("“Cart abandoners”: The minimum of 60 days")),
                 qPrintable(message));
        QVERIFY(message.contains(s("“Without description”: The minimum of 60 days")));
    }

    void mixedTypesOfferFindAndReplace()
    {
        SegmentForm *form
                = f->show({QStringLiteral("1001"), QStringLiteral("1004"), QStringLiteral("1006")});
        const QString summary = f->find<QLabel>(QStringLiteral("typeSummary"))->text();
        QVERIFY2(summary.contains(s("In-market: 1 segment")), qPrintable(summary));
        QVERIFY(summary.contains(s("Retargeting: 1 segment")));
        QVERIFY(summary.contains(s("Contact list: 1 segment")));
        QVERIFY(!f->find<QLineEdit>(QStringLiteral("nameEdit"))->isVisible());
        QVERIFY(f->run({s("click mixedFindReplaceButton")}));
        auto *dialog = form->findChild<FindReplaceDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->scopeIds(), list({"1001", "1004", "1006"}));
        dialog->reject();
    }
};

QTEST_MAIN(TestSegmentForm)
#include "tst_segmentform.moc"
