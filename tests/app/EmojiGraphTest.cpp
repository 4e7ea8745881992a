// The committed Emoji demo graphs (resources/demo/emoji, emoji-zh, emoji-en-zh, written by
// make-emoji.mjs) read with exactly the counts the generator printed, and those counts agree with
// the files themselves: data lines of each table and PNG files in images/, counted here without
// the reader. Every image must decode at the size the generator wrote (Twemoji 64 px as shipped,
// Noto 32 px downscaled), and a few facts are checked by hand against emojibase.

#include "graph/Dataset.h"
#include "io/BundleReader.h"
#include "io/InputError.h"
#include "media/ImageLoader.h"

#include <QtTest>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

using namespace tessera;

namespace {

const std::string kDemo = std::string(TESSERA_SOURCE_DIR) + "/resources/demo";

// Data lines of a TSV table: non-empty lines after the header, as FORMATS.md counts them.
std::size_t dataLines(const std::string& file)
{
    std::ifstream in(file, std::ios::binary);
    std::string line;
    std::size_t count = 0;
    bool header = true;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty())
            continue;
        if (header) {
            header = false;
            continue;
        }
        ++count;
    }
    return count;
}

// PNG files under images/, found by walking the folder rather than through entities.tsv.
std::set<std::string> pngFiles(const std::string& bundle)
{
    std::set<std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(bundle + "/images")) {
        if (entry.is_regular_file() && entry.path().extension() == ".png")
            files.insert(std::filesystem::canonical(entry.path()).string());
    }
    return files;
}

std::shared_ptr<const KnowledgeGraph> readBundle(const std::string& folder)
{
    try {
        return BundleReader::read(folder);
    } catch (const InputError& e) {
        qWarning("%s", e.what());
        return nullptr;
    }
}

bool hasTriple(const KnowledgeGraph& graph, const char* head, const char* relation, const char* tail)
{
    const auto h = graph.findEntity(head);
    const auto r = graph.findRelation(relation);
    const auto t = graph.findEntity(tail);
    if (!h || !r || !t)
        return false;
    for (const Split split : kAllSplits) {
        for (const Triple& triple : graph.triples(split)) {
            if (triple.head == *h && triple.relation == *r && triple.tail == *t)
                return true;
        }
    }
    return false;
}

}  // namespace

class EmojiGraphTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void counts_data();
    void counts();
    void imagesDecode_data();
    void imagesDecode();
    void englishFacts();
    void chineseFacts();
    void alignment();
};

void EmojiGraphTest::counts_data()
{
    QTest::addColumn<QString>("bundle");
    QTest::addColumn<int>("entities");
    QTest::addColumn<int>("relations");
    QTest::addColumn<int>("train");
    QTest::addColumn<int>("valid");
    QTest::addColumn<int>("test");
    QTest::addColumn<int>("images");
    QTest::addColumn<int>("aliases");

    // The figures make-emoji.sh printed for the committed folders.
    QTest::newRow("emoji") << "emoji" << 5383 << 7 << 20646 << 1169 << 1169 << 3786 << 11086;
    QTest::newRow("emoji-zh") << "emoji-zh" << 5041 << 7 << 14540 << 694 << 694 << 3786 << 0;
}

