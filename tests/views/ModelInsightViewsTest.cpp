// The views that say why MyGO ranks what it ranks, on the demo graph and its model, against the
// model itself: the context encoder's attention for a query (QueryAttentionView in the Link
// Prediction dock) equals MygoModel::queryAttention; the masking tab's numbers equal
// RelationAblationStudy's and its query table sorts by rank; the Modality Shares boxes are the
// quartiles of every entity's [CLS] shares, the image box holds exactly the entities with a flag,
// the ranked list is the largest shares; the Embedding Map's dominant-modality colouring puts each
// entity in the group of its largest share.

#include "attention/ModalityShareTable.h"
#include "evaluation/RelationAblationStudy.h"
#include "graph/KnowledgeGraph.h"
#include "inference/ModalityShareReader.h"
#include "inference/MygoModel.h"
#include "io/BundleReader.h"
#include "io/TokenFolderReader.h"
#include "panels/LinkPredictionPanel.h"
#include "plots/EmbeddingMapView.h"
#include "plots/ModalitySharesView.h"
#include "plots/QueryAttentionView.h"
#include "plots/RelationAblationView.h"
#include "tokenizers/CodebookProjection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

#include <optional>

using namespace tessera;

namespace {
const std::string kDemo = TESSERA_SOURCE_DIR "/resources/demo";
}

class ModelInsightViewsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void queryAttentionIsTheContextEncoders();
    void maskingTabShowsTheStudy();
    void sharesViewShowsEveryEntitysShares();
    void embeddingMapColoursByDominantModality();
    void embeddingMapColoursByCommonestVisualCode();
    void embeddingMapShowsRelations();

private:
    // The demo model's entity representations on the map, by PCA; false on a timeout.
    bool showEntityMap(EmbeddingMapView& view) const
    {
        const FloatArray& reps = model_->entityRepresentations();
        const std::int64_t dim = reps.shape[1];
        const auto vectors = std::make_shared<const std::vector<float>>(
            reps.values.begin(), reps.values.begin() + static_cast<std::int64_t>(graph_->entityCount()) * dim);
        view.resize(900, 600);
        QSignalSpy shown(&view, &EmbeddingMapView::mapShown);
        view.setData(graph_, vectors, dim, QStringLiteral("demo"));
        return shown.wait(20000);
    }

    std::shared_ptr<const KnowledgeGraph> graph_;
    mutable std::optional<MygoModel> model_;
    EntityId france_ = kNoEntity;
    RelationId borders_ = kNoRelation;
};

void ModelInsightViewsTest::initTestCase()
{
    graph_ = BundleReader::read(kDemo + "/countries");
    model_.emplace(MygoModel::load(kDemo + "/models/countries-mygo"));
    model_->useDevice("cpu", 1);
    france_ = *graph_->findEntity("country/FRA");
    borders_ = *graph_->findRelation("borders");
}

void ModelInsightViewsTest::queryAttentionIsTheContextEncoders()
{
    LinkPredictionPanel panel;
    panel.resize(600, 700);
    panel.setGraph(graph_);
    panel.setModel(QStringLiteral("countries-mygo"), QStringLiteral("MyGO"));
    panel.setEntity(france_);
    panel.relationSelector()->setCurrentIndex(
        panel.relationSelector()->findData(QVariant::fromValue<quint32>(borders_)));
    panel.maskVisualCheck()->setChecked(true);
    const LinkPredictionRequest request = panel.request();
    QCOMPARE(request.entity, france_);
    QCOMPARE(request.relation, borders_);

    ModalityAblation noImage;
    noImage.maskVisual = true;
    const FloatArray attention = model_->queryAttention({france_, borders_, kNoEntity}, noImage);
    QCOMPARE(attention.shape, (std::vector<std::int64_t> {2, 1, 2, 3, 3}));  // 2 CTE layers, 2 heads
    // An answer to another question (the full input) is not shown for this one.
    LinkPredictionRequest other = request;
    other.maskVisual = false;
    panel.showQueryAttention(other, model_->queryAttention({france_, borders_, kNoEntity}));
    QVERIFY(!panel.queryAttentionView()->hasData());

    panel.showQueryAttention(request, attention);
    const QueryAttentionView* view = panel.queryAttentionView();
    QVERIFY(view->hasData());
    QCOMPARE(view->maskSlot(), 2);  // (France, borders, ?): the tail is predicted
    for (int layer = 0; layer < 2; ++layer)
        for (int head = 0; head < 2; ++head)
            for (int q = 0; q < 3; ++q)
                for (int k = 0; k < 3; ++k)
                    QCOMPARE(view->weight(layer, head, q, k),
                        static_cast<double>(
                            attention.values[static_cast<std::size_t>(((layer * 2 + head) * 3 + q) * 3 + k)]));
    // The sentence reads the mask slot's last-layer row, heads averaged.
    const auto row = view->maskRow();
    QCOMPARE(row[0], (view->weight(1, 0, 2, 0) + view->weight(1, 1, 2, 0)) / 2);
    QVERIFY(std::abs(row[0] + row[1] + row[2] - 1.0) < 1e-6);
    QVERIFY(view->summary().contains(QStringLiteral("%1 % from France").arg(100.0 * row[0], 0, 'f', 0)));
    QVERIFY(view->summary().contains(QStringLiteral("as if it had no image")));
    QCOMPARE(view->csv().count(QLatin1Char('\n')), 1 + 2 * 2 * 9);
    QVERIFY(view->csv().contains(QStringLiteral("\n2,2,?,France,")));

    // Heads of (?, borders, France): the mask is the first slot.
    panel.directionSelector()->setCurrentIndex(1);
    const LinkPredictionRequest heads = panel.request();
    QVERIFY(!heads.predictTail);
    panel.showQueryAttention(heads, model_->queryAttention({kNoEntity, heads.relation, france_}, noImage));
    QCOMPARE(view->maskSlot(), 0);
}

