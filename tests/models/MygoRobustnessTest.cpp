// A reference checkpoint that is not what it claims must be refused with a message naming the
// file and the tensor: each case copies the mygo-small fixture and breaks one thing.

#include "FixtureGraph.h"

#include "graph/KnowledgeGraphBuilder.h"
#include "inference/MygoModel.h"
#include "io/InputError.h"
#include "tensors/SafetensorsFile.h"
#include "tensors/SafetensorsWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace tessera;

namespace {

// Rewrites `file` (weights or inputs) of a fixture copy through `edit`, which sees every tensor.
using TensorEdit = std::function<void(const SafetensorsFile& original, SafetensorsWriter& out)>;

void copyAll(const SafetensorsFile& original, SafetensorsWriter& out, const std::string& except = {})
{
    for (const std::string& name : original.names()) {
        if (name == except)
            continue;
        const TensorInfo& info = original.info(name);
        out.addRaw(name, info.dtype, info.shape, info.bytes);
    }
}

bool copyFixture(const QString& to)
{
    for (const char* name : {"config.json", "weights.safetensors", "inputs.safetensors"}) {
        if (!QFile::copy(
                mygoFixtureDir() + QLatin1Char('/') + QLatin1String(name), to + QLatin1Char('/') + QLatin1String(name)))
            return false;
        QFile::setPermissions(to + QLatin1Char('/') + QLatin1String(name), QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

void rewrite(const QString& path, const TensorEdit& edit)
{
    const SafetensorsFile original = SafetensorsFile::open(path.toStdString());
    SafetensorsWriter out;
    edit(original, out);
    QFile::remove(path);
    out.write(path.toStdString());
}

}  // namespace

class MygoRobustnessTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void brokenCheckpointsAreRefused_data();
    void brokenCheckpointsAreRefused();
    void truncatedWeightsAreRefused();
    void modelForAnotherGraphIsRefused();
};

void MygoRobustnessTest::initTestCase()
{
    if (!QFile::exists(mygoFixtureDir() + QStringLiteral("/weights.safetensors")))
        QSKIP("../shared/fixtures/mygo-small is not present on this machine");
}

void MygoRobustnessTest::brokenCheckpointsAreRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<TensorEdit>("edit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing tensor") << QStringLiteral(
        "weights.safetensors") << TensorEdit([](const SafetensorsFile& f, SafetensorsWriter& w) {
        copyAll(f, w, "lp_token");
    }) << QStringLiteral("lp_token");
    QTest::newRow("extra tensor") << QStringLiteral(
        "weights.safetensors") << TensorEdit([](const SafetensorsFile& f, SafetensorsWriter& w) {
        copyAll(f, w);
        const std::vector<float> one {1.0F};
        w.add("surprise.weight", {1}, std::span<const float>(one));
    }) << QStringLiteral("unexpected tensor 'surprise.weight'");
    QTest::newRow("wrong shape") << QStringLiteral(
        "weights.safetensors") << TensorEdit([](const SafetensorsFile& f, SafetensorsWriter& w) {
        copyAll(f, w, "tucker_decoder.W");
        const std::vector<float> core(64 * 64, 0.0F);
        w.add("tucker_decoder.W", {64, 64}, std::span<const float>(core));
    }) << QStringLiteral("tucker_decoder.W");
    QTest::newRow("wrong dtype") << QStringLiteral(
        "weights.safetensors") << TensorEdit([](const SafetensorsFile& f, SafetensorsWriter& w) {
        copyAll(f, w, "lp_token");
        const std::vector<std::int64_t> ints(64, 0);
        w.add("lp_token", {1, 64}, std::span<const std::int64_t>(ints));
    }) << QStringLiteral("lp_token");
    QTest::newRow("token id outside the table") << QStringLiteral(
        "inputs.safetensors") << TensorEdit([](const SafetensorsFile& f, SafetensorsWriter& w) {
        copyAll(f, w, "text_token_index");
        std::vector<std::int64_t> ids = f.toInt64("text_token_index");
        ids[7] = 96;  // the text table has 96 rows
        w.add("text_token_index", {40, 3}, std::span<const std::int64_t>(ids));
    }) << QStringLiteral("text_token_index': token id 96 is outside");
    QTest::newRow("mask that is not 0/1") << QStringLiteral(
        "inputs.safetensors") << TensorEdit([](const SafetensorsFile& f, SafetensorsWriter& w) {
        copyAll(f, w, "visual_key_mask");
        std::vector<std::int64_t> mask = f.toInt64("visual_key_mask");
        mask[0] = 5;
        w.add("visual_key_mask", {40, 4}, std::span<const std::int64_t>(mask));
    }) << QStringLiteral("visual_key_mask': mask values must be 0 or 1");
    QTest::newRow("token rows for fewer entities") << QStringLiteral(
        "inputs.safetensors") << TensorEdit([](const SafetensorsFile& f, SafetensorsWriter& w) {
        copyAll(f, w, "visual_token_index");
        std::vector<std::int64_t> ids = f.toInt64("visual_token_index");
        ids.resize(39 * 4);
        w.add("visual_token_index", {39, 4}, std::span<const std::int64_t>(ids));
    }) << QStringLiteral("visual_token_index");
}

void MygoRobustnessTest::brokenCheckpointsAreRefused()
{
    QFETCH(QString, file);
    QFETCH(TensorEdit, edit);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(copyFixture(dir.path()));
    rewrite(dir.filePath(file), edit);
    try {
        (void)MygoModel::importReference(dir.path().toStdString());
        QFAIL("a broken checkpoint was accepted");
    } catch (const InputError& error) {
        const QString message = QString::fromStdString(error.what());
        QVERIFY2(message.contains(file), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }
}

void MygoRobustnessTest::truncatedWeightsAreRefused()
{
    QTemporaryDir dir;
    QVERIFY(copyFixture(dir.path()));
    QFile weights(dir.filePath(QStringLiteral("weights.safetensors")));
    QVERIFY(weights.resize(weights.size() / 2));
    QVERIFY_THROWS_EXCEPTION(InputError, (void)MygoModel::importReference(dir.path().toStdString()));
}

void MygoRobustnessTest::modelForAnotherGraphIsRefused()
{
    MygoModel model = MygoModel::importReference(mygoFixtureDir().toStdString());
    QTemporaryDir scratch;
    const auto fixtureGraph = loadFixtureGraph(mygoFixtureDir(), scratch, 40, 6);
    model.requireGraph(*fixtureGraph, "model");  // the right graph passes
    KnowledgeGraphBuilder builder;
    for (int i = 0; i < 40; ++i) {
        Entity e;
        e.key = "E" + std::to_string(i);  // same counts, other keys
        builder.addEntity(e);
    }
    for (int i = 0; i < 6; ++i)
        builder.addRelation(Relation {std::to_string(i), "", ""});
    const auto other = builder.build();
    try {
        model.requireGraph(*other, "some/model");
        QFAIL("a model for another graph was accepted");
    } catch (const InputError& error) {
        QVERIFY(QString::fromStdString(error.what())
                    .contains(QStringLiteral("some/model: model was trained on another graph")));
    }
}

QTEST_GUILESS_MAIN(MygoRobustnessTest)
#include "MygoRobustnessTest.moc"
