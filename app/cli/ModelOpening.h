#pragma once

#include "graph/Ids.h"
#include "inference/ComputeRuntime.h"
#include "inference/MygoModel.h"

#include <QString>

#include <memory>
#include <optional>
#include <string>

namespace tessera {

class CliArguments;
class CliArguments;
class KnowledgeGraph;

// A model folder opened for the graph it must belong to, on a device, or the one-line problem
// (an InputError's message names the file; anything else is said to be about the folder).
struct OpenedModel {
    std::optional<MygoModel> model;
    ComputeInfo compute;
    QString error;
};

OpenedModel openModelForGraph(
    const QString& modelPath, const KnowledgeGraph& graph, const std::string& device = "auto");

// What a `tessera render` view of a model reads: one graph (--graph, --format), the entity of
// --entity when given (kNoEntity otherwise) and the model of --model opened for that graph. The
// first problem met is in `error`; `view` names the view in the messages.
struct GraphAndModel {
    std::shared_ptr<const KnowledgeGraph> graph;
    EntityId focus = kNoEntity;
    OpenedModel opened;
    QString error;
};

GraphAndModel openGraphAndModel(const QString& graphPath, const CliArguments& args, const QString& view);

}  // namespace tessera
