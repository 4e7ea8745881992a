#pragma once

#include <string>
#include <string_view>

namespace tessera {

// A readable label from an identifier such as "http://dbpedia.org/resource/Kim_Dae-jung" or
// "Gilles_Mbang_Ondo": the last path segment, percent-decoded (kept raw when the decoded bytes
// would not be UTF-8), underscores read as spaces.
std::string labelFromIdentifier(std::string_view identifier);

}  // namespace tessera
