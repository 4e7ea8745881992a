#pragma once

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <vector>

namespace tessera {

// A visual tokenizer that needs no trained network, so that any graph with images gets visual
// tokens today: the image is composited onto white, resized to grid x grid patches (14 x 14, the
// patch grid BEiT reads from a 224-pixel image) and every patch becomes the id of its mean colour
// on a levels^3 RGB lattice (id = r * levels^2 + g * levels + b, each channel cut into `levels`
// equal bins). What the tokens say is "which colours cover the picture, and how much" — enough
// to tell the tricolours of Western Europe from the pan-African or Nordic-cross flags, blind to
// shape and texture. It is a stand-in for a learned visual codebook (BEiT-v2's VQ-KD), not a
// replacement: the codes are not comparable with BEiT ids.
struct ColourPatchOptions {
    int grid = 14;
    int levels = 4;
};

class ColourPatchTokenizer {
public:
    explicit ColourPatchTokenizer(ColourPatchOptions options = {});

    const ColourPatchOptions& options() const { return options_; }
    // Colour codes; the embedding table has one more row, the pad row.
    std::int64_t codeCount() const;

    // grid * grid ids in row-major patch order. bgra: 8-bit, 1, 3 or 4 channels (OpenCV order).
    // Throws std::invalid_argument for an empty or non-8-bit image.
    std::vector<std::int64_t> tokenize(const cv::Mat& bgra) const;

    // The frozen embedding table, [codeCount() + 1, width] row-major, width >= 3. Columns 0-2 hold
    // the code's centre colour in CIELAB (L/100, a/128, b/128), so that similar colours start
    // close; the other columns are fixed pseudo-random values (seeded, the same on every machine)
    // that keep codes of similar colour apart. The last row (the pad id) is zero.
    std::vector<float> embeddingTable(int width) const;

private:
    ColourPatchOptions options_;
};

}  // namespace tessera
