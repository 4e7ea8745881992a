// SafetensorsWriter: the exact bytes of a small file, a round trip of every dtype through
// SafetensorsFile (values and bytes identical), canonical output (re-writing what was read gives
// the same bytes), the real fixture re-written tensor for tensor, Python's view of the output
// (../shared/tools/safetensors-diff, when python3 with numpy is present) and caller misuse.

#include "tensors/SafetensorsWriter.h"
#include "io/InputError.h"
#include "tensors/SafetensorsFile.h"

#include <QtTest>

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <optional>
#include <stdexcept>

using namespace tessera;

namespace {

const std::string kWeights = std::string(TESSERA_SHARED_DIR) + "/fixtures/mygo-small/weights.safetensors";
const QString kDiffTool = QStringLiteral(TESSERA_SHARED_DIR "/tools/safetensors-diff");
// Debian's interpreter, which has numpy once python3-numpy is installed (DESIGN.md).
const QString kPython = QStringLiteral("/usr/bin/python3");

std::string readBytes(const std::string& path)
{
    std::ifstream stream(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
}

// Every tensor and metadata entry of `file` added to a new writer as raw bytes.
SafetensorsWriter copyOf(const SafetensorsFile& file)
{
    SafetensorsWriter writer;
    for (const auto& [key, value] : file.metadata())
        writer.setMetadata(key, value);
    for (const std::string& name : file.names()) {
        const TensorInfo& info = file.info(name);
        writer.addRaw(name, info.dtype, info.shape, info.bytes);
    }
    return writer;
}

// Runs safetensors-diff; empty when python3 or numpy is missing (the caller skips).
std::optional<QString> runDiffTool(const QStringList& arguments)
{
    if (!QFileInfo::exists(kPython) || !QFileInfo::exists(kDiffTool))
        return std::nullopt;
    QProcess numpyCheck;
    numpyCheck.start(kPython, {QStringLiteral("-c"), QStringLiteral("import numpy")});
    if (!numpyCheck.waitForFinished(60000) || numpyCheck.exitCode() != 0)
        return std::nullopt;
    QProcess tool;
    tool.start(kPython, QStringList {kDiffTool} + arguments);
    if (!tool.waitForFinished(120000) || tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0)
        return QStringLiteral("FAILED: ") + QString::fromUtf8(tool.readAllStandardError());
    return QString::fromUtf8(tool.readAllStandardOutput());
}

}  // namespace

class SafetensorsWriterTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exactBytes();
    void roundTripEveryDType();
    void canonicalOutput();
    void writesAtomicallyToDisk();
    void rewritesTheFixture();
    void pythonReadsTheOutput();
    void misuse_data();
    void misuse();
};

void SafetensorsWriterTest::exactBytes()
{
    SafetensorsWriter writer;
    writer.setMetadata("format", "pt");
    const std::vector<float> values = {1.0F, -2.0F};
    writer.add("x", {2}, values);
    // The JSON is 85 bytes, padded with 3 spaces to 88 = 0x58; 1.0F = 0x3F800000, -2.0F = 0xC0000000.
    const std::string expected = std::string("\x58\0\0\0\0\0\0\0", 8)
        + R"({"__metadata__":{"format":"pt"},"x":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})" + "   "
        + std::string("\0\0\x80\x3f\0\0\0\xc0", 8);
    QCOMPARE(writer.serialize(), expected);

    // Without metadata there is no "__metadata__" key; no tensors gives "{}" and 6 spaces.
    QCOMPARE(SafetensorsWriter().serialize(), std::string("\x08\0\0\0\0\0\0\0{}      ", 16));
}

