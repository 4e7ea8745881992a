#pragma once

#include <QString>

namespace tessera {

class CliArguments;

// `tessera render embedding`: the Embedding Map view of a model's entity representations, as the
// window draws it — --method pca|tsne, --colour prefix|image|triples, --entity KEY focuses one
// entity and lists its nearest neighbours by cosine. --csv F writes key, label, x, y and group.
// Returns the exit code (2 with one line on stderr for bad input).
int renderEmbedding(const QString& graphPath, const CliArguments& args, int width, int height, const QString& out);

}  // namespace tessera
