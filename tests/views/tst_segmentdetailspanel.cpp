// SegmentDetailsPanel on a model of sample segments: what it shows for none, one and many
// segments, the marks on changed fields and problem fields, editing name and description through
// the model's editor (one undo step per typing session), Revert field, and focusField().

#include "ConflictView.h"
#include "FieldText.h"
#include "SampleSegments.h"
#include "SegmentDetailsPanel.h"
#include "SegmentEditor.h"
#include "SegmentFields.h"
#include "SegmentTableModel.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

class SegmentDetailsPanelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SegmentTableModel> model;
    std::unique_ptr<QUndoStack> stack;
    std::unique_ptr<SegmentEditor> editor;
    std::unique_ptr<SegmentDetailsPanel> panel;

    template<typename T> T *child(const QString &name) const { return panel->findChild<T *>(name); }
    QLabel *value(const QString &path) const
    {
        return child<QLabel>(QStringLiteral("detailsValue:") + path);
    }
    // The label of a field row: the one whose buddy is the row's value or editor.
    QLabel *labelFor(QWidget *field) const
    {
        for (QLabel *label : panel->findChildren<QLabel *>())
            if (label->buddy() == field)
                return label;
        return nullptr;
    }
    void edit(const QString &id, const std::function<void(AudienceSegment &)> &change,
              const QString &path)
    {
        AudienceSegment s = *model->edited(id);
        change(s);
        QVERIFY(editor->editSegment(id, s, path));
    }