void SafetensorsWriterTest::roundTripEveryDType()
{
    const std::vector<double> f64 = {0.1, -1e300, 3.0};
    const std::vector<float> f32 = {1.5F, -0.0F, 3.25F, 1e-30F, 7.0F, -8.0F};
    const std::vector<std::int64_t> i64
        = {std::numeric_limits<std::int64_t>::min(), -1, 0, std::numeric_limits<std::int64_t>::max()};
    const std::vector<std::int32_t> i32 = {-70000, 70000};
    const std::vector<std::int16_t> i16 = {-300, 300, 7};
    const std::vector<std::int8_t> i8 = {-128, 127};
    const std::vector<std::uint8_t> u8 = {0, 200, 255};
    const bool flags[] = {true, false, true, true};
    const std::vector<std::uint16_t> halfBits = {0x3C00, 0xC000};  // 1, -2 as F16
    const std::vector<float> toBf16 = {1.0F, 0.1F, -3.0F};

    SafetensorsWriter writer;
    writer.setMetadata("format", "pt");
    writer.setMetadata("note", "caf\xc3\xa9 \"quoted\"\nline");
    writer.add("z.f64", {3}, f64);
    writer.add("y.f32", {2, 3}, f32);
    writer.add("x.i64", {2, 2}, i64);
    writer.add("w.i32", {2}, i32);
    writer.add("v.i16", {3, 1}, i16);
    writer.add("u.i8", {2}, i8);
    writer.add("t.u8", {3}, u8);
    writer.add("s.bool", {2, 2}, std::span<const bool>(flags));
    writer.addRaw("r.f16", TensorDType::F16, {2}, std::as_bytes(std::span(halfBits)));
    writer.addConverted("q.bf16", TensorDType::BF16, {3}, toBf16);
    writer.addConverted("p.f64", TensorDType::F64, {1}, std::vector<float> {0.1F});
    writer.add("o.empty", {0, 4}, std::vector<float>());
    writer.add("n.scalar", {}, std::vector<std::int64_t> {42});
    QCOMPARE(writer.tensorCount(), std::size_t {13});

    const std::string bytes = writer.serialize();
    const SafetensorsFile file("round.safetensors", bytes);
    QCOMPARE(file.names(),
        (std::vector<std::string> {"n.scalar", "o.empty", "p.f64", "q.bf16", "r.f16", "s.bool", "t.u8", "u.i8", "v.i16",
            "w.i32", "x.i64", "y.f32", "z.f64"}));
    QCOMPARE(file.metadata().at("note"), std::string("caf\xc3\xa9 \"quoted\"\nline"));
    QVERIFY(file.requireTensor("z.f64", TensorDType::F64, {3}).bytes.size() == 24);
    const auto& f64Bytes = file.info("z.f64").bytes;
    QVERIFY(std::memcmp(f64Bytes.data(), f64.data(), 24) == 0);
    QCOMPARE(file.requireTensor("y.f32", TensorDType::F32, {2, 3}).dtype, TensorDType::F32);
    QCOMPARE(file.toFloat32("y.f32"), f32);
    QCOMPARE(file.toInt64("x.i64"), i64);
    QCOMPARE(file.toInt64("w.i32"), (std::vector<std::int64_t> {-70000, 70000}));
    file.requireTensor("v.i16", TensorDType::I16, {3, 1});
    QCOMPARE(file.toInt64("v.i16"), (std::vector<std::int64_t> {-300, 300, 7}));
    QCOMPARE(file.toInt64("u.i8"), (std::vector<std::int64_t> {-128, 127}));
    QCOMPARE(file.toInt64("t.u8"), (std::vector<std::int64_t> {0, 200, 255}));
    file.requireTensor("s.bool", TensorDType::Bool, {2, 2});
    QCOMPARE(file.toInt64("s.bool"), (std::vector<std::int64_t> {1, 0, 1, 1}));
    QCOMPARE(file.toFloat32("r.f16"), (std::vector<float> {1.0F, -2.0F}));
    // BF16 of 0.1F is 0x3DCD = 0.10009765625 (round to nearest even).
    QCOMPARE(file.toFloat32("q.bf16"), (std::vector<float> {1.0F, 0.10009765625F, -3.0F}));
    QVERIFY(file.toFloat32("p.f64")[0] == 0.1F);
    QCOMPARE(file.requireTensor("o.empty", TensorDType::F32, {0, 4}).bytes.size(), std::size_t {0});
    QCOMPARE(file.toInt64("n.scalar"), std::vector<std::int64_t> {42});

    // Layout: header length a multiple of 8, "__metadata__" first, data packed in name order up to
    // the end of the file.
    std::uint64_t headerLength = 0;
    std::memcpy(&headerLength, bytes.data(), 8);
    QCOMPARE(headerLength % 8, std::uint64_t {0});
    QVERIFY(bytes.compare(8, 17, R"({"__metadata__":{)") == 0);
    std::uint64_t offset = 0;
    for (const std::string& name : file.names()) {
        QCOMPARE(file.info(name).dataBegin, offset);
        offset = file.info(name).dataEnd;
    }
    QCOMPARE(8 + headerLength + offset, std::uint64_t(bytes.size()));
}

