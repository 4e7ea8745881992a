// Golden files for every reader: each tests/data/<format>/<case>/ holds an input folder and the
// expected.json a person wrote for it (entities, labels, aliases, images, relations, triples per
// split by key, warnings, aligned pairs). The readers' output must match exactly. Also format
// detection and its override, the BundleWriter round trip and the writer's refusal to touch a
// folder that is not empty.

#include "GraphDump.h"

#include "io/AlignmentReader.h"
#include "io/BundleReader.h"
#include "io/BundleWriter.h"
#include "io/GraphFormat.h"
#include "io/GraphReader.h"
#include "io/InputError.h"
#include "io/LabelledTriplesReader.h"
#include "io/MygoReader.h"
#include "io/TextTableReader.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>

using namespace tessera;
using tessera::test::DumpMode;

namespace fs = std::filesystem;

namespace {

const std::string kDataDir = TESSERA_TEST_DATA_DIR;

std::string caseDir(const QString& name)
{
    return kDataDir + "/" + name.toStdString();
}

nlohmann::json loadExpected(const std::string& dir)
{
    return nlohmann::json::parse(test::readBytes(dir + "/expected.json"));
}

// The golden cases of graph readers: every tests/data/<format>/<case>/expected.json except the
// text-table ones (they describe lines, not graphs).
QStringList graphCases()
{
    QStringList cases;
    QDirIterator it(
        QString::fromStdString(kDataDir), {QStringLiteral("expected.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString dir = QFileInfo(file).absolutePath();
        const QString name = QDir(QString::fromStdString(kDataDir)).relativeFilePath(dir);
        if (!name.startsWith(QStringLiteral("text-table/")))
            cases << name;
    }
    cases.sort();
    return cases;
}

// A listing of every file under `root` with its bytes, to prove a folder was left untouched.
std::map<std::string, std::string> snapshot(const fs::path& root)
{
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        const std::string rel = fs::relative(entry.path(), root).string();
        files[rel] = entry.is_regular_file() ? test::readBytes(entry.path().string()) : std::string("<folder>");
    }
    return files;
}

std::string readWhat(const std::function<void()>& action)
{
    try {
        action();
    } catch (const InputError& e) {
        return e.what();
    }
    return "(no InputError)";
}

}  // namespace

class ReaderGoldenTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyFormatHasGoldenCases();
    void goldens_data();
    void goldens();
    void detection_data();
    void detection();
    void forcedFormatReadsTheSame_data();
    void forcedFormatReadsTheSame();
    void forcedLabelledTriplesOnBundle();
    void forcedWrongFormatFails_data();
    void forcedWrongFormatFails();
    void formatNames();
    void imagesUncheckedKeepsPaths();
    void explicitNamesFile();
    void cancelledRead_data();
    void cancelledRead();
    void textTable();
    void roundTrip_data();
    void roundTrip();
    void writerRefusesNonEmptyFolder();
    void writerRefusesExistingFile();
    void writerFillsEmptyExistingFolder();
    void alignmentImportWritesAlignmentBundle();
    void percentEncodedNulStaysInTheLabel();
    void writerTakesNonUtf8FileNames();
    void entity2idNameGivenTwiceIsAWarning();
};

void ReaderGoldenTest::everyFormatHasGoldenCases()
{
    std::set<std::string> formats;
    const QStringList cases = graphCases();
    for (const QString& name : cases)
        formats.insert(loadExpected(caseDir(name)).at("format").get<std::string>());
    QCOMPARE(cases.size(), 9);
    const std::set<std::string> all = {"bundle", "alignment-bundle", "mygo", "alignment", "labelled-triples"};
    QCOMPARE(formats, all);
}

void ReaderGoldenTest::goldens_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : graphCases())
        QTest::newRow(qPrintable(name)) << name;
}

