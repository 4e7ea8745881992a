#include "inference/PytorchCheckpoint.h"

#include "io/InputError.h"
#include "tensors/PickleOrderedDictRewriter.h"
#include "tensors/SafetensorsWriter.h"

#include <caffe2/serialize/inline_container.h>
#include <torch/csrc/jit/serialization/unpickler.h>
#include <torch/script.h>

#include <cstring>
#include <filesystem>
#include <map>

namespace tessera {

namespace {

// A checkpoint larger than this is not a MyGO model (DB15K at d = 256 is about 100 MB).
constexpr std::uintmax_t kMaxCheckpointBytes = 8ULL << 30U;

std::string firstLine(const std::string& text)
{
    return text.substr(0, text.find('\n'));
}

bool isStateDict(const c10::IValue& value)
{
    if (!value.isGenericDict())
        return false;
    const auto dict = value.toGenericDict();
    if (dict.empty())
        return false;
    for (const auto& entry : dict) {
        if (!entry.key().isString() || !entry.value().isTensor())
            return false;
    }
    return true;
}

std::string describe(const c10::IValue& value)
{
    if (value.isList())
        return "a list of " + std::to_string(value.toListRef().size()) + " items";
    if (value.isTuple())
        return "a tuple of " + std::to_string(value.toTupleRef().elements().size()) + " items";
    if (value.isTensor())
        return "a single tensor";
    if (!value.isGenericDict())
        return "a value of kind " + value.tagKind();
    std::string keys;
    int shown = 0;
    for (const auto& entry : value.toGenericDict()) {
        if (shown++ == 8) {
            keys += ", ...";
            break;
        }
        keys += (keys.empty() ? "" : ", ")
            + (entry.key().isString() ? "'" + entry.key().toStringRef() + "'" : entry.key().tagKind());
    }
    return "a dict with keys " + keys;
}

}  // namespace

std::string pytorchStateDictAsSafetensors(const std::string& path)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error)
        throw InputError(path, "cannot read: " + error.message());
    if (size > kMaxCheckpointBytes)
        throw InputError(path, "is " + std::to_string(size) + " bytes, larger than any model Tessera imports");
    c10::IValue root;
    try {
        // What torch::pickle_load does, with the pickle rewritten first: LibTorch 1.13 reads
        // OrderedDict (every state dict) as None (tensors/PickleOrderedDictRewriter.h).
        caffe2::serialize::PyTorchStreamReader archive(path);
        const auto [pickleData, pickleSize] = archive.getRecord("data.pkl");
        const std::string pickle
            = rewriteOrderedDictsAsDicts(std::string_view(static_cast<const char*>(pickleData.get()), pickleSize));
        std::size_t offset = 0;
        const auto read = [&](char* buffer, std::size_t length) {
            const std::size_t count = std::min(length, pickle.size() - offset);
            std::memcpy(buffer, pickle.data() + offset, count);
            offset += count;
            return count;
        };
        const auto readRecord = [&](const std::string& name) { return std::get<0>(archive.getRecord("data/" + name)); };
        // Every storage on the CPU, whichever device it was saved from.
        torch::jit::Unpickler unpickler(read, nullptr, nullptr, readRecord, c10::Device(c10::kCPU));
        unpickler.set_version(archive.version());
        root = unpickler.parse_ivalue();
    } catch (const c10::Error& e) {
        throw InputError(path,
            "not a PyTorch checkpoint LibTorch can read (torch.save's zip format, tensors and plain containers "
            "only): "
                + firstLine(e.what_without_backtrace()));
    } catch (const std::invalid_argument& e) {
        throw InputError(path, std::string("data.pkl: ") + e.what());
    }

    c10::IValue stateDict;
    if (isStateDict(root)) {
        stateDict = root;
    } else if (root.isGenericDict()) {
        const auto dict = root.toGenericDict();
        for (const char* key : {"model_state_dict", "state_dict", "model"}) {
            const auto it = dict.find(c10::IValue(std::string(key)));
            if (it != dict.end() && isStateDict(it->value())) {
                stateDict = it->value();
                break;
            }
        }
    }
    if (stateDict.isNone())
        throw InputError(path,
            "expected a state dict (name -> tensor), or a dict holding one under 'model_state_dict', 'state_dict' "
            "or 'model'; found "
                + describe(root));

    std::map<std::string, at::Tensor> tensors;
    bool allPrefixed = true;
    for (const auto& entry : stateDict.toGenericDict()) {
        const std::string& name = entry.key().toStringRef();
        allPrefixed = allPrefixed && name.rfind("module.", 0) == 0;
        tensors.emplace(name, entry.value().toTensor());
    }
    SafetensorsWriter writer;
    writer.setMetadata("converted_from", std::filesystem::path(path).filename().string());
    for (const auto& [fullName, tensor] : tensors) {
        const std::string name = allPrefixed ? fullName.substr(7) : fullName;
        std::vector<std::int64_t> shape(tensor.sizes().begin(), tensor.sizes().end());
        if (tensor.is_floating_point()) {
            const at::Tensor values = tensor.detach().to(torch::kCPU, torch::kFloat32).contiguous();
            writer.add(name, shape,
                std::span<const float>(values.data_ptr<float>(), static_cast<std::size_t>(values.numel())));
        } else if (tensor.scalar_type() == torch::kBool || c10::isIntegralType(tensor.scalar_type(), false)) {
            const at::Tensor values = tensor.detach().to(torch::kCPU, torch::kInt64).contiguous();
            writer.add(name, shape,
                std::span<const std::int64_t>(
                    values.data_ptr<std::int64_t>(), static_cast<std::size_t>(values.numel())));
        } else {
            throw InputError(path,
                "tensor '" + fullName + "' has dtype " + std::string(c10::toString(tensor.scalar_type()))
                    + "; a MyGO state dict holds floating-point and integer tensors only");
        }
    }
    return writer.serialize();
}

}  // namespace tessera
