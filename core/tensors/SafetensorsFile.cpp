#include "tensors/SafetensorsFile.h"

#include "io/InputError.h"
#include "tensors/HalfFloat.h"
#include "text/Utf8.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <bit>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <optional>
#include <system_error>
#include <unordered_set>

namespace tessera {

static_assert(std::endian::native == std::endian::little,
    "safetensors data is little-endian and is copied as-is; a big-endian host needs byte swaps");

namespace {

using Json = nlohmann::json;

constexpr std::string_view kMetadataKey = "__metadata__";
// The 8-byte little-endian length that opens every safetensors file.
constexpr std::size_t kLengthFieldBytes = 8;
// Names, dtype spellings and JSON excerpts quoted in messages are cut here: a message is one line
// a person reads, and a hostile file can have a 100 MB name.
constexpr std::size_t kMaxQuotedBytes = 120;
constexpr std::size_t kMaxParserMessageBytes = 240;

// Length of the UTF-8 sequence that `lead` starts (1 for ASCII and for stray bytes).
std::size_t sequenceLength(unsigned char lead)
{
    if ((lead & 0xE0U) == 0xC0U)
        return 2;
    if ((lead & 0xF0U) == 0xE0U)
        return 3;
    if ((lead & 0xF8U) == 0xF0U)
        return 4;
    return 1;
}

// Makes text safe for a one-line message: control characters and bytes that are not UTF-8 (the
// parser's "last read" excerpt can stop inside a character) escaped as \xNN, long text cut at a
// character boundary.
std::string printable(std::string_view text, std::size_t maxBytes = kMaxQuotedBytes)
{
    static constexpr std::string_view kHex = "0123456789ABCDEF";
    const auto escape = [](std::string& out, unsigned char byte) {
        out += "\\x";
        out += kHex[byte >> 4U];
        out += kHex[byte & 0xFU];
    };
    std::string out;
    std::size_t i = 0;
    while (i < text.size() && i < maxBytes) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const std::string_view sequence = text.substr(i, sequenceLength(byte));
        const bool keep = byte >= 0x80U ? sequence.size() > 1 && utf8::findInvalid(sequence) == utf8::kInvalidOffset
                                        : byte >= 0x20U && byte != 0x7FU;
        if (keep)
            out += sequence;
        else
            escape(out, byte);
        i += keep ? sequence.size() : 1;
    }
    if (i < text.size())
        out += "...";
    return out;
}

std::string quoteName(std::string_view name)
{
    return "'" + printable(name) + "'";
}

std::string tensorPrefix(std::string_view name)
{
    return "tensor " + quoteName(name) + ": ";
}

// "the string \"x\"", "the array [1,2]": what a JSON value is, for "expected X, found Y".
std::string describe(const Json& value)
{
    std::string kind;
    switch (value.type()) {
    case Json::value_t::object:
        kind = "the object ";
        break;
    case Json::value_t::array:
        kind = "the array ";
        break;
    case Json::value_t::string:
        kind = "the string ";
        break;
    case Json::value_t::boolean:
        kind = "the boolean ";
        break;
    case Json::value_t::null:
        return "null";
    default:
        kind = "the number ";
        break;
    }
    return kind + printable(value.dump());
}

// nlohmann's messages start with "[json.exception.parse_error.101] " and can quote a whole token.
std::string parserProblem(const Json::exception& error)
{
    std::string_view message = error.what();
    if (const std::size_t close = message.find("] ");
        !message.empty() && message[0] == '[' && close != std::string_view::npos)
        message.remove_prefix(close + 2);
    return printable(message, kMaxParserMessageBytes);
}

std::uint64_t readLength(std::string_view bytes)
{
    std::uint64_t length = 0;
    std::memcpy(&length, bytes.data(), sizeof length);
    return length;
}

// Keeps the non-duplicate-key and depth rules while nlohmann parses (its DOM keeps the last of
// two equal keys silently, which would let a file hold two different tensors under one name).
class HeaderKeyChecker {
public:
    explicit HeaderKeyChecker(std::function<void(const std::string&)> fail)
        : fail_(std::move(fail))
    {
    }

