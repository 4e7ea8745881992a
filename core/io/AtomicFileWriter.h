#pragma once

#include <string>
#include <string_view>

namespace tessera {

// Writes a file so that readers see either the old file or the complete new one, never a
// half-written one: the data goes to a temporary sibling, is flushed, then renamed over the
// target. Throws InputError naming the path on failure (and removes the temporary).
void writeFileAtomically(const std::string& path, std::string_view contents);

}  // namespace tessera
