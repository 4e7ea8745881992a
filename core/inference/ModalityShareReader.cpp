#include "inference/ModalityShareReader.h"

#include "attention/AttentionRollout.h"
#include "inference/MygoModel.h"

#include <algorithm>
#include <numeric>

namespace tessera {

namespace {

// Entities per encoder call: [layers, batch, heads, L, L] floats are held at once, a few MB.
constexpr std::int64_t kSharesBatch = 512;

}  // namespace

ModalityShareTable readModalityShares(MygoModel& model, const ShareProgress& keepGoing)
{
    const MygoConfig& c = model.config();
    ModalityShareTable table;
    table.layout = {c.visualTokens, c.textTokens};
    const std::int64_t n = c.numEntities;
    table.lastLayer.reserve(static_cast<std::size_t>(n));
    table.rollout.reserve(static_cast<std::size_t>(n));
    std::vector<EntityId> batch;
    for (std::int64_t first = 0; first < n; first += kSharesBatch) {
        const std::int64_t count = std::min(kSharesBatch, n - first);
        batch.resize(static_cast<std::size_t>(count));
        std::iota(batch.begin(), batch.end(), static_cast<EntityId>(first));
        const FloatArray attention = model.entityAttention(batch);
        const std::int64_t lastLayer = attention.dim(0) - 1;
        for (std::int64_t i = 0; i < count; ++i) {
            table.lastLayer.push_back(
                clsAttentionShares(fusedHeads(attention, i, lastLayer, HeadFusion::Mean), table.layout));
            table.rollout.push_back(clsAttentionShares(attentionRollout(attention, i, HeadFusion::Mean), table.layout));
            const EntityTokenSlots slots = model.entityTokenSlots(batch[static_cast<std::size_t>(i)]);
            const auto any = [](const std::vector<std::uint8_t>& padded) {
                return static_cast<std::uint8_t>(
                    std::any_of(padded.begin(), padded.end(), [](std::uint8_t p) { return p == 0; }));
            };
            table.hasVisual.push_back(any(slots.visualPadded));
            table.hasText.push_back(any(slots.textPadded));
        }
        if (keepGoing && !keepGoing(first + count, n))
            return {};
    }
    return table;
}

}  // namespace tessera
