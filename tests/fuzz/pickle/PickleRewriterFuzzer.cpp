// libFuzzer target: arbitrary bytes into rewriteOrderedDictsAsDicts. It must either throw
// std::invalid_argument or return a stream that is no longer than the input (every rewrite
// shortens) and that a second rewrite leaves unchanged (no OrderedDict construction is left).
// Anything else (another exception, a sanitizer report, a broken property) is a finding.

#include "tensors/PickleOrderedDictRewriter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::string once;
    try {
        once = tessera::rewriteOrderedDictsAsDicts(input);
    } catch (const std::invalid_argument&) {
        return 0;
    }
    if (once.size() > input.size()) {
        std::fprintf(stderr, "property broken: output longer than input\n");
        std::abort();
    }
    if (tessera::rewriteOrderedDictsAsDicts(once) != once) {
        std::fprintf(stderr, "property broken: a second rewrite changed the stream\n");
        std::abort();
    }
    return 0;
}
