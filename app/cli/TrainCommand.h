#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tessera {

// `tessera train mygo --graph G --out MODEL [options]`: trains MyGO with a progress bar,
// validation on VALID, checkpoints and resume (Ctrl-C saves first). `tessera train mygo --help`
// lists the options.
class TrainCommand {
    Q_DECLARE_TR_FUNCTIONS(TrainCommand)

public:
    static int run(const QStringList& arguments);
};

}  // namespace tessera
