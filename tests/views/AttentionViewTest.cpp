// The Attention view on the demo graph and its model, for France: every head map and the rollout
// it shows equal what the model returns (MygoModel::entityAttention, as `tessera dump --what
// attention` writes it) and attentionRollout of that; the table holds the same numbers; the
// no-image ablation marks the visual keys masked, gives them no attention and draws the full
// input beside it; the text tokens are named by the token folder's BERT vocabulary. The image and
// text tab shades exactly the patches whose code is a kept visual token, and the kept word pieces,
// by the attention [CLS] gives that token. On the reference fixture (mygo-small) every head the
// view shows equals the reference's stored attention to 1e-5.

#include "plots/AttentionView.h"
#include "graph/KnowledgeGraph.h"
#include "imagery/PatchCrop.h"
#include "imagery/PatchImagePath.h"
#include "inference/EntityAttentionReader.h"
#include "inference/MygoModel.h"
#include "io/BundleReader.h"
#include "io/TokenFolderReader.h"
#include "plots/AttentionTokenNames.h"
#include "plots/TokensView.h"
#include "tensors/SafetensorsFile.h"
#include "text/WordPieceTokenizer.h"

#include <QFile>
#include <QRegularExpression>
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
    void shadesTheKeptPatchesAndPieces();
    void showsTheReferenceAttention();
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

void AttentionViewTest::shadesTheKeptPatchesAndPieces()
{
    const auto graph = BundleReader::read(kDemo + "/countries");
    MygoModel model = MygoModel::load(kDemo + "/models/countries-mygo");
    model.useDevice("cpu", 1);
    const EntityId france = *graph->findEntity("country/FRA");
    const EntityAttentionMaps maps = readEntityAttention(model, france);
    const auto tokens
        = std::make_shared<const TokenFolder>(readTokenFolder(kDemo + "/models/countries-tokens", *graph));
    const auto vocabulary
        = WordPieceVocabulary::readFile(std::string(TESSERA_SOURCE_DIR) + "/resources/vocab/bert-base-uncased.txt");
    AttentionView view;
    view.resize(900, 900);
    view.setInputs(graph, tokens, std::make_shared<const WordPieceTokenizer>(vocabulary), 8, 8);
    view.setData(maps, AttentionTokenNames::of(maps, tokens.get()), QStringLiteral("France"));
    TokensView* inputs = view.inputsView();
    // The shipped folder is the one the model reads: its kept codes are the model's unmasked slots
    // (France's flag has 7 distinct codes, the eighth slot is padding).
    std::vector<std::int64_t> unmasked;
    for (std::size_t i = 0; i < maps.visualIds.size(); ++i) {
        if (maps.maskedOf(AttentionInput::Full)[2 + i] == 0)
            unmasked.push_back(maps.visualIds[i]);
    }
    QCOMPARE(unmasked.size(), std::size_t {7});
    QCOMPARE(inputs->keptVisual(), unmasked);
    QCOMPARE(inputs->grids().size(), std::size_t {1});

    view.selectHead(0, 1);
    for (const auto mode :
        {AttentionView::Mode::Head, AttentionView::Mode::RolloutMean, AttentionView::Mode::LastLayerMean}) {
        view.setMode(mode);
        const FloatArray map = view.shownMap(AttentionInput::Full);
        if (mode == AttentionView::Mode::LastLayerMean)
            QCOMPARE(
                map.values, fusedHeads(maps.of(AttentionInput::Full), 0, maps.layers() - 1, HeadFusion::Mean).values);
        const PatchGridWidget* grid = inputs->grids().front();  // redrawn with each new shading
        // Every patch: shaded by [CLS]'s attention to its code's slot when the code is kept, else faded.
        int shaded = 0;
        for (std::size_t p = 0; p < grid->codes().size(); ++p) {
            const auto slot = std::find(maps.visualIds.begin(), maps.visualIds.end(), grid->codes()[p]);
            const std::optional<double> weight = grid->shadingOfPatch(p);
            if (slot == maps.visualIds.end()) {
                QVERIFY(!weight);
                continue;
            }
            QVERIFY(weight);
            QCOMPARE(*weight, static_cast<double>(map.at(0, 2 + (slot - maps.visualIds.begin()))));
            ++shaded;
        }
        QVERIFY(shaded >= 7);  // each kept code is on at least one patch
        // Every kept word piece of the description carries its slot's weight; nothing else does.
        const QString html = inputs->descriptionHtml();
        const QRegularExpression weightTip(QStringLiteral("\\[CLS\\] attention ([0-9.]+)"));
        QSet<QString> shownWeights;
        for (auto it = weightTip.globalMatch(html); it.hasNext();)
            shownWeights.insert(it.next().captured(1));
        QSet<QString> expected;
        for (std::size_t i = 0; i < maps.textIds.size(); ++i) {
            if (maps.maskedOf(AttentionInput::Full)[10 + i] == 0)
                expected.insert(QString::number(map.at(0, static_cast<std::int64_t>(10 + i)), 'f', 4));
        }
        QVERIFY(!shownWeights.isEmpty());
        QVERIFY2(shownWeights.subtract(expected).isEmpty(), qPrintable(html));
    }
    // A crop of a patch carrying each kept code, cut where the first such patch is.
    QCOMPARE(inputs->keptCrops().size(), std::size_t {7});
    const ImagePatchCodes* patches = nullptr;
    for (const ImagePatchCodes& p : tokens->patches)
        patches = p.entity == france ? &p : patches;
    QVERIFY(patches);
    const QImage flag(patchImagePath(*graph, *patches));
    for (std::size_t i = 0; i < 7; ++i) {
        const auto first = std::find(patches->codes.begin(), patches->codes.end(), unmasked[i]);
        QCOMPARE(inputs->keptCrops()[i],
            patchCrop(flag, tokens->grid, static_cast<int>(first - patches->codes.begin()), 36));
    }
    // As if it had no image: nothing of the flag is read, so no patch is shaded.
    view.setInput(AttentionInput::NoImage);
    QVERIFY(view.shownShading().visual.empty());
    const PatchGridWidget* faded = inputs->grids().front();
    QVERIFY(faded->shading());
    for (std::size_t p = 0; p < faded->codes().size(); ++p)
        QVERIFY(!faded->shadingOfPatch(p));
}

