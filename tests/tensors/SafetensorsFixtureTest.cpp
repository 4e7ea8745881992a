// The real safetensors files of ../shared (written by the reference implementations through
// PyTorch and by the codebook export) read with exactly the tensors their READMEs document, and a
// few values checked independently.
//
// Expected values were obtained outside Tessera with /usr/bin/python3 + numpy 1.24 reading the
// raw bytes: struct.unpack('<Q') for the header length, json.loads for the header, then
// np.frombuffer(raw[8 + n + begin : 8 + n + end], dtype).reshape(shape)[index]; floats are printed
// with '%.9g', which round-trips float32 exactly, so they are compared with ==.

#include "io/InputError.h"
#include "tensors/SafetensorsFile.h"

#include <QtTest>

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <numeric>

using namespace tessera;

namespace {

const std::string kFixtures = std::string(TESSERA_SHARED_DIR) + "/fixtures";
const std::string kCodebook = std::string(TESSERA_SHARED_DIR) + "/codebooks/beit-v2-vqkd-8193x32.safetensors";

struct DocumentedTensor {
    std::string name;
    TensorDType dtype;
    std::vector<std::int64_t> shape;
};

// The README tables: a heading naming "X.safetensors" starts the table of file X; its rows are
// "| `name` | dtype | [d0, d1] | ...". dtypes are spelled "float32"/"int64" (mygo-small) or
// "F32"/"I64" (meaformer-small).
std::map<std::string, std::vector<DocumentedTensor>> readmeTables(const std::string& readmePath)
{
    QFile file(QString::fromStdString(readmePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression heading(QStringLiteral("^#+\\s+`?([A-Za-z_]+\\.safetensors)"));
    static const QRegularExpression row(
        QStringLiteral("^\\|\\s*`([^`]+)`\\s*\\|\\s*(\\w+)\\s*\\|\\s*\\[([0-9, ]*)\\]"));
    const std::map<QString, TensorDType> dtypes
        = {{QStringLiteral("float32"), TensorDType::F32}, {QStringLiteral("F32"), TensorDType::F32},
            {QStringLiteral("int64"), TensorDType::I64}, {QStringLiteral("I64"), TensorDType::I64}};
    std::map<std::string, std::vector<DocumentedTensor>> tables;
    std::string current;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#'))) {
            const auto match = heading.match(line);
            current = match.hasMatch() ? match.captured(1).toStdString() : std::string();
            continue;
        }
        const auto match = row.match(line);
        if (current.empty() || !match.hasMatch())
            continue;
        DocumentedTensor tensor;
        tensor.name = match.captured(1).toStdString();
        const auto dtype = dtypes.find(match.captured(2));
        tensor.dtype = dtype == dtypes.end() ? TensorDType::Bool : dtype->second;
        for (const QString& size : match.captured(3).split(QLatin1Char(','), Qt::SkipEmptyParts))
            tensor.shape.push_back(size.trimmed().toLongLong());
        tables[current].push_back(tensor);
    }
    return tables;
}

bool exactly(float actual, float expected)
{
    return actual == expected;
}

QByteArray describe(float actual, float expected)
{
    return QByteArray::number(actual, 'g', 9) + " != " + QByteArray::number(expected, 'g', 9);
}

}  // namespace

class SafetensorsFixtureTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesReadme_data();
    void matchesReadme();
    void mygoWeightsValues();
    void mygoInputsValues();
    void mygoExpectedValues();
    void meaformerValues();
    void codebook();
};

void SafetensorsFixtureTest::initTestCase()
{
    // Only genuinely absent shared material skips; present files that fail to read fail.
    if (!std::filesystem::exists(kFixtures + "/mygo-small/weights.safetensors"))
        QSKIP("the shared fixtures are not on this machine");
}

