#include "media/ImageProbe.h"

#include <opencv2/imgcodecs.hpp>

#include <filesystem>

namespace tessera {

std::optional<std::string> probeImageFile(const std::string& path)
{
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status))
        return std::string("image not found");
    if (!std::filesystem::is_regular_file(status))
        return std::string("image path is not a file");
    if (std::filesystem::file_size(path, error) == 0 || error)
        return std::string("image file is empty");
    // haveImageReader reads only the signature bytes, so the probe stays cheap at load time.
    if (!cv::haveImageReader(path))
        return std::string("not an image format OpenCV can decode");
    return std::nullopt;
}

}  // namespace tessera