private Q_SLOTS:
    void init()
    {
        model = std::make_unique<SegmentTableModel>();
        stack = std::make_unique<QUndoStack>();
        editor = std::make_unique<SegmentEditor>(model.get(), stack.get());
        model->setSegments(SampleSegments::all());
        panel = std::make_unique<SegmentDetailsPanel>(model.get(), editor.get());
        panel->resize(420, 700);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    }

    void cleanup()
    {
        panel.reset();
        editor.reset();
        stack.reset();
        model.reset();
    }

    void noneOneMany()
    {
        panel->showSegments({});
        QVERIFY(child<QLabel>(QStringLiteral("detailsEmptyLabel"))->isVisible());
        QCOMPARE(child<QLabel>(QStringLiteral("detailsEmptyLabel"))->text(),
                 QStringLiteral("Select a segment to see its settings."));

        panel->showSegments({QStringLiteral("1002")});
        QVERIFY(child<QLabel>(QStringLiteral("detailsTitle"))->isVisible());
        QCOMPARE(child<QLabel>(QStringLiteral("detailsTitle"))->text(),
                 QStringLiteral("Store visitors"));
        QCOMPARE(child<QLabel>(QStringLiteral("detailsSubtitle"))->text(),
                 QStringLiteral("Location · id 1002 · 501"));
        QVERIFY(!child<QLabel>(QStringLiteral("detailsProblemBanner"))->isVisible());

        edit(
                QStringLiteral("1003"), [](AudienceSegment &s) { s.name = QStringLiteral("x"); },
                QStringLiteral("attributes/name"));
        panel->showSegments(
                {QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1003")});
        auto *many = child<QLabel>(QStringLiteral("detailsManyLabel"));
        QVERIFY(many->isVisible());
        QCOMPARE(many->text(), QStringLiteral("3 segments selected\nModified: 1"));
    }

    // Every type shows its settings, labelled as the API paths are, with their values.
    void settingsOfEachType_data()
    {
        QTest::addColumn<SegmentType>("type");
        for (const SegmentType type : SegmentEnums::allSegmentTypes())
            QTest::newRow(qPrintable(SegmentEnums::toString(type))) << type;
    }

    void settingsOfEachType()
    {
        QFETCH(SegmentType, type);
        const AudienceSegment segment = SampleSegments::of(type);
        panel->showSegments({segment.id});
        const QStringList paths = FieldText::settingPaths(type);
        QVERIFY(!paths.isEmpty());
        auto *box = child<QGroupBox>(QStringLiteral("detailsSettings"));
        QVERIFY(box->isVisible());
        QCOMPARE(box->title(),
                 SegmentFields::fieldLabel(paths.constFirst().section(QLatin1Char('/'), 0, 1)));
        int shown = 0;
        for (QLabel *label : box->findChildren<QLabel *>())
            shown += label->objectName().startsWith(QStringLiteral("detailsValue:")) ? 1 : 0;
        QCOMPARE(shown, int(paths.size()));
        for (const QString &path : paths) {
            QLabel *v = value(path);
            QVERIFY2(v, qPrintable(path));
            QCOMPARE(v->text(), SegmentFields::valueText(segment, path));
            QCOMPARE(labelFor(v)->text(), SegmentFields::fieldLabel(path) + QLatin1Char(':'));
        }
    }

    void changedFieldIsMarkedAndReverts()
    {
        const QString id = QStringLiteral("1002");
        panel->showSegments({id});
        const QString radius = QStringLiteral("attributes/location/radiusInKm");
        auto *revert = child<QToolButton>(QStringLiteral("revertField:") + radius);
        QVERIFY(!revert->isVisible());

        edit(
                id, [](AudienceSegment &s) { s.location->radiusInKm = 25; }, radius);
        QCOMPARE(value(radius)->text(), QStringLiteral("25"));
        QCOMPARE(labelFor(value(radius))->text(), QStringLiteral("Δ Radius (km):"));
        QVERIFY(labelFor(value(radius))->font().bold());
        QCOMPARE(value(radius)->toolTip(), QStringLiteral("Changed. On the server: 10"));
        QVERIFY(revert->isVisible());
        QVERIFY(child<QPushButton>(QStringLiteral("detailsRevertAll"))->isEnabled());

        QTest::mouseClick(revert, Qt::LeftButton);
        QCOMPARE(model->edited(id)->location->radiusInKm, std::optional<qint64>(10));
        QCOMPARE(stack->count(), 2);
        QCOMPARE(stack->text(1), QStringLiteral("Revert “Store visitors”: Radius (km)"));
        QCOMPARE(labelFor(value(radius))->text(), QStringLiteral("Radius (km):"));
        QVERIFY(!revert->isVisible());
        QVERIFY(!child<QPushButton>(QStringLiteral("detailsRevertAll"))->isEnabled());
    }

    void problemFieldIsFramedAndFocusable()
    {
        const QString id = QStringLiteral("1002");
        panel->showSegments({id});
        const QString latitude = QStringLiteral("attributes/location/pointsOfInterest/0/latitude");
        edit(
                id, [](AudienceSegment &s) { s.location->pointsOfInterest[0].latitude = 95.2; },
                latitude);
        QCOMPARE(model->state(id), SegmentTableModel::RowState::Invalid);
        const ProblemList problems = model->problems(id);
        QCOMPARE(problems.size(), 1);

        auto *banner = child<QLabel>(QStringLiteral("detailsProblemBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(problems.constFirst().headline().toHtmlEscaped()));
        QLabel *points = value(QStringLiteral("attributes/location/pointsOfInterest"));
        QVERIFY(points->styleSheet().contains(QStringLiteral("border: 2px solid #c62828")));
        QLabel *message = nullptr;
        for (QLabel *label : points->parentWidget()->findChildren<QLabel *>())
            if (label != points && label->isVisible())
                message = label;
        QVERIFY(message);
        QCOMPARE(message->text(),
                 QStringLiteral("Points of interest › #1 › Latitude: %1")
                         .arg(problems.constFirst().headline()));

        panel->showSegments({});
        QApplication::setActiveWindow(panel.get());
        panel->focusField(id, latitude);
        QCOMPARE(panel->shownSegments(), QStringList{id});
        QTRY_VERIFY(points->hasFocus());
        panel->focusField(id, QStringLiteral("attributes/name"));
        QTRY_VERIFY(child<QLineEdit>(QStringLiteral("detailsNameEdit"))->hasFocus());
    }

    void typingIsOneUndoStepPerSession()
    {
        panel->showSegments({QStringLiteral("1001")});
        auto *name = child<QLineEdit>(QStringLiteral("detailsNameEdit"));
        QCOMPARE(name->text(), QStringLiteral("Sneaker intenders FR"));
        QTest::keyClicks(name, QStringLiteral(" 2"));
        QCOMPARE(model->edited(QStringLiteral("1001"))->name,
                 QStringLiteral("Sneaker intenders FR 2"));
        QCOMPARE(stack->count(), 1);

        auto *description = child<QPlainTextEdit>(QStringLiteral("detailsDescriptionEdit"));
        description->selectAll();
        QTest::keyClicks(description, QStringLiteral("Runners"));
        QCOMPARE(model->edited(QStringLiteral("1001"))->description.valueOr(QString()),
                 QStringLiteral("Runners"));
        QCOMPARE(stack->count(), 2);

        // Another segment: another step, even for the same field.
        panel->showSegments({QStringLiteral("1004")});
        QCOMPARE(name->text(), QStringLiteral("Cart abandoners"));
        QTest::keyClicks(name, QStringLiteral("!"));
        QCOMPARE(stack->count(), 3);
        stack->undo();
        QCOMPARE(name->text(), QStringLiteral("Cart abandoners"));
        QCOMPARE(model->state(QStringLiteral("1004")), SegmentTableModel::RowState::Unchanged);
    }

    void unknownTypeIsReadOnly()
    {
        panel->showSegments({QStringLiteral("1008")});
        QVERIFY(child<QLineEdit>(QStringLiteral("detailsNameEdit"))->isReadOnly());
        QVERIFY(child<QPlainTextEdit>(QStringLiteral("detailsDescriptionEdit"))->isReadOnly());
        QVERIFY(!child<QGroupBox>(QStringLiteral("detailsSettings"))->isVisible());
    }

    void followsTheModel()
    {
        panel->showSegments({QStringLiteral("1005")});
        // An edit made elsewhere (the table) shows here; a reset keeps the segment if loaded.
        edit(
                QStringLiteral("1005"), [](AudienceSegment &s) { s.lookalike->targetSize = 7; },
                QStringLiteral("attributes/lookalike/targetSize"));
        QCOMPARE(value(QStringLiteral("attributes/lookalike/targetSize"))->text(),
                 QStringLiteral("7"));
        model->setSegments(SampleSegments::all());
        QCOMPARE(panel->shownSegments(), QStringList{QStringLiteral("1005")});
        QCOMPARE(value(QStringLiteral("attributes/lookalike/targetSize"))->text(),
                 QLocale().toString(qint64(500000)));
        model->setSegments({});
        QCOMPARE(panel->shownSegments(), QStringList());
        QVERIFY(child<QLabel>(QStringLiteral("detailsEmptyLabel"))->isVisible());
    }

    // A settings field in conflict: the three values as the panel words them, above the fields;
    // "Take Server's" resolves it and the view goes.
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
        QVERIFY(view->isVisible());
        QCOMPARE(view->fields(), QStringList{radius});
        const auto text
                = [view](const QString &name) { return view->findChild<QLabel *>(name)->text(); };
        QCOMPARE(text(QStringLiteral("conflictField:") + radius), QStringLiteral("Radius (km)"));
        QCOMPARE(text(QStringLiteral("conflictBase:") + radius), QStringLiteral("10"));
        QCOMPARE(text(QStringLiteral("conflictMine:") + radius), QStringLiteral("25"));
        QCOMPARE(text(QStringLiteral("conflictServer:") + radius), QStringLiteral("15"));
        // The field below shows my value, marked as changed.
        QCOMPARE(value(radius)->text(), QStringLiteral("25"));
        QVERIFY(view->mapTo(panel.get(), QPoint(0, view->height())).y()
                <= value(radius)->mapTo(panel.get(), QPoint(0, 0)).y());

        view->findChild<QPushButton *>(QStringLiteral("conflictTakeServer:") + radius)->click();
        QVERIFY(!view->isVisible());
        QCOMPARE(model->edited(id)->location->radiusInKm, 15);
        QCOMPARE(value(radius)->text(), QStringLiteral("15"));
        stack->undo();
        QVERIFY(view->isVisible());
        QCOMPARE(text(QStringLiteral("conflictMine:") + radius), QStringLiteral("25"));
        // Another segment: nothing to show.
        panel->showSegments({QStringLiteral("1001")});
        QVERIFY(!view->isVisible());
    }
};

QTEST_MAIN(SegmentDetailsPanelTest)
#include "tst_segmentdetailspanel.moc"
