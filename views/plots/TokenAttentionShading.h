#pragma once

#include <QString>

#include <cstdint>
#include <map>

namespace tessera {

// What the Tokens view shades an entity's images and text by: the attention [CLS] gives each of
// the model's kept visual and text tokens (one row of an attention map, keyed by the token's
// table id), and what map it came from, for the legend.
struct TokenAttentionShading {
    std::map<std::int64_t, double> visual;
    std::map<std::int64_t, double> text;
    QString source;  // "Layer 1, head 2 — full input"

    bool operator==(const TokenAttentionShading&) const = default;

    // The largest weight of either modality: image and text are drawn on one scale.
    double top() const
    {
        double out = 0;
        for (const auto& [id, w] : visual)
            out = w > out ? w : out;
        for (const auto& [id, w] : text)
            out = w > out ? w : out;
        return out;
    }
};

}  // namespace tessera
