#pragma once

#include <cstdint>

namespace tessera {

// A read-only view of a dense row-major similarity block (rows = queries of one graph, columns =
// candidates of the other), larger is more similar. The owner keeps the values alive.
struct SimilarityMatrix {
    const float* values = nullptr;
    std::int64_t rows = 0;
    std::int64_t columns = 0;

    float at(std::int64_t row, std::int64_t column) const { return values[row * columns + column]; }
    const float* row(std::int64_t row) const { return values + row * columns; }
};

}  // namespace tessera
