#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tessera {

// `tessera embed --graph G --model M [--method pca|tsne] [--what entities|relations] --out F.csv
//                [--perplexity 30] [--iterations 1000] [--seed 1] [--threads 2] [--device ...]`:
// a MyGO model's entity (or relation) representations in 2-D, PCA or Barnes–Hut t-SNE, as a
// CSV of key, label, x, y (RFC 4180 quoting), written atomically.
class EmbedCommand {
    Q_DECLARE_TR_FUNCTIONS(EmbedCommand)

public:
    static int run(const QStringList& arguments);
};

}  // namespace tessera
