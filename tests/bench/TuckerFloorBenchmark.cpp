#include "TuckerFloorBenchmark.h"

#include <torch/torch.h>

#include <string>

namespace tessera::bench {

Measurement measureTuckerCoreFloor(int dim, int repeats)
{
    torch::InferenceMode inference;
    const std::int64_t d = dim;
    const torch::Tensor core = torch::randn({d, d * d});
    const torch::Tensor relation = torch::randn({d});
    Measurement m
        = measure("MyGO TuckER core product alone (floor)", repeats, [&] { (void)torch::mv(core.t(), relation); });
    const double megabytes = static_cast<double>(core.numel() * 4) / 1e6;
    m.note = "torch::mv over the " + std::to_string(static_cast<int>(megabytes)) + " MB core, "
        + std::to_string(torch::get_num_threads()) + " threads: "
        + std::to_string(static_cast<int>(megabytes / m.medianMs)) + " GB/s; every exact query reads it once";
    return m;
}

}  // namespace tessera::bench