void SafetensorsFixtureTest::matchesReadme_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    // Counts: the README tables (mygo-small) and headings "(N tensors)" (meaformer-small).
    QTest::newRow("mygo weights") << "mygo-small"
                                  << "weights.safetensors" << 75;
    QTest::newRow("mygo inputs") << "mygo-small"
                                 << "inputs.safetensors" << 7;
    QTest::newRow("mygo expected") << "mygo-small"
                                   << "expected.safetensors" << 32;
    QTest::newRow("meaformer weights") << "meaformer-small"
                                       << "weights.safetensors" << 32;
    QTest::newRow("meaformer inputs") << "meaformer-small"
                                      << "inputs.safetensors" << 11;
    QTest::newRow("meaformer expected") << "meaformer-small"
                                        << "expected.safetensors" << 29;
}

void SafetensorsFixtureTest::matchesReadme()
{
    QFETCH(QString, folder);
    QFETCH(QString, file);
    QFETCH(int, count);
    const std::string dir = kFixtures + "/" + folder.toStdString();
    const auto tables = readmeTables(dir + "/README.md");
    const auto table = tables.find(file.toStdString());
    QVERIFY2(table != tables.end(), "the README has no table for this file");
    QCOMPARE(int(table->second.size()), count);

    const SafetensorsFile weights = SafetensorsFile::open(dir + "/" + file.toStdString());
    QCOMPARE(int(weights.names().size()), count);
    QVERIFY(std::is_sorted(weights.names().begin(), weights.names().end()));
    for (const DocumentedTensor& tensor : table->second) {
        try {
            const TensorInfo& info = weights.requireTensor(tensor.name, tensor.dtype, tensor.shape);
            QCOMPARE(info.bytes.size(), info.elementCount() * itemSize(info.dtype));
        } catch (const InputError& e) {
            QFAIL(e.what());
        }
    }
    const std::map<std::string, std::string, std::less<>> pt = {{"format", "pt"}};
    QCOMPARE(weights.metadata(), pt);
}

void SafetensorsFixtureTest::mygoWeightsValues()
{
    const SafetensorsFile weights = SafetensorsFile::open(kFixtures + "/mygo-small/weights.safetensors");
    // The two shapes the README singles out: the TuckER core and the BatchNorm counters (scalars).
    const TensorInfo& core = weights.requireTensor("tucker_decoder.W", TensorDType::F32, {64, 64, 64});
    QCOMPARE(core.elementCount(), std::uint64_t {262144});
    const TensorInfo& counter = weights.requireTensor("tucker_decoder.bn0.num_batches_tracked", TensorDType::I64, {});
    QCOMPARE(counter.elementCount(), std::uint64_t {1});
    // 20 optimizer steps in train mode (README): both counters say 20.
    QCOMPARE(weights.toInt64("tucker_decoder.bn0.num_batches_tracked"), std::vector<std::int64_t> {20});
    QCOMPARE(weights.toInt64("tucker_decoder.bn1.num_batches_tracked"), std::vector<std::int64_t> {20});

    const std::vector<float> w = weights.toFloat32("tucker_decoder.W");
    const auto at = [&w](int i, int j, int k) { return w[std::size_t((i * 64 + j) * 64 + k)]; };
    QVERIFY2(exactly(at(0, 0, 0), -0.0542376749F), describe(at(0, 0, 0), -0.0542376749F));
    QVERIFY2(exactly(at(1, 2, 3), 0.0119953854F), describe(at(1, 2, 3), 0.0119953854F));
    QVERIFY2(exactly(at(63, 63, 63), 0.0297953188F), describe(at(63, 63, 63), 0.0297953188F));
    const std::vector<float> entities = weights.toFloat32("ent_embeddings");  // [40, 1, 64]
    QVERIFY2(exactly(entities.back(), -0.0155405113F), describe(entities.back(), -0.0155405113F));
    const std::vector<float> lp = weights.toFloat32("lp_token");  // [1, 64]
    QVERIFY2(exactly(lp.front(), 0.00173768459F), describe(lp.front(), 0.00173768459F));
    QVERIFY2(exactly(lp.back(), 0.277487487F), describe(lp.back(), 0.277487487F));
    const std::vector<float> visual = weights.toFloat32("visual_token_embedding.weight");  // [8193, 32]
    QVERIFY2(exactly(visual.back(), -0.00749373483F), describe(visual.back(), -0.00749373483F));

    // Float weights are not ids: asking for integers is a clear error.
    try {
        (void)weights.toInt64("tucker_decoder.W");
        QFAIL("toInt64 on an F32 tensor did not throw");
    } catch (const InputError& e) {
        QVERIFY2(
            QByteArray(e.what()).contains("tensor 'tucker_decoder.W': is F32, expected an integer dtype"), e.what());
    }
}

