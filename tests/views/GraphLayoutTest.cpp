// GraphLayout: every node placed at a finite, distinct position; the same input gives the same
// output; pinned nodes stay put; components do not overlap; bad edges are refused.

#include "layout/GraphLayout.h"

#include <QRectF>
#include <QTest>

#include <cmath>
#include <random>
#include <stdexcept>

using namespace tessera;

Q_DECLARE_METATYPE(std::vector<tessera::LayoutEdge>)

namespace {

std::vector<LayoutEdge> star(std::uint32_t leaves, std::uint32_t hub = 0, std::uint32_t first = 1)
{
    std::vector<LayoutEdge> edges;
    for (std::uint32_t i = 0; i < leaves; ++i)
        edges.push_back({hub, first + i});
    return edges;
}

std::vector<LayoutEdge> randomGraph(std::uint32_t n, std::uint32_t extra, unsigned seed)
{
    std::mt19937 random(seed);
    std::vector<LayoutEdge> edges;
    for (std::uint32_t i = 1; i < n; ++i)
        edges.push_back({static_cast<std::uint32_t>(random() % i), i});
    for (std::uint32_t i = 0; i < extra; ++i)
        edges.push_back({static_cast<std::uint32_t>(random() % n), static_cast<std::uint32_t>(random() % n)});
    return edges;
}

double minimumDistance(const std::vector<LayoutPoint>& points)
{
    double best = INFINITY;
    for (std::size_t a = 0; a < points.size(); ++a)
        for (std::size_t b = a + 1; b < points.size(); ++b)
            best = std::min(best, std::hypot(points[a].x - points[b].x, points[a].y - points[b].y));
    return best;
}

}  // namespace

class GraphLayoutTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void placesEveryNode_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<std::vector<LayoutEdge>>("edges");
        QTest::addColumn<double>("minimumGap");
        QTest::newRow("empty") << 0 << std::vector<LayoutEdge> {} << 0.0;
        QTest::newRow("single") << 1 << std::vector<LayoutEdge> {} << 0.0;
        QTest::newRow("pair") << 2 << std::vector<LayoutEdge> {{0, 1}} << 0.9;
        QTest::newRow("pair without edge") << 2 << std::vector<LayoutEdge> {} << 0.9;
        QTest::newRow("triangle") << 3 << std::vector<LayoutEdge> {{0, 1}, {1, 2}, {2, 0}} << 0.3;
        // Leaves sit on rings 0.8 units apart along the ring.
        QTest::newRow("star of 40") << 41 << star(40) << 0.5;
        QTest::newRow("self-loop and duplicates")
            << 3 << std::vector<LayoutEdge> {{0, 0}, {0, 1}, {1, 0}, {1, 2}} << 0.3;
        QTest::newRow("disconnected: two triangles and a loner")
            << 7 << std::vector<LayoutEdge> {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}} << 0.3;
        QTest::newRow("isolated nodes only") << 5 << std::vector<LayoutEdge> {} << 0.9;
        QTest::newRow("random 300") << 300 << randomGraph(300, 60, 7) << 0.01;
        QTest::newRow("random 2000 (grid variant)") << 2000 << randomGraph(2000, 300, 11) << 0.0;
    }

    void placesEveryNode()
    {
        QFETCH(int, nodes);
        QFETCH(std::vector<LayoutEdge>, edges);
        QFETCH(double, minimumGap);
        const auto n = static_cast<std::size_t>(nodes);
        const std::vector<LayoutPoint> points = GraphLayout::compute(n, edges);
        QCOMPARE(points.size(), n);
        for (const LayoutPoint& point : points) {
            QVERIFY(std::isfinite(point.x));
            QVERIFY(std::isfinite(point.y));
        }
        if (n >= 2 && minimumGap > 0.0)
            QVERIFY2(minimumDistance(points) >= minimumGap, qPrintable(QString::number(minimumDistance(points))));
        // Deterministic: a second run gives bit-identical positions.
        QVERIFY(GraphLayout::compute(n, edges) == points);
    }

    void seedChangesThePicture()
    {
        const auto edges = randomGraph(60, 20, 3);
        LayoutOptions a;
        a.seed = 1;
        LayoutOptions b;
        b.seed = 2;
        QVERIFY(GraphLayout::compute(60, edges, a) != GraphLayout::compute(60, edges, b));
    }

    void componentsDoNotOverlap()
    {
        // Two stars of 10 and a triangle: their bounding boxes must be disjoint.
        std::vector<LayoutEdge> edges = star(10, 0, 1);
        for (const auto& edge : star(10, 11, 12))
            edges.push_back(edge);
        edges.insert(edges.end(), {{22, 23}, {23, 24}, {24, 22}});
        const auto points = GraphLayout::compute(25, edges);
        const auto box = [&](std::uint32_t from, std::uint32_t to) {
            QRectF rect;
            for (std::uint32_t i = from; i <= to; ++i)
                rect = rect.united(QRectF(points[i].x, points[i].y, 1e-6, 1e-6));
            return rect;
        };
        const QRectF first = box(0, 10);
        const QRectF second = box(11, 21);
        const QRectF third = box(22, 24);
        QVERIFY(!first.intersects(second));
        QVERIFY(!first.intersects(third));
        QVERIFY(!second.intersects(third));
    }

    void pinnedNodesStayAndNewcomersSettleNearby()
    {
        // A laid-out star of 5, then 6 more leaves on the hub: the old nodes must not move and
        // the newcomers must end up near the hub, not anywhere.
        const auto before = GraphLayout::compute(6, star(5));
        LayoutOptions options;
        options.pinned.resize(12);
        options.start.resize(12);
        for (std::size_t i = 0; i < 6; ++i)
            options.pinned[i] = before[i];
        for (std::size_t i = 6; i < 12; ++i)
            options.start[i] = before[0];
        auto edges = star(5);
        for (std::uint32_t i = 6; i < 12; ++i)
            edges.push_back({0, i});
        const auto after = GraphLayout::compute(12, edges, options);
        QCOMPARE(after.size(), std::size_t {12});
        for (std::size_t i = 0; i < 6; ++i)
            QVERIFY(after[i] == before[i]);
        for (std::size_t i = 6; i < 12; ++i) {
            const double fromHub = std::hypot(after[i].x - before[0].x, after[i].y - before[0].y);
            QVERIFY2(fromHub > 0.3 && fromHub < 4.0, qPrintable(QString::number(fromHub)));
        }
        QVERIFY(minimumDistance(after) > 0.2);
        QVERIFY(GraphLayout::compute(12, edges, options) == after);
    }

    void everyNodePinned()
    {
        LayoutOptions options;
        options.pinned = {LayoutPoint {1, 2}, LayoutPoint {3, 4}, LayoutPoint {5, 6}};
        const auto points = GraphLayout::compute(3, std::vector<LayoutEdge> {{0, 1}, {1, 2}}, options);
        QVERIFY(points == (std::vector<LayoutPoint> {{1, 2}, {3, 4}, {5, 6}}));
    }

    void refusesEdgeOutsideTheGraph()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, GraphLayout::compute(3, std::vector<LayoutEdge> {{0, 3}}));
    }
};

QTEST_MAIN(GraphLayoutTest)
#include "GraphLayoutTest.moc"