    bool operator()(int depth, Json::parse_event_t event, Json& parsed)
    {
        switch (event) {
        case Json::parse_event_t::object_start:
        case Json::parse_event_t::array_start:
            if (depth >= SafetensorsFile::kMaxJsonDepth)
                fail_("header JSON nests deeper than " + std::to_string(SafetensorsFile::kMaxJsonDepth)
                    + " levels; a safetensors header needs 3");
            if (event == Json::parse_event_t::object_start)
                openObjects_.emplace_back();
            break;
        case Json::parse_event_t::object_end:
            openObjects_.pop_back();
            break;
        case Json::parse_event_t::key:
            if (!openObjects_.back().insert(parsed.get<std::string>()).second) {
                fail_(depth == 1
                        ? "header lists " + quoteName(parsed.get<std::string>()) + " twice"
                        : "header has the key " + quoteName(parsed.get<std::string>()) + " twice in one entry");
            }
            break;
        default:
            break;
        }
        return true;
    }

private:
    std::function<void(const std::string&)> fail_;
    std::vector<std::unordered_set<std::string>> openObjects_;
};

// A non-negative JSON integer, or nullopt (negative, fractional, or not a number). nlohmann's
// parser stores every non-negative integer literal as unsigned, and "2.0" or "1e3" as a float.
std::optional<std::uint64_t> unsignedValue(const Json& value)
{
    if (value.is_number_unsigned())
        return value.get<std::uint64_t>();
    return std::nullopt;
}

[[noreturn]] void fail(const std::string& path, const std::string& problem)
{
    throw InputError(path, problem);
}

// The header as a JSON object, after the checks nlohmann does not make.
Json parseHeaderJson(const std::string& path, std::string_view header)
{
    if (const std::size_t bad = utf8::findInvalid(header); bad != utf8::kInvalidOffset)
        fail(path, "header is not valid UTF-8 (at header byte " + std::to_string(bad) + ")");
    // JSON text has no raw NUL anywhere (inside strings it must be escaped), but nlohmann stops at
    // one as if the input ended, which would let anything after it pass unread.
    if (const std::size_t nul = header.find('\0'); nul != std::string_view::npos)
        fail(path, "header has a NUL byte (at header byte " + std::to_string(nul) + "); JSON text cannot");
    Json root;
    try {
        HeaderKeyChecker checker([&path](const std::string& problem) { fail(path, problem); });
        root = Json::parse(header.begin(), header.end(), std::ref(checker));
    } catch (const Json::exception& error) {
        fail(path, "header is not valid JSON: " + parserProblem(error));
    }
    if (!root.is_object())
        fail(path, "header is " + describe(root) + ", expected a JSON object of tensors");
    return root;
}

std::map<std::string, std::string, std::less<>> readMetadata(const std::string& path, const Json& entry)
{
    if (!entry.is_object())
        fail(path, "__metadata__ must be an object of strings, found " + describe(entry));
    std::map<std::string, std::string, std::less<>> metadata;
    for (const auto& [key, value] : entry.items()) {
        if (!value.is_string())
            fail(path, "__metadata__ entry " + quoteName(key) + " must be a string, found " + describe(value));
        metadata.emplace(key, value.get<std::string>());
    }
    return metadata;
}

// The sizes of a "shape" array; `prefix` names the tensor.
std::vector<std::int64_t> readShape(const std::string& path, const std::string& prefix, const Json& shape)
{
    if (!shape.is_array())
        fail(path, prefix + "shape must be an array of sizes, found " + describe(shape));
    if (shape.size() > SafetensorsFile::kMaxRank)
        fail(path,
            prefix + "shape has " + std::to_string(shape.size()) + " dimensions, more than the "
                + std::to_string(SafetensorsFile::kMaxRank) + " allowed");
    std::vector<std::int64_t> sizes;
    for (const Json& size : shape) {
        const auto value = unsignedValue(size);
        if (!value) {
            fail(path,
                prefix + "shape " + printable(shape.dump()) + " has "
                    + (size.is_number_integer() ? "a negative size" : "a size that is not an integer"));
        }
        if (*value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            fail(path, prefix + "shape " + printable(shape.dump()) + " has a size too large for 64-bit signed sizes");
        sizes.push_back(static_cast<std::int64_t>(*value));
    }
    return sizes;
}

// product(shape) * itemSize, failing when it does not fit in 64 bits.
std::uint64_t byteCount(const std::string& path, const std::string& prefix, const TensorInfo& info)
{
    // A zero size makes the product 0 whatever the other sizes are (and however large).
    if (std::find(info.shape.begin(), info.shape.end(), 0) != info.shape.end())
        return 0;
    std::uint64_t elements = 1;
    for (const std::int64_t size : info.shape) {
        if (__builtin_mul_overflow(elements, static_cast<std::uint64_t>(size), &elements))
            fail(path, prefix + "shape " + formatShape(info.shape) + " has more elements than a 64-bit count can hold");
    }
    std::uint64_t bytes = 0;
    if (__builtin_mul_overflow(elements, static_cast<std::uint64_t>(itemSize(info.dtype)), &bytes))
        fail(path,
            prefix + "shape " + formatShape(info.shape) + " of " + std::string(dtypeName(info.dtype))
                + " needs more bytes than a 64-bit size can hold");
    return bytes;
}

// One tensor entry {"dtype", "shape", "data_offsets"}, checked against the data block.
TensorInfo readTensorEntry(const std::string& path, const std::string& name, const Json& entry, std::string_view data)
{
    const std::string prefix = tensorPrefix(name);
    if (!entry.is_object())
        fail(path, prefix + "entry is " + describe(entry) + ", expected an object with dtype, shape and data_offsets");
    const auto dtype = entry.find("dtype");
    const auto shape = entry.find("shape");
    const auto offsets = entry.find("data_offsets");
    if (dtype == entry.end())
        fail(path, prefix + "no dtype");
    if (!dtype->is_string())
        fail(path, prefix + "dtype must be a string, found " + describe(*dtype));
    const auto parsedDType = parseDType(dtype->get_ref<const std::string&>());
    if (!parsedDType)
        fail(path,
            prefix + "unknown dtype " + quoteName(dtype->get_ref<const std::string&>()) + " (this reader knows "
                + std::string(supportedDTypeNames()) + ")");
    if (shape == entry.end())
        fail(path, prefix + "no shape");
    TensorInfo info;
    info.dtype = *parsedDType;
    info.shape = readShape(path, prefix, *shape);
    const std::uint64_t bytes = byteCount(path, prefix, info);

    if (offsets == entry.end())
        fail(path, prefix + "no data_offsets");
    if (!offsets->is_array() || offsets->size() != 2)
        fail(path, prefix + "data_offsets must be [begin, end], found " + describe(*offsets));
    const auto begin = unsignedValue((*offsets)[0]);
    const auto end = unsignedValue((*offsets)[1]);
    if (!begin || !end)
        fail(path, prefix + "data_offsets " + printable(offsets->dump()) + " must be two non-negative integers");
    const std::string offsetsText = "[" + std::to_string(*begin) + "," + std::to_string(*end) + "]";
    if (*begin > *end)
        fail(path, prefix + "data_offsets " + offsetsText + " begin after they end");
    if (*end - *begin != bytes)
        fail(path,
            prefix + "shape " + formatShape(info.shape) + " needs " + std::to_string(bytes)
                + " bytes, data_offsets give " + std::to_string(*end - *begin));
    if (*end > data.size())
        fail(path,
            prefix + "data_offsets " + offsetsText + " end past the data block (" + std::to_string(data.size())
                + " bytes; a truncated file?)");
    info.dataBegin = *begin;
    info.dataEnd = *end;
    info.bytes = std::as_bytes(std::span(data.data() + *begin, *end - *begin));
    return info;
}

// Tensors may sit in the data block in any order and leave gaps, but never share bytes: a shared
// byte means one of them is not what its writer stored. Empty tensors share nothing.
void checkNoOverlap(const std::string& path, const std::map<std::string, TensorInfo, std::less<>>& tensors)
{
    std::vector<std::pair<const std::string*, const TensorInfo*>> byOffset;
    for (const auto& [name, info] : tensors) {
        if (info.dataEnd > info.dataBegin)
            byOffset.emplace_back(&name, &info);
    }
    // Stable: tensors starting at the same byte keep name order, so the message is deterministic.
    std::stable_sort(byOffset.begin(), byOffset.end(),
        [](const auto& a, const auto& b) { return a.second->dataBegin < b.second->dataBegin; });
    // Sorted by start, the first overlap is always between neighbours.
    for (std::size_t i = 1; i < byOffset.size(); ++i) {
        const TensorInfo& previous = *byOffset[i - 1].second;
        const TensorInfo& current = *byOffset[i].second;
        if (current.dataBegin < previous.dataEnd) {
            fail(path,
                "tensors " + quoteName(*byOffset[i - 1].first) + " and " + quoteName(*byOffset[i].first)
                    + " overlap: data_offsets [" + std::to_string(previous.dataBegin) + ","
                    + std::to_string(previous.dataEnd) + "] and [" + std::to_string(current.dataBegin) + ","
                    + std::to_string(current.dataEnd) + "]");
        }
    }
}

template <typename T> T loadElement(const std::byte* data, std::uint64_t index)
{
    T value;
    std::memcpy(&value, data + index * sizeof(T), sizeof(T));
    return value;
}

template <typename Out, typename In, typename Convert>
void convertAll(const TensorInfo& tensor, std::vector<Out>& out, Convert convert)
{
    const std::uint64_t count = tensor.elementCount();
    out.resize(count);
    for (std::uint64_t i = 0; i < count; ++i)
        out[i] = convert(loadElement<In>(tensor.bytes.data(), i));
}

template <typename T> void copyAll(const TensorInfo& tensor, std::vector<T>& out)
{
    out.resize(tensor.elementCount());
    // memcpy from or to a null pointer is undefined even for zero bytes (an empty vector has none).
    if (!tensor.bytes.empty())
        std::memcpy(out.data(), tensor.bytes.data(), tensor.bytes.size());
}

template <typename Out, typename In> void castAll(const TensorInfo& tensor, std::vector<Out>& out)
{
    convertAll<Out, In>(tensor, out, [](In value) { return static_cast<Out>(value); });
}

}  // namespace

SafetensorsFile SafetensorsFile::open(const std::string& path)
{
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status))
        throw InputError(path, "file not found");
    if (std::filesystem::is_directory(status))
        throw InputError(path, "is a folder, expected a .safetensors file");
    const auto size = std::filesystem::file_size(path, error);
    if (error)
        throw InputError(path, "cannot read the file size: " + error.message());
    if (size > kMaxFileBytes)
        throw InputError(path,
            "file is " + std::to_string(size) + " bytes, more than the " + std::to_string(kMaxFileBytes)
                + " this reader accepts");
    std::ifstream stream(path, std::ios::binary);
    if (!stream)
        throw InputError(path, "cannot open the file for reading");
    auto contents = std::make_shared<std::string>(static_cast<std::size_t>(size), '\0');
    stream.read(contents->data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uint64_t>(stream.gcount()) != size)
        throw InputError(path, "could not read the whole file (changed while reading?)");
    return {path, std::shared_ptr<const std::string>(std::move(contents))};
}