void ReaderGoldenTest::goldens()
{
    QFETCH(QString, name);
    const std::string dir = caseDir(name);
    nlohmann::json expected = loadExpected(dir);
    const std::string path = dir + "/" + expected.at("read").get<std::string>();
    expected.erase("read");
    Dataset dataset;
    try {
        dataset = readDataset(path);
    } catch (const InputError& e) {
        QFAIL(qPrintable(QStringLiteral("unexpected InputError: %1").arg(QString::fromUtf8(e.what()))));
    }
    const nlohmann::json actual = test::dumpDataset(dataset, dir, DumpMode::Exact);
    const std::string difference = test::describeDifference(expected, actual);
    if (!difference.empty())
        QFAIL(qPrintable(QString::fromStdString(name.toStdString() + " differs from expected.json:" + difference)));
    // The structure a view relies on beyond the lists: counts agree with them.
    for (std::size_t g = 0; g < dataset.graphs.size(); ++g) {
        const auto& graph = *dataset.graphs[g];
        const auto& eg = expected.at("graphs").at(g);
        QCOMPARE(graph.entityCount(), eg.at("entities").size());
        QCOMPARE(graph.relationCount(), eg.at("relations").size());
        QCOMPARE(graph.tripleCount(), eg.at("train").size() + eg.at("valid").size() + eg.at("test").size());
        for (std::size_t e = 0; e < graph.entityCount(); ++e) {
            const std::string key = graph.entity(static_cast<EntityId>(e)).key;
            QCOMPARE(graph.findEntity(key), std::optional<EntityId>(static_cast<EntityId>(e)));
        }
    }
}

void ReaderGoldenTest::detection_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    for (const QString& name : graphCases()) {
        const nlohmann::json expected = loadExpected(caseDir(name));
        QTest::newRow(qPrintable(name)) << QString::fromStdString(
            caseDir(name) + "/" + expected.at("read").get<std::string>())
                                        << QString::fromStdString(expected.at("format").get<std::string>());
    }
    // The same folders named differently.
    QTest::newRow("bundle manifest file")
        << QString::fromStdString(caseDir("bundle/full") + "/input/manifest.json") << QStringLiteral("bundle");
    QTest::newRow("alignment-bundle manifest file")
        << QString::fromStdString(caseDir("alignment-bundle/en-de") + "/input/pairs/manifest.json")
        << QStringLiteral("alignment-bundle");
    QTest::newRow("folder with trailing slash")
        << QString::fromStdString(caseDir("mygo/names") + "/input/") << QStringLiteral("mygo");
    QTest::newRow("any single file") << QString::fromStdString(caseDir("mygo/names") + "/input/train.txt")
                                     << QStringLiteral("labelled-triples");
}

void ReaderGoldenTest::detection()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    const GraphFormat detected = detectGraphFormat(path.toStdString());
    QCOMPARE(
        QString::fromUtf8(formatName(detected).data(), static_cast<qsizetype>(formatName(detected).size())), format);
}

void ReaderGoldenTest::forcedFormatReadsTheSame_data()
{
    goldens_data();
}

void ReaderGoldenTest::forcedFormatReadsTheSame()
{
    QFETCH(QString, name);
    const std::string dir = caseDir(name);
    nlohmann::json expected = loadExpected(dir);
    const auto forced = formatFromName(expected.at("format").get<std::string>());
    QVERIFY(forced.has_value());
    const Dataset dataset = readDataset(dir + "/" + expected.at("read").get<std::string>(), forced);
    expected.erase("read");
    const std::string difference = test::describeDifference(expected, test::dumpDataset(dataset, dir, DumpMode::Exact));
    if (!difference.empty())
        QFAIL(qPrintable(
            QString::fromStdString("forced " + expected.at("format").get<std::string>() + ":" + difference)));
}