void AttentionViewTest::showsTheReferenceAttention()
{
    const QString fixture = QStringLiteral(TESSERA_SHARED_DIR "/fixtures/mygo-small");
    if (!QFile::exists(fixture + QStringLiteral("/weights.safetensors")))
        QSKIP("../shared/fixtures/mygo-small is not present on this machine");
    MygoModel model = MygoModel::importReference(fixture.toStdString());
    model.useDevice("cpu", 1);
    const SafetensorsFile expected
        = SafetensorsFile::open((fixture + QStringLiteral("/expected.safetensors")).toStdString());
    const std::vector<float> reference = expected.toFloat32("cmee_attn_weights");  // [1, 40, 2, 9, 9]
    AttentionView view;
    double worst = 0;
    for (EntityId e = 0; e < 40; ++e) {
        const EntityAttentionMaps maps = readEntityAttention(model, e);
        view.setData(maps, AttentionTokenNames::of(maps, nullptr), QString::number(e));
        for (int head = 0; head < 2; ++head) {
            view.selectHead(0, head);
            const FloatArray shown = view.shownMap(AttentionInput::Full);
            QCOMPARE(shown.values.size(), std::size_t {81});
            for (std::size_t i = 0; i < 81; ++i)
                worst = std::max(
                    worst, std::abs(static_cast<double>(shown.values[i]) - reference[(e * 2 + head) * 81 + i]));
        }
    }
    QVERIFY2(worst < 1e-5, qPrintable(QString::number(worst)));
    // Entity 3 has no image: the view marks its four visual keys as masked.
    const EntityAttentionMaps noImage = readEntityAttention(model, 3);
    view.setData(noImage, AttentionTokenNames::of(noImage, nullptr), QStringLiteral("3"));
    const auto* table = view.findChild<QTableWidget*>();
    for (int k = 2; k < 6; ++k)
        QVERIFY(table->horizontalHeaderItem(k)->text().startsWith(QStringLiteral("⊘")));
    QVERIFY(!table->horizontalHeaderItem(6)->text().startsWith(QStringLiteral("⊘")));
}

QTEST_MAIN(AttentionViewTest)
#include "AttentionViewTest.moc"
