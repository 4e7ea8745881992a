// Exploration steps as undo commands: focus, expand, collapse and "show more" produce the node
// sets worked out by hand from the golden bundle, and undo/redo restore them exactly
// (positions included).

#include "GoldenGraph.h"

#include "canvas/ExplorationPlanner.h"
#include "commands/CollapseEntityCommand.h"
#include "commands/ExpandEntityCommand.h"
#include "commands/ExplorationTarget.h"
#include "commands/FocusEntityCommand.h"
#include "commands/ShowMoreCommand.h"

#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace tessera;

namespace {

// Holds the state like the view does, without a widget.
class FakeTarget : public ExplorationTarget {
public:
    explicit FakeTarget(ExplorationPlanner planner)
        : planner_(std::move(planner))
    {
    }
    const ExplorationState& explorationState() const override { return state_; }
    const ExplorationPlanner& explorationPlanner() const override { return planner_; }
    void applyExplorationState(const ExplorationState& state) override
    {
        state_ = state;
        ++applied_;
    }
    int applied() const { return applied_; }

private:
    ExplorationPlanner planner_;
    ExplorationState state_;
    int applied_ = 0;
};

}  // namespace

class ExplorationCommandsTest : public QObject {
    Q_OBJECT

private:
    // Visible entity keys, sorted, for comparing with hand-made lists.
    QStringList visibleKeys(const ExplorationPlanner& planner, const ExplorationState& state) const
    {
        QStringList keys;
        for (const EntityId id : planner.visibleGraph(state).entities)
            keys << QString::fromStdString(golden_->entity(id).key);
        keys.sort();
        return keys;
    }
    EntityId id(const char* key) const { return test::idOf(*golden_, key); }

    std::shared_ptr<const KnowledgeGraph> golden_ = test::loadGolden();
    const QStringList franceAndNeighbours_ {
        "DEU", "ESP", "FRA", "ITA", "city/FRA/Paris", "currency/EUR", "language/fra", "region/Europe"};

private Q_SLOTS:
    void focusExpandCollapseUndoRedo()
    {
        FakeTarget target {ExplorationPlanner(golden_)};
        const ExplorationPlanner& planner = target.explorationPlanner();
        QUndoStack stack;

        stack.push(new FocusEntityCommand(&target, id("FRA")));
        const ExplorationState focused = target.explorationState();
        QCOMPARE(focused.focus, id("FRA"));
        QCOMPARE(visibleKeys(planner, focused), franceAndNeighbours_);
        QCOMPARE(focused.positions.size(), std::size_t {8});
        QCOMPARE(focused.positions.at(id("FRA")), QPointF(0, 0));  // a fresh picture centres the focus
        QCOMPARE(stack.undoText(), QStringLiteral("Focus France"));

        stack.push(new ExpandEntityCommand(&target, id("DEU")));
        const ExplorationState expanded = target.explorationState();
        QStringList withBerlin = franceAndNeighbours_;
        withBerlin << "city/DEU/Berlin";
        withBerlin.sort();
        QCOMPARE(visibleKeys(planner, expanded), withBerlin);
        // Nodes already on screen keep their place.
        for (const auto& [entity, at] : focused.positions)
            QCOMPARE(expanded.positions.at(entity), at);
        QVERIFY(expanded.isExpanded(id("DEU")));

        stack.push(new CollapseEntityCommand(&target, id("DEU")));
        QCOMPARE(visibleKeys(planner, target.explorationState()), franceAndNeighbours_);
        QVERIFY(!target.explorationState().isExpanded(id("DEU")));

        stack.undo();
        QVERIFY(target.explorationState() == expanded);
        stack.undo();
        QVERIFY(target.explorationState() == focused);
        stack.undo();
        QCOMPARE(target.explorationState().focus, kNoEntity);
        QVERIFY(planner.visibleGraph(target.explorationState()).entities.empty());
        stack.redo();
        QVERIFY(target.explorationState() == focused);
        stack.redo();
        QVERIFY(target.explorationState() == expanded);
        stack.redo();
        QCOMPARE(visibleKeys(planner, target.explorationState()), franceAndNeighbours_);
    }

    void noOpStepsChangeNothing()
    {
        FakeTarget target {ExplorationPlanner(golden_)};
        QUndoStack stack;
        stack.push(new FocusEntityCommand(&target, id("FRA")));
        // The focus is expanded already; Berlin is not visible, so it cannot be expanded.
        QVERIFY(!ExpandEntityCommand(&target, id("FRA")).changesState());
        QVERIFY(!ExpandEntityCommand(&target, id("city/DEU/Berlin")).changesState());
        QVERIFY(!CollapseEntityCommand(&target, id("DEU")).changesState());
        QVERIFY(!ShowMoreCommand(&target, id("FRA")).changesState());
    }

