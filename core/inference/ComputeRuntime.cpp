#include "inference/ComputeRuntime.h"

#include "inference/LargeAllocationReuse.h"

#include <torch/torch.h>

#include <algorithm>
#include <dlfcn.h>
#include <filesystem>
#include <link.h>
#include <stdexcept>
#include <thread>

namespace tessera {

namespace {

// The loaded BLAS as "parent folder/file name": Debian keeps each OpenBLAS build (pthread,
// openmp, serial) and the reference BLAS in folders named after them.
std::string loadedBlasLibrary()
{
    std::string found;
    dl_iterate_phdr(
        [](dl_phdr_info* info, std::size_t, void* data) {
            const std::filesystem::path path = info->dlpi_name != nullptr ? info->dlpi_name : "";
            if (path.filename().string().rfind("libblas.so", 0) != 0)
                return 0;
            *static_cast<std::string*>(data) = (path.parent_path().filename() / path.filename()).string();
            return 1;
        },
        &found);
    return found;
}

// The path of the CUDA runtime library loaded in the process, empty when there is none.
std::string loadedCudaRuntime()
{
    std::string found;
    dl_iterate_phdr(
        [](dl_phdr_info* info, std::size_t, void* data) {
            const std::filesystem::path path = info->dlpi_name != nullptr ? info->dlpi_name : "";
            if (path.filename().string().rfind("libcudart", 0) != 0)
                return 0;
            *static_cast<std::string*>(data) = path.string();
            return 1;
        },
        &found);
    return found;
}

}  // namespace

std::optional<CudaMemory> cudaMemoryInUse()
{
    if (!torch::cuda::is_available())
        return std::nullopt;
    const std::string runtime = loadedCudaRuntime();
    if (runtime.empty())
        return std::nullopt;
    // RTLD_NOLOAD: a handle to the copy already loaded, or nothing.
    void* library = dlopen(runtime.c_str(), RTLD_LAZY | RTLD_NOLOAD);
    if (library == nullptr)
        return std::nullopt;
    using MemGetInfo = int (*)(std::size_t*, std::size_t*);
    const auto memGetInfo = reinterpret_cast<MemGetInfo>(dlsym(library, "cudaMemGetInfo"));
    std::optional<CudaMemory> memory;
    std::size_t free = 0;
    std::size_t total = 0;
    if (memGetInfo != nullptr && memGetInfo(&free, &total) == 0)  // 0 = cudaSuccess
        memory = CudaMemory {static_cast<std::int64_t>(total - free), static_cast<std::int64_t>(total)};
    dlclose(library);
    return memory;
}

ComputeInfo configureCompute(const std::string& requested, int threads)
{
    enableLargeAllocationReuse();
    ComputeInfo info;
    info.cudaAvailable = torch::cuda::is_available();
    info.cudaDeviceCount = info.cudaAvailable ? static_cast<int>(torch::cuda::device_count()) : 0;
    info.torchVersion = TORCH_VERSION;
    const int cores = threads > 0 ? threads : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    if (at::get_num_threads() != cores)
        at::set_num_threads(cores);
    info.threads = at::get_num_threads();
    info.blasLibrary = loadedBlasLibrary();
    if (requested == "cpu") {
        info.device = "cpu";
    } else if (requested == "cuda") {
        if (!info.cudaAvailable)
            throw std::invalid_argument("--device cuda: LibTorch sees no CUDA device on this machine");
        info.device = "cuda:0";
    } else if (requested == "auto" || requested.empty()) {
        info.device = info.cudaAvailable ? "cuda:0" : "cpu";
    } else {
        throw std::invalid_argument("unknown device '" + requested + "', expected auto, cpu or cuda");
    }
    return info;
}

}  // namespace tessera
