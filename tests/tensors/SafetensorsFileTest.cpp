// SafetensorsFile on hand-built files: every kind of corrupt file fails with an InputError that
// names the file and (where one is at fault) the tensor; the legal variations real writers
// produce are accepted; the accessors' own checks give the documented messages.

#include "tensors/SafetensorsFile.h"
#include "io/InputError.h"
#include "text/Utf8.h"

#include <QtTest>

#include <QTemporaryDir>

#include <cmath>
#include <cstring>
#include <functional>
#include <optional>

using namespace tessera;

namespace {

const QString kName = QStringLiteral("bad.safetensors");

// An 8-byte little-endian length followed by `rest` (header, then data).
QByteArray withLength(quint64 length, const QByteArray& rest)
{
    QByteArray out(8, '\0');
    std::memcpy(out.data(), &length, sizeof length);
    return out + rest;
}

// A file whose length field matches `header`, followed by `dataBytes` bytes of data.
QByteArray file(const QByteArray& header, int dataBytes = 0)
{
    return withLength(quint64(header.size()), header + QByteArray(dataBytes, '\x01'));
}

// Two tensors, 'a' (F32 [2], bytes 0..8) and 'b' (I64 scalar, bytes 8..16): the base the
// truncations cut.
const QByteArray kValidHeader = R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                                R"("b":{"dtype":"I64","shape":[],"data_offsets":[8,16]}})";

// One tensor 'a' with the given fields and 16 bytes of data.
QByteArray tensorA(const char* fields)
{
    return file(QByteArray(R"({"a":{)") + fields + "}}", 16);
}

SafetensorsFile fromBytes(const QByteArray& bytes)
{
    return {kName.toStdString(), bytes.toStdString()};
}

}  // namespace

class SafetensorsFileTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rejects_data();
    void rejects();
    void exactSizeMismatchMessage();
    void accepts_data();
    void accepts();
    void missingFileAndFolder();
    void accessorMessages();
    void integerConversions();
    void floatConversions();
};

