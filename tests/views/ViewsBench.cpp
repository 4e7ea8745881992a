// Timings for the neighbourhood view at 2,000 visible nodes: layout, scene build, paint.
// Prints medians; asserts nothing (DESIGN.md: tests never assert on wall-clock time).
//
//   QT_QPA_PLATFORM=offscreen build/release/tests/views/views_bench

#include "canvas/ExplorationPlanner.h"
#include "canvas/NeighbourhoodView.h"
#include "graph/KnowledgeGraphBuilder.h"
#include "layout/GraphLayout.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

using namespace tessera;

namespace {

constexpr int kRuns = 5;

double medianMs(const std::function<void()>& work)
{
    std::vector<double> times;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// A hub with 50 neighbours in a ring (so the second level is linked), each with 39 leaves of its
// own: exploring the hub to depth 2 with a cap of 50 shows 1 + 50 + 50 × 39 = 2,001 entities.
std::shared_ptr<const KnowledgeGraph> hubGraph()
{
    KnowledgeGraphBuilder builder;
    const auto entity = [&](const std::string& key, const std::string& label) {
        Entity e;
        e.key = key;
        e.label = label;
        e.description = "A generated entity for the views benchmark.";
        return *builder.addEntity(e);
    };
    builder.addRelation(Relation {"near", "near", ""});
    builder.addRelation(Relation {"part_of", "part of", ""});
    const EntityId hub = entity("hub/0", "Hub");
    std::vector<EntityId> middle;
    for (int i = 0; i < 50; ++i) {
        const EntityId m = entity("middle/" + std::to_string(i), "Middle entity " + std::to_string(i));
        middle.push_back(m);
        builder.addTriple(Split::Train, Triple {m, 1, hub});
        for (int j = 0; j < 39; ++j) {
            const EntityId leaf = entity("leaf/" + std::to_string(i) + "/" + std::to_string(j),
                "Leaf " + std::to_string(i) + "." + std::to_string(j));
            builder.addTriple(Split::Train, Triple {leaf, 1, m});
        }
    }
    for (int i = 0; i < 50; ++i)
        builder.addTriple(Split::Train, Triple {middle[i], 0, middle[(i + 1) % 50]});
    return builder.build();
}

}  // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const auto graph = hubGraph();
    const ExplorationPlanner planner(graph, 50);

    ExplorationState explored;
    const double exploreMs = medianMs([&] { explored = planner.explore(0, 2); });
    const VisibleGraph visible = planner.visibleGraph(explored);
    std::printf("visible: %zu entities, %zu links, %zu more nodes\n", visible.entities.size(), visible.links.size(),
        visible.more.size());
    std::printf("explore to depth 2 (visible graph + layout): %.1f ms\n", exploreMs);

    // GraphLayout alone on the same picture, and on a random graph without hub structure.
    std::unordered_map<EntityId, std::uint32_t> index;
    for (std::size_t i = 0; i < visible.entities.size(); ++i)
        index[visible.entities[i]] = static_cast<std::uint32_t>(i);
    std::vector<LayoutEdge> edges;
    for (const auto& link : visible.links)
        edges.push_back({index[link.a], index[link.b]});
    std::printf("GraphLayout, %zu-node hub neighbourhood: %.1f ms\n", visible.entities.size(),
        medianMs([&] { GraphLayout::compute(visible.entities.size(), edges); }));
    std::mt19937 random(11);
    std::vector<LayoutEdge> randomEdges;
    for (std::uint32_t i = 1; i < 2000; ++i)
        randomEdges.push_back({static_cast<std::uint32_t>(random() % i), i});
    for (int i = 0; i < 300; ++i)
        randomEdges.push_back(
            {static_cast<std::uint32_t>(random() % 2000), static_cast<std::uint32_t>(random() % 2000)});
    std::printf("GraphLayout, random 2,000-node graph (tree + 300 edges): %.1f ms\n",
        medianMs([&] { GraphLayout::compute(2000, randomEdges); }));
    const EntityId leaf = visible.entities.back();
    std::printf("expand one node of the 2,000-node picture (incremental layout): %.1f ms\n",
        medianMs([&] { planner.expand(explored, leaf); }));

    NeighbourhoodView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(1600, 1000);
    view.show();
    view.setGraph(graph);
    std::printf("scene build (%zu nodes + edges): %.1f ms\n", visible.entities.size(), medianMs([&] {
        view.applyExplorationState(ExplorationState());
        view.applyExplorationState(explored);
    }));
    view.zoomToFit();
    QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    const auto paint = [&] {
        QPainter painter(&image);
        view.render(&painter);
    };
    paint();  // builds the BSP index
    std::printf(
        "paint, whole picture fitted in 1600x1000 (scale %.2f): %.1f ms\n", view.transform().m11(), medianMs(paint));
    view.resetTransform();
    view.centerOn(0, 0);
    std::printf("paint at 100%% zoom around the focus (labels, edge labels): %.1f ms\n", medianMs(paint));
    view.scale(0.5, 0.5);
    std::printf("paint at 50%% zoom: %.1f ms\n", medianMs(paint));
    return 0;
}
