#include "models/meaformer/EdgeMessagePassing.h"

namespace tessera {

namespace {

torch::Tensor sparseMatrix(const torch::Tensor& indices, const torch::Tensor& values, std::int64_t n)
{
    // The caller's edges are sorted and unique, so the tensor is already coalesced.
    return at::_sparse_coo_tensor_unsafe(indices, values, {n, n}, values.options().layout(torch::kSparse))
        ._coalesced_(true);
}

}  // namespace

torch::Tensor EdgeMessagePassing::forward(torch::autograd::AutogradContext* context, const torch::Tensor& indices,
    const torch::Tensor& values, std::int64_t n, const torch::Tensor& b)
{
    context->save_for_backward({indices, values, b});
    context->saved_data["n"] = n;
    return torch::mm(sparseMatrix(indices, values.detach(), n), b.detach());
}

torch::autograd::variable_list EdgeMessagePassing::backward(
    torch::autograd::AutogradContext* context, torch::autograd::variable_list gradients)
{
    const auto saved = context->get_saved_variables();
    const torch::Tensor& indices = saved[0];
    const torch::Tensor& values = saved[1];
    const torch::Tensor& b = saved[2];
    const std::int64_t n = context->saved_data["n"].toInt();
    const torch::Tensor grad = gradients[0].contiguous();
    torch::Tensor gradValues;
    torch::Tensor gradB;
    // needs_input_grad counts tensor arguments only (indices, values, b); the result has one entry
    // per argument, n included.
    if (context->needs_input_grad(1)) {
        const std::int64_t edges = indices.size(1);
        gradValues = torch::empty({edges}, values.options());
        for (std::int64_t begin = 0; begin < edges; begin += kChunk) {
            const std::int64_t length = std::min(kChunk, edges - begin);
            const torch::Tensor rows = indices[0].narrow(0, begin, length);
            const torch::Tensor neighbours = indices[1].narrow(0, begin, length);
            gradValues.narrow(0, begin, length)
                .copy_((grad.index_select(0, rows) * b.index_select(0, neighbours)).sum(1));
        }
    }
    if (context->needs_input_grad(2)) {
        // Aᵀ · grad: the transposed edges, coalesced (sorted) again.
        const torch::Tensor transposed = at::_sparse_coo_tensor_unsafe(
            indices.flip(0), values.detach(), {n, n}, values.options().layout(torch::kSparse))
                                             .coalesce();
        gradB = torch::mm(transposed, grad);
    }
    return {torch::Tensor(), gradValues, torch::Tensor(), gradB};
}

torch::Tensor passEdgeMessages(
    const torch::Tensor& indices, const torch::Tensor& values, std::int64_t n, const torch::Tensor& b)
{
    return EdgeMessagePassing::apply(indices, values, n, b);
}

}  // namespace tessera
