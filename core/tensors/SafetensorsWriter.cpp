#include "tensors/SafetensorsWriter.h"

#include "io/AtomicFileWriter.h"
#include "tensors/HalfFloat.h"
#include "tensors/SafetensorsFile.h"
#include "tensors/TensorInfo.h"
#include "text/Utf8.h"

#include <nlohmann/json.hpp>

#include <bit>
#include <cstring>
#include <stdexcept>

namespace tessera {

static_assert(std::endian::native == std::endian::little,
    "values are stored in host byte order, and safetensors is little-endian");
static_assert(sizeof(bool) == 1, "BOOL elements are one byte; a bool of another size cannot be copied as-is");

namespace {

constexpr std::string_view kMetadataKey = "__metadata__";
// Python's writer pads the header so that the data block starts 8-aligned; readers that map the
// file then see aligned F64/I64 values.
constexpr std::size_t kHeaderAlignment = 8;

[[noreturn]] void misuse(const std::string& problem)
{
    throw std::invalid_argument("safetensors writer: " + problem);
}

void requireUtf8(const std::string& text, std::string_view what)
{
    if (utf8::findInvalid(text) != utf8::kInvalidOffset)
        misuse(std::string(what) + " is not valid UTF-8");
}

// A JSON string literal (quotes and escapes), UTF-8 kept as-is.
std::string jsonString(const std::string& text)
{
    return nlohmann::json(text).dump();
}

}  // namespace

void SafetensorsWriter::setMetadata(std::string key, std::string value)
{
    requireUtf8(key, "a metadata key");
    requireUtf8(value, "the metadata value of '" + key + "'");
    metadata_[std::move(key)] = std::move(value);
}

std::uint64_t SafetensorsWriter::checkNewTensor(
    const std::string& name, TensorDType dtype, const std::vector<std::int64_t>& shape) const
{
    requireUtf8(name, "a tensor name");
    if (name == kMetadataKey)
        misuse("'__metadata__' is reserved for the metadata and cannot name a tensor");
    if (contains(name))
        misuse("tensor '" + name + "' added twice");
    if (shape.size() > SafetensorsFile::kMaxRank)
        misuse("tensor '" + name + "': " + std::to_string(shape.size()) + " dimensions, more than the "
            + std::to_string(SafetensorsFile::kMaxRank) + " a reader accepts");
    std::uint64_t elements = 1;
    for (const std::int64_t size : shape) {
        if (size < 0)
            misuse("tensor '" + name + "': shape " + formatShape(shape) + " has a negative size");
        if (__builtin_mul_overflow(elements, static_cast<std::uint64_t>(size), &elements))
            misuse("tensor '" + name + "': shape " + formatShape(shape) + " has too many elements");
    }
    std::uint64_t bytes = 0;
    if (__builtin_mul_overflow(elements, static_cast<std::uint64_t>(itemSize(dtype)), &bytes))
        misuse("tensor '" + name + "': shape " + formatShape(shape) + " needs too many bytes");
    return elements;
}

void SafetensorsWriter::addRaw(
    std::string name, TensorDType dtype, std::vector<std::int64_t> shape, std::span<const std::byte> bytes)
{
    const std::uint64_t elements = checkNewTensor(name, dtype, shape);
    const std::uint64_t needed = elements * itemSize(dtype);
    if (bytes.size() != needed)
        misuse("tensor '" + name + "': shape " + formatShape(shape) + " of " + std::string(dtypeName(dtype)) + " needs "
            + std::to_string(needed) + " bytes, got " + std::to_string(bytes.size()));
    store(std::move(name), dtype, std::move(shape), bytes);
}

void SafetensorsWriter::store(
    std::string name, TensorDType dtype, std::vector<std::int64_t> shape, std::span<const std::byte> bytes)
{
    Entry entry {dtype, std::move(shape), std::string(reinterpret_cast<const char*>(bytes.data()), bytes.size())};
    tensors_.emplace(std::move(name), std::move(entry));
}

template <typename T>
void SafetensorsWriter::addTyped(
    std::string name, TensorDType dtype, std::vector<std::int64_t> shape, std::span<const T> values)
{
    const std::uint64_t elements = checkNewTensor(name, dtype, shape);
    if (values.size() != elements)
        misuse("tensor '" + name + "': shape " + formatShape(shape) + " holds " + std::to_string(elements)
            + " values, got " + std::to_string(values.size()));
    store(std::move(name), dtype, std::move(shape), std::as_bytes(values));
}

void SafetensorsWriter::add(std::string name, std::vector<std::int64_t> shape, std::span<const double> values)
{
    addTyped(std::move(name), TensorDType::F64, std::move(shape), values);
}

void SafetensorsWriter::add(std::string name, std::vector<std::int64_t> shape, std::span<const float> values)
{
    addTyped(std::move(name), TensorDType::F32, std::move(shape), values);
}

void SafetensorsWriter::add(std::string name, std::vector<std::int64_t> shape, std::span<const std::int64_t> values)
{
    addTyped(std::move(name), TensorDType::I64, std::move(shape), values);
}

void SafetensorsWriter::add(std::string name, std::vector<std::int64_t> shape, std::span<const std::int32_t> values)
{
    addTyped(std::move(name), TensorDType::I32, std::move(shape), values);
}

void SafetensorsWriter::add(std::string name, std::vector<std::int64_t> shape, std::span<const std::int16_t> values)
{
    addTyped(std::move(name), TensorDType::I16, std::move(shape), values);
}

void SafetensorsWriter::add(std::string name, std::vector<std::int64_t> shape, std::span<const std::int8_t> values)
{
    addTyped(std::move(name), TensorDType::I8, std::move(shape), values);
}

void SafetensorsWriter::add(std::string name, std::vector<std::int64_t> shape, std::span<const std::uint8_t> values)
{
    addTyped(std::move(name), TensorDType::U8, std::move(shape), values);
}

void SafetensorsWriter::add(std::string name, std::vector<std::int64_t> shape, std::span<const bool> values)
{
    addTyped(std::move(name), TensorDType::Bool, std::move(shape), values);
}

void SafetensorsWriter::addConverted(
    std::string name, TensorDType dtype, std::vector<std::int64_t> shape, std::span<const float> values)
{
    switch (dtype) {
    case TensorDType::F32:
        addTyped(std::move(name), dtype, std::move(shape), values);
        return;
    case TensorDType::F64: {
        const std::vector<double> wide(values.begin(), values.end());
        addTyped(std::move(name), dtype, std::move(shape), std::span<const double>(wide));
        return;
    }
    case TensorDType::F16:
    case TensorDType::BF16: {
        std::vector<std::uint16_t> narrow(values.size());
        for (std::size_t i = 0; i < values.size(); ++i)
            narrow[i] = dtype == TensorDType::F16 ? floatToHalf(values[i]) : floatToBfloat16(values[i]);
        addTyped(std::move(name), dtype, std::move(shape), std::span<const std::uint16_t>(narrow));
        return;
    }
    default:
        misuse("tensor '" + name + "': addConverted stores floats, " + std::string(dtypeName(dtype))
            + " is not a floating-point dtype");
    }
}

std::string SafetensorsWriter::serialize() const
{
    std::string header = "{";
    if (!metadata_.empty()) {
        header += jsonString(std::string(kMetadataKey)) + ":{";
        bool first = true;
        for (const auto& [key, value] : metadata_) {
            header += first ? "" : ",";
            header += jsonString(key) + ":" + jsonString(value);
            first = false;
        }
        header += "}";
    }
    std::uint64_t offset = 0;
    for (const auto& [name, entry] : tensors_) {
        if (header.size() > 1)
            header += ",";
        header += jsonString(name) + R"(:{"dtype":")" + std::string(dtypeName(entry.dtype)) + R"(","shape":[)";
        for (std::size_t i = 0; i < entry.shape.size(); ++i)
            header += (i > 0 ? "," : "") + std::to_string(entry.shape[i]);
        header += R"(],"data_offsets":[)" + std::to_string(offset) + ",";
        offset += entry.bytes.size();
        header += std::to_string(offset) + "]}";
    }
    header += "}";
    header.append((kHeaderAlignment - header.size() % kHeaderAlignment) % kHeaderAlignment, ' ');

    std::string file;
    file.reserve(sizeof(std::uint64_t) + header.size() + offset);
    const std::uint64_t headerLength = header.size();
    file.append(reinterpret_cast<const char*>(&headerLength), sizeof headerLength);
    file += header;
    for (const auto& entry : tensors_)
        file += entry.second.bytes;
    return file;
}

void SafetensorsWriter::write(const std::string& path) const
{
    writeFileAtomically(path, serialize());
}

}  // namespace tessera
