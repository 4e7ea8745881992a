#pragma once

#include <cstdint>
#include <vector>

namespace tessera {

// A dense row-major float array with its shape: how tensors cross from core's torch part to
// code that must not include torch (views, command line, tests).
struct FloatArray {
    std::vector<std::int64_t> shape;
    std::vector<float> values;

    std::int64_t dim(std::size_t axis) const { return axis < shape.size() ? shape[axis] : 1; }
    std::size_t size() const { return values.size(); }
    // Element (i, j) of a 2-D array.
    float at(std::int64_t row, std::int64_t column) const
    {
        return values[static_cast<std::size_t>(row * shape.back() + column)];
    }
};

}  // namespace tessera
