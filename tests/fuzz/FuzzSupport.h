#pragma once

// Shared plumbing of the reader fuzzers: a private temporary folder per process, splitting one
// fuzz input into several files, and the checks every target applies to what a reader returns
// or throws. Anything that is not a tessera::InputError (a crash, another exception, a
// sanitizer report, a failed check here) is a finding.

#include "graph/Dataset.h"
#include "graph/KnowledgeGraph.h"
#include "io/InputError.h"
#include "io/ReadOptions.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::fuzz {

// The per-process scratch folder (on /dev/shm when present, so the writer's fsync is free),
// emptied by resetScratch() before each input and removed at exit.
const std::filesystem::path& scratch();
void resetScratch();

// Splits the input at NUL bytes (which no table may contain anyway): part i becomes file i.
// At most `maxParts` parts; the last one keeps any further NULs (and so tests the NUL check).
std::vector<std::string_view> splitParts(const std::uint8_t* data, std::size_t size, std::size_t maxParts);

void writeFile(const std::filesystem::path& path, std::string_view bytes);

// Readers as the fuzzers call them: no image probing.
ReadOptions fuzzOptions();

// The InputError contract (FORMATS.md): one line of UTF-8, "FILE:LINE: problem" or
// "FILE: problem". Aborts when broken.
void checkInputError(const InputError& error);

// Import round trip: writes `dataset` with BundleWriter into the scratch folder, reads it back
// and aborts unless every entity, alias, relation, triple and pair came back unchanged. A
// writer InputError (an image that cannot be copied) ends the check quietly.
void checkRoundTrip(const Dataset& dataset);
void checkRoundTrip(const std::shared_ptr<const KnowledgeGraph>& graph);

// Prints `what` and aborts: how a fuzzer reports a broken property.
[[noreturn]] void finding(const std::string& what);

}  // namespace tessera::fuzz
