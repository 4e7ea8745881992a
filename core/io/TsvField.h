#pragma once

#include <string>
#include <string_view>

namespace tessera {

// Bundle TSV fields cannot hold tabs or line breaks; they are written as \t, \n, \r and \\.
std::string escapeTsvField(std::string_view text);
// Reverses escapeTsvField. An unknown escape (\x) is kept as written, so hand-edited files with
// Windows paths still read; returns false only for a lone trailing backslash.
bool unescapeTsvField(std::string_view field, std::string& out);

}  // namespace tessera
