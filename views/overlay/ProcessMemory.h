#pragma once

#include <cstdint>

namespace tessera {

// The process's resident set in bytes (Linux: /proc/self/statm), 0 where it cannot be read.
std::int64_t residentMemoryBytes();

}  // namespace tessera
