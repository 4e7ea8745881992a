// Search-as-you-type ranking and folding over a hand-made name list.

#include "graph/NameIndex.h"
#include "graph/Entity.h"

#include <QTest>

using namespace tessera;

namespace {

std::vector<Entity> sampleEntities()
{
    std::vector<Entity> entities(8);
    entities[0].key = "FRA";
    entities[0].label = "France";
    entities[0].aliases = {{"法国", "zh-Hans"}, {"French Republic", "en"}};
    entities[1].key = "CIV";
    entities[1].label = "Côte d'Ivoire";
    entities[1].aliases = {{"Ivory Coast", "en"}};
    entities[2].key = "city/FRA/Paris";
    entities[2].label = "Paris";
    entities[3].key = "language/fra";
    entities[3].label = "French";
    entities[4].key = "region/Europe";
    entities[4].label = "Europe";
    entities[5].key = "CHN";
    entities[5].label = "China";
    entities[5].aliases = {{"中华人民共和国", "zh-Hans"}, {"中国", "zh-Hans"}};
    entities[6].key = "subregion/Southern Europe";
    entities[6].label = "Southern Europe";
    entities[7].key = "X1";
    entities[7].label = "Franceville";
    return entities;
}

std::vector<EntityId> ids(const NameIndex::Result& result)
{
    std::vector<EntityId> out;
    for (const auto& hit : result.hits)
        out.push_back(hit.entity);
    return out;
}

}  // namespace

class NameIndexTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exactBeforePrefixBeforeWordBeforeSubstring();
    void accentAndCaseInsensitive();
    void aliasesAndKeysMatch();
    void cjkSubstringAndWordStart();
    void limitKeepsBestAndCountsAll();
    void emptyQueryMatchesNothing();
};

void NameIndexTest::exactBeforePrefixBeforeWordBeforeSubstring()
{
    const NameIndex index(sampleEntities());
    // "france": exact label of 0, prefix of 7 (Franceville).
    const auto france = index.search("france", 10);
    QCOMPARE(ids(france), (std::vector<EntityId> {0, 7}));
    QCOMPARE(france.hits[0].kind, NameIndex::MatchKind::Exact);
    QCOMPARE(france.hits[1].kind, NameIndex::MatchKind::Prefix);

    // "europe": exact 4, word prefix in "Southern Europe" (6).
    const auto europe = index.search("EUROPE", 10);
    QCOMPARE(ids(europe), (std::vector<EntityId> {4, 6}));
    QCOMPARE(europe.hits[1].kind, NameIndex::MatchKind::WordPrefix);

    // "ran": a substring of France and Franceville only (not of French).
    const auto ran = index.search("ran", 10);
    QCOMPARE(ran.totalMatches, std::size_t {2});
    for (const auto& hit : ran.hits)
        QCOMPARE(hit.kind, NameIndex::MatchKind::Substring);
    // Equal kind and field: the shorter name first (France 6, Franceville 11).
    QCOMPARE(ids(ran), (std::vector<EntityId> {0, 7}));
}

void NameIndexTest::accentAndCaseInsensitive()
{
    const NameIndex index(sampleEntities());
    const auto cote = index.search("COTE D", 10);
    QCOMPARE(ids(cote), (std::vector<EntityId> {1}));
    QCOMPARE(cote.hits[0].kind, NameIndex::MatchKind::Prefix);
    QCOMPARE(ids(index.search("côte", 10)), (std::vector<EntityId> {1}));
}

void NameIndexTest::aliasesAndKeysMatch()
{
    const NameIndex index(sampleEntities());
    const auto ivory = index.search("ivory", 10);
    QCOMPARE(ids(ivory), (std::vector<EntityId> {1}));
    QCOMPARE(ivory.hits[0].field, NameIndex::Field::Alias);
    QCOMPARE(ivory.hits[0].aliasIndex, 0U);
    const auto key = index.search("chn", 10);
    QCOMPARE(ids(key), (std::vector<EntityId> {5}));
    QCOMPARE(key.hits[0].field, NameIndex::Field::Key);
    // A label match outranks an alias match of the same kind.
    const auto fr = index.search("french", 10);
    QCOMPARE(ids(fr), (std::vector<EntityId> {3, 0}));
    QCOMPARE(fr.hits[1].field, NameIndex::Field::Alias);
}

void NameIndexTest::cjkSubstringAndWordStart()
{
    const NameIndex index(sampleEntities());
    // 国 occurs inside 法国, 中华人民共和国 and 中国; every CJK character starts a word.
    const auto guo = index.search("国", 10);
    QCOMPARE(guo.totalMatches, std::size_t {2});
    QCOMPARE(ids(guo), (std::vector<EntityId> {0, 5}));
    for (const auto& hit : guo.hits)
        QCOMPARE(hit.kind, NameIndex::MatchKind::WordPrefix);
    const auto zhongguo = index.search("中国", 10);
    QCOMPARE(ids(zhongguo), (std::vector<EntityId> {5}));
    QCOMPARE(zhongguo.hits[0].kind, NameIndex::MatchKind::Exact);
}

void NameIndexTest::limitKeepsBestAndCountsAll()
{
    const NameIndex index(sampleEntities());
    const auto e = index.search("e", 2);
    QCOMPARE(e.hits.size(), std::size_t {2});
    // Paris ("paris", "city/fra/paris") and China ("china", CJK aliases, "chn") have no 'e'.
    QCOMPARE(e.totalMatches, std::size_t {6});
    // Best two: the only prefix match (Europe), then the only word-prefix match (Southern Europe).
    QCOMPARE(e.hits[0].entity, EntityId {4});
    QCOMPARE(e.hits[0].kind, NameIndex::MatchKind::Prefix);
    QCOMPARE(e.hits[1].entity, EntityId {6});
    QCOMPARE(e.hits[1].kind, NameIndex::MatchKind::WordPrefix);
}

void NameIndexTest::emptyQueryMatchesNothing()
{
    const NameIndex index(sampleEntities());
    QCOMPARE(index.search("", 10).totalMatches, std::size_t {0});
    QCOMPARE(index.search("   ", 10).totalMatches, std::size_t {0});
    QCOMPARE(index.search("zzz", 10).totalMatches, std::size_t {0});
}

QTEST_APPLESS_MAIN(NameIndexTest)
#include "NameIndexTest.moc"
