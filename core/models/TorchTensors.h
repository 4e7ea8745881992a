#pragma once

// LibTorch header: the bridge between safetensors files and torch tensors, for core's torch part.

#include "inference/FloatArray.h"
#include "tensors/SafetensorsFile.h"
#include "tensors/SafetensorsWriter.h"

#include <torch/torch.h>

#include <string>

namespace tessera {

// Copies one tensor of a safetensors file into a new CPU tensor of the same dtype and shape.
// Throws InputError (via the reader) for a missing tensor.
torch::Tensor readTorchTensor(const SafetensorsFile& file, const std::string& name);

// Adds a tensor (any device; F32, I64 or BOOL) to a writer under `name`.
void addTorchTensor(SafetensorsWriter& writer, const std::string& name, const torch::Tensor& tensor);

// Converts a CPU or device tensor to a FloatArray (copying).
FloatArray toFloatArray(const torch::Tensor& tensor);

}  // namespace tessera
