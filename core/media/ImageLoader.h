#pragma once

#include <opencv2/core/mat.hpp>

#include <string>
#include <variant>

namespace tessera {

// Decodes an image with OpenCV into 8-bit BGRA (alpha kept for flags and icons), optionally
// shrunk so that its longer side is at most maxSide (0 = full size, never enlarged).
// Returns the image or a one-line problem naming the file ("FILE: cannot decode image").
struct DecodedImage {
    cv::Mat bgra;
    int originalWidth = 0;
    int originalHeight = 0;
};

std::variant<DecodedImage, std::string> loadImage(const std::string& path, int maxSide = 0);

}  // namespace tessera
