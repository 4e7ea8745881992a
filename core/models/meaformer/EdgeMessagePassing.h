#pragma once

// LibTorch header: include only from the torch part of core.

#include <torch/torch.h>

namespace tessera {

// out = A · b for a sparse [n, n] matrix A given by its edges (indices [2, E], row-major sorted,
// no duplicates) and their weights (values [E]), and a dense b [n, H] — with gradients for the
// weights and for b. The gather-and-add form (index_select the neighbours' rows, scale, index_add)
// materialises an E × H tensor and costs seconds at DBP15K size; this is LibTorch's sparse-dense
// product forward, and in backward Aᵀ · grad for b and, chunked, grad[row] · b[neighbour] for the
// weights (as the reference's SpecialSpmm does).
class EdgeMessagePassing : public torch::autograd::Function<EdgeMessagePassing> {
public:
    static torch::Tensor forward(torch::autograd::AutogradContext* context, const torch::Tensor& indices,
        const torch::Tensor& values, std::int64_t n, const torch::Tensor& b);
    static torch::autograd::variable_list backward(
        torch::autograd::AutogradContext* context, torch::autograd::variable_list gradients);

    // Edges per chunk of the weight gradient: bounds its scratch memory (chunk × H floats twice).
    static constexpr std::int64_t kChunk = 32768;
};

// The product as a function: EdgeMessagePassing::apply.
torch::Tensor passEdgeMessages(
    const torch::Tensor& indices, const torch::Tensor& values, std::int64_t n, const torch::Tensor& b);

}  // namespace tessera