void SafetensorsFileTest::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<QString>("tensor");  // the tensor the message must name, if any
    const QByteArray valid = file(kValidHeader, 16);
    const int headerEnd = 8 + kValidHeader.size();

    // Truncations at several points.
    QTest::newRow("empty file") << QByteArray() << "0 bytes, too short"
                                << "";
    QTest::newRow("inside the length") << valid.left(5) << "5 bytes, too short"
                                       << "";
    QTest::newRow("right after the length") << valid.left(8) << "runs past the end of the file (0 bytes"
                                            << "";
    QTest::newRow("inside the header") << valid.left(40) << "runs past the end of the file (32 bytes"
                                       << "";
    QTest::newRow("before the data") << valid.left(headerEnd) << "end past the data block (0 bytes"
                                     << "a";
    QTest::newRow("inside the data") << valid.left(headerEnd + 12)
                                     << "data_offsets [8,16] end past the data block (12 bytes"
                                     << "b";
    // The length field.
    QTest::newRow("length huge") << withLength(quint64(1) << 63U, kValidHeader) << "over the 100000000-byte limit"
                                 << "";
    QTest::newRow("length one over the cap") << withLength(100000001, kValidHeader) << "over the 100000000-byte limit"
                                             << "";
    QTest::newRow("length zero") << withLength(0, kValidHeader) << "header is empty"
                                 << "";
    // The header as JSON.
    QTest::newRow("not JSON") << file(R"({"a": nope})") << "header is not valid JSON: "
                              << "";
    QTest::newRow("not UTF-8") << file("{\"\xff\": 1}") << "header is not valid UTF-8 (at header byte 2)"
                               << "";
    // nlohmann quotes what it read up to the error, here half of "é": the message stays UTF-8.
    QTest::newRow("parser excerpt ends inside a character") << file("{\"a\": \xc3\xa9}") << "last read: '\"a\": \\xC3'"
                                                            << "";
    QTest::newRow("lone surrogate escape") << file(R"({"\ud800": 1})") << "header is not valid JSON: "
                                           << "";
    QTest::newRow("an array") << file("[1,2]") << "header is the array [1,2], expected a JSON object"
                              << "";
    QTest::newRow("a string") << file(R"("abc")") << "header is the string \"abc\", expected a JSON object"
                              << "";
    QTest::newRow("garbage after the object") << file("{} x") << "header is not valid JSON: "
                                              << "";
    QTest::newRow("NUL padding") << file(QByteArray("{}\0\0\0\0\0\0", 8)) << "header has a NUL byte (at header byte 2)"
                                 << "";
    QTest::newRow("duplicate tensor name") << file(
        R"({"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},"a":{"dtype":"U8","shape":[1],"data_offsets":[1,2]}})",
        2) << "header lists 'a' twice"
                                           << "a";
    QTest::newRow("duplicate key in an entry")
        << tensorA(R"("dtype":"F32","dtype":"I32","shape":[1],"data_offsets":[0,4])") << "the key 'dtype' twice"
        << "";
    QTest::newRow("nested too deep") << file(R"({"__metadata__":[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]})")
                                     << "nests deeper than 16 levels"
                                     << "";
    // Metadata.
    QTest::newRow("metadata value a number") << file(R"({"__metadata__":{"format":1}})")
                                             << "__metadata__ entry 'format' must be a string, found the number 1"
                                             << "";
    QTest::newRow("metadata a string") << file(R"({"__metadata__":"pt"})")
                                       << "__metadata__ must be an object of strings"
                                       << "";
    QTest::newRow("metadata nested") << file(R"({"__metadata__":{"a":{"b":"c"}}})")
                                     << "__metadata__ entry 'a' must be a string, found the object"
                                     << "";
    QTest::newRow("tensor named like the metadata key")
        << file(R"({"__metadata__":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})", 4)
        << "__metadata__ entry 'data_offsets' must be a string, found the array [0,4]"
        << "";
    // Entries.
    QTest::newRow("entry not an object") << file(R"({"a":[0,8]})", 8) << "entry is the array [0,8], expected an object"
                                         << "a";
    QTest::newRow("no dtype") << tensorA(R"("shape":[1],"data_offsets":[0,4])") << "no dtype"
                              << "a";
    QTest::newRow("dtype a number") << tensorA(R"("dtype":4,"shape":[1],"data_offsets":[0,4])")
                                    << "dtype must be a string, found the number 4"
                                    << "a";
    QTest::newRow("unknown dtype") << tensorA(R"("dtype":"F8_E4M3","shape":[1],"data_offsets":[0,1])")
                                   << "unknown dtype 'F8_E4M3' (this reader knows F64, F32, F16, BF16"
                                   << "a";
    QTest::newRow("lowercase dtype") << tensorA(R"("dtype":"f32","shape":[1],"data_offsets":[0,4])")
                                     << "unknown dtype 'f32'"
                                     << "a";
    QTest::newRow("no shape") << tensorA(R"("dtype":"F32","data_offsets":[0,4])") << "no shape"
                              << "a";
    QTest::newRow("shape a number") << tensorA(R"("dtype":"F32","shape":4,"data_offsets":[0,16])")
                                    << "shape must be an array of sizes, found the number 4"
                                    << "a";
    QTest::newRow("negative size") << tensorA(R"("dtype":"F32","shape":[-1,2],"data_offsets":[0,4])")
                                   << "shape [-1,2] has a negative size"
                                   << "a";
    QTest::newRow("fractional size") << tensorA(R"("dtype":"F32","shape":[1.5],"data_offsets":[0,4])")
                                     << "shape [1.5] has a size that is not an integer"
                                     << "a";
    QTest::newRow("size written as float")
        << tensorA(R"("dtype":"F32","shape":[2.0],"data_offsets":[0,8])") << "has a size that is not an integer"
        << "a";
    QTest::newRow("size a string") << tensorA(R"("dtype":"F32","shape":["2"],"data_offsets":[0,8])")
                                   << "has a size that is not an integer"
                                   << "a";
    QByteArray manyDims = R"("dtype":"U8","data_offsets":[0,1],"shape":[1)";
    for (int i = 0; i < 64; ++i)
        manyDims += ",1";
    QTest::newRow("65 dimensions") << tensorA(manyDims + "]") << "shape has 65 dimensions, more than the 64 allowed"
                                   << "a";
    QTest::newRow("size past int64") << tensorA(R"("dtype":"U8","shape":[9223372036854775808],"data_offsets":[0,1])")
                                     << "has a size too large for 64-bit signed sizes"
                                     << "a";
    QTest::newRow("element count overflow")
        << tensorA(R"("dtype":"U8","shape":[4294967296,4294967296,2],"data_offsets":[0,1])")
        << "shape [4294967296,4294967296,2] has more elements than a 64-bit count can hold"
        << "a";
    QTest::newRow("byte count overflow") << tensorA(
        R"("dtype":"F32","shape":[4611686018427387904],"data_offsets":[0,4])")
                                         << "of F32 needs more bytes than a 64-bit size can hold"
                                         << "a";
    QTest::newRow("no data_offsets") << tensorA(R"("dtype":"F32","shape":[1])") << "no data_offsets"
                                     << "a";
    QTest::newRow("one offset") << tensorA(R"("dtype":"F32","shape":[1],"data_offsets":[4])")
                                << "data_offsets must be [begin, end], found the array [4]"
                                << "a";
    QTest::newRow("negative offset") << tensorA(R"("dtype":"F32","shape":[1],"data_offsets":[-4,0])")
                                     << "data_offsets [-4,0] must be two non-negative integers"
                                     << "a";
    QTest::newRow("begin after end") << tensorA(R"("dtype":"F32","shape":[1],"data_offsets":[8,4])")
                                     << "data_offsets [8,4] begin after they end"
                                     << "a";
    QTest::newRow("size mismatch") << tensorA(R"("dtype":"F32","shape":[2,2],"data_offsets":[0,12])")
                                   << "shape [2,2] needs 16 bytes, data_offsets give 12"
                                   << "a";
    QTest::newRow("offsets out of range") << tensorA(R"("dtype":"F32","shape":[250],"data_offsets":[0,1000])")
                                          << "data_offsets [0,1000] end past the data block (16 bytes"
                                          << "a";
    // Overlaps, whatever the order in the header.
    QTest::newRow("overlap") << file(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                                     R"("b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
        16) << "tensors 'a' and 'b' overlap: data_offsets [0,8] and [4,12]"
                             << "b";
    QTest::newRow("overlap, data in reverse name order")
        << file(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[4,12]},)"
                R"("b":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})",
               16)
        << "tensors 'b' and 'a' overlap: data_offsets [0,8] and [4,12]"
        << "a";
    QTest::newRow("one inside another") << file(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]},)"
                                                R"("b":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})",
        16) << "tensors 'b' and 'a' overlap: data_offsets [0,16] and [4,8]"
                                        << "a";
    QTest::newRow("same bytes twice") << file(R"({"a":{"dtype":"I32","shape":[2],"data_offsets":[0,8]},)"
                                              R"("b":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})",
        8) << "overlap"
                                      << "b";
    // A name with a newline must not break the one-line message.
    QTest::newRow("control character in a name") << file(R"({"x\ny":5})") << "tensor 'x\\x0Ay': entry is the number 5"
                                                 << "";
}

