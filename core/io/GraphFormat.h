#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tessera {

// The graph formats Tessera reads (core/io/FORMATS.md documents each).
enum class GraphFormat { Bundle, AlignmentBundle, MyGO, Alignment, LabelledTriples };

std::string_view formatName(GraphFormat format);
std::optional<GraphFormat> formatFromName(std::string_view name);
std::vector<std::string_view> formatNames();

// Looks at a file or folder and says which reader fits. Throws InputError naming the path
// when nothing fits (listing what it looked for) or the path does not exist.
GraphFormat detectGraphFormat(const std::string& path);

}  // namespace tessera
