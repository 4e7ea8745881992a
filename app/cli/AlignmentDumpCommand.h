#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tessera {

// `tessera dump --workspace W --model M --what meta-weights|fused|modal --out F.safetensors`: an
// alignment model's per-entity numbers as tensors. Rows are graph A's entities in id order, then
// graph B's (metadata "rows_a" says how many are A's); modality columns and slots follow the
// metadata "modalities" (fusion order).
//   meta-weights: `meta_weights` [N, M]
//   fused: `fused` [N, M*H], the meta-weighted concatenation before the final L2 normalisation
//   modal: `modal.<name>` [N, H] per modality (before fusion) and `present` [N, M] (BOOL)
// DumpCommand hands over to it when --workspace is given.
class AlignmentDumpCommand {
    Q_DECLARE_TR_FUNCTIONS(AlignmentDumpCommand)

public:
    static int run(const QStringList& arguments);
};

}  // namespace tessera
