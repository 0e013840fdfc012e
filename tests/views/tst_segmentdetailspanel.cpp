// SegmentDetailsPanel on a model of sample segments: the hint for nothing, the header and the
// hosted form of each type for one segment, the bulk form for many of one type and the summary for
// mixed types; the form kept while it fits and replaced otherwise; focusField() routed into the
// form; the header following edits and send outcomes; Revert all; the in-market catalog handed to
// the form; one banner and one name field only; mnemonics that do not clash with the form's.

#include "ConflictView.h"
#include "FormSamples.h"
#include "LocationForm.h"
#include "MemoryInMarketCatalog.h"
#include "PoiListModel.h"
#include "ProblemBanner.h"
#include "SampleSegments.h"
#include "SegmentDetailsPanel.h"
#include "SegmentEditor.h"
#include "SegmentFields.h"
#include "SegmentForm.h"
#include "SegmentTableModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList list(std::initializer_list<const char *> ids)
{
    QStringList out;
    for (const char *id : ids)
        out.append(QString::fromLatin1(id));
    return out;
}

// A second segment of some types, so that many of one type can be shown.
QList<AudienceSegment> samples()
{
    QList<AudienceSegment> all = SampleSegments::all();
    AudienceSegment retargeting = SampleSegments::of(SegmentType::Retargeting);
    retargeting.id = QStringLiteral("2004");
    retargeting.name = QStringLiteral("Cart abandoners DE");
    all.append(retargeting);
    AudienceSegment prospecting = SampleSegments::of(SegmentType::Prospecting);
    prospecting.id = QStringLiteral("2003");
    prospecting.name = QStringLiteral("Prospects, last quarter");
    all.append(prospecting);
    return all;
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

QString dateText(const std::optional<QDateTime> &when)
{
    return QLocale().toString(when->toLocalTime(), QLocale::ShortFormat);
}

} // namespace

class SegmentDetailsPanelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SegmentTableModel> model;
    std::unique_ptr<QUndoStack> stack;
    std::unique_ptr<SegmentEditor> editor;
    std::unique_ptr<MemoryInMarketCatalog> catalog;
    std::unique_ptr<SegmentDetailsPanel> panel;

    template<typename T> T *child(const QString &name) const { return panel->findChild<T *>(name); }
    QString title() const { return child<QLabel>(QStringLiteral("detailsTitle"))->text(); }
    QString subtitle() const { return child<QLabel>(QStringLiteral("detailsSubtitle"))->text(); }
    QPushButton *revertAll() const
    {
        return child<QPushButton>(QStringLiteral("detailsRevertAll"));
    }
    QString formClass() const
    {
        return panel->form() ? QString::fromLatin1(panel->form()->metaObject()->className())
                             : QString();
    }
    // The visible widgets of a kind inside the panel, named `name` (any name when empty).
    template<typename T> int visibleCount(const QString &name = {}) const
    {
        int n = 0;
        for (T *w : panel->findChildren<T *>())
            n += w->isVisibleTo(panel.get()) && (name.isEmpty() || w->objectName() == name);
        return n;
    }
    void edit(const QString &id, const std::function<void(AudienceSegment &)> &change,
              const QString &path)
    {
        AudienceSegment segment = *model->edited(id);
        change(segment);
        QVERIFY(editor->editSegment(id, segment, path));
    }