void EmojiGraphTest::counts()
{
    QFETCH(QString, bundle);
    QFETCH(int, entities);
    QFETCH(int, relations);
    QFETCH(int, train);
    QFETCH(int, valid);
    QFETCH(int, test);
    QFETCH(int, images);
    QFETCH(int, aliases);
    const std::string folder = kDemo + "/" + bundle.toStdString();

    // The files, counted without Tessera's reader.
    QCOMPARE(dataLines(folder + "/entities.tsv"), std::size_t(entities));
    QCOMPARE(dataLines(folder + "/relations.tsv"), std::size_t(relations));
    QCOMPARE(dataLines(folder + "/train.tsv"), std::size_t(train));
    QCOMPARE(dataLines(folder + "/valid.tsv"), std::size_t(valid));
    QCOMPARE(dataLines(folder + "/test.tsv"), std::size_t(test));
    QCOMPARE(dataLines(folder + "/aliases.tsv"), std::size_t(aliases));
    const std::set<std::string> onDisk = pngFiles(folder);
    QCOMPARE(onDisk.size(), std::size_t(images));

    // What the reader makes of them.
    const auto graph = readBundle(folder);
    QVERIFY(graph);
    QCOMPARE(graph->entityCount(), std::size_t(entities));
    QCOMPARE(graph->relationCount(), std::size_t(relations));
    QCOMPARE(graph->triples(Split::Train).size(), std::size_t(train));
    QCOMPARE(graph->triples(Split::Valid).size(), std::size_t(valid));
    QCOMPARE(graph->triples(Split::Test).size(), std::size_t(test));
    QCOMPARE(graph->imageCount(), std::size_t(images));
    QCOMPARE(graph->entitiesWithoutImage(), std::size_t(entities - images));
    QCOMPARE(graph->entitiesWithoutText(), std::size_t(0));
    QVERIFY2(graph->warnings().empty(), graph->warnings().empty() ? "" : graph->warnings().front().c_str());
    std::size_t aliasCount = 0;
    for (const Entity& e : graph->entities())
        aliasCount += e.aliases.size();
    QCOMPARE(aliasCount, std::size_t(aliases));

    // Each PNG in the folder is the image of exactly one entity, and no entity names another file.
    std::multiset<std::string> referenced;
    for (const Entity& e : graph->entities()) {
        for (const std::string& path : e.imagePaths)
            referenced.insert(std::filesystem::canonical(path).string());
    }
    QCOMPARE(referenced.size(), onDisk.size());
    QVERIFY(std::set<std::string>(referenced.begin(), referenced.end()) == onDisk);
}

void EmojiGraphTest::imagesDecode_data()
{
    QTest::addColumn<QString>("bundle");
    QTest::addColumn<int>("side");
    QTest::newRow("emoji (Twemoji, as shipped)") << "emoji" << 64;
    QTest::newRow("emoji-zh (Noto, downscaled)") << "emoji-zh" << 32;
}

void EmojiGraphTest::imagesDecode()
{
    QFETCH(QString, bundle);
    QFETCH(int, side);
    const auto graph = readBundle(kDemo + "/" + bundle.toStdString());
    QVERIFY(graph);
    std::size_t decoded = 0;
    for (const Entity& e : graph->entities()) {
        for (const std::string& path : e.imagePaths) {
            const auto image = loadImage(path);
            if (const auto* problem = std::get_if<std::string>(&image))
                QFAIL(problem->c_str());
            const auto& ok = std::get<DecodedImage>(image);
            QVERIFY2(ok.originalWidth == side && ok.originalHeight == side, path.c_str());
            QCOMPARE(ok.bgra.type(), CV_8UC4);
            ++decoded;
        }
    }
    QCOMPARE(decoded, graph->imageCount());
}

