#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tessera {

// `tessera train meaformer --workspace W --out MODEL [options]`: builds the workspace's features
// (AlignmentFeatureBuilder), trains MEAformer (or MCLEA with --loss mclea) on its seed pairs with a
// progress bar, validation on held-out seed pairs, checkpoints and resume (Ctrl-C keeps the last
// checkpoint), then evaluates the best model on the test pairs (written to MODEL/test-evaluation.json).
// `tessera train meaformer --help` lists the options.
class AlignmentTrainCommand {
    Q_DECLARE_TR_FUNCTIONS(AlignmentTrainCommand)

public:
    static int run(const QStringList& arguments);
};

}  // namespace tessera
