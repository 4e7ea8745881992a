#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tessera {

// `tessera info GRAPH [--json] [--format NAME] [--verify-images]`: counts of a graph (or both
// graphs and the pairs of an alignment data set) and the detected format.
class InfoCommand {
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)

public:
    static int run(const QStringList& arguments);
};

}  // namespace tessera
