#pragma once

#include <QString>

namespace tessera {

class CliArguments;

// `tessera render shares`: the Modality Shares view of a model — the distribution over all
// entities of [CLS]'s attention on structure, image and text (--rollout: of the rollout), the
// entities where --slot structure|visual|text|self gets the most, --entity KEY marked on the
// boxes. --csv F writes every entity's shares. Returns the exit code (2 with one line on stderr
// for bad input).
int renderShares(const QString& graphPath, const CliArguments& args, int width, int height, const QString& out);

}  // namespace tessera