private Q_SLOTS:
    void init()
    {
        model = std::make_unique<SegmentTableModel>();
        stack = std::make_unique<QUndoStack>();
        editor = std::make_unique<SegmentEditor>(model.get(), stack.get());
        catalog = std::make_unique<MemoryInMarketCatalog>();
        FormSamples::fill(*catalog);
        model->setSegments(samples());
        panel = std::make_unique<SegmentDetailsPanel>(model.get(), editor.get());
        panel->setInMarketCatalog(catalog.get());
        panel->resize(560, 900);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    }

    void cleanup()
    {
        panel.reset();
        catalog.reset();
        editor.reset();
        stack.reset();
        model.reset();
    }

    void nothingSelectedShowsTheHint()
    {
        auto *hint = child<QLabel>(QStringLiteral("detailsEmptyLabel"));
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("Select a segment to see its settings."));
        panel->showSegments({QStringLiteral("1002")});
        QVERIFY(!hint->isVisible());
        // Ids that are not loaded show nothing either.
        panel->showSegments({QStringLiteral("9999")});
        QVERIFY(hint->isVisible());
        QVERIFY(!child<QWidget>(QStringLiteral("detailsSegmentPage"))->isVisible());
    }

    // One segment: the header, then its type's form with the dates and Revert all under the
    // fields; the form's own header is hidden and nothing is there twice.
    void oneSegmentOfEachType_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("className");
        QTest::addColumn<QString>("subtitle");
        QTest::newRow("in-market")
                << s("1001") << s("InMarketForm") << s("In-market · id 1001 · 501");
        QTest::newRow("location") << s("1002") << s("LocationForm")
                                  << s("Location · id 1002 · 501");
        QTest::newRow("prospecting")
                << s("1003") << s("ProspectingForm") << s("Prospecting · id 1003 · 501");
        QTest::newRow("retargeting")
                << s("1004") << s("RetargetingForm") << s("Retargeting · id 1004 · 501");
        QTest::newRow("lookalike")
                << s("1005") << s("LookalikeForm") << s("Lookalike · id 1005 · 501");
        QTest::newRow("contact list")
                << s("1006") << s("ReadOnlySettingsForm") << s("Contact list · id 1006 · 501");
        QTest::newRow("behavioral")
                << s("1007") << s("ReadOnlySettingsForm") << s("Behavioral · id 1007 · 501");
        QTest::newRow("unknown") << s("1008") << s("ReadOnlySettingsForm")
                                 << s("Unknown · id 1008 · 501");
    }

    void oneSegmentOfEachType()
    {
        QFETCH(QString, id);
        QFETCH(QString, className);
        QFETCH(QString, subtitle);
        panel->showSegments({id});
        QCOMPARE(panel->shownSegments(), QStringList{id});
        QCOMPARE(formClass(), className);
        QCOMPARE(panel->form()->segmentIds(), QStringList{id});
        QCOMPARE(panel->form()->formType(), model->original(id)->type);
        QVERIFY(panel->form()->isVisible());

        QCOMPARE(title(), model->edited(id)->name.value_or(QString()));
        QCOMPARE(this->subtitle(), subtitle);
        QVERIFY(!child<QLabel>(QStringLiteral("detailsStateIcon"))->isVisible()); // unchanged
        // One form, one banner (hidden: no problems), one name field, no second header.
        QCOMPARE(panel->findChildren<SegmentForm *>().size(), 1);
        QCOMPARE(panel->findChildren<ProblemBanner *>().size(), 1);
        QCOMPARE(visibleCount<QLineEdit>(QStringLiteral("nameEdit")), 1);
        QCOMPARE(visibleCount<QLabel>(QStringLiteral("formHeader")), 0);
        QCOMPARE(panel->findChildren<QLabel *>(QStringLiteral("detailsProblemBanner")).size(), 0);
        QCOMPARE(panel->findChildren<QLineEdit *>(QStringLiteral("detailsNameEdit")).size(), 0);

        // The dates and Revert all scroll with the fields, below them.
        auto *timestamps = child<QLabel>(QStringLiteral("detailsTimestamps"));
        QVERIFY(timestamps->isVisible());
        QCOMPARE(timestamps->text(),
                 QStringLiteral("Created %1 · last updated on the server %2")
                         .arg(dateText(model->original(id)->createdAt),
                              dateText(model->original(id)->updatedAt)));
        auto *scroll = panel->form()->findChild<QScrollArea *>();
        QVERIFY(scroll && scroll->widget()->isAncestorOf(revertAll()));
        QVERIFY(revertAll()->isVisible());
        QVERIFY(!revertAll()->isEnabled()); // nothing to revert
        auto *name = child<QLineEdit>(QStringLiteral("nameEdit"));
        QCOMPARE(name->text(), model->edited(id)->name.value_or(QString()));
        QCOMPARE(name->isReadOnly(), id == QLatin1String("1008")); // unknown types are never sent
    }

    // Many of one type: the bulk form, the count and type in the header, no dates.
    void manyOfOneTypeShowTheBulkForm()
    {
        panel->showSegments(list({"1004", "2004"}));
        QCOMPARE(formClass(), s("RetargetingForm"));
        QCOMPARE(panel->form()->segmentIds(), list({"1004", "2004"}));
        QCOMPARE(title(), s("2 segments selected (Retargeting)"));
        QCOMPARE(subtitle(), s("None modified · a change applies to all of them"));
        QVERIFY(!child<QLabel>(QStringLiteral("detailsStateIcon"))->isVisible());
        QVERIFY(!child<QWidget>(QStringLiteral("detailsFooter"))->isVisible());
        auto *name = child<QLineEdit>(QStringLiteral("nameEdit"));
        QVERIFY(name->isReadOnly()); // names differ per segment: find and replace changes them
        QCOMPARE(name->placeholderText(), s("Mixed values"));

        // One choice sets both, in one undo step; the header counts them after the burst.
        auto *visitors = child<QComboBox>(QStringLiteral("visitorsTypeCombo"));
        visitors->setCurrentIndex(visitors->findText(s("Buyers")));
        QCOMPARE(model->edited(s("1004"))->retargeting->visitorsType, VisitorsType::Buyers);
        QCOMPARE(model->edited(s("2004"))->retargeting->visitorsType, VisitorsType::Buyers);
        QCOMPARE(stack->count(), 1);
        QTRY_COMPARE(subtitle(), s("Modified: 2 · a change applies to all of them"));
        stack->undo();
        QTRY_COMPARE(subtitle(), s("None modified · a change applies to all of them"));
    }

    void mixedTypesShowTheSummary()
    {
        edit(
                s("1003"), [](AudienceSegment &x) { x.name = s("x"); }, s("attributes/name"));
        panel->showSegments(list({"1001", "1002", "1003"}));
        QCOMPARE(formClass(), s("MixedTypesForm"));
        QCOMPARE(title(), s("3 segments selected (different types)"));
        QCOMPARE(subtitle(), s("Modified: 1"));
        QCOMPARE(child<QLabel>(QStringLiteral("typeSummary"))->text(),
                 s("In-market: 1 segment\nLocation: 1 segment\nProspecting: 1 segment"));
        QVERIFY(child<QPushButton>(QStringLiteral("mixedFindReplaceButton"))->isVisible());
        QCOMPARE(visibleCount<QLineEdit>(QStringLiteral("nameEdit")), 0);
    }

    // The form stays while the selection keeps to its type (its state, such as a scroll
    // position, with it); another type or a mix gets a new one, and the old one goes.
    void formIsReusedWhileItFits()
    {
        panel->showSegments({s("1003")});
        QPointer<SegmentForm> prospecting = panel->form();
        panel->showSegments({s("2003")});
        QCOMPARE(panel->form(), prospecting.data());
        QCOMPARE(title(), s("Prospects, last quarter"));
        panel->showSegments(list({"1003", "2003"}));
        QCOMPARE(panel->form(), prospecting.data());
        panel->showSegments({});
        QCOMPARE(panel->form(), prospecting.data()); // nothing shown: kept for the next
        QVERIFY(prospecting->segmentIds().isEmpty());

        panel->showSegments({s("1004")});
        QCOMPARE(formClass(), s("RetargetingForm"));
        QVERIFY(prospecting.isNull());
        QPointer<SegmentForm> retargeting = panel->form();
        panel->showSegments(list({"1004", "1005"}));
        QCOMPARE(formClass(), s("MixedTypesForm"));
        QVERIFY(retargeting.isNull());
        QCOMPARE(panel->findChildren<SegmentForm *>().size(), 1);
        // Revert all came along to the new form.
        panel->showSegments({s("1005")});
        QVERIFY(panel->form()->isAncestorOf(revertAll()));
        QVERIFY(revertAll()->isVisible());
    }

    void focusFieldGoesIntoTheForm_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("focused"); // objectName of the widget with the focus
        QTest::newRow("name") << s("1004") << s("attributes/name") << s("nameEdit");
        QTest::newRow("description")
                << s("1004") << s("attributes/description") << s("descriptionEdit");
        QTest::newRow("setting") << s("1003") << s("attributes/prospecting/daysSinceLastVisitMax")
                                 << s("daysMaxSpin");
        QTest::newRow("point cell")
                << s("1002") << s("attributes/location/pointsOfInterest/1/latitude")
                << s("pointsTable");
        QTest::newRow("radius") << s("1002") << s("attributes/location/radiusInKm")
                                << s("radiusSpin");
        QTest::newRow("no field: the name") << s("1005") << QString() << s("nameEdit");
        QTest::newRow("unknown field: the name")
                << s("1005") << s("attributes/somethingNew") << s("nameEdit");
    }

    void focusFieldGoesIntoTheForm()
    {
        QFETCH(QString, id);
        QFETCH(QString, path);
        QFETCH(QString, focused);
        panel->showSegments(list({"1001", "1006"})); // another form first
        QApplication::setActiveWindow(panel.get());
        panel->focusField(id, path);
        QCOMPARE(panel->shownSegments(), QStringList{id});
        QCOMPARE(panel->form()->segmentIds(), QStringList{id});
        QTRY_VERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), focused);
        QVERIFY(panel->form()->isAncestorOf(QApplication::focusWidget()));
        if (focused == QLatin1String("pointsTable")) {
            auto *table = qobject_cast<QTableView *>(QApplication::focusWidget());
            QCOMPARE(table->currentIndex().row(), 1);
            QCOMPARE(table->currentIndex().column(), int(PoiListModel::LatitudeColumn));
        }
    }

    // The header says what the row is now: its name as typed, its state after an edit, a send
    // outcome; the form's banner (the only one) says why.
    void headerFollowsEditsAndOutcomes()
    {
        const QString id = s("1002");
        panel->showSegments({id});
        auto *icon = child<QLabel>(QStringLiteral("detailsStateIcon"));
        auto *name = child<QLineEdit>(QStringLiteral("nameEdit"));
        name->setFocus();
        name->end(false);
        QTest::keyClicks(name, s(" Lyon"));
        QCOMPARE(title(), s("Store visitors Lyon"));
        QCOMPARE(subtitle(), s("Location · id 1002 · 501 · Modified"));
        QVERIFY(icon->isVisible());
        QCOMPARE(icon->toolTip(),
                 model->index(model->rowForId(id), SegmentTableModel::StateColumn)
                         .data(Qt::ToolTipRole)
                         .toString());

        // An edit made elsewhere (the table) shows too.
        QVERIFY(model->setData(model->index(model->rowForId(id), SegmentTableModel::NameColumn),
                               s("Flagship visitors")));
        QCOMPARE(title(), s("Flagship visitors"));
        QTRY_COMPARE(name->text(), s("Flagship visitors"));

        // The send fails: the state word and icon follow, the form's banner has the problem.
        model->setSending({id});
        QCOMPARE(subtitle(), s("Location · id 1002 · 501 · Sending"));
        SegmentOutcome outcome;
        outcome.segmentId = id;
        outcome.status = SegmentOutcome::Status::Failed;
        Problem problem;
        problem.code = s("name-must-be-unique");
        problem.title = s("Name already used");
        problem.segmentId = id;
        problem.field = s("attributes/name");
        outcome.problems = {problem};
        model->applyOutcomes({outcome});
        QCOMPARE(subtitle(), s("Location · id 1002 · 501 · Failed"));
        QVERIFY(icon->isVisible());
        QVERIFY(!icon->pixmap().isNull());
        const QList<ProblemBanner *> banners = panel->findChildren<ProblemBanner *>();
        QCOMPARE(banners.size(), 1);
        QTRY_VERIFY(banners.constFirst()->isVisible());
        QVERIFY(banners.constFirst()->text().contains(s("Name already used")));
        QTRY_VERIFY(panel->form()->decoratorFor(s("attributes/name"))->hasError());

        // Undo the edits: the row is as loaded again, the header too.
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(title(), s("Store visitors"));
        QCOMPARE(subtitle(), s("Location · id 1002 · 501"));
        QVERIFY(!icon->isVisible());
    }

    void revertAllChangesOfTheSegment()
    {
        const QString id = s("1004");
        panel->showSegments({id});
        QVERIFY(!revertAll()->isEnabled());
        auto *name = child<QLineEdit>(QStringLiteral("nameEdit"));
        name->setFocus();
        QTest::keyClicks(name, s(" FR"));
        auto *visitors = child<QComboBox>(QStringLiteral("visitorsTypeCombo"));
        visitors->setCurrentIndex(visitors->findText(s("Buyers")));
        QCOMPARE(model->changedFields(id).size(), 2);
        QCOMPARE(stack->count(), 2);
        QVERIFY(revertAll()->isEnabled());

        QTest::mouseClick(revertAll(), Qt::LeftButton);
        QCOMPARE(model->state(id), SegmentTableModel::RowState::Unchanged);
        QCOMPARE(*model->edited(id), *model->original(id));
        QCOMPARE(stack->count(), 3);
        QCOMPARE(stack->text(2), s("Revert “Cart abandoners FR”"));
        QVERIFY(!revertAll()->isEnabled());
        QTRY_COMPARE(name->text(), s("Cart abandoners"));
        QTRY_COMPARE(visitors->currentText(), s("Non-buyers"));
        stack->undo();
        QTRY_COMPARE(name->text(), s("Cart abandoners FR"));
        QVERIFY(revertAll()->isEnabled());

        // A segment of unknown type is never edited: nothing to revert either.
        panel->showSegments({s("1008")});
        QVERIFY(!revertAll()->isEnabled());
    }

    // Typing in the hosted form is one undo step per field and segment.
    void typingIsOneUndoStepPerSession()
    {
        panel->showSegments({s("1001")});
        auto *name = child<QLineEdit>(QStringLiteral("nameEdit"));
        QCOMPARE(name->text(), s("Sneaker intenders FR"));
        name->setFocus();
        name->end(false);
        QTest::keyClicks(name, s(" 2"));
        QTest::keyClicks(name, s("b"));
        QCOMPARE(model->edited(s("1001"))->name, s("Sneaker intenders FR 2b"));
        QCOMPARE(stack->count(), 1);

        // Another type: another form, another step.
        panel->showSegments({s("2003")});
        name = child<QLineEdit>(QStringLiteral("nameEdit"));
        name->setFocus();
        name->end(false);
        QTest::keyClicks(name, s("!"));
        QCOMPARE(model->edited(s("2003"))->name, s("Prospects, last quarter!"));
        QCOMPARE(stack->count(), 2);

        // Another segment in the same form: another step, even for the same field.
        panel->showSegments({s("1003")});
        QCOMPARE(child<QLineEdit>(QStringLiteral("nameEdit")), name);
        QCOMPARE(name->text(), s("Prospects and lapsed visitors"));
        name->end(false);
        QTest::keyClicks(name, s("?"));
        QCOMPARE(stack->count(), 3);
        stack->undo();
        QTRY_COMPARE(name->text(), s("Prospects and lapsed visitors"));
        QCOMPARE(model->state(s("1003")), SegmentTableModel::RowState::Unchanged);
        QCOMPARE(model->edited(s("2003"))->name, s("Prospects, last quarter!"));
    }

    void followsTheModel()
    {
        panel->showSegments({s("1005")});
        auto *size = child<QLineEdit>(QStringLiteral("targetSizeEdit"));
        edit(
                s("1005"), [](AudienceSegment &x) { x.lookalike->targetSize = 7; },
                s("attributes/lookalike/targetSize"));
        QTRY_COMPARE(size->text(), s("7"));
        // A reset keeps the segment when it is still loaded, and drops it when not.
        model->setSegments(samples());
        QCOMPARE(panel->shownSegments(), QStringList{s("1005")});
        QTRY_COMPARE(child<QLineEdit>(QStringLiteral("targetSizeEdit"))->text(),
                     QLocale().toString(qint64(500000)));
        model->setSegments({});
        QCOMPARE(panel->shownSegments(), QStringList());
        QVERIFY(child<QLabel>(QStringLiteral("detailsEmptyLabel"))->isVisible());
    }

    // The in-market form gets the catalog handed to the panel; without one (offline) it lists
    // ids, and a new catalog makes a new form for the shown segment.
    void inMarketCatalog()
    {
        panel->showSegments({s("1001")});
        QCOMPARE(panel->form()->catalog(), catalog.get());
        QCOMPARE(child<QLabel>(QStringLiteral("lookupStatus"))->text(),
                 s("Brands: 5, interests: 9 (advertiser 501, FR)."));

        QPointer<SegmentForm> before = panel->form();
        panel->setInMarketCatalog(nullptr);
        QVERIFY(before.isNull());
        QCOMPARE(panel->inMarketCatalog(), nullptr);
        QCOMPARE(formClass(), s("InMarketForm"));
        QCOMPARE(panel->form()->segmentIds(), QStringList{s("1001")});
        QCOMPARE(panel->form()->catalog(), nullptr);
        QCOMPARE(child<QLabel>(QStringLiteral("lookupStatus"))->text(),
                 s("Brand names are not available without a connection: brands are listed by "
                   "id, interests by their names in the Google product taxonomy."));
        // Editing works offline too.
        auto *name = child<QLineEdit>(QStringLiteral("nameEdit"));
        name->setFocus();
        QTest::keyClicks(name, s(" offline"));
        QCOMPARE(model->edited(s("1001"))->name, s("Sneaker intenders FR offline"));

        // A catalog that goes away (the connection dropped) is not used any more.
        auto other = std::make_unique<MemoryInMarketCatalog>();
        panel->setInMarketCatalog(other.get());
        QCOMPARE(panel->form()->catalog(), other.get());
        QCOMPARE(other->fetchCount(), 1);
        other.reset();
        QCOMPARE(panel->inMarketCatalog(), nullptr);
        QPointer<SegmentForm> stale = panel->form();
        panel->setInMarketCatalog(nullptr); // what the window does when the connection drops
        QVERIFY(stale.isNull());
        QCOMPARE(panel->form()->catalog(), nullptr);
        QCOMPARE(child<QLabel>(QStringLiteral("lookupStatus"))->text(),
                 s("Brand names are not available without a connection: brands are listed by "
                   "id, interests by their names in the Google product taxonomy."));
    }

    // Every label and button of the panel and the form it hosts has its own mnemonic.
    void mnemonicsDoNotClash_data()
    {
        QTest::addColumn<QStringList>("ids");
        for (const char *id : {"1001", "1002", "1003", "1004", "1005", "1006", "1007"})
            QTest::newRow(id) << QStringList{QString::fromLatin1(id)};
        QTest::newRow("two retargeting") << list({"1004", "2004"});
        QTest::newRow("mixed") << list({"1001", "1004"});
    }

    void mnemonicsDoNotClash()
    {
        QFETCH(QStringList, ids);
        panel->showSegments(ids);
        QHash<QChar, QString> seen;
        for (QWidget *w : panel->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(panel.get()))
                continue;
            QString text;
            if (auto *label = qobject_cast<QLabel *>(w))
                text = label->buddy() ? label->text() : QString();
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                text = button->text();
            const QChar m = mnemonicOf(text);
            if (m.isNull())
                continue;
            QVERIFY2(!seen.contains(m),
                     qPrintable(s("“%1” and “%2” share &%3").arg(seen.value(m), text, QString(m))));
            seen.insert(m, text);
        }
        QCOMPARE(seen.contains(QLatin1Char('e')), ids.size() == 1); // Revert all, for one
    }

    // A settings field in conflict with the server's copy: the three values above the form;
    // "Take Server's" resolves it and the view goes; undo brings it back.
    void conflictOnASettingsField()
    {
        const QString id = QStringLiteral("1002");
        const QString radius = QStringLiteral("attributes/location/radiusInKm");
        edit(
                id, [](AudienceSegment &s) { s.location->radiusInKm = 25; }, radius);
        AudienceSegment server = *model->original(id);
        server.location->radiusInKm = 15;
        QCOMPARE(model->checkServerVersions({server}), QStringList{id});
        panel->showSegments({id});
        ConflictView *view = panel->conflictView();
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(view->fields(), QStringList{radius});
        const auto text
                = [view](const QString &name) { return view->findChild<QLabel *>(name)->text(); };
        QCOMPARE(text(QStringLiteral("conflictField:") + radius), QStringLiteral("Radius (km)"));
        QCOMPARE(text(QStringLiteral("conflictBase:") + radius), QStringLiteral("10"));
        QCOMPARE(text(QStringLiteral("conflictMine:") + radius), QStringLiteral("25"));
        QCOMPARE(text(QStringLiteral("conflictServer:") + radius), QStringLiteral("15"));
        // Between the header and the form.
        auto *formHost = child<QWidget>(QStringLiteral("detailsFormHost"));
        QVERIFY(view->mapTo(panel.get(), QPoint(0, view->height())).y()
                <= formHost->mapTo(panel.get(), QPoint(0, 0)).y());

        view->findChild<QPushButton *>(QStringLiteral("conflictTakeServer:") + radius)->click();
        QTRY_VERIFY(!view->isVisible());
        QCOMPARE(model->edited(id)->location->radiusInKm, 15);
        stack->undo();
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(text(QStringLiteral("conflictMine:") + radius), QStringLiteral("25"));
        // Another segment: nothing to show.
        panel->showSegments({QStringLiteral("1001")});
        QTRY_VERIFY(!view->isVisible());
    }
};

QTEST_MAIN(SegmentDetailsPanelTest)
#include "tst_segmentdetailspanel.moc"
