#include "tensors/TensorInfo.h"

namespace tessera {

std::uint64_t TensorInfo::elementCount() const
{
    std::uint64_t count = 1;
    for (const std::int64_t size : shape)
        count *= static_cast<std::uint64_t>(size);
    return count;
}

std::string formatShape(std::span<const std::int64_t> shape, bool negativeAsWildcard)
{
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i > 0)
            text += ',';
        text += negativeAsWildcard && shape[i] < 0 ? std::string("*") : std::to_string(shape[i]);
    }
    text += ']';
    return text;
}

}  // namespace tessera
