#include "attention/EntityTokenLayout.h"

#include <stdexcept>
#include <string>

namespace tessera {

ClsAttentionShares ClsAttentionShares::modalitiesOnly() const
{
    const double others = structure + visual + text;
    if (others <= 0)
        return {};
    return {0.0, structure / others, visual / others, text / others};
}

ClsAttentionShares clsAttentionShares(const FloatArray& map, const EntityTokenLayout& layout)
{
    const std::int64_t l = layout.length();
    if (map.shape.size() != 2 || map.shape[0] != l || map.shape[1] != l
        || static_cast<std::int64_t>(map.values.size()) != l * l)
        throw std::invalid_argument("an attention map of " + std::to_string(l) + " × " + std::to_string(l)
            + " tokens was expected (CLS, structure, " + std::to_string(layout.visual) + " visual, "
            + std::to_string(layout.text) + " text)");
    ClsAttentionShares out;
    const auto row = [&map](std::int64_t column) { return static_cast<double>(map.at(0, column)); };
    out.self = row(EntityTokenLayout::cls());
    out.structure = row(EntityTokenLayout::structure());
    for (std::int64_t j = 0; j < layout.visual; ++j)
        out.visual += row(layout.firstVisual() + j);
    for (std::int64_t j = 0; j < layout.text; ++j)
        out.text += row(layout.firstText() + j);
    return out;
}

}  // namespace tessera
