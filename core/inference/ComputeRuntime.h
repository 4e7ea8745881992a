#pragma once

#include <string>

namespace tessera {

// What LibTorch will compute on, as plain data (no torch types cross this header).
struct ComputeInfo {
    std::string device;  // "cpu" or "cuda:0"
    bool cudaAvailable = false;
    int cudaDeviceCount = 0;
    int threads = 1;  // intra-op threads LibTorch uses on the CPU
    std::string torchVersion;
};

// Chooses the device and sets LibTorch's CPU thread count to the cores present (LibTorch
// defaults to one thread here, which halves throughput on a 2-core machine).
// requested: "auto" (CUDA when available), "cpu" or "cuda"; throws std::invalid_argument for
// "cuda" without a CUDA device or an unknown name.
ComputeInfo configureCompute(const std::string& requested = "auto");

}  // namespace tessera