void SafetensorsFixtureTest::mygoInputsValues()
{
    const SafetensorsFile inputs = SafetensorsFile::open(kFixtures + "/mygo-small/inputs.safetensors");
    inputs.requireTensor("visual_token_index", TensorDType::I64, {40, 4});
    const std::vector<std::int64_t> visual = inputs.toInt64("visual_token_index");
    QCOMPARE(visual.size(), std::size_t {160});
    // Entity 0: its 4 most frequent raw tokens in ascending id order.
    QCOMPARE(std::vector<std::int64_t>(visual.begin(), visual.begin() + 4),
        (std::vector<std::int64_t> {1517, 1806, 1977, 2555}));
    // Entity 3 has no image (README): the visual pad id 8191 in all 4 slots, all masked.
    QCOMPARE(std::vector<std::int64_t>(visual.begin() + 12, visual.begin() + 16), std::vector<std::int64_t>(4, 8191));
    const std::vector<std::int64_t> visualMask = inputs.toInt64("visual_key_mask");
    QCOMPARE(
        std::vector<std::int64_t>(visualMask.begin() + 12, visualMask.begin() + 16), std::vector<std::int64_t>(4, 1));
    // Entity 5 has 2 padded text slots (README): one id, then the text pad id 95 twice.
    const std::vector<std::int64_t> text = inputs.toInt64("text_token_index");  // [40, 3]
    QCOMPARE(std::vector<std::int64_t>(text.begin() + 15, text.begin() + 18), (std::vector<std::int64_t> {34, 95, 95}));
    const std::vector<std::int64_t> full = inputs.toInt64("ent_key_padding_mask");  // [40, 9]
    QCOMPARE(std::vector<std::int64_t>(full.begin() + 27, full.begin() + 36),
        (std::vector<std::int64_t> {0, 0, 1, 1, 1, 1, 0, 0, 0}));
    // The README says the inputs' token table is the weights' one: compare the raw bytes.
    const SafetensorsFile weights = SafetensorsFile::open(kFixtures + "/mygo-small/weights.safetensors");
    const auto a = inputs.info("visual_token_table").bytes;
    const auto b = weights.info("visual_token_embedding.weight").bytes;
    QVERIFY(a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin()));
}

void SafetensorsFixtureTest::mygoExpectedValues()
{
    const SafetensorsFile expected = SafetensorsFile::open(kFixtures + "/mygo-small/expected.safetensors");
    const TensorInfo& loss = expected.requireTensor("loss_total", TensorDType::F32, {});
    QCOMPARE(loss.bytes.size(), std::size_t {4});
    QVERIFY2(exactly(expected.toFloat32("loss_total")[0], 4.05573177F),
        describe(expected.toFloat32("loss_total")[0], 4.05573177F));
    QVERIFY2(exactly(expected.toFloat32("loss_ce")[0], 4.01920795F),
        describe(expected.toFloat32("loss_ce")[0], 4.01920795F));
    const std::vector<std::int64_t> ranks = expected.toInt64("test_tail_ranks");
    QCOMPARE(std::vector<std::int64_t>(ranks.begin(), ranks.begin() + 5), (std::vector<std::int64_t> {6, 1, 5, 10, 7}));
    QCOMPARE(std::accumulate(ranks.begin(), ranks.end(), std::int64_t {0}), std::int64_t {246});
    // Query encoding (README): tail query of test triple 0 is [h + 6, r + 40, mask id 46].
    QCOMPARE(expected.toInt64("test_tail_queries")[2], std::int64_t {46});
    // Row N of ent_embs is lp_token (README): same float bits in two different files.
    const std::vector<float> entities = expected.toFloat32("ent_embs");  // [41, 64]
    const SafetensorsFile weights = SafetensorsFile::open(kFixtures + "/mygo-small/weights.safetensors");
    QCOMPARE(std::vector<float>(entities.end() - 64, entities.end()), weights.toFloat32("lp_token"));
}

