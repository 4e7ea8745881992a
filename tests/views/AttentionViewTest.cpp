// The Attention view on the demo graph and its model, for France: every head map and the rollout
// it shows equal what the model returns (MygoModel::entityAttention, as `tessera dump --what
// attention` writes it) and attentionRollout of that; the table holds the same numbers; the
// no-image ablation marks the visual keys masked, gives them no attention and draws the full
// input beside it; the text tokens are named by the token folder's BERT vocabulary.

#include "plots/AttentionView.h"
#include "graph/KnowledgeGraph.h"
#include "inference/EntityAttentionReader.h"
#include "inference/MygoModel.h"
#include "io/BundleReader.h"
#include "io/TokenFolderReader.h"
#include "plots/AttentionTokenNames.h"

#include <QTableWidget>
#include <QtTest>

using namespace tessera;

namespace {
const std::string kDemo = TESSERA_SOURCE_DIR "/resources/demo";
}

class AttentionViewTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsTheModelsAttention();
};

void AttentionViewTest::showsTheModelsAttention()
{
    const auto graph = BundleReader::read(kDemo + "/countries");
    MygoModel model = MygoModel::load(kDemo + "/models/countries-mygo");
    model.useDevice("cpu", 1);
    const EntityId france = *graph->findEntity("country/FRA");
    const EntityAttentionMaps maps = readEntityAttention(model, france);
    const TokenFolder tokens = readTokenFolder(kDemo + "/models/countries-tokens", *graph);
    const QStringList names = AttentionTokenNames::of(maps, &tokens);
    QCOMPARE(names.size(), 18);  // [CLS], structure, 8 visual, 8 text
    QCOMPARE(names[0], QStringLiteral("[CLS]"));
    QVERIFY(names.mid(10).contains(QStringLiteral("france")));  // its label's word piece

    AttentionView view;
    view.resize(900, 700);
    view.setData(maps, names, QStringLiteral("France"));
    QCOMPARE(static_cast<std::int64_t>(view.headPlots().size()), maps.layers() * maps.heads());
    const EntityId one[] = {france};
    const FloatArray direct = model.entityAttention(one);
    for (int layer = 0; layer < maps.layers(); ++layer) {
        for (int head = 0; head < maps.heads(); ++head) {
            view.selectHead(layer, head);
            QCOMPARE(view.shownMap(AttentionInput::Full).values, attentionHead(direct, 0, layer, head).values);
        }
    }
    const FloatArray shown = view.shownMap(AttentionInput::Full);
    const auto* table = view.findChild<QTableWidget*>();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 18);
    QCOMPARE(table->item(0, 1)->text().toDouble(), std::round(shown.at(0, 1) * 1e4) / 1e4);
    QVERIFY(view.csv().startsWith(QStringLiteral("query,[CLS],structure,")));

    view.setMode(AttentionView::Mode::RolloutMean);
    QCOMPARE(view.shownMap(AttentionInput::Full).values, attentionRollout(direct, 0, HeadFusion::Mean).values);
    const ClsAttentionShares shares = view.shownShares();
    QVERIFY(std::abs(shares.self + shares.structure + shares.visual + shares.text - 1.0) < 1e-5);

    // As if France had no flag: the visual keys are masked and read nothing.
    view.setMode(AttentionView::Mode::Head);
    view.setInput(AttentionInput::NoImage);
    const FloatArray ablated = view.shownMap(AttentionInput::NoImage);
    for (std::int64_t q = 0; q < 18; ++q) {
        for (std::int64_t k = 2; k < 10; ++k)
            QCOMPARE(ablated.at(q, k), 0.0F);
    }
    QCOMPARE(maps.maskedOf(AttentionInput::NoImage)[2], std::uint8_t {1});
    QVERIFY(table->horizontalHeaderItem(2)->text().startsWith(QStringLiteral("⊘")));
    QCOMPARE(view.shownShares().visual, 0.0);
    QVERIFY(view.shownMap(AttentionInput::Full).values != ablated.values);
}

QTEST_MAIN(AttentionViewTest)
#include "AttentionViewTest.moc"
