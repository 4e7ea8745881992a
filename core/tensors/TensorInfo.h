#pragma once

#include "tensors/TensorDType.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace tessera {

// Where one tensor of a safetensors file lives and what it holds, after the reader has checked
// that it is consistent (see SafetensorsFile).
struct TensorInfo {
    TensorDType dtype = TensorDType::F32;
    // Sizes in row-major (C) order, each >= 0; empty for a scalar, which holds one element.
    std::vector<std::int64_t> shape;
    // [dataBegin, dataEnd) in bytes from the start of the data block (after the header), exactly
    // as the header's data_offsets give them.
    std::uint64_t dataBegin = 0;
    std::uint64_t dataEnd = 0;
    // The raw little-endian values, dataEnd - dataBegin bytes, not necessarily aligned for the
    // element type (read them with memcpy). Points into the buffer of the SafetensorsFile it came
    // from and stays valid as long as that object or any copy of it lives.
    std::span<const std::byte> bytes;

    // Product of the shape (1 for a scalar); the reader guarantees it does not overflow.
    std::uint64_t elementCount() const;
};

// "[40,1,64]"; "[]" for a scalar. With `negativeAsWildcard`, negative sizes (the "any size" of
// SafetensorsFile::requireTensor) print as "*".
std::string formatShape(std::span<const std::int64_t> shape, bool negativeAsWildcard = false);

}  // namespace tessera
