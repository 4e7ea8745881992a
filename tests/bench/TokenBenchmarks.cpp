#include "TokenBenchmarks.h"

#include "io/BundleReader.h"
#include "text/WordPieceTokenizer.h"

#include <cstdio>

namespace tessera::bench {

namespace {

// The target: one million word pieces per second on one core.
constexpr double kPiecesPerSecondTarget = 1e6;
constexpr int kRepeats = 9;

}  // namespace

std::vector<Measurement> runTokenBenchmarks(const std::string& sourceDir)
{
    std::vector<Measurement> results;
    const auto vocabulary = WordPieceVocabulary::readFile(sourceDir + "/resources/vocab/bert-base-uncased.txt");
    const WordPieceTokenizer tokenizer(vocabulary);
    for (const char* name : {"emoji", "countries"}) {
        const auto graph = BundleReader::read(sourceDir + "/resources/demo/" + name);
        std::vector<std::string> texts;
        std::size_t bytes = 0;
        for (const Entity& entity : graph->entities()) {
            texts.push_back(entity.label + " " + entity.description);
            bytes += texts.back().size();
        }
        std::size_t pieces = 0;
        auto m = measure(std::string("word pieces, ") + name + " labels + descriptions", kRepeats, [&] {
            pieces = 0;
            for (const std::string& text : texts)
                pieces += tokenizer.tokenize(text).size();
        });
        const double perSecond = static_cast<double>(pieces) / (m.medianMs / 1000.0);
        char note[200];
        std::snprintf(note, sizeof note, "%zu texts, %zu bytes, %zu pieces: %.2f M pieces/s on one core", texts.size(),
            bytes, pieces, perSecond / 1e6);
        m.note = note;
        // The target as a time for this many pieces.
        m.targetMs = static_cast<double>(pieces) / kPiecesPerSecondTarget * 1000.0;
        results.push_back(m);
    }
    return results;
}

}  // namespace tessera::bench
