#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tessera {

// `tessera align --workspace W --model M --entity KEY [--side a|b] [--k 10] [--candidates all|test]
// [--csls-k K] [--json] [--device ...]`: the ranked counterparts of one entity in the other graph
// with CSLS score, similarity, per-modality similarity and the entity's meta-weights; when the
// entity is in a seed or test pair, the rank of its true counterpart.
class AlignCommand {
    Q_DECLARE_TR_FUNCTIONS(AlignCommand)

public:
    static int run(const QStringList& arguments);
};

}  // namespace tessera