void ReaderGoldenTest::forcedLabelledTriplesOnBundle()
{
    // A bundle folder detects as "bundle"; forced to labelled triples, its train.tsv (header
    // "head relation tail") reads as plain labelled triples and the manifest is ignored.
    const std::string path = caseDir("bundle/full") + "/input";
    QCOMPARE(detectGraphFormat(path), GraphFormat::Bundle);
    const Dataset dataset = readDataset(path, GraphFormat::LabelledTriples);
    QCOMPARE(dataset.format, std::string("labelled-triples"));
    QCOMPARE(dataset.graphs.size(), std::size_t {1});
    const auto& graph = *dataset.graphs[0];
    std::vector<std::string> keys;
    for (const Entity& e : graph.entities()) {
        keys.push_back(e.key);
        QCOMPARE(e.label, e.key);
        QVERIFY(e.aliases.empty());
        QVERIFY(e.imagePaths.empty());
    }
    const std::vector<std::string> expectedKeys = {"FRA", "city/FRA/Paris", "region/Europe", "DEU", "river/Rhine"};
    QCOMPARE(keys, expectedKeys);
    QCOMPARE(graph.relationCount(), std::size_t {3});
    QCOMPARE(graph.relation(0).key, std::string("capital"));
    QCOMPARE(graph.relation(1).key, std::string("located_in"));
    QCOMPARE(graph.relation(2).key, std::string("flows_through"));
    QCOMPARE(graph.triples(Split::Train).size(), std::size_t {6});
    QCOMPARE(graph.triples(Split::Valid).size(), std::size_t {0});  // splits/valid.tsv is not where this reader looks
    QCOMPARE(graph.triples(Split::Train)[5], (Triple {0, 1, 2}));   // the duplicate line is kept
}

void ReaderGoldenTest::forcedWrongFormatFails_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("message");
    const QString bundle = QString::fromStdString(caseDir("bundle/full") + "/input");
    const QString mygo = QString::fromStdString(caseDir("mygo/names") + "/input");
    QTest::newRow("mygo on a bundle") << bundle << "mygo" << bundle + "/entities.txt: file not found";
    QTest::newRow("bundle on mygo") << mygo << "bundle" << mygo + "/manifest.json: file not found";
    QTest::newRow("alignment on mygo") << mygo << "alignment" << mygo + "/ent_ids_1: file not found";
    QTest::newRow("alignment-bundle on a bundle")
        << bundle << "alignment-bundle"
        << bundle + "/manifest.json: \"format\" is 'tessera-graph-bundle', expected \"tessera-alignment\"";
    QTest::newRow("labelled-triples on mygo")
        << mygo << "labelled-triples"
        << mygo + "/train.txt:2: expected 3 columns (head, relation, tail, separated by tabs), found 1";
}

void ReaderGoldenTest::forcedWrongFormatFails()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    QFETCH(QString, message);
    const auto forced = formatFromName(format.toStdString());
    QVERIFY(forced.has_value());
    QCOMPARE(QString::fromStdString(readWhat([&] { readDataset(path.toStdString(), forced); })), message);
}

void ReaderGoldenTest::formatNames()
{
    const std::vector<std::string_view> expected
        = {"bundle", "alignment-bundle", "mygo", "alignment", "labelled-triples"};
    QCOMPARE(tessera::formatNames(), expected);
    for (const auto name : expected)
        QCOMPARE(formatName(*formatFromName(name)), name);
    QVERIFY(!formatFromName("MyGO").has_value());
    QVERIFY(!formatFromName("").has_value());
}

void ReaderGoldenTest::imagesUncheckedKeepsPaths()
{
    // checkImages=false (fuzzers, headless tools): no probing, so no warnings and every listed
    // path is kept, including the missing one and the one that is not an image.
    const std::string dir = caseDir("bundle/full");
    ReadOptions options;
    options.checkImages = false;
    const auto graph = BundleReader::read(dir + "/input", options);
    QVERIFY(graph->warnings().empty());
    const auto fra = graph->findEntity("FRA");
    const auto deu = graph->findEntity("DEU");
    QVERIFY(fra && deu);
    const std::vector<std::string> fraImages = {dir + "/input/images/flags/fra.png", dir + "/input/images/missing.png"};
    QCOMPARE(graph->entity(*fra).imagePaths, fraImages);
    QCOMPARE(graph->entity(*deu).imagePaths, std::vector<std::string> {dir + "/input/images/notes.png"});
    QCOMPARE(graph->imageCount(), std::size_t {4});
    // With checking (the default) the same bundle has two images and two warnings.
    const auto checked = BundleReader::read(dir + "/input");
    QCOMPARE(checked->imageCount(), std::size_t {2});
    QCOMPARE(checked->entitiesWithoutImage(), std::size_t {5});
    QCOMPARE(checked->warnings().size(), std::size_t {2});
}

