#pragma once

#include "inference/ComputeRuntime.h"
#include "inference/MygoModel.h"

#include <QString>

#include <optional>
#include <string>

namespace tessera {

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

}  // namespace tessera
