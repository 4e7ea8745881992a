#pragma once

#include <string>

namespace tessera {

// What LibTorch will compute on, as plain data (no torch types cross this header).
struct ComputeInfo {
    std::string device;  // "cpu" or "cuda:0"
    bool cudaAvailable = false;
    int cudaDeviceCount = 0;
    int threads = 1;  // intra-op threads LibTorch uses on the CPU
    // The BLAS library LibTorch's CPU matrix products run on, as loaded (folder/file, e.g.
    // "openblas-openmp/libblas.so.3"); empty when none is found.
    std::string blasLibrary;
    std::string torchVersion;
};

// Chooses the device and sets LibTorch's CPU thread count to the cores present (LibTorch
// defaults to one thread here, which halves throughput on a 2-core machine).
// requested: "auto" (CUDA when available), "cpu" or "cuda"; throws std::invalid_argument for
// "cuda" without a CUDA device or an unknown name. threads > 0 caps the CPU threads (a shared
// machine, two runs side by side); 0 means the cores present.
ComputeInfo configureCompute(const std::string& requested = "auto", int threads = 0);

}  // namespace tessera
