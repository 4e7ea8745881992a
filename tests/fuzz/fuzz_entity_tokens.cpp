// Fuzzes the per-entity token file reader ({"entity key": [ids]}) against a fixed 3-entity graph
// and a codebook of 8 codes. Input: the token file.

#include "FuzzSupport.h"

#include "graph/KnowledgeGraphBuilder.h"
#include "io/EntityTokenFileReader.h"

using namespace tessera;

namespace {

std::shared_ptr<const KnowledgeGraph> fixedGraph()
{
    static const auto graph = [] {
        KnowledgeGraphBuilder builder;
        for (const char* key : {"a", "b", "c"}) {
            Entity e;
            e.key = key;
            builder.addEntity(std::move(e));
        }
        Relation r;
        r.key = "r";
        builder.addRelation(std::move(r));
        builder.addTriple(Split::Train, Triple {0, 0, 1});
        return builder.build();
    }();
    return graph;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    constexpr std::int64_t kCodes = 8;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const EntityTokens tokens = parseEntityTokens(text, "tokens.json", *fixedGraph(), kCodes, "the table");
        if (tokens.tokens.size() != 3 || tokens.entries > 3)
            fuzz::finding("token file read into the wrong number of entities");
        for (const auto& ids : tokens.tokens) {
            for (const std::int64_t id : ids) {
                if (id < 0 || id >= kCodes)
                    fuzz::finding("token id outside the codebook accepted");
            }
        }
    } catch (const InputError& e) {
        fuzz::checkInputError(e);
    }
    return 0;
}