void ModelInsightViewsTest::maskingTabShowsTheStudy()
{
    const RelationAblationResult result = studyRelationAblation(*model_, *graph_, borders_, Split::Test);
    std::size_t testBorders = 0;
    for (const Triple& t : graph_->triples(Split::Test))
        testBorders += t.relation == borders_ ? 1 : 0;
    QCOMPARE(result.queries.size(), 2 * testBorders);

    RelationAblationView view;
    view.resize(700, 500);
    view.setGraph(graph_);
    view.setRelation(borders_, true);
    QVERIFY(view.studyButton()->isEnabled());
    QSignalSpy asked(&view, &RelationAblationView::studyRequested);
    view.studyButton()->click();
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(0).value<RelationId>(), borders_);

    view.showResult(result);
    QTableWidget* summary = view.summaryTable();
    for (int input = 0; input < kAblationInputs; ++input) {
        QCOMPARE(summary->item(input, 0)->text(), QString::number(result.metrics[input].mrr, 'f', 3));
        QCOMPARE(summary->item(input, 4)->text(), QString::number(result.meanRankShift[input], 'f', 2));
        QCOMPARE(
            summary->item(input, 5)->data(Qt::DisplayRole).toLongLong(), static_cast<qlonglong>(result.worse[input]));
    }
    QTableWidget* queries = view.queryTable();
    QCOMPARE(queries->rowCount(), static_cast<int>(result.queries.size()));
    // Sorted by the no-image rank, worst first: the largest rank any query has without its image.
    queries->sortItems(2, Qt::DescendingOrder);
    std::int64_t worst = 0;
    for (const AblatedQueryRanks& q : result.queries)
        worst = std::max(worst, q.rank[1]);
    QCOMPARE(queries->item(0, 2)->data(Qt::DisplayRole).toLongLong(), static_cast<qlonglong>(worst));
    QCOMPARE(view.csv().count(QLatin1Char('\n')), 1 + static_cast<int>(result.queries.size()));
}

void ModelInsightViewsTest::sharesViewShowsEveryEntitysShares()
{
    const auto table = std::make_shared<const ModalityShareTable>(readModalityShares(*model_));
    QCOMPARE(table->size(), graph_->entityCount());
    // The model's visual slots are the flags: an entity has an unmasked visual token exactly when
    // the graph has an image for it (the 250 countries and territories).
    std::size_t withImage = 0;
    for (EntityId e = 0; e < graph_->entityCount(); ++e) {
        QCOMPARE(table->hasVisual[e] != 0, graph_->entity(e).hasImage());
        withImage += graph_->entity(e).hasImage() ? 1 : 0;
    }
    QCOMPARE(withImage, std::size_t {250});

    ModalitySharesView view;
    view.resize(900, 600);
    QSignalSpy asked(&view, &ModalitySharesView::measureRequested);
    view.setGraph(graph_);
    view.setModelOpen(true);
    view.measureButton()->click();
    QCOMPARE(asked.count(), 1);
    view.setShares(table);
    for (const bool rollout : {false, true}) {
        view.setUseRollout(rollout);
        for (int slot = 0; slot < kAttentionSlots; ++slot) {
            const auto s = static_cast<AttentionSlot>(slot);
            const std::vector<double> values = sharesOf(*table, rollout, s);
            const BoxSummary expected = boxSummary(values);
            const BoxSummary shown = view.shownBox(s);
            QCOMPARE(shown.count, s == AttentionSlot::Visual ? withImage : graph_->entityCount());
            QCOMPARE(shown.median, expected.median);
            QCOMPARE(shown.lowerQuartile, expected.lowerQuartile);
            QCOMPARE(shown.maximum, expected.maximum);
        }
    }
    view.setUseRollout(false);
    view.setRankedSlot(AttentionSlot::Text);
    const std::vector<EntityId> top = entitiesWithLargestShare(*table, false, AttentionSlot::Text, 1);
    QCOMPARE(view.rankedList()->count(), ModalitySharesView::kListed);
    QVERIFY(view.rankedList()->item(0)->text().endsWith(QString::fromStdString(graph_->entity(top[0]).label)));
    QSignalSpy activated(&view, &ModalitySharesView::entityActivated);
    Q_EMIT view.rankedList()->itemActivated(view.rankedList()->item(0));
    QCOMPARE(activated.first().at(0).value<EntityId>(), top[0]);

    view.focusEntity(france_);
    const ClsAttentionShares& franceShares = table->lastLayer[france_];
    QVERIFY(view.focusLabel()->text().contains(QStringLiteral("France")));
    QVERIFY(
        view.focusLabel()->text().contains(QStringLiteral("image %1 %").arg(100.0 * franceShares.visual, 0, 'f', 1)));
    QCOMPARE(view.csv().count(QLatin1Char('\n')), 1 + static_cast<int>(graph_->entityCount()));
}

