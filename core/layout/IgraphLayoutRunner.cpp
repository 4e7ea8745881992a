#include "layout/IgraphLayoutRunner.h"

#include <igraph.h>

#include <algorithm>
#include <mutex>
#include <stdexcept>
#include <string>

namespace tessera {

namespace {

std::mutex& igraphMutex()
{
    static std::mutex mutex;
    return mutex;
}

void check(igraph_error_t code, const char* what)
{
    if (code != IGRAPH_SUCCESS)
        throw std::runtime_error(std::string("igraph ") + what + " failed: " + igraph_strerror(code));
}

// igraph's default error handler aborts the process; while we hold the lock, errors come back
// as codes instead and become exceptions.
class ErrorHandlerScope {
public:
    ErrorHandlerScope()
        : previous_(igraph_set_error_handler(igraph_error_handler_ignore))
    {
    }
    ~ErrorHandlerScope() { igraph_set_error_handler(previous_); }
    ErrorHandlerScope(const ErrorHandlerScope&) = delete;
    ErrorHandlerScope& operator=(const ErrorHandlerScope&) = delete;

private:
    igraph_error_handler_t* previous_;
};

}  // namespace

namespace {

// Builds the undirected igraph graph both layouts start from (caller holds the igraph lock and
// destroys the graph). Throws like check() when igraph runs out of memory.
void createUndirectedGraph(igraph_t& graph, std::size_t nodeCount, const std::vector<LayoutEdge>& edges)
{
    igraph_vector_int_t edgeVector;
    check(igraph_vector_int_init(&edgeVector, static_cast<igraph_integer_t>(edges.size() * 2)), "vector");
    for (std::size_t e = 0; e < edges.size(); ++e) {
        VECTOR(edgeVector)[2 * e] = edges[e].from;
        VECTOR(edgeVector)[2 * e + 1] = edges[e].to;
    }
    const igraph_error_t created
        = igraph_create(&graph, &edgeVector, static_cast<igraph_integer_t>(nodeCount), IGRAPH_UNDIRECTED);
    igraph_vector_int_destroy(&edgeVector);
    check(created, "create");
}

}  // namespace

std::vector<LayoutPoint> IgraphLayoutRunner::fruchtermanReingold(const std::vector<LayoutPoint>& initial,
    const std::vector<LayoutEdge>& edges, const std::vector<bool>& fixed, int iterations, double startTemperature,
    bool grid, std::uint64_t seed)
{
    const std::size_t n = initial.size();
    const std::lock_guard lock(igraphMutex());
    const ErrorHandlerScope handlerScope;
    igraph_rng_seed(igraph_rng_default(), static_cast<igraph_uint_t>(seed));

    igraph_t graph;
    createUndirectedGraph(graph, n, edges);

    igraph_matrix_t positions;
    if (const igraph_error_t code = igraph_matrix_init(&positions, static_cast<igraph_integer_t>(n), 2);
        code != IGRAPH_SUCCESS) {
        igraph_destroy(&graph);
        check(code, "matrix");
    }
    for (std::size_t i = 0; i < n; ++i) {
        MATRIX(positions, i, 0) = initial[i].x;
        MATRIX(positions, i, 1) = initial[i].y;
    }
    const bool bounded = std::find(fixed.begin(), fixed.end(), true) != fixed.end();
    igraph_vector_t bounds[4];
    if (bounded) {
        for (auto& bound : bounds)
            igraph_vector_init(&bound, static_cast<igraph_integer_t>(n));
        for (std::size_t i = 0; i < n; ++i) {
            VECTOR(bounds[0])[i] = fixed[i] ? initial[i].x : -IGRAPH_INFINITY;
            VECTOR(bounds[1])[i] = fixed[i] ? initial[i].x : IGRAPH_INFINITY;
            VECTOR(bounds[2])[i] = fixed[i] ? initial[i].y : -IGRAPH_INFINITY;
            VECTOR(bounds[3])[i] = fixed[i] ? initial[i].y : IGRAPH_INFINITY;
        }
    }
    const igraph_error_t code = igraph_layout_fruchterman_reingold(&graph, &positions, /*use_seed=*/true, iterations,
        startTemperature, grid ? IGRAPH_LAYOUT_GRID : IGRAPH_LAYOUT_NOGRID, nullptr, bounded ? &bounds[0] : nullptr,
        bounded ? &bounds[1] : nullptr, bounded ? &bounds[2] : nullptr, bounded ? &bounds[3] : nullptr);
    std::vector<LayoutPoint> result(n);
    if (code == IGRAPH_SUCCESS) {
        for (std::size_t i = 0; i < n; ++i)
            result[i] = {MATRIX(positions, i, 0), MATRIX(positions, i, 1)};
    }
    if (bounded) {
        for (auto& bound : bounds)
            igraph_vector_destroy(&bound);
    }
    igraph_matrix_destroy(&positions);
    igraph_destroy(&graph);
    check(code, "Fruchterman-Reingold layout");
    return result;
}

std::vector<LayoutPoint> IgraphLayoutRunner::kamadaKawai(
    const std::vector<LayoutPoint>& initial, const std::vector<LayoutEdge>& edges, const std::vector<double>& lengths)
{
    const std::size_t n = initial.size();
    const std::lock_guard lock(igraphMutex());
    const ErrorHandlerScope handlerScope;
    igraph_t graph;
    createUndirectedGraph(graph, n, edges);
    igraph_matrix_t positions;
    igraph_vector_t weights;
    igraph_error_t code = igraph_matrix_init(&positions, static_cast<igraph_integer_t>(n), 2);
    if (code == IGRAPH_SUCCESS)
        code = igraph_vector_init(&weights, static_cast<igraph_integer_t>(lengths.size()));
    if (code != IGRAPH_SUCCESS) {
        igraph_destroy(&graph);
        check(code, "matrix");
    }
    for (std::size_t i = 0; i < n; ++i) {
        MATRIX(positions, i, 0) = initial[i].x;
        MATRIX(positions, i, 1) = initial[i].y;
    }
    for (std::size_t e = 0; e < lengths.size(); ++e)
        VECTOR(weights)[e] = lengths[e];
    code = igraph_layout_kamada_kawai(&graph, &positions, /*use_seed=*/true, static_cast<igraph_integer_t>(50 * n),
        /*epsilon=*/0.0, /*kkconst=*/static_cast<double>(n), &weights, nullptr, nullptr, nullptr, nullptr);
    std::vector<LayoutPoint> result(n);
    if (code == IGRAPH_SUCCESS) {
        for (std::size_t i = 0; i < n; ++i)
            result[i] = {MATRIX(positions, i, 0), MATRIX(positions, i, 1)};
    }
    igraph_vector_destroy(&weights);
    igraph_matrix_destroy(&positions);
    igraph_destroy(&graph);
    check(code, "Kamada-Kawai layout");
    return result;
}

}  // namespace tessera
