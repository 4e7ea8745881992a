#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tessera {

// `tessera dump --graph G --model M --what entity-reps|attention|scores --out F.safetensors
//               [--entities KEY,KEY] [--split test|valid|train] [--device auto|cpu|cuda]`:
// raw tensors of a MyGO model for analysis and parity checks, written atomically, under the
// names the reference fixture uses (../shared/fixtures/mygo-small/README.md) so that the two
// compare tensor by tensor:
//   entity-reps  ent_embs [N+1, dim] (row N: the missing-entity token), rel_embs [R, dim]
//   attention    cmee_attn_weights [layers, n, heads, L, L] and entity_ids [n] for --entities
//                (default: every entity)
//   scores       {split}_tail_scores / {split}_head_scores [n, N] raw scores of the split's
//                triples, {split}_tail_queries / {split}_head_queries [n, 3] the queries encoded
//                the reference's way, {split}_triples [n, 3] (head, relation, tail ids)
class DumpCommand {
    Q_DECLARE_TR_FUNCTIONS(DumpCommand)

public:
    static int run(const QStringList& arguments);
};

}  // namespace tessera