void ReaderGoldenTest::explicitNamesFile()
{
    // --names FILE: an explicit translated-name file replaces the one found next to the folder.
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const std::string names = temp.path().toStdString() + "/names.json";
    {
        std::ofstream out(names);
        out << R"([[1, ["big", "osaka"]], [7, ["nagoya", "station"]]])";
    }
    const std::string folder = caseDir("alignment/dbp-mini") + "/input/zh_en";
    const Dataset dataset = AlignmentReader::read(folder, names);
    const auto& kg1 = *dataset.graphs[0];
    const auto& kg2 = *dataset.graphs[1];
    QVERIFY(kg1.entity(0).aliases.empty());
    QCOMPARE(kg1.entity(1).aliases, (std::vector<Alias> {{"big osaka", "en"}}));
    QCOMPARE(kg2.entity(3).aliases, (std::vector<Alias> {{"nagoya station", "en"}}));
    QVERIFY(kg2.entity(1).aliases.empty());
}

void ReaderGoldenTest::cancelledRead_data()
{
    goldens_data();
}

void ReaderGoldenTest::cancelledRead()
{
    QFETCH(QString, name);
    const std::string dir = caseDir(name);
    const nlohmann::json expected = loadExpected(dir);
    std::stop_source stop;
    stop.request_stop();
    ReadOptions options;
    options.stop = stop.get_token();
    bool cancelled = false;
    try {
        readDataset(dir + "/" + expected.at("read").get<std::string>(), std::nullopt, options);
    } catch (const ReadCancelled&) {
        cancelled = true;
    }
    // Single-file labelled triples has no point between tables to stop at; it just finishes.
    QCOMPARE(cancelled, name != QStringLiteral("labelled-triples/file"));
}

void ReaderGoldenTest::textTable()
{
    const std::string dir = caseDir("text-table/mixed");
    const nlohmann::json expected = loadExpected(dir);
    const std::string path = dir + "/" + expected.at("read").get<std::string>();
    const auto linesOf = [](TextTableReader& table) {
        nlohmann::json lines = nlohmann::json::array();
        while (table.next()) {
            nlohmann::json tab = nlohmann::json::array();
            for (const auto f : table.fields('\t'))
                tab.push_back(std::string(f));
            nlohmann::json ws = nlohmann::json::array();
            for (const auto f : table.whitespaceFields())
                ws.push_back(std::string(f));
            lines.push_back({{"number", table.lineNumber()}, {"text", std::string(table.line())}, {"tabFields", tab},
                {"whitespaceFields", ws}});
        }
        return lines;
    };
    TextTableReader fromFile(path);
    const nlohmann::json fileLines = linesOf(fromFile);
    const std::string difference = test::describeDifference(expected.at("lines"), fileLines);
    if (!difference.empty())
        QFAIL(qPrintable(QString::fromStdString("text-table/mixed:" + difference)));
    QVERIFY(!fromFile.next());  // stays at the end
    TextTableReader fromMemory("in-memory", test::readBytes(path));
    QCOMPARE(QString::fromStdString(linesOf(fromMemory).dump()), QString::fromStdString(fileLines.dump()));
    QCOMPARE(fromMemory.path(), std::string("in-memory"));
}

void ReaderGoldenTest::roundTrip_data()
{
    goldens_data();
}

