// libFuzzer target: arbitrary bytes into SafetensorsFile's from-bytes constructor. A file must
// either fail with an InputError (one line, naming the file) or be fully usable: every accessor
// is called on every tensor, the spans must point at the right bytes of the input, and writing
// the file back with SafetensorsWriter and reading it again must give the same tensors. Anything
// else (another exception, a sanitizer report, a broken property) is a finding.

#include "io/InputError.h"
#include "tensors/HalfFloat.h"
#include "tensors/SafetensorsFile.h"
#include "tensors/SafetensorsWriter.h"
#include "text/Utf8.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

using namespace tessera;

namespace {

constexpr std::string_view kName = "fuzz.safetensors";

[[noreturn]] void broken(const char* property, std::string_view detail = {})
{
    std::fprintf(stderr, "property broken: %s %.*s\n", property, static_cast<int>(detail.size()), detail.data());
    std::abort();
}

template <typename Call> bool throwsInputError(Call call)
{
    try {
        call();
    } catch (const InputError& e) {
        if (std::string_view(e.what()).find('\n') != std::string_view::npos)
            broken("message is one line", e.what());
        return true;
    }
    return false;
}

void checkTensor(const SafetensorsFile& file, const std::string& name, std::string_view input)
{
    if (!file.contains(name))
        broken("contains() agrees with names()", name);
    const TensorInfo& info = file.info(name);
    const std::uint64_t count = info.elementCount();
    if (info.bytes.size() != count * itemSize(info.dtype) || info.dataEnd - info.dataBegin != info.bytes.size())
        broken("byte span matches shape and data_offsets", name);
    // The span must be exactly input[8 + headerLength + begin, ...).
    std::uint64_t headerLength = 0;
    std::memcpy(&headerLength, input.data(), sizeof headerLength);
    const std::uint64_t start = 8 + headerLength + info.dataBegin;
    if (start + info.bytes.size() > input.size()
        || (!info.bytes.empty() && std::memcmp(info.bytes.data(), input.data() + start, info.bytes.size()) != 0))
        broken("span holds the tensor's bytes of the input", name);

    const std::vector<float> floats = file.toFloat32(name);
    if (floats.size() != count)
        broken("toFloat32 gives one value per element", name);
    if (isFloatingPoint(info.dtype)) {
        if (!throwsInputError([&] { (void)file.toInt64(name); }))
            broken("toInt64 refuses floats", name);
    } else {
        const std::vector<std::int64_t> ints = file.toInt64(name);
        if (ints.size() != count)
            broken("toInt64 gives one value per element", name);
        for (std::size_t i = 0; i < ints.size(); ++i) {
            if (static_cast<float>(ints[i]) != floats[i])
                broken("toFloat32 and toInt64 agree", name);
        }
    }

    // Every non-NaN 16-bit float must narrow back to the bits it was read from.
    if (info.dtype == TensorDType::F16 || info.dtype == TensorDType::BF16) {
        const bool half = info.dtype == TensorDType::F16;
        for (std::uint64_t i = 0; i < count; ++i) {
            std::uint16_t bits = 0;
            std::memcpy(&bits, info.bytes.data() + i * 2, 2);
            const float value = half ? halfToFloat(bits) : bfloat16ToFloat(bits);
            if (value != floats[i] && !std::isnan(value))
                broken("toFloat32 widens 16-bit floats exactly", name);
            if (!std::isnan(value) && (half ? floatToHalf(value) : floatToBfloat16(value)) != bits)
                broken("16-bit floats round-trip", name);
        }
    }

    file.requireTensor(name, info.dtype, info.shape);
    std::vector<std::int64_t> anySize(info.shape.size(), -1);
    file.requireShape(name, anySize);
    anySize.push_back(1);
    if (!throwsInputError([&] { file.requireShape(name, anySize); }))
        broken("requireShape checks the rank", name);
    const TensorDType other = info.dtype == TensorDType::F32 ? TensorDType::I64 : TensorDType::F32;
    if (!throwsInputError([&] { file.requireTensor(name, other, info.shape); }))
        broken("requireTensor checks the dtype", name);
}

void checkRoundTrip(const SafetensorsFile& file)
{
    SafetensorsWriter writer;
    for (const auto& [key, value] : file.metadata())
        writer.setMetadata(key, value);
    for (const std::string& name : file.names()) {
        const TensorInfo& info = file.info(name);
        writer.addRaw(name, info.dtype, info.shape, info.bytes);
    }
    const std::string written = writer.serialize();
    const SafetensorsFile reread(std::string(kName), written);
    if (reread.names() != file.names() || reread.metadata() != file.metadata())
        broken("round trip keeps names and metadata");
    for (const std::string& name : file.names()) {
        const TensorInfo& a = file.info(name);
        const TensorInfo& b = reread.info(name);
        if (a.dtype != b.dtype || a.shape != b.shape
            || !std::equal(a.bytes.begin(), a.bytes.end(), b.bytes.begin(), b.bytes.end()))
            broken("round trip keeps every tensor", name);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::optional<SafetensorsFile> file;
    try {
        file.emplace(std::string(kName), std::string(input));
    } catch (const InputError& e) {
        const std::string_view message = e.what();
        if (message.find('\n') != std::string_view::npos || message.substr(0, kName.size() + 2) != "fuzz.safetensors: ")
            broken("message is one line naming the file", message);
        if (utf8::findInvalid(message) != utf8::kInvalidOffset)
            broken("message is UTF-8", message);
        return 0;
    }
    if (!std::is_sorted(file->names().begin(), file->names().end()))
        broken("names() is sorted");
    for (const std::string& name : file->names())
        checkTensor(*file, name, input);
    if (!throwsInputError([&] { (void)file->info("\xff not a tensor name"); }))
        broken("info() refuses an absent name");
    checkRoundTrip(*file);
    return 0;
}
