#include "tensors/TensorDType.h"

#include <array>
#include <stdexcept>

namespace tessera {

namespace {

struct DTypeEntry {
    TensorDType dtype;
    std::string_view name;
    std::size_t itemSize;
};

// One table so that the name, the size and the list in messages cannot disagree.
constexpr std::array<DTypeEntry, 10> kDTypes = {{
    {TensorDType::F64, "F64", 8},
    {TensorDType::F32, "F32", 4},
    {TensorDType::F16, "F16", 2},
    {TensorDType::BF16, "BF16", 2},
    {TensorDType::I64, "I64", 8},
    {TensorDType::I32, "I32", 4},
    {TensorDType::I16, "I16", 2},
    {TensorDType::I8, "I8", 1},
    {TensorDType::U8, "U8", 1},
    {TensorDType::Bool, "BOOL", 1},
}};

const DTypeEntry& entry(TensorDType dtype)
{
    for (const DTypeEntry& e : kDTypes) {
        if (e.dtype == dtype)
            return e;
    }
    // Only reachable through a value cast into the enum: a programming error, not bad input.
    throw std::logic_error("invalid TensorDType value");
}

}  // namespace

std::string_view dtypeName(TensorDType dtype)
{
    return entry(dtype).name;
}

std::optional<TensorDType> parseDType(std::string_view name)
{
    for (const DTypeEntry& e : kDTypes) {
        if (e.name == name)
            return e.dtype;
    }
    return std::nullopt;
}

std::size_t itemSize(TensorDType dtype)
{
    return entry(dtype).itemSize;
}

bool isFloatingPoint(TensorDType dtype)
{
    return dtype == TensorDType::F64 || dtype == TensorDType::F32 || dtype == TensorDType::F16
        || dtype == TensorDType::BF16;
}

std::string_view supportedDTypeNames()
{
    return "F64, F32, F16, BF16, I64, I32, I16, I8, U8, BOOL";
}

}  // namespace tessera
