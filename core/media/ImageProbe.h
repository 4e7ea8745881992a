#pragma once

#include <optional>
#include <string>

namespace tessera {

// Cheap load-time check of an image file: it exists, is not empty and starts with the
// signature of a format OpenCV decodes. Returns the problem, or nullopt when it looks fine.
// A file that passes can still fail to decode (truncated data); ImageLoader reports that.
std::optional<std::string> probeImageFile(const std::string& path);

}  // namespace tessera
