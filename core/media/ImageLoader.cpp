#include "media/ImageLoader.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace tessera {

std::variant<DecodedImage, std::string> loadImage(const std::string& path, int maxSide)
{
    cv::Mat raw;
    try {
        raw = cv::imread(path, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception& e) {
        return path + ": cannot decode image (" + e.what() + ")";
    }
    if (raw.empty())
        return path + ": cannot decode image (missing, truncated or not an image)";
    if (raw.depth() != CV_8U) {
        cv::Mat converted;
        const double scale = raw.depth() == CV_16U ? 1.0 / 257.0 : 1.0;
        raw.convertTo(converted, CV_8U, scale);
        raw = converted;
    }
    DecodedImage image;
    image.originalWidth = raw.cols;
    image.originalHeight = raw.rows;
    switch (raw.channels()) {
    case 1:
        cv::cvtColor(raw, image.bgra, cv::COLOR_GRAY2BGRA);
        break;
    case 3:
        cv::cvtColor(raw, image.bgra, cv::COLOR_BGR2BGRA);
        break;
    case 4:
        image.bgra = raw;
        break;
    default:
        return path + ": unsupported image with " + std::to_string(raw.channels()) + " channels";
    }
    const int longer = std::max(raw.cols, raw.rows);
    if (maxSide > 0 && longer > maxSide) {
        const double factor = static_cast<double>(maxSide) / longer;
        cv::Mat small;
        cv::resize(image.bgra, small, cv::Size(), factor, factor, cv::INTER_AREA);
        image.bgra = small;
    }
    return image;
}

}  // namespace tessera
