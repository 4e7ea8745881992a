// rewriteOrderedDictsAsDicts on hand-assembled pickle streams: the opcodes PyTorch's torch.save
// writes for a state dict (protocol 2, explicit memo puts) and protocol 4's implicit MEMOIZE.

#include "tensors/PickleOrderedDictRewriter.h"

#include <QTest>

#include <stdexcept>
#include <string>

using namespace tessera;
using namespace std::string_literals;

namespace {

const std::string kOrderedDictGlobal = "ccollections\nOrderedDict\n"s;

}  // namespace

class PickleOrderedDictRewriterTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void protocolTwoStateDictBecomesDicts();
    void implicitMemoKeepsItsNumbering();
    void theWordsInsideDataAreLeftAlone();
    void otherFormsAndBadStreamsAreRefused();
};

void PickleOrderedDictRewriterTest::protocolTwoStateDictBecomesDicts()
{
    // OrderedDict() memoized as 0, the instance as 1, one item 'a': 7, then a second OrderedDict()
    // through a memo get of the class (as every tensor's backward hooks are written).
    const std::string in = "\x80\x02"s + kOrderedDictGlobal
        + "q\x00)Rq\x01X\x01\x00\x00\x00"
          "aK\x07sh\x00)Rq\x02."s;
    const std::string expected = "\x80\x02}q\x00q\x01X\x01\x00\x00\x00"
                                 "aK\x07s}q\x02."s;
    QCOMPARE(rewriteOrderedDictsAsDicts(in), expected);
}

void PickleOrderedDictRewriterTest::implicitMemoKeepsItsNumbering()
{
    // Protocol 4: the class is memo 0 and the instance memo 1, implicitly. A get of 0 builds a new
    // dict; a get of 1 is the first instance again and stays a get.
    const std::string in = "\x80\x04"s + kOrderedDictGlobal + "\x94)R\x94h\x00)Rh\x01."s;
    const std::string expected = "\x80\x04}\x94\x94}h\x01."s;
    QCOMPARE(rewriteOrderedDictsAsDicts(in), expected);
}

void PickleOrderedDictRewriterTest::theWordsInsideDataAreLeftAlone()
{
    const std::string in = "\x80\x02X\x18\x00\x00\x00"s + "collections\nOrderedDict\n"s + "."s;
    QCOMPARE(rewriteOrderedDictsAsDicts(in), in);
    const std::string noDicts = "\x80\x02]q\x00(K\x01M\x00\x01J\x00\x00\x00\x01"
                                "e."s;
    QCOMPARE(rewriteOrderedDictsAsDicts(noDicts), noDicts);
}

void PickleOrderedDictRewriterTest::otherFormsAndBadStreamsAreRefused()
{
    // OrderedDict([...]): built with an argument list.
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument, rewriteOrderedDictsAsDicts("\x80\x02"s + kOrderedDictGlobal + "](K\x01K\x02\x86aR."s));
    try {
        rewriteOrderedDictsAsDicts("\x80\x02\xff."s);
        QFAIL("an unknown opcode was accepted");
    } catch (const std::invalid_argument& e) {
        QVERIFY2(std::string(e.what()).find("pickle byte 2: unknown opcode 0xff") != std::string::npos, e.what());
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
        rewriteOrderedDictsAsDicts("X\x05\x00\x00\x00"
                                   "ab"s));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rewriteOrderedDictsAsDicts("ccollections\nOrderedDict"s));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rewriteOrderedDictsAsDicts("J\x01\x00"s));
}

QTEST_APPLESS_MAIN(PickleOrderedDictRewriterTest)
#include "PickleOrderedDictRewriterTest.moc"
