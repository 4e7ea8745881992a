#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tessera {

// `tessera evaluate --workspace W --model M [--candidates test|all] [--csls-k K] [--json]
// [--device auto|cpu|cuda]`: Hits@1, Hits@10, MRR and MR of an alignment model over the workspace's
// test pairs, both directions, with and without CSLS (AlignmentEvaluator). EvaluateCommand hands
// over to it when --workspace is given.
class AlignmentEvaluateCommand {
    Q_DECLARE_TR_FUNCTIONS(AlignmentEvaluateCommand)

public:
    static int run(const QStringList& arguments);
};

}  // namespace tessera
