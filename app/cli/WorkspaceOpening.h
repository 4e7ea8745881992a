#pragma once

#include "graph/Dataset.h"
#include "inference/ComputeRuntime.h"
#include "inference/MeaformerModel.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera {

// An alignment workspace (two graphs and their pairs) and the alignment model trained on it,
// opened for a subcommand, or the one-line reason they could not be: an unreadable workspace or
// model, a single graph where two are needed, a link-prediction model, a model trained on another
// workspace, an unavailable device. `warnings` says what the reader left out (duplicate or
// one-to-many pairs) and whether test pairs were among the model's training pairs.
struct ModelOnWorkspace {
    Dataset workspace;
    std::optional<MeaformerModel> model;
    ComputeInfo compute;
    QStringList warnings;
    QString error;

    std::vector<AlignedPair> testPairs() const;
};

class WorkspaceOpening {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceOpening)

public:
    // `device`: auto, cpu or cuda.
    static ModelOnWorkspace open(const QString& workspacePath, const QString& modelPath, const QString& device);
};

}  // namespace tessera
