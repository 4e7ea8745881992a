#pragma once

#include "tensors/TensorDType.h"
#include "tensors/TensorInfo.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tessera {

// A safetensors file (8-byte little-endian header length, JSON header, raw data block), read
// whole and validated before anything is handed out. It is how Tessera loads weights, inputs and
// reference outputs: plain data, so loading a model can never run code (DESIGN.md).
//
// Validation, each failure an InputError "FILE: problem" naming the tensor where one is at fault:
// the file holds at least the 8-byte length; the header length fits the file and is at most
// kMaxHeaderBytes; the header is UTF-8 JSON without raw NUL bytes, an object without duplicate
// keys, nested at most kMaxJsonDepth deep; "__metadata__", if present, maps strings to strings;
// every other key is a tensor whose entry has a known `dtype`, a `shape` of at most kMaxRank
// non-negative integers whose product times the item size fits in 64 bits, and `data_offsets`
// [begin, end] with begin <= end <= data size and end - begin == that byte count; no two tensors
// share a byte.
// Accepted on purpose, because real writers produce them: tensors in any order in the header and
// in the data, gaps and trailing bytes in the data block, any header padding, unknown extra keys
// in a tensor entry (the reference Rust reader ignores them too).
//
// The file is read into memory rather than mapped: Python's safetensors rewrites files in place,
// and a mapping truncated under us would kill the process (SIGBUS) instead of raising an error.
// Copies are cheap: they share the immutable buffer, which lives as long as any copy. Nothing
// changes after construction, so const calls from several threads at once are safe.
class SafetensorsFile {
public:
    // A header this long is no header: the reference implementation refuses more too (its
    // MAX_HEADER_SIZE), and real checkpoints have headers of a few kilobytes.
    static constexpr std::uint64_t kMaxHeaderBytes = 100'000'000;
    // Files past this are refused before reading: these machines have 24 GB, and converting a
    // tensor needs memory beside the file.
    static constexpr std::uint64_t kMaxFileBytes = 8ULL << 30U;
    // numpy's limit on dimensions (NPY_MAXDIMS in numpy 2); no model tensor comes close.
    static constexpr std::size_t kMaxRank = 64;
    // A safetensors header nests three levels (root, entry, shape list); far deeper JSON is an
    // attack on the parser's memory, not a header.
    static constexpr int kMaxJsonDepth = 16;

    // Reads and validates the file at `path` (which names it in every message).
    static SafetensorsFile open(const std::string& path);
    // For tests and fuzzers: validates bytes already in memory; `path` names them in messages.
    SafetensorsFile(std::string path, std::string contents);

    const std::string& path() const { return path_; }
    // Tensor names in byte-wise ascending order (not the file's order).
    const std::vector<std::string>& names() const { return names_; }
    bool contains(std::string_view name) const;
    // Throws InputError "missing tensor 'NAME'" when absent.
    const TensorInfo& info(std::string_view name) const;
    // The "__metadata__" map (empty when the file has none).
    const std::map<std::string, std::string, std::less<>>& metadata() const { return metadata_; }

    // Checks that the tensor exists, has this dtype and shape, and returns it. A negative size in
    // `expectedShape` accepts any size in that dimension (the rank must still match). Messages:
    // "missing tensor 'x'", "tensor 'x': expected F32, found I64",
    // "tensor 'x': expected shape [64,64,64], found [64,64]".
    const TensorInfo& requireTensor(
        std::string_view name, TensorDType dtype, const std::vector<std::int64_t>& expectedShape) const;
    // The same without the dtype check, for callers that convert whatever is stored.
    const TensorInfo& requireShape(std::string_view name, const std::vector<std::int64_t>& expectedShape) const;

    // All elements in row-major order as float, from any dtype: F16/BF16 exactly, F64 rounded to
    // nearest (out-of-range values become infinities), integers rounded to nearest (exact up to
    // 2^24), BOOL as 0 or 1.
    std::vector<float> toFloat32(std::string_view name) const;
    // All elements as int64 from an integer dtype (I64, I32, I16, I8, U8, BOOL as 0 or 1); a
    // floating-point tensor is an InputError (its values are not ids or counts).
    std::vector<std::int64_t> toInt64(std::string_view name) const;

private:
    SafetensorsFile(std::string path, std::shared_ptr<const std::string> contents);
    void parse();
    [[noreturn]] void fail(const std::string& problem) const;

    std::string path_;
    std::shared_ptr<const std::string> contents_;
    std::map<std::string, TensorInfo, std::less<>> tensors_;
    std::vector<std::string> names_;
    std::map<std::string, std::string, std::less<>> metadata_;
};

}  // namespace tessera
