#include "inference/EntityAttentionReader.h"

#include "inference/MygoModel.h"

namespace tessera {

EntityAttentionMaps readEntityAttention(MygoModel& model, EntityId entity)
{
    EntityAttentionMaps m;
    m.entity = entity;
    const MygoConfig& c = model.config();
    m.layout = {c.visualTokens, c.textTokens};
    const EntityId one[] = {entity};
    for (int input = 0; input < kAttentionInputs; ++input) {
        ModalityAblation ablation;
        ablation.maskVisual = input == static_cast<int>(AttentionInput::NoImage);
        ablation.maskText = input == static_cast<int>(AttentionInput::NoText);
        const EntityTokenSlots slots = model.entityTokenSlots(entity, ablation);
        m.attention[static_cast<std::size_t>(input)] = model.entityAttention(one, ablation);
        // [CLS] and the structure token are never masked.
        std::vector<std::uint8_t> masked {0, 0};
        masked.insert(masked.end(), slots.visualPadded.begin(), slots.visualPadded.end());
        masked.insert(masked.end(), slots.textPadded.begin(), slots.textPadded.end());
        m.maskedKeys[static_cast<std::size_t>(input)] = std::move(masked);
        if (input == 0) {
            m.visualIds = slots.visual;
            m.textIds = slots.text;
        }
    }
    return m;
}

}  // namespace tessera
