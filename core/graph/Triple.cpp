#include "graph/Triple.h"

namespace tessera {

std::optional<Split> splitFromName(std::string_view name)
{
    for (const Split split : kAllSplits) {
        if (splitName(split) == name)
            return split;
    }
    return std::nullopt;
}

}  // namespace tessera
