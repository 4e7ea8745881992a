#pragma once

#include "inference/ComputeRuntime.h"
#include "inference/MygoModel.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

namespace tessera {

class KnowledgeGraph;

// A graph and the MyGO model trained on it, opened for a subcommand (evaluate, predict, dump),
// or the one-line reason they could not be: an unreadable graph or model, a model trained on
// another graph (MygoModel::requireGraph), an unavailable device.
struct ModelOnGraph {
    std::shared_ptr<const KnowledgeGraph> graph;
    std::optional<MygoModel> model;
    ComputeInfo compute;
    QString error;
};

// `device`: auto, cpu or cuda. The model is moved to it (and LibTorch told to use every core).
ModelOnGraph openModelOnGraph(const QString& graphPath, const QString& modelPath, const QString& device);

// `tessera evaluate --graph G --model M [--split test|valid] [--json] [--device auto|cpu|cuda]`:
// filtered MR, MRR and Hits@1/3/10 of a MyGO model on a split (LinkPredictionEvaluator): head,
// tail and both directions with the reference's tie rule, the realistic-rank versions, and with
// --json a per-relation breakdown.
class EvaluateCommand {
    Q_DECLARE_TR_FUNCTIONS(EvaluateCommand)

public:
    static int run(const QStringList& arguments);
};

}  // namespace tessera
