#pragma once

#include "tensors/TensorDType.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tessera {

// Collects tensors and metadata and writes them as one safetensors file, in a canonical layout so
// that the same content always gives the same bytes: the header JSON holds "__metadata__" first
// (when any metadata was set), then the tensors in byte-wise name order, each as
// {"dtype","shape","data_offsets"}; it is padded with spaces to a multiple of 8 bytes (so the data
// block is 8-aligned, as Python's writer does); the data follows in the same name order, packed,
// little-endian. That passes the strictest reader checks (the reference Rust reader behind
// Python's safetensors also wants the data block contiguous and fully covered); numpy
// (../shared/tools/safetensors-diff) and SafetensorsFile read it.
//
// The writer copies the values it is given (callers may free theirs at once). Misuse is a bug in
// the caller, not bad input, so it throws std::invalid_argument, at the add: a name added twice,
// "__metadata__" or a non-UTF-8 string as a name, a negative size, more than
// SafetensorsFile::kMaxRank dimensions, or a value count / byte count that does not match the shape.
class SafetensorsWriter {
public:
    // Sets (or replaces) one "__metadata__" entry, e.g. {"format", "pt"}. Keys and values: UTF-8.
    void setMetadata(std::string key, std::string value);

    // Values already in their little-endian byte form; bytes.size() must equal
    // product(shape) * itemSize(dtype).
    void addRaw(std::string name, TensorDType dtype, std::vector<std::int64_t> shape, std::span<const std::byte> bytes);

    // Typed values in row-major order; the dtype follows from the element type (double: F64,
    // float: F32, int64_t: I64, ..., uint8_t: U8, bool: BOOL). values.size() must equal product(shape).
    void add(std::string name, std::vector<std::int64_t> shape, std::span<const double> values);
    void add(std::string name, std::vector<std::int64_t> shape, std::span<const float> values);
    void add(std::string name, std::vector<std::int64_t> shape, std::span<const std::int64_t> values);
    void add(std::string name, std::vector<std::int64_t> shape, std::span<const std::int32_t> values);
    void add(std::string name, std::vector<std::int64_t> shape, std::span<const std::int16_t> values);
    void add(std::string name, std::vector<std::int64_t> shape, std::span<const std::int8_t> values);
    void add(std::string name, std::vector<std::int64_t> shape, std::span<const std::uint8_t> values);
    void add(std::string name, std::vector<std::int64_t> shape, std::span<const bool> values);

    // Stores float values as `dtype`, which must be floating-point: F16 and BF16 round to nearest
    // even (HalfFloat.h), F64 widens exactly, F32 stores as-is.
    void addConverted(
        std::string name, TensorDType dtype, std::vector<std::int64_t> shape, std::span<const float> values);

    bool contains(std::string_view name) const { return tensors_.find(name) != tensors_.end(); }
    std::size_t tensorCount() const { return tensors_.size(); }

    // The complete file contents.
    std::string serialize() const;
    // Writes serialize() to `path` atomically (io/AtomicFileWriter.h); InputError naming the path
    // when it cannot be written.
    void write(const std::string& path) const;

private:
    struct Entry {
        TensorDType dtype;
        std::vector<std::int64_t> shape;
        std::string bytes;
    };

    // Checks the name and shape and returns the element count.
    std::uint64_t checkNewTensor(
        const std::string& name, TensorDType dtype, const std::vector<std::int64_t>& shape) const;
    // Adds an already checked tensor.
    void store(std::string name, TensorDType dtype, std::vector<std::int64_t> shape, std::span<const std::byte> bytes);
    template <typename T>
    void addTyped(std::string name, TensorDType dtype, std::vector<std::int64_t> shape, std::span<const T> values);

    std::map<std::string, Entry, std::less<>> tensors_;
    std::map<std::string, std::string> metadata_;
};

}  // namespace tessera
