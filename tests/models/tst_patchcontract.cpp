#include "OpenApiChecker.h"
#include "PatchBuilder.h"
#include "PatchCases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// Every payload the patch builder produces, for every row of its case table, is a valid bulk PATCH
// body under the OpenAPI contract (strict: no unknown property, types, enums, uniqueItems, int32).
class TestPatchContract : public QObject
{
    Q_OBJECT

private:
    OpenApiChecker m_checker;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_checker = OpenApiChecker::fromFile(OpenApiChecker::defaultSpecPath(), &error);
        QVERIFY2(m_checker.isValid(), qPrintable(error));
    }

    void everyPatchFollowsTheContract_data()
    {
        QTest::addColumn<int>("row");
        const QList<PatchCase> cases = patchCases();
        QVERIFY(cases.size() >= 60);
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(qPrintable(cases.at(i).name)) << i;
    }
    void everyPatchFollowsTheContract()
    {
        QFETCH(int, row);
        const PatchCase c = patchCases().at(row);
        const auto patch = PatchBuilder::build(c.original, c.edited);
        QCOMPARE(patch.has_value(), !c.expectedJson.isEmpty());
        if (!patch)
            return;
        const QJsonObject body = PatchBuilder::requestBody({*patch});
        const QStringList problems = m_checker.checkRequestBody(
                QStringLiteral("PATCH"),
                QStringLiteral("/2025-10/marketing-solutions/audience-segments"), body);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(
                         problems.join(QLatin1Char('\n')) + QLatin1Char('\n')
                         + QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))));
    }

    void allPatchesInOneBody()
    {
        QList<QJsonObject> items;
        for (const PatchCase &c : patchCases())
            if (const auto patch = PatchBuilder::build(c.original, c.edited))
                items.append(*patch);
        QVERIFY(items.size() > 40);
        const QStringList problems = m_checker.checkRequestBody(
                QStringLiteral("PATCH"),
                QStringLiteral("/2025-10/marketing-solutions/audience-segments"),
                PatchBuilder::requestBody(items));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The check is not vacuous here: a payload broken the way a builder bug would break it fails.
    void brokenPayloadFails()
    {
        std::optional<QJsonObject> patch;
        for (const PatchCase &c : patchCases())
            if ((patch = PatchBuilder::build(c.original, c.edited)))
                break;
        QVERIFY(patch);
        QJsonObject attributes = patch->value(QLatin1String("attributes")).toObject();
        attributes.insert(QLatin1String("type"), QStringLiteral("Location"));
        patch->insert(QLatin1String("attributes"), attributes);
        const QStringList problems = m_checker.checkRequestBody(
                QStringLiteral("PATCH"),
                QStringLiteral("/2025-10/marketing-solutions/audience-segments"),
                PatchBuilder::requestBody({*patch}));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(QLatin1String("/data/0/attributes/type")),
                 qPrintable(problems.first()));
    }
};

QTEST_GUILESS_MAIN(TestPatchContract)
#include "tst_patchcontract.moc"