void ReaderGoldenTest::roundTrip()
{
    QFETCH(QString, name);
    const std::string dir = caseDir(name);
    const nlohmann::json expected = loadExpected(dir);
    const Dataset original = readDataset(dir + "/" + expected.at("read").get<std::string>());
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const std::string out = temp.path().toStdString() + "/written";
    try {
        BundleWriter::write(original, out);
    } catch (const InputError& e) {
        QFAIL(qPrintable(QStringLiteral("BundleWriter failed: %1").arg(QString::fromUtf8(e.what()))));
    }
    // Nothing but the bundle is left next to it (the staging folder was renamed into place).
    QCOMPARE(
        QDir(temp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList {"written"});
    const GraphFormat expectedFormat = original.isAlignment() ? GraphFormat::AlignmentBundle : GraphFormat::Bundle;
    QCOMPARE(detectGraphFormat(out), expectedFormat);
    Dataset back;
    try {
        back = readDataset(out);
    } catch (const InputError& e) {
        QFAIL(qPrintable(QStringLiteral("reading the written bundle failed: %1").arg(QString::fromUtf8(e.what()))));
    }
    QCOMPARE(back.format, std::string(formatName(expectedFormat)));
    const std::string difference = test::describeDifference(
        test::dumpDataset(original, dir, DumpMode::RoundTrip), test::dumpDataset(back, out, DumpMode::RoundTrip));
    if (!difference.empty())
        QFAIL(qPrintable(QString::fromStdString(name.toStdString() + " changed in the round trip:" + difference)));
    for (std::size_t g = 0; g < back.graphs.size(); ++g) {
        const KnowledgeGraph& graph = *back.graphs[g];
        QVERIFY(graph.warnings().empty());
        const std::string& description = original.graphs[g]->metadata().description;
        if (description.empty())
            QVERIFY(graph.metadata().description.starts_with("Imported by Tessera from "));
        else
            QCOMPARE(graph.metadata().description, description);
        // Images were copied into the new bundle, not referenced where they were.
        for (const Entity& e : graph.entities()) {
            for (const std::string& image : e.imagePaths)
                QVERIFY2(image.starts_with(out + "/"), image.c_str());
        }
    }
}

void ReaderGoldenTest::writerRefusesNonEmptyFolder()
{
    const Dataset dataset = readDataset(caseDir("bundle/full") + "/input");
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const fs::path out = fs::path(temp.path().toStdString()) / "existing";
    fs::create_directories(out / "sub");
    {
        std::ofstream(out / "keep.txt") << "precious\n";
        std::ofstream(out / "sub" / "entities.tsv") << "key\tlabel\tdescription\timages\n";
    }
    const auto before = snapshot(temp.path().toStdString());
    bool thrown = false;
    try {
        BundleWriter::write(dataset, out.string());
    } catch (const InputError& e) {
        thrown = true;
        QCOMPARE(e.file(), out.string());
        QCOMPARE(e.line(), std::size_t {0});
        QCOMPARE(QString::fromUtf8(e.what()),
            QString::fromStdString(
                out.string() + ": already exists and is not an empty folder; choose a new output folder"));
    }
    QVERIFY(thrown);
    // Untouched, and no staging folder left beside it.
    QCOMPARE(snapshot(temp.path().toStdString()), before);
    QCOMPARE(before.size(), std::size_t {4});

    // The alignment writer refuses the same way.
    const Dataset alignment = readDataset(caseDir("alignment/dbp-mini") + "/input/zh_en");
    QVERIFY_THROWS_EXCEPTION(InputError, BundleWriter::write(alignment, out.string()));
    QCOMPARE(snapshot(temp.path().toStdString()), before);
}

void ReaderGoldenTest::writerRefusesExistingFile()
{
    const Dataset dataset = readDataset(caseDir("bundle/minimal") + "/input");
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const fs::path out = fs::path(temp.path().toStdString()) / "bundle";
    std::ofstream(out) << "a file, not a folder\n";
    const auto before = snapshot(temp.path().toStdString());
    QCOMPARE(QString::fromStdString(readWhat([&] { BundleWriter::write(dataset, out.string()); })),
        QString::fromStdString(
            out.string() + ": already exists and is not an empty folder; choose a new output folder"));
    QCOMPARE(snapshot(temp.path().toStdString()), before);
}

void ReaderGoldenTest::writerFillsEmptyExistingFolder()
{
    const Dataset dataset = readDataset(caseDir("bundle/minimal") + "/input");
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const fs::path out = fs::path(temp.path().toStdString()) / "empty";
    fs::create_directories(out);
    BundleWriter::write(dataset, out.string());
    const auto files = snapshot(out);
    const std::vector<std::string> names = [&] {
        std::vector<std::string> n;
        for (const auto& [name, bytes] : files)
            n.push_back(name);
        return n;
    }();
    const std::vector<std::string> expectedNames
        = {"entities.tsv", "images", "manifest.json", "relations.tsv", "train.tsv"};
    QCOMPARE(names, expectedNames);
    QCOMPARE(files.at("entities.tsv"),
        std::string("key\tlabel\tdescription\timages\na\tAlpha\t\t\nb\tBeta\tsecond letter\t\n"));
    QCOMPARE(files.at("relations.tsv"), std::string("key\tlabel\tdescription\nnext\tnext\t\n"));
    QCOMPARE(files.at("train.tsv"), std::string("head\trelation\ttail\na\tnext\tb\n"));
    const auto manifest = nlohmann::json::parse(files.at("manifest.json"));
    QCOMPARE(manifest.at("format").get<std::string>(), std::string("tessera-graph-bundle"));
    QCOMPARE(manifest.at("version").get<int>(), 1);
    QCOMPARE(manifest.at("name").get<std::string>(), std::string("Minimal"));
    QCOMPARE(manifest.at("tables").dump(),
        std::string(R"({"entities":"entities.tsv","relations":"relations.tsv","train":"train.tsv"})"));
}

void ReaderGoldenTest::alignmentImportWritesAlignmentBundle()
{
    const std::string dir = caseDir("alignment/dbp-mini");
    const Dataset original = readDataset(dir + "/input/zh_en");
    QCOMPARE(original.format, std::string("alignment"));
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const std::string out = temp.path().toStdString() + "/zh_en-bundle";
    BundleWriter::write(original, out);

    const auto manifest = nlohmann::json::parse(test::readBytes(out + "/manifest.json"));
    QCOMPARE(manifest.at("format").get<std::string>(), std::string("tessera-alignment"));
    QCOMPARE(manifest.at("version").get<int>(), 1);
    QCOMPARE(manifest.at("name").get<std::string>(), std::string("zh_en KG1 ↔ zh_en KG2"));
    QCOMPARE(manifest.at("source").get<std::string>(), std::string("source"));
    QCOMPARE(manifest.at("target").get<std::string>(), std::string("target"));
    QCOMPARE(manifest.at("pairs").get<std::string>(), std::string("pairs.tsv"));
    QCOMPARE(test::readBytes(out + "/pairs.tsv"),
        std::string("source\ttarget\tsplit\n"
                    "http://zh.dbpedia.org/resource/东京\thttp://dbpedia.org/resource/Tokyo\ttrain\n"
                    "http://zh.dbpedia.org/resource/大阪\thttp://dbpedia.org/resource/Osaka\ttest\n"
                    "http://zh.dbpedia.org/resource/日本\thttp://dbpedia.org/resource/Japan\ttest\n"
                    "http://zh.dbpedia.org/resource/%E5%90%8D%E5%8F%A4%E5%B1%8B\thttp://dbpedia.org/resource/"
                    "Nagoya_Station\ttest\n"));
    QCOMPARE(test::readBytes(out + "/source/aliases.tsv"),
        std::string("entity\talias\tlanguage\n"
                    "http://zh.dbpedia.org/resource/东京\ttokyo\ten\n"
                    "http://zh.dbpedia.org/resource/大阪\tosaka\ten\n"
                    "http://zh.dbpedia.org/resource/日本\tjapan\ten\n"
                    "http://zh.dbpedia.org/resource/%E5%90%8D%E5%8F%A4%E5%B1%8B\tnagoya\ten\n"));
    QCOMPARE(detectGraphFormat(out), GraphFormat::AlignmentBundle);
    QCOMPARE(detectGraphFormat(out + "/source"), GraphFormat::Bundle);

    const Dataset back = readDataset(out);
    QCOMPARE(back.format, std::string("alignment-bundle"));
    QCOMPARE(back.graphs.size(), std::size_t {2});
    QCOMPARE(back.alignment, original.alignment);
    const std::vector<bool> train = {true, false, false, false};
    std::vector<bool> backTrain;
    for (const AlignedPair& p : back.alignment)
        backTrain.push_back(p.train);
    QCOMPARE(backTrain, train);
    const std::string difference = test::describeDifference(
        test::dumpDataset(original, dir, DumpMode::RoundTrip), test::dumpDataset(back, out, DumpMode::RoundTrip));
    if (!difference.empty())
        QFAIL(qPrintable(QString::fromStdString("alignment import changed:" + difference)));
    QCOMPARE(back.graphs[0]->metadata().name, std::string("zh_en KG1"));
    QCOMPARE(back.graphs[1]->metadata().name, std::string("zh_en KG2"));
}

void ReaderGoldenTest::percentEncodedNulStaysInTheLabel()
{
    // "%00" in a URI used to decode to a NUL inside the label; the bundle an import wrote from
    // it then held a NUL byte and did not open ("binary file"). Such a label stays the raw URI.
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const fs::path folder = fs::path(temp.path().toStdString()) / "xx_en";
    fs::create_directories(folder);
    const std::map<std::string, std::string> files = {
        {"ent_ids_1", "0\thttp://a/x%00y\n1\thttp://a/%41%0Ab\n"},
        {"ent_ids_2", "2\thttp://b/x\n"},
        {"triples_1", "0\t0\t1\n"},
        {"triples_2", "2\t1\t2\n"},
        {"ill_ent_ids", "0\t2\n"},
    };
    for (const auto& [name, bytes] : files)
        std::ofstream(folder / name, std::ios::binary) << bytes;
    const Dataset original = readDataset(folder.string());
    QCOMPARE(original.graphs[0]->entity(0).label, std::string("http://a/x%00y"));
    QCOMPARE(original.graphs[0]->entity(1).label, std::string("A\nb"));  // other escapes still decode
    const std::string out = temp.path().toStdString() + "/bundle";
    BundleWriter::write(original, out);
    Dataset back;
    try {
        back = readDataset(out);
    } catch (const InputError& e) {
        QFAIL(e.what());
    }
    const std::string difference
        = test::describeDifference(test::dumpDataset(original, folder.string(), DumpMode::RoundTrip),
            test::dumpDataset(back, out, DumpMode::RoundTrip));
    if (!difference.empty())
        QFAIL(qPrintable(QString::fromStdString("changed in the round trip:" + difference)));
}

void ReaderGoldenTest::writerTakesNonUtf8FileNames()
{
    // Linux file names are bytes. A graph named after a Latin-1 file ("caf\xE9.tsv") used to make
    // BundleWriter throw nlohmann's type_error (invalid UTF-8 in the manifest) instead of writing.
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const fs::path folder(temp.path().toStdString());
    const fs::path file = folder / "caf\xE9.tsv";
    std::ofstream(file, std::ios::binary) << "a\tr\tb\n";
    const Dataset original = readDataset(file.string());
    QCOMPARE(original.graphs[0]->metadata().name, std::string("caf\xE9"));
    const std::string out = (folder / "bundle").string();
    try {
        BundleWriter::write(original, out);
    } catch (const InputError& e) {
        QFAIL(e.what());
    } catch (const std::exception& e) {
        QFAIL(qPrintable(QStringLiteral("not an InputError: %1").arg(QString::fromUtf8(e.what()))));
    }
    const Dataset back = readDataset(out);
    QCOMPARE(back.graphs[0]->metadata().name, std::string("caf\xEF\xBF\xBD"));  // U+FFFD in place of the stray byte
    QCOMPARE(back.graphs[0]->tripleCount(), std::size_t {1});
    QVERIFY(back.graphs[0]->metadata().description.starts_with("Imported by Tessera from "));
}

// Regression: an entity2id.txt that gives one name to two ids was read silently.
void ReaderGoldenTest::entity2idNameGivenTwiceIsAWarning()
{
    QTemporaryDir temp;
    const std::string dir = temp.path().toStdString();
    const auto write = [&](const std::string& name, const std::string& text) {
        std::ofstream(dir + "/" + name, std::ios::binary) << text;
    };
    write("entities.txt", "0\n1\n2\n");
    write("relations.txt", "0\n");
    write("train.txt", "0\t0\t1\n1\t0\t2\n");
    write("entity2id.txt", "Paris 0\nLyon 1\nParis 2\n");
    const auto graph = MygoReader::read(dir);
    QCOMPARE(graph->warnings().size(), std::size_t {1});
    QCOMPARE(graph->warnings().front(),
        dir + "/entity2id.txt:3: name 'Paris' is given to entity id 2 and, on line 1, to entity id 0");
    // Both keep the name.
    QCOMPARE(graph->entity(0).label, std::string("Paris"));
    QCOMPARE(graph->entity(2).label, std::string("Paris"));
}

QTEST_GUILESS_MAIN(ReaderGoldenTest)
#include "ReaderGoldenTest.moc"