void SafetensorsWriterTest::canonicalOutput()
{
    // Tensors added in any order give the same bytes; reading and re-writing changes nothing.
    const std::vector<float> a = {1, 2, 3};
    const std::vector<std::int64_t> b = {4, 5};
    SafetensorsWriter first;
    first.add("b", {2}, b);
    first.add("a", {3}, a);
    first.setMetadata("k", "v");
    SafetensorsWriter second;
    second.setMetadata("k", "v");
    second.add("a", {3}, a);
    second.add("b", {2}, b);
    QCOMPARE(first.serialize(), second.serialize());
    const SafetensorsFile reread("a.safetensors", first.serialize());
    QCOMPARE(copyOf(reread).serialize(), first.serialize());
}

void SafetensorsWriterTest::writesAtomicallyToDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("out.safetensors")).toStdString();
    SafetensorsWriter writer;
    writer.add("ids", {2, 2}, std::vector<std::int64_t> {1, 2, 3, 4});
    writer.write(path);
    QCOMPARE(readBytes(path), writer.serialize());
    QCOMPARE(SafetensorsFile::open(path).toInt64("ids"), (std::vector<std::int64_t> {1, 2, 3, 4}));
    // Only the finished file is left behind (no temporary sibling).
    QCOMPARE(std::distance(
                 std::filesystem::directory_iterator(dir.path().toStdString()), std::filesystem::directory_iterator()),
        std::ptrdiff_t {1});

    const std::string unwritable = dir.filePath(QStringLiteral("no-such-folder/out.safetensors")).toStdString();
    try {
        writer.write(unwritable);
        QFAIL("wrote into a missing folder");
    } catch (const InputError& e) {
        QCOMPARE(e.file(), unwritable);
    }
}

void SafetensorsWriterTest::rewritesTheFixture()
{
    if (!std::filesystem::exists(kWeights))
        QSKIP("the shared fixtures are not on this machine");
    const SafetensorsFile original = SafetensorsFile::open(kWeights);
    const SafetensorsFile rewritten("rewritten.safetensors", copyOf(original).serialize());
    QCOMPARE(rewritten.names(), original.names());
    QCOMPARE(rewritten.metadata(), original.metadata());
    for (const std::string& name : original.names()) {
        const TensorInfo& a = original.info(name);
        const TensorInfo& b = rewritten.info(name);
        QCOMPARE(b.dtype, a.dtype);
        QCOMPARE(b.shape, a.shape);
        QVERIFY2(a.bytes.size() == b.bytes.size() && std::equal(a.bytes.begin(), a.bytes.end(), b.bytes.begin()),
            name.c_str());
    }
}