void SafetensorsFixtureTest::meaformerValues()
{
    const std::string dir = kFixtures + "/meaformer-small";
    const SafetensorsFile weights = SafetensorsFile::open(dir + "/weights.safetensors");
    const std::vector<float> logVars = weights.toFloat32("multi_loss_layer.log_vars");
    QCOMPARE(logVars.size(), std::size_t {6});
    QVERIFY2(exactly(logVars[0], 0.0205910951F), describe(logVars[0], 0.0205910951F));
    // Slots 4 and 5 belong to the absent modalities and drift identically (README quirks).
    QVERIFY2(exactly(logVars[4], -0.107003525F), describe(logVars[4], -0.107003525F));
    QVERIFY(logVars[5] == logVars[4]);

    const SafetensorsFile inputs = SafetensorsFile::open(dir + "/inputs.safetensors");
    const std::vector<std::int64_t> pairs = inputs.toInt64("test_pairs");
    QCOMPARE(pairs[0], std::int64_t {0});
    QCOMPARE(pairs[1], std::int64_t {57});
    const std::vector<std::int64_t> edges = inputs.toInt64("adj_indices");  // [2, 424]
    QCOMPARE(std::vector<std::int64_t>(edges.begin(), edges.begin() + 3), (std::vector<std::int64_t> {0, 11, 16}));
    QCOMPARE(
        std::vector<std::int64_t>(edges.begin() + 424, edges.begin() + 427), (std::vector<std::int64_t> {0, 0, 0}));

    const SafetensorsFile expected = SafetensorsFile::open(dir + "/expected.safetensors");
    const std::vector<float> weightNorm = expected.toFloat32("weight_norm");  // [60, 4]
    const float row0[] = {0.249966666F, 0.261388987F, 0.243993148F, 0.244651183F};
    for (int m = 0; m < 4; ++m)
        QVERIFY2(exactly(weightNorm[std::size_t(m)], row0[m]), describe(weightNorm[std::size_t(m)], row0[m]));
    // Hits@1 l2r is 12/21 (README): 12 gold targets at rank 0.
    const std::vector<std::int64_t> ranks = expected.toInt64("test.rank_l2r");
    QCOMPARE(std::count(ranks.begin(), ranks.end(), 0), std::ptrdiff_t {12});
}

void SafetensorsFixtureTest::codebook()
{
    if (!std::filesystem::exists(kCodebook))
        QSKIP("the shared codebook is not on this machine");
    const SafetensorsFile file = SafetensorsFile::open(kCodebook);
    // This file, unlike the fixtures, lists the tensor before __metadata__ and uses spaces.
    QCOMPARE(file.names(), std::vector<std::string> {"codebook"});
    file.requireTensor("codebook", TensorDType::F32, {8193, 32});
    QCOMPARE(file.metadata().at("format"), std::string("pt"));
    QVERIFY(file.metadata().at("source").find("BEiT-v2 VQ-KD codebook") != std::string::npos);
    const std::vector<float> codes = file.toFloat32("codebook");
    double squares = 0;
    for (int i = 0; i < 32; ++i)
        squares += double(codes[std::size_t(i)]) * codes[std::size_t(i)];
    // BEiT-v2 codes are L2-normalised.
    QVERIFY2(std::abs(std::sqrt(squares) - 1.0) < 1e-5, QByteArray::number(std::sqrt(squares), 'g', 10));
    QVERIFY2(exactly(codes[0], -0.282335699F), describe(codes[0], -0.282335699F));
}

QTEST_GUILESS_MAIN(SafetensorsFixtureTest)
#include "SafetensorsFixtureTest.moc"
