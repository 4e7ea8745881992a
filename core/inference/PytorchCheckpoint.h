#pragma once

#include <string>

namespace tessera {

// Reads a PyTorch checkpoint written by torch.save (the zip format PyTorch has written since 1.6)
// with LibTorch's own unpickler, torch::pickle_load. That unpickler is not Python's: it rebuilds
// tensors, lists, dicts and a fixed set of PyTorch types and refuses every other global, so a
// checkpoint cannot run code while it is read.
//
// The state dict is the checkpoint itself (name -> tensor) or, as training scripts save it, the
// value of "model_state_dict", "state_dict" or "model" in the checkpoint's dict. A "module."
// prefix on every name (nn.DataParallel) is removed. Floating-point tensors are stored as F32
// (MyGO's weights are F32; F64, F16 and BF16 are converted), integer tensors as I64.
//
// Returns the state dict as a complete safetensors file (SafetensorsWriter::serialize), so that
// the rest of the import reads one format. Throws InputError naming the file and what was found
// instead of a state dict.
std::string pytorchStateDictAsSafetensors(const std::string& path);

}  // namespace tessera
