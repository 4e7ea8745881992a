#pragma once

#include <cstdint>
#include <optional>
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

// Memory of the current CUDA device: what is in use (by this process and any other) and all of
// it, as the CUDA runtime reports it (cudaMemGetInfo).
struct CudaMemory {
    std::int64_t usedBytes = 0;
    std::int64_t totalBytes = 0;
};

// Empty without CUDA, or when the CUDA runtime LibTorch loaded cannot be asked. Never loads a
// library itself: it asks the libcudart that LibTorch's CUDA build already has in the process.
std::optional<CudaMemory> cudaMemoryInUse();

}  // namespace tessera
