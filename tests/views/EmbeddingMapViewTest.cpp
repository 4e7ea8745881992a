// The embedding map on the demo graph and its model: the PCA map is CodebookProjection of the
// model's entity representations; the neighbours listed for an entity equal a brute-force cosine
// search written here; a dragged area lists exactly the points inside it; colour groups count the
// graph's key prefixes; t-SNE runs in the background, is kept per model, and Cancel stops it.

#include "plots/EmbeddingMapView.h"
#include "graph/KnowledgeGraph.h"
#include "inference/MygoModel.h"
#include "io/BundleReader.h"
#include "plots/TsneDiskCache.h"
#include "tokenizers/CodebookProjection.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace tessera;

namespace {
const std::string kDemo = TESSERA_SOURCE_DIR "/resources/demo";
}

class EmbeddingMapViewTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pcaMapAndCosineNeighbours();
    void tsneRunsInTheBackgroundAndIsKept();
    void cancelStopsTsne();

private:
    std::shared_ptr<const KnowledgeGraph> graph_;
    std::shared_ptr<const std::vector<float>> vectors_;
    std::int64_t dim_ = 0;
    QTemporaryDir cache_;  // the disk cache of t-SNE maps, fresh for this run
};

void EmbeddingMapViewTest::initTestCase()
{
    graph_ = BundleReader::read(kDemo + "/countries");
    MygoModel model = MygoModel::load(kDemo + "/models/countries-mygo");
    model.useDevice("cpu", 1);
    const FloatArray& reps = model.entityRepresentations();  // N + 1 rows: the last is the mask token
    dim_ = reps.shape[1];
    const auto n = static_cast<std::int64_t>(graph_->entityCount());
    vectors_ = std::make_shared<const std::vector<float>>(reps.values.begin(), reps.values.begin() + n * dim_);
}

