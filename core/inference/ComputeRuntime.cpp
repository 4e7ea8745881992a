#include "inference/ComputeRuntime.h"

#include <torch/torch.h>

#include <algorithm>
#include <stdexcept>
#include <thread>

namespace tessera {

ComputeInfo configureCompute(const std::string& requested)
{
    ComputeInfo info;
    info.cudaAvailable = torch::cuda::is_available();
    info.cudaDeviceCount = info.cudaAvailable ? static_cast<int>(torch::cuda::device_count()) : 0;
    info.torchVersion = TORCH_VERSION;
    const int cores = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    if (at::get_num_threads() != cores)
        at::set_num_threads(cores);
    info.threads = at::get_num_threads();
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
