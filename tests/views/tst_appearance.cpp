// Light and dark: every tint keeps its text readable in both, the palette follows the choice, the
// table's rows take the tint of the palette in use, and the desktop portal's answer is read right.
#include "Appearance.h"
#include "SampleSegments.h"
#include "SegmentTableModel.h"
#include "Tints.h"

#include <QApplication>
#include <QDBusVariant>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

using Tints::Tint;

namespace {

const Tint allTints[] = {Tint::Error,   Tint::Warning, Tint::Success,  Tint::Information,
                         Tint::Neutral, Tint::Unknown, Tint::Conflict, Tint::Deleted};

QVariant portalAnswer(const QVariant &value)
{
    // What Settings.Read answers: a variant holding a variant holding the value.
    return QVariant::fromValue(QDBusVariant(QVariant::fromValue(QDBusVariant(value))));
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SegmentEditorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_appearance"));
        QSettings().clear();
    }

    void cleanupTestCase() { Appearance::apply(Appearance::Scheme::Light); }

    // WCAG AA for normal text (4.5:1): the text on every tint, the accents on the tints they
    // sit on and on the palette's Base, the muted text on Base; light and dark.
    void textStaysReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void textStaysReadable()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? Appearance::darkPalette() : Appearance::lightPalette();
        QCOMPARE(Tints::isDark(palette), dark);
        const QColor base = palette.color(QPalette::Base);
        const QColor window = palette.color(QPalette::Window);
        for (const Tint tint : allTints) {
            const double onTint = Tints::contrast(Tints::text(dark), Tints::background(tint, dark));
            QVERIFY2(onTint >= 4.5, qPrintable(QString::number(onTint)));
            const double onCell
                    = Tints::contrast(Tints::text(dark), Tints::cellBackground(tint, dark));
            QVERIFY2(onCell >= 4.5, qPrintable(QString::number(onCell)));
            // The tint stands out from the rows around it.
            QVERIFY(Tints::background(tint, dark) != base);
        }
        for (const Tint tint : {Tint::Error, Tint::Warning}) {
            for (const QColor &behind : {Tints::background(tint, dark), base, window}) {
                const double c = Tints::contrast(Tints::accent(tint, dark), behind);
                QVERIFY2(c >= 4.5,
                         qPrintable(QStringLiteral("%1 on %2: %3")
                                            .arg(Tints::accent(tint, dark).name(), behind.name())
                                            .arg(c)));
            }
        }
        QVERIFY(Tints::contrast(Tints::mutedText(dark), base) >= 4.5);
        QVERIFY(Tints::contrast(palette.color(QPalette::Text), base) >= 7);
        // Light text on dark tints and the other way round: never the light text on a pale tint.
        QCOMPARE(Tints::text(dark).lightness() > 128, dark);
    }

    // The choice sets the application's palette, and the table's rows follow it.
    void rowsFollowThePalette()
    {
        SegmentTableModel model;
        model.setSegments(SampleSegments::all());
        const QString id = model.idAt(0);
        AudienceSegment edited = *model.edited(id);
        edited.name = QStringLiteral("Renamed");
        model.setEdited(id, edited);
        model.setSending({id});
        SegmentOutcome failed;
        failed.segmentId = id;
        failed.status = SegmentOutcome::Status::Failed;
        model.applyOutcomes({failed});
        const QModelIndex cell = model.index(0, SegmentTableModel::NameColumn);
        QCOMPARE(model.state(id), SegmentTableModel::RowState::Failed);

        Appearance::apply(Appearance::Scheme::Dark);
        QCOMPARE(Appearance::current(), Appearance::Scheme::Dark);
        QVERIFY(Tints::isDark());
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(cell.data(Qt::BackgroundRole).value<QBrush>().color(),
                 Tints::background(Tint::Error, true));
        QCOMPARE(cell.data(Qt::ForegroundRole).value<QBrush>().color(), Tints::text(true));

        Appearance::apply(Appearance::Scheme::Light);
        QVERIFY(!Tints::isDark());
        QCOMPARE(cell.data(Qt::BackgroundRole).value<QBrush>().color(),
                 Tints::background(Tint::Error, false));
        QCOMPARE(cell.data(Qt::ForegroundRole).value<QBrush>().color(), Tints::text(false));
    }

    void choiceIsKept()
    {
        QCOMPARE(Appearance::saved(), Appearance::Scheme::System);
        Appearance::save(Appearance::Scheme::Dark);
        QCOMPARE(Appearance::saved(), Appearance::Scheme::Dark);
        QCOMPARE(Appearance::fromKey(QStringLiteral("LIGHT")), Appearance::Scheme::Light);
        QCOMPARE(Appearance::fromKey(QStringLiteral("sepia")), std::nullopt);
        QSettings().setValue(QStringLiteral("view/appearance"), QStringLiteral("sepia"));
        QCOMPARE(Appearance::saved(), Appearance::Scheme::System); // an unknown value: System
    }

    void portalAnswers()
    {
        QCOMPARE(Appearance::prefersDarkFromPortal(portalAnswer(1u)), std::optional<bool>(true));
        QCOMPARE(Appearance::prefersDarkFromPortal(portalAnswer(2u)), std::optional<bool>(false));
        QCOMPARE(Appearance::prefersDarkFromPortal(portalAnswer(0u)), std::optional<bool>(false));
        // One level of variant only, as some portals answer.
        QCOMPARE(Appearance::prefersDarkFromPortal(QVariant::fromValue(QDBusVariant(QVariant(1u)))),
                 std::optional<bool>(true));
        QCOMPARE(Appearance::prefersDarkFromPortal(portalAnswer(7u)), std::nullopt);
        QCOMPARE(Appearance::prefersDarkFromPortal(portalAnswer(QStringLiteral("dark"))),
                 std::nullopt);
        QCOMPARE(Appearance::prefersDarkFromPortal(QVariant()), std::nullopt);
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