void SafetensorsWriterTest::pythonReadsTheOutput()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString small = dir.filePath(QStringLiteral("small.safetensors"));
    SafetensorsWriter writer;
    writer.setMetadata("format", "pt");
    writer.add("a.f64", {2}, std::vector<double> {-1.0, 3.0});
    writer.addConverted("b.f16", TensorDType::F16, {1, 2}, std::vector<float> {0.5F, 2.0F});
    writer.add("c.i32", {3}, std::vector<std::int32_t> {1, 2, 9});
    writer.add("d.u8", {2, 1, 1}, std::vector<std::uint8_t> {0, 4});
    writer.add("e.scalar", {}, std::vector<float> {7.0F});
    writer.write(small.toStdString());
    const auto listing = runDiffTool({small});
    if (!listing)
        QSKIP("/usr/bin/python3 with numpy is not available (apt-get install python3-numpy)");
    // numpy's view: dtype, shape and statistics per tensor (the tool's list mode).
    const QStringList lines = listing->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0].simplified(), QStringLiteral("a.f64 float64 [2] min -1 max 3 mean 1"));
    QCOMPARE(lines[1].simplified(), QStringLiteral("b.f16 float16 [1, 2] min 0.5 max 2 mean 1.25"));
    QCOMPARE(lines[2].simplified(), QStringLiteral("c.i32 int32 [3] min 1 max 9 mean 4"));
    QCOMPARE(lines[3].simplified(), QStringLiteral("d.u8 uint8 [2, 1, 1] min 0 max 4 mean 2"));
    QCOMPARE(lines[4].simplified(), QStringLiteral("e.scalar float32 [] min 7 max 7 mean 7"));

    // The whole MyGO fixture re-written by Tessera: numpy sees no difference in any tensor.
    if (!std::filesystem::exists(kWeights))
        QSKIP("the shared fixtures are not on this machine");
    const QString rewritten = dir.filePath(QStringLiteral("weights.safetensors"));
    copyOf(SafetensorsFile::open(kWeights)).write(rewritten.toStdString());
    const auto diff = runDiffTool({QString::fromStdString(kWeights), rewritten});
    QVERIFY(diff.has_value());
    QVERIFY2(diff->endsWith(QStringLiteral("worst: 0\n")), qPrintable(diff->right(400)));
    QCOMPARE(diff->count(QStringLiteral("max abs diff 0\n")), 75);
}

void SafetensorsWriterTest::misuse_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("name added twice") << 0 << "safetensors writer: tensor 'a' added twice";
    QTest::newRow("raw bytes do not match") << 1 << "tensor 'b': shape [2,2] of F32 needs 16 bytes, got 12";
    QTest::newRow("value count does not match") << 2 << "tensor 'b': shape [3] holds 3 values, got 2";
    QTest::newRow("negative size") << 3 << "tensor 'b': shape [-1] has a negative size";
    QTest::newRow("metadata key as a name") << 4 << "'__metadata__' is reserved";
    QTest::newRow("name not UTF-8") << 5 << "a tensor name is not valid UTF-8";
    QTest::newRow("65 dimensions") << 6 << "65 dimensions, more than the 64 a reader accepts";
    QTest::newRow("integer dtype for floats") << 7 << "I32 is not a floating-point dtype";
    QTest::newRow("metadata not UTF-8") << 8 << "a metadata key is not valid UTF-8";
    QTest::newRow("too many elements") << 9 << "has too many elements";
}

void SafetensorsWriterTest::misuse()
{
    QFETCH(int, which);
    QFETCH(QString, fragment);
    SafetensorsWriter writer;
    writer.add("a", {1}, std::vector<float> {1.0F});
    const std::vector<float> two = {1.0F, 2.0F};
    const std::vector<std::byte> twelve(12);
    try {
        switch (which) {
        case 0:
            writer.add("a", {2}, two);
            break;
        case 1:
            writer.addRaw("b", TensorDType::F32, {2, 2}, twelve);
            break;
        case 2:
            writer.add("b", {3}, two);
            break;
        case 3:
            writer.add("b", {-1}, two);
            break;
        case 4:
            writer.add("__metadata__", {2}, two);
            break;
        case 5:
            writer.add("b\xff", {2}, two);
            break;
        case 6:
            writer.add("b", std::vector<std::int64_t>(65, 1), std::vector<float> {1.0F});
            break;
        case 7:
            writer.addConverted("b", TensorDType::I32, {2}, two);
            break;
        case 8:
            writer.setMetadata("\xc3", "v");
            break;
        default:
            writer.add("b", {std::int64_t {1} << 62, 8}, two);
            break;
        }
        QFAIL("no error");
    } catch (const std::invalid_argument& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(fragment), e.what());
    }
    // A refused add leaves the writer as it was.
    QCOMPARE(writer.tensorCount(), std::size_t {1});
}

QTEST_GUILESS_MAIN(SafetensorsWriterTest)
#include "SafetensorsWriterTest.moc"