void SafetensorsFileTest::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fragment);
    QFETCH(QString, tensor);
    try {
        const SafetensorsFile parsed = fromBytes(bytes);
        QFAIL(qPrintable("accepted; tensors: " + QString::number(parsed.names().size())));
    } catch (const InputError& e) {
        const QString message = QString::fromUtf8(e.what());
        QCOMPARE(QString::fromStdString(e.file()), kName);
        QVERIFY2(message.startsWith(kName + QStringLiteral(": ")), qPrintable(message));
        QVERIFY2(message.contains(fragment), qPrintable(message));
        if (!tensor.isEmpty())
            QVERIFY2(message.contains(QStringLiteral("'%1'").arg(tensor)), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
        QVERIFY2(utf8::findInvalid(e.what()) == utf8::kInvalidOffset, qPrintable(message));
    }
}

void SafetensorsFileTest::exactSizeMismatchMessage()
{
    const QByteArray bytes
        = file(R"({"ent_embeddings":{"dtype":"F32","shape":[40,1,64],"data_offsets":[0,10236]}})", 10240);
    try {
        SafetensorsFile("weights.safetensors", bytes.toStdString());
        QFAIL("accepted");
    } catch (const InputError& e) {
        QCOMPARE(QString::fromUtf8(e.what()),
            QStringLiteral("weights.safetensors: tensor 'ent_embeddings': shape [40,1,64] needs 10240 bytes, "
                           "data_offsets give 10236"));
    }
}

