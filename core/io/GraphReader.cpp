#include "io/GraphReader.h"

#include "io/AlignmentReader.h"
#include "io/BundleReader.h"
#include "io/LabelledTriplesReader.h"
#include "io/MygoReader.h"

namespace tessera {

namespace {
Dataset single(std::shared_ptr<const KnowledgeGraph> graph, GraphFormat format, const std::string& path)
{
    Dataset dataset;
    dataset.graphs.push_back(std::move(graph));
    dataset.format = std::string(formatName(format));
    dataset.sourcePath = path;
    return dataset;
}
}  // namespace

Dataset readDataset(const std::string& path, std::optional<GraphFormat> forced, const ReadOptions& options)
{
    const GraphFormat format = forced ? *forced : detectGraphFormat(path);
    switch (format) {
    case GraphFormat::Bundle:
        return single(BundleReader::read(path, options), format, path);
    case GraphFormat::AlignmentBundle:
        return AlignmentBundleReader::read(path, options);
    case GraphFormat::MyGO:
        return single(MygoReader::read(path, options), format, path);
    case GraphFormat::Alignment:
        return AlignmentReader::read(path, {}, options);
    case GraphFormat::LabelledTriples:
        return single(LabelledTriplesReader::read(path, options), format, path);
    }
    return {};
}

}  // namespace tessera