void ModelInsightViewsTest::embeddingMapColoursByDominantModality()
{
    const auto table = std::make_shared<const ModalityShareTable>(readModalityShares(*model_));
    EmbeddingMapView view;
    QVERIFY(showEntityMap(view));
    QSignalSpy wanted(&view, &EmbeddingMapView::sharesWanted);
    view.setColouring(EmbeddingMapView::Colouring::DominantModality);
    QCOMPARE(wanted.count(), 1);  // not measured yet: the view asks
    view.setModalityShares(table);
    const QStringList names = view.groupNames();
    for (EntityId e = 0; e < graph_->entityCount(); ++e) {
        const AttentionSlot dominant = dominantModality(table->lastLayer[e]);
        const QString expected = dominant == AttentionSlot::Visual
            ? QStringLiteral("image gets the most")
            : (dominant == AttentionSlot::Text ? QStringLiteral("text gets the most")
                                               : QStringLiteral("structure gets the most"));
        QCOMPARE(names.value(view.groups()[e]), expected);
    }
}

void ModelInsightViewsTest::embeddingMapColoursByCommonestVisualCode()
{
    const auto tokens
        = std::make_shared<const TokenFolder>(readTokenFolder(kDemo + "/models/countries-tokens", *graph_));
    QVERIFY(tokens->visual);
    EmbeddingMapView view;
    QVERIFY(showEntityMap(view));
    view.setTokens(tokens);
    view.setColouring(EmbeddingMapView::Colouring::VisualCode);
    const QStringList names = view.groupNames();
    int named = 0;
    for (EntityId e = 0; e < graph_->entityCount(); ++e) {
        const auto& list = tokens->visual->tokens.tokens[e];
        const QString group = names.value(view.groups()[e]);
        if (list.empty()) {
            QCOMPARE(group, QStringLiteral("no visual tokens"));
            continue;
        }
        // The commonest code, ties to the smaller id, counted here by brute force.
        std::int64_t best = -1;
        int bestCount = 0;
        for (const std::int64_t code : list) {
            const auto count = static_cast<int>(std::count(list.begin(), list.end(), code));
            if (count > bestCount || (count == bestCount && code < best)) {
                best = code;
                bestCount = count;
            }
        }
        if (group != QStringLiteral("other")) {
            QCOMPARE(group, QStringLiteral("code %1").arg(best));
            ++named;
        }
    }
    QVERIFY(named > 0);
}

void ModelInsightViewsTest::embeddingMapShowsRelations()
{
    const FloatArray relations = model_->relationRepresentations();
    const std::int64_t dim = relations.shape[1];
    const auto r = static_cast<std::int64_t>(graph_->relationCount());
    EmbeddingMapView view;
    QVERIFY(showEntityMap(view));
    view.setRelationVectors(std::make_shared<const std::vector<float>>(relations.values), dim);
    view.setSubject(EmbeddingMapView::Subject::Relations);
    QTRY_VERIFY_WITH_TIMEOUT(view.shownXy().size() == static_cast<std::size_t>(2 * r), 20000);
    const CodebookProjection pca = CodebookProjection::compute(relations.values, dim);
    for (std::int64_t i = 0; i < r; ++i) {
        QVERIFY(std::abs(view.shownXy()[static_cast<std::size_t>(2 * i)] - pca.x[static_cast<std::size_t>(i)]) < 1e-4);
        QVERIFY(
            std::abs(view.shownXy()[static_cast<std::size_t>(2 * i + 1)] - pca.y[static_cast<std::size_t>(i)]) < 1e-4);
    }
    QVERIFY(view.csv().contains(QStringLiteral("\nborders,borders,")));
    // The window's focus (an entity) leaves a map of relations alone.
    view.focusEntity(france_);
    QCOMPARE(view.focusedEntity(), kNoEntity);
    view.setColouring(EmbeddingMapView::Colouring::Degree);
    const qsizetype bordersGroup = view.groups()[borders_];
    QVERIFY(view.groupNames().value(bordersGroup).endsWith(QStringLiteral("triples")));
    // Back to entities: the entity map again.
    view.setSubject(EmbeddingMapView::Subject::Entities);
    QTRY_VERIFY_WITH_TIMEOUT(view.shownXy().size() == 2 * graph_->entityCount(), 20000);
}

QTEST_MAIN(ModelInsightViewsTest)
#include "ModelInsightViewsTest.moc"