SafetensorsFile::SafetensorsFile(std::string path, std::string contents)
    : SafetensorsFile(std::move(path), std::make_shared<const std::string>(std::move(contents)))
{
}

SafetensorsFile::SafetensorsFile(std::string path, std::shared_ptr<const std::string> contents)
    : path_(std::move(path))
    , contents_(std::move(contents))
{
    parse();
}

void SafetensorsFile::fail(const std::string& problem) const
{
    throw InputError(path_, problem);
}

void SafetensorsFile::parse()
{
    const std::string_view file = *contents_;
    if (file.size() < kLengthFieldBytes)
        fail("file is " + std::to_string(file.size())
            + " bytes, too short for a safetensors file (an 8-byte header length, then a JSON header)");
    const std::uint64_t headerLength = readLength(file);
    if (headerLength > kMaxHeaderBytes)
        fail("header length " + std::to_string(headerLength) + " is over the " + std::to_string(kMaxHeaderBytes)
            + "-byte limit: not a safetensors file, or a corrupt one");
    const std::uint64_t available = file.size() - kLengthFieldBytes;
    if (headerLength > available)
        fail("header length " + std::to_string(headerLength) + " runs past the end of the file ("
            + std::to_string(available) + " bytes follow the length; a truncated file?)");
    if (headerLength == 0)
        fail("header is empty (length 0), expected a JSON object");
    const std::string_view data = file.substr(kLengthFieldBytes + headerLength);

    const Json root = parseHeaderJson(path_, file.substr(kLengthFieldBytes, headerLength));
    for (const auto& [name, entry] : root.items()) {
        if (name == kMetadataKey)
            metadata_ = readMetadata(path_, entry);
        else
            tensors_.emplace(name, readTensorEntry(path_, name, entry, data));
    }
    checkNoOverlap(path_, tensors_);
    names_.reserve(tensors_.size());
    for (const auto& entry : tensors_)
        names_.push_back(entry.first);
}