void SafetensorsFileTest::accepts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("no tensors") << file("{}") << QStringList();
    QTest::newRow("only metadata") << file(R"({"__metadata__":{}})") << QStringList();
    QTest::newRow("whitespace and metadata last") << file(
        R"(  { "b" : { "dtype" : "U8", "shape" : [ 1 ], "data_offsets" : [ 0, 1 ] }, "__metadata__" : { "k" : "v" } }   )",
        1) << QStringList {"b"};
    QTest::newRow("data in reverse name order, gaps, trailing bytes") << file(
        R"({"a":{"dtype":"U8","shape":[2],"data_offsets":[10,12]},"b":{"dtype":"I16","shape":[1],"data_offsets":[2,4]}})",
        20) << QStringList {"a", "b"};
    QTest::newRow("empty tensors anywhere") << file(
        R"({"a":{"dtype":"F32","shape":[0,3],"data_offsets":[4,4]},"b":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
        R"("c":{"dtype":"F64","shape":[5,0],"data_offsets":[0,0]}})",
        8) << QStringList {"a", "b", "c"};
    QTest::newRow("zero size beside huge sizes")
        << file(R"({"z":{"dtype":"F32","shape":[0,9223372036854775807,9223372036854775807],"data_offsets":[0,0]}})")
        << QStringList {"z"};
    QTest::newRow("extra keys in an entry")
        << file(R"({"a":{"dtype":"BOOL","shape":[3],"data_offsets":[0,3],"note":{"x":[1]}}})", 3) << QStringList {"a"};
    QTest::newRow("unicode names sort byte-wise") << file(
        "{\"\xc3\xa9\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1]},"
        "\"Z\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[1,2]},"
        "\"_\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[2,3]}}",
        3) << QStringList {"Z", "_", QStringLiteral("\u00e9")};
}

void SafetensorsFileTest::accepts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, names);
    try {
        const SafetensorsFile parsed = fromBytes(bytes);
        QStringList found;
        for (const std::string& name : parsed.names())
            found << QString::fromStdString(name);
        QCOMPARE(found, names);
        for (const std::string& name : parsed.names()) {
            const TensorInfo& info = parsed.info(name);
            QCOMPARE(info.bytes.size(), info.elementCount() * itemSize(info.dtype));
            QCOMPARE(parsed.toFloat32(name).size(), info.elementCount());
        }
    } catch (const InputError& e) {
        QFAIL(e.what());
    }
}

void SafetensorsFileTest::missingFileAndFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string missing = dir.filePath(QStringLiteral("none.safetensors")).toStdString();
    try {
        SafetensorsFile::open(missing);
        QFAIL("opened a missing file");
    } catch (const InputError& e) {
        QCOMPARE(std::string(e.what()), missing + ": file not found");
    }
    try {
        SafetensorsFile::open(dir.path().toStdString());
        QFAIL("opened a folder");
    } catch (const InputError& e) {
        QVERIFY2(std::string(e.what()).ends_with(": is a folder, expected a .safetensors file"), e.what());
    }
}

