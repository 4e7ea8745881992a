// EntitySearchModel over the golden bundle (exact rows per query) and over a generated graph
// large enough to page, always under QAbstractItemModelTester.

#include "GoldenGraph.h"

#include "graph/KnowledgeGraphBuilder.h"
#include "models/EntitySearchModel.h"
#include "models/ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tessera;

class EntitySearchModelTest : public QObject {
    Q_OBJECT

private:
    static QStringList column(const QAbstractItemModel& model, int column)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row, column).data().toString();
        return values;
    }

    std::shared_ptr<const KnowledgeGraph> golden_ = test::loadGolden();

private Q_SLOTS:
    void emptyQueryListsEveryEntityByLabel()
    {
        EntitySearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGraph(golden_);
        QCOMPARE(model.totalMatches(), std::size_t {9});
        QCOMPARE(column(model, EntitySearchModel::LabelColumn),
            QStringList({"Berlin", "Euro", "Europe", "France", "French", "Germany", "Italy", "Paris", "Spain"}));
        QCOMPARE(column(model, EntitySearchModel::KeyColumn).at(0), QStringLiteral("city/DEU/Berlin"));
        // Listing everything matched nothing in particular.
        QCOMPARE(column(model, EntitySearchModel::MatchColumn), QStringList(9, QString()));
        QCOMPARE(model.index(3, 0).data(EntityIdRole).value<quint32>(), test::idOf(*golden_, "FRA"));
        QVERIFY(model.index(3, 0).data(Qt::ToolTipRole).toString().contains("Western Europe"));
        QVERIFY(!model.canFetchMore({}));
    }

    void query_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QStringList>("matched");
        // "fra": the key FRA matches exactly; language/fra and city/FRA/Paris at a word start,
        // the shorter key first. The label "France" is only a prefix match, so the key wins.
        QTest::newRow("key beats label prefix")
            << "fra" << QStringList {"France", "French", "Paris"} << QStringList {"key", "key", "key"};
        QTest::newRow("alias with language")
            << "deutsch" << QStringList {"Germany"} << QStringList {"Deutschland (de)"};
        QTest::newRow("chinese alias") << "法国" << QStringList {"France"} << QStringList {"法国 (zh-Hans)"};
        // Euro's alias EUR is exact; Europe's label only starts with the query.
        QTest::newRow("exact alias first") << "EUR" << QStringList {"Euro", "Europe"} << QStringList {"EUR", ""};
        QTest::newRow("label substring") << "ain" << QStringList {"Spain"} << QStringList {""};
        QTest::newRow("case and blanks folded") << "  GERMANY " << QStringList {"Germany"} << QStringList {""};
        QTest::newRow("no match") << "zzz" << QStringList {} << QStringList {};
    }

    void query()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, labels);
        QFETCH(QStringList, matched);
        EntitySearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGraph(golden_);
        QSignalSpy reset(&model, &EntitySearchModel::resultsReset);
        model.setQuery(query);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(column(model, EntitySearchModel::LabelColumn), labels);
        QCOMPARE(column(model, EntitySearchModel::MatchColumn), matched);
        QCOMPARE(model.totalMatches(), static_cast<std::size_t>(labels.size()));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.entityAt(row), model.index(row, 0).data(EntityIdRole).value<quint32>());
    }

    void sameQueryDoesNotReset()
    {
        EntitySearchModel model;
        model.setGraph(golden_);
        model.setQuery(QStringLiteral("fra"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setQuery(QStringLiteral("fra"));
        QCOMPARE(reset.count(), 0);
    }

    void listsEveryMatchOfALargeGraph()
    {
        // 700 entities: key item/000 … item/699, labels counting down ("Item 699" … "Item 000").
        KnowledgeGraphBuilder builder;
        for (int i = 0; i < 700; ++i) {
            Entity entity;
            entity.key = QStringLiteral("item/%1").arg(i, 3, 10, QLatin1Char('0')).toStdString();
            entity.label = QStringLiteral("Item %1").arg(699 - i, 3, 10, QLatin1Char('0')).toStdString();
            builder.addEntity(entity);
        }
        builder.addRelation(Relation {"r", "r", ""});
        builder.addTriple(Split::Train, Triple {0, 0, 1});
        const auto graph = builder.build();

        EntitySearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGraph(graph);
        QCOMPARE(model.rowCount(), 700);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Item 000"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("item/699"));
        QCOMPARE(model.index(699, 0).data().toString(), QStringLiteral("Item 699"));

        // Every entity matches "item" as a label prefix of equal length: ties go to the lower id.
        model.setQuery(QStringLiteral("item"));
        QCOMPARE(model.rowCount(), 700);
        QCOMPARE(model.totalMatches(), std::size_t {700});
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Item 699"));
        QCOMPARE(model.index(699, 1).data().toString(), QStringLiteral("item/699"));
        QSet<QString> keys;
        for (int row = 0; row < model.rowCount(); ++row)
            keys.insert(model.index(row, 1).data().toString());
        QCOMPARE(keys.size(), 700);

        // "item 05" is a prefix of ten labels, and a substring of no key.
        model.setQuery(QStringLiteral("item 05"));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Item 059"));
    }

    void graphChangeResets()
    {
        EntitySearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGraph(golden_);
        model.setQuery(QStringLiteral("fra"));
        model.setGraph(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalMatches(), std::size_t {0});
        model.setGraph(golden_);
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_MAIN(EntitySearchModelTest)
#include "EntitySearchModelTest.moc"