bool SafetensorsFile::contains(std::string_view name) const
{
    return tensors_.find(name) != tensors_.end();
}

const TensorInfo& SafetensorsFile::info(std::string_view name) const
{
    const auto found = tensors_.find(name);
    if (found == tensors_.end())
        fail("missing tensor " + quoteName(name));
    return found->second;
}

const TensorInfo& SafetensorsFile::requireShape(
    std::string_view name, const std::vector<std::int64_t>& expectedShape) const
{
    const TensorInfo& tensor = info(name);
    bool matches = tensor.shape.size() == expectedShape.size();
    for (std::size_t i = 0; matches && i < expectedShape.size(); ++i)
        matches = expectedShape[i] < 0 || expectedShape[i] == tensor.shape[i];
    if (!matches)
        fail(tensorPrefix(name) + "expected shape " + formatShape(expectedShape, true) + ", found "
            + formatShape(tensor.shape));
    return tensor;
}

const TensorInfo& SafetensorsFile::requireTensor(
    std::string_view name, TensorDType dtype, const std::vector<std::int64_t>& expectedShape) const
{
    const TensorInfo& tensor = info(name);
    if (tensor.dtype != dtype)
        fail(tensorPrefix(name) + "expected " + std::string(dtypeName(dtype)) + ", found "
            + std::string(dtypeName(tensor.dtype)));
    return requireShape(name, expectedShape);
}