void EmojiGraphTest::englishFacts()
{
    const auto graph = readBundle(kDemo + "/emoji");
    QVERIFY(graph);
    const auto thumbsUp = graph->findEntity("emoji/1F44D");
    QVERIFY(thumbsUp);
    const Entity& e = graph->entity(*thumbsUp);
    QCOMPARE(e.label, std::string("thumbs up"));
    QVERIFY((std::find(e.aliases.begin(), e.aliases.end(), Alias {"拇指向上", "zh-Hans"}) != e.aliases.end()));
    QVERIFY((std::find(e.aliases.begin(), e.aliases.end(), Alias {":thumbsup:", ""}) != e.aliases.end()));
    QCOMPARE(e.imagePaths.size(), std::size_t(1));
    QVERIFY(e.imagePaths.front().ends_with("images/twemoji/1f44d.png"));

    // emojibase: 👍🏻 is the light-skin-tone variant of 👍; 👨‍🍳 joins 👨 and 🍳.
    QVERIFY(hasTriple(*graph, "emoji/1F44D-1F3FB", "skin_tone_variant_of", "emoji/1F44D"));
    QVERIFY(hasTriple(*graph, "emoji/1F44D-1F3FB", "has_skin_tone", "skin-tone/light"));
    QVERIFY(hasTriple(*graph, "emoji/1F468", "component_of", "emoji/1F468-200D-1F373"));
    QVERIFY(hasTriple(*graph, "emoji/1F373", "component_of", "emoji/1F468-200D-1F373"));
    QVERIFY(hasTriple(*graph, "emoji/1F600", "in_group", "group/smileys-emotion"));
    QVERIFY(hasTriple(*graph, "subgroup/face-smiling", "subgroup_of", "group/smileys-emotion"));
    // Handshake with two tones has both.
    QVERIFY(hasTriple(*graph, "emoji/1FAF1-1F3FB-200D-1FAF2-1F3FC", "has_skin_tone", "skin-tone/light"));
    QVERIFY(hasTriple(*graph, "emoji/1FAF1-1F3FB-200D-1FAF2-1F3FC", "has_skin_tone", "skin-tone/medium-light"));
    // Hair-style components have no artwork in the sources.
    QVERIFY(!graph->entity(*graph->findEntity("emoji/1F9B0")).hasImage());

    // Held-out triples only name entities and relations that also occur in train.
    std::vector<bool> inTrain(graph->entityCount(), false);
    for (const Triple& t : graph->triples(Split::Train))
        inTrain[t.head] = inTrain[t.tail] = true;
    for (const Split split : {Split::Valid, Split::Test}) {
        for (const Triple& t : graph->triples(split)) {
            QVERIFY(inTrain[t.head] && inTrain[t.tail]);
            const std::string& relation = graph->relation(t.relation).key;
            QVERIFY(relation == "tagged" || relation == "in_subgroup");
        }
    }
}

void EmojiGraphTest::chineseFacts()
{
    const auto graph = readBundle(kDemo + "/emoji-zh");
    QVERIFY(graph);
    const auto thumbsUp = graph->findEntity("表情/拇指向上");
    QVERIFY(thumbsUp);
    QCOMPARE(graph->entity(*thumbsUp).label, std::string("拇指向上"));
    QVERIFY(graph->entity(*thumbsUp).imagePaths.front().ends_with("images/noto/1f44d.png"));
    QCOMPARE(graph->metadata().language, std::string("zh-Hans"));
}

void EmojiGraphTest::alignment()
{
    const std::string folder = kDemo + "/emoji-en-zh";
    Dataset dataset;
    try {
        dataset = AlignmentBundleReader::read(folder);
    } catch (const InputError& e) {
        QFAIL(e.what());
    }
    QVERIFY(dataset.isAlignment());
    // Every emoji, group, sub-group and skin tone: 3790 + 10 + 100 + 5; tags are not paired.
    QCOMPARE(dataLines(folder + "/pairs.tsv"), std::size_t(3905));
    QCOMPARE(dataset.alignment.size(), std::size_t(3905));
    std::size_t train = 0;
    for (const AlignedPair& pair : dataset.alignment)
        train += pair.train ? 1 : 0;
    QCOMPARE(train, std::size_t(1172));
    const KnowledgeGraph& en = *dataset.graphs[0];
    const KnowledgeGraph& zh = *dataset.graphs[1];
    bool found = false;
    for (const AlignedPair& pair : dataset.alignment)
        found = found || (en.entity(pair.source).key == "emoji/1F44D" && zh.entity(pair.target).key == "表情/拇指向上");
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(EmojiGraphTest)
#include "EmojiGraphTest.moc"
