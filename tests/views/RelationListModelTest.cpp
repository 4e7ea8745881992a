// RelationListModel: triple counts of the golden bundle (all splits) and every sort order.

#include "GoldenGraph.h"

#include "models/ModelRoles.h"
#include "models/RelationListModel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QTest>

using namespace tessera;

class RelationListModelTest : public QObject {
    Q_OBJECT

private:
    static QStringList keys(const RelationListModel& model)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row, RelationListModel::KeyColumn).data().toString();
        return values;
    }

    std::shared_ptr<const KnowledgeGraph> golden_ = test::loadGolden();

private Q_SLOTS:
    void countsTriplesOverAllSplits()
    {
        RelationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGraph(golden_);
        QCOMPARE(model.rowCount(), 6);
        QHash<QString, qulonglong> counts;
        for (int row = 0; row < model.rowCount(); ++row)
            counts[model.index(row, RelationListModel::KeyColumn).data().toString()]
                = model.index(row, RelationListModel::TriplesColumn).data(SortValueRole).toULongLong();
        // borders: 6 train + the test copy of FRA borders DEU; capital_of: 1 train + 1 valid;
        // currency: 3 train + 1 test.
        const QHash<QString, qulonglong> expected {{"borders", 7}, {"capital", 2}, {"capital_of", 2}, {"located_in", 4},
            {"official_language", 1}, {"currency", 4}};
        QCOMPARE(counts, expected);
        QCOMPARE(model.index(0, RelationListModel::LabelColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("the two countries share a land border"));
    }

    void sorts_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("expected");
        // Ties (located_in/currency at 4, capital/capital_of at 2) keep file order both ways.
        QTest::newRow("triples descending (default)")
            << int(RelationListModel::TriplesColumn) << Qt::DescendingOrder
            << QStringList {"borders", "located_in", "currency", "capital", "capital_of", "official_language"};
        QTest::newRow("triples ascending")
            << int(RelationListModel::TriplesColumn) << Qt::AscendingOrder
            << QStringList {"official_language", "capital", "capital_of", "located_in", "currency", "borders"};
        QTest::newRow("label ascending") << int(RelationListModel::LabelColumn) << Qt::AscendingOrder
                                         << QStringList {"borders", "capital", "capital_of", "currency", "located_in",
                                                "official_language"};
        QTest::newRow("key descending") << int(RelationListModel::KeyColumn) << Qt::DescendingOrder
                                        << QStringList {"official_language", "located_in", "currency", "capital_of",
                                               "capital", "borders"};
    }

    void sorts()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, expected);
        RelationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGraph(golden_);
        model.sort(column, order);
        QCOMPARE(keys(model), expected);
    }

    void persistentIndexFollowsSort()
    {
        RelationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGraph(golden_);
        const QPersistentModelIndex officialLanguage = model.index(5, RelationListModel::KeyColumn);
        QCOMPARE(officialLanguage.data().toString(), QStringLiteral("official_language"));
        model.sort(RelationListModel::LabelColumn, Qt::AscendingOrder);
        QCOMPARE(officialLanguage.row(), 5);
        model.sort(RelationListModel::TriplesColumn, Qt::AscendingOrder);
        QCOMPARE(officialLanguage.row(), 0);
        QCOMPARE(officialLanguage.data().toString(), QStringLiteral("official_language"));
    }
};

QTEST_MAIN(RelationListModelTest)
#include "RelationListModelTest.moc"
