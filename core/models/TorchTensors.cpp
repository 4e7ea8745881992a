#include "models/TorchTensors.h"

#include "io/InputError.h"

#include <cstring>

namespace tessera {

namespace {

torch::ScalarType scalarTypeOf(TensorDType dtype)
{
    switch (dtype) {
    case TensorDType::F64:
        return torch::kFloat64;
    case TensorDType::F32:
        return torch::kFloat32;
    case TensorDType::F16:
        return torch::kFloat16;
    case TensorDType::BF16:
        return torch::kBFloat16;
    case TensorDType::I64:
        return torch::kInt64;
    case TensorDType::I32:
        return torch::kInt32;
    case TensorDType::I16:
        return torch::kInt16;
    case TensorDType::I8:
        return torch::kInt8;
    case TensorDType::U8:
        return torch::kUInt8;
    case TensorDType::Bool:
        return torch::kBool;
    }
    return torch::kFloat32;
}

}  // namespace

torch::Tensor readTorchTensor(const SafetensorsFile& file, const std::string& name)
{
    const TensorInfo& info = file.info(name);
    torch::Tensor tensor = torch::empty(info.shape, torch::TensorOptions().dtype(scalarTypeOf(info.dtype)));
    if (!info.bytes.empty())
        std::memcpy(tensor.data_ptr(), info.bytes.data(), info.bytes.size());
    return tensor;
}

void addTorchTensor(SafetensorsWriter& writer, const std::string& name, const torch::Tensor& tensorIn)
{
    const torch::Tensor tensor = tensorIn.detach().to(torch::kCPU).contiguous();
    const std::vector<std::int64_t> shape = tensor.sizes().vec();
    const auto bytes = std::span<const std::byte>(static_cast<const std::byte*>(tensor.data_ptr()),
        static_cast<std::size_t>(tensor.numel() * tensor.element_size()));
    switch (tensor.scalar_type()) {
    case torch::kFloat32:
        writer.addRaw(name, TensorDType::F32, shape, bytes);
        break;
    case torch::kInt64:
        writer.addRaw(name, TensorDType::I64, shape, bytes);
        break;
    case torch::kBool:
        writer.addRaw(name, TensorDType::Bool, shape, bytes);
        break;
    default:
        throw std::invalid_argument("addTorchTensor: tensor '" + name + "' has an unsupported dtype");
    }
}

FloatArray toFloatArray(const torch::Tensor& tensor)
{
    const torch::Tensor cpu = tensor.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    FloatArray out;
    out.shape = cpu.sizes().vec();
    out.values.assign(cpu.data_ptr<float>(), cpu.data_ptr<float>() + cpu.numel());
    return out;
}

}  // namespace tessera
