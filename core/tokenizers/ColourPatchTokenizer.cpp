#include "tokenizers/ColourPatchTokenizer.h"

#include <opencv2/imgproc.hpp>

#include <array>
#include <cmath>
#include <random>
#include <stdexcept>

namespace tessera {

namespace {

// sRGB channel in [0, 1] to linear light.
double linear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// CIELAB (D65) of an sRGB colour with channels in [0, 1].
std::array<double, 3> lab(double r, double g, double b)
{
    const double lr = linear(r);
    const double lg = linear(g);
    const double lb = linear(b);
    const double x = (0.4124 * lr + 0.3576 * lg + 0.1805 * lb) / 0.95047;
    const double y = 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
    const double z = (0.0193 * lr + 0.1192 * lg + 0.9505 * lb) / 1.08883;
    const auto f = [](double t) { return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0; };
    return {116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))};
}

// A fixed seed: the table must be the same wherever the tokens are made.
constexpr std::uint64_t kTableSeed = 20240412;

}  // namespace

ColourPatchTokenizer::ColourPatchTokenizer(ColourPatchOptions options)
    : options_(options)
{
    if (options_.grid < 1 || options_.grid > 64)
        throw std::invalid_argument("colour patch grid must be 1..64, got " + std::to_string(options_.grid));
    if (options_.levels < 2 || options_.levels > 16)
        throw std::invalid_argument("colour levels must be 2..16, got " + std::to_string(options_.levels));
}

std::int64_t ColourPatchTokenizer::codeCount() const
{
    return static_cast<std::int64_t>(options_.levels) * options_.levels * options_.levels;
}

std::vector<std::int64_t> ColourPatchTokenizer::tokenize(const cv::Mat& bgra) const
{
    if (bgra.empty() || bgra.depth() != CV_8U)
        throw std::invalid_argument("colour patch tokenizer: expected a non-empty 8-bit image");
    cv::Mat bgr;
    if (bgra.channels() == 4) {
        // Transparent parts count as white, the page a flag or logo is shown on.
        cv::Mat colour;
        bgra.convertTo(colour, CV_32FC4, 1.0 / 255.0);
        std::vector<cv::Mat> planes;
        cv::split(colour, planes);
        for (int c = 0; c < 3; ++c)
            planes[static_cast<std::size_t>(c)]
                = planes[static_cast<std::size_t>(c)].mul(planes[3]) + (1.0F - planes[3]);
        planes.pop_back();
        cv::merge(planes, bgr);
    } else if (bgra.channels() == 3) {
        bgra.convertTo(bgr, CV_32FC3, 1.0 / 255.0);
    } else if (bgra.channels() == 1) {
        cv::Mat grey;
        bgra.convertTo(grey, CV_32F, 1.0 / 255.0);
        cv::cvtColor(grey, bgr, cv::COLOR_GRAY2BGR);
    } else {
        throw std::invalid_argument("colour patch tokenizer: expected 1, 3 or 4 channels");
    }
    // INTER_AREA averages every source pixel of a patch: the patch's mean colour.
    cv::Mat patches;
    cv::resize(bgr, patches, cv::Size(options_.grid, options_.grid), 0, 0, cv::INTER_AREA);
    const int levels = options_.levels;
    const auto bin
        = [levels](float value) { return std::min(levels - 1, static_cast<int>(value * static_cast<float>(levels))); };
    std::vector<std::int64_t> ids;
    ids.reserve(static_cast<std::size_t>(options_.grid * options_.grid));
    for (int y = 0; y < options_.grid; ++y) {
        for (int x = 0; x < options_.grid; ++x) {
            const cv::Vec3f p = patches.at<cv::Vec3f>(y, x);
            ids.push_back((bin(p[2]) * levels + bin(p[1])) * levels + bin(p[0]));
        }
    }
    return ids;
}

std::vector<float> ColourPatchTokenizer::embeddingTable(int width) const
{
    if (width < 3)
        throw std::invalid_argument("colour code table needs at least 3 columns, got " + std::to_string(width));
    const std::int64_t codes = codeCount();
    const auto columns = static_cast<std::size_t>(width);
    std::vector<float> table(static_cast<std::size_t>(codes + 1) * columns, 0.0F);
    std::mt19937_64 random(kTableSeed);
    std::normal_distribution<float> noise(0.0F, 1.0F / std::sqrt(static_cast<float>(width)));
    const int levels = options_.levels;
    for (std::int64_t code = 0; code < codes; ++code) {
        const auto centre = [levels](std::int64_t level) { return (static_cast<double>(level) + 0.5) / levels; };
        const auto [l, a, b]
            = lab(centre(code / (levels * levels)), centre(code / levels % levels), centre(code % levels));
        float* row = table.data() + static_cast<std::size_t>(code) * columns;
        row[0] = static_cast<float>(l / 100.0);
        row[1] = static_cast<float>(a / 128.0);
        row[2] = static_cast<float>(b / 128.0);
        for (std::size_t c = 3; c < columns; ++c)
            row[c] = noise(random);
    }
    return table;
}

}  // namespace tessera
