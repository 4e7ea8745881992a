// EntityFactsModel: the facts of golden entities grouped by relation and direction, with the
// neighbours, their keys and their splits, under QAbstractItemModelTester.

#include "GoldenGraph.h"

#include "models/EntityFactsModel.h"
#include "models/ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace tessera;

class EntityFactsModelTest : public QObject {
    Q_OBJECT

private:
    // One line per group: "→ borders (3): Germany [train, test], Italy [train], …".
    static QStringList describe(const EntityFactsModel& model)
    {
        QStringList lines;
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            QStringList facts;
            for (int f = 0; f < model.rowCount(group); ++f) {
                facts << QStringLiteral("%1 [%2]").arg(
                    model.index(f, EntityFactsModel::NameColumn, group).data().toString(),
                    model.index(f, EntityFactsModel::SplitColumn, group).data().toString());
            }
            lines << group.data().toString() + QStringLiteral(": ") + facts.join(QStringLiteral(", "));
        }
        return lines;
    }

    std::shared_ptr<const KnowledgeGraph> golden_ = test::loadGolden();

private Q_SLOTS:
    void groups_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("France") << "FRA"
                                << QStringList {"→ borders (3): Germany [train, test], Italy [train], Spain [train]",
                                       "→ capital (1): Paris [train]", "→ currency (1): Euro [train]",
                                       "→ located in (1): Europe [train]", "→ official language (1): French [train]",
                                       "← borders (3): Germany [train], Italy [train], Spain [train]",
                                       "← capital of (1): Paris [train]"};
        QTest::newRow("Berlin, capital_of only in valid")
            << "city/DEU/Berlin" << QStringList {"→ capital of (1): Germany [valid]", "← capital (1): Germany [train]"};
        QTest::newRow("Euro, incoming only") << "currency/EUR"
                                             << QStringList {"← currency (4): France [train], Germany [train], "
                                                             "Italy [train], Spain [test]"};
    }

    void groups()
    {
        QFETCH(QString, key);
        QFETCH(QStringList, expected);
        EntityFactsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGraph(golden_);
        model.setEntity(test::idOf(*golden_, key.toUtf8().constData()));
        QCOMPARE(describe(model), expected);
        QCOMPARE(model.groupCount(), static_cast<int>(expected.size()));
    }

    void neighbourRowsNameTheirEntity()
    {
        EntityFactsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGraph(golden_);
        model.setEntity(test::idOf(*golden_, "FRA"));
        const QModelIndex capital = model.index(1, 0);
        QCOMPARE(model.groupDirection(1), EntityFactsModel::Direction::Outgoing);
        QCOMPARE(QString::fromStdString(golden_->relation(model.groupRelation(1)).key), QStringLiteral("capital"));
        const QModelIndex paris = model.index(0, EntityFactsModel::NameColumn, capital);
        QCOMPARE(paris.data(EntityIdRole).value<quint32>(), test::idOf(*golden_, "city/FRA/Paris"));
        QCOMPARE(model.neighbourAt(paris), test::idOf(*golden_, "city/FRA/Paris"));
        QCOMPARE(
            model.index(0, EntityFactsModel::KeyColumn, capital).data().toString(), QStringLiteral("city/FRA/Paris"));
        QVERIFY(paris.data(Qt::FontRole).value<QFont>().underline());
        // Group rows are not entities.
        QVERIFY(!capital.data(EntityIdRole).isValid());
        QCOMPARE(model.neighbourAt(capital), kNoEntity);
        QCOMPARE(model.parent(paris), capital);
    }

    void noEntityIsEmpty()
    {
        EntityFactsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGraph(golden_);
        QCOMPARE(model.rowCount(), 0);
        model.setEntity(test::idOf(*golden_, "FRA"));
        QCOMPARE(model.rowCount(), 7);
        model.setEntity(kNoEntity);
        QCOMPARE(model.rowCount(), 0);
        model.setEntity(12345);  // out of range: nothing, not a crash
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(EntityFactsModelTest)
#include "EntityFactsModelTest.moc"