void EmbeddingMapViewTest::pcaMapAndCosineNeighbours()
{
    EmbeddingMapView view;
    view.resize(900, 600);
    QSignalSpy shown(&view, &EmbeddingMapView::mapShown);
    view.setData(graph_, vectors_, dim_, QStringLiteral("demo"));
    QVERIFY(shown.wait(20000));
    const auto n = static_cast<std::int64_t>(graph_->entityCount());
    const CodebookProjection pca = CodebookProjection::compute(*vectors_, dim_);
    QCOMPARE(view.shownXy().size(), static_cast<std::size_t>(2 * n));
    for (std::int64_t i = 0; i < n; ++i) {
        QCOMPARE(
            view.shownXy()[static_cast<std::size_t>(2 * i)], static_cast<float>(pca.x[static_cast<std::size_t>(i)]));
        QCOMPARE(view.shownXy()[static_cast<std::size_t>(2 * i + 1)],
            static_cast<float>(pca.y[static_cast<std::size_t>(i)]));
    }

    // Neighbours of France: every other entity's cosine, computed here, sorted.
    const EntityId france = *graph_->findEntity("country/FRA");
    view.focusEntity(france);
    std::vector<std::pair<double, std::int64_t>> all;
    const float* f = vectors_->data() + france * dim_;
    for (std::int64_t i = 0; i < n; ++i) {
        if (i == france)
            continue;
        const float* v = vectors_->data() + i * dim_;
        double dot = 0;
        double a = 0;
        double b = 0;
        for (std::int64_t j = 0; j < dim_; ++j) {
            dot += static_cast<double>(f[j]) * v[j];
            a += static_cast<double>(f[j]) * f[j];
            b += static_cast<double>(v[j]) * v[j];
        }
        all.emplace_back(dot / std::sqrt(a * b), i);
    }
    std::sort(all.begin(), all.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
    QCOMPARE(view.neighbours().size(), std::size_t {EmbeddingMapView::kNeighbours});
    for (std::size_t r = 0; r < view.neighbours().size(); ++r) {
        QCOMPARE(view.neighbours()[r].index, all[r].second);
        QVERIFY(std::abs(view.neighbours()[r].cosine - all[r].first) < 1e-9);
    }
    QCOMPARE(view.neighbourList()->count(), EmbeddingMapView::kNeighbours);
    const Entity& first = graph_->entity(static_cast<EntityId>(all[0].second));
    QVERIFY(view.neighbourList()->item(0)->text().endsWith(QString::fromStdString(first.label)));

    // An area around France's point and its first neighbour's: exactly the points inside.
    const auto point = [&view](std::int64_t e) {
        return QPointF(
            view.shownXy()[static_cast<std::size_t>(2 * e)], view.shownXy()[static_cast<std::size_t>(2 * e + 1)]);
    };
    const QRectF area = QRectF(point(france), point(all[0].second)).normalized().adjusted(-1e-3, -1e-3, 1e-3, 1e-3);
    const std::vector<EntityId> inside = view.selectArea(area);
    std::vector<EntityId> expected;
    for (std::int64_t i = 0; i < n; ++i) {
        if (area.contains(point(i)))
            expected.push_back(static_cast<EntityId>(i));
    }
    QCOMPARE(inside, expected);
    QVERIFY(std::find(inside.begin(), inside.end(), france) != inside.end());
    QCOMPARE(view.areaList()->count(), static_cast<int>(expected.size()));

    // Colour by key prefix: the "country" group holds every country/ key.
    const auto countries = std::count_if(graph_->entities().begin(), graph_->entities().end(),
        [](const Entity& e) { return e.key.rfind("country/", 0) == 0; });
    const qsizetype group = view.groupNames().indexOf(QStringLiteral("country"));
    QVERIFY(group >= 0);
    QCOMPARE(std::count(view.groups().begin(), view.groups().end(), static_cast<int>(group)), countries);
    view.setColouring(EmbeddingMapView::Colouring::HasImage);
    QCOMPARE(view.groupNames().size(), qsizetype {2});
    QVERIFY(view.csv().startsWith(QStringLiteral("key,label,x,y,group\n")));
}

void EmbeddingMapViewTest::tsneRunsInTheBackgroundAndIsKept()
{
    EmbeddingMapView view;
    view.setTsneCacheFolder(cache_.path());
    QSignalSpy shown(&view, &EmbeddingMapView::mapShown);
    view.setData(graph_, vectors_, dim_, QStringLiteral("demo"));
    QVERIFY(shown.wait(20000));
    const std::vector<float> pca = view.shownXy();
    view.setMethod(EmbeddingMapView::Method::Tsne);
    QVERIFY(view.isComputing());
    QVERIFY(view.shownXy().empty());
    QVERIFY(shown.wait(120000));
    const std::vector<float> tsne = view.shownXy();
    QCOMPARE(tsne.size(), pca.size());
    QVERIFY(tsne != pca);
    // Back to PCA and again to t-SNE: both come from the cache, at once and unchanged.
    view.setMethod(EmbeddingMapView::Method::Pca);
    QVERIFY(!view.isComputing());
    QCOMPARE(view.shownXy(), pca);
    view.setMethod(EmbeddingMapView::Method::Tsne);
    QVERIFY(!view.isComputing());
    QCOMPARE(view.shownXy(), tsne);

    // A new session (another view, an empty memory cache) reads the map back from disk: the same
    // coordinates, no second optimisation; a damaged file is ignored and the map computed again.
    EmbeddingMapView later;
    later.setTsneCacheFolder(cache_.path());
    QSignalSpy laterShown(&later, &EmbeddingMapView::mapShown);
    later.setMethod(EmbeddingMapView::Method::Tsne);
    QElapsedTimer clock;
    clock.start();
    later.setData(graph_, vectors_, dim_, QStringLiteral("another session"));
    QVERIFY(laterShown.wait(20000));
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(later.shownXy(), tsne);
    const QString file = TsneDiskCache(cache_.path()).pathOf(TsneDiskCache::keyOf(*vectors_, dim_));
    QVERIFY(QFile::exists(file));
    QFile damaged(file);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    damaged.resize(damaged.size() / 2);
    damaged.close();
    QVERIFY(!TsneDiskCache(cache_.path()).load(TsneDiskCache::keyOf(*vectors_, dim_), graph_->entityCount()));
    // Another model's vectors are another key.
    std::vector<float> moved(*vectors_);
    moved[0] += 1;
    QVERIFY(TsneDiskCache::keyOf(moved, dim_) != TsneDiskCache::keyOf(*vectors_, dim_));
}

void EmbeddingMapViewTest::cancelStopsTsne()
{
    QTemporaryDir empty;  // no map of these vectors kept: t-SNE really runs
    EmbeddingMapView view;
    view.setTsneCacheFolder(empty.path());
    QSignalSpy shown(&view, &EmbeddingMapView::mapShown);
    view.setMethod(EmbeddingMapView::Method::Tsne);
    view.setData(graph_, vectors_, dim_, QStringLiteral("demo"));
    QVERIFY(view.isComputing());
    view.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!view.isComputing(), 20000);
    QCoreApplication::processEvents();
    QCOMPARE(shown.count(), 0);
    QVERIFY(view.shownXy().empty());
}

QTEST_MAIN(EmbeddingMapViewTest)
#include "EmbeddingMapViewTest.moc"