void SafetensorsFileTest::accessorMessages()
{
    const SafetensorsFile parsed = SafetensorsFile("model.safetensors", file(kValidHeader, 16).toStdString());
    QVERIFY(parsed.contains("a"));
    QVERIFY(!parsed.contains("lp_token"));
    const auto message = [&parsed](const std::function<void()>& call) {
        try {
            call();
        } catch (const InputError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    QCOMPARE(
        message([&] { (void)parsed.info("lp_token"); }), std::string("model.safetensors: missing tensor 'lp_token'"));
    QCOMPARE(message([&] { parsed.requireTensor("a", TensorDType::I64, {2}); }),
        std::string("model.safetensors: tensor 'a': expected I64, found F32"));
    QCOMPARE(message([&] {
        parsed.requireTensor("a", TensorDType::F32, {2, 1});
    }),
        std::string("model.safetensors: tensor 'a': expected shape [2,1], found [2]"));
    QCOMPARE(message([&] { parsed.requireShape("b", {-1}); }),
        std::string("model.safetensors: tensor 'b': expected shape [*], found []"));
    QCOMPARE(message([&] { (void)parsed.toInt64("a"); }),
        std::string(
            "model.safetensors: tensor 'a': is F32, expected an integer dtype (I64, I32, I16, I8, U8 or BOOL)"));
    // -1 accepts any size; the rank must still match.
    QCOMPARE(message([&] { parsed.requireTensor("a", TensorDType::F32, {-1}); }), std::string("no error"));
    QCOMPARE(message([&] { parsed.requireTensor("b", TensorDType::I64, {}); }), std::string("no error"));
    QCOMPARE(&parsed.requireTensor("a", TensorDType::F32, {2}), &parsed.info("a"));
    // Copies share the buffer: spans stay valid after the original is gone.
    std::optional<SafetensorsFile> original(parsed);
    const SafetensorsFile copy = *original;
    const std::byte* bytes = original->info("b").bytes.data();
    original.reset();
    QCOMPARE(copy.info("b").bytes.data(), bytes);
    QCOMPARE(copy.toInt64("b"), std::vector<std::int64_t> {0x0101010101010101});
}

void SafetensorsFileTest::integerConversions()
{
    // Hand-made little-endian bytes: I8 [-1, 127], I16 [-2], I32 [-3], U8 [255], BOOL [0, 1, 2].
    const QByteArray header = R"({"b":{"dtype":"BOOL","shape":[3],"data_offsets":[10,13]},)"
                              R"("i16":{"dtype":"I16","shape":[1],"data_offsets":[2,4]},)"
                              R"("i32":{"dtype":"I32","shape":[1],"data_offsets":[4,8]},)"
                              R"("i8":{"dtype":"I8","shape":[2],"data_offsets":[0,2]},)"
                              R"("u8":{"dtype":"U8","shape":[1],"data_offsets":[9,10]}})";
    const QByteArray data("\xff\x7f"
                          "\xfe\xff"
                          "\xfd\xff\xff\xff"
                          "\x00"
                          "\xff"
                          "\x00\x01\x02",
        13);
    const SafetensorsFile parsed("ints.safetensors", withLength(quint64(header.size()), header + data).toStdString());
    QCOMPARE(parsed.toInt64("i8"), (std::vector<std::int64_t> {-1, 127}));
    QCOMPARE(parsed.toInt64("i16"), std::vector<std::int64_t> {-2});
    QCOMPARE(parsed.toInt64("i32"), std::vector<std::int64_t> {-3});
    QCOMPARE(parsed.toInt64("u8"), std::vector<std::int64_t> {255});
    // Any non-zero BOOL byte is true, as numpy reads it.
    QCOMPARE(parsed.toInt64("b"), (std::vector<std::int64_t> {0, 1, 1}));
    QCOMPARE(parsed.toFloat32("b"), (std::vector<float> {0.0F, 1.0F, 1.0F}));
    QCOMPARE(parsed.toFloat32("i8"), (std::vector<float> {-1.0F, 127.0F}));
    QCOMPARE(parsed.toFloat32("u8"), std::vector<float> {255.0F});
}

void SafetensorsFileTest::floatConversions()
{
    // Hand-made little-endian bytes, deliberately unaligned (F32 at offset 1, F64 at offset 5):
    //  F32 [1.5] = 0x3FC00000; F16 [1, -2, 0x3555, 0x0001]; BF16 [1, -3, 0x3EAB];
    //  F64 [0.1, 1e300, -2.5]; I64 [2^24 + 1].
    const QByteArray header = R"({"bf16":{"dtype":"BF16","shape":[3],"data_offsets":[53,59]},)"
                              R"("f16":{"dtype":"F16","shape":[2,2],"data_offsets":[45,53]},)"
                              R"("f32":{"dtype":"F32","shape":[1],"data_offsets":[1,5]},)"
                              R"("f64":{"dtype":"F64","shape":[3],"data_offsets":[5,29]},)"
                              R"("i64":{"dtype":"I64","shape":[1,1],"data_offsets":[29,37]}})";
    QByteArray data(1, '\x00');
    data += QByteArray("\x00\x00\xc0\x3f", 4);
    for (const double value : {0.1, 1e300, -2.5})
        data += QByteArray(reinterpret_cast<const char*>(&value), sizeof value);
    const qint64 big = (qint64(1) << 24) + 1;
    data += QByteArray(reinterpret_cast<const char*>(&big), sizeof big);
    data += QByteArray(8, '\x00');  // a gap nobody owns
    data += QByteArray("\x00\x3c\x00\xc0\x55\x35\x01\x00", 8);
    data += QByteArray("\x80\x3f\x40\xc0\xab\x3e", 6);
    const SafetensorsFile parsed("floats.safetensors", withLength(quint64(header.size()), header + data).toStdString());
    QCOMPARE(parsed.toFloat32("f32"), std::vector<float> {1.5F});
    QCOMPARE(parsed.toFloat32("f16"), (std::vector<float> {1.0F, -2.0F, 0.333251953125F, 0x1p-24F}));
    QCOMPARE(parsed.toFloat32("bf16"), (std::vector<float> {1.0F, -3.0F, 0.333984375F}));
    const std::vector<float> wide = parsed.toFloat32("f64");
    QVERIFY(wide[0] == 0.1F);  // rounded to nearest, like a C++ cast
    QVERIFY(std::isinf(wide[1]) && wide[1] > 0);
    QVERIFY(wide[2] == -2.5F);
    // 2^24 + 1 is not a float; ties to even gives 2^24.
    QVERIFY(parsed.toFloat32("i64")[0] == 16777216.0F);
    QCOMPARE(parsed.toInt64("i64"), std::vector<std::int64_t> {big});
}

QTEST_GUILESS_MAIN(SafetensorsFileTest)
#include "SafetensorsFileTest.moc"