std::vector<float> SafetensorsFile::toFloat32(std::string_view name) const
{
    const TensorInfo& tensor = info(name);
    std::vector<float> out;
    switch (tensor.dtype) {
    case TensorDType::F32:
        // Same layout as the file (little-endian host, checked above): one copy.
        copyAll(tensor, out);
        break;
    case TensorDType::F64:
        castAll<float, double>(tensor, out);
        break;
    case TensorDType::F16:
        convertAll<float, std::uint16_t>(tensor, out, halfToFloat);
        break;
    case TensorDType::BF16:
        convertAll<float, std::uint16_t>(tensor, out, bfloat16ToFloat);
        break;
    case TensorDType::I64:
        castAll<float, std::int64_t>(tensor, out);
        break;
    case TensorDType::I32:
        castAll<float, std::int32_t>(tensor, out);
        break;
    case TensorDType::I16:
        castAll<float, std::int16_t>(tensor, out);
        break;
    case TensorDType::I8:
        castAll<float, std::int8_t>(tensor, out);
        break;
    case TensorDType::U8:
        castAll<float, std::uint8_t>(tensor, out);
        break;
    case TensorDType::Bool:
        convertAll<float, std::uint8_t>(tensor, out, [](std::uint8_t v) { return v != 0 ? 1.0F : 0.0F; });
        break;
    }
    return out;
}

std::vector<std::int64_t> SafetensorsFile::toInt64(std::string_view name) const
{
    const TensorInfo& tensor = info(name);
    std::vector<std::int64_t> out;
    switch (tensor.dtype) {
    case TensorDType::I64:
        copyAll(tensor, out);
        break;
    case TensorDType::I32:
        castAll<std::int64_t, std::int32_t>(tensor, out);
        break;
    case TensorDType::I16:
        castAll<std::int64_t, std::int16_t>(tensor, out);
        break;
    case TensorDType::I8:
        castAll<std::int64_t, std::int8_t>(tensor, out);
        break;
    case TensorDType::U8:
        castAll<std::int64_t, std::uint8_t>(tensor, out);
        break;
    case TensorDType::Bool:
        convertAll<std::int64_t, std::uint8_t>(
            tensor, out, [](std::uint8_t v) { return v != 0 ? std::int64_t {1} : 0; });
        break;
    case TensorDType::F64:
    case TensorDType::F32:
    case TensorDType::F16:
    case TensorDType::BF16:
        fail(tensorPrefix(name) + "is " + std::string(dtypeName(tensor.dtype))
            + ", expected an integer dtype (I64, I32, I16, I8, U8 or BOOL)");
    }
    return out;
}

}  // namespace tessera