    void capAndShowMore()
    {
        // With a cap of 3, France (7 distinct neighbours) shows DEU, ITA, ESP (outgoing borders
        // come first) and "+4 more"; each "show more" reveals three more.
        FakeTarget target {ExplorationPlanner(golden_, 3)};
        const ExplorationPlanner& planner = target.explorationPlanner();
        QUndoStack stack;
        stack.push(new FocusEntityCommand(&target, id("FRA")));
        VisibleGraph visible = planner.visibleGraph(target.explorationState());
        QCOMPARE(visibleKeys(planner, target.explorationState()), QStringList({"DEU", "ESP", "FRA", "ITA"}));
        QCOMPARE(visible.more.size(), std::size_t {1});
        QCOMPARE(visible.more[0].hub, id("FRA"));
        QCOMPARE(visible.more[0].hidden, std::size_t {4});
        QVERIFY(target.explorationState().morePositions.contains(id("FRA")));

        stack.push(new ShowMoreCommand(&target, id("FRA")));
        visible = planner.visibleGraph(target.explorationState());
        QCOMPARE(visible.entities.size(), std::size_t {7});
        QCOMPARE(visible.more.at(0).hidden, std::size_t {1});
        stack.push(new ShowMoreCommand(&target, id("FRA")));
        visible = planner.visibleGraph(target.explorationState());
        QCOMPARE(visible.entities.size(), std::size_t {8});
        QVERIFY(visible.more.empty());
        QVERIFY(target.explorationState().morePositions.empty());
        stack.undo();
        stack.undo();
        QCOMPARE(planner.visibleGraph(target.explorationState()).entities.size(), std::size_t {4});
    }

    void collapseDropsExpansionsThatHungOffIt()
    {
        // Europe → its four countries; Germany expanded adds Berlin and Euro; Berlin expanded
        // (adds nothing new). Collapsing Germany hides Berlin and Euro and forgets Berlin's
        // expansion.
        FakeTarget target {ExplorationPlanner(golden_)};
        const ExplorationPlanner& planner = target.explorationPlanner();
        QUndoStack stack;
        stack.push(new FocusEntityCommand(&target, id("region/Europe")));
        QCOMPARE(visibleKeys(planner, target.explorationState()),
            QStringList({"DEU", "ESP", "FRA", "ITA", "region/Europe"}));
        stack.push(new ExpandEntityCommand(&target, id("DEU")));
        QCOMPARE(visibleKeys(planner, target.explorationState()),
            QStringList({"DEU", "ESP", "FRA", "ITA", "city/DEU/Berlin", "currency/EUR", "region/Europe"}));
        stack.push(new ExpandEntityCommand(&target, id("city/DEU/Berlin")));
        QVERIFY(target.explorationState().isExpanded(id("city/DEU/Berlin")));
        stack.push(new CollapseEntityCommand(&target, id("DEU")));
        QCOMPARE(visibleKeys(planner, target.explorationState()),
            QStringList({"DEU", "ESP", "FRA", "ITA", "region/Europe"}));
        QCOMPARE(target.explorationState().expanded, std::vector<EntityId> {id("region/Europe")});
        QVERIFY(!target.explorationState().positions.contains(id("city/DEU/Berlin")));
    }

    void linksCarryBothDirections()
    {
        const ExplorationPlanner planner(golden_);
        const ExplorationState state = planner.focus(id("FRA"));
        const VisibleGraph visible = planner.visibleGraph(state);
        // France–Paris: capital one way, capital_of the other; France–Germany: borders both ways.
        const auto link = [&](const char* a, const char* b) {
            const EntityId x = std::min(id(a), id(b));
            const EntityId y = std::max(id(a), id(b));
            const auto it = std::find_if(visible.links.begin(), visible.links.end(),
                [&](const VisibleGraph::Link& l) { return l.a == x && l.b == y; });
            return it == visible.links.end() ? VisibleGraph::Link {} : *it;
        };
        const VisibleGraph::Link paris = link("FRA", "city/FRA/Paris");
        QCOMPARE(paris.forward.size() + paris.backward.size(), std::size_t {2});
        const VisibleGraph::Link germany = link("FRA", "DEU");
        QCOMPARE(germany.forward.size(), std::size_t {1});
        QCOMPARE(germany.backward.size(), std::size_t {1});
        // Germany and Euro are both neighbours of France, and linked to each other too.
        QCOMPARE(
            link("DEU", "currency/EUR").forward.size() + link("DEU", "currency/EUR").backward.size(), std::size_t {1});
        // Links: France to its 7 neighbours, and each of DEU, ITA and ESP to Europe and to Euro
        // (ESP–Euro is a test triple: browsing shows all splits).
        QCOMPARE(visible.links.size(), std::size_t {7 + 3 + 3});
    }

    void exploreToDepth()
    {
        const ExplorationPlanner planner(golden_);
        const ExplorationState depth2 = planner.explore(id("city/DEU/Berlin"), 2);
        // Berlin → Germany → France, Europe, Euro.
        QStringList keys;
        for (const EntityId e : planner.visibleGraph(depth2).entities)
            keys << QString::fromStdString(golden_->entity(e).key);
        keys.sort();
        QCOMPARE(keys, QStringList({"DEU", "FRA", "city/DEU/Berlin", "currency/EUR", "region/Europe"}));
        QCOMPARE(depth2.positions.size(), std::size_t {5});
    }
};

QTEST_MAIN(ExplorationCommandsTest)
#include "ExplorationCommandsTest.moc"
