#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tessera {

// `tessera tokenize --graph G --out DIR`: Tessera's built-in tokenizers (colour patches for
// images, graph-vocabulary words for text) write MyGO's token inputs — per-entity token JSON and
// a frozen embedding table per modality — that `train mygo` reads with --visual-tokens /
// --visual-table and --text-tokens / --text-table. The folder appears complete or not at all.
class TokenizeCommand {
    Q_DECLARE_TR_FUNCTIONS(TokenizeCommand)

public:
    static int run(const QStringList& arguments);
};

}  // namespace tessera
