#pragma once

#include <QStringList>

namespace tessera {

// `tessera import --from FORMAT SRC --out BUNDLE`: converts a public format into a Tessera
// bundle (an alignment bundle for two-graph formats). Refuses to write into a non-empty folder.
class ImportCommand {
public:
    static int run(const QStringList& arguments);
};

}  // namespace tessera
