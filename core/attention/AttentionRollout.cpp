#include "attention/AttentionRollout.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

namespace tessera {

namespace {

struct Shape {
    std::int64_t layers = 0;
    std::int64_t entities = 0;
    std::int64_t heads = 0;
    std::int64_t length = 0;
};

Shape checkedShape(const FloatArray& attention, std::int64_t entity)
{
    if (attention.shape.size() != 5)
        throw std::invalid_argument("entity attention must be [layers, n, heads, L, L], got "
            + std::to_string(attention.shape.size()) + " axes");
    const Shape s {attention.shape[0], attention.shape[1], attention.shape[2], attention.shape[3]};
    if (attention.shape[4] != s.length || s.layers < 1 || s.heads < 1 || s.length < 1)
        throw std::invalid_argument("entity attention must be [layers, n, heads, L, L] with L × L maps");
    if (static_cast<std::int64_t>(attention.values.size()) != s.layers * s.entities * s.heads * s.length * s.length)
        throw std::invalid_argument("entity attention holds fewer or more values than its shape says");
    if (entity < 0 || entity >= s.entities)
        throw std::invalid_argument(
            "entity " + std::to_string(entity) + " outside the attention's " + std::to_string(s.entities));
    return s;
}

const float* headStart(
    const FloatArray& attention, const Shape& s, std::int64_t entity, std::int64_t layer, std::int64_t head)
{
    const std::int64_t offset = (((layer * s.entities + entity) * s.heads + head) * s.length) * s.length;
    return attention.values.data() + offset;
}

std::vector<double> fused(
    const FloatArray& attention, const Shape& s, std::int64_t entity, std::int64_t layer, HeadFusion fusion)
{
    const auto cells = static_cast<std::size_t>(s.length * s.length);
    std::vector<double> out(cells, fusion == HeadFusion::Max ? -1.0 : 0.0);
    for (std::int64_t h = 0; h < s.heads; ++h) {
        const float* map = headStart(attention, s, entity, layer, h);
        for (std::size_t c = 0; c < cells; ++c)
            out[c] = fusion == HeadFusion::Max ? std::max(out[c], static_cast<double>(map[c])) : out[c] + map[c];
    }
    if (fusion == HeadFusion::Mean) {
        for (double& v : out)
            v /= static_cast<double>(s.heads);
    }
    return out;
}

FloatArray asArray(const std::vector<double>& values, std::int64_t length)
{
    FloatArray out;
    out.shape = {length, length};
    out.values.assign(values.begin(), values.end());
    return out;
}

}  // namespace

FloatArray attentionHead(const FloatArray& attention, std::int64_t entity, std::int64_t layer, std::int64_t head)
{
    const Shape s = checkedShape(attention, entity);
    if (layer < 0 || layer >= s.layers || head < 0 || head >= s.heads)
        throw std::invalid_argument("layer " + std::to_string(layer) + ", head " + std::to_string(head)
            + " outside the attention's " + std::to_string(s.layers) + " layers × " + std::to_string(s.heads)
            + " heads");
    const float* map = headStart(attention, s, entity, layer, head);
    FloatArray out;
    out.shape = {s.length, s.length};
    out.values.assign(map, map + s.length * s.length);
    return out;
}

FloatArray fusedHeads(const FloatArray& attention, std::int64_t entity, std::int64_t layer, HeadFusion fusion)
{
    const Shape s = checkedShape(attention, entity);
    if (layer < 0 || layer >= s.layers)
        throw std::invalid_argument(
            "layer " + std::to_string(layer) + " outside the attention's " + std::to_string(s.layers) + " layers");
    return asArray(fused(attention, s, entity, layer, fusion), s.length);
}

FloatArray attentionRollout(const FloatArray& attention, std::int64_t entity, HeadFusion fusion)
{
    const Shape s = checkedShape(attention, entity);
    const auto n = static_cast<std::size_t>(s.length);
    std::vector<double> rollout(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        rollout[i * n + i] = 1.0;
    std::vector<double> next(n * n);
    for (std::int64_t layer = 0; layer < s.layers; ++layer) {
        std::vector<double> a = fused(attention, s, entity, layer, fusion);
        for (std::size_t i = 0; i < n; ++i) {
            double sum = 0;
            for (std::size_t j = 0; j < n; ++j) {
                a[i * n + j] = 0.5 * a[i * n + j] + (i == j ? 0.5 : 0.0);
                sum += a[i * n + j];
            }
            for (std::size_t j = 0; j < n; ++j)
                a[i * n + j] /= sum;  // ≥ 0.5: the residual keeps every row non-zero
        }
        // R ← Â_layer · R: later layers act on what the earlier ones mixed.
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = 0; j < n; ++j) {
                double v = 0;
                for (std::size_t k = 0; k < n; ++k)
                    v += a[i * n + k] * rollout[k * n + j];
                next[i * n + j] = v;
            }
        }
        rollout.swap(next);
    }
    return asArray(rollout, s.length);
}

}  // namespace tessera
