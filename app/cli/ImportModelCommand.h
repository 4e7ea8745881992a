#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tessera {

// `tessera import-model --from mygo-reference DIR --out MODEL [--graph G]`: reads a reference
// MyGO checkpoint folder (config.json, weights.safetensors with the reference key names,
// inputs.safetensors with the token tables and per-entity tokens) and writes a Tessera model
// folder. With --graph the model is checked against that graph and bound to it by name, so that
// later commands refuse any other graph. The weights may instead be a PyTorch checkpoint (.pth,
// .pt, .ckpt, .bin: DIR/x.pth or the file itself), read by LibTorch's unpickler, which rebuilds
// tensors and containers only and cannot run code (inference/PytorchCheckpoint.h).
// `--from meaformer-reference DIR`: a MEAformer reference folder (config.json, weights.safetensors,
// inputs.safetensors, kg/ in the EVA format); the model is bound to kg/'s two graphs.
class ImportModelCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportModelCommand)

public:
    static int run(const QStringList& arguments);

private:
    static int importMeaformer(const QString& source, const QString& out);
};

}  // namespace tessera
